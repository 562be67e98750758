//! What the benches share: realistic score rows, an `App` over the bundled deck, timing
//! helpers and the one-line summaries printed after criterion's own report.
//!
//! Each bench binary uses a different part of this module.
#![allow(dead_code)]

pub mod wide_header;

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use quizbot_domain::app::Place;
use quizbot_domain::clock::TestClock;
use quizbot_domain::deck::{load_file, Library};
use quizbot_domain::ids::{ChannelId, GuildId, UserId};
use quizbot_domain::scores::{MemberScore, Scoreboard, Tally};
use quizbot_domain::state::{GuildState, State, Store};
use quizbot_domain::App;
use rand::rngs::StdRng;
use rand::SeedableRng;

/// The bundled deck's topics: the names real score rows carry.
pub const TOPICS: [&str; 7] = [
    "basics",
    "cancellation and timeouts",
    "concurrency patterns",
    "coroutines and tasks",
    "ecosystem and testing",
    "errors",
    "event loop",
];

/// `cargo bench` passes `--bench`; `cargo test --benches` and clippy runs do not, and then the
/// benches run once at a small scale, to prove they work.
pub fn full_run() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// `full` at `cargo bench`, `quick` otherwise.
pub fn scale(full: usize, quick: usize) -> usize {
    if full_run() {
        full
    } else {
        quick
    }
}

/// A deterministic well-mixed number (splitmix64).
pub fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A 19-digit id like Discord's snowflakes (the length matters for snapshot bytes).
pub fn snowflake(i: u64) -> u64 {
    1_000_000_000_000_000_000 + mix(i) % 400_000_000_000_000_000
}

/// A display name of 4 to 16 characters.
pub fn display_name(i: u64) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "ri", "no", "ve", "lu", "ta", "mo", "sen", "dra", "po", "li", "xi", "an", "el", "or",
        "bu",
    ];
    let h = mix(i ^ 0x5eed);
    let parts = 2 + (h % 5) as usize;
    let mut name = String::new();
    for p in 0..parts {
        name.push_str(SYLLABLES[((h >> (8 + 4 * p)) & 15) as usize]);
    }
    if h & 1 == 1 {
        name.push_str(&(i % 100).to_string());
    }
    name
}

/// Member `i`'s row in `board`, as a member who has played for a while: a name, points in
/// `channel`, answers in three topics.
pub fn add_member(board: &mut Scoreboard, i: u64, channel: ChannelId) {
    let h = mix(i);
    let mut row = MemberScore::default();
    row.name = display_name(i).into();
    let first = (h % TOPICS.len() as u64) as usize;
    let answered = 10 + (h >> 20) % 300;
    let correct = answered * (40 + (h >> 32) % 50) / 100;
    row.answered = answered as u32;
    row.correct = correct as u32;
    row.points = correct * 10 + (h >> 40) % 40;
    let (mut left, mut right) = (answered, correct);
    let topics: Vec<(&str, Tally)> = [0, 1, 3]
        .iter()
        .enumerate()
        .map(|(k, offset)| {
            let share = if k == 2 { 1 } else { 2 + k as u64 };
            let (a, c) = (left / share, right / share);
            left -= a;
            right -= c;
            (
                TOPICS[(first + offset) % TOPICS.len()],
                Tally {
                    answered: a as u32,
                    correct: c as u32,
                },
            )
        })
        .collect();
    row.streak = ((h >> 44) % 6) as u32;
    row.best_streak = row.streak + ((h >> 48) % 12) as u32;
    row.daily_streak = ((h >> 52) % 4) as u32;
    row.best_daily_streak = row.daily_streak + ((h >> 56) % 9) as u32;
    let points = row.points;
    board.insert(user_id(i), row, [(channel, points)], topics);
}

pub fn guild_id(g: u64) -> GuildId {
    GuildId(snowflake(g << 32 | 0xffff_ffff))
}

pub fn channel_id(g: u64) -> ChannelId {
    ChannelId(snowflake(g << 32 | 0xffff_fffe))
}

pub fn user_id(i: u64) -> UserId {
    UserId(snowflake(i))
}

/// `guilds` servers of `members` members each: score rows only.
pub fn score_state(guilds: u64, members: u64) -> State {
    let mut state = State::default();
    for g in 0..guilds {
        let channel = channel_id(g);
        let mut guild = GuildState::default();
        for m in 0..members {
            add_member(&mut guild.scores, g * members + m, channel);
        }
        state.guilds.insert(guild_id(g), Arc::new(guild));
    }
    state
}

/// The top of the repository, where `data/` is: the benches belong to `src/domain`'s package.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn bundled_library() -> Library {
    let deck = load_file(&repo().join("data/async-python.json")).expect("the bundled deck loads");
    Library::from_decks([deck])
}

pub fn start() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 5, 4, 18, 0, 0).unwrap()
}

/// An `App` over the bundled deck holding `state`; its snapshot path is `snapshot`.
pub fn app_with(state: State, snapshot: PathBuf) -> App {
    App::new(
        bundled_library(),
        repo().join("data"),
        Store::new(state, StdRng::seed_from_u64(7), snapshot),
        Arc::new(TestClock::at(start())),
    )
}

pub fn place(g: u64) -> Place {
    Place {
        guild: guild_id(g),
        channel: channel_id(g),
    }
}

/// Durations one benchmark's routine measured, for the summary printed after criterion.
#[derive(Clone, Default)]
pub struct Record(Rc<RefCell<Vec<Duration>>>);

impl Record {
    pub fn push(&self, d: Duration) {
        self.0.borrow_mut().push(d);
    }

    /// The median of what was recorded; `None` if the benchmark was filtered out.
    pub fn median(&self) -> Option<Duration> {
        let mut all = self.0.borrow().clone();
        if all.is_empty() {
            return None;
        }
        all.sort();
        Some(all[all.len() / 2])
    }

    /// The fastest run recorded: what the code costs when the shared machine leaves it alone.
    pub fn fastest(&self) -> Option<Duration> {
        self.0.borrow().iter().min().copied()
    }
}

/// The machine, for the figures' context.
pub fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    format!("{cores} cores, {cpu}")
}

/// Prints the summary block every bench ends with.
pub fn summary(title: &str, lines: &[String]) {
    println!();
    println!("== {title} ({}) ==", machine());
    for line in lines {
        println!("{line}");
    }
    println!();
}

pub fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

pub fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "MISSED"
    }
}

/// Resident set size of this process, in bytes.
pub fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}
