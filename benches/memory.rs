//! Resident memory per score row, measured: 1,000,000 rows (10,000 servers x 100 members)
//! built as the bot builds them, with the process's resident set (/proc/self/statm) read
//! before and after.
//!
//! Floor: at most 400 bytes per row.

mod common;

use std::hint::black_box;

use quizbot_domain::scores::MemberScore;

fn main() {
    let (guilds, members) = if common::full_run() {
        (10_000, 100)
    } else {
        (100, 10)
    };
    let rows = (guilds * members) as f64;
    let before = common::rss_bytes();
    let state = black_box(common::score_state(guilds, members));
    let rss = common::rss_bytes().saturating_sub(before) as f64;
    let per_row = rss / rows;
    let lines = vec![
        format!(
            "{} score rows ({guilds} servers x {members} members, a name, 3 topics, 1 channel each)",
            rows as u64
        ),
        format!(
            "resident memory: {:.0} MB = {per_row:.0} bytes/row [floor <= 400: {}]",
            rss / 1e6,
            common::verdict(per_row <= 400.0)
        ),
        format!(
            "a row is {} bytes behind its Arc, name, channels and topics inline unless long",
            std::mem::size_of::<MemberScore>()
        ),
    ];
    drop(black_box(state));
    common::summary("memory per score row", &lines);
}
