//! What one server can cost all the others, each beside a baseline of the same size measured
//! in the same run:
//!
//! - checking a CSV deck whose 1 MiB header names some 200,000 unknown columns, against a
//!   `serde_json::Value` parse of a 1 MiB JSON deck (floor: at most 2x);
//! - loading 16,000 servers' decks at start, against 2,000 (floor: at most 9x: linear);
//! - another server's `/score` (a read of the store) while a server of 100,000 members and
//!   1,000 topics exports its scores and two costly uploads are checked, against the same
//!   calls idle (floor: p99 at most 2x).

mod common;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::wide_header::wide_header;
use common::{add_member, app_with, channel_id, guild_id, ms, scale, summary, user_id, verdict};
use quizbot_domain::deck::{Library, LoadedDeck};
use quizbot_domain::ids::ChannelId;
use quizbot_domain::labels::Keys;
use quizbot_domain::scores::{Scoreboard, Scored};
use quizbot_domain::state::{GuildState, State};

const MIB: usize = 1 << 20;

/// A valid JSON deck of at least 1 MiB.
fn json_deck() -> Vec<u8> {
    let question = |i: usize| {
        serde_json::json!({"id": format!("q{i}"), "topic": format!("t{}", i % 20),
            "question": format!("What does call number {i} of the event loop return when it is awaited?"),
            "answer": format!("The result of task {i}, once it is done"),
            "distractors": ["A coroutine object", "A future that is never set", "Nothing at all"],
            "explanation": "Awaiting a task suspends the caller until the task is done, then gives its result."})
    };
    let mut questions = Vec::new();
    let mut size = 0;
    while size < MIB {
        let next = question(questions.len());
        size += next.to_string().len() + 1;
        questions.push(next);
    }
    serde_json::to_vec(
        &serde_json::json!({"title": "T", "description": "D", "questions": questions}),
    )
    .expect("plain JSON")
}

/// The fastest of `runs` runs of `f`.
fn fastest(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let at = Instant::now();
            f();
            at.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// A data folder with the bundled deck and one small deck for each of `servers` servers.
fn servers_folder(servers: u64) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::copy(
        common::repo().join("data/async-python.json"),
        dir.path().join("async-python.json"),
    )
    .expect("the bundled deck");
    let deck = br#"{"title": "S", "description": "D", "questions": [
        {"id": "a", "topic": "t", "question": "A?", "answer": "a", "distractors": ["b", "c", "d"]}]}"#;
    for g in 0..servers {
        let folder = dir.path().join("servers").join(guild_id(g).to_string());
        std::fs::create_dir_all(&folder).expect("a server folder");
        std::fs::write(folder.join("own.json"), deck).expect("a deck");
    }
    dir
}

fn p99(mut all: Vec<Duration>) -> Duration {
    all.sort();
    all.get(all.len() * 99 / 100).copied().unwrap_or_default()
}

fn main() {
    let mut lines = Vec::new();

    let header = wide_header(MIB);
    let json = json_deck();
    let check = fastest(20, || {
        let refused = LoadedDeck::parse("wide", Path::new("wide.csv"), &header);
        assert!(refused.is_err());
    });
    let value = fastest(20, || {
        serde_json::from_slice::<serde_json::Value>(&json).expect("JSON");
    });
    let ratio = check.as_secs_f64() / value.as_secs_f64();
    lines.push(format!(
        "check of a 1 MiB header: {} vs Value parse of a 1 MiB deck {} = {ratio:.2}x (floor 2x: {})",
        ms(check),
        ms(value),
        verdict(ratio <= 2.0)
    ));

    let (few, many) = (scale(2_000, 100) as u64, scale(16_000, 800) as u64);
    let load = |servers: u64| {
        let dir = servers_folder(servers);
        fastest(3, || {
            let (library, skipped) = Library::load_dir(dir.path()).expect("the decks load");
            assert!(skipped.is_empty());
            assert_eq!(library.all().count() as u64, servers + 1);
        })
    };
    let (small, large) = (load(few), load(many));
    let ratio = large.as_secs_f64() / small.as_secs_f64();
    lines.push(format!(
        "start with {many} servers' decks: {} vs {few}: {} = {ratio:.2}x (floor {}x: {})",
        ms(large),
        ms(small),
        many / few + 1,
        verdict(ratio <= (many / few + 1) as f64)
    ));

    // A server of many members over many topics, and a small one beside it.
    let (members, topics) = (scale(100_000, 5_000) as u64, scale(1_000, 100) as u64);
    let mut big = Scoreboard::default();
    let channel = channel_id(0);
    for m in 0..members {
        add_member(&mut big, m, channel);
        for t in 0..3 {
            let topic = format!("topic {}", (m * 3 + t) % topics);
            let answer = Scored {
                channel: ChannelId(1),
                topic: &topic,
                right: t % 2 == 0,
                points: 10,
            };
            big.record(user_id(m), "member", answer);
        }
    }
    let mut state = State::default();
    let big_guild = GuildState {
        scores: big,
        ..GuildState::default()
    };
    state.guilds.insert(guild_id(0), Arc::new(big_guild));
    let mut small = GuildState::default();
    for m in 0..100 {
        add_member(&mut small.scores, members + m, channel_id(1));
    }
    state.guilds.insert(guild_id(1), Arc::new(small));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let app = Arc::new(app_with(state, dir.path().join("s.json")));
    let reads = scale(20_000, 500);
    let measure = |app: &quizbot_domain::App| -> Vec<Duration> {
        (0..reads)
            .map(|i| {
                let at = Instant::now();
                let card = app.score_card(guild_id(1), user_id(members + (i as u64 % 100)));
                assert!(card.is_some());
                let took = at.elapsed();
                std::thread::sleep(Duration::from_micros(50));
                took
            })
            .collect()
    };
    let idle = p99(measure(&app));
    let busy = AtomicBool::new(true);
    let busy_p99 = std::thread::scope(|s| {
        s.spawn(|| {
            while busy.load(Ordering::Relaxed) {
                let mut out = Vec::new();
                let written = app
                    .export_scores(guild_id(0), &Keys, &mut out, 10 * MIB)
                    .expect("export");
                assert!(written.left_out > 0 || !common::full_run());
            }
        });
        for _ in 0..2 {
            s.spawn(|| {
                while busy.load(Ordering::Relaxed) {
                    let refused = LoadedDeck::parse("wide", Path::new("wide.csv"), &header);
                    assert!(refused.is_err());
                }
            });
        }
        let during = p99(measure(&app));
        busy.store(false, Ordering::Relaxed);
        during
    });
    let ratio = busy_p99.as_secs_f64() / idle.as_secs_f64();
    lines.push(format!(
        "another server's /score p99 during an export of {members} members x {topics} topics and two costly checks: {:.1} us vs idle {:.1} us = {ratio:.2}x (floor 2x: {})",
        busy_p99.as_secs_f64() * 1e6,
        idle.as_secs_f64() * 1e6,
        verdict(ratio <= 2.0)
    ));
    summary("costs one server can put on the others", &lines);
}
