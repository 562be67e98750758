//! The binary as a newcomer meets it: `quizbot check` on good and bad decks, and `quizbot run`
//! refusing to start without a token or with a snapshot it cannot trust.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::{json, Value};

fn quizbot(args: &[&str], cwd: &Path, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_quizbot"));
    cmd.args(args).current_dir(cwd).env_clear();
    if let Ok(path) = std::env::var("PATH") {
        cmd.env("PATH", path);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the quizbot binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn question(id: &str) -> Value {
    json!({
        "id": id,
        "topic": "basics",
        "question": "What does `await` do?",
        "answer": "It suspends the coroutine until the awaited object completes.",
        "distractors": ["It blocks the thread.", "It starts a thread.", "It forks a process."]
    })
}

#[test]
fn check_summarises_the_bundled_decks() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = quizbot(&["check"], repo, &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(stdout.starts_with("2 decks, 90 questions"), "{stdout}");
    assert!(stdout.contains("async-python: Asynchronous programming in Python (50 questions)"));
    assert!(stdout.contains("asyncio-in-practice: asyncio in practice (40 questions)"));
}

#[test]
fn check_lists_every_problem_of_every_file_and_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("syntax.json"),
        "{\n  \"title\": \"T\",\n  \"questions\": [\n    {\"id\": \"a\",}\n  ]\n}\n",
    )
    .unwrap();
    let mut few = question("few");
    few["distractors"] = json!(["only one", "Only  one."]);
    let mut long = question("long");
    long["answer"] = json!("x".repeat(501));
    let deck = json!({
        "title": "Broken",
        "description": "three problems",
        "questions": [question("dup"), question("dup"), few, long]
    });
    std::fs::write(
        dir.path().join("rules.json"),
        serde_json::to_string_pretty(&deck).unwrap(),
    )
    .unwrap();

    let out = quizbot(&["check", dir.path().to_str().unwrap()], dir.path(), &[]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    for needle in [
        "syntax.json: line 4, column 16: invalid JSON: trailing comma",
        "rules.json: question 2 (\"dup\"): duplicate id, question 1 has it too",
        "rules.json: question 3 (\"few\"): distractor 2 repeats an earlier distractor",
        "rules.json: question 4 (\"long\"): `answer` is 501 characters, at most 500",
        "4 problems in 2 files",
    ] {
        assert!(stderr.contains(needle), "missing {needle:?} in:\n{stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn check_takes_a_single_file_too() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("one.json");
    let deck = json!({"title": "One", "description": "", "questions": [question("a")]});
    std::fs::write(&file, deck.to_string()).unwrap();
    let out = quizbot(&["check", file.to_str().unwrap()], dir.path(), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("1 deck, 1 questions"));
}

#[test]
fn run_without_a_token_says_so_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&[][..], &["run"][..]] {
        let out = quizbot(args, dir.path(), &[]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains("DISCORD_TOKEN is not set"), "{stderr}");
        assert!(stderr.contains("developers/applications"), "{stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("backtrace"),
            "{stderr}"
        );
    }
}

#[test]
fn run_reads_settings_from_a_dotenv_file_and_reports_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".env"),
        "DISCORD_TOKEN=secret-from-dotenv\nQUIZBOT_SNAPSHOT_SECS=often\n",
    )
    .unwrap();
    let out = quizbot(&[], dir.path(), &[]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("QUIZBOT_SNAPSHOT_SECS must be"), "{stderr}");
    assert!(!stderr.contains("secret-from-dotenv"), "{stderr}");
}

#[test]
fn run_refuses_a_corrupt_snapshot_and_leaves_it_untouched() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8], &str); 3] = [
        (
            "truncated.json",
            b"{\"version\":1,\"state\":{\"guilds\":{\"1\":",
            "is not a quizbot snapshot",
        ),
        (
            "garbage.json",
            b"\x00\x01 not json",
            "is not a quizbot snapshot",
        ),
        (
            "future.json",
            b"{\"version\":99,\"state\":{}}",
            "has version 99",
        ),
    ];
    for (name, bytes, needle) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = quizbot(
            &[],
            dir.path(),
            &[
                ("DISCORD_TOKEN", "secret-token-value"),
                ("QUIZBOT_DATA", repo.join("data").to_str().unwrap()),
                ("QUIZBOT_STATE", path.to_str().unwrap()),
            ],
        );
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(name) && stderr.contains(needle), "{stderr}");
        assert!(!stderr.contains("secret-token-value"), "{stderr}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name} was changed");
    }
}

#[test]
fn run_refuses_broken_decks_with_the_full_report() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.json"), "[]").unwrap();
    let out = quizbot(
        &[],
        dir.path(),
        &[
            ("DISCORD_TOKEN", "t"),
            ("QUIZBOT_DATA", dir.path().to_str().unwrap()),
        ],
    );
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("bad.json: a deck is a JSON object"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was started"), "{stderr}");
}

#[test]
fn a_dot_env_is_read_from_the_working_directory_only() {
    let parent = tempfile::tempdir().unwrap();
    std::fs::write(
        parent.path().join(".env"),
        "DISCORD_TOKEN=from-the-parent\n",
    )
    .unwrap();
    let child = parent.path().join("bot");
    std::fs::create_dir(&child).unwrap();
    let missing = [("QUIZBOT_DATA", "no-such-folder")];
    let out = quizbot(&[], &child, &missing);
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("DISCORD_TOKEN is not set"),
        "a parent folder's .env was read: {stderr}"
    );

    std::fs::write(child.join(".env"), "DISCORD_TOKEN=from-here\n").unwrap();
    let out = quizbot(&[], &child, &missing);
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("cannot read the data folder"),
        "the working directory's .env gave the token, and the decks came next: {stderr}"
    );
    assert!(!stderr.contains("from-here"), "the token is never printed");
}

#[test]
fn import_writes_a_table_as_json_and_check_reads_tables() {
    let dir = tempfile::tempdir().unwrap();
    let cards = dir.path().join("cards.csv");
    std::fs::write(
        &cards,
        "question,answer,distractor,distractor,distractor,topic\n\
         What is 2+2?,4,3,5,22,maths\n\
         \"Say \"\"hi\"\",\nthen wave\",hello,bye,ciao,salut,words\n",
    )
    .unwrap();
    let out = quizbot(&["check"], dir.path(), &[("QUIZBOT_DATA", ".")]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("cards: cards (2 questions)"), "{stdout}");

    let out = quizbot(&["import", "cards.csv"], dir.path(), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("cards.json")).unwrap()).unwrap();
    assert_eq!(json["title"], "cards");
    assert_eq!(json["questions"][1]["id"], "say-hi-then-wave");
    assert_eq!(json["questions"][1]["question"], "Say \"hi\",\nthen wave");
    assert_eq!(json["questions"][0]["distractors"], json!(["3", "5", "22"]));

    let again = quizbot(&["import", "cards.csv"], dir.path(), &[]);
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("--out"),
        "{}",
        text(&again.stderr)
    );
    let out = quizbot(
        &["import", "cards.csv", "--out", "cards.json"],
        dir.path(),
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));

    let out = quizbot(&["check"], dir.path(), &[("QUIZBOT_DATA", ".")]);
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("cards.json: another file in this folder is deck `cards` too"),
        "{stderr}"
    );

    std::fs::write(
        &cards,
        "question,answer,distractor,distractor,distractor\nQ,,b,c,d\n",
    )
    .unwrap();
    let out = quizbot(&["import", "cards.csv", "--out", "x.json"], dir.path(), &[]);
    let stderr = text(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains("cards.csv: line 2, column 2: `answer` must not be empty"),
        "{stderr}"
    );
    assert!(!dir.path().join("x.json").exists());
}

/// The JSON deck `quizbot import` writes for `file`.
fn imported(file: &Path) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let out_file = dir.path().join("out.json");
    let out = quizbot(
        &[
            "import",
            file.to_str().unwrap(),
            "--out",
            out_file.to_str().unwrap(),
        ],
        dir.path(),
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&std::fs::read(out_file).unwrap()).unwrap()
}

#[test]
fn exports_shaped_like_ankis_and_quizlets_load_with_drawn_options() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let anki = fixtures.join("anki-notes.txt");
    let out = quizbot(&["check", anki.to_str().unwrap()], &fixtures, &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains(
            "anki-notes: anki-notes (4 questions, 4 with options drawn from other answers)"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("  asyncio"), "{stdout}");
    assert!(!stdout.contains("flashcards only"), "{stdout}");
    let deck = imported(&anki);
    let q = &deck["questions"];
    assert_eq!(q[0]["id"], "what-does-await-do");
    assert_eq!(q[0]["question"], "What does **await** do?");
    assert_eq!(q[0]["topic"], "asyncio");
    assert_eq!(
        q[2]["answer"],
        "The \"global interpreter lock\":\none thread runs Python bytecode at a time."
    );
    assert_eq!(q[3]["question"], "What does *threading.Lock* guard?");
    assert_eq!(q[3]["answer"], "Shared state,\none thread at a time");
    assert_eq!(q[3]["topic"], "threads");
    assert!(q[0]
        .get("distractors")
        .unwrap()
        .as_array()
        .unwrap()
        .is_empty());

    let quizlet = fixtures.join("quizlet.txt");
    let deck = imported(&quizlet);
    assert_eq!(deck["title"], "quizlet");
    assert_eq!(deck["questions"].as_array().unwrap().len(), 5);
    assert_eq!(deck["questions"][4]["question"], "cell wall");
    assert_eq!(deck["questions"][4]["id"], "cell-wall");
    assert_eq!(deck["questions"][4]["answer"], "keeps a plant cell rigid");
    assert_eq!(deck["questions"][4]["topic"], "general");
}

#[test]
fn check_says_when_a_deck_can_only_be_used_as_flashcards() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("yes-no.csv"),
        "Is water wet?,yes\nIs fire cold?,no\nIs ice hot?,No.\n",
    )
    .unwrap();
    let out = quizbot(&["check", "yes-no.csv"], dir.path(), &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("yes-no: yes-no (3 questions, 3 with options drawn from other answers)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("flashcards only: 3 questions cannot get four different options"),
        "{stdout}"
    );
}

#[test]
fn reports_lists_the_open_reports_on_bundled_decks_for_the_operator() {
    use quizbot_domain::ids::{GuildId, UserId};
    use quizbot_domain::suggest::{Closure, ProblemReport};
    let dir = tempfile::tempdir().unwrap();
    let at = chrono::DateTime::from_timestamp(1_780_000_000, 0).unwrap();
    let report = |id, deck: &str, bundled, closed| ProblemReport {
        id,
        reporter: UserId(7),
        deck: deck.into(),
        bundled,
        question: "event-loop".into(),
        text: format!("Problem\nnumber {id}"),
        at,
        posted: None,
        closed,
    };
    let mut state = quizbot_domain::state::State::default();
    let guild = state.guild_mut(GuildId(42));
    for r in [
        report(0, "async-python", true, None),
        report(
            1,
            "async-python",
            true,
            Some((Closure::Dismissed, UserId(8))),
        ),
        report(2, "own", false, None),
    ] {
        guild.suggestions.next_id = r.id + 1;
        guild.suggestions.reports.insert(r.id, r);
    }
    let snapshot = dir.path().join("state.json");
    std::fs::write(&snapshot, quizbot_domain::state::snapshot::encode(&state)).unwrap();
    let out = quizbot(&["reports", "state.json"], dir.path(), &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("server 42 report 0: async-python/event-loop: Problem number 0"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("report 1"),
        "a dismissed report is not listed: {stdout}"
    );
    assert!(
        !stdout.contains("report 2"),
        "a server deck's is its reviewers': {stdout}"
    );
    assert!(
        stdout.ends_with("1 open reports on bundled decks\n"),
        "{stdout}"
    );
    // The same from QUIZBOT_STATE, and a snapshot it cannot read is refused, not emptied.
    let out = quizbot(&["reports"], dir.path(), &[("QUIZBOT_STATE", "state.json")]);
    assert!(text(&out.stdout).contains("report 0"));
    std::fs::write(&snapshot, "{not json").unwrap();
    let out = quizbot(&["reports", "state.json"], dir.path(), &[]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("state.json"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read(&snapshot).unwrap(), b"{not json");
}
