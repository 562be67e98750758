//! Property tests of the input surface and of the engine (issue 10), with proptest:
//!
//! 1. deck files: arbitrary bytes, arbitrary JSON, deck-shaped JSON and valid decks that break
//!    exactly one rule, through [`LoadedDeck::parse`];
//! 2. snapshot files: arbitrary bytes, arbitrary JSON and damaged snapshots through
//!    [`snapshot::decode`] and [`snapshot::load`], and generated valid states round-tripping;
//! 3. component custom ids through [`CustomId::parse`];
//! 4. the state's shared maps ([`Shards`]) and a server's scores ([`Scoreboard`]): writes,
//!    removals and copies taken and dropped in any order, each copy keeping what it saw,
//!    against plain maps and a board never copied;
//! 5. arbitrary sequences of opens, answers, clock moves, closes, snapshots, restarts and kills
//!    against [`App`] on the bundled deck, compared after every step with a model of the scores.
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

use quizbot::app::Place;
use quizbot::clock::{Clock, TestClock};
use quizbot::deck::limits::{
    MAX_DESCRIPTION, MAX_EXPLANATION, MAX_ID, MAX_OPTION, MAX_QUESTION, MAX_SOURCE, MAX_TITLE,
    MAX_TOPIC, MIN_DISTRACTORS,
};
use quizbot::deck::{LoadedDeck, Question};
use quizbot::discord::custom_id::{CustomId, Step};
use quizbot::error::UserError;
use quizbot::ids::{ChannelId, GuildId, MessageId, OpenId, UserId};
use quizbot::quiz::{Answer, Cycle, OpenQuestion};
use quizbot::review::{Card, CardKey, ReviewBook};
use quizbot::schedule::{DailySchedule, DeliveryError};
use quizbot::scores::{MemberScore, Scope, Scoreboard, Scored, Tally};
use quizbot::state::{snapshot, GuildState, Shards, SnapshotError, State};
use quizbot::{App, Config};

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

// ---------------------------------------------------------------------------------------------
// 1. Decks
// ---------------------------------------------------------------------------------------------

/// Characters deck text is made of: ASCII, an accent, a combining mark, CJK, an emoji, spaces and
/// punctuation, so that a length is counted in characters and never in bytes.
const POOL: &[char] = &[
    'a', 'Z', '7', ' ', '`', 'é', '\u{301}', '€', '中', '😀', '.', '\n', 'q',
];

/// `prefix` then pool characters, `len` characters in all (a cheap deterministic fill: long texts
/// need not shrink character by character).
fn fill(prefix: &str, len: usize, seed: u64) -> String {
    let mut out = prefix.to_owned();
    let mut x = seed | 1;
    for _ in prefix.chars().count()..len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push(POOL[(x % POOL.len() as u64) as usize]);
    }
    out
}

/// Text of `min..=max` characters starting with `prefix`, often at or just under `max`.
fn text(prefix: String, min: usize, max: usize) -> impl Strategy<Value = String> {
    let min = min.max(prefix.chars().count());
    let len = prop_oneof![
        2 => min..=max,
        1 => max.saturating_sub(2).max(min)..=max,
        1 => min..=(min + 20).min(max),
    ];
    (len, any::<u64>()).prop_map(move |(len, seed)| fill(&prefix, len, seed))
}

fn blank() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["", " ", "  ", "\n", "\t \r\n", "\u{3000}"]).prop_map(str::to_owned)
}

/// `[a-z0-9-]{1,40}`, written independently of the crate's own check.
fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 40 && id.chars().all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-'))
}

fn bad_id() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z0-9-]{41,50}",
        "[a-z0-9-]{0,10}[A-Z _:.é\u{0}]{1,2}[a-z0-9-]{0,10}",
    ]
}

#[derive(Debug, Clone)]
struct QuestionSpec {
    id: String,
    topic: String,
    question: String,
    answer: String,
    distractors: Vec<String>,
    explanation: Option<String>,
}

#[derive(Debug, Clone)]
struct DeckSpec {
    title: String,
    description: String,
    source: Option<String>,
    questions: Vec<QuestionSpec>,
}

impl DeckSpec {
    fn to_value(&self) -> Value {
        let questions: Vec<Value> = self
            .questions
            .iter()
            .map(|q| {
                let mut v = json!({
                    "id": q.id, "topic": q.topic, "question": q.question, "answer": q.answer,
                    "distractors": q.distractors,
                });
                if let Some(e) = &q.explanation {
                    v["explanation"] = json!(e);
                }
                v
            })
            .collect();
        let mut deck = json!({
            "title": self.title, "description": self.description, "questions": questions,
        });
        if let Some(s) = &self.source {
            deck["source"] = json!(s);
        }
        deck
    }
}

fn question_spec(id: String) -> impl Strategy<Value = QuestionSpec> {
    let distractors = (3usize..=6).prop_flat_map(|n| {
        (0..n)
            .map(|k| text(format!("D{k}: "), 5, MAX_OPTION))
            .collect::<Vec<_>>()
    });
    (
        text("t".into(), 1, MAX_TOPIC),
        text("Q".into(), 1, MAX_QUESTION),
        text("A: ".into(), 4, MAX_OPTION),
        distractors,
        prop::option::of(text("E".into(), 1, MAX_EXPLANATION)),
    )
        .prop_map(
            move |(topic, question, answer, distractors, explanation)| QuestionSpec {
                id: id.clone(),
                topic,
                question,
                answer,
                distractors,
                explanation,
            },
        )
}

/// A deck that obeys every rule, with texts of every length up to the limits.
fn valid_deck() -> impl Strategy<Value = DeckSpec> {
    let questions = prop::collection::hash_set("[a-z0-9-]{1,40}", 1..=3)
        .prop_flat_map(|ids| ids.into_iter().map(question_spec).collect::<Vec<_>>());
    (
        text("T".into(), 1, MAX_TITLE),
        text(String::new(), 0, MAX_DESCRIPTION),
        prop::option::of(text(String::new(), 0, MAX_SOURCE)),
        questions,
    )
        .prop_map(|(title, description, source, questions)| DeckSpec {
            title,
            description,
            source,
            questions,
        })
}

/// Two options that read the same: case, runs of whitespace and a final full stop do not count.
fn reads_the_same(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .trim_end_matches('.')
            .to_lowercase()
    };
    norm(a) == norm(b)
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// A deck that loaded obeys every rule of the format (checked here without the crate's code).
fn assert_obeys_every_rule(id: &str, deck: &LoadedDeck) -> TestResult {
    prop_assert!(valid_id(id), "deck id {id:?} loaded");
    prop_assert_eq!(&deck.id, id);
    let d = &deck.deck;
    prop_assert!(!d.title.trim().is_empty() && chars(&d.title) <= MAX_TITLE);
    prop_assert!(chars(&d.description) <= MAX_DESCRIPTION);
    prop_assert!(chars(&d.source) <= MAX_SOURCE);
    prop_assert!(!d.questions.is_empty(), "a deck without questions loaded");
    prop_assert_eq!(deck.len(), d.questions.len());
    let mut ids = HashSet::new();
    for q in &d.questions {
        prop_assert!(valid_id(&q.id), "question id {:?} loaded", q.id);
        prop_assert!(ids.insert(q.id.as_str()), "duplicate id {:?} loaded", q.id);
        prop_assert_eq!(deck.question(&q.id), Some(q));
        for (text, max) in [
            (&q.topic, MAX_TOPIC),
            (&q.question, MAX_QUESTION),
            (&q.answer, MAX_OPTION),
        ] {
            prop_assert!(!text.trim().is_empty() && chars(text) <= max, "{q:?}");
        }
        if let Some(e) = &q.explanation {
            prop_assert!(!e.trim().is_empty() && chars(e) <= MAX_EXPLANATION);
        }
        prop_assert!(q.distractors.len() >= MIN_DISTRACTORS, "{q:?}");
        for (i, d) in q.distractors.iter().enumerate() {
            prop_assert!(!d.trim().is_empty() && chars(d) <= MAX_OPTION, "{q:?}");
            prop_assert!(!reads_the_same(d, &q.answer), "{q:?}");
            for earlier in &q.distractors[..i] {
                prop_assert!(!reads_the_same(d, earlier), "{q:?}");
            }
        }
    }
    let topics: usize = deck.topics().map(|(_, n)| n).sum();
    prop_assert_eq!(topics, deck.len());
    Ok(())
}

/// Whatever the bytes: no panic; a deck that obeys every rule, or problems that each name the file.
fn check_deck_outcome(id: &str, bytes: &[u8]) -> TestResult {
    let path = PathBuf::from(format!("/decks folder/{id}.json"));
    match LoadedDeck::parse(id, &path, bytes) {
        Ok(deck) => assert_obeys_every_rule(id, &deck),
        Err(problems) => {
            prop_assert!(
                !problems.is_empty(),
                "refused with no problem: {}",
                String::from_utf8_lossy(bytes)
            );
            let head = format!("{}: ", path.display());
            for p in &problems {
                let shown = p.to_string();
                prop_assert!(shown.starts_with(&head), "{shown:?} does not name the file");
                prop_assert_eq!(&p.file, &path);
            }
            Ok(())
        }
    }
}

fn deck_id() -> impl Strategy<Value = String> {
    prop_oneof![9 => "[a-z0-9-]{1,40}", 1 => bad_id().prop_filter("no '/'", |s| !s.contains('/') && !s.contains('\0'))]
}

fn small_option_text() -> impl Strategy<Value = Json> {
    prop_oneof![
        40 => "[a-z]{1,4}( [a-z]{1,4})?".prop_map(Json::Str),
        2 => prop::sample::select(vec![
            "a", "A", "a.", " a ", "b", "B  ", "c", "", " ", "x y", "x  y.", "X Y",
        ])
        .prop_map(|s| Json::Str(s.to_owned())),
        1 => "(?s).{0,8}".prop_map(Json::Str),
        1 => json_leaf(),
    ]
}

fn maybe(weight: f64, s: impl Strategy<Value = Json>) -> impl Strategy<Value = Option<Json>> {
    prop::option::weighted(weight, s)
}

/// JSON shaped like a deck, with fields missing, mistyped, blank, equal or repeated often enough
/// that both valid and invalid decks come out.
fn deck_like_json() -> impl Strategy<Value = Json> {
    let id = prop_oneof![
        12 => "[a-z0-9-]{1,40}".prop_map(Json::Str),
        3 => prop::sample::select(vec!["a", "b", "a-1", "A", "", "x:y", "é"])
            .prop_map(|s| Json::Str(s.to_owned())),
        1 => json_leaf(),
    ];
    let string = || {
        prop_oneof![
            30 => "[a-zA-Z ]{0,11}[a-z]".prop_map(Json::Str),
            1 => blank().prop_map(Json::Str),
            1 => json_leaf(),
        ]
    };
    let distractors = prop_oneof![
        10 => prop::collection::vec(small_option_text(), 3..6).prop_map(Json::Arr),
        1 => prop::collection::vec(small_option_text(), 0..3).prop_map(Json::Arr),
        1 => json_leaf(),
    ];
    let question = (
        maybe(0.98, id),
        maybe(0.98, string()),
        maybe(0.98, string()),
        maybe(0.98, small_option_text()),
        maybe(0.98, distractors),
        maybe(0.5, string()),
        maybe(
            0.05,
            (key(), json_leaf()).prop_map(|(k, v)| Json::object(vec![(k, v)])),
        ),
    )
        .prop_map(
            |(id, topic, question, answer, distractors, explanation, extra)| {
                let mut pairs = Vec::new();
                for (k, v) in [
                    ("id", id),
                    ("topic", topic),
                    ("question", question),
                    ("answer", answer),
                    ("distractors", distractors),
                    ("explanation", explanation),
                ] {
                    if let Some(v) = v {
                        pairs.push((k.to_owned(), v));
                    }
                }
                if let Some(Json::Obj(extra)) = extra {
                    pairs.extend(extra);
                }
                Json::object(pairs)
            },
        );
    let questions = prop_oneof![
        10 => prop::collection::vec(question, 1..4).prop_map(Json::Arr),
        1 => Just(Json::Arr(Vec::new())),
        1 => json_tree(),
    ];
    (
        maybe(0.98, string()),
        maybe(0.98, string()),
        maybe(0.5, string()),
        maybe(0.98, questions),
        prop::option::weighted(0.05, (key(), json_leaf())),
    )
        .prop_map(|(title, description, source, questions, extra)| {
            let mut pairs = Vec::new();
            for (k, v) in [
                ("title", title),
                ("description", description),
                ("source", source),
                ("questions", questions),
            ] {
                if let Some(v) = v {
                    pairs.push((k.to_owned(), v));
                }
            }
            pairs.extend(extra);
            Json::object(pairs)
        })
}

/// One rule broken in an otherwise valid deck.
#[derive(Debug, Clone)]
enum Break {
    RemoveTop(&'static str),
    TopNotString(&'static str, Value),
    QuestionsNotList(Value),
    UnknownTop(String),
    BlankTitle(String),
    TopTooLong(&'static str, usize),
    NoQuestions,
    RemoveField(Index, &'static str),
    UnknownField(Index, String),
    FieldWrongType(Index, &'static str, Value),
    BadId(Index, String),
    DuplicateId(Index),
    BlankText(Index, &'static str, String),
    TooLong(Index, &'static str, usize, u64),
    BlankExplanation(Index, String),
    FewDistractors(Index, usize),
    DistractorIsAnswer(Index, Index, u8),
    DistractorRepeats(Index, Index, Index),
    BlankDistractor(Index, Index, String),
    LongDistractor(Index, Index, usize, u64),
    BadFileName(String),
    Truncated(Index),
}

fn not_a_string() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(json!(1.5)),
        Just(json!([])),
        Just(json!(["x"])),
        Just(json!({})),
        Just(json!({"a": "b"})),
    ]
}

fn unknown_key(known: &'static [&'static str]) -> impl Strategy<Value = String> {
    "[a-z_]{1,12}".prop_filter("unknown", move |k| !known.contains(&k.as_str()))
}

const DECK_FIELDS: &[&str] = &["title", "description", "source", "questions"];
const QUESTION_FIELDS: &[&str] = &[
    "id",
    "topic",
    "question",
    "answer",
    "distractors",
    "explanation",
];

fn breakage() -> impl Strategy<Value = Break> {
    let i = any::<Index>;
    prop_oneof![
        prop::sample::select(vec!["title", "description", "questions"]).prop_map(Break::RemoveTop),
        (
            prop::sample::select(vec!["title", "description", "source"]),
            not_a_string()
        )
            .prop_map(|(f, v)| Break::TopNotString(f, v)),
        prop_oneof![
            Just(Value::Null),
            Just(json!("q")),
            Just(json!(3)),
            Just(json!({}))
        ]
        .prop_map(Break::QuestionsNotList),
        unknown_key(DECK_FIELDS).prop_map(Break::UnknownTop),
        blank().prop_map(Break::BlankTitle),
        (
            prop::sample::select(vec!["title", "description", "source"]),
            1usize..=3
        )
            .prop_map(|(f, n)| Break::TopTooLong(f, n)),
        Just(Break::NoQuestions),
        (
            i(),
            prop::sample::select(vec!["id", "topic", "question", "answer", "distractors"])
        )
            .prop_map(|(q, f)| Break::RemoveField(q, f)),
        (i(), unknown_key(QUESTION_FIELDS)).prop_map(|(q, k)| Break::UnknownField(q, k)),
        (
            i(),
            prop::sample::select(vec!["id", "topic", "question", "answer"]),
            not_a_string()
        )
            .prop_map(|(q, f, v)| Break::FieldWrongType(q, f, v)),
        (
            i(),
            not_a_string().prop_filter("null is no explanation", |v| !v.is_null())
        )
            .prop_map(|(q, v)| Break::FieldWrongType(q, "explanation", v)),
        (
            i(),
            prop_oneof![
                Just(Value::Null),
                Just(json!("a, b, c")),
                Just(json!(3)),
                Just(json!({})),
                Just(json!(["b", 2, "c"])),
                Just(json!(["b", null, "c", "d"]))
            ]
        )
            .prop_map(|(q, v)| Break::FieldWrongType(q, "distractors", v)),
        (i(), bad_id()).prop_map(|(q, id)| Break::BadId(q, id)),
        i().prop_map(Break::DuplicateId),
        (
            i(),
            prop::sample::select(vec!["topic", "question", "answer"]),
            blank()
        )
            .prop_map(|(q, f, b)| Break::BlankText(q, f, b)),
        (
            i(),
            prop::sample::select(vec!["topic", "question", "answer", "explanation"]),
            1usize..=3,
            any::<u64>()
        )
            .prop_map(|(q, f, n, seed)| Break::TooLong(q, f, n, seed)),
        (i(), blank()).prop_map(|(q, b)| Break::BlankExplanation(q, b)),
        (i(), 0usize..MIN_DISTRACTORS).prop_map(|(q, n)| Break::FewDistractors(q, n)),
        (i(), i(), 0u8..5).prop_map(|(q, d, v)| Break::DistractorIsAnswer(q, d, v)),
        (i(), i(), i()).prop_map(|(q, d, e)| Break::DistractorRepeats(q, d, e)),
        (i(), i(), blank()).prop_map(|(q, d, b)| Break::BlankDistractor(q, d, b)),
        (i(), i(), 1usize..=3, any::<u64>())
            .prop_map(|(q, d, n, seed)| Break::LongDistractor(q, d, n, seed)),
        bad_id()
            .prop_filter("a file name", |s| !s.contains('/') && !s.contains('\0'))
            .prop_map(Break::BadFileName),
        i().prop_map(Break::Truncated),
    ]
}

/// What breaking the rule must produce: the deck id and bytes to parse, a piece of the one
/// problem's text, and the question (from 1) it must be placed at.
struct Broken {
    id: String,
    bytes: Vec<u8>,
    needle: String,
    question: Option<usize>,
}

fn break_one_rule(spec: &DeckSpec, how: &Break) -> Broken {
    let mut deck = spec.to_value();
    let n = spec.questions.len();
    let mut id = "a-deck".to_owned();
    let mut at = None;
    let q = |i: &Index| i.index(n);
    let needle = match how {
        Break::RemoveTop(f) => {
            deck.as_object_mut().unwrap().remove(*f);
            format!("`{f}`: missing")
        }
        Break::TopNotString(f, v) => {
            deck[*f] = v.clone();
            format!("`{f}`: must be a string")
        }
        Break::QuestionsNotList(v) => {
            deck["questions"] = v.clone();
            "`questions`: must be a list of questions".into()
        }
        Break::UnknownTop(k) => {
            deck[k.as_str()] = json!("x");
            format!("unknown field `{k}`")
        }
        Break::BlankTitle(b) => {
            deck["title"] = json!(b);
            "`title`: must not be empty".into()
        }
        Break::TopTooLong(f, extra) => {
            let max = match *f {
                "title" => MAX_TITLE,
                "description" => MAX_DESCRIPTION,
                _ => MAX_SOURCE,
            };
            deck[*f] = json!(fill("L", max + extra, 7));
            format!(
                "`{f}`: {} characters, at most {max} fit in a Discord message",
                max + extra
            )
        }
        Break::NoQuestions => {
            deck["questions"] = json!([]);
            "`questions`: a deck needs at least one question".into()
        }
        Break::RemoveField(i, f) => {
            at = Some(q(i) + 1);
            deck["questions"][q(i)].as_object_mut().unwrap().remove(*f);
            format!("missing field `{f}`")
        }
        Break::UnknownField(i, k) => {
            at = Some(q(i) + 1);
            deck["questions"][q(i)][k.as_str()] = json!("x");
            format!("unknown field `{k}`")
        }
        Break::FieldWrongType(i, f, v) => {
            at = Some(q(i) + 1);
            deck["questions"][q(i)][*f] = v.clone();
            "invalid type".into()
        }
        Break::BadId(i, bad) => {
            at = Some(q(i) + 1);
            deck["questions"][q(i)]["id"] = json!(bad);
            format!("id must be 1 to {MAX_ID} characters of a-z, 0-9 and '-'")
        }
        Break::DuplicateId(i) => {
            at = Some(n + 1);
            let copy = deck["questions"][q(i)].clone();
            deck["questions"].as_array_mut().unwrap().push(copy);
            format!("duplicate id, question {} has it too", q(i) + 1)
        }
        Break::BlankText(i, f, b) => {
            at = Some(q(i) + 1);
            deck["questions"][q(i)][*f] = json!(b);
            format!("`{f}` must not be empty")
        }
        Break::TooLong(i, f, extra, seed) => {
            at = Some(q(i) + 1);
            let max = match *f {
                "topic" => MAX_TOPIC,
                "question" => MAX_QUESTION,
                "answer" => MAX_OPTION,
                _ => MAX_EXPLANATION,
            };
            deck["questions"][q(i)][*f] = json!(fill("Long: ", max + extra, *seed));
            format!(
                "`{f}` is {} characters, at most {max} fit in a Discord message",
                max + extra
            )
        }
        Break::BlankExplanation(i, b) => {
            at = Some(q(i) + 1);
            deck["questions"][q(i)]["explanation"] = json!(b);
            "`explanation` is empty: leave it out instead".into()
        }
        Break::FewDistractors(i, keep) => {
            at = Some(q(i) + 1);
            let ds = deck["questions"][q(i)]["distractors"]
                .as_array_mut()
                .unwrap();
            ds.truncate(*keep);
            format!("{keep} distractors, at least {MIN_DISTRACTORS} are needed for four options")
        }
        Break::DistractorIsAnswer(i, d, variant) => {
            let question = &spec.questions[q(i)];
            at = Some(q(i) + 1);
            let d = d.index(question.distractors.len());
            let answer = &question.answer;
            let room = chars(answer) < MAX_OPTION;
            let same = match variant {
                1 => answer.to_uppercase(),
                2 if room => format!(" {answer}"),
                // A space before the final full stop is left out here: see the ignored
                // `a_space_before_a_final_full_stop_still_reads_the_same`.
                3 if room && !answer.ends_with(char::is_whitespace) => format!("{answer}."),
                4 if room => answer.replacen(' ', "  ", 1),
                _ => answer.clone(),
            };
            deck["questions"][q(i)]["distractors"][d] = json!(same);
            format!("distractor {} is the same as the answer", d + 1)
        }
        Break::DistractorRepeats(i, d, e) => {
            let question = &spec.questions[q(i)];
            at = Some(q(i) + 1);
            let d = 1 + d.index(question.distractors.len() - 1);
            let earlier = e.index(d);
            deck["questions"][q(i)]["distractors"][d] = json!(question.distractors[earlier]);
            format!("distractor {} repeats an earlier distractor", d + 1)
        }
        Break::BlankDistractor(i, d, b) => {
            at = Some(q(i) + 1);
            let d = d.index(spec.questions[q(i)].distractors.len());
            deck["questions"][q(i)]["distractors"][d] = json!(b);
            format!("distractor {} is empty", d + 1)
        }
        Break::LongDistractor(i, d, extra, seed) => {
            at = Some(q(i) + 1);
            let d = d.index(spec.questions[q(i)].distractors.len());
            deck["questions"][q(i)]["distractors"][d] =
                json!(fill("Long: ", MAX_OPTION + extra, *seed));
            format!(
                "distractor {} is {} characters, at most {MAX_OPTION}",
                d + 1,
                MAX_OPTION + extra
            )
        }
        Break::BadFileName(bad) => {
            id = bad.clone();
            "the file name is the deck id".into()
        }
        Break::Truncated(cut) => {
            let bytes = serde_json::to_vec(&deck).unwrap();
            let cut = cut.index(bytes.len());
            return Broken {
                id,
                bytes: bytes[..cut].to_vec(),
                needle: "invalid JSON".into(),
                question: None,
            };
        }
    };
    Broken {
        id,
        bytes: serde_json::to_vec(&deck).unwrap(),
        needle,
        question: at,
    }
}

/// The bundled deck's bytes, as a starting point for damaged decks.
fn bundled_deck_bytes() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/async-python.json")).unwrap()
}

proptest! {
    #![proptest_config(config(2000))]

    /// Arbitrary bytes, and the bundled deck with bytes cut, changed or inserted, never panic the
    /// deck parser: they load as a deck that obeys every rule, or are refused with at least one
    /// problem, each of which names the file.
    #[test]
    fn deck_bytes_load_or_are_refused_with_problems_naming_the_file(
        id in deck_id(),
        bytes in damaged_bytes(bundled_deck_bytes()),
    ) {
        check_deck_outcome(&id, &bytes)?;
    }

    /// Arbitrary JSON documents (any shape, bounded depth and size) never panic the deck parser:
    /// a valid deck, or at least one problem naming the file.
    #[test]
    fn deck_json_of_any_shape_loads_or_is_refused_with_problems_naming_the_file(
        id in deck_id(),
        doc in json_tree(),
    ) {
        check_deck_outcome(&id, doc.text().as_bytes())?;
    }

    /// Deck-shaped JSON with fields missing, mistyped, blank, repeated or equal to the answer: the
    /// decks that load obey every rule (valid, unique ids; at least three distractors that read
    /// differently from the answer and from each other; every text within its limit), the others
    /// are refused with problems naming the file.
    #[test]
    fn deck_shaped_json_loads_only_when_it_obeys_every_rule(
        id in deck_id(),
        doc in deck_like_json(),
    ) {
        check_deck_outcome(&id, doc.text().as_bytes())?;
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// A deck that obeys every rule, with texts up to their exact limits in multi-byte and
    /// combining characters, loads, and loads as written.
    #[test]
    fn valid_decks_up_to_the_limits_load_as_written(spec in valid_deck()) {
        let bytes = serde_json::to_vec(&spec.to_value()).unwrap();
        let deck = LoadedDeck::parse("a-deck", Path::new("a-deck.json"), &bytes);
        let deck = match deck {
            Ok(deck) => deck,
            Err(problems) => {
                let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                return Err(TestCaseError::fail(format!("a valid deck was refused: {shown:#?}")));
            }
        };
        assert_obeys_every_rule("a-deck", &deck)?;
        prop_assert_eq!(&deck.deck.title, &spec.title);
        prop_assert_eq!(&deck.deck.description, &spec.description);
        prop_assert_eq!(&deck.deck.source, spec.source.as_deref().unwrap_or(""));
        let expected: Vec<Question> = spec
            .questions
            .iter()
            .map(|q| Question {
                id: q.id.clone(),
                topic: q.topic.clone(),
                question: q.question.clone(),
                answer: q.answer.clone(),
                distractors: q.distractors.clone(),
                explanation: q.explanation.clone(),
            })
            .collect();
        prop_assert_eq!(&deck.deck.questions, &expected);
    }

    /// A valid deck that breaks exactly one rule is refused with exactly one problem, which names
    /// the file, says which rule (and, for a question's rule, which question by its position).
    #[test]
    fn a_deck_breaking_one_rule_gets_one_problem_naming_that_rule(
        spec in valid_deck(),
        how in breakage(),
    ) {
        let broken = break_one_rule(&spec, &how);
        let path = PathBuf::from(format!("decks/{}.json", broken.id));
        let problems = match LoadedDeck::parse(&broken.id, &path, &broken.bytes) {
            Ok(_) => return Err(TestCaseError::fail(format!("{how:?} was accepted"))),
            Err(problems) => problems,
        };
        let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        prop_assert_eq!(shown.len(), 1, "{:?}: {:#?}", how, shown);
        let head = format!("{}: ", path.display());
        prop_assert!(shown[0].starts_with(&head), "{:?}: {:?}", how, shown[0]);
        prop_assert!(
            shown[0].contains(&broken.needle),
            "{:?}: {:?} does not say {:?}", how, shown[0], broken.needle
        );
        if let Some(question) = broken.question {
            let place = format!("{head}question {question}");
            prop_assert!(shown[0].starts_with(&place), "{:?}: {:?} is not at {}", how, shown[0], place);
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// A deck file whose JSON repeats a key (at the top or in a question; a valid deck with one
    /// key written twice) is refused with at least one problem naming the file, and a data folder
    /// holding it does not load (it is not silently skipped).
    #[test]
    fn a_deck_repeating_a_key_is_refused_with_a_problem(
        spec in valid_deck(),
        in_question in any::<bool>(),
        which in any::<Index>(),
    ) {
        let value = spec.to_value();
        let text = with_repeated_key(&value, in_question, which).text();
        let path = Path::new("decks/dup.json");
        if let Err(problems) = LoadedDeck::parse("dup", path, text.as_bytes()) {
            prop_assert!(!problems.is_empty(), "refused with no problem: {}", text);
            for p in &problems {
                prop_assert!(p.to_string().starts_with("decks/dup.json: "), "{}", p);
            }
            let dir = scratch_dir();
            std::fs::write(dir.path().join("dup.json"), &text).unwrap();
            std::fs::write(dir.path().join("good.json"), serde_json::to_vec(&value).unwrap()).unwrap();
            let loaded = quizbot::deck::Library::load_dir(dir.path());
            prop_assert!(
                loaded.is_err(),
                "a folder with a refused deck loaded: {:?}",
                loaded.map(|l| l.decks().map(|d| d.id.clone()).collect::<Vec<_>>())
            );
        }
    }

    /// Options that differ only in case, runs of whitespace and a final full stop read the same,
    /// also when the full stop follows a space: a distractor that is the answer plus " ." is
    /// refused as the same as the answer.
    #[test]
    fn a_space_before_a_final_full_stop_still_reads_the_same(
        spec in valid_deck(),
        q in any::<Index>(),
        d in any::<Index>(),
        gap in prop::sample::select(vec![" ", "  ", "\n", " \t"]),
    ) {
        let qi = q.index(spec.questions.len());
        let question = &spec.questions[qi];
        let d = d.index(question.distractors.len());
        let same = format!("{}{gap}.", question.answer.trim_end());
        prop_assume!(chars(&same) <= MAX_OPTION);
        let mut deck = spec.to_value();
        deck["questions"][qi]["distractors"][d] = json!(same);
        let problems = LoadedDeck::parse("d", Path::new("d.json"), &serde_json::to_vec(&deck).unwrap());
        let shown: Vec<String> = problems.err().unwrap_or_default().iter().map(|p| p.to_string()).collect();
        let needle = format!("question {} ({:?}): distractor {} is the same as the answer", qi + 1, question.id, d + 1);
        prop_assert!(
            shown.len() == 1 && shown[0].contains(&needle),
            "answer {:?}, distractor {:?}: {:?}", question.answer, same, shown
        );
    }
}

fn to_json(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => Json::Num(n.to_string()),
        Value::String(s) => Json::Str(s.clone()),
        Value::Array(items) => Json::Arr(items.iter().map(to_json).collect()),
        Value::Object(map) => Json::Obj(map.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
    }
}

/// `deck` with one of its keys written a second time (same value), at the top or in a question.
fn with_repeated_key(deck: &Value, in_question: bool, which: Index) -> Json {
    let mut doc = to_json(deck);
    let Json::Obj(top) = &mut doc else {
        unreachable!()
    };
    let pairs = if in_question {
        let questions = top.iter_mut().find(|(k, _)| k == "questions").unwrap();
        let Json::Arr(items) = &mut questions.1 else {
            unreachable!()
        };
        let Json::Obj(pairs) = &mut items[0] else {
            unreachable!()
        };
        pairs
    } else {
        top
    };
    let repeated = pairs[which.index(pairs.len())].clone();
    pairs.push(repeated);
    doc
}

// ---------------------------------------------------------------------------------------------
// 2. Snapshots
// ---------------------------------------------------------------------------------------------

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    // 1970 to 2200, to the nanosecond.
    (0i64..7_258_118_400, 0u32..1_000_000_000).prop_map(|(s, ns)| Utc.timestamp_opt(s, ns).unwrap())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..84_000).prop_map(|d| NaiveDate::from_ymd_opt(1970, 1, 1).unwrap() + Duration::days(d))
}

fn name() -> impl Strategy<Value = String> {
    "(?s).{0,12}"
}

/// A row with the name, channel points and topic tallies that go in beside it.
fn member_score() -> impl Strategy<
    Value = (
        String,
        MemberScore,
        HashMap<ChannelId, u64>,
        BTreeMap<String, Tally>,
    ),
> {
    (
        name(),
        any::<u64>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        prop::option::of(date()),
        prop::collection::hash_map(any::<u64>().prop_map(ChannelId), any::<u64>(), 0..3),
        prop::collection::btree_map(
            name(),
            (any::<u32>(), any::<u32>())
                .prop_map(|(answered, correct)| Tally { answered, correct }),
            0..3,
        ),
    )
        .prop_map(
            |(
                name,
                points,
                answered,
                correct,
                streak,
                best_streak,
                daily_streak,
                best_daily_streak,
                last_daily_right,
                channels,
                topics,
            )| {
                let row = MemberScore {
                    points,
                    answered,
                    correct,
                    streak,
                    best_streak,
                    daily_streak,
                    best_daily_streak,
                    last_daily_right,
                };
                (name, row, channels, topics)
            },
        )
}

fn daily_schedule() -> impl Strategy<Value = DailySchedule> {
    (
        any::<u64>().prop_map(ChannelId),
        (0u32..24, 0u32..60).prop_map(|(h, m)| NaiveTime::from_hms_opt(h, m, 0).unwrap()),
        prop::sample::select(chrono_tz::TZ_VARIANTS.to_vec()),
        prop::option::of("[a-z0-9-]{1,40}"),
        prop::option::of(name()),
        instant(),
        prop::option::of(date()),
        prop::option::of(
            (date(), instant(), name()).prop_map(|(date, at, message)| DeliveryError {
                date,
                at,
                message,
            }),
        ),
    )
        .prop_map(
            |(channel, time, zone, deck, topic, set_at, last_posted, last_error)| DailySchedule {
                channel,
                time,
                zone,
                deck,
                topic,
                set_at,
                last_posted,
                last_error,
            },
        )
}

fn cycle() -> impl Strategy<Value = Cycle> {
    prop::collection::vec("[a-z0-9-]{1,40}", 0..5)
        .prop_map(|ids| serde_json::from_value(json!(ids)).unwrap())
}

fn guild_state() -> impl Strategy<Value = GuildState> {
    (
        prop::collection::hash_map(any::<u64>().prop_map(UserId), member_score(), 0..4),
        prop::collection::hash_map("[a-z0-9-]{1,40}", cycle(), 0..3),
        prop::option::of(daily_schedule()),
    )
        .prop_map(|(members, cycles, daily)| {
            let mut scores = Scoreboard::default();
            for (user, (name, row, channels, topics)) in members {
                let topics = topics.iter().map(|(t, n)| (t.as_str(), *n));
                scores.insert(user, &name, row, channels, topics);
            }
            GuildState {
                scores,
                cycles: Arc::new(cycles),
                daily,
                daily_posted_before_off: None,
            }
        })
}

/// A review book whose cards sit in boxes 1 to 5, each graded at some instant.
fn review_book() -> impl Strategy<Value = ReviewBook> {
    prop::collection::vec(
        ("[a-z0-9-]{1,10}", "[a-z0-9-]{1,10}", 1u8..=5, instant()),
        0..5,
    )
    .prop_map(|cards| {
        let mut book = ReviewBook::default();
        for (deck, question, level, at) in cards {
            let card = Arc::new(CardKey::new(deck, question));
            book.grade(&card, false, at);
            for _ in 1..level {
                book.grade(&card, true, at);
            }
        }
        book
    })
}

/// An open question that passes [`OpenQuestion::check`]: 2 to 4 options, the right one among
/// them, answers only to options it has, and a first right answerer who answered right.
fn open_question() -> impl Strategy<Value = OpenQuestion> {
    (2usize..=4).prop_flat_map(|n| {
        (
            (
                any::<u64>().prop_map(GuildId),
                any::<u64>().prop_map(ChannelId),
                "[a-z0-9-]{1,40}",
                "[a-z0-9-]{1,40}",
                name(),
                prop::collection::vec(name(), n),
                0..n as u8,
            ),
            (instant(), instant()),
            prop::option::of(any::<u64>().prop_map(MessageId)),
            prop::collection::hash_map(
                any::<u64>().prop_map(UserId),
                (0..n as u8, any::<u32>(), any::<u32>()).prop_map(|(option, seq, points)| Answer {
                    option,
                    seq,
                    points,
                }),
                0..5,
            ),
            prop::option::of(any::<Index>()),
            prop::option::of(date()),
        )
            .prop_map(
                |(
                    (guild, channel, deck, question, topic, options, correct),
                    (opened_at, closes_at),
                    message,
                    answers,
                    first,
                    daily,
                )| {
                    let mut right: Vec<UserId> = answers
                        .iter()
                        .filter(|(_, a)| a.option == correct)
                        .map(|(u, _)| *u)
                        .collect();
                    right.sort();
                    let first_right = first
                        .filter(|_| !right.is_empty())
                        .map(|i| right[i.index(right.len())]);
                    OpenQuestion {
                        guild,
                        channel,
                        card: Arc::new(CardKey::new(deck, question)),
                        topic: topic.into(),
                        options,
                        correct,
                        opened_at,
                        closes_at,
                        message,
                        answers: answers.into_iter().collect(),
                        first_right,
                        daily,
                    }
                },
            )
    })
}

/// A consistent state: every open id below `next_open_id`, every card in boxes 1 to 5, every
/// open question passing its check.
fn valid_state() -> impl Strategy<Value = State> {
    (
        prop::collection::hash_map(any::<u64>().prop_map(GuildId), guild_state(), 0..3),
        prop::collection::hash_map(any::<u64>().prop_map(UserId), review_book(), 0..3),
        prop::collection::hash_map(0..u64::MAX / 2, open_question(), 0..4),
        0u64..1000,
    )
        .prop_map(|(guilds, reviews, open, extra)| {
            let next_open_id = open.keys().max().map_or(extra, |max| max + 1 + extra);
            State {
                guilds: guilds.into_iter().collect(),
                reviews: reviews.into_iter().collect(),
                open: open.into_iter().map(|(id, q)| (OpenId(id), q)).collect(),
                next_open_id,
            }
        })
}

/// A change anywhere in a JSON document: remove a key or element, or replace a value.
#[derive(Debug, Clone)]
enum Poke {
    Remove,
    Replace(Value),
}

fn poke_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(vec![
            Value::Null,
            json!(true),
            json!(0),
            json!(-1),
            json!(1),
            json!(2),
            json!(4),
            json!(5),
            json!(9),
            json!(u64::MAX),
            json!(1.5),
            json!(""),
            json!("x"),
            json!("1"),
            json!("UTC"),
            json!("Mars/Olympus"),
            json!("25:00"),
            json!("2026-01-01T00:00:00Z"),
            json!("2026-02-30"),
            json!([]),
            json!({}),
            json!({"1": {}}),
        ]),
        any::<i64>().prop_map(Value::from),
    ]
}

fn poke() -> impl Strategy<Value = (Vec<Index>, Poke)> {
    (
        prop::collection::vec(any::<Index>(), 1..8),
        prop_oneof![
            1 => Just(Poke::Remove),
            3 => poke_value().prop_map(Poke::Replace),
        ],
    )
}

/// Applies `poke` at the node `path` leads to (each step picks a child of a non-empty container).
fn apply_poke(value: &mut Value, path: &[Index], poke: &Poke) {
    let (step, rest) = match path.split_first() {
        Some(split) => split,
        None => {
            if let Poke::Replace(v) = poke {
                *value = v.clone();
            }
            return;
        }
    };
    let descend = |child: &Value| {
        !rest.is_empty()
            && match child {
                Value::Array(a) => !a.is_empty(),
                Value::Object(o) => !o.is_empty(),
                _ => false,
            }
    };
    match value {
        Value::Array(items) if !items.is_empty() => {
            let i = step.index(items.len());
            if descend(&items[i]) {
                apply_poke(&mut items[i], rest, poke);
            } else {
                match poke {
                    Poke::Remove => {
                        items.remove(i);
                    }
                    Poke::Replace(v) => items[i] = v.clone(),
                }
            }
        }
        Value::Object(map) if !map.is_empty() => {
            let key = map.keys().nth(step.index(map.len())).unwrap().clone();
            if descend(&map[&key]) {
                apply_poke(map.get_mut(&key).unwrap(), rest, poke);
            } else {
                match poke {
                    Poke::Remove => {
                        map.remove(&key);
                    }
                    Poke::Replace(v) => {
                        map.insert(key, v.clone());
                    }
                }
            }
        }
        _ => {
            if let Poke::Replace(v) = poke {
                *value = v.clone();
            }
        }
    }
}

/// Whatever the bytes: `decode` and `load` never panic, agree, and either give a consistent
/// state that round-trips or an error naming the file; `load` leaves the file as it was.
fn check_snapshot_outcome(bytes: &[u8]) -> Result<Option<State>, TestCaseError> {
    let dir = scratch_dir();
    let path = dir.path().join("state dir").join("quizbot.json");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    let decoded = snapshot::decode(&path, bytes);
    let loaded = snapshot::load(&path);
    prop_assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "load changed the snapshot file"
    );
    let files = std::fs::read_dir(path.parent().unwrap()).unwrap().count();
    prop_assert_eq!(files, 1, "load left files beside the snapshot");
    match (decoded, loaded) {
        (Ok(state), Ok(Some(again))) => {
            prop_assert_eq!(&state, &again);
            prop_assert_eq!(state.check(), Ok(()));
            let reencoded = snapshot::encode(&state);
            let back = snapshot::decode(&path, &reencoded);
            prop_assert!(
                matches!(&back, Ok(s) if *s == state),
                "an accepted snapshot does not round-trip: {:?}",
                back
            );
            Ok(Some(state))
        }
        (Err(e), Err(again)) => {
            let shown = e.to_string();
            // The same refusal; its text may differ, since the check reports the first bad open
            // question in a hash map's order.
            prop_assert_eq!(std::mem::discriminant(&e), std::mem::discriminant(&again));
            prop_assert!(again.to_string().contains(&*path.to_string_lossy()));
            prop_assert!(
                shown.contains(&*path.to_string_lossy()),
                "{:?} does not name the file",
                shown
            );
            let io_error = matches!(e, SnapshotError::Read { .. } | SnapshotError::Write { .. });
            prop_assert!(!io_error, "{}", shown);
            Ok(None)
        }
        (decoded, loaded) => Err(TestCaseError::fail(format!(
            "decode and load disagree: {decoded:?} / {loaded:?}"
        ))),
    }
}

/// `state` as version 1 wrote it.
fn as_version_1(state: &State) -> Value {
    let mut doc: Value = serde_json::from_slice(&snapshot::encode(state)).unwrap();
    doc["version"] = json!(1);
    for guild in doc["state"]["guilds"].as_object_mut().unwrap().values_mut() {
        let guild = guild.as_object_mut().unwrap();
        let scores = guild.remove("scores").unwrap();
        let (channels, topics) = (&scores["channels"], &scores["topics"]);
        let members: serde_json::Map<String, Value> = scores["members"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(user, row)| {
                let at = |v: &Value| v.as_u64().unwrap() as usize;
                let mut member = json!({
                    "name": row[0], "points": row[1], "answered": row[2], "correct": row[3],
                    "streak": row[4], "best_streak": row[5], "daily_streak": row[6],
                    "best_daily_streak": row[7],
                    "channels": row[9].as_array().unwrap().iter()
                        .map(|c| (channels[at(&c[0])].to_string(), c[1].clone()))
                        .collect::<serde_json::Map<_, _>>(),
                    "topics": row[10].as_array().unwrap().iter()
                        .map(|t| (
                            topics[at(&t[0])].as_str().unwrap().to_owned(),
                            json!({"answered": t[1], "correct": t[2]}),
                        ))
                        .collect::<serde_json::Map<_, _>>(),
                });
                if !row[8].is_null() {
                    member["last_daily_right"] = row[8].clone();
                }
                (user.clone(), member)
            })
            .collect();
        guild.insert("members".into(), Value::Object(members));
    }
    doc
}

/// Every member's score as a user sees it: counters, points per channel, tally per topic.
type SeenScore = (
    String,
    [u64; 7],
    Option<NaiveDate>,
    BTreeMap<u64, u64>,
    BTreeMap<String, Tally>,
);

fn scores_seen(state: &State) -> BTreeMap<(u64, u64), SeenScore> {
    let mut seen = BTreeMap::new();
    for (guild, g) in state.guilds.iter() {
        for member in g.scores.members() {
            let (user, m) = (member.user, member.score);
            let counters = [
                m.points,
                m.answered.into(),
                m.correct.into(),
                m.streak.into(),
                m.best_streak.into(),
                m.daily_streak.into(),
                m.best_daily_streak.into(),
            ];
            let channels = member.channels().map(|(c, p)| (c.0, p)).collect();
            let topics = member.topics().map(|(t, n)| (t.to_owned(), n)).collect();
            seen.insert(
                (guild.0, user.0),
                (
                    member.name.to_owned(),
                    counters,
                    m.last_daily_right,
                    channels,
                    topics,
                ),
            );
        }
    }
    seen
}

fn sample_snapshot_bytes() -> Vec<u8> {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut state = valid_state().new_tree(&mut runner).unwrap().current();
    while state.open.is_empty() || state.guilds.is_empty() {
        state = valid_state().new_tree(&mut runner).unwrap().current();
    }
    snapshot::encode(&state)
}

proptest! {
    #![proptest_config(config(2000))]

    /// Arbitrary bytes, and a snapshot with bytes cut, changed or inserted, as the snapshot file:
    /// no panic; a consistent state, or an error naming the file; the file is never modified.
    #[test]
    fn snapshot_bytes_load_or_are_refused_naming_the_file(
        bytes in damaged_bytes(sample_snapshot_bytes()),
    ) {
        check_snapshot_outcome(&bytes)?;
    }

    /// Arbitrary JSON as the snapshot file, bare or inside `{"version": 1 or 2, "state": ...}`:
    /// no panic; a consistent state, or an error naming the file; the file is never modified.
    #[test]
    fn snapshot_json_of_any_shape_loads_or_is_refused_naming_the_file(
        doc in json_tree(),
        wrapped in prop::option::of(1u32..=2),
    ) {
        let text = match wrapped {
            Some(version) => format!("{{\"version\":{version},\"state\":{}}}", doc.text()),
            None => doc.text(),
        };
        check_snapshot_outcome(text.as_bytes())?;
    }
}

/// One step against [`Shards`] while copies (the snapshots' view) come and go.
#[derive(Debug, Clone)]
enum MapStep {
    /// Adds to the value, making it if missing (`get_or_default`).
    Add(u64, u64),
    /// Changes the value if present (`get_mut`).
    Double(u64),
    Insert(u64, u64),
    Remove(u64),
    Copy,
    /// Drops one of the copies alive.
    DropCopy(Index),
}

fn map_step() -> impl Strategy<Value = MapStep> {
    // 600 keys over 256 shards: many shards hold several, so a change sits beside others.
    let key = 0..600u64;
    prop_oneof![
        4 => (key.clone(), 1..100u64).prop_map(|(k, v)| MapStep::Add(k, v)),
        2 => key.clone().prop_map(MapStep::Double),
        2 => (key.clone(), 1..100u64).prop_map(|(k, v)| MapStep::Insert(k, v)),
        2 => key.prop_map(MapStep::Remove),
        1 => Just(MapStep::Copy),
        1 => any::<Index>().prop_map(MapStep::DropCopy),
    ]
}

fn map_contents(map: &Shards<UserId, u64>) -> BTreeMap<u64, u64> {
    map.iter().map(|(k, v)| (k.0, *v)).collect()
}

proptest! {
    #![proptest_config(config(1000))]

    /// Whatever is written or removed while copies are alive, the live map reads like a plain
    /// map given the same steps, and every copy still reads exactly as it did when taken
    /// (through `get`, `iter`, `len` and a snapshot round trip).
    #[test]
    fn shared_maps_read_like_plain_maps_and_copies_keep_what_they_saw(
        start in proptest::collection::btree_map(0..600u64, 1..100u64, 0..300),
        steps in proptest::collection::vec(map_step(), 1..80),
    ) {
        let mut live: Shards<UserId, u64> =
            start.iter().map(|(k, v)| (UserId(*k), *v)).collect();
        let mut model = start;
        let mut copies: Vec<(Shards<UserId, u64>, BTreeMap<u64, u64>)> = Vec::new();
        for step in steps {
            match step {
                MapStep::Add(k, v) => {
                    *live.get_or_default(UserId(k)) += v;
                    *model.entry(k).or_default() += v;
                }
                MapStep::Double(k) => {
                    if let Some(value) = live.get_mut(&UserId(k)) {
                        *value *= 2;
                    }
                    if let Some(value) = model.get_mut(&k) {
                        *value *= 2;
                    }
                }
                MapStep::Insert(k, v) => {
                    let old = live.insert(UserId(k), v);
                    prop_assert_eq!(old, model.insert(k, v));
                }
                MapStep::Remove(k) => {
                    let old = live.remove(&UserId(k));
                    prop_assert_eq!(old, model.remove(&k));
                }
                MapStep::Copy => copies.push((live.clone(), model.clone())),
                MapStep::DropCopy(which) => {
                    if !copies.is_empty() {
                        copies.remove(which.index(copies.len()));
                    }
                }
            }
            prop_assert_eq!(map_contents(&live), model.clone());
            prop_assert_eq!(live.len(), model.len());
            for (k, v) in &model {
                prop_assert_eq!(live.get(&UserId(*k)), Some(v));
            }
            for (copy, seen) in &copies {
                prop_assert_eq!(&map_contents(copy), seen);
                prop_assert_eq!(copy.len(), seen.len());
            }
        }
        let json = serde_json::to_string(&live).unwrap();
        let back: Shards<UserId, u64> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(map_contents(&back), model);
    }
}

/// `board` written as a snapshot holds it and read back.
fn reread(board: &Scoreboard) -> Scoreboard {
    let mut json = Vec::new();
    board.write_json(&mut json).unwrap();
    serde_json::from_slice(&json).unwrap()
}

/// One step against a server's [`Scoreboard`] while copies (the snapshots' view) come and go.
#[derive(Debug, Clone)]
enum BoardStep {
    Answer {
        user: u64,
        renamed: bool,
        channel: u64,
        topic: usize,
        right: bool,
        points: u32,
    },
    /// A right daily answer through `member_mut`.
    Daily(u64, u32),
    Copy,
    DropCopy(Index),
}

fn board_step() -> impl Strategy<Value = BoardStep> {
    prop_oneof![
        8 => (0..40u64, any::<bool>(), 0..3u64, 0..4usize, any::<bool>(), 0..20u32).prop_map(
            |(user, renamed, channel, topic, right, points)| BoardStep::Answer {
                user,
                renamed,
                channel,
                topic,
                right,
                points,
            }
        ),
        1 => (0..40u64, 0..30u32).prop_map(|(user, day)| BoardStep::Daily(user, day)),
        1 => Just(BoardStep::Copy),
        1 => any::<Index>().prop_map(BoardStep::DropCopy),
    ]
}

fn apply_board_step(board: &mut Scoreboard, step: &BoardStep) {
    const TOPICS: [&str; 4] = ["basics", "errors", "tasks", "event loop"];
    match *step {
        BoardStep::Answer {
            user,
            renamed,
            channel,
            topic,
            right,
            points,
        } => {
            let name = format!("member {user}{}", if renamed { " (renamed)" } else { "" });
            board.record(
                UserId(user),
                &name,
                Scored {
                    channel: ChannelId(channel),
                    topic: TOPICS[topic],
                    right,
                    points,
                },
            );
        }
        BoardStep::Daily(user, day) => {
            let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(day.into());
            if let Some(score) = board.member_mut(UserId(user)) {
                score.record_daily(date, true);
            }
        }
        BoardStep::Copy | BoardStep::DropCopy(_) => {}
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// Answers recorded while copies of a server's scores are alive (a row then leaves the
    /// shared rows for the live side alone) read exactly as on a board that was never copied,
    /// and every copy still reads as the board did when it was taken; after a snapshot round
    /// trip too.
    #[test]
    fn scores_changed_while_copies_are_alive_read_like_a_board_never_copied(
        start in proptest::collection::vec(board_step(), 0..60),
        steps in proptest::collection::vec(board_step(), 1..80),
    ) {
        // The model is never cloned (a clone shares rows): its expected copies are rebuilt
        // from its snapshot form.
        let (mut live, mut model) = (Scoreboard::default(), Scoreboard::default());
        for step in &start {
            apply_board_step(&mut live, step);
            apply_board_step(&mut model, step);
        }
        let mut copies: Vec<(Scoreboard, Scoreboard)> = Vec::new();
        for step in &steps {
            match step {
                BoardStep::Copy => copies.push((live.clone(), reread(&model))),
                BoardStep::DropCopy(which) => {
                    if !copies.is_empty() {
                        copies.remove(which.index(copies.len()));
                    }
                }
                _ => {
                    apply_board_step(&mut live, step);
                    apply_board_step(&mut model, step);
                }
            }
            prop_assert_eq!(&live, &model);
            prop_assert_eq!(live.len(), model.len());
            prop_assert_eq!(live.members().count(), model.len());
            for (copy, seen) in &copies {
                prop_assert_eq!(copy, seen);
            }
        }
        prop_assert!(live.check().is_ok());
        prop_assert_eq!(reread(&live), model);
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// Valid states (guilds, members with scores, daily schedules in every zone, cycles, open
    /// questions that pass their check, review cards in boxes 1 to 5, `next_open_id` above every
    /// open id) round-trip through `encode` + `decode`, and through a file and `load`; `save`
    /// (which encodes servers on two threads) writes exactly the bytes of `encode`.
    #[test]
    fn valid_states_round_trip(state in valid_state()) {
        let bytes = snapshot::encode(&state);
        let dir = scratch_dir();
        let saved = dir.path().join("saved.json");
        snapshot::save(&saved, &state).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(std::fs::read(&saved).ok(), Some(bytes.clone()), "save writes what encode makes");
        let decoded = snapshot::decode(Path::new("s.json"), &bytes);
        prop_assert!(matches!(&decoded, Ok(s) if *s == state), "{:?}", decoded.err());
        prop_assert_eq!(check_snapshot_outcome(&bytes)?, Some(state));
    }

    /// Any valid state written as a version 1 file (each score row an object naming its
    /// channels and topics) loads with every score, streak, channel and topic as it was.
    #[test]
    fn version_1_files_load_with_every_score(state in valid_state()) {
        let v1 = as_version_1(&state);
        let loaded = snapshot::decode(Path::new("s.json"), v1.to_string().as_bytes());
        let loaded = loaded.map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(scores_seen(&loaded), scores_seen(&state));
        prop_assert_eq!(&loaded.reviews, &state.reviews);
        prop_assert_eq!(&loaded.open, &state.open);
        prop_assert_eq!(loaded.next_open_id, state.next_open_id);
        for (id, g) in state.guilds.iter() {
            let other = &loaded.guilds[id];
            prop_assert_eq!((&other.cycles, &other.daily), (&g.cycles, &g.daily));
        }
    }

    /// A valid snapshot with one key or element removed, or one value replaced anywhere: no
    /// panic; either still a consistent state (that round-trips) or an error naming the file,
    /// and the file is never modified.
    #[test]
    fn a_damaged_snapshot_loads_consistently_or_is_refused(
        state in valid_state(),
        (path, how) in poke(),
    ) {
        let mut value: Value = serde_json::from_slice(&snapshot::encode(&state)).unwrap();
        apply_poke(&mut value, &path, &how);
        check_snapshot_outcome(&serde_json::to_vec(&value).unwrap())?;
    }

    /// A snapshot of any other version is refused as such, naming the version it has.
    #[test]
    fn other_versions_are_refused_naming_the_version(
        state in valid_state(),
        version in any::<u64>().prop_filter("not ours", |v| !(1..=u64::from(snapshot::VERSION)).contains(v)),
    ) {
        let mut value: Value = serde_json::from_slice(&snapshot::encode(&state)).unwrap();
        value["version"] = json!(version);
        let err = snapshot::decode(Path::new("s.json"), &serde_json::to_vec(&value).unwrap());
        prop_assert!(
            matches!(err, Err(SnapshotError::Version { found, .. }) if found == version),
            "{:?}", err
        );
    }

    /// A snapshot that parses but does not hold together (an open id never issued, a right option
    /// or an answer past the options, too few or too many options, a first right answerer who
    /// was wrong, a review card outside boxes 1 to 5) is refused as inconsistent, naming the file.
    #[test]
    fn inconsistent_snapshots_are_refused(
        state in valid_state(),
        which in 0u8..6,
        pick in any::<Index>(),
        number in any::<u8>(),
    ) {
        let mut value: Value = serde_json::from_slice(&snapshot::encode(&state)).unwrap();
        let s = &mut value["state"];
        let open_ids: Vec<String> = s["open"].as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
        let expected = match which {
            0 if !open_ids.is_empty() => {
                let id: u64 = open_ids[pick.index(open_ids.len())].parse().unwrap();
                s["next_open_id"] = json!(id - u64::from(number) % (id + 1));
                "was never issued"
            }
            1 if !open_ids.is_empty() => {
                let q = &mut s["open"][&open_ids[pick.index(open_ids.len())]];
                let n = q["options"].as_array().unwrap().len() as u64;
                q["correct"] = json!(n + u64::from(number % 200));
                "correct option"
            }
            2 if !open_ids.is_empty() => {
                let q = &mut s["open"][&open_ids[pick.index(open_ids.len())]];
                let n = q["options"].as_array().unwrap().len() as u64;
                q["answers"]["77"] = json!({"option": n + u64::from(number % 200), "seq": 0, "points": 0});
                "answered option"
            }
            3 if !open_ids.is_empty() => {
                let q = &mut s["open"][&open_ids[pick.index(open_ids.len())]];
                let options = q["options"].as_array_mut().unwrap();
                if number % 2 == 0 {
                    options.truncate(1);
                    q["correct"] = json!(0);
                    q["answers"] = json!({});
                    q["first_right"] = Value::Null;
                } else {
                    options.resize(5 + usize::from(number % 7), json!("more"));
                }
                "options"
            }
            4 if !open_ids.is_empty() => {
                let q = &mut s["open"][&open_ids[pick.index(open_ids.len())]];
                let n = q["options"].as_array().unwrap().len() as u64;
                let correct = q["correct"].as_u64().unwrap();
                q["answers"]["77"] = json!({"option": (correct + 1) % n, "seq": 0, "points": 0});
                q["first_right"] = json!(77);
                "first right answer"
            }
            _ => {
                let level = [0, 6, 7, 9, 200, 255][usize::from(number) % 6];
                s["reviews"]["5"] = json!({"d": {"q": {"box": level, "due": "2026-01-01T00:00:00Z"}}});
                "box"
            }
        };
        let bytes = serde_json::to_vec(&value).unwrap();
        let err = snapshot::decode(Path::new("dir/s.json"), &bytes);
        match &err {
            Err(e @ SnapshotError::Inconsistent { .. }) => {
                let shown = e.to_string();
                prop_assert!(shown.contains("dir/s.json") && shown.contains(expected), "{}", shown);
            }
            other => return Err(TestCaseError::fail(format!("expected an inconsistency ({expected}): {other:?}"))),
        }
        check_snapshot_outcome(&bytes)?;
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Component custom ids
// ---------------------------------------------------------------------------------------------

/// Custom ids as the bot writes them, with one or more pieces slightly off: prefixes, signs,
/// leading zeros, numbers past their range, steps and scopes, deck ids of every length, the
/// number of fields.
fn custom_id_text() -> impl Strategy<Value = String> {
    let prefix = |ours: &'static str| {
        prop_oneof![
            8 => Just(ours),
            1 => prop::sample::select(vec!["q1", "f1", "l1", "Q1", "q2", "q", "l1 ", " q1", "q01", ""]),
        ]
    };
    let number = || {
        prop_oneof![
            6 => "0|[1-9][0-9]{0,5}",
            2 => "[1-9][0-9]{17,20}",
            1 => "[0-9]{1,4}",
            2 => prop::sample::select(vec![
                "", "00", "01", "-1", "+1", " 1", "1 ", "100000", "100001",
                "18446744073709551615", "18446744073709551616", "\u{0661}", "\u{ff11}", "1\u{0}",
            ])
            .prop_map(str::to_owned),
        ]
    };
    let word = || {
        prop_oneof![
            6 => "[a-z0-9-]{1,40}",
            1 => "[a-z0-9-]{41,45}",
            2 => prop::sample::select(vec!["", "A", "a b", "é", "a_b", "a.b", "-", "0"])
                .prop_map(str::to_owned),
        ]
    };
    let letter = || {
        prop::sample::select(vec!["r", "k", "m", "s", "c", "x", "R", "", "rk"])
            .prop_map(str::to_owned)
    };
    let field = prop_oneof![number(), word(), letter(), "[a-z0-9:+ -]{0,6}"];
    prop_oneof![
        (prefix("q1"), number(), number()).prop_map(|(p, a, b)| format!("{p}:{a}:{b}")),
        (prefix("f1"), letter(), word(), word())
            .prop_map(|(p, s, d, q)| format!("{p}:{s}:{d}:{q}")),
        (prefix("l1"), letter(), number()).prop_map(|(p, s, n)| format!("{p}:{s}:{n}")),
        (
            prop::sample::select(vec!["q1", "f1", "l1", "Q1", "x"]),
            prop::collection::vec(field, 0..6)
        )
            .prop_map(|(p, fields)| {
                let mut s = p.to_owned();
                for f in fields {
                    s.push(':');
                    s.push_str(&f);
                }
                s
            }),
    ]
}

fn issued_custom_id() -> impl Strategy<Value = CustomId> {
    prop_oneof![
        (any::<u64>(), 0u8..4).prop_map(|(open, option)| CustomId::Answer {
            open: OpenId(open),
            option
        }),
        (
            prop::sample::select(vec![Step::Reveal, Step::Knew, Step::Missed]),
            "[a-z0-9-]{1,40}",
            "[a-z0-9-]{1,40}"
        )
            .prop_map(|(step, deck, question)| CustomId::Flashcard {
                step,
                deck,
                question
            }),
        (any::<bool>(), 1usize..=100_000)
            .prop_map(|(channel, page)| CustomId::Page { channel, page }),
    ]
}

fn check_custom_id(text: &str) -> TestResult {
    if let Some(id) = CustomId::parse(text) {
        let again = id.to_string();
        prop_assert_eq!(
            again.as_str(),
            text,
            "{:?} was accepted as {:?}, which the bot writes differently",
            text,
            id
        );
        prop_assert!(
            text.len() <= 100,
            "{:?} is longer than Discord allows",
            text
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(5000))]

    /// Arbitrary strings never panic the custom id parser, and a string it accepts is exactly what
    /// the bot writes for that id (at most 100 characters): nothing else gets in under another
    /// spelling.
    #[test]
    fn arbitrary_custom_ids_parse_only_in_the_form_the_bot_writes(text in "(?s).{0,120}") {
        check_custom_id(&text)?;
    }

    /// The same for strings built from the id alphabet (prefixes, digits, signs, zeros, steps,
    /// deck ids of every length, separators) and their near misses.
    #[test]
    fn near_miss_custom_ids_parse_only_in_the_form_the_bot_writes(text in custom_id_text()) {
        check_custom_id(&text)?;
    }

    /// Every id the bot issues fits Discord's 100 characters and parses back to itself.
    #[test]
    fn issued_custom_ids_parse_back_to_themselves(id in issued_custom_id()) {
        let text = id.to_string();
        prop_assert!(text.len() <= 100, "{}", text);
        prop_assert_eq!(CustomId::parse(&text), Some(id));
    }
}

// ---------------------------------------------------------------------------------------------
// 4. The engine against a model
// ---------------------------------------------------------------------------------------------

const DECK: &str = "async-python";
const USERS: u64 = 4;

fn place(guild: u8, channel: u8) -> Place {
    let guild = u64::from(guild) + 1;
    Place {
        guild: GuildId(guild),
        channel: ChannelId(guild * 100 + u64::from(channel)),
    }
}

fn places() -> Vec<Place> {
    (0..2)
        .flat_map(|g| (0..2).map(move |c| place(g, c)))
        .collect()
}

/// Which question an answer or close is for.
#[derive(Debug, Clone)]
enum Target {
    /// One of the questions open now (or, if none is, id 0).
    Open(Index),
    /// Any id issued so far, open or closed.
    Issued(Index),
    /// An id not issued yet: the next one, or a few past it.
    Unissued(u8),
    /// Any number at all.
    Any(u64),
}

#[derive(Debug, Clone)]
enum Pick {
    /// The right option, whichever letter it is.
    Right,
    /// This option index (4 and 5 are past the options).
    Raw(u8),
}

#[derive(Debug, Clone)]
enum Op {
    Open {
        guild: u8,
        channel: u8,
        secs: u16,
    },
    Answer {
        target: Target,
        /// Pressed in another place than the question's.
        elsewhere: Option<Index>,
        user: u64,
        name: u8,
        pick: Pick,
    },
    Advance(u16),
    Close(Target),
    Snapshot,
    /// A snapshot, then a new app loaded from it.
    Restart,
    /// A new app loaded from the last snapshot, without taking one (a kill).
    Crash,
}

fn target() -> impl Strategy<Value = Target> {
    prop_oneof![
        8 => any::<Index>().prop_map(Target::Open),
        3 => any::<Index>().prop_map(Target::Issued),
        1 => (0u8..3).prop_map(Target::Unissued),
        1 => any::<u64>().prop_map(Target::Any),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0u8..2, 0u8..2, 1u16..=120).prop_map(|(guild, channel, secs)| Op::Open { guild, channel, secs }),
        10 => (
            target(),
            prop::option::weighted(0.1, any::<Index>()),
            1..=USERS,
            0u8..2,
            prop_oneof![2 => Just(Pick::Right), 3 => (0u8..4).prop_map(Pick::Raw), 1 => (4u8..=5).prop_map(Pick::Raw)],
        )
            .prop_map(|(target, elsewhere, user, name, pick)| Op::Answer { target, elsewhere, user, name, pick }),
        2 => prop_oneof![3 => 0u16..=10, 1 => 0u16..=120].prop_map(Op::Advance),
        2 => target().prop_map(Op::Close),
        1 => Just(Op::Snapshot),
        1 => Just(Op::Restart),
        1 => Just(Op::Crash),
    ]
}

#[derive(Debug, Clone)]
struct ModelOpen {
    place: Place,
    question: Question,
    correct: u8,
    closes_at: DateTime<Utc>,
    /// In order of arrival: user, option, points.
    answers: Vec<(u64, u8, u32)>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct ModelScore {
    name: String,
    points: u64,
    answered: u32,
    correct: u32,
    streak: u32,
    best_streak: u32,
    channels: BTreeMap<u64, u64>,
    topics: BTreeMap<String, (u32, u32)>,
}

#[derive(Debug, Clone, Default)]
struct Model {
    next_id: u64,
    open: BTreeMap<u64, ModelOpen>,
    /// (guild, user).
    scores: BTreeMap<(u64, u64), ModelScore>,
    /// (user, question id): box and due time.
    cards: BTreeMap<(u64, String), (u8, DateTime<Utc>)>,
    /// Per guild, the questions asked since its cycle of the deck began.
    asked: BTreeMap<u64, HashSet<String>>,
}

const INTERVAL_DAYS: [i64; 5] = [0, 1, 3, 7, 14];

impl Model {
    fn resolve(&self, target: &Target) -> u64 {
        match target {
            Target::Open(i) if !self.open.is_empty() => {
                *self.open.keys().nth(i.index(self.open.len())).unwrap()
            }
            Target::Issued(i) if self.next_id > 0 => i.index(self.next_id as usize) as u64,
            Target::Open(_) | Target::Issued(_) => 0,
            Target::Unissued(k) => self.next_id + u64::from(*k),
            Target::Any(n) => *n,
        }
    }

    /// What answering should give: the points, or the refusal.
    fn expect_answer(
        &self,
        id: u64,
        at: Place,
        user: u64,
        option: u8,
        now: DateTime<Utc>,
    ) -> Result<u32, UserError> {
        let Some(open) = self.open.get(&id) else {
            return Err(if id < self.next_id {
                UserError::QuestionClosed
            } else {
                UserError::NotRecognised
            });
        };
        if open.place != at {
            return Err(UserError::NotRecognised);
        }
        if now >= open.closes_at {
            return Err(UserError::QuestionClosed);
        }
        if option >= 4 {
            return Err(UserError::NotRecognised);
        }
        if let Some((_, first, _)) = open.answers.iter().find(|(u, _, _)| *u == user) {
            return Err(UserError::AlreadyAnswered(char::from(b'A' + first)));
        }
        Ok(match option == open.correct {
            false => 0,
            true if open.answers.iter().any(|(_, o, _)| *o == open.correct) => 10,
            true => 12,
        })
    }

    fn record(
        &mut self,
        id: u64,
        user: u64,
        name: &str,
        option: u8,
        points: u32,
        now: DateTime<Utc>,
    ) {
        let open = self.open.get_mut(&id).unwrap();
        open.answers.push((user, option, points));
        let right = option == open.correct;
        let s = self.scores.entry((open.place.guild.0, user)).or_default();
        s.name = name.to_owned();
        s.answered += 1;
        let topic = s.topics.entry(open.question.topic.clone()).or_default();
        topic.0 += 1;
        if right {
            s.correct += 1;
            topic.1 += 1;
            s.streak += 1;
            s.best_streak = s.best_streak.max(s.streak);
        } else {
            s.streak = 0;
        }
        s.points += u64::from(points);
        *s.channels.entry(open.place.channel.0).or_default() += u64::from(points);
        let card = self
            .cards
            .entry((user, open.question.id.clone()))
            .or_insert((1, now));
        card.0 = if right { (card.0 + 1).min(5) } else { 1 };
        card.1 = now + Duration::days(INTERVAL_DAYS[usize::from(card.0) - 1]);
    }

    /// Members of `guild` best first in `scope` as the leaderboard should list them: user, points.
    fn standings(&self, guild: u64, channel: Option<u64>) -> Vec<(u64, u64)> {
        let mut rows: Vec<(u64, u64, &ModelScore)> = self
            .scores
            .iter()
            .filter(|((g, _), _)| *g == guild)
            .map(|((_, u), s)| {
                let points = match channel {
                    None => s.points,
                    Some(c) => s.channels.get(&c).copied().unwrap_or(0),
                };
                (*u, points, s)
            })
            .filter(|(_, p, s)| *p > 0 || (channel.is_none() && s.answered > 0))
            .collect();
        rows.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then(b.2.correct.cmp(&a.2.correct))
                .then(a.2.answered.cmp(&b.2.answered))
                .then(a.0.cmp(&b.0))
        });
        rows.into_iter().map(|(u, p, _)| (u, p)).collect()
    }
}

fn whole(app: &App) -> State {
    app.store.read(State::clone)
}

/// The app's state and views equal the model's.
fn assert_matches_model(app: &App, model: &Model) -> TestResult {
    let state = whole(app);
    prop_assert_eq!(state.next_open_id, model.next_id);
    let open_ids: Vec<u64> = model.open.keys().copied().collect();
    let mut state_ids: Vec<u64> = state.open.keys().map(|id| id.0).collect();
    state_ids.sort_unstable();
    prop_assert_eq!(&state_ids, &open_ids);
    for (id, m) in &model.open {
        let q = &state.open[&OpenId(*id)];
        prop_assert_eq!((q.guild, q.channel), (m.place.guild, m.place.channel));
        prop_assert_eq!(q.card.question(), m.question.id.as_str());
        prop_assert_eq!(q.correct, m.correct);
        prop_assert_eq!(q.closes_at, m.closes_at);
        let answers: HashMap<UserId, Answer> = m
            .answers
            .iter()
            .enumerate()
            .map(|(seq, &(u, option, points))| {
                (
                    UserId(u),
                    Answer {
                        option,
                        seq: seq as u32,
                        points,
                    },
                )
            })
            .collect();
        prop_assert_eq!(
            &q.answers.clone().into_iter().collect::<HashMap<_, _>>(),
            &answers
        );
        let first_right = m
            .answers
            .iter()
            .find(|a| a.1 == m.correct)
            .map(|a| UserId(a.0));
        prop_assert_eq!(q.first_right, first_right);
    }

    // Scores: everything the model counts, nothing for anyone it does not.
    let mut members = 0;
    for (guild, g) in state.guilds.iter() {
        for member in g.scores.members() {
            let (user, s) = (member.user, member.score);
            members += 1;
            let Some(m) = model.scores.get(&(guild.0, user.0)) else {
                return Err(TestCaseError::fail(format!(
                    "{user:?} has a score in {guild:?}: {s:?}"
                )));
            };
            let channels: BTreeMap<u64, u64> = member
                .channels()
                .filter(|(_, p)| *p > 0)
                .map(|(c, p)| (c.0, p))
                .collect();
            let model_channels: BTreeMap<u64, u64> = m
                .channels
                .iter()
                .filter(|(_, p)| **p > 0)
                .map(|(c, p)| (*c, *p))
                .collect();
            let topics: BTreeMap<String, (u32, u32)> = member
                .topics()
                .map(|(t, n)| (t.to_owned(), (n.answered, n.correct)))
                .collect();
            let got = ModelScore {
                name: member.name.to_owned(),
                points: s.points,
                answered: s.answered,
                correct: s.correct,
                streak: s.streak,
                best_streak: s.best_streak,
                channels,
                topics,
            };
            let want = ModelScore {
                channels: model_channels,
                ..m.clone()
            };
            prop_assert_eq!(&got, &want, "guild {} user {}", guild.0, user.0);
            prop_assert_eq!(
                (s.daily_streak, s.best_daily_streak, s.last_daily_right),
                (0, 0, None)
            );
        }
    }
    prop_assert_eq!(members, model.scores.len());

    // Review cards: a right answer moves a card up a box, a wrong one back to box 1.
    let cards: usize = state.reviews.iter().map(|(_, b)| b.len()).sum();
    prop_assert_eq!(cards, model.cards.len());
    for ((user, question), (level, due)) in &model.cards {
        let card = state
            .reviews
            .get(&UserId(*user))
            .and_then(|b| b.card(&CardKey::new(DECK, question.as_str())));
        prop_assert_eq!(
            card,
            Some(Card {
                level: *level,
                due: *due
            })
        );
    }

    // What members see: score cards and leaderboards.
    for p in places() {
        for user in 1..=USERS {
            let card = app.score_card(p.guild, UserId(user));
            match model.scores.get(&(p.guild.0, user)) {
                None => prop_assert!(card.is_none()),
                Some(m) => {
                    let card = card.unwrap();
                    prop_assert_eq!(
                        (
                            card.score.points,
                            card.score.answered,
                            card.score.correct,
                            card.score.streak,
                            card.score.best_streak
                        ),
                        (m.points, m.answered, m.correct, m.streak, m.best_streak)
                    );
                }
            }
        }
        for (scope, channel) in [
            (Scope::Server, None),
            (Scope::Channel(p.channel), Some(p.channel.0)),
        ] {
            let want = model.standings(p.guild.0, channel);
            match app.leaderboard(p.guild, scope, 1) {
                Ok(page) => {
                    let got: Vec<(u64, u64)> =
                        page.rows.iter().map(|r| (r.user.0, r.points)).collect();
                    prop_assert_eq!(got, want);
                    let ranks: Vec<usize> = page.rows.iter().map(|r| r.rank).collect();
                    prop_assert_eq!(ranks, (1..=page.rows.len()).collect::<Vec<_>>());
                }
                Err(e) => {
                    prop_assert!(want.is_empty(), "{:?} while the model has {:?}", e, want);
                    prop_assert!(matches!(e, UserError::EmptyLeaderboard(_)), "{:?}", e);
                }
            }
        }
    }

    let mut closing = app.closing_times();
    closing.sort();
    let want: Vec<(OpenId, DateTime<Utc>)> = model
        .open
        .iter()
        .map(|(id, m)| (OpenId(*id), m.closes_at))
        .collect();
    prop_assert_eq!(closing, want);
    Ok(())
}

struct Engine {
    config: Config,
    clock: TestClock,
    _dir: tempfile::TempDir,
}

impl Engine {
    fn new(seed: u64) -> Engine {
        let dir = scratch_dir();
        let mut config = Config::from_vars(|name| match name {
            "DISCORD_TOKEN" => Some("t".into()),
            _ => None,
        })
        .unwrap();
        config.data_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        config.state_path = dir.path().join("state/quizbot.json");
        config.rng_seed = Some(seed);
        let clock = TestClock::at(Utc.with_ymd_and_hms(2026, 5, 4, 18, 0, 0).unwrap());
        config.clock = Arc::new(clock.clone());
        Engine {
            config,
            clock,
            _dir: dir,
        }
    }

    fn start(&self) -> App {
        quizbot::load(&self.config).unwrap()
    }
}

/// Runs `ops` against the app and the model side by side, comparing after every step.
fn run_against_model(seed: u64, ops: &[Op]) -> TestResult {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let engine = Engine::new(seed);
    let mut app = engine.start();
    let deck = app.library().get(DECK).unwrap().clone();
    let mut model = Model::default();
    // What the snapshot file holds: nothing yet, so an empty state.
    let (mut saved, mut saved_state) = (Model::default(), State::default());
    let names = ["ana", "Ana (she/her)"];
    for op in ops {
        let now = engine.clock.now();
        match op {
            Op::Open {
                guild,
                channel,
                secs,
            } => {
                let at = place(*guild, *channel);
                let posted = app
                    .open_question(at, None, None, Duration::seconds(i64::from(*secs)))
                    .map_err(|e| TestCaseError::fail(format!("open refused: {e}")))?;
                prop_assert_eq!(posted.id, OpenId(model.next_id));
                prop_assert_eq!(posted.place, at);
                prop_assert_eq!(posted.closes_at, now + Duration::seconds(i64::from(*secs)));
                prop_assert_eq!(&posted.deck.id, DECK);
                prop_assert_eq!(deck.question(&posted.question.id), Some(&posted.question));
                let q = &posted.question;
                prop_assert_eq!(posted.options.len(), 4);
                prop_assert_eq!(posted.options.iter().filter(|o| **o == q.answer).count(), 1);
                prop_assert!(posted
                    .options
                    .iter()
                    .all(|o| *o == q.answer || q.distractors.contains(o)));
                let distinct: HashSet<&String> = posted.options.iter().collect();
                prop_assert_eq!(distinct.len(), 4);
                let correct = posted.options.iter().position(|o| *o == q.answer).unwrap() as u8;
                // No question comes back before the server has had every one of the deck.
                let asked = model.asked.entry(at.guild.0).or_default();
                prop_assert!(
                    asked.insert(q.id.clone()),
                    "{} repeated within a cycle",
                    q.id
                );
                if asked.len() == deck.len() {
                    asked.clear();
                }
                model.open.insert(
                    model.next_id,
                    ModelOpen {
                        place: at,
                        question: q.clone(),
                        correct,
                        closes_at: posted.closes_at,
                        answers: Vec::new(),
                    },
                );
                model.next_id += 1;
            }
            Op::Answer {
                target,
                elsewhere,
                user,
                name,
                pick,
            } => {
                let id = model.resolve(target);
                let home = model.open.get(&id).map_or(place(0, 0), |m| m.place);
                let at = elsewhere.as_ref().map_or(home, |i| places()[i.index(4)]);
                let option = match pick {
                    Pick::Right => model.open.get(&id).map_or(0, |m| m.correct),
                    Pick::Raw(o) => *o,
                };
                let name = names[usize::from(*name)];
                let expected = model.expect_answer(id, at, *user, option, now);
                let before = whole(&app);
                let got = app.answer(OpenId(id), at, UserId(*user), name, option);
                match (got, expected) {
                    (Ok(answered), Ok(points)) => {
                        let m = &model.open[&id];
                        prop_assert_eq!(answered.points, points);
                        prop_assert_eq!(answered.option, option);
                        prop_assert_eq!(answered.correct, m.correct);
                        prop_assert_eq!(answered.right(), option == m.correct);
                        prop_assert_eq!(answered.correct_text(), Some(m.question.answer.as_str()));
                        prop_assert_eq!(answered.explanation(), m.question.explanation.as_deref());
                        model.record(id, *user, name, option, points, now);
                    }
                    (Err(got), Err(expected)) => {
                        prop_assert_eq!(got, expected);
                        prop_assert_eq!(whole(&app), before, "a refused answer changed the state");
                    }
                    (got, expected) => {
                        return Err(TestCaseError::fail(format!(
                            "answer to {id} in {at:?} by {user} with {option}: got {got:?}, the model expects {expected:?}"
                        )));
                    }
                }
            }
            Op::Advance(secs) => engine.clock.advance(Duration::seconds(i64::from(*secs))),
            Op::Close(target) => {
                let id = model.resolve(target);
                let closed = app.close(OpenId(id));
                match (closed, model.open.remove(&id)) {
                    (None, None) => {}
                    (Some(closed), Some(m)) => {
                        prop_assert_eq!(closed.id, OpenId(id));
                        prop_assert_eq!(closed.question.as_ref(), Some(&m.question));
                        let reveal = &closed.reveal;
                        prop_assert_eq!(reveal.correct, m.correct);
                        prop_assert_eq!(reveal.answered, m.answers.len());
                        let right: Vec<UserId> = m
                            .answers
                            .iter()
                            .filter(|a| a.1 == m.correct)
                            .map(|a| UserId(a.0))
                            .collect();
                        prop_assert_eq!(&reveal.right, &right);
                        let mut counts = [0usize; 4];
                        for a in &m.answers {
                            counts[usize::from(a.1)] += 1;
                        }
                        prop_assert_eq!(reveal.counts, counts);
                    }
                    (closed, m) => {
                        return Err(TestCaseError::fail(format!(
                            "closing {id}: the app gave {closed:?}, the model had {m:?}"
                        )));
                    }
                }
            }
            Op::Snapshot | Op::Restart => {
                rt.block_on(app.store.snapshot())
                    .map_err(|e| TestCaseError::fail(format!("snapshot: {e}")))?;
                (saved, saved_state) = (model.clone(), whole(&app));
                if let Op::Restart = op {
                    drop(app);
                    app = engine.start();
                    prop_assert_eq!(
                        &whole(&app),
                        &saved_state,
                        "the restart did not restore the state"
                    );
                }
            }
            Op::Crash => {
                drop(app);
                app = engine.start();
                prop_assert_eq!(
                    &whole(&app),
                    &saved_state,
                    "after a kill the app did not start from the last snapshot"
                );
                model = saved.clone();
            }
        }
        assert_matches_model(&app, &model)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(1000))]

    /// Arbitrary sequences of opens (2 servers x 2 channels), answers (4 members, any option
    /// including ones past the four, ids open, closed, never issued or random, sometimes pressed
    /// in another channel), clock moves, closes, snapshots and restarts: after every step each
    /// member's points, answers, right answers, streaks, per-channel points, topics and review
    /// cards, the open questions with their answers, the leaderboards and score cards equal a
    /// simple model; every answer is accepted or refused (already answered, closed, not
    /// recognised) as the model says, a refusal changes nothing, a close reveals what the model
    /// holds, no question repeats within a server's cycle, a restart restores the state
    /// exactly, and after a kill (a restart without a snapshot) the app is back at its last
    /// snapshot, all of it and nothing after it.
    #[test]
    fn the_engine_keeps_scores_like_the_model(
        seed in any::<u64>(),
        ops in prop::collection::vec(op(), 1..60),
    ) {
        run_against_model(seed, &ops)?;
    }
}
