//! Deck load and validation: the bundled deck, and a generated deck as large as a deck may be
//! (1,200 questions, just under 1 MiB) written to a temporary file; baseline: `serde_json`
//! parsing the same bytes into a `Value`. Then uploads built to be as costly as possible to
//! check: each must be refused within 1 s with under 50 MB of memory.
//!
//! Floor: at most 2x the baseline.

mod common;

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use common::{mix, Record};
use criterion::{Criterion, SamplingMode, Throughput};
use quizbot_domain::deck::{load_file, Deck, LoadedDeck, Question};

const WORDS: [&str; 48] = [
    "the",
    "event",
    "loop",
    "runs",
    "a",
    "coroutine",
    "until",
    "it",
    "awaits",
    "future",
    "task",
    "scheduler",
    "yields",
    "control",
    "back",
    "to",
    "other",
    "work",
    "while",
    "socket",
    "is",
    "ready",
    "and",
    "cancellation",
    "raises",
    "error",
    "inside",
    "gather",
    "returns",
    "results",
    "in",
    "order",
    "of",
    "timeout",
    "wraps",
    "call",
    "with",
    "deadline",
    "thread",
    "pool",
    "executor",
    "blocking",
    "code",
    "semaphore",
    "limits",
    "concurrent",
    "requests",
    "queue",
];

/// About `len` characters of words, different for each `seed`, ending with `end`.
fn text(seed: u64, len: usize, end: char) -> String {
    let mut out = String::with_capacity(len + 12);
    let mut h = mix(seed);
    let mut k = 0u64;
    while out.len() < len {
        if k % 10 == 9 {
            h = mix(h);
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(WORDS[((h >> (6 * (k % 10))) & 63) as usize % WORDS.len()]);
        k += 1;
    }
    // A number keeps texts of one question distinct, as a real deck's are.
    out.push_str(&format!(" {}{end}", seed % 100_000));
    out
}

/// A length around `mean`, from 60% to 140% of it.
fn around(seed: u64, mean: usize) -> usize {
    mean * 6 / 10 + (mix(seed) % (mean as u64 * 8 / 10 + 1)) as usize
}

/// A valid deck of `n` questions with the bundled deck's text lengths (question 55, answer
/// and distractors 83, explanation 175 characters on average).
fn generated(n: usize) -> Deck {
    let topics: Vec<String> = (0..12).map(|t| text(1_000_000 + t, 12, 's')).collect();
    Deck {
        title: "Generated deck".into(),
        description: "A deck as large as the benchmark needs.".into(),
        source: "benches/deck.rs".into(),
        language: None,
        format: None,
        questions: (0..n as u64)
            .map(|i| {
                let s = i * 16;
                Question {
                    id: format!("q-{i:06}-{}", common::display_name(i)),
                    topic: topics[(mix(s) % 12) as usize].clone(),
                    question: text(s + 1, around(s + 1, 55), '?'),
                    answer: text(s + 2, around(s + 2, 83), '.'),
                    distractors: (0..3)
                        .map(|d| text(s + 3 + d, around(s + 3 + d, 83), '.'))
                        .collect(),
                    explanation: (i % 5 != 0).then(|| text(s + 7, around(s + 7, 175), '.')),
                    accept: Vec::new(),
                    format: None,
                    author: None,
                }
            })
            .collect(),
    }
}

/// The process's peak resident memory so far, in bytes (`VmHWM`).
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0)
        * 1024
}

/// Uploads built to cost as much as possible to check, each under the 1 MiB limit: the
/// check must refuse each quickly and with little memory, whatever it holds.
fn hostile_decks() -> Vec<(&'static str, Vec<u8>)> {
    let question = |id: String, distractors: Vec<String>| serde_json::json!({"id": id, "topic": "t", "question": "q", "answer": "a", "distractors": distractors});
    let deck = |questions: Vec<serde_json::Value>| {
        serde_json::to_vec(
            &serde_json::json!({"title": "T", "description": "D", "questions": questions}),
        )
        .expect("json")
    };
    let huge_id = "x".repeat(500_000);
    vec![
        (
            "a 500 KB id, twice",
            deck(vec![
                question(huge_id.clone(), vec![]),
                question(huge_id, vec![]),
            ]),
        ),
        (
            "300,000 empty distractors",
            deck(vec![question("e".into(), vec![String::new(); 300_000])]),
        ),
        (
            "100,000 distinct distractors",
            deck(vec![question(
                "d".into(),
                (0..100_000).map(|i| format!("d{i}")).collect(),
            )]),
        ),
        (
            "12,000 broken questions",
            deck(
                (0..12_000)
                    .map(|i| question(format!("Q{i}"), vec![]))
                    .collect(),
            ),
        ),
    ]
}

fn main() {
    let mut hostile = Vec::new();
    for (what, bytes) in hostile_decks() {
        let before = peak_rss();
        let started = Instant::now();
        let refused = LoadedDeck::parse("hostile", std::path::Path::new("hostile.json"), &bytes);
        let took = started.elapsed();
        let problems = refused.as_ref().err().map_or(0, Vec::len);
        let grew = peak_rss().saturating_sub(before) as f64 / 1e6;
        hostile.push(format!(
            "hostile deck, {what} ({} KB): refused with {problems} problems listed in {} [floor <= 1 s: {}], peak memory +{grew:.1} MB [floor < 50 MB: {}]",
            bytes.len() / 1024,
            common::ms(took),
            common::verdict(refused.is_err() && took < Duration::from_secs(1)),
            common::verdict(grew < 50.0)
        ));
    }
    let n = common::scale(1_200, 200);
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = dir.path().join("generated.json");
    std::fs::write(
        &file,
        serde_json::to_vec_pretty(&generated(n)).expect("json"),
    )
    .expect("write");
    let big = std::fs::read(&file).expect("read");
    let bundled_file = common::repo().join("data/async-python.json");
    let bundled = std::fs::read(&bundled_file).expect("the bundled deck");
    assert!(
        LoadedDeck::parse("generated", &file, &big).is_ok(),
        "the generated deck is valid"
    );

    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let [big_value, big_parse, big_load, small_value, small_parse] =
        std::array::from_fn(|_| Record::default());
    let timed = |record: &Record, iters: u64, f: &dyn Fn()| {
        let started = Instant::now();
        for _ in 0..iters {
            f();
        }
        let took = started.elapsed();
        record.push(took / iters as u32);
        took
    };
    let parse = |id: &'static str, file: &'static Path, bytes: &[u8]| {
        drop(black_box(
            LoadedDeck::parse(id, file, bytes).expect("valid"),
        ))
    };
    let value = |bytes: &[u8]| {
        drop(black_box(
            serde_json::from_slice::<serde_json::Value>(bytes).expect("json"),
        ))
    };

    let mut group = c.benchmark_group(format!("deck_{n}_questions"));
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("baseline_serde_json_value", |b| {
        b.iter_custom(|iters| timed(&big_value, iters, &|| value(&big)))
    });
    group.bench_function("parse_and_validate", |b| {
        b.iter_custom(|iters| {
            timed(&big_parse, iters, &|| {
                parse("generated", Path::new("generated.json"), &big)
            })
        })
    });
    group.finish();

    let mut group = c.benchmark_group("deck_bundled");
    group.throughput(Throughput::Bytes(bundled.len() as u64));
    group.warm_up_time(Duration::from_millis(300));
    group.measurement_time(Duration::from_secs(1));
    // A load takes a fraction of a millisecond, less than this machine's slow spells last:
    // measured one after the other, the baseline and the load could each land in a different
    // one (ratios of 1.6x to 2.8x for the same build). Each iteration times both, so each
    // pair shares its conditions; criterion reports the load.
    group.bench_function("parse_and_validate_beside_baseline", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                timed(&small_value, 1, &|| value(&bundled));
                total += timed(&small_parse, 1, &|| {
                    parse("async-python", Path::new("async-python.json"), &bundled)
                });
            }
            total
        })
    });
    group.finish();
    c.final_summary();

    // The whole load from the file, a few runs: reading adds little to parsing.
    for _ in 0..3 {
        timed(&big_load, 1, &|| {
            drop(black_box(load_file(&file).expect("valid")))
        });
    }

    let mut lines = vec![format!(
        "generated deck: {n} questions, {:.1} MB ({} bytes/question)",
        big.len() as f64 / 1e6,
        big.len() / n
    )];
    lines.extend(hostile);
    let row = |label: &str, base: &Record, it: &Record, target: bool| {
        let (Some(b), Some(t)) = (base.median(), it.median()) else {
            return None;
        };
        let ratio = t.as_secs_f64() / b.as_secs_f64();
        Some(format!(
            "{label}: {:.2} ms vs serde_json::Value {:.2} ms = {ratio:.2}x{}",
            t.as_secs_f64() * 1e3,
            b.as_secs_f64() * 1e3,
            if target {
                format!(" [target <= 2x: {}]", common::verdict(ratio <= 2.0))
            } else {
                String::new()
            }
        ))
    };
    lines.extend(row(
        &format!("{n}-question deck, parse + validate"),
        &big_value,
        &big_parse,
        true,
    ));
    lines.extend(row(
        &format!("{n}-question deck, load_file (read + parse + validate)"),
        &big_value,
        &big_load,
        false,
    ));
    lines.extend(row(
        &format!("bundled deck ({} bytes), parse + validate", bundled.len()),
        &small_value,
        &small_parse,
        true,
    ));
    common::summary("deck load", &lines);
}
