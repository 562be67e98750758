//! A server's own decks, and fair use: a bot that strangers' servers share.

use super::*;

/// A server other than the fixtures' default one, with a channel of its own.
pub(crate) const OTHER_GUILD: u64 = 200;
pub(crate) const OTHER_CHANNEL: u64 = 77;

pub(crate) fn in_other_server(builder: fixtures::InteractionBuilder, by: &Member) -> Value {
    builder
        .by(by)
        .in_guild(OTHER_GUILD)
        .channel(OTHER_CHANNEL)
        .build()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_servers_own_deck_is_served_there_and_nowhere_else() {
    let bot = Bot::builder().decks(&["async-python"]).start().await;
    bot.upload(&ADMIN, "rust.json", small_deck("One"), None)
        .await
        .says("is this server's now");

    let here = bot.command("decks", &BOB, &[]).await.embed_text();
    assert!(here.contains("`rust` · this server's"), "{here}");
    assert!(here.contains("`async-python`"), "{here}");
    let there = bot
        .reply(&in_other_server(fixtures::command("decks"), &BOB))
        .await
        .embed_text();
    assert!(!there.contains("rust"), "{there}");
    assert!(there.contains("`async-python`"), "{there}");
    let in_dm = bot
        .reply(&fixtures::command("decks").in_dm(502, "bob").build())
        .await
        .embed_text();
    assert!(!in_dm.contains("rust"), "{in_dm}");

    let offered = |reply: &Recorded| reply.choices();
    let complete_here = bot
        .reply(
            &fixtures::autocomplete("quiz")
                .focused("deck", "ru")
                .by(&BOB)
                .build(),
        )
        .await;
    let here_choices = offered(&complete_here);
    assert!(
        here_choices.iter().any(|c| c.ends_with("(rust)")),
        "{here_choices:?}"
    );
    let complete_there = bot
        .reply(&in_other_server(
            fixtures::autocomplete("quiz").focused("deck", "ru"),
            &BOB,
        ))
        .await;
    let there_choices = offered(&complete_there);
    assert!(
        !there_choices.iter().any(|c| c.contains("rust")),
        "{there_choices:?}"
    );

    let refused = bot
        .reply(&in_other_server(
            fixtures::command("quiz").str_opt("deck", "rust"),
            &BOB,
        ))
        .await;
    assert!(refused.is_ephemeral());
    refused.says("There is no deck `rust`");
    let dm_card = bot
        .reply(
            &fixtures::command("flashcard")
                .str_opt("deck", "rust")
                .in_dm(502, "bob")
                .build(),
        )
        .await;
    dm_card.says("There is no deck `rust`");

    let quiz = bot.command("quiz", &BOB, &[("deck", "rust")]).await;
    assert!(quiz.is_ephemeral());
    bot.post_saying("Quiz · Rust basics").await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deck_remove_download_and_default_work_and_bundled_decks_stay() {
    let bot = Bot::builder().decks(&["async-python"]).start().await;
    bot.upload(&ADMIN, "rust.json", small_deck("One"), None)
        .await
        .says("is this server's now");
    let deck_cmd = |sub: &str, by: &Member, deck: &str| {
        fixtures::subcommand("deck", sub)
            .str_opt("deck", deck)
            .by(by)
            .build()
    };

    let download = bot.reply(&deck_cmd("download", &BOB, "rust")).await;
    assert!(download.is_ephemeral());
    assert_eq!(download.files.len(), 1);
    let (name, bytes) = &download.files[0];
    assert_eq!(name, "rust.json");
    let got: Value = serde_json::from_slice(bytes).unwrap();
    let sent: Value = serde_json::from_slice(&small_deck("One")).unwrap();
    assert_eq!(got, sent, "the deck as uploaded");
    let bundled = bot.reply(&deck_cmd("download", &BOB, "async-python")).await;
    assert_eq!(bundled.files[0].0, "async-python.json");

    bot.reply(&deck_cmd("default", &BOB, "rust"))
        .await
        .says("Manage Server");
    bot.reply(&deck_cmd("default", &ADMIN, "rust"))
        .await
        .says("`rust` (Rust basics) is this server's default deck now");
    bot.command("quiz", &BOB, &[]).await;
    let post = bot.post_saying("Quiz · Rust basics").await;

    bot.reply(&deck_cmd("remove", &ADMIN, "async-python"))
        .await
        .says("`async-python` is a bundled deck");
    assert!(bot.data().join("async-python.json").exists());
    bot.reply(&deck_cmd("remove", &BOB, "rust"))
        .await
        .says("Manage Server");
    let removed = bot.reply(&deck_cmd("remove", &ADMIN, "rust")).await;
    assert!(removed.is_ephemeral());
    removed.says("Deck `rust` is removed from this server");
    assert!(!bot.data().join("servers/100/rust.json").exists());
    let closed = bot
        .double
        .wait_for("the open question closed with a note", |r| {
            r.method == "PATCH"
                && r.path.ends_with(&format!("/messages/{}", post.answer_id()))
                && r.embed_text().contains("deck was removed")
        })
        .await;
    assert!(closed.embed_text().contains("deck was removed"));
    let after = bot.command("decks", &BOB, &[]).await.embed_text();
    assert!(!after.contains("rust"), "{after}");
    bot.command("quiz", &CAROL, &[]).await;
    // The default falls back to the bundled deck.
    bot.post_saying("Asynchronous programming in Python").await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_may_hold_25_decks_and_two_uploads_of_one_id_leave_one_deck() {
    let bot = Bot::builder().decks(&["async-python"]).start().await;
    let (first, second) = tokio::join!(
        bot.upload(&ADMIN, "twin.json", small_deck("One"), None),
        bot.upload(&ADMIN, "twin.json", small_deck("Exactly one"), None),
    );
    let texts = [first.embed_text(), second.embed_text()];
    assert_eq!(
        texts
            .iter()
            .filter(|t| t.contains("is this server's now"))
            .count(),
        1,
        "{texts:?}"
    );
    // The second is refused: as a deck that exists now, or, while the first is still being
    // checked, as an upload to try again in a moment.
    assert_eq!(
        texts
            .iter()
            .filter(|t| t.contains("already exists") || t.contains("being checked"))
            .count(),
        1,
        "{texts:?}"
    );
    for i in 1..25 {
        bot.upload(&ADMIN, &format!("deck-{i}.json"), small_deck("One"), None)
            .await
            .says("is this server's now");
    }
    let full = bot
        .upload(&ADMIN, "deck-25.json", small_deck("One"), None)
        .await;
    full.says("This server has 25 decks of its own");
    assert!(!bot.data().join("servers/100/deck-25.json").exists());
    bot.upload(&ADMIN, "twin.json", small_deck("One"), Some(true))
        .await
        .says("is this server's now");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quiz_has_a_cooldown_per_member_and_a_channel_holds_three_open_questions() {
    let bot = Bot::builder().start().await;
    let clock = bot.clock();
    bot.quiz(&ALICE, 1).await;
    let again = bot.command("quiz", &ALICE, &[]).await;
    assert!(again.is_ephemeral());
    again.says("Slow down: you can use `/quiz` again in 10 s");
    assert_eq!(bot.posts_in(CHANNEL), 1, "a refusal posts nothing");
    bot.quiz(&BOB, 2).await;
    bot.quiz(&CAROL, 3).await;
    let busy = bot.command("quiz", &DAVE, &[]).await;
    assert!(busy.is_ephemeral());
    busy.says("This channel already has 3 questions open");
    let round = bot.reply(&round_start(&DAVE, 3, 30)).await;
    round.says("This channel already has 3 questions open");
    assert_eq!(bot.posts_in(CHANNEL), 3);
    clock.advance(Duration::seconds(61));
    bot.double
        .wait_for_nth("the three reveals", 3, |r| r.method == "PATCH")
        .await;
    bot.quiz(&ALICE, 4).await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_whose_start_could_not_be_announced_frees_its_channel() {
    let bot = Bot::builder().start().await;
    let first = round_start(&ALICE, 2, 30);
    let token = first["token"].as_str().unwrap().to_owned();
    bot.double
        .fail(Fail::new("POST", &token, 404, 10062, "Unknown interaction").times(1));
    bot.double.interact(&first).await;
    // The refusal, then the bot's error reply on the same interaction: by then it has
    // given the channel back.
    bot.double
        .wait_for_nth("the refused announcement and the error reply", 2, |r| {
            r.path.contains(&token)
        })
        .await;
    let second = bot.reply(&round_start(&ALICE, 2, 30)).await;
    assert!(
        !second.embed_text().contains("already running"),
        "{}",
        second.embed_text()
    );
    bot.double
        .wait_for("the new round's first question", |r| {
            r.is("POST", "/channels/42/messages")
        })
        .await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deck_built_to_be_costly_is_refused_briefly_while_the_bot_keeps_answering() {
    let bot = Bot::builder().decks(&["async-python"]).start().await;
    let q = bot.quiz(&ALICE, 1).await;
    let mut deck: Value = serde_json::from_slice(&small_deck("One")).unwrap();
    deck["questions"][0]["id"] = serde_json::json!("x".repeat(200_000));
    let twin = deck["questions"][0].clone();
    deck["questions"][0]["distractors"] = serde_json::json!(vec![""; 150_000]);
    deck["questions"].as_array_mut().unwrap().push(twin);
    let bytes = serde_json::to_vec(&deck).unwrap();
    assert!(bytes.len() < 1024 * 1024, "{} bytes", bytes.len());
    let (report, press) = tokio::join!(
        bot.upload(&ADMIN, "costly.json", bytes, None),
        bot.press(q.right(), &q.message, &BOB),
    );
    press.says("Right!");
    assert!(report.is_ephemeral());
    let text = report.embed_text();
    assert!(text.contains("nothing changed"), "{text}");
    assert!(text.contains("150000 distractors, at most 10"), "{text}");
    assert!(text.contains("duplicate id"), "{text}");
    assert!(
        text.chars().count() < 2_000,
        "a short report: {} chars",
        text.chars().count()
    );
    assert!(!bot.data().join("servers/100/costly.json").exists());
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_weekly_leaderboard_starts_afresh_on_monday_and_shows_last_weeks_winners() {
    let bot = Bot::builder().start().await;
    let clock = bot.clock();
    let week = || {
        // Choices go by index: all, week, month.
        fixtures::command("leaderboard")
            .int_opt("period", 1)
            .by(&BOB)
            .build()
    };
    let q = bot.quiz(&ALICE, 1).await;
    bot.press(q.right(), &q.message, &ALICE).await;
    let this_week = bot.reply(&week()).await.embed_text();
    assert!(this_week.contains("Leaderboard · this week"), "{this_week}");
    assert!(this_week.contains("<@501> · 12 points"), "{this_week}");
    assert!(!this_week.contains("Last week"), "{this_week}");

    // The clock starts on a Monday at 17:00 UTC: a week on is the next Monday.
    clock.advance(Duration::days(7));
    let monday = bot.reply(&week()).await.embed_text();
    assert!(monday.contains("No one has scored yet"), "{monday}");
    assert!(monday.contains("Last week"), "{monday}");
    assert!(monday.contains("**1.** <@501> · 12 points"), "{monday}");
    let q = bot.quiz(&BOB, 2).await;
    bot.press(q.right(), &q.message, &BOB).await;
    let after = bot.reply(&week()).await.embed_text();
    assert!(after.contains("**1.** <@502> · 12 points"), "{after}");
    assert!(after.contains("Last week"), "{after}");
    let all_time = bot.command("leaderboard", &BOB, &[]).await.embed_text();
    assert!(
        all_time.contains("<@501>") && all_time.contains("<@502>"),
        "{all_time}"
    );
    let score = bot.command("score", &ALICE, &[]).await;
    assert_eq!(field(&score, "This week"), "0 points");
    assert_eq!(field(&score, "Points"), "12");
    bot.shutdown().await;
}
