//! End to end: the real bot (`quizbot::run`, as the binary calls it) against a local Discord
//! double, through serenity and poise. Every command and button a user can touch is pressed
//! here, and the assertions are on what would have gone to Discord.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use discord_double::fixtures::{self, Member, ALICE, BOB, CHANNEL, EVERYONE};
use discord_double::{Double, Fail, Recorded};
use quizbot::clock::TestClock;
use quizbot::Config;
use serde_json::Value;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

const CAROL: Member = Member {
    user_id: 503,
    name: "carol",
    permissions: EVERYONE,
};
const DAVE: Member = Member {
    user_id: 504,
    name: "dave",
    permissions: EVERYONE,
};
const DEV_GUILD: u64 = 777;

/// A running bot, its double and its clock.
struct Bot {
    double: Double,
    stop: oneshot::Sender<()>,
    task: JoinHandle<anyhow::Result<()>>,
}

struct Options {
    state: PathBuf,
    clock: TestClock,
    dev_guild: Option<u64>,
    /// The data folder; the repository's `data/` when `None`.
    data: Option<PathBuf>,
}

impl Options {
    /// The usual, with the decks of `data` (a copy the test may change).
    fn with_data(dir: &Path, clock: TestClock, data: &Path) -> Options {
        Options {
            data: Some(data.to_owned()),
            ..Options::at(dir, clock)
        }
    }

    /// The usual: a snapshot in `dir`, the repository's decks, global registration.
    fn at(dir: &Path, clock: TestClock) -> Options {
        Options {
            state: dir.join("s.json"),
            clock,
            dev_guild: None,
            data: None,
        }
    }
}

impl Bot {
    async fn start(options: Options) -> Bot {
        Bot::start_with(Double::start().await, options).await
    }

    async fn start_with(double: Double, options: Options) -> Bot {
        Bot::start_tuned(double, options, |_| {}).await
    }

    /// [`Bot::start_with`], with a last say on the configuration.
    async fn start_tuned(double: Double, options: Options, tune: impl FnOnce(&mut Config)) -> Bot {
        // RUST_LOG=quizbot=debug shows the bot's side of a failing test.
        let _ = tracing_subscriber::fmt()
            .with_test_writer()
            .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
            .try_init();
        let mut config = Config::from_vars(|name| match name {
            "DISCORD_TOKEN" => Some("test-token".into()),
            _ => None,
        })
        .unwrap();
        config.api_base = Some(double.base_url());
        config.data_dir = options
            .data
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("data"));
        config.state_path = options.state;
        config.rng_seed = Some(5);
        config.dev_guild = options.dev_guild;
        config.clock = Arc::new(options.clock);
        tune(&mut config);
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(quizbot::run(config, async {
            let _ = stopped.await;
        }));
        double.wait_ready().await;
        Bot { double, stop, task }
    }

    /// Shuts down as Ctrl-C would, checking the bot exits cleanly, used only known endpoints and
    /// sent only what Discord's API spec allows.
    async fn shutdown(self) {
        let _ = self.stop.send(());
        self.task
            .await
            .unwrap()
            .expect("run returns Ok after shutdown");
        assert_discord_would_accept(&self.double);
    }

    /// Sends `interaction` and returns the bot's callback to it.
    async fn reply(&self, interaction: &Value) -> Recorded {
        self.double.interact(interaction).await;
        self.double.callback(interaction).await
    }

    async fn command(&self, name: &str, by: &Member, options: &[(&str, &str)]) -> Recorded {
        let mut builder = fixtures::command(name).by(by);
        for (k, v) in options {
            builder = builder.str_opt(k, v);
        }
        self.reply(&builder.build()).await
    }

    /// `/quiz` by `by`; returns the question as posted in the channel.
    async fn quiz(&self, by: &Member, nth: usize) -> Question {
        let reply = self.command("quiz", by, &[]).await;
        assert_eq!(reply.kind(), Some(4));
        assert!(reply.is_ephemeral(), "the poster's confirmation is private");
        let post = self
            .double
            .wait_for_nth("the question post", nth, |r| {
                r.is("POST", &format!("/channels/{CHANNEL}/messages")) && r.status == 200
            })
            .await;
        Question::from_post(&self.double, &post)
    }

    /// Presses and checks what the presser is told.
    async fn press_says(&self, custom_id: &str, message: &Value, by: &Member, says: &str) {
        let reply = self.press(custom_id, message, by).await;
        assert!(
            reply.embed_text().contains(says),
            "expected {says:?} in {}",
            reply.embed_text()
        );
    }

    async fn press(&self, custom_id: &str, message: &Value, by: &Member) -> Recorded {
        self.reply(&fixtures::button(custom_id, message).by(by).build())
            .await
    }
}

/// What a reply says, checked with the reply shown when it does not.
trait Says {
    fn says(&self, text: &str);
}

impl Says for Recorded {
    fn says(&self, text: &str) {
        let shown = self.embed_text();
        assert!(shown.contains(text), "expected {text:?} in:\n{shown}");
    }
}

fn assert_discord_would_accept(double: &Double) {
    double.assert_conforms();
    let unknown: Vec<String> = double
        .unknown()
        .iter()
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert!(
        unknown.is_empty(),
        "the bot called endpoints Discord does not have: {unknown:?}"
    );
}

fn clock() -> TestClock {
    TestClock::at(Utc.with_ymd_and_hms(2026, 6, 1, 17, 0, 0).unwrap())
}

/// A posted question, with which button is right (looked up in the bundled deck).
struct Question {
    message_id: u64,
    message: Value,
    buttons: Vec<String>,
    correct: usize,
}

impl Question {
    fn from_post(double: &Double, post: &Recorded) -> Question {
        let message_id = post.answer_id();
        let message = double.message(message_id);
        let description = post.message()["embeds"][0]["description"]
            .as_str()
            .unwrap()
            .to_owned();
        let asked = description.lines().next().unwrap().trim_matches('*');
        let deck: Value = serde_json::from_slice(
            &std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/async-python.json"))
                .unwrap(),
        )
        .unwrap();
        let question = deck["questions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["question"] == asked)
            .unwrap_or_else(|| panic!("the posted question is not in the deck: {asked}"));
        let answer = question["answer"].as_str().unwrap();
        let options: Vec<&str> = description
            .lines()
            .filter_map(|l| l.split_once(".** ").map(|(_, text)| text))
            .collect();
        assert_eq!(options.len(), 4, "{description}");
        let correct = options
            .iter()
            .position(|o| *o == answer)
            .expect("the answer is an option");
        Question {
            message_id,
            message,
            buttons: post.custom_ids(),
            correct,
        }
    }

    fn right(&self) -> &str {
        &self.buttons[self.correct]
    }

    fn wrong(&self) -> &str {
        &self.buttons[(self.correct + 1) % 4]
    }
}

fn field<'a>(reply: &'a Recorded, name: &str) -> &'a str {
    reply.message()["embeds"][0]["fields"]
        .as_array()
        .and_then(|fields| fields.iter().find(|f| f["name"] == name))
        .and_then(|f| f["value"].as_str())
        .unwrap_or_else(|| panic!("no field {name:?} in {}", reply.embed_text()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_registered_globally_and_identify_asks_only_for_servers_and_channels() {
    let dir = tempfile::tempdir().unwrap();
    let bot = Bot::start(Options::at(dir.path(), clock())).await;
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
            "leaderboard",
            "quiz",
            "review",
            "round",
            "score",
            "scores",
            "stats"
        ]
    );
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
    let dir = tempfile::tempdir().unwrap();
    let bot = Bot::start(Options {
        state: dir.path().join("s.json"),
        clock: clock(),
        dev_guild: Some(DEV_GUILD),
        data: None,
    })
    .await;
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
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state/quizbot.json");
    let clock = clock();
    let bot = Bot::start(Options {
        state: state.clone(),
        clock: clock.clone(),
        dev_guild: None,
        data: None,
    })
    .await;

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
    let reveal = bot
        .double
        .wait_for("the reveal edit", |r| {
            r.is(
                "PATCH",
                &format!("/channels/{CHANNEL}/messages/{}", q.message_id),
            )
        })
        .await;
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
    bot.shutdown().await;
    let saved = std::fs::read_to_string(&state).expect("the snapshot was written on shutdown");
    let current = format!("{{\"version\":{},", quizbot::state::snapshot::VERSION);
    assert!(saved.starts_with(&current), "{saved}");

    let bot = Bot::start(Options {
        state,
        clock: clock.clone(),
        dev_guild: None,
        data: None,
    })
    .await;
    let score = bot.command("score", &ALICE, &[]).await;
    assert_eq!(field(&score, "Points"), "12", "scores survive a restart");
    let dave = bot.press(open.right(), &open.message, &DAVE).await;
    dave.says("Right! +12 points");
    clock.advance(Duration::seconds(60));
    let reveal = bot
        .double
        .wait_for("the reveal after the restart", |r| {
            r.method == "PATCH" && r.path.ends_with(&format!("/messages/{}", open.message_id))
        })
        .await;
    reveal.says("1 answered · 1 right");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_and_unknown_buttons_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bot = Bot::start(Options::at(dir.path(), clock())).await;
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
    let dir = tempfile::tempdir().unwrap();
    let bot = Bot::start(Options::at(dir.path(), clock())).await;
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
    let dir = tempfile::tempdir().unwrap();
    let bot = Bot::start(Options::at(dir.path(), clock())).await;
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
    let dir = tempfile::tempdir().unwrap();
    let bot = Bot::start(Options::at(dir.path(), clock())).await;
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

fn round_start(by: &Member, questions: i64, seconds: i64) -> Value {
    fixtures::subcommand("round", "start")
        .int_opt("questions", questions)
        .int_opt("seconds", seconds)
        .by(by)
        .build()
}

fn round_stop(by: &Member) -> Value {
    fixtures::subcommand("round", "stop").by(by).build()
}

impl Bot {
    /// The `nth` question posted in the channel.
    async fn posted(&self, nth: usize) -> Question {
        self.posted_in(CHANNEL, nth).await
    }

    /// The `nth` question posted in `channel`.
    async fn posted_in(&self, channel: u64, nth: usize) -> Question {
        let post = self
            .double
            .wait_for_nth("a question post", nth, |r| {
                r.is("POST", &format!("/channels/{channel}/messages"))
                    && r.message()["components"]
                        .as_array()
                        .is_some_and(|c| !c.is_empty())
            })
            .await;
        Question::from_post(&self.double, &post)
    }

    async fn reveal_of(&self, q: &Question) -> Recorded {
        self.double
            .wait_for("the reveal", |r| {
                r.is(
                    "PATCH",
                    &format!("/channels/{CHANNEL}/messages/{}", q.message_id),
                )
            })
            .await
    }

    async fn final_standings(&self) -> Recorded {
        self.double
            .wait_for("the final standings", |r| {
                r.is("POST", &format!("/channels/{CHANNEL}/messages"))
                    && r.embed_text().contains("Final standings")
            })
            .await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_three_question_round_with_standings_after_each_and_at_the_end() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
    let started = bot.reply(&round_start(&ALICE, 3, 20)).await;
    assert!(!started.is_ephemeral(), "the group sees the round start");
    started.says("round of 3 questions");

    // Question 1: bob first and right, alice right, carol wrong, bob twice.
    let q1 = bot.posted(1).await;
    bot.press_says(q1.right(), &q1.message, &BOB, "+12").await;
    bot.press_says(q1.right(), &q1.message, &ALICE, "+10").await;
    bot.press_says(q1.wrong(), &q1.message, &CAROL, "Not quite")
        .await;
    bot.press_says(q1.wrong(), &q1.message, &BOB, "already answered")
        .await;

    let again = bot.reply(&round_start(&BOB, 5, 30)).await;
    assert!(again.is_ephemeral());
    again.says("already running in this channel (started by alice, 3 questions left)");

    clock.advance(Duration::seconds(20));
    let reveal = bot.reveal_of(&q1).await;
    let text = reveal.embed_text();
    assert!(text.contains("Round standings after 1 of 3"), "{text}");
    let standings = reveal.json["embeds"][1]["description"].as_str().unwrap();
    let lines: Vec<&str> = standings.lines().collect();
    assert_eq!(
        lines[0], "**1.** <@502> · 12 points · 1/1 right · fastest 1×",
        "{standings}"
    );
    assert_eq!(
        lines[1], "**2.** <@501> · 10 points · 1/1 right",
        "{standings}"
    );
    assert_eq!(
        lines[2], "**3.** <@503> · 0 points · 0/1 right",
        "{standings}"
    );

    // Question 2: dave presses question 1 late; alice is first this time.
    let q2 = bot.posted(2).await;
    bot.press_says(q1.right(), &q1.message, &DAVE, "closed")
        .await;
    bot.press_says(q2.right(), &q2.message, &ALICE, "+12").await;
    bot.press_says(q2.wrong(), &q2.message, &BOB, "Not quite")
        .await;
    clock.advance(Duration::seconds(20));
    let standings = bot.reveal_of(&q2).await.json["embeds"][1]["description"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        standings.starts_with("**1.** <@501> · 22 points · 2/2 right · fastest 1×"),
        "{standings}"
    );

    // Question 3: nobody answers.
    let q3 = bot.posted(3).await;
    clock.advance(Duration::seconds(20));
    assert!(bot.reveal_of(&q3).await.embed_text().contains("0 answered"));
    let last = bot.final_standings().await;
    let text = last.embed_text();
    assert!(
        text.contains("Round over: all 3 questions asked."),
        "{text}"
    );
    assert!(text.contains("**1.** <@501> · 22 points"), "{text}");
    assert!(text.contains("**2.** <@502> · 12 points"), "{text}");

    let mut asked: Vec<String> = [&q1, &q2, &q3]
        .iter()
        .map(|q| {
            q.message["embeds"][0]["description"]
                .as_str()
                .unwrap()
                .lines()
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    asked.sort();
    asked.dedup();
    assert_eq!(asked.len(), 3, "a question repeated within the round");

    let table = bot
        .reply(
            &fixtures::command("leaderboard")
                .by(&CAROL)
                .int_opt("scope", 1)
                .build(),
        )
        .await;
    let rows = table.message()["embeds"][0]["description"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(rows.starts_with("**1.** <@501> · 22 points"), "{rows}");
    assert!(rows.contains("**2.** <@502> · 12 points"), "{rows}");
    let next = bot.reply(&round_start(&BOB, 1, 10)).await;
    assert!(
        next.embed_text().contains("Round starting"),
        "a new round may start once one ends"
    );
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_starter_or_a_moderator_stops_a_round() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
    let none = bot.reply(&round_stop(&ALICE)).await;
    none.says("No round is running");

    bot.reply(&round_start(&ALICE, 5, 30)).await;
    let q1 = bot.posted(1).await;
    bot.press(q1.right(), &q1.message, &BOB).await;
    let refused = bot.reply(&round_stop(&BOB)).await;
    assert!(refused.is_ephemeral());
    refused.says("Only alice, who started this round, or a member with Manage Messages");

    let stopped = bot.reply(&round_stop(&ALICE)).await;
    assert!(stopped.is_ephemeral());
    let reveal = bot.reveal_of(&q1).await;
    assert!(
        reveal.embed_text().contains("1 answered · 1 right"),
        "the current question closes at once"
    );
    let last = bot.final_standings().await;
    last.says("Round stopped after 1 of 5 questions.");
    last.says("<@502> · 12 points");

    // A moderator may stop someone else's round.
    bot.reply(&round_start(&BOB, 5, 30)).await;
    bot.posted(2).await;
    const MODERATOR: Member = Member {
        user_id: 599,
        name: "mod",
        permissions: EVERYONE | (1 << 13),
    };
    let by_mod = bot.reply(&round_stop(&MODERATOR)).await;
    by_mod.says("Stopping the round");
    bot.double
        .wait_for_nth("the second final standings", 2, |r| {
            r.embed_text().contains("Final standings")
        })
        .await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_whose_post_is_refused_stops_and_keeps_its_points() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
    bot.reply(&round_start(&ALICE, 3, 20)).await;
    let q1 = bot.posted(1).await;
    bot.press(q1.right(), &q1.message, &BOB).await;
    bot.double
        .fail(Fail::missing_permissions("POST", "/channels/42/messages").times(1));
    clock.advance(Duration::seconds(20));
    bot.reveal_of(&q1).await;
    let last = bot.final_standings().await;
    last.says("Round ended after 1 of 3 questions: I could not post the next one.");
    let refused: Vec<Recorded> = bot
        .double
        .requests()
        .into_iter()
        .filter(|r| r.status == 403)
        .collect();
    assert_eq!(
        refused.len(),
        1,
        "the round did not keep posting into the void"
    );
    let score = bot.command("score", &BOB, &[]).await;
    assert_eq!(field(&score, "Points"), "12");
    let again = bot.reply(&round_start(&ALICE, 1, 10)).await;
    assert!(
        again.embed_text().contains("Round starting"),
        "the channel is free again"
    );
    bot.shutdown().await;
}

/// The round's standings as the last message that carries them reads.
async fn standings_after(double: &Double, nth: usize) -> String {
    double
        .wait_for_nth("round standings", nth, |r| {
            r.embed_text().contains("standings")
        })
        .await
        .embed_text()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_is_saved_at_shutdown_and_resumed_with_its_open_question() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
    bot.reply(&round_start(&ALICE, 2, 20)).await;
    let q1 = bot.posted(1).await;
    bot.press(q1.right(), &q1.message, &CAROL).await;
    bot.shutdown().await;

    let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
    bot.press(q1.right(), &q1.message, &CAROL)
        .await
        .says("You already answered");
    bot.press(q1.right(), &q1.message, &BOB)
        .await
        .says("Right! +10");
    assert!(
        !bot.double
            .requests()
            .iter()
            .any(|r| r.is("POST", "/channels/42/messages")),
        "the resumed round asks no new question while its own is open"
    );
    clock.advance(Duration::seconds(20));
    let q2 = bot.posted(1).await;
    let after_one = standings_after(&bot.double, 1).await;
    assert!(after_one.contains("<@503> · 12 points"), "{after_one}");
    bot.press(q2.right(), &q2.message, &CAROL).await;
    clock.advance(Duration::seconds(20));
    let last = bot
        .double
        .wait_for("the final standings", |r| {
            r.embed_text().contains("Final standings")
        })
        .await
        .embed_text();
    assert!(last.contains("<@503> · 24 points"), "{last}");
    assert!(last.contains("<@502> · 10 points"), "{last}");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_question_that_expired_while_the_bot_was_down_is_revealed_on_start() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
    bot.reply(&round_start(&ALICE, 2, 20)).await;
    let q1 = bot.posted(1).await;
    bot.press(q1.right(), &q1.message, &CAROL).await;
    bot.shutdown().await;
    clock.advance(Duration::seconds(40));

    let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
    let reveal = bot
        .double
        .wait_for("the reveal on start", |r| {
            r.method == "PATCH" && r.path.ends_with(&format!("/messages/{}", q1.message_id))
        })
        .await;
    reveal.says("1 answered · 1 right");
    assert!(reveal.embed_text().contains("<@503> · 12 points"));
    bot.posted(1).await;
    bot.reply(&round_stop(&ALICE))
        .await
        .says("Stopping the round");
    let last = bot
        .double
        .wait_for("the final standings of the resumed round", |r| {
            r.embed_text().contains("Final standings")
        })
        .await;
    last.says("<@503> · 12 points");
    bot.shutdown().await;
}

const ADMIN: Member = Member {
    user_id: 590,
    name: "admin",
    permissions: EVERYONE | (1 << 5),
};

/// A copy of the repository's data folder, for tests that change decks.
fn data_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/async-python.json");
    std::fs::copy(repo, dir.path().join("async-python.json")).unwrap();
    dir
}

/// The files directly in `dir` (the bundled decks), with their bytes.
fn folder_bytes(dir: &Path) -> Vec<(String, Vec<u8>)> {
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

fn small_deck(answer: &str) -> Vec<u8> {
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
    async fn upload(
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
    async fn answer(&self, interaction: &Value) -> Recorded {
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
    let dir = tempfile::tempdir().unwrap();
    let data = data_copy();
    let bot = Bot::start(Options::with_data(dir.path(), clock(), data.path())).await;
    let table = "question,answer,distractor,distractor,distractor\n\
                 \"Two\nlines?\",yes,no,maybe,never\n\
                 Empty answer?,,a,b,c\n";
    let report = bot
        .upload(&ADMIN, "cards.csv", table.as_bytes().to_vec(), None)
        .await;
    assert!(report.is_ephemeral());
    report.says("cards.csv: line 4, column 2: `answer` must not be empty");
    assert!(!data.path().join("servers/100").exists());

    let table = table.replace("Empty answer?,,", "Full answer?,yes,");
    let loaded = bot
        .upload(&ADMIN, "cards.csv", table.into_bytes(), None)
        .await;
    loaded.says("Deck `cards` (cards) is this server's now: 2 questions");
    let saved: Value =
        serde_json::from_slice(&std::fs::read(data.path().join("servers/100/cards.json")).unwrap())
            .unwrap();
    assert_eq!(saved["questions"][0]["question"], "Two\nlines?");
    assert_eq!(saved["questions"][1]["id"], "full-answer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deck_without_distractors_is_quizzed_with_other_answers_or_refused_if_too_small() {
    let dir = tempfile::tempdir().unwrap();
    let data = data_copy();
    let bot = Bot::start(Options::with_data(dir.path(), clock(), data.path())).await;
    let capitals = "Capital of France?,Paris\nCapital of Italy?,Rome\n\
                    Capital of Norway?,Oslo\nCapital of Peru?,Lima\n";
    bot.upload(&ADMIN, "capitals.csv", capitals.as_bytes().to_vec(), None)
        .await
        .says("is this server's now: 4 questions");
    bot.command("quiz", &BOB, &[("deck", "capitals")]).await;
    let post = bot
        .double
        .wait_for("the quiz from the table", |r| {
            r.is("POST", "/channels/42/messages") && r.embed_text().contains("Quiz · capitals")
        })
        .await;
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
    let dir = tempfile::tempdir().unwrap();
    let data = data_copy();
    let clock = clock();
    let bot = Bot::start(Options::with_data(dir.path(), clock.clone(), data.path())).await;
    let table = "#format:typed\nquestion,answer,accept\n\
                 Capital of France?,Paris,\n\
                 Capital of the USA?,Washington D.C.,Washington\n";
    bot.upload(&ADMIN, "typed.csv", table.as_bytes().to_vec(), None)
        .await
        .says("is this server's now: 2 questions");
    bot.command("quiz", &BOB, &[("deck", "typed")]).await;
    let post = bot
        .double
        .wait_for("the typed question", |r| {
            r.is("POST", "/channels/42/messages") && r.embed_text().contains("Quiz · typed")
        })
        .await;
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
    let score = bot.command("score", &BOB, &[]).await;
    assert_eq!(field(&score, "Points"), "12");
    assert_discord_would_accept(&bot.double);
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_uploaded_deck_is_checked_served_at_once_and_replaced_only_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let data = data_copy();
    let bot = Bot::start(Options::with_data(dir.path(), clock(), data.path())).await;
    let before = folder_bytes(data.path());

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
        folder_bytes(data.path()),
        before,
        "refused uploads changed the data folder"
    );

    let loaded = bot
        .upload(&ADMIN, "rust.json", small_deck("One"), None)
        .await;
    assert!(loaded.is_ephemeral());
    loaded.says("Deck `rust` (Rust basics) is this server's now: 1 questions");
    assert_eq!(
        std::fs::read(data.path().join("servers/100/rust.json")).unwrap(),
        small_deck("One")
    );
    assert_eq!(
        folder_bytes(data.path()),
        before,
        "the bundled decks are as they were"
    );

    let quiz = bot.command("quiz", &BOB, &[("deck", "rust")]).await;
    assert!(quiz.is_ephemeral());
    let post = bot
        .double
        .wait_for("the quiz from the new deck", |r| {
            r.is("POST", "/channels/42/messages") && r.embed_text().contains("Quiz · Rust basics")
        })
        .await;
    let q = Question {
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
    let score = bot.command("score", &BOB, &[]).await;
    assert_eq!(
        field(&score, "Points"),
        "12",
        "replacing a deck keeps scores"
    );
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scores_export_is_a_csv_of_every_member() {
    let dir = tempfile::tempdir().unwrap();
    let bot = Bot::start(Options::at(dir.path(), clock())).await;
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

const DAILY_CHANNEL: u64 = 43;

fn daily_set(by: &Member, channel: u64, time: &str, zone: &str) -> Value {
    fixtures::subcommand("daily", "set")
        .channel_opt("channel", channel)
        .str_opt("time", time)
        .str_opt("timezone", zone)
        .by(by)
        .build()
}

impl Bot {
    async fn daily_post(&self, nth: usize) -> Question {
        let post = self
            .double
            .wait_for_nth("a daily question", nth, |r| {
                r.is("POST", &format!("/channels/{DAILY_CHANNEL}/messages")) && r.status == 200
            })
            .await;
        Question::from_post(&self.double, &post)
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_daily_question_posts_on_time_scores_builds_a_streak_and_never_posts_twice() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("s.json");
    let clock = clock(); // 17:00 UTC, 19:00 in Berlin
    let bot = Bot::start(Options {
        state: state.clone(),
        clock: clock.clone(),
        dev_guild: None,
        data: None,
    })
    .await;
    let set = bot
        .reply(&daily_set(&ADMIN, DAILY_CHANNEL, "19:30", "europe/berlin"))
        .await;
    let text = set.embed_text();
    assert!(
        text.contains("Every day at **19:30** (Europe/Berlin) in <#43>"),
        "{text}"
    );
    assert!(text.contains("Mon  1 Jun 19:30 CEST"), "{text}");

    clock.advance(Duration::minutes(29));
    let show = bot
        .reply(&fixtures::subcommand("daily", "show").by(&ALICE).build())
        .await;
    show.says("19:30");
    assert!(
        !bot.double
            .requests()
            .iter()
            .any(|r| r.is("POST", "/channels/43/messages")),
        "nothing is posted before the time"
    );

    clock.advance(Duration::minutes(1));
    let day1 = bot.daily_post(1).await;
    bot.press_says(day1.right(), &day1.message, &ALICE, "+12")
        .await;
    bot.press_says(day1.wrong(), &day1.message, &BOB, "Not quite")
        .await;
    let score = bot.command("score", &ALICE, &[]).await;
    assert_eq!(field(&score, "Daily streak"), "1 (best 1)");

    clock.advance(Duration::days(1));
    let day2 = bot.daily_post(2).await;
    let reveal = bot
        .double
        .wait_for("yesterday's reveal", |r| {
            r.is(
                "PATCH",
                &format!("/channels/43/messages/{}", day1.message_id),
            )
        })
        .await;
    reveal.says("2 answered · 1 right");
    bot.press_says(day2.right(), &day2.message, &ALICE, "+12")
        .await;
    let score = bot.command("score", &ALICE, &[]).await;
    assert_eq!(field(&score, "Daily streak"), "2 (best 2)");
    bot.shutdown().await;

    // The same day, after a restart: nothing is posted again, and the open question still scores.
    clock.advance(Duration::hours(2));
    let bot = Bot::start(Options {
        state,
        clock: clock.clone(),
        dev_guild: None,
        data: None,
    })
    .await;
    let show = bot
        .reply(&fixtures::subcommand("daily", "show").by(&BOB).build())
        .await;
    show.says("2026-06-02");
    assert!(
        !bot.double
            .requests()
            .iter()
            .any(|r| r.is("POST", "/channels/43/messages")),
        "a restart on the same day posted the daily question again"
    );
    bot.press_says(day2.right(), &day2.message, &CAROL, "+10")
        .await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn daily_set_refuses_what_would_not_work_and_names_why() {
    let dir = tempfile::tempdir().unwrap();
    let bot = Bot::start(Options::at(dir.path(), clock())).await;
    bot.double
        .set_channel(44, fixtures::GUILD, fixtures::perms::EMBED_LINKS);
    let cases = [
        (
            daily_set(&ADMIN, 44, "09:00", "Europe/Berlin"),
            "I can't post in <#44>: I need Embed Links there",
        ),
        (
            daily_set(&ADMIN, DAILY_CHANNEL, "25:00", "Europe/Berlin"),
            "`25:00` is not a time",
        ),
        (
            daily_set(&ADMIN, DAILY_CHANNEL, "09:00", "Mars/Olympus"),
            "`Mars/Olympus` is not a time zone I know",
        ),
        (
            daily_set(&ALICE, DAILY_CHANNEL, "09:00", "Europe/Berlin"),
            "You need the Manage Server permission",
        ),
    ];
    for (command, needle) in cases {
        let reply = bot.reply(&command).await;
        assert!(reply.is_ephemeral(), "{needle}");
        assert!(
            reply.embed_text().contains(needle),
            "{needle}: {}",
            reply.embed_text()
        );
    }
    let show = bot
        .reply(&fixtures::subcommand("daily", "show").by(&ALICE).build())
        .await;
    assert!(
        show.embed_text().contains("no daily question"),
        "nothing was scheduled: {}",
        show.embed_text()
    );

    let zones = bot
        .reply(
            &fixtures::autocomplete("daily")
                .sub("set")
                .focused("timezone", "berl")
                .build(),
        )
        .await;
    assert_eq!(
        zones.choices().first().map(String::as_str),
        Some("Europe/Berlin")
    );

    let set = bot
        .reply(&daily_set(&ADMIN, DAILY_CHANNEL, "09:00", "Europe/Berlin"))
        .await;
    set.says("Every day at **09:00**");
    let refused = bot
        .reply(&fixtures::subcommand("daily", "off").by(&ALICE).build())
        .await;
    refused.says("Manage Server");
    let done = bot
        .reply(&fixtures::subcommand("daily", "off").by(&ADMIN).build())
        .await;
    done.says("The daily question is off");
    let show = bot
        .reply(&fixtures::subcommand("daily", "show").by(&ALICE).build())
        .await;
    show.says("no daily question");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_daily_post_shows_in_daily_show_and_is_retried_the_next_day() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
    bot.reply(&daily_set(&ADMIN, DAILY_CHANNEL, "20:00", "Europe/Berlin"))
        .await;
    bot.double
        .fail(Fail::missing_permissions("POST", "/channels/43/messages").times(1));
    clock.advance(Duration::hours(1));
    bot.double
        .wait_for("the refused post", |r| {
            r.is("POST", "/channels/43/messages") && r.status == 403
        })
        .await;
    // The failure is recorded right after Discord's answer; ask until /daily show has it.
    let mut shown = String::new();
    for _ in 0..50 {
        shown = bot
            .reply(&fixtures::subcommand("daily", "show").by(&ALICE).build())
            .await
            .embed_text();
        if shown.contains("Last delivery error") {
            break;
        }
    }
    assert!(
        shown.contains("Discord answered 403 Missing Permissions (code 50013)"),
        "{shown}"
    );
    assert!(
        !shown.contains("Last posted"),
        "the day whose post failed is not shown as posted: {shown}"
    );
    assert_eq!(
        bot.double
            .requests()
            .iter()
            .filter(|r| r.is("POST", "/channels/43/messages"))
            .count(),
        1,
        "no retry in a loop"
    );
    clock.advance(Duration::days(1));
    bot.daily_post(1).await;
    bot.shutdown().await;
}

/// The real `quizbot` binary, pointed at a double.
struct Process {
    child: std::process::Child,
    double: Double,
}

impl Process {
    async fn start(state: &Path, snapshot_secs: &str) -> Process {
        Process::start_with_env(state, snapshot_secs, &[]).await
    }

    async fn start_with_env(state: &Path, snapshot_secs: &str, env: &[(&str, &str)]) -> Process {
        let double = Double::start().await;
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_quizbot"))
            .current_dir(std::env::temp_dir())
            .env_clear()
            .env("DISCORD_TOKEN", "process-token")
            .env("QUIZBOT_DISCORD_API_BASE", double.base_url())
            .env(
                "QUIZBOT_DATA",
                Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
            )
            .env("QUIZBOT_STATE", state)
            .env("QUIZBOT_SNAPSHOT_SECS", snapshot_secs)
            // Crash tests ask for questions as fast as they can: no fair-use limits.
            .env("QUIZBOT_QUIZ_COOLDOWN_SECS", "0")
            .env("QUIZBOT_OPEN_PER_CHANNEL", "1000")
            .env("RUST_LOG", "warn")
            .envs(env.iter().copied())
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        double.wait_ready().await;
        Process { child, double }
    }

    async fn reply(&self, interaction: &Value) -> Recorded {
        self.double.interact(interaction).await;
        self.double.callback(interaction).await
    }

    fn signal(&self, signal: &str) {
        let status = std::process::Command::new("kill")
            .args([signal, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }
}

/// Total points in a snapshot file, which must load.
fn points_in(state: &Path) -> u64 {
    let saved = quizbot::state::snapshot::load(state)
        .unwrap_or_else(|e| panic!("{e}"))
        .unwrap_or_default();
    saved
        .guilds
        .values()
        .flat_map(|g| g.scores.members())
        .map(|m| m.score.points)
        .sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_survives_sigkill_of_the_binary_with_its_open_question() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state/quizbot.json");
    let mut bot = Process::start(&state, "1").await;
    bot.reply(&round_start(&ALICE, 2, 10)).await;
    let is_question = |r: &Recorded| {
        r.is("POST", "/channels/42/messages")
            && r.message()["components"]
                .as_array()
                .is_some_and(|c| !c.is_empty())
    };
    let post = bot.double.wait_for("the first question", is_question).await;
    let q1 = Question::from_post(&bot.double, &post);
    bot.reply(&fixtures::button(q1.right(), &q1.message).by(&CAROL).build())
        .await
        .says("+12");
    // The snapshot is written every second: wait until it holds the answer, then kill.
    for _ in 0..100 {
        if state.exists() && points_in(&state) == 12 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(points_in(&state), 12, "the answer reached a snapshot");
    bot.signal("-KILL");
    tokio::task::spawn_blocking(move || bot.child.wait())
        .await
        .unwrap()
        .unwrap();

    let mut bot = Process::start(&state, "1").await;
    bot.reply(&fixtures::button(q1.right(), &q1.message).by(&CAROL).build())
        .await
        .says("You already answered");
    bot.reply(&fixtures::button(q1.right(), &q1.message).by(&BOB).build())
        .await
        .says("+10");
    let post = bot
        .double
        .wait_for("the second question", is_question)
        .await;
    let q2 = Question::from_post(&bot.double, &post);
    bot.reply(&fixtures::button(q2.right(), &q2.message).by(&CAROL).build())
        .await
        .says("+12");
    bot.double
        .wait_for("the second reveal", |r| {
            r.method == "PATCH" && r.path.ends_with(&format!("/messages/{}", q2.message_id))
        })
        .await;
    let last = bot
        .double
        .wait_for("the final standings", |r| {
            r.embed_text().contains("Final standings")
        })
        .await
        .embed_text();
    assert!(last.contains("<@503> · 24 points"), "{last}");
    assert!(last.contains("<@502> · 10 points"), "{last}");
    bot.signal("-TERM");
    tokio::task::spawn_blocking(move || bot.child.wait())
        .await
        .unwrap()
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_shuts_down_cleanly_on_sigterm_with_a_final_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state/quizbot.json");
    let mut bot = Process::start(&state, "3600").await;
    bot.reply(&fixtures::command("quiz").by(&ALICE).build())
        .await;
    let post = bot
        .double
        .wait_for("the question", |r| r.is("POST", "/channels/42/messages"))
        .await;
    let q = Question::from_post(&bot.double, &post);
    let answer = bot
        .reply(&fixtures::button(q.right(), &q.message).by(&BOB).build())
        .await;
    assert!(answer.embed_text().contains("+12"));
    assert!(!state.exists(), "no snapshot yet: the interval is an hour");
    bot.signal("-TERM");
    let status = tokio::task::spawn_blocking(move || bot.child.wait())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(status.code(), Some(0), "SIGTERM is a clean shutdown");
    assert_eq!(points_in(&state), 12, "the final snapshot has the answer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_at_random_moments_never_loses_a_snapshotted_score() {
    use rand::{Rng, SeedableRng};
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state/quizbot.json");
    let mut rng = rand::rngs::StdRng::seed_from_u64(11);
    let mut user = 1000;
    let mut snapshotted = 0;
    let kills = 6;
    for _ in 0..kills {
        let mut bot = Process::start(&state, "1").await;
        assert!(
            points_in(&state) >= snapshotted,
            "a restart lost a snapshotted score"
        );
        bot.reply(&fixtures::command("quiz").by(&ALICE).build())
            .await;
        let post = bot
            .double
            .wait_for("the question", |r| r.is("POST", "/channels/42/messages"))
            .await;
        let q = Question::from_post(&bot.double, &post);
        let mut acknowledged = 0;
        for _ in 0..rng.random_range(3..8) {
            user += 1;
            let member = Member {
                user_id: user,
                name: "member",
                permissions: EVERYONE,
            };
            let reply = bot
                .reply(&fixtures::button(q.right(), &q.message).by(&member).build())
                .await;
            acknowledged += if reply.embed_text().contains("+12") {
                12
            } else {
                10
            };
        }
        // Wait (bounded) until a periodic snapshot holds every acknowledged answer.
        let target = snapshotted + acknowledged;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while points_in(&state) < target {
            assert!(
                std::time::Instant::now() < deadline,
                "no snapshot within 20 s"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        snapshotted = target;
        // More answers in flight, then SIGKILL at a random moment among them.
        let in_flight = rng.random_range(0..4);
        for i in 0..in_flight {
            user += 1;
            let member = Member {
                user_id: user,
                name: "member",
                permissions: EVERYONE,
            };
            let press = fixtures::button(q.right(), &q.message).by(&member).build();
            bot.double.interact(&press).await;
            if i + 1 < in_flight {
                bot.double.callback(&press).await;
            }
        }
        bot.signal("-KILL");
        let _ = tokio::task::spawn_blocking(move || bot.child.wait())
            .await
            .unwrap();
    }
    let bot = Process::start(&state, "1").await;
    assert!(
        points_in(&state) >= snapshotted,
        "the last restart lost a snapshotted score"
    );
    let score = bot
        .reply(&fixtures::command("leaderboard").by(&ALICE).build())
        .await;
    score.says("Page 1 of");
    let mut bot = bot;
    bot.signal("-TERM");
    let _ = tokio::task::spawn_blocking(move || bot.child.wait())
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_gateway_reconnects_and_open_questions_stay_open() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
    let q = bot.quiz(&ALICE, 1).await;
    bot.press(q.right(), &q.message, &ALICE).await;
    bot.double.drop_gateway().await;
    let after = bot.press(q.right(), &q.message, &BOB).await;
    after.says("+10");
    assert!(
        bot.double.resume_count() + bot.double.identify_count() >= 2,
        "the bot reconnected"
    );
    clock.advance(Duration::seconds(60));
    let reveal = bot.reveal_of(&q).await;
    reveal.says("2 answered · 2 right");
    bot.shutdown().await;
}

/// Three servers, one on each of three shards, as (server, channel): `(id >> 22) % 3` is 0, 1, 2.
const SHARDED: [(u64, u64); 3] = [(3 << 22, 301), (4 << 22, 302), (5 << 22, 303)];

/// Discord recommends 3 shards: the bot connects all three, registers its commands once, and
/// each server is served on its own shard: `/quiz` and its buttons, `/round`, `/score`, and the
/// daily question. A DM (shard 0) gets `/review`. When shard 1's connection drops and stays
/// away, the servers of shards 0 and 2 are still answered; once it resumes, the question its
/// server had open still scores.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_shards_each_serve_their_servers_and_a_dropped_one_resumes_while_others_answer() {
    let double = Double::start_with(discord_double::Options {
        guilds: SHARDED.iter().map(|&(guild, _)| guild).collect(),
        shards: 3,
        ..discord_double::Options::default()
    })
    .await;
    for (guild, channel) in SHARDED {
        double.set_channel(channel, guild, 0);
    }
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let bot = Bot::start_tuned(double, Options::at(dir.path(), clock.clone()), |config| {
        config.fair_use.quiz_cooldown = Duration::zero();
    })
    .await;
    assert_eq!(bot.double.wait_shards(3).await, 3, "one Identify per shard");
    let registered = bot
        .double
        .requests()
        .iter()
        .filter(|r| r.is("PUT", "/applications/2000/commands"))
        .count();
    assert_eq!(registered, 1, "commands are registered once, not per shard");

    let in_server = |builder: fixtures::InteractionBuilder, (guild, channel): (u64, u64)| {
        builder.by(&ALICE).in_guild(guild).channel(channel).build()
    };
    let mut questions = Vec::new();
    for place in SHARDED {
        let asked = bot
            .reply(&in_server(fixtures::command("quiz"), place))
            .await;
        assert_eq!(asked.kind(), Some(4), "{}", asked.embed_text());
        questions.push(bot.posted_in(place.1, 1).await);
    }

    bot.double.hold_new_sessions();
    bot.double.drop_shard(1).await;
    let press = |i: usize| {
        let q = &questions[i];
        fixtures::button(q.right(), &q.message)
            .by(&ALICE)
            .in_guild(SHARDED[i].0)
            .build()
    };
    for i in [0, 2] {
        bot.reply(&press(i)).await.says("+12");
    }
    let away = bot.double.connections();
    assert!(
        away.iter().all(|c| c.shard != Some([1, 3]) || c.closed),
        "shard 1 was away while the others answered: {away:?}"
    );
    bot.double.release_new_sessions();
    bot.reply(&press(1)).await.says("+12");
    let connections = bot.double.connections();
    assert!(
        connections
            .iter()
            .any(|c| c.shard == Some([1, 3]) && c.resumed && !c.closed),
        "shard 1 resumed its session: {connections:?}"
    );
    let kept_open = |c: &&discord_double::Connection| c.shard != Some([1, 3]) && !c.closed;
    assert_eq!(connections.iter().filter(kept_open).count(), 2);

    for place in SHARDED {
        let score = bot
            .reply(&in_server(fixtures::command("score"), place))
            .await;
        assert_eq!(
            field(&score, "Points"),
            "12",
            "each server keeps its own score"
        );
        let started = bot
            .reply(&in_server(
                fixtures::subcommand("round", "start")
                    .int_opt("questions", 1)
                    .int_opt("seconds", 20),
                place,
            ))
            .await;
        started.says("round of 1 question");
        let daily = fixtures::subcommand("daily", "set")
            .channel_opt("channel", place.1)
            .str_opt("time", "17:30")
            .str_opt("timezone", "UTC")
            .by(&ADMIN)
            .in_guild(place.0)
            .channel(place.1)
            .build();
        bot.reply(&daily).await.says("Every day at **17:30**");
    }
    for (i, place) in SHARDED.into_iter().enumerate() {
        let q = bot.posted_in(place.1, 2).await;
        let press = fixtures::button(q.right(), &q.message)
            .by(&BOB)
            .in_guild(place.0);
        bot.reply(&press.build()).await.says("+12");
        assert_ne!(q.message_id, questions[i].message_id);
    }
    clock.advance(Duration::minutes(30));
    for place in SHARDED {
        bot.double
            .wait_for("the round's final standings", |r| {
                r.is("POST", &format!("/channels/{}/messages", place.1))
                    && r.embed_text().contains("Final standings")
            })
            .await;
        let daily = bot.posted_in(place.1, 3).await;
        let press = fixtures::button(daily.right(), &daily.message)
            .by(&BOB)
            .in_guild(place.0);
        bot.reply(&press.build()).await.says("+");
    }

    let review = bot
        .reply(
            &fixtures::command("review")
                .in_dm(ALICE.user_id, ALICE.name)
                .build(),
        )
        .await;
    assert_eq!(review.kind(), Some(4), "{}", review.embed_text());
    bot.shutdown().await;
}

/// Discord stops acknowledging heartbeats (a connection that went dead one way). serenity notices
/// at the next heartbeat that the last one got no ACK, gives the connection up and opens a new
/// one (a fresh Identify); a question opened before keeps scoring and commands keep working.
/// About 7 s: serenity 0.12's shard restart waits out its own 5 s shutdown timeout
/// (`ShardManager::shutdown`, called from the runner it is waiting for) before reconnecting.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unacknowledged_heartbeats_make_the_bot_reconnect_and_open_questions_stay_open() {
    use std::time::Duration as Wait;
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let double = Double::start().await;
    double.set_heartbeat_interval(Wait::from_millis(200));
    let bot = Bot::start_with(double, Options::at(dir.path(), clock.clone())).await;
    let q = bot.quiz(&ALICE, 1).await;
    bot.press_says(q.right(), &q.message, &ALICE, "+12").await;
    let double = &bot.double;

    // The short interval is in effect: heartbeats come and are ACKed.
    let first = double
        .wait_gateway("two ACKed heartbeats", Wait::from_secs(5), |conns| {
            let live = conns.iter().find(|c| c.session.is_some() && !c.closed)?;
            (live.heartbeats >= 2 && live.unacked == 0).then_some(live.id)
        })
        .await;

    double.stop_heartbeat_acks();
    double
        .wait_gateway("a heartbeat left unanswered", Wait::from_secs(5), |conns| {
            conns.iter().any(|c| c.unacked > 0).then_some(())
        })
        .await;
    // That connection is done for: serenity sends no heartbeat while the last one is unACKed,
    // and the double never ACKs late. ACKing again now keeps the new connection's heartbeats
    // (200 ms after it identifies) from racing this test.
    double.resume_heartbeat_acks();
    let (old, new) = double
        .wait_gateway(
            "the old connection closed and a new session on another one",
            Wait::from_secs(20),
            |conns| {
                let old = conns.iter().find(|c| c.id == first)?;
                let new = conns
                    .iter()
                    .find(|c| c.id > first && c.session.is_some() && !c.closed)?;
                old.closed.then(|| (old.clone(), new.clone()))
            },
        )
        .await;
    assert!(!old.dropped_by_double, "the bot closed it: {old:?}");
    assert_eq!(
        old.unacked, 1,
        "one missing ACK is enough, and no heartbeat follows it: {old:?}"
    );
    assert!(
        !new.resumed && double.identify_count() == 2,
        "serenity restarts the shard, which identifies anew: {new:?}"
    );
    assert!(!bot.task.is_finished(), "the bot is still running");

    // What a user notices: the open question still scores, and commands still answer.
    bot.press_says(q.right(), &q.message, &BOB, "+10").await;
    bot.press_says(q.right(), &q.message, &ALICE, "already answered")
        .await;
    let score = bot.command("score", &ALICE, &[]).await;
    assert_eq!(field(&score, "Points"), "12", "nothing was lost");
    let q2 = bot.quiz(&BOB, 2).await;
    assert_eq!(q2.buttons.len(), 4, "a new question is posted");
    clock.advance(Duration::seconds(60));
    bot.reveal_of(&q).await.says("2 answered · 2 right");
    let registrations = double
        .requests()
        .iter()
        .filter(|r| r.is("PUT", "/commands"))
        .count();
    assert_eq!(registrations, 1, "the second READY set nothing up twice");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limits_and_server_errors_on_a_post_are_told_and_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
    let q = bot.quiz(&ALICE, 1).await;
    bot.press(q.right(), &q.message, &BOB).await;
    // Past Alice's `/quiz` cooldown; a post Discord refuses starts none.
    clock.advance(Duration::seconds(11));
    for (fail, needle) in [
        (Fail::rate_limited("POST", "/channels/42/messages"), "(429 "),
        (
            Fail::new(
                "POST",
                "/channels/42/messages",
                503,
                0,
                "Service Unavailable",
            ),
            "(503 Service Unavailable)",
        ),
    ] {
        bot.double.fail(fail.times(1));
        let reply = bot.command("quiz", &ALICE, &[]).await;
        assert!(reply.is_ephemeral());
        reply.says("Discord did not take the post just now");
        reply.says(needle);
    }
    let score = bot.command("score", &BOB, &[]).await;
    assert_eq!(field(&score, "Points"), "12", "nothing was lost");
    let q2 = bot.quiz(&ALICE, 2).await;
    assert_eq!(q2.buttons.len(), 4, "the next post goes through");
    bot.shutdown().await;
}

/// Everything logged, at every level, from every crate.
#[derive(Clone, Default)]
struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// On one thread, so that the capturing subscriber sees every task of the bot.
#[tokio::test(flavor = "current_thread")]
async fn the_token_appears_in_no_log_line_at_any_level() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    // The double runs on a runtime of its own, so only the bot's side is captured.
    let (double_tx, double_rx) = std::sync::mpsc::channel();
    let (done_tx, done_rx) = tokio::sync::oneshot::channel::<()>();
    let double_thread = std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        double_tx.send(runtime.block_on(Double::start())).unwrap();
        runtime.block_on(async {
            let _ = done_rx.await;
        });
    });
    let double = double_rx.recv().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let bot = Bot::start_with(double, Options::at(dir.path(), clock.clone())).await;
    let q = bot.quiz(&ALICE, 1).await;
    bot.press(q.right(), &q.message, &BOB).await;
    bot.press(q.right(), &q.message, &BOB).await;
    bot.press("q1:77:0", &q.message, &BOB).await;
    bot.command("teleport", &ALICE, &[]).await;
    bot.double
        .fail(Fail::missing_permissions("POST", "/channels/42/messages").times(1));
    bot.command("quiz", &ALICE, &[]).await;
    let card = fixtures::command("flashcard").by(&ALICE).build();
    let front = bot.reply(&card).await;
    bot.press(&front.custom_ids()[0], &bot.double.original(&card), &ALICE)
        .await;
    clock.advance(Duration::seconds(60));
    bot.reveal_of(&q).await;
    bot.shutdown().await;
    let _ = done_tx.send(());
    double_thread.join().unwrap();

    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        log.contains("command used"),
        "the capture saw the bot's logs"
    );
    assert!(
        log.contains("serenity"),
        "the capture saw serenity's logs too"
    );
    assert!(log.lines().count() > 50, "{log}");
    let leaks: Vec<&str> = log.lines().filter(|l| l.contains("test-token")).collect();
    assert!(
        leaks.is_empty(),
        "the token leaked into the log:\n{}",
        leaks.join("\n")
    );
}

/// `GET http://{addr}{path}`: status and body.
async fn http_get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    let response = reqwest::get(format!("http://{addr}{path}")).await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// The value of the sample `series` (name and labels, as written) in a scrape, if present.
fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .map(|value| value.parse().unwrap())
}

/// Scrapes `/metrics` until every `series` has at least its value: the bot records an
/// interaction when its handling ends, just after the callback the double saw.
async fn scrape_until(addr: std::net::SocketAddr, wanted: &[(&str, f64)]) -> String {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    let mut every = tokio::time::interval(std::time::Duration::from_millis(20));
    loop {
        every.tick().await;
        let (status, text) = http_get(addr, "/metrics").await;
        assert_eq!(status, 200);
        let missing: Vec<_> = wanted
            .iter()
            .filter(|(series, at_least)| sample(&text, series).is_none_or(|v| v < *at_least))
            .collect();
        if missing.is_empty() {
            return text;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "after 10 s still short of {missing:?} in:\n{text}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_are_served_when_asked_and_count_presses_failures_and_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    let endpoint = quizbot::config::MetricsEndpoint::new("127.0.0.1:0".parse().unwrap());
    let asked = endpoint.clone();
    let bot = Bot::start_tuned(
        Double::start().await,
        Options::at(dir.path(), clock()),
        |config| {
            config.metrics = Some(asked);
            config.snapshot_every = std::time::Duration::from_millis(100);
        },
    )
    .await;
    let addr = endpoint.bound().expect("bound before the bot connected");
    assert_ne!(addr.port(), 0);
    assert_eq!(http_get(addr, "/health").await, (200, "ok".to_string()));
    let (status, before) = http_get(addr, "/metrics").await;
    assert_eq!(status, 200);
    assert_eq!(
        sample(&before, "quizbot_interactions_total{kind=\"answer\"}"),
        None
    );
    assert_eq!(sample(&before, "quizbot_open_questions"), Some(0.0));
    assert_eq!(
        sample(&before, "quizbot_snapshot_failures_total"),
        Some(0.0)
    );

    let q = bot.quiz(&ALICE, 1).await;
    bot.press(q.right(), &q.message, &BOB).await.says("Right!");
    bot.double
        .fail(Fail::new("POST", "/callback", 500, 0, "Internal Server Error").times(1));
    let refused = fixtures::button(q.wrong(), &q.message).by(&CAROL).build();
    bot.double.interact(&refused).await;
    bot.double
        .wait_for("the error reply after the refused answer", |r| {
            r.is_callback() && r.for_interaction(&refused) && r.status == 204
        })
        .await
        .says("Something went wrong");

    let text = scrape_until(
        addr,
        &[
            ("quizbot_interactions_total{kind=\"quiz\"}", 1.0),
            ("quizbot_interactions_total{kind=\"answer\"}", 2.0),
            ("quizbot_callback_errors_total{status=\"500\"}", 1.0),
            ("quizbot_snapshot_duration_seconds_count", 1.0),
            ("quizbot_snapshot_size_bytes", 100.0),
        ],
    )
    .await;
    assert_eq!(
        sample(
            &text,
            "quizbot_interaction_handling_seconds_count{kind=\"answer\"}"
        ),
        Some(2.0)
    );
    assert_eq!(sample(&text, "quizbot_open_questions"), Some(1.0));
    assert!(
        text.contains("# TYPE quizbot_interaction_handling_seconds histogram"),
        "{text}"
    );
    assert!(
        text.contains("# TYPE quizbot_snapshot_age_seconds gauge"),
        "{text}"
    );
    bot.shutdown().await;
    assert!(
        reqwest::get(format!("http://{addr}/health")).await.is_err(),
        "the metrics server stops with the bot"
    );
}

/// The TCP ports process `pid` listens on: its socket inodes matched against the kernel's
/// tables of listening sockets.
fn listening_ports(pid: u32) -> Vec<u16> {
    let inodes: std::collections::HashSet<String> = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .unwrap()
        .filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok())
        .filter_map(|target| {
            let target = target.to_str()?;
            Some(
                target
                    .strip_prefix("socket:[")?
                    .strip_suffix(']')?
                    .to_string(),
            )
        })
        .collect();
    let mut ports = Vec::new();
    for table in ["tcp", "tcp6"] {
        let text = std::fs::read_to_string(format!("/proc/{pid}/net/{table}")).unwrap();
        for line in text.lines().skip(1) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let listening = fields[3] == "0A";
            if listening && inodes.contains(fields[9]) {
                let port = fields[1].rsplit(':').next().unwrap();
                ports.push(u16::from_str_radix(port, 16).unwrap());
            }
        }
    }
    ports
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_binary_listens_for_metrics_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("s.json");
    let mut quiet = Process::start(&state, "3600").await;
    assert_eq!(listening_ports(quiet.child.id()), Vec::<u16>::new());
    quiet.child.kill().unwrap();
    quiet.child.wait().unwrap();

    let env = [("QUIZBOT_METRICS_ADDR", "127.0.0.1:0")];
    let mut metered = Process::start_with_env(&state, "3600", &env).await;
    let ports = listening_ports(metered.child.id());
    assert_eq!(ports.len(), 1, "{ports:?}");
    let addr = std::net::SocketAddr::from(([127, 0, 0, 1], ports[0]));
    assert_eq!(http_get(addr, "/health").await, (200, "ok".to_string()));
    let (status, text) = http_get(addr, "/metrics").await;
    assert_eq!(status, 200);
    assert!(
        text.contains("# TYPE quizbot_open_questions gauge"),
        "{text}"
    );
    metered.child.kill().unwrap();
    metered.child.wait().unwrap();
}

// ---------------------------------------------------------------------------------------------
// A server's own decks, and fair use: a bot that strangers' servers share.
// ---------------------------------------------------------------------------------------------

/// A server other than the fixtures' default one, with a channel of its own.
const OTHER_GUILD: u64 = 200;
const OTHER_CHANNEL: u64 = 77;

fn in_other_server(builder: fixtures::InteractionBuilder, by: &Member) -> Value {
    builder
        .by(by)
        .in_guild(OTHER_GUILD)
        .channel(OTHER_CHANNEL)
        .build()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_servers_own_deck_is_served_there_and_nowhere_else() {
    let dir = tempfile::tempdir().unwrap();
    let data = data_copy();
    let bot = Bot::start(Options::with_data(dir.path(), clock(), data.path())).await;
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
    bot.double
        .wait_for("the quiz from the server's deck", |r| {
            r.is("POST", "/channels/42/messages") && r.embed_text().contains("Quiz · Rust basics")
        })
        .await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deck_remove_download_and_default_work_and_bundled_decks_stay() {
    let dir = tempfile::tempdir().unwrap();
    let data = data_copy();
    let clock = clock();
    let bot = Bot::start(Options::with_data(dir.path(), clock.clone(), data.path())).await;
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
    let post = bot
        .double
        .wait_for("a quiz from the default deck", |r| {
            r.is("POST", "/channels/42/messages") && r.embed_text().contains("Quiz · Rust basics")
        })
        .await;

    bot.reply(&deck_cmd("remove", &ADMIN, "async-python"))
        .await
        .says("`async-python` is a bundled deck");
    assert!(data.path().join("async-python.json").exists());
    bot.reply(&deck_cmd("remove", &BOB, "rust"))
        .await
        .says("Manage Server");
    let removed = bot.reply(&deck_cmd("remove", &ADMIN, "rust")).await;
    assert!(removed.is_ephemeral());
    removed.says("Deck `rust` is removed from this server");
    assert!(!data.path().join("servers/100/rust.json").exists());
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
    bot.double
        .wait_for("the default falls back to the bundled deck", |r| {
            r.is("POST", "/channels/42/messages")
                && r.embed_text()
                    .contains("Asynchronous programming in Python")
        })
        .await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_may_hold_25_decks_and_two_uploads_of_one_id_leave_one_deck() {
    let dir = tempfile::tempdir().unwrap();
    let data = data_copy();
    let bot = Bot::start(Options::with_data(dir.path(), clock(), data.path())).await;
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
    assert!(!data.path().join("servers/100/deck-25.json").exists());
    bot.upload(&ADMIN, "twin.json", small_deck("One"), Some(true))
        .await
        .says("is this server's now");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quiz_has_a_cooldown_per_member_and_a_channel_holds_three_open_questions() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
    let posts = |bot: &Bot| {
        bot.double
            .requests()
            .iter()
            .filter(|r| r.is("POST", "/channels/42/messages"))
            .count()
    };
    bot.quiz(&ALICE, 1).await;
    let again = bot.command("quiz", &ALICE, &[]).await;
    assert!(again.is_ephemeral());
    again.says("Slow down: you can use `/quiz` again in 10 s");
    assert_eq!(posts(&bot), 1, "a refusal posts nothing");
    bot.quiz(&BOB, 2).await;
    bot.quiz(&CAROL, 3).await;
    let busy = bot.command("quiz", &DAVE, &[]).await;
    assert!(busy.is_ephemeral());
    busy.says("This channel already has 3 questions open");
    let round = bot.reply(&round_start(&DAVE, 3, 30)).await;
    round.says("This channel already has 3 questions open");
    assert_eq!(posts(&bot), 3);
    clock.advance(Duration::seconds(61));
    bot.double
        .wait_for_nth("the three reveals", 3, |r| r.method == "PATCH")
        .await;
    bot.quiz(&ALICE, 4).await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_round_whose_start_could_not_be_announced_frees_its_channel() {
    let dir = tempfile::tempdir().unwrap();
    let bot = Bot::start(Options::at(dir.path(), clock())).await;
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
    let dir = tempfile::tempdir().unwrap();
    let data = data_copy();
    let bot = Bot::start(Options::with_data(dir.path(), clock(), data.path())).await;
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
    assert!(!data.path().join("servers/100/costly.json").exists());
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_weekly_leaderboard_starts_afresh_on_monday_and_shows_last_weeks_winners() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
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

/// The one picture `reply` attaches, checked as Discord takes it: a multipart file `name`
/// sent as `image/png`, PNG bytes, referenced by the first embed as `attachment://name`, and
/// within Discord's limits (10 attachments, 25 MiB a message). Returns its width and height.
fn picture_of(reply: &Recorded, name: &str) -> (u32, u32) {
    assert!(reply.files.len() <= 10, "at most 10 attachments");
    let total: usize = reply.files.iter().map(|(_, bytes)| bytes.len()).sum();
    assert!(total <= 25 * 1024 * 1024, "at most 25 MiB: {total}");
    assert_eq!(reply.files.len(), 1, "one picture");
    let (file, png) = &reply.files[0];
    assert_eq!(file, name);
    assert_eq!(reply.file_types[0], "image/png");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "PNG bytes");
    let embed = &reply.message()["embeds"][0];
    assert_eq!(embed["image"]["url"], format!("attachment://{name}"));
    let listed = reply.message()["attachments"].as_array().unwrap();
    assert!(listed.iter().any(|a| a["filename"] == name), "{listed:?}");
    let dimension = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (dimension(16), dimension(20))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn score_is_an_embed_with_its_card_as_a_png() {
    let dir = tempfile::tempdir().unwrap();
    let bot = Bot::start(Options::at(dir.path(), clock())).await;
    let q = bot.quiz(&ALICE, 1).await;
    bot.press(q.right(), &q.message, &ALICE).await;
    let score = bot.command("score", &ALICE, &[]).await;
    assert_eq!(score.kind(), Some(4));
    assert_eq!(field(&score, "Points"), "12", "the text is all there too");
    assert_eq!(
        picture_of(&score, "score.png"),
        (quizbot::picture::WIDTH, quizbot::picture::SCORE_CARD_HEIGHT)
    );
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stats_show_the_hardest_questions_and_their_buttons_quiz_and_teach_them() {
    let dir = tempfile::tempdir().unwrap();
    let bot = Bot::start(Options::at(dir.path(), clock())).await;
    let q = bot.quiz(&ALICE, 1).await;
    bot.press(q.right(), &q.message, &ALICE).await;
    bot.press(q.wrong(), &q.message, &BOB).await;

    let early = bot.command("stats", &ALICE, &[]).await;
    assert!(early.is_ephemeral());
    early.says("has 3 answers in this server yet");
    assert!(early.files.is_empty());

    bot.press(q.wrong(), &q.message, &CAROL).await;
    let command = fixtures::command("stats").by(&ALICE).build();
    let stats = bot.reply(&command).await;
    assert_eq!(stats.kind(), Some(4));
    assert!(!stats.is_ephemeral(), "the group sees it");
    stats.says("Hardest questions · Asynchronous programming in Python");
    stats.says("1 of 3 right · most chose");
    assert_eq!(
        picture_of(&stats, "stats.png"),
        (quizbot::picture::WIDTH, quizbot::picture::STATS_HEIGHT)
    );
    let asked = q.message["embeds"][0]["description"]
        .as_str()
        .unwrap()
        .lines()
        .next()
        .unwrap()
        .trim_matches('*')
        .to_owned();
    stats.says(&asked);
    let buttons = stats.custom_ids();
    assert_eq!(buttons, ["s1:q:async-python", "s1:f:async-python"]);
    let message = bot.double.original(&command);

    // "Quiz me on these": the one hard question, posted again in the channel.
    let quiz = bot.press(&buttons[0], &message, &DAVE).await;
    assert!(quiz.is_ephemeral());
    quiz.says("Question posted below");
    let again = bot
        .double
        .wait_for_nth("the hard question posted again", 2, |r| {
            r.is("POST", &format!("/channels/{CHANNEL}/messages")) && r.status == 200
        })
        .await;
    let posted = again.message()["embeds"][0]["description"]
        .as_str()
        .unwrap();
    assert!(posted.starts_with(&format!("**{asked}**")), "{posted}");
    bot.press_says(&buttons[0], &message, &DAVE, "Slow down")
        .await;

    // "Flashcards": privately, the hard questions with hidden answers and one as a card.
    let cards = bot.press(&buttons[1], &message, &BOB).await;
    assert_eq!(cards.kind(), Some(4));
    assert!(cards.is_ephemeral());
    cards.says(&asked);
    cards.says("||");
    let reveal = cards.custom_ids();
    assert_eq!(reveal.len(), 1);
    assert!(reveal[0].starts_with("f2:r:async-python:"), "{reveal:?}");

    // A forged topic number is refused and changes nothing.
    let forged = bot.press("s1:q:async-python:9999", &message, &BOB).await;
    assert!(forged.is_ephemeral());
    forged.says("not one I recognise");
    bot.shutdown().await;
}

/// The dashboard: `/dashboard`'s link opened in a real browser (Debian's Chromium, headless).
mod dashboard {
    use super::*;
    use headless_chrome::protocol::cdp::types::Event;
    use headless_chrome::protocol::cdp::Emulation::{MediaFeature, SetEmulatedMedia};
    use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
    use headless_chrome::{Browser, LaunchOptions};
    use std::ffi::OsStr;
    use std::sync::atomic::{AtomicBool, Ordering};

    const CHROMIUM: &str = "/usr/bin/chromium";
    const PUBLIC: &str = "https://quiz.example.test";

    const MALLORY: Member = Member {
        user_id: 505,
        name: "<script>alert(1)</script>",
        permissions: EVERYONE,
    };

    fn browser(profile: &Path) -> Browser {
        assert!(
            Path::new(CHROMIUM).exists(),
            "the dashboard is tested in Chromium: install it with `apt-get install -y chromium` (.ci/run does)"
        );
        let flags = [
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ];
        Browser::new(
            LaunchOptions::default_builder()
                .path(Some(CHROMIUM.into()))
                .headless(true)
                .sandbox(false)
                .user_data_dir(Some(profile.to_owned()))
                .window_size(Some((1100, 900)))
                .args(flags.iter().map(OsStr::new).collect())
                .build()
                .unwrap(),
        )
        .expect("Chromium starts")
    }

    fn shot(tab: &headless_chrome::Tab, name: &str) {
        let png = tab
            .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
            .unwrap();
        let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
        std::fs::write(&path, png).unwrap();
    }

    /// What the browser saw: the leaderboard's text, the hardest questions' text, whether a
    /// dialog opened, and the address it ended on.
    struct Seen {
        leaderboard: String,
        hardest: String,
        /// The bundled deck's page: its questions.
        deck: String,
        dialog: bool,
        landed: String,
    }

    fn browse(link: String, base: String, profile: PathBuf) -> Seen {
        let browser = browser(&profile);
        let tab = browser.new_tab().unwrap();
        let dialog = Arc::new(AtomicBool::new(false));
        let opened = dialog.clone();
        tab.add_event_listener(Arc::new(move |event: &Event| {
            if let Event::PageJavascriptDialogOpening(_) = event {
                opened.store(true, Ordering::SeqCst);
            }
        }))
        .unwrap();
        tab.navigate_to(&link).unwrap();
        let table = tab.wait_for_element("#leaderboard").unwrap();
        let leaderboard = table.get_inner_text().unwrap();
        let landed = tab.get_url();
        shot(&tab, "dashboard-light.png");
        tab.call_method(SetEmulatedMedia {
            media: None,
            features: Some(vec![MediaFeature {
                name: "prefers-color-scheme".into(),
                value: "dark".into(),
            }]),
        })
        .unwrap();
        shot(&tab, "dashboard-dark.png");
        tab.navigate_to(&format!("{base}/hardest")).unwrap();
        let hardest = tab
            .wait_for_element("#hardest")
            .unwrap()
            .get_inner_text()
            .unwrap();
        shot(&tab, "dashboard-hardest-dark.png");
        tab.set_bounds(headless_chrome::types::Bounds::Normal {
            left: None,
            top: None,
            width: Some(390.0),
            height: Some(844.0),
        })
        .unwrap();
        tab.navigate_to(&format!("{base}/me")).unwrap();
        tab.wait_for_element("#forecast").unwrap();
        shot(&tab, "dashboard-phone.png");
        tab.navigate_to(&format!("{base}/decks/async-python"))
            .unwrap();
        let deck = tab
            .wait_for_element("main")
            .unwrap()
            .get_inner_text()
            .unwrap();
        shot(&tab, "dashboard-deck-phone.png");
        Seen {
            leaderboard,
            hardest,
            deck,
            dialog: dialog.load(Ordering::SeqCst),
            landed,
        }
    }

    /// The link in `/dashboard`'s private answer, at the address the test's server is bound to.
    fn link_in(reply: &Recorded, bound: std::net::SocketAddr) -> String {
        let text = reply.embed_text();
        let link = text
            .split_whitespace()
            .find_map(|word| word.strip_prefix(PUBLIC))
            .filter(|rest| rest.starts_with("/link/"))
            .unwrap_or_else(|| panic!("no link to {PUBLIC} in {text}"));
        format!("http://{bound}{}", link.trim_end_matches(')'))
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_dashboard_link_opens_the_pages_in_a_browser_safely_and_revoking_ends_it() {
        let dir = tempfile::tempdir().unwrap();
        let endpoint = quizbot::config::MetricsEndpoint::new("127.0.0.1:0".parse().unwrap());
        let web = endpoint.clone();
        let bot = Bot::start_tuned(
            Double::start().await,
            Options::at(dir.path(), clock()),
            |c| {
                c.web = Some(quizbot::config::Web {
                    endpoint: web,
                    public_url: PUBLIC.into(),
                    secret: None,
                });
            },
        )
        .await;
        let q = bot.quiz(&ALICE, 1).await;
        let asked = q.message["embeds"][0]["description"]
            .as_str()
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .trim_matches('*')
            .to_owned();
        bot.press(q.right(), &q.message, &MALLORY).await;
        bot.press(q.wrong(), &q.message, &BOB).await;
        bot.press(q.wrong(), &q.message, &CAROL).await;

        let reply = bot.command("dashboard", &MALLORY, &[]).await;
        assert!(reply.is_ephemeral(), "a link is personal");
        let bound = endpoint.bound().expect("the dashboard is listening");
        let link = link_in(&reply, bound);
        let key = dir.path().join("dashboard.key");
        assert_eq!(
            std::fs::read(&key).unwrap().len(),
            32,
            "a key made beside the snapshot"
        );

        let base = format!("http://{bound}/servers/{}", fixtures::GUILD);
        let profile = dir.path().join("chromium");
        let seen = tokio::task::spawn_blocking({
            let (link, base) = (link.clone(), base.clone());
            move || browse(link, base, profile)
        })
        .await
        .unwrap();
        assert_eq!(seen.landed, base, "the token leaves the address bar");
        assert!(
            seen.leaderboard.contains("<script>alert(1)</script>"),
            "the name is shown as text: {}",
            seen.leaderboard
        );
        assert!(!seen.dialog, "no script of a member's name ran");
        // Rendered as Markdown, as Discord shows it: code spans lose their backticks.
        let rendered = asked.replace('`', "");
        assert!(seen.hardest.contains(&rendered), "{}", seen.hardest);
        assert!(seen.hardest.contains("67% chose it"), "{}", seen.hardest);
        assert!(
            seen.deck.contains(&rendered) && !seen.deck.contains('`'),
            "the deck's questions, Markdown rendered: {}",
            seen.deck
        );

        let http = reqwest::Client::new();
        let page = http.get(&link).send().await.unwrap();
        let csp = page.headers()["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert_eq!(page.headers()["referrer-policy"], "no-referrer");
        assert_eq!(page.headers()["x-content-type-options"], "nosniff");
        let cookie = page.headers()["set-cookie"].to_str().unwrap();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        // The export is a managers' download: a member's cookie is refused, an admin's served.
        let export = |cookie: String| {
            let http = http.clone();
            let url = format!("{base}/export.csv");
            async move { http.get(url).header("cookie", cookie).send().await.unwrap() }
        };
        let session = |set: &str| set.split(';').next().unwrap().to_owned();
        assert_eq!(export(session(cookie)).await.status(), 403);
        let admin = link_in(&bot.command("dashboard", &ADMIN, &[]).await, bound);
        let admin = http.get(&admin).send().await.unwrap();
        let admin = session(admin.headers()["set-cookie"].to_str().unwrap());
        let csv = export(admin).await;
        assert_eq!(csv.status(), 200);
        assert!(csv.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv"));
        let csv = csv.text().await.unwrap();
        assert!(csv.lines().count() >= 4 && csv.contains("bob"), "{csv}");

        let forged = link.replacen("/link/v1.100.505.", "/link/v1.100.501.", 1);
        assert_ne!(forged, link);
        let refused = http.get(&forged).send().await.unwrap();
        assert_eq!(refused.status(), 403);
        assert!(
            refused.text().await.unwrap().contains("/dashboard"),
            "says how to get a new link"
        );
        let post = http.post(&link).send().await.unwrap();
        assert_eq!(post.status(), 405, "only GET");

        let revoke = fixtures::command("dashboard")
            .by(&ALICE)
            .bool_opt("revoke", true)
            .build();
        bot.reply(&revoke).await.says("Manage Server");
        let revoke = fixtures::command("dashboard")
            .by(&ADMIN)
            .bool_opt("revoke", true)
            .build();
        bot.reply(&revoke).await.says("revoked");
        let after = http.get(&link).send().await.unwrap();
        assert_eq!(after.status(), 403, "a revoked link opens nothing");
        assert!(after.text().await.unwrap().contains("revoked"));
        bot.shutdown().await;
    }
}

/// FSRS reviews (issue 35): four graded buttons labelled with their intervals, `/review` as a
/// session in one message, quiz answers feeding the same cards, a session across a restart.
mod fsrs {
    use super::*;

    /// The labels of a message's buttons, in order.
    fn labels(reply: &Recorded) -> Vec<String> {
        let rows = reply.message()["components"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        rows.iter()
            .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
            .filter_map(|c| c["label"].as_str().map(str::to_owned))
            .collect()
    }

    /// A flashcard of `topic`, turned over: the interaction (for its message) and the back.
    async fn turned_over(bot: &Bot, by: &Member, topic: &str) -> (Value, Recorded) {
        let card = fixtures::command("flashcard")
            .by(by)
            .str_opt("topic", topic)
            .build();
        let front = bot.reply(&card).await;
        assert!(front.is_ephemeral());
        let reveal = front.custom_ids()[0].clone();
        assert!(reveal.starts_with("f2:r:async-python:"), "{reveal}");
        let back = bot.press(&reveal, &bot.double.original(&card), by).await;
        assert_eq!(back.kind(), Some(7), "the card turns over in place");
        back.says("**Answer:**");
        (card, back)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_flashcard_is_graded_with_each_of_four_buttons_labelled_with_its_interval() {
        let dir = tempfile::tempdir().unwrap();
        let bot = Bot::start(Options::at(dir.path(), clock())).await;
        let members = [ALICE, BOB, CAROL, DAVE];
        let mut seen = Vec::new();
        for (n, member) in members.iter().enumerate() {
            let (card, back) = turned_over(&bot, member, "errors").await;
            let labels = labels(&back);
            // A new card with the crate's default parameters: 5h, 1d, 2d, 8d.
            assert_eq!(
                labels,
                ["Again · 5h", "Hard · 1d", "Good · 2d", "Easy · 8d"],
                "{labels:?}"
            );
            let ids = back.custom_ids();
            assert_eq!(ids.len(), 4);
            let graded = bot
                .press(&ids[n], &bot.double.original(&card), member)
                .await;
            assert_eq!(graded.kind(), Some(7));
            let interval = labels[n].split(" · ").nth(1).unwrap().to_owned();
            graded.says(&format!("see you in {interval}"));
            seen.push(graded.embed_text());
        }
        assert!(
            seen[0].contains("Again") && seen[3].contains("Easy"),
            "{seen:?}"
        );
        // Graded Again, Alice's card is due in five hours: /review then brings it back.
        let review = bot.command("review", &ALICE, &[]).await;
        review.says("new card");
        bot.shutdown().await;
    }

    /// A data folder of one deck, `three`, of three questions, each its own topic.
    fn three_cards() -> tempfile::TempDir {
        let data = tempfile::tempdir().unwrap();
        let questions: Vec<Value> = (1..=3)
            .map(|n| {
                serde_json::json!({
                    "id": format!("q{n}"), "topic": format!("t{n}"),
                    "question": format!("Question {n}?"), "answer": format!("Answer {n}"),
                    "distractors": ["x", "y", "z"]
                })
            })
            .collect();
        let deck =
            serde_json::json!({"title": "Three", "description": "D", "questions": questions});
        std::fs::write(data.path().join("three.json"), deck.to_string()).unwrap();
        data
    }

    /// Grades each card of `three` Good once, as a flashcard.
    async fn study_three(bot: &Bot) {
        for n in 1..=3 {
            let card = fixtures::command("flashcard")
                .by(&ALICE)
                .str_opt("topic", &format!("t{n}"))
                .build();
            let front = bot.reply(&card).await;
            let back = bot
                .press(&front.custom_ids()[0], &bot.double.original(&card), &ALICE)
                .await;
            let good = back.custom_ids()[2].clone();
            assert_eq!(good, format!("f2:g:three:q{n}"));
            bot.press(&good, &bot.double.original(&card), &ALICE).await;
        }
    }

    /// Reveals the session card in `reply` and grades it with button `grade` (0 is Again);
    /// returns what takes its place.
    async fn review_one(bot: &Bot, review: &Value, reply: &Recorded, grade: usize) -> Recorded {
        let reveal = reply.custom_ids()[0].clone();
        assert!(reveal.starts_with("v1:r:"), "{reveal}");
        let back = bot
            .press(&reveal, &bot.double.original(review), &ALICE)
            .await;
        assert_eq!(back.kind(), Some(7));
        assert_eq!(labels(&back).len(), 4);
        let next = bot
            .press(
                &back.custom_ids()[grade],
                &bot.double.original(review),
                &ALICE,
            )
            .await;
        assert_eq!(
            next.kind(),
            Some(7),
            "the next card comes in the same message"
        );
        next
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_review_session_goes_through_three_due_cards_in_one_message_then_says_done() {
        let dir = tempfile::tempdir().unwrap();
        let data = three_cards();
        let clock = clock();
        let bot = Bot::start(Options::with_data(dir.path(), clock.clone(), data.path())).await;
        let empty = bot.command("review", &ALICE, &[]).await;
        empty.says("Nothing to review yet");
        study_three(&bot).await;
        let soon = bot.command("review", &ALICE, &[]).await;
        soon.says("Nothing is due. Next card <t:");
        // Three days on, all three are due (Good on a new card: two days).
        clock.advance(Duration::days(3));
        let review = fixtures::command("review").by(&ALICE).build();
        let mut reply = bot.reply(&review).await;
        assert!(reply.is_ephemeral());
        let mut order = Vec::new();
        for (n, grade) in [(0, 2), (1, 0), (2, 3)] {
            if n > 0 {
                reply.says(&format!("Review · {n} done"));
            }
            order.push(reply.embed_text());
            reply = review_one(&bot, &review, &reply, grade).await;
        }
        // Graded at the same instant, they were due in deck order.
        for (n, text) in order.iter().enumerate() {
            assert!(text.contains(&format!("Question {}?", n + 1)), "{text}");
        }
        assert!(reply.custom_ids().is_empty(), "{}", reply.embed_text());
        reply.says("Done: 3 reviewed, 67 % remembered. Next card <t:");
        reply.says("due tomorrow.");
        bot.shutdown().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_session_goes_on_after_a_restart_with_its_count() {
        let dir = tempfile::tempdir().unwrap();
        let data = three_cards();
        let clock = clock();
        let bot = Bot::start(Options::with_data(dir.path(), clock.clone(), data.path())).await;
        study_three(&bot).await;
        clock.advance(Duration::days(3));
        let review = fixtures::command("review").by(&ALICE).build();
        let first = bot.reply(&review).await;
        let second = review_one(&bot, &review, &first, 2).await;
        second.says("Review · 1 done");
        let message = bot.double.original(&review);
        bot.shutdown().await;

        let bot = Bot::start(Options::with_data(dir.path(), clock.clone(), data.path())).await;
        let reveal = second.custom_ids()[0].clone();
        let back = bot.press(&reveal, &message, &ALICE).await;
        back.says("Answer 2");
        let third = bot.press(&back.custom_ids()[2], &message, &ALICE).await;
        third.says("Review · 2 done");
        third.says("Question 3?");
        bot.shutdown().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_wrong_quiz_answer_makes_that_card_due_in_review() {
        let dir = tempfile::tempdir().unwrap();
        let clock = clock();
        let bot = Bot::start(Options::at(dir.path(), clock.clone())).await;
        let q = bot.quiz(&ALICE, 1).await;
        let asked = q.message["embeds"][0]["description"]
            .as_str()
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_owned();
        let wrong = &q.buttons[(q.correct + 1) % q.buttons.len()];
        bot.press(wrong, &q.message, &BOB).await;
        // Again on a new card: due in about five hours.
        clock.advance(Duration::hours(6));
        let review = bot.command("review", &BOB, &[]).await;
        review.says(&asked);
        assert!(
            !review.embed_text().contains("new card"),
            "{}",
            review.embed_text()
        );
        bot.shutdown().await;
    }

    /// Alice's `/review stats` once the reminder scheduler has handled the day: asks until
    /// the reminder's next time is `next` (each ask a full round trip, bounded).
    async fn reminder_next(bot: &Bot, next: chrono::DateTime<Utc>) -> Recorded {
        let wanted = format!("next <t:{}:R>", next.timestamp());
        for _ in 0..200 {
            let stats = bot
                .reply(
                    &fixtures::command("review")
                        .by(&ALICE)
                        .bool_opt("stats", true)
                        .build(),
                )
                .await;
            if stats.embed_text().contains(&wanted) {
                return stats;
            }
            tokio::task::yield_now().await;
        }
        panic!("the reminder scheduler never moved on to {wanted}");
    }

    fn dms(bot: &Bot) -> usize {
        let path = format!("/channels/{}/messages", ALICE.user_id);
        bot.double
            .requests()
            .iter()
            .filter(|r| r.is("POST", &path))
            .count()
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_reminder_dm_comes_at_the_local_time_only_on_days_with_cards_due() {
        let dir = tempfile::tempdir().unwrap();
        let data = three_cards();
        let clock = clock(); // Monday 1 June, 17:00 UTC: 19:00 in Berlin
        let at = |day: u32, hour: u32| Utc.with_ymd_and_hms(2026, 6, day, hour, 0, 0).unwrap();
        let bot = Bot::start(Options::with_data(dir.path(), clock.clone(), data.path())).await;
        study_three(&bot).await; // Good on new cards: due Wednesday 17:00 UTC
        let set = bot
            .command(
                "review",
                &ALICE,
                &[("remind", "20:00"), ("timezone", "europe/berlin")],
            )
            .await;
        assert!(set.is_ephemeral());
        set.says("a DM at **20:00** (Europe/Berlin)");

        // Monday and Tuesday at 20:00 in Berlin (18:00 UTC) nothing is due: no DM.
        clock.set(at(1, 18));
        reminder_next(&bot, at(2, 18)).await;
        clock.set(at(2, 18));
        reminder_next(&bot, at(3, 18)).await;
        assert_eq!(dms(&bot), 0, "no reminder on a day with nothing due");

        // Wednesday the three cards are due: one DM, whose button starts the session there.
        clock.set(at(3, 18));
        let dm = bot
            .double
            .wait_for("the reminder DM", |r| {
                r.is("POST", &format!("/channels/{}/messages", ALICE.user_id))
            })
            .await;
        dm.says("3 cards are due for review");
        assert!(bot
            .double
            .requests()
            .iter()
            .any(|r| r.is("POST", "/users/@me/channels")));
        let message = bot.double.message(dm.answer_id());
        let start = fixtures::button("v1:s", &message)
            .in_dm(ALICE.user_id, ALICE.name)
            .build();
        let session = bot.reply(&start).await;
        session.says("Question 1?");
        reminder_next(&bot, at(4, 18)).await;
        assert_eq!(dms(&bot), 1, "one reminder a day");
        bot.shutdown().await;

        // Down for three days: back after Saturday's time, nobody is reminded at once.
        clock.set(at(6, 21));
        let bot = Bot::start(Options::with_data(dir.path(), clock.clone(), data.path())).await;
        reminder_next(&bot, at(7, 18)).await;
        assert_eq!(dms(&bot), 0, "no catch-up reminder after a long downtime");
        bot.shutdown().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_refused_reminder_dm_turns_the_reminder_off_and_review_says_why_once() {
        let dir = tempfile::tempdir().unwrap();
        let data = three_cards();
        let clock = clock();
        let bot = Bot::start(Options::with_data(dir.path(), clock.clone(), data.path())).await;
        study_three(&bot).await;
        bot.command(
            "review",
            &ALICE,
            &[("remind", "18:00"), ("timezone", "UTC")],
        )
        .await
        .says("a DM at **18:00** (UTC)");
        bot.double.close_dms(ALICE.user_id);
        clock.advance(Duration::days(2) + Duration::hours(1));
        bot.double
            .wait_for("the refused DM", |r| {
                r.is("POST", &format!("/channels/{}/messages", ALICE.user_id)) && r.status == 403
            })
            .await;
        let mut told = None;
        for _ in 0..200 {
            let review = bot.command("review", &ALICE, &[]).await;
            if review.embed_text().contains("review reminder is off") {
                told = Some(review);
                break;
            }
            tokio::task::yield_now().await;
        }
        let told = told.expect("/review never said the reminder was turned off");
        told.says("would not let me DM you");
        told.says("Question 1?");
        let again = bot
            .reply(
                &fixtures::command("review")
                    .by(&ALICE)
                    .bool_opt("stats", true)
                    .build(),
            )
            .await;
        assert!(
            !again.embed_text().contains("would not let me DM you"),
            "said once"
        );
        again.says("Reminder: off");
        again.says("Remembered, last 30 days");
        let picture = again.files.iter().find(|(name, _)| name == "reviews.png");
        let png = &picture.expect("stats come with a picture").1;
        assert!(png.starts_with(b"\x89PNG"), "{} bytes", png.len());
        bot.shutdown().await;
    }
}
