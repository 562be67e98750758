//! Decks: uploads (CSV, typed questions, too few distractors), replacing, and `/scores export`.

use super::*;

pub(crate) const ADMIN: Member = Member {
    user_id: 590,
    name: "admin",
    permissions: EVERYONE | (1 << 5),
};

/// The files directly in `dir` (the bundled decks), with their bytes.
pub(crate) fn folder_bytes(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

pub(crate) fn small_deck(answer: &str) -> Vec<u8> {
    serde_json::to_vec_pretty(&serde_json::json!({
        "title": "Rust basics",
        "description": "Ownership and borrowing.",
        "questions": [{
            "id": "borrow",
            "topic": "ownership",
            "question": "How many mutable borrows of a value may exist at once?",
            "answer": answer,
            "distractors": ["Two", "As many as you like", "None, ever"]
        }]
    }))
    .unwrap()
}

impl Bot {
    pub(crate) async fn upload(
        &self,
        by: &Member,
        name: &str,
        bytes: Vec<u8>,
        replace: Option<bool>,
    ) -> Recorded {
        let size = bytes.len() as u32;
        let url = self.double.serve_file(name, "application/json", bytes);
        let mut builder =
            fixtures::subcommand("deck", "upload").attachment_opt("file", 4242, name, &url, size);
        if let Some(replace) = replace {
            builder = builder.bool_opt("replace", replace);
        }
        self.answer(&builder.by(by).build()).await
    }

    /// The answer to `interaction`: its reply, or the follow-up of a deferred one (an upload,
    /// an export).
    pub(crate) async fn answer(&self, interaction: &Value) -> Recorded {
        self.double.interact(interaction).await;
        self.double
            .wait_for("the answer", |r| {
                r.for_interaction(interaction)
                    && (r.kind() == Some(4)
                        || r.path.ends_with(&format!(
                            "/webhooks/2000/{}",
                            interaction["token"].as_str().unwrap()
                        )))
            })
            .await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_uploaded_csv_deck_is_reported_by_line_and_column_and_kept_as_json() {
    let bot = Bot::builder().decks(&["async-python"]).start().await;
    let table = "question,answer,distractor,distractor,distractor\n\
                 \"Two\nlines?\",yes,no,maybe,never\n\
                 Empty answer?,,a,b,c\n";
    let report = bot
        .upload(&ADMIN, "cards.csv", table.as_bytes().to_vec(), None)
        .await;
    assert!(report.is_ephemeral());
    report.says("cards.csv: line 4, column 2: `answer` must not be empty");
    assert!(!bot.data().join("servers/100").exists());

    let table = table.replace("Empty answer?,,", "Full answer?,yes,");
    let loaded = bot
        .upload(&ADMIN, "cards.csv", table.into_bytes(), None)
        .await;
    loaded.says("Deck `cards` (cards) is this server's now: 2 questions");
    let saved: Value =
        serde_json::from_slice(&std::fs::read(bot.data().join("servers/100/cards.json")).unwrap())
            .unwrap();
    assert_eq!(saved["questions"][0]["question"], "Two\nlines?");
    assert_eq!(saved["questions"][1]["id"], "full-answer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deck_without_distractors_is_quizzed_with_other_answers_or_refused_if_too_small() {
    let bot = Bot::builder().decks(&["async-python"]).start().await;
    let capitals = "Capital of France?,Paris\nCapital of Italy?,Rome\n\
                    Capital of Norway?,Oslo\nCapital of Peru?,Lima\n";
    bot.upload(&ADMIN, "capitals.csv", capitals.as_bytes().to_vec(), None)
        .await
        .says("is this server's now: 4 questions");
    bot.command("quiz", &BOB, &[("deck", "capitals")]).await;
    let post = bot.post_saying("Quiz · capitals").await;
    let description = post.message()["embeds"][0]["description"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut options: Vec<&str> = description
        .lines()
        .filter_map(|l| l.split_once(".** ").map(|(_, text)| text))
        .collect();
    options.sort_unstable();
    assert_eq!(options, ["Lima", "Oslo", "Paris", "Rome"], "{description}");
    assert_eq!(post.custom_ids().len(), 4);

    bot.upload(&ADMIN, "yes-no.csv", b"Wet?,yes\nCold?,no\n".to_vec(), None)
        .await
        .says("is this server's now: 2 questions");
    let refused = bot.command("quiz", &ALICE, &[("deck", "yes-no")]).await;
    assert!(refused.is_ephemeral());
    refused.says("Deck `yes-no` can only be used with `/flashcard` and `/review`");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_typed_question_is_answered_in_a_form_scored_once_and_refused_once_closed() {
    let bot = Bot::builder().decks(&["async-python"]).start().await;
    let clock = bot.clock();
    let table = "#format:typed\nquestion,answer,accept\n\
                 Capital of France?,Paris,\n\
                 Capital of the USA?,Washington D.C.,Washington\n";
    bot.upload(&ADMIN, "typed.csv", table.as_bytes().to_vec(), None)
        .await
        .says("is this server's now: 2 questions");
    bot.command("quiz", &BOB, &[("deck", "typed")]).await;
    let post = bot.post_saying("Quiz · typed").await;
    let buttons = post.custom_ids();
    assert_eq!(buttons.len(), 1, "one Answer button");
    assert_eq!(
        post.message()["components"][0]["components"][0]["label"],
        "Answer"
    );
    let message = bot.double.message(post.answer_id());
    let (answer, typo) = if post.embed_text().contains("France") {
        ("Paris", "  pariss ")
    } else {
        ("Washington D.C.", "washington dc")
    };

    let form = bot.press(&buttons[0], &message, &BOB).await;
    assert_eq!(form.kind(), Some(9), "the button opens a form");
    let form_id = form.json["data"]["custom_id"].as_str().unwrap().to_owned();
    let input = form.json["data"]["components"][0]["components"][0]["custom_id"]
        .as_str()
        .unwrap()
        .to_owned();
    let submit = |by: &Member, text: &str| {
        fixtures::modal_submit(&form_id, &[(input.as_str(), text)], &message)
            .by(by)
            .build()
    };
    let right = bot.reply(&submit(&BOB, typo)).await;
    assert!(right.is_ephemeral());
    right.says("Right! +12 points");
    right.says(&format!("the answer is **{answer}**"));
    let wrong = bot.reply(&submit(&CAROL, "Lyon")).await;
    wrong.says("Not quite");
    wrong.says(&format!("You typed “Lyon”; the answer is **{answer}**"));
    bot.reply(&submit(&BOB, answer))
        .await
        .says("You already answered this question");
    bot.press(&buttons[0], &message, &BOB)
        .await
        .says("You already answered this question");

    let late_form = bot.press(&buttons[0], &message, &ALICE).await;
    assert_eq!(late_form.kind(), Some(9));
    clock.advance(Duration::seconds(60));
    let reveal = bot
        .double
        .wait_for("the reveal edit", |r| {
            r.is(
                "PATCH",
                &format!("/channels/42/messages/{}", post.answer_id()),
            )
        })
        .await;
    let text = reveal.embed_text();
    assert!(text.contains(&format!("✅ {answer}")), "{text}");
    assert!(text.contains("2 answered · 1 right"), "{text}");
    bot.reply(&submit(&ALICE, answer))
        .await
        .says("This question is closed");
    assert_eq!(bot.points(&BOB).await, "12");
    assert_discord_would_accept(&bot.double);
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_uploaded_deck_is_checked_served_at_once_and_replaced_only_on_request() {
    let bot = Bot::builder().decks(&["async-python"]).start().await;
    let before = folder_bytes(bot.data());

    let member = bot
        .upload(&ALICE, "rust.json", small_deck("One"), None)
        .await;
    assert!(member.is_ephemeral());
    member.says("You need the Manage Server permission");

    let mut broken: Value = serde_json::from_slice(&small_deck("One")).unwrap();
    broken["questions"][0]["distractors"] = serde_json::json!(["Two", "two."]);
    broken["questions"][0]["id"] = serde_json::json!("Borrow!");
    let report = bot
        .upload(
            &ADMIN,
            "rust.json",
            serde_json::to_vec(&broken).unwrap(),
            None,
        )
        .await;
    assert!(report.is_ephemeral());
    let text = report.embed_text();
    assert!(text.contains("nothing changed"), "{text}");
    assert!(
        text.contains("rust.json: question 1 (\"Borrow!\"): id must be"),
        "{text}"
    );
    assert!(
        text.contains("distractor 2 repeats an earlier distractor"),
        "{text}"
    );

    let syntax = bot
        .upload(&ADMIN, "rust.json", b"{\"title\": ".to_vec(), None)
        .await;
    syntax.says("line 1, column 10: invalid JSON");
    let not_json = bot
        .upload(&ADMIN, "notes.md", b"hello".to_vec(), None)
        .await;
    not_json.says("`notes.md` is not a deck");
    let huge = bot
        .upload(&ADMIN, "huge.json", vec![b' '; 1024 * 1024 + 1], None)
        .await;
    huge.says("larger than 1 MiB");
    let bundled = bot
        .upload(&ADMIN, "async-python.json", small_deck("One"), Some(true))
        .await;
    bundled.says("`async-python` is a bundled deck");
    assert_eq!(
        folder_bytes(bot.data()),
        before,
        "refused uploads changed the data folder"
    );

    let loaded = bot
        .upload(&ADMIN, "rust.json", small_deck("One"), None)
        .await;
    assert!(loaded.is_ephemeral());
    loaded.says("Deck `rust` (Rust basics) is this server's now: 1 question");
    assert_eq!(
        std::fs::read(bot.data().join("servers/100/rust.json")).unwrap(),
        small_deck("One")
    );
    assert_eq!(
        folder_bytes(bot.data()),
        before,
        "the bundled decks are as they were"
    );

    let quiz = bot.command("quiz", &BOB, &[("deck", "rust")]).await;
    assert!(quiz.is_ephemeral());
    let post = bot.post_saying("Quiz · Rust basics").await;
    let q = Question {
        channel: CHANNEL,
        message_id: post.answer_id(),
        message: bot.double.message(post.answer_id()),
        buttons: post.custom_ids(),
        correct: post.message()["embeds"][0]["description"]
            .as_str()
            .unwrap()
            .lines()
            .filter(|l| l.starts_with("**") && l.contains(".** "))
            .position(|l| l.ends_with(".** One"))
            .unwrap(),
    };
    bot.press_says(q.right(), &q.message, &BOB, "+12").await;

    let replaced = bot
        .upload(&ADMIN, "rust.json", small_deck("Exactly one"), Some(true))
        .await;
    replaced.says("is this server's now");
    let points = bot.points(&BOB).await;
    assert_eq!(points, "12", "replacing a deck keeps scores");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scores_export_is_a_csv_of_every_member() {
    let bot = Bot::builder().start().await;
    let q = bot.quiz(&ALICE, 1).await;
    bot.press(q.right(), &q.message, &ALICE).await;
    bot.press(q.wrong(), &q.message, &BOB).await;

    let refused = bot
        .answer(&fixtures::subcommand("scores", "export").by(&BOB).build())
        .await;
    refused.says("Manage Server");
    assert!(refused.files.is_empty());

    let export = bot
        .answer(&fixtures::subcommand("scores", "export").by(&ADMIN).build())
        .await;
    assert!(export.is_ephemeral());
    assert_eq!(export.files.len(), 2);
    let (name, questions) = &export.files[1];
    assert_eq!(name, "quizbot-questions-100.csv");
    let mut reader = csv::Reader::from_reader(questions.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        &header[..7],
        [
            "deck",
            "question_id",
            "topic",
            "asked",
            "answers",
            "right",
            "share_right"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1, "one question was asked");
    assert_eq!(
        rows[0].iter().skip(3).take(4).collect::<Vec<_>>(),
        ["1", "2", "1", "0.500"]
    );
    let (name, bytes) = &export.files[0];
    assert_eq!(name, "quizbot-scores-100.csv");
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        &header[..6],
        ["user_id", "name", "points", "answered", "correct", "accuracy"]
    );
    let topic_column = header
        .iter()
        .position(|h| h.starts_with("accuracy: "))
        .unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(
        &rows[0].iter().take(6).collect::<Vec<_>>(),
        &["'501", "alice", "12", "1", "1", "1.000"]
    );
    assert_eq!(
        &rows[1].iter().take(6).collect::<Vec<_>>(),
        &["'502", "bob", "0", "1", "0", "0.000"]
    );
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "a UTF-8 BOM first"
    );
    assert_eq!(&rows[0][topic_column], "1.000");
    bot.shutdown().await;
}
