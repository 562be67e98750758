//! Property tests of the input surface and of the engine, with proptest, one file per
//! subject:
//!
//! - `decks`: deck files, valid and broken in every way, through `LoadedDeck::parse`;
//! - `tables`: CSV and TSV decks, round-tripping through JSON, and any bytes as a table;
//! - `snapshots`: snapshot files of any shape, valid states round-tripping (and read as
//!   version 1 wrote them), score boards changed while copies are alive;
//! - `custom_ids`: component custom ids, parsed only in the form the bot writes;
//! - `engine`: arbitrary sequences of opens, answers, clock moves, closes, snapshots,
//!   restarts and kills against `App`, compared after every step with a model of the scores.
//!
//! This file holds what they share: JSON documents of every shape, a scratch folder, the
//! proptest settings.
//!
//! Failures are not persisted to `proptest-regressions/` (`failure_persistence: None`): a failure
//! prints its shrunk input; `PROPTEST_RNG_SEED=<n>` fixes the seed for a reproducible run.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestCaseError;
use serde_json::{json, Value};

use quizbot::discord::custom_id::{
    CustomId, Decide, Handle, Session, Step, Study, Table, Written, MAX_SESSION,
};
use quizbot::Config;
use quizbot_domain::app::Place;
use quizbot_domain::clock::{Clock, TestClock};
use quizbot_domain::deck::limits::{
    MAX_DESCRIPTION, MAX_EXPLANATION, MAX_ID, MAX_OPTION, MAX_PROBLEMS, MAX_QUESTION, MAX_SOURCE,
    MAX_TITLE, MAX_TOPIC,
};
use quizbot_domain::deck::CardKey;
use quizbot_domain::deck::{LoadedDeck, Location, Question};
use quizbot_domain::error::UserError;
use quizbot_domain::ids::{ChannelId, GuildId, MessageId, OpenId, UserId};
use quizbot_domain::quiz::{Answer, Cycle, OpenQuestion, Round, RoundScore};
use quizbot_domain::review::{Grade, ReviewBook};
use quizbot_domain::schedule::{DailySchedule, DeliveryError};
use quizbot_domain::scores::{
    MemberScore, Period, PeriodTable, Periods, Scope, Scoreboard, Scored, Tally, Winners,
};
use quizbot_domain::state::{snapshot, GuildState, SnapshotError, State};
use quizbot_domain::stats::{Counted, ServerStats};
use quizbot_domain::App;

mod custom_ids;
mod decks;
mod engine;
mod snapshots;
mod tables;

type TestResult = Result<(), TestCaseError>;

/// A temporary folder, in memory where the system has one (`/dev/shm`): snapshots fsync, and
/// thousands of cases need not wait for the disk. What a crash leaves is the crash tests' job.
fn scratch_dir() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    shm.is_dir()
        .then(|| tempfile::tempdir_in(shm).ok())
        .flatten()
        .unwrap_or_else(|| tempfile::tempdir().unwrap())
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// JSON documents with every shape, written out by hand so that objects may repeat a key.
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Json {
    Null,
    Bool(bool),
    /// A number token as written in the file (may be out of range for any Rust type).
    Num(String),
    Str(String),
    Arr(Vec<Json>),
    /// Pairs in file order; a key may repeat.
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Num(n) => out.push_str(n),
            Json::Str(s) => out.push_str(&serde_json::to_string(s).unwrap()),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Obj(pairs) => {
                out.push('{');
                for (i, (key, value)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&serde_json::to_string(key).unwrap());
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    /// An object from pairs, keeping the first of any repeated key.
    fn object(pairs: Vec<(String, Json)>) -> Json {
        let mut seen = HashSet::new();
        Json::Obj(
            pairs
                .into_iter()
                .filter(|(k, _)| seen.insert(k.clone()))
                .collect(),
        )
    }
}

/// Keys of decks and snapshots, so that random objects often look like one.
const KNOWN_KEYS: &[&str] = &[
    "title",
    "description",
    "source",
    "questions",
    "id",
    "topic",
    "question",
    "answer",
    "distractors",
    "explanation",
    "version",
    "state",
    "guilds",
    "members",
    "cycles",
    "daily",
    "reviews",
    "cards",
    "memory",
    "last_review",
    "open",
    "next_open_id",
    "points",
    "answered",
    "correct",
    "streak",
    "best_streak",
    "name",
    "options",
    "answers",
    "box",
    "due",
    "1",
    "0",
];

fn number_token() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| format!("{f:?}")),
        prop::sample::select(vec![
            "0",
            "1",
            "-0",
            "2",
            "4",
            "5",
            "1.0",
            "1e2",
            "1e400",
            "-1e400",
            "18446744073709551616",
            "-9223372036854775809",
        ])
        .prop_map(str::to_owned),
    ]
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(KNOWN_KEYS).prop_map(str::to_owned),
        1 => "[a-z_]{0,8}",
        1 => "(?s).{0,6}",
        1 => "[0-9]{1,3}",
    ]
}

fn json_leaf() -> impl Strategy<Value = Json> {
    prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        number_token().prop_map(Json::Num),
        "(?s).{0,16}".prop_map(Json::Str),
        prop::sample::select(vec!["", " ", "a", "x:y", "2026-01-01T00:00:00Z", "UTC"])
            .prop_map(|s| Json::Str(s.to_owned())),
    ]
}

/// Any JSON document of bounded depth and size, objects without repeated keys.
fn json_tree() -> impl Strategy<Value = Json> {
    json_leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Arr),
            prop::collection::vec((key(), inner), 0..6).prop_map(Json::object),
        ]
    })
}

/// Random bytes, and bytes of a valid deck or snapshot with a few bytes cut, flipped or added.
fn damaged_bytes(valid: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = valid.len();
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..600),
        (0..=len).prop_map({
            let valid = valid.clone();
            move |cut| valid[..cut].to_vec()
        }),
        prop::collection::vec((any::<Index>(), any::<u8>()), 1..4).prop_map(move |edits| {
            let mut bytes = valid.clone();
            for (at, byte) in edits {
                let at = at.index(bytes.len().max(1)).min(bytes.len());
                if byte % 3 == 0 {
                    bytes.insert(at, byte);
                } else if at < bytes.len() {
                    bytes[at] = byte;
                }
            }
            bytes
        }),
    ]
}
