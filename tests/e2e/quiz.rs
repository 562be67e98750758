//! Registration, a quiz from post to restart, forged buttons, the leaderboard, `/decks`, `/help`,
//! autocomplete, DMs, and channels the bot cannot post in.

use super::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_registered_globally_and_identify_asks_only_for_servers_and_channels() {
    let bot = Bot::builder().start().await;
    let put = bot
        .double
        .wait_for("global registration", |r| {
            r.is("PUT", "/applications/2000/commands")
        })
        .await;
    let mut names: Vec<&str> = put
        .json
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "daily",
            "dashboard",
            "deck",
            "decks",
            "flashcard",
            "help",
            "language",
            "leaderboard",
            "quiz",
            "review",
            "round",
            "score",
            "scores",
            "stats",
            "suggest"
        ]
    );
    let shipped = ["de", "es-ES", "fr", "pl", "pt-BR", "ru"];
    for command in put.json.as_array().unwrap() {
        for field in ["name_localizations", "description_localizations"] {
            let mut locales: Vec<&str> = command[field]
                .as_object()
                .map(|m| m.keys().map(String::as_str).collect())
                .unwrap_or_default();
            locales.sort();
            assert_eq!(locales, shipped, "{field} of /{}", command["name"]);
        }
    }
    assert_discord_would_accept(&bot.double);
    let intents = bot.double.identifies()[0]["intents"].as_u64().unwrap();
    const GUILDS: u64 = 1;
    assert_eq!(
        intents, GUILDS,
        "servers and channels only: no message or privileged intent"
    );
    assert_eq!(bot.double.identifies()[0]["token"], "Bot test-token");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_a_dev_guild_commands_are_registered_there_only() {
    let bot = Bot::builder().dev_guild(DEV_GUILD).start().await;
    bot.double
        .wait_for("guild registration", |r| {
            r.is(
                "PUT",
                &format!("/applications/2000/guilds/{DEV_GUILD}/commands"),
            )
        })
        .await;
    assert!(!bot
        .double
        .requests()
        .iter()
        .any(|r| r.is("PUT", "/applications/2000/commands")));
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_quiz_scores_reveals_and_survives_a_restart() {
    let bot = Bot::builder()
        .state_file("state/quizbot.json")
        .start()
        .await;
    let clock = bot.clock().clone();

    let q = bot.quiz(&ALICE, 1).await;
    let post = bot.double.message(q.message_id);
    let text = post["embeds"][0]["description"].as_str().unwrap();
    assert!(
        text.contains("**A.** ") && text.contains("**D.** ") && text.contains("Closes <t:"),
        "{text}"
    );
    assert_eq!(q.buttons.len(), 4);
    let labels: Vec<&str> = post["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels, ["A", "B", "C", "D"]);

    let alice = bot.press(q.right(), &q.message, &ALICE).await;
    assert_eq!(alice.kind(), Some(4));
    assert!(alice.is_ephemeral());
    alice.says("Right! +12 points");
    assert!(
        alice.embed_text().contains("Why"),
        "the explanation is shown"
    );

    let bob = bot.press(q.wrong(), &q.message, &BOB).await;
    assert!(bob.is_ephemeral());
    bob.says("Not quite");

    let carol = bot.press(q.right(), &q.message, &CAROL).await;
    carol.says("Right! +10 points");

    let bob_again = bot.press(q.right(), &q.message, &BOB).await;
    assert!(bob_again.is_ephemeral());
    bob_again.says("already answered");

    clock.advance(Duration::seconds(60));
    let reveal = bot.reveal_of(&q).await;
    let text = reveal.embed_text();
    assert!(
        text.contains(&format!(
            "the answer is {}",
            ["A", "B", "C", "D"][q.correct]
        )),
        "{text}"
    );
    assert!(text.contains("3 answered · 2 right"), "{text}");
    assert!(
        text.contains("<@501>, <@503>"),
        "right answerers in order: {text}"
    );
    assert!(!text.contains("<@502>"), "{text}");
    let disabled: Vec<bool> = reveal.json["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["disabled"].as_bool().unwrap_or(false))
        .collect();
    assert_eq!(disabled, [true; 4], "buttons are disabled after the reveal");

    let dave = bot.press(q.right(), &q.message, &DAVE).await;
    assert!(dave.is_ephemeral());
    dave.says("This question is closed");

    let score = bot.command("score", &ALICE, &[]).await;
    assert!(!score.is_ephemeral());
    assert_eq!(field(&score, "Points"), "12");
    assert_eq!(field(&score, "Rank"), "#1 of 3");
    assert_eq!(field(&score, "Accuracy"), "100%");
    let bob_score = bot
        .reply(
            &fixtures::command("score")
                .by(&ALICE)
                .user_opt("user", BOB.user_id)
                .build(),
        )
        .await;
    assert_eq!(field(&bob_score, "Points"), "0");
    assert_eq!(field(&bob_score, "Streak"), "0 (best 0)");
    assert!(field(&bob_score, "By topic, weakest first").contains("0/1 (0%)"));

    let board = bot.command("leaderboard", &BOB, &[]).await;
    let rows = board.message()["embeds"][0]["description"]
        .as_str()
        .unwrap()
        .to_owned();
    let order: Vec<usize> = ["<@501>", "<@503>", "<@502>"]
        .iter()
        .map(|m| rows.find(m).unwrap())
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{rows}");
    assert!(board.embed_text().contains("Page 1 of 1"));

    let dave_score = bot.command("score", &DAVE, &[]).await;
    assert!(dave_score.is_ephemeral());
    dave_score.says("not answered any question");

    // A question still open at shutdown survives the restart and still scores.
    let open = bot.quiz(&BOB, 2).await;
    let down = bot.shutdown().await;
    let saved =
        std::fs::read_to_string(down.snapshot()).expect("the snapshot was written on shutdown");
    let current = format!(
        "{{\"version\":{},",
        quizbot_domain::state::snapshot::VERSION
    );
    assert!(saved.starts_with(&current), "{saved}");

    let bot = down.start().await;
    assert_eq!(bot.points(&ALICE).await, "12", "scores survive a restart");
    let dave = bot.press(open.right(), &open.message, &DAVE).await;
    dave.says("Right! +12 points");
    clock.advance(Duration::seconds(60));
    bot.reveal_of(&open).await.says("1 answered · 1 right");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_and_unknown_buttons_are_refused_and_change_nothing() {
    let bot = Bot::builder().start().await;
    let q = bot.quiz(&ALICE, 1).await;
    for forged in [
        "q1:999:0",
        "q1:0:7",
        "q1:zero:1",
        "q9:0:1",
        "f2:r:async-python:no-such-question",
        "f1:r:async-python:ownership",
        "l1:s:0",
        "x",
    ] {
        let reply = bot.press(forged, &q.message, &BOB).await;
        assert!(reply.is_ephemeral(), "{forged}");
        assert!(
            reply.embed_text().contains("not one I recognise"),
            "{forged}: {}",
            reply.embed_text()
        );
    }
    let score = bot.command("score", &BOB, &[]).await;
    assert!(
        score.embed_text().contains("not answered any question"),
        "forged presses scored"
    );
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn leaderboard_pages_with_previous_and_next() {
    let bot = Bot::builder().start().await;
    let q = bot.quiz(&ALICE, 1).await;
    let members: Vec<Member> = (0..12)
        .map(|i| Member {
            user_id: 600 + i,
            name: "member",
            permissions: EVERYONE,
        })
        .collect();
    for m in &members {
        let reply = bot.press(q.right(), &q.message, m).await;
        assert!(reply.embed_text().contains("Right!"));
    }
    let board = fixtures::command("leaderboard").by(&ALICE).build();
    let first = bot.reply(&board).await;
    first.says("Page 1 of 2");
    first.says("**1.** <@600> · 12 points");
    let buttons = first.message()["components"][0]["components"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(buttons[0]["disabled"], true, "no previous page");
    assert_eq!(buttons[1]["disabled"], false);
    let next = bot
        .press(
            buttons[1]["custom_id"].as_str().unwrap(),
            &bot.double.original(&board),
            &BOB,
        )
        .await;
    assert_eq!(next.kind(), Some(7));
    next.says("Page 2 of 2");
    next.says("**11.** <@610>");

    let channel = bot
        .reply(
            &fixtures::command("leaderboard")
                .by(&ALICE)
                .int_opt("scope", 1)
                .channel(43)
                .build(),
        )
        .await;
    assert!(channel.is_ephemeral());
    channel.says("No one has scored in this channel");
    let here = bot
        .reply(
            &fixtures::command("leaderboard")
                .by(&ALICE)
                .int_opt("scope", 1)
                .build(),
        )
        .await;
    here.says("this channel");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn decks_help_autocomplete_dms_and_unknown_commands() {
    let bot = Bot::builder().start().await;
    let decks = bot.command("decks", &ALICE, &[]).await;
    decks.says("`async-python`");
    decks.says("50 questions");

    let help = bot.command("help", &ALICE, &[]).await;
    assert!(help.is_ephemeral());
    for command in [
        "/quiz",
        "/flashcard",
        "/review",
        "/score",
        "/leaderboard",
        "/decks",
        "/help",
    ] {
        assert!(
            help.embed_text().contains(command),
            "{command} missing from help"
        );
    }

    let decks = bot
        .reply(
            &fixtures::autocomplete("quiz")
                .focused("deck", "python")
                .build(),
        )
        .await;
    assert_eq!(decks.kind(), Some(8));
    assert_eq!(
        decks.choices(),
        ["Asynchronous programming in Python (async-python)"]
    );
    let topics = bot
        .reply(
            &fixtures::autocomplete("quiz")
                .str_opt("deck", "async-python")
                .focused("topic", "TIME")
                .build(),
        )
        .await;
    assert_eq!(topics.choices(), ["cancellation and timeouts (5)"]);

    let dm = bot
        .reply(
            &fixtures::command("quiz")
                .in_dm(BOB.user_id, BOB.name)
                .build(),
        )
        .await;
    assert!(dm.is_ephemeral());
    dm.says("Use this in a server");
    let dm_card = bot
        .reply(
            &fixtures::command("flashcard")
                .in_dm(BOB.user_id, BOB.name)
                .build(),
        )
        .await;
    assert!(
        dm_card.embed_text().contains("Flashcard"),
        "flashcards work in DMs"
    );

    let unknown = bot.command("teleport", &ALICE, &[]).await;
    assert!(unknown.is_ephemeral());
    unknown.says("don't know this command");

    let bad_topic = bot.command("quiz", &ALICE, &[("topic", "rust")]).await;
    assert!(bad_topic.is_ephemeral());
    bad_topic.says("no topic `rust`");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_channel_the_bot_cannot_post_in_gets_a_clear_refusal() {
    let bot = Bot::builder().start().await;
    let no_embed = fixtures::perms::VIEW_CHANNEL | fixtures::perms::SEND_MESSAGES;
    let refused = bot
        .reply(
            &fixtures::command("quiz")
                .by(&ALICE)
                .app_permissions(no_embed)
                .build(),
        )
        .await;
    assert!(refused.is_ephemeral());
    refused.says("I need Embed Links");

    bot.double
        .fail(Fail::missing_permissions("POST", "/channels/42/messages").times(1));
    let forbidden = bot.command("quiz", &ALICE, &[]).await;
    assert!(forbidden.is_ephemeral());
    forbidden.says("I can't post in this channel");
    let q = bot.quiz(&ALICE, 1).await;
    assert_eq!(
        q.buttons.len(),
        4,
        "the next /quiz works once the channel allows it"
    );
    bot.shutdown().await;
}
