//! The binary as a process (SIGKILL, SIGTERM), the gateway (reconnects, shards, heartbeats),
//! Discord refusing posts, secrets kept out of logs, and metrics.

use super::*;

/// The real `quizbot` binary, pointed at a double.
pub(crate) struct Process {
    pub(crate) child: std::process::Child,
    pub(crate) double: Double,
}

impl Process {
    pub(crate) async fn start(state: &Path, snapshot_secs: &str) -> Process {
        Process::start_with_env(state, snapshot_secs, &[]).await
    }

    pub(crate) async fn start_with_env(
        state: &Path,
        snapshot_secs: &str,
        env: &[(&str, &str)],
    ) -> Process {
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

    pub(crate) async fn reply(&self, interaction: &Value) -> Recorded {
        self.double.interact(interaction).await;
        self.double.callback(interaction).await
    }

    /// `/quiz` by `by`; returns the question as posted.
    pub(crate) async fn quiz(&self, by: &Member) -> Question {
        self.reply(&fixtures::command("quiz").by(by).build()).await;
        let post = self
            .double
            .wait_for("the question", |r| r.is("POST", "/channels/42/messages"))
            .await;
        Question::from_post(&self.double, &post)
    }

    pub(crate) fn signal(&self, signal: &str) {
        let status = std::process::Command::new("kill")
            .args([signal, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }
}

/// A test that fails leaves no bot running behind it (holding the test's output open).
impl Drop for Process {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Total points in a snapshot file, which must load.
pub(crate) fn points_in(state: &Path) -> u64 {
    let saved = quizbot_domain::state::snapshot::load(state)
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
    // The question is open 10 s of real time: its reveal may come later than most waits.
    let open_for = std::time::Duration::from_secs(30);
    bot.double
        .wait_for_nth_within("the second reveal", 1, open_for, |r| {
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
    let q = bot.quiz(&ALICE).await;
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
        let q = bot.quiz(&ALICE).await;
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
    let bot = Bot::builder().start().await;
    let clock = bot.clock();
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
pub(crate) const SHARDED: [(u64, u64); 3] = [(3 << 22, 301), (4 << 22, 302), (5 << 22, 303)];

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
    let bot = Bot::builder()
        .double(double)
        .tuned(|config| config.fair_use.quiz_cooldown = Duration::zero())
        .start()
        .await;
    let clock = bot.clock();
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
    let double = Double::start().await;
    double.set_heartbeat_interval(Wait::from_millis(200));
    let bot = Bot::builder().double(double).start().await;
    let clock = bot.clock();
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
    assert_eq!(bot.points(&ALICE).await, "12", "nothing was lost");
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
    let bot = Bot::builder().start().await;
    let clock = bot.clock();
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
    assert_eq!(bot.points(&BOB).await, "12", "nothing was lost");
    let q2 = bot.quiz(&ALICE, 2).await;
    assert_eq!(q2.buttons.len(), 4, "the next post goes through");
    bot.shutdown().await;
}

/// Everything logged, at every level, from every crate.
#[derive(Clone, Default)]
pub(crate) struct Captured(Arc<std::sync::Mutex<Vec<u8>>>);

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
    let bot = Bot::builder().double(double).start().await;
    let clock = bot.clock();
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
pub(crate) async fn http_get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    let response = reqwest::get(format!("http://{addr}{path}")).await.unwrap();
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// The value of the sample `series` (name and labels, as written) in a scrape, if present.
pub(crate) fn sample(text: &str, series: &str) -> Option<f64> {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .map(|value| value.parse().unwrap())
}

/// Scrapes `/metrics` until every `series` has at least its value: the bot records an
/// interaction when its handling ends, just after the callback the double saw.
pub(crate) async fn scrape_until(addr: std::net::SocketAddr, wanted: &[(&str, f64)]) -> String {
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
    let endpoint = quizbot::config::MetricsEndpoint::new("127.0.0.1:0".parse().unwrap());
    let asked = endpoint.clone();
    let bot = Bot::builder()
        .tuned(move |config| {
            config.metrics = Some(asked.clone());
            config.snapshot_every = std::time::Duration::from_millis(100);
        })
        .start()
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
pub(crate) fn listening_ports(pid: u32) -> Vec<u16> {
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

/// A stop asked for while the bot is still connecting (Ctrl-C at once, a service stopped during
/// a slow start) ends it cleanly, instead of waiting for ever for a shard that was never up:
/// serenity's `shutdown_all` leaves `start_shards` running when no shard is running yet.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stop_before_the_gateway_connects_still_ends_the_bot() {
    let limit = std::time::Duration::from_secs(30);
    let stopping = Bot::builder().run_until(std::future::ready(()));
    let (ran, _) = tokio::time::timeout(limit, stopping)
        .await
        .expect("the bot ends within 30 s of a stop");
    ran.expect("run returns Ok after a stop");
}
