//! Answer handling: one open question, 100,000 distinct members answering through
//! `App::answer` (open question, member score and review card, under the store's lock),
//! sequentially and from two threads, against a bare `HashMap` insert of the same keys.
//!
//! Floor: at least 500,000 answers/s on one core, for new and for returning members (two
//! threads share the store's one lock, and are printed for reference). The verdict is on the
//! median run; the fastest run is printed beside it, since on a shared machine the two differ
//! by up to 2x.

mod common;

use std::collections::HashMap;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Duration as Span;
use common::{place, user_id, Record};
use criterion::{Criterion, SamplingMode, Throughput};
use quizbot_domain::ids::{OpenId, UserId};
use quizbot_domain::state::State;
use quizbot_domain::App;

/// Members answering, each once.
struct Crowd {
    users: Vec<(UserId, String, u8)>,
}

impl Crowd {
    fn new(n: usize) -> Crowd {
        Crowd {
            users: (0..n as u64)
                .map(|i| (user_id(i), common::display_name(i), (i % 4) as u8))
                .collect(),
        }
    }
}

fn fresh_app() -> App {
    common::app_with(
        State::default(),
        std::env::temp_dir().join("quizbot-bench-unused.json"),
    )
}

fn open(app: &App) -> OpenId {
    app.open_question(place(0), None, None, Span::hours(1))
        .expect("the bundled deck has questions")
        .id
}

/// Every member of `users` answers question `id`, in order; returns the time taken.
fn answer_all(app: &App, id: OpenId, users: &[(UserId, String, u8)]) -> Duration {
    let at = place(0);
    let started = Instant::now();
    for (user, name, option) in users {
        let answered = app.answer(id, at, *user, name, *option);
        debug_assert!(answered.is_ok());
        black_box(answered.ok());
    }
    started.elapsed()
}

/// The same answers from two threads sharing the `App`, half each.
fn answer_all_two_threads(app: &Arc<App>, id: OpenId, crowd: &Crowd) -> Duration {
    let (a, b) = crowd.users.split_at(crowd.users.len() / 2);
    let started = Instant::now();
    std::thread::scope(|s| {
        for half in [a, b] {
            let app = Arc::clone(app);
            s.spawn(move || answer_all(&app, id, half));
        }
    });
    started.elapsed()
}

fn baseline(crowd: &Crowd) -> Duration {
    let started = Instant::now();
    let mut map: HashMap<UserId, u8> = HashMap::new();
    for (user, _, option) in &crowd.users {
        map.insert(*user, *option);
    }
    let elapsed = started.elapsed();
    black_box(map);
    elapsed
}

/// Times `iters` runs of `run` on fresh inputs made by `setup` (untimed), recording each.
fn timed<T>(
    iters: u64,
    record: &Record,
    mut setup: impl FnMut() -> T,
    mut run: impl FnMut(&T) -> Duration,
) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let input = setup();
        let took = run(&input);
        record.push(took);
        total += took;
        drop(input);
    }
    total
}

/// Whether a line of the summary is held to the floor.
enum Target {
    Rate,
    None,
}

fn main() {
    let n = common::scale(100_000, 2_000);
    let crowd = Crowd::new(n);
    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();

    let [base, seq_new, seq_returning, two_new, engine] =
        std::array::from_fn(|_| Record::default());

    let mut group = c.benchmark_group(format!("answers_{n}"));
    group.sampling_mode(SamplingMode::Flat);
    group.throughput(Throughput::Elements(n as u64));

    group.bench_function("baseline_hashmap_insert", |b| {
        b.iter_custom(|iters| timed(iters, &base, || (), |_| baseline(&crowd)))
    });

    // The members are new: every answer creates their score row and review book.
    group.bench_function("app_answer_new_members", |b| {
        b.iter_custom(|iters| {
            timed(
                iters,
                &seq_new,
                || {
                    let app = fresh_app();
                    let id = open(&app);
                    (app, id)
                },
                |(app, id)| answer_all(app, *id, &crowd.users),
            )
        })
    });

    // The same members answer question after question (each closed after its round).
    let steady = fresh_app();
    let first = open(&steady);
    answer_all(&steady, first, &crowd.users);
    steady.close(first);
    group.bench_function("app_answer_returning_members", |b| {
        b.iter_custom(|iters| {
            timed(
                iters,
                &seq_returning,
                || open(&steady),
                |id| {
                    let took = answer_all(&steady, *id, &crowd.users);
                    steady.close(*id);
                    took
                },
            )
        })
    });
    drop(steady);

    group.bench_function("app_answer_new_members_2_threads", |b| {
        b.iter_custom(|iters| {
            timed(
                iters,
                &two_new,
                || {
                    let app = Arc::new(fresh_app());
                    let id = open(&app);
                    (app, id)
                },
                |(app, id)| answer_all_two_threads(app, *id, &crowd),
            )
        })
    });

    // The quiz engine's part alone: `OpenQuestion::answer` on a bare open question.
    let template = {
        let app = fresh_app();
        let id = open(&app);
        app.store
            .read(|s| quizbot_domain::quiz::OpenQuestion::clone(&s.open[&id]))
    };
    group.bench_function("open_question_answer_only", |b| {
        b.iter_custom(|iters| {
            timed(
                iters,
                &engine,
                || template.clone(),
                |q| {
                    let mut q = q.clone();
                    let now = common::start();
                    let started = Instant::now();
                    for (user, _, option) in &crowd.users {
                        black_box(q.answer(*user, *option, now).ok());
                    }
                    started.elapsed()
                },
            )
        })
    });
    group.finish();
    c.final_summary();

    let per_s = |d: Duration| n as f64 / d.as_secs_f64();
    let mut lines = Vec::new();
    let base = base.median();
    if let Some(b) = base {
        lines.push(format!(
            "baseline HashMap<UserId, u8> insert of {n} keys: {} ({:.0} ns/key, {:.2} M/s)",
            common::ms(b),
            b.as_nanos() as f64 / n as f64,
            per_s(b) / 1e6
        ));
    }
    for (label, record, target) in [
        ("App::answer, new members, 1 thread", &seq_new, Target::Rate),
        (
            "App::answer, returning members, 1 thread",
            &seq_returning,
            Target::Rate,
        ),
        (
            "App::answer, new members, 2 threads",
            &two_new,
            Target::None,
        ),
        (
            "OpenQuestion::answer alone, 1 thread",
            &engine,
            Target::None,
        ),
    ] {
        let (Some(d), Some(fastest)) = (record.median(), record.fastest()) else {
            continue;
        };
        let ratio = base.map_or(f64::NAN, |b| d.as_secs_f64() / b.as_secs_f64());
        lines.push(format!(
            "{label}: {} for {n} answers = {:.0} ns/answer (fastest run {:.0}), {:.2} M answers/s, {ratio:.1}x baseline{}",
            common::ms(d),
            d.as_nanos() as f64 / n as f64,
            fastest.as_nanos() as f64 / n as f64,
            per_s(d) / 1e6,
            match target {
                Target::Rate => format!(
                    " [floor >= 0.50 M/s: {}]",
                    common::verdict(per_s(d) >= 5e5)
                ),
                Target::None => String::new(),
            }
        ));
    }
    common::summary("answers", &lines);
}
