//! The bot in its members' languages: `/language`, a private reply in the member's own
//! language, and the pseudo-locale run over the main flows to find any text that bypasses
//! `locales/`.

use quizbot::i18n::{Lang, Words, PSEUDO_CLOSE, PSEUDO_OPEN};
use quizbot::say;

use super::daily::DAILY_CHANNEL;
use super::*;

/// The tests' pseudo-locale (see `quizbot::i18n`).
const PSEUDO: &str = "qps-ploc";

fn language(sub: &str, by: &Member) -> fixtures::InteractionBuilder {
    fixtures::subcommand("language", sub).by(by)
}

/// The letter Discord users see on option `index`.
fn letter(index: usize) -> String {
    char::from(b'A' + index as u8).to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn language_set_pl_makes_the_next_question_polish_and_reset_gives_it_back() {
    let bot = Bot::builder().start().await;
    let (pl, en) = (Words(Lang::Pl), Words::EN);

    let refused = bot
        .reply(&language("set", &ALICE).str_opt("language", "pl").build())
        .await;
    assert!(refused.is_ephemeral());
    refused.says("Manage Server");
    let unknown = bot
        .reply(&language("set", &ADMIN).str_opt("language", "xx").build())
        .await;
    unknown.says("Polski (pl)");

    let set = bot
        .reply(&language("set", &ADMIN).str_opt("language", "pl").build())
        .await;
    assert!(!set.is_ephemeral(), "the server sees its language change");
    set.says(&pl.get("language-name"));
    assert!(
        !set.embed_text().contains("now in"),
        "said in Polish: {}",
        set.embed_text()
    );

    // Alice's Discord is in English: her confirmation is English, the channel's post Polish.
    let q = bot.quiz(&ALICE, 1).await;
    let confirmation = bot
        .double
        .requests()
        .into_iter()
        .rfind(|r| r.is_callback() && r.is_ephemeral())
        .expect("the poster's confirmation");
    confirmation.says("Question posted below");
    bot.clock().advance(Duration::seconds(60));
    let reveal = bot.reveal_of(&q).await;
    let title = reveal.json["embeds"][0]["title"].as_str().unwrap();
    let right = letter(q.correct);
    assert_eq!(title, say!(pl, "reveal-title", letter = right.as_str()));
    assert_ne!(title, say!(en, "reveal-title", letter = right.as_str()));

    let show = bot.reply(&language("show", &BOB).build()).await;
    show.says("Polski");
    let reset = bot.reply(&language("reset", &ADMIN).build()).await;
    reset.says("English");
    let q = bot.quiz(&BOB, 2).await;
    bot.clock().advance(Duration::seconds(60));
    let reveal = bot.reveal_of(&q).await;
    let title = reveal.json["embeds"][0]["title"].as_str().unwrap();
    assert_eq!(
        title,
        say!(en, "reveal-title", letter = letter(q.correct).as_str())
    );
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_german_members_private_replies_are_german_in_an_english_server() {
    let bot = Bot::builder().start().await;
    let de = Words(Lang::De);
    let q = bot.quiz(&BOB, 1).await;
    let german = |custom_id: &str, by: &Member| {
        fixtures::button(custom_id, &q.message)
            .by(by)
            .locale("de")
            .build()
    };
    let right = bot.reply(&german(q.right(), &ALICE)).await;
    assert!(right.is_ephemeral());
    let said = right.embed_text();
    let points = said
        .split('+')
        .nth(1)
        .and_then(|p| p.split_whitespace().next())
        .unwrap();
    let points: i64 = points.parse().unwrap();
    assert!(said.contains(&say!(de, "answered-right", points)), "{said}");
    assert!(!said.contains("Right!"), "{said}");
    let again = bot.reply(&german(q.wrong(), &ALICE)).await;
    again.says(&say!(
        de,
        "error-already-answered",
        letter = letter(q.correct).as_str()
    ));

    let help = bot
        .reply(&fixtures::command("help").locale("de").build())
        .await;
    help.says("/hilfe");

    // What the channel sees stays in the server's language.
    bot.clock().advance(Duration::seconds(60));
    let reveal = bot.reveal_of(&q).await;
    let title = reveal.json["embeds"][0]["title"].as_str().unwrap();
    assert!(title.starts_with("Closed · the answer is"), "{title}");
    bot.shutdown().await;
}

/// Every text the bot sent in `requests` (messages, edits, replies, forms; not autocomplete
/// choices, which are deck ids and language names) that says something outside the
/// pseudo-locale's marks, other than deck content, member names, mentions and option letters.
fn unmarked(requests: &[Recorded], allowed: &[String]) -> Vec<String> {
    let mut texts = Vec::new();
    for r in requests {
        let sends = r.is_callback() && r.kind() != Some(8)
            || r.path.contains("/webhooks/")
            || r.path.contains("/messages") && (r.method == "POST" || r.method == "PATCH");
        if sends && r.status < 300 {
            collect(r.message(), &mut texts);
        }
    }
    texts
        .into_iter()
        .filter(|text| !outside_marks(text, allowed).is_empty())
        .collect()
}

/// The words people read in a message: content, embeds, and the components' labels.
fn collect(message: &Value, into: &mut Vec<String>) {
    let mut push = |v: &Value| {
        if let Some(text) = v.as_str() {
            into.push(text.to_owned());
        }
    };
    push(&message["content"]);
    push(&message["title"]); // a form's
    for embed in message["embeds"].as_array().into_iter().flatten() {
        push(&embed["title"]);
        push(&embed["description"]);
        push(&embed["footer"]["text"]);
        push(&embed["author"]["name"]);
        for field in embed["fields"].as_array().into_iter().flatten() {
            push(&field["name"]);
            push(&field["value"]);
        }
    }
    fn components(value: &Value, into: &mut Vec<String>) {
        for c in value.as_array().into_iter().flatten() {
            for key in ["label", "placeholder"] {
                if let Some(text) = c[key].as_str() {
                    into.push(text.to_owned());
                }
            }
            for option in c["options"].as_array().into_iter().flatten() {
                for key in ["label", "description"] {
                    if let Some(text) = option[key].as_str() {
                        into.push(text.to_owned());
                    }
                }
            }
            components(&c["components"], into);
        }
    }
    components(&message["components"], into);
}

/// The words of `text` outside the marks, once deck content, names, mentions, timestamps and
/// single option letters are taken out.
fn outside_marks(text: &str, allowed: &[String]) -> String {
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            PSEUDO_OPEN => depth += 1,
            PSEUDO_CLOSE => depth = depth.saturating_sub(1),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    for known in allowed {
        outside = outside.replace(known.as_str(), " ");
    }
    let mut words = String::new();
    for word in outside.split(|c: char| !c.is_alphabetic()) {
        let mention = outside.contains(&format!("<t:{word}")) || word == "t" || word == "R";
        let option_letter = word.len() == 1 && ("A"..="D").contains(&word);
        if !word.is_empty() && !mention && !option_letter {
            words.push_str(word);
            words.push(' ');
        }
    }
    words
}

/// Every string of the bundled decks (questions, options, explanations, titles, topics, ids),
/// and the members' names: text the bot shows but does not write. Longest first, so that a
/// text is taken out whole before a shorter one inside it.
fn deck_content() -> Vec<String> {
    fn strings(value: &Value, into: &mut Vec<String>) {
        match value {
            Value::String(s) => into.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|v| strings(v, into)),
            Value::Object(map) => map.values().for_each(|v| strings(v, into)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for (name, bytes) in folder_bytes(&data) {
        all.push(name.trim_end_matches(".json").to_owned());
        strings(&serde_json::from_slice(&bytes).unwrap(), &mut all);
    }
    // Names: the members', and the bot's own (the title of `/help`).
    all.extend(["alice", "bob", "admin", "quizbot"].map(String::from));
    all.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_the_pseudo_locale_every_word_the_bot_writes_comes_from_the_files() {
    let bot = Bot::builder().start().await;
    let clock = bot.clock().clone();
    let pseudo = |b: fixtures::InteractionBuilder| b.locale(PSEUDO).guild_locale(PSEUDO).build();

    // A quiz: posted, answered right and wrong, answered twice, revealed.
    bot.reply(&pseudo(fixtures::command("quiz").by(&ALICE)))
        .await;
    let q = bot.posted(1).await;
    bot.reply(&pseudo(fixtures::button(q.right(), &q.message).by(&ALICE)))
        .await;
    bot.reply(&pseudo(fixtures::button(q.wrong(), &q.message).by(&BOB)))
        .await;
    bot.reply(&pseudo(fixtures::button(q.wrong(), &q.message).by(&BOB)))
        .await;
    clock.advance(Duration::seconds(60));
    bot.reveal_of(&q).await;

    // A round of two questions with its standings.
    bot.reply(&pseudo(
        fixtures::subcommand("round", "start")
            .int_opt("questions", 2)
            .int_opt("seconds", 10)
            .by(&BOB),
    ))
    .await;
    let r1 = bot.posted(2).await;
    bot.reply(&pseudo(fixtures::button(r1.right(), &r1.message).by(&BOB)))
        .await;
    clock.advance(Duration::seconds(10));
    let r2 = bot.posted(3).await;
    bot.reply(&pseudo(
        fixtures::button(r2.wrong(), &r2.message).by(&ALICE),
    ))
    .await;
    clock.advance(Duration::seconds(10));
    bot.final_standings().await;

    // Score with its card, the leaderboard, decks, help, review, stats.
    for name in [
        "score",
        "leaderboard",
        "decks",
        "help",
        "flashcard",
        "stats",
    ] {
        bot.reply(&pseudo(fixtures::command(name).by(&ALICE))).await;
    }

    // The daily question, set up and posted.
    bot.reply(&pseudo(
        fixtures::subcommand("daily", "set")
            .channel_opt("channel", DAILY_CHANNEL)
            .str_opt("time", "17:30")
            .str_opt("timezone", "UTC")
            .by(&ADMIN),
    ))
    .await;
    bot.reply(&pseudo(fixtures::subcommand("daily", "show").by(&ALICE)))
        .await;
    clock.advance(Duration::minutes(30));
    bot.daily_post(1).await;

    // Mistakes: an unknown deck, a command without the permission, a bad time.
    bot.reply(&pseudo(
        fixtures::command("quiz").str_opt("deck", "nope").by(&ALICE),
    ))
    .await;
    bot.reply(&pseudo(
        fixtures::subcommand("language", "set")
            .str_opt("language", "pl")
            .by(&ALICE),
    ))
    .await;
    bot.reply(&pseudo(
        fixtures::subcommand("daily", "set")
            .channel_opt("channel", DAILY_CHANNEL)
            .str_opt("time", "25:00")
            .str_opt("timezone", "UTC")
            .by(&ADMIN),
    ))
    .await;

    let requests = bot.double.requests();
    let sent = requests.iter().filter(|r| r.is_callback()).count();
    assert!(sent >= 18, "the flows ran ({sent} replies)");
    let leaks = unmarked(&requests, &deck_content());
    assert!(
        leaks.is_empty(),
        "text not from locales/:\n{}",
        leaks.join("\n---\n")
    );
    bot.shutdown().await;
}

#[test]
fn the_leak_finder_finds_a_word_outside_the_marks() {
    let allowed = vec!["What does await do?".to_owned(), "alice".to_owned()];
    assert_eq!(outside_marks("⟦Quiz · x···⟧", &allowed), "");
    assert_eq!(
        outside_marks(
            "**What does await do?**\n**A.** ⟦⟦Yes⟧·⟧ <@501> <t:17:R>",
            &allowed
        ),
        ""
    );
    assert_eq!(
        outside_marks("⟦Closed⟧ by alice: Answer", &allowed),
        "by Answer "
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_review_reminder_comes_in_the_language_its_learner_set_it_in() {
    let bot = super::review::three_card_bot().await;
    let clock = bot.clock().clone();
    super::review::study_three(&bot).await; // due Wednesday 17:00 UTC
    let remind = fixtures::command("review")
        .str_opt("remind", "20:00")
        .str_opt("timezone", "Europe/Berlin")
        .locale("pl")
        .by(&ALICE);
    let set = bot.reply(&remind.build()).await;
    set.says(&Words(Lang::Pl).get("review-settings-title"));
    clock.set(Utc.with_ymd_and_hms(2026, 6, 3, 18, 0, 0).unwrap());
    let dm = bot
        .double
        .wait_for("the reminder DM", |r| {
            r.is("POST", &format!("/channels/{}/messages", ALICE.user_id))
        })
        .await;
    let pl = Words(Lang::Pl);
    dm.says(&pl.get("reminder-title"));
    assert_eq!(
        dm.message()["components"][0]["components"][0]["label"],
        pl.get("reminder-start")
    );
    bot.shutdown().await;
}
