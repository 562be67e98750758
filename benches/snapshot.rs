//! Snapshot of 1,000,000 score rows (10,000 servers x 100 members): time to a durable file
//! and bytes per row, against writing and fsyncing the same bytes prepared in advance; then
//! the latency of `App::answer` while `Store::snapshot` runs on the runtime, against idle.
//!
//! Then loading the file against parsing it into a `serde_json::Value`.
//!
//! Floors: at most 3x the baseline, at most 120 bytes per row; answer p99 during the snapshot
//! at most 1.5x idle; loading at most 2x the `Value` parse.

mod common;

use std::fs::File;
use std::hint::black_box;
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Duration as Span;
use common::{place, user_id, Record};
use criterion::{Criterion, SamplingMode, Throughput};
use quizbot_domain::ids::OpenId;
use quizbot_domain::state::{snapshot, State};
use quizbot_domain::App;

/// Spaces between answers offered while measuring latency: 20,000 a second, far more than
/// Discord lets a bot receive, and still mostly idle time between them.
const PACE: Duration = Duration::from_micros(50);

fn time(f: &dyn Fn()) -> Duration {
    let started = Instant::now();
    f();
    started.elapsed()
}

fn write_fsync(path: &Path, bytes: &[u8]) {
    let mut file = File::create(path).expect("create");
    file.write_all(bytes).expect("write");
    file.sync_all().expect("fsync");
}

/// Questions open in servers `first..first + n`, one each.
fn open_questions(app: &App, first: u64, n: u64) -> Vec<(u64, OpenId)> {
    (first..first + n)
        .map(|g| {
            let id = app
                .open_question(place(g), None, None, Span::hours(1))
                .expect("a question")
                .id;
            (g, id)
        })
        .collect()
}

/// One answer's timing.
struct Sample {
    due: Instant,
    /// The `App::answer` call alone: what the answer's handling took.
    handling: Duration,
    /// From when the answer was due, not from when the loop got to it: a stall of the
    /// answering thread (the kernel giving its core to another thread, say) counts for every
    /// answer that arrived during it.
    from_due: Duration,
}

/// Answers, one per `PACE`, by the members of the servers in `questions` to their server's
/// question, taking the servers in turn, until `stop` or every member has answered.
fn paced(app: &App, questions: &[(u64, OpenId)], members: u64, stop: &AtomicBool) -> Vec<Sample> {
    let max = questions.len() * members as usize;
    let mut out = Vec::with_capacity(max);
    let t0 = Instant::now();
    for k in 0..max {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let due = t0 + PACE * k as u32;
        while Instant::now() < due {
            std::hint::spin_loop();
        }
        let (g, id) = questions[k % questions.len()];
        let member = (k / questions.len()) as u64;
        let user = user_id(g * members + member);
        let started = Instant::now();
        let answered = app.answer(id, place(g), user, "member", (k % 4) as u8);
        let done = Instant::now();
        out.push(Sample {
            due,
            handling: done - started,
            from_due: done - due,
        });
        black_box(answered.ok());
    }
    out
}

struct Percentiles {
    n: usize,
    p50: Duration,
    p99: Duration,
    p999: Duration,
    max: Duration,
}

impl Percentiles {
    /// `None` without samples (a quick test run can answer everything before the snapshot).
    fn of(mut latencies: Vec<Duration>) -> Option<Percentiles> {
        if latencies.is_empty() {
            return None;
        }
        latencies.sort();
        let at =
            |q: f64| latencies[((latencies.len() as f64 * q) as usize).min(latencies.len() - 1)];
        Some(Percentiles {
            n: latencies.len(),
            p50: at(0.50),
            p99: at(0.99),
            p999: at(0.999),
            max: *latencies.last().expect("samples"),
        })
    }

    fn line(&self, label: &str) -> String {
        let us = |d: Duration| format!("{:.1} us", d.as_secs_f64() * 1e6);
        format!(
            "{label}: {} answers, p50 {}, p99 {}, p99.9 {}, max {}",
            self.n,
            us(self.p50),
            us(self.p99),
            us(self.p999),
            us(self.max)
        )
    }
}

fn main() {
    let (guilds, members) = if common::full_run() {
        (10_000, 100)
    } else {
        (100, 10)
    };
    let rows = guilds * members;
    let dir = tempfile::tempdir().expect("temporary folder");
    let state_path = dir.path().join("state/quizbot.json");
    let raw_path = dir.path().join("raw.json");

    let built = Instant::now();
    let app = Arc::new(common::app_with(
        common::score_state(guilds, members),
        state_path.clone(),
    ));
    eprintln!("built {rows} score rows in {}", common::ms(built.elapsed()));
    let prepared = app.store.read(snapshot::encode);
    let bytes = prepared.len();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .build()
        .expect("runtime");

    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(100))
        .measurement_time(Duration::from_secs(5))
        .configure_from_args();
    let [base, saved] = std::array::from_fn(|_| Record::default());
    let timed = |record: &Record, iters: u64, f: &dyn Fn()| {
        let mut total = Duration::ZERO;
        for _ in 0..iters {
            let took = time(f);
            record.push(took);
            total += took;
        }
        total
    };
    let mut group = c.benchmark_group(format!("snapshot_{rows}_rows"));
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Elements(rows));
    group.bench_function("baseline_write_atomic_prepared_bytes", |b| {
        b.iter_custom(|iters| {
            timed(&base, iters, &|| {
                snapshot::write_atomic(&state_path, &prepared).expect("write")
            })
        })
    });
    group.bench_function("save", |b| {
        b.iter_custom(|iters| {
            timed(&saved, iters, &|| {
                app.store
                    .read(|s| snapshot::save(&state_path, s).expect("write"))
            })
        })
    });
    group.finish();
    c.final_summary();

    // The parts, seven runs each: plain write + fsync, encoding alone, and the whole
    // `Store::snapshot` (copy under the lock, encode and write off the runtime). With three
    // runs, two slow ones decided the verdict.
    let runs = 7;
    let [raw, encode, store] = std::array::from_fn(|_| Record::default());
    timed(&raw, runs, &|| write_fsync(&raw_path, &prepared));
    timed(&encode, runs, &|| {
        app.store.read(|s| drop(black_box(snapshot::encode(s))))
    });
    for _ in 0..runs {
        app.store.write(|_, _| ());
        store.push(time(&|| {
            assert!(runtime.block_on(app.store.snapshot()).expect("snapshot"));
        }));
    }

    // Loading the file written, against parsing it into serde_json's own tree.
    let [loaded, parsed] = std::array::from_fn(|_| Record::default());
    for _ in 0..3 {
        timed(&parsed, 1, &|| {
            let bytes = std::fs::read(&state_path).expect("read");
            drop(black_box(
                serde_json::from_slice::<serde_json::Value>(&bytes).expect("parse"),
            ));
        });
        timed(&loaded, 1, &|| {
            drop(black_box(snapshot::load(&state_path).expect("load")));
        });
    }
    // How long `Store::snapshot` holds the lock: the copy of the whole state.
    let mut clone_hold = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let copy = app.store.read(State::clone);
        clone_hold.push(started.elapsed());
        drop(copy);
    }
    clone_hold.sort();
    let clone_hold = clone_hold[1];

    // Latency: idle, then while a snapshot runs on the runtime (twice each, pooled). The
    // answers come from the members of servers that each have a question open, a server at a
    // time in turn, as a busy evening would bring them.
    let never = AtomicBool::new(false);
    let idle_servers = common::scale(200, 10) as u64;
    let during_servers = common::scale(1_000, 20) as u64;
    let mut next_server = 1;
    let mut idle = Vec::new();
    let mut during = Vec::new();
    let mut snapshot_took = Vec::new();
    for _ in 0..2 {
        let questions = open_questions(&app, next_server, idle_servers);
        next_server += idle_servers;
        idle.extend(paced(&app, &questions, members, &never));
        let questions = open_questions(&app, next_server, during_servers);
        next_server += during_servers;
        let done = AtomicBool::new(false);
        let (samples, window) = std::thread::scope(|s| {
            let answering = s.spawn(|| paced(&app, &questions, members, &done));
            std::thread::sleep(Duration::from_millis(2));
            let from = Instant::now();
            let app2 = Arc::clone(&app);
            runtime
                .block_on(runtime.spawn(async move { app2.store.snapshot().await }))
                .expect("task")
                .expect("snapshot");
            let to = Instant::now();
            done.store(true, Ordering::Relaxed);
            (answering.join().expect("answering thread"), (from, to))
        });
        snapshot_took.push(window.1 - window.0);
        let answered_all = samples.len() == questions.len() * members as usize;
        during.extend(
            samples
                .into_iter()
                .filter(|a| a.due >= window.0 && a.due <= window.1),
        );
        if answered_all {
            eprintln!("note: every member answered before the snapshot ended; the tail of the snapshot had no answers");
        }
    }
    let of = |samples: &[Sample], f: fn(&Sample) -> Duration| {
        Percentiles::of(samples.iter().map(f).collect())
    };
    let handling = (of(&idle, |a| a.handling), of(&during, |a| a.handling));
    let from_due = (of(&idle, |a| a.from_due), of(&during, |a| a.from_due));

    let median = |r: &Record| r.median().unwrap_or_default();
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    let per_row = bytes as f64 / rows as f64;
    let base_t = median(&base);
    let mut lines = vec![
        format!(
            "snapshot of {rows} score rows ({guilds} servers x {members} members): {} bytes = {per_row:.1} bytes/row [floor <= 120: {}]",
            bytes,
            common::verdict(per_row <= 120.0)
        ),
        format!(
            "baseline write+fsync of the prepared bytes: {}; write_atomic of them (temp file, fsync, rename, folder fsync): {}",
            common::ms(median(&raw)),
            common::ms(base_t)
        ),
        format!(
            "encode alone, one thread, into memory: {}",
            common::ms(median(&encode))
        ),
        format!(
            "snapshot::save (serde_json into a buffered temporary file, fsync, rename): {} = {:.1}x baseline",
            common::ms(median(&saved)),
            ratio(median(&saved), base_t),
        ),
        format!(
            "Store::snapshot (copy under the lock, then save off the runtime): {} = {:.1}x baseline [floor <= 3x: {}]",
            common::ms(median(&store)),
            ratio(median(&store), base_t),
            common::verdict(ratio(median(&store), base_t) <= 3.0)
        ),
        format!(
            "snapshot::load (read, parse, check): {} vs read + serde_json::Value parse of the same file: {} = {:.1}x [floor <= 2x: {}]",
            common::ms(median(&loaded)),
            common::ms(median(&parsed)),
            ratio(median(&loaded), median(&parsed)),
            common::verdict(ratio(median(&loaded), median(&parsed)) <= 2.0)
        ),
        format!(
            "Store::snapshot holds the store's lock while it copies the state: {}",
            common::ms(clone_hold)
        ),
    ];
    let took = format!(
        "{} and {}",
        common::ms(snapshot_took[0]),
        common::ms(snapshot_took[1])
    );
    match (handling, from_due) {
        ((Some(idle), Some(during)), (Some(idle_due), Some(during_due))) => {
            lines.push(idle.line("App::answer handling, idle"));
            lines.push(during.line(&format!(
                "App::answer handling, during Store::snapshot ({took})"
            )));
            lines.push(format!(
                "handling p99 during snapshot / p99 idle: {:.1}x [floor <= 1.5x: {}]",
                ratio(during.p99, idle.p99),
                common::verdict(ratio(during.p99, idle.p99) <= 1.5)
            ));
            lines.push(idle_due.line("from due (with any wait for the core), idle"));
            lines.push(during_due.line("from due (with any wait for the core), during"));
            lines.push(format!(
                "from-due p99 during snapshot / p99 idle: {:.1}x",
                ratio(during_due.p99, idle_due.p99)
            ));
        }
        _ => lines.push("latency: no answers fell within the snapshot (a quick test run)".into()),
    }
    common::summary("snapshot", &lines);
}
