//! `/review`'s two calls under FSRS, `App::review` (the next card) and `App::grade`, for one
//! user with 10,000 cards while the store holds 1,000,000 (100 such users), beside the
//! Leitner boxes `/review` used before FSRS, copied below as they were (card, book, `next`,
//! `grade`) and reached the way the `App` reached them then: the same library, the same
//! visibility check and key lookup, behind one lock over 1,000,000 cards of their own.
//!
//! Next card when one is due, next card when none is (the queue then looks for new cards),
//! grade, and grade while a snapshot holds the user's book (the book is copied first).
//!
//! Target, for each of the four: FSRS at most 2x Leitner, and under 1 ms. The verdict is on
//! the median sample; the fastest is printed beside it.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::hint::black_box;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Days, Utc};
use common::{repo, scale, start, user_id, verdict, Record};
use criterion::Criterion;
use quizbot_domain::clock::TestClock;
use quizbot_domain::deck::library::Scope;
use quizbot_domain::deck::{Deck, Library, LoadedDeck, Question};
use quizbot_domain::ids::UserId;
use quizbot_domain::review::{Grade, Next, ReviewBook};
use quizbot_domain::state::{State, Store};
use quizbot_domain::App;
use rand::rngs::StdRng;
use rand::SeedableRng;

/// The Leitner review book as `/review` had it before FSRS (main at 363ee65), cut to what
/// the measurement needs.
mod leitner {
    use super::*;

    pub const INTERVAL_DAYS: [i64; 5] = [0, 1, 3, 7, 14];
    const TOP_BOX: u8 = INTERVAL_DAYS.len() as u8;

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Card {
        pub level: u8,
        pub due: DateTime<Utc>,
    }

    #[derive(Debug, Clone, Default)]
    pub struct ReviewBook {
        pub decks: BTreeMap<Arc<str>, BTreeMap<Arc<str>, Card>>,
    }

    fn due_after(now: DateTime<Utc>, days: i64) -> DateTime<Utc> {
        u64::try_from(days)
            .ok()
            .and_then(|days| now.checked_add_days(Days::new(days)))
            .unwrap_or(DateTime::<Utc>::MAX_UTC)
    }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum Next {
        Due {
            deck: String,
            question: String,
            card: Card,
        },
        Later(DateTime<Utc>),
        Empty,
    }

    impl ReviewBook {
        fn cards(&self) -> impl Iterator<Item = (&str, &str, &Card)> {
            self.decks.iter().flat_map(|(deck, questions)| {
                questions
                    .iter()
                    .map(move |(question, card)| (&**deck, &**question, card))
            })
        }

        pub fn grade(
            &mut self,
            deck: &Arc<str>,
            question: &Arc<str>,
            knew: bool,
            now: DateTime<Utc>,
        ) -> Card {
            let questions = self.decks.entry(Arc::clone(deck)).or_default();
            let card = questions
                .entry(Arc::clone(question))
                .or_insert(Card { level: 1, due: now });
            let level = if knew {
                (card.level + 1).min(TOP_BOX)
            } else {
                1
            };
            *card = Card {
                level,
                due: due_after(now, INTERVAL_DAYS[usize::from(level) - 1]),
            };
            *card
        }

        pub fn next(&self, now: DateTime<Utc>, visible: impl Fn(&str, &str) -> bool) -> Next {
            let first = self
                .cards()
                .filter(|(deck, question, _)| visible(deck, question))
                .min_by_key(|(deck, question, card)| (card.due, card.level, *deck, *question));
            match first {
                None => Next::Empty,
                Some((_, _, card)) if card.due > now => Next::Later(card.due),
                Some((deck, question, card)) => Next::Due {
                    deck: deck.to_owned(),
                    question: question.to_owned(),
                    card: *card,
                },
            }
        }
    }
}

/// What `App::review` and `App::grade` did around the Leitner book: the library's
/// visibility check and key lookup, one lock over every user's book.
struct LeitnerApp {
    library: Arc<Library>,
    books: Mutex<HashMap<UserId, Arc<leitner::ReviewBook>>>,
    clock: TestClock,
}

impl LeitnerApp {
    fn review(&self, user: UserId, scope: Scope) -> leitner::Next {
        let now = quizbot_domain::clock::Clock::now(&self.clock);
        let library = Arc::clone(&self.library);
        let visible = |deck: &str, question: &str| {
            library.by_qualified_id(deck).is_some_and(|d| {
                (d.owner.is_none() || d.owner == scope) && d.key(question).is_some()
            })
        };
        let next = {
            let books = self.books.lock().expect("not poisoned");
            books
                .get(&user)
                .map_or(leitner::Next::Empty, |b| b.next(now, visible))
        };
        match next {
            leitner::Next::Due {
                deck,
                question,
                card,
            } => leitner::Next::Due {
                deck: library
                    .by_qualified_id(&deck)
                    .map_or(deck, |d| d.id.clone()),
                question,
                card,
            },
            other => other,
        }
    }

    /// `deck` and `question` are the library's strings (its keys keep their `Arc`s private,
    /// so the caller hands them over); the lookup is made as it was, for its cost.
    fn grade(
        &self,
        user: UserId,
        scope: Scope,
        deck: &Arc<str>,
        question: &Arc<str>,
    ) -> Option<leitner::Card> {
        self.library
            .get(scope, deck)
            .and_then(|d| d.key(question))?;
        let now = quizbot_domain::clock::Clock::now(&self.clock);
        let mut books = self.books.lock().expect("not poisoned");
        let book = Arc::make_mut(books.entry(user).or_default());
        Some(book.grade(deck, question, true, now))
    }
}

/// Decks in the library; the user studies them all, a card for every question.
const DECKS: usize = 10;

/// `DECKS` bundled decks sharing `cards` questions between them.
fn library(cards: usize) -> Library {
    let per_deck = cards / DECKS;
    Library::from_decks((0..DECKS).map(|d| {
        let questions = (0..per_deck)
            .map(|q| Question {
                id: format!("q{q}"),
                topic: format!("topic {}", q % 7),
                question: format!("What does call number {q} of deck {d} return?"),
                answer: "its result".into(),
                distractors: vec!["a coroutine".into(), "nothing".into(), "a task".into()],
                explanation: None,
                accept: Vec::new(),
                format: None,
                author: None,
            })
            .collect();
        let deck = Deck {
            title: format!("Deck {d}"),
            description: String::new(),
            source: String::new(),
            language: None,
            format: None,
            questions,
        };
        LoadedDeck::new(format!("d{d}"), deck)
    }))
}

/// Every question of `library` as its deck and question ids.
fn questions(library: &Library) -> Vec<(Arc<str>, Arc<str>)> {
    let mut all: Vec<_> = library
        .all()
        .flat_map(|deck| {
            let id: Arc<str> = deck.id.as_str().into();
            deck.questions()
                .iter()
                .map(move |q| (Arc::clone(&id), q.id.as_str().into()))
        })
        .collect();
    all.sort();
    all
}

/// One learner's book with a card for each of `cards`: first met at some time in the 40
/// days before `start`, then graded (mostly Good) each time it came due, up to four times;
/// about a third are due at `start`.
fn fsrs_book(library: &Library, cards: &[(Arc<str>, Arc<str>)]) -> ReviewBook {
    let mut book = ReviewBook::default();
    for (i, (deck, question)) in cards.iter().enumerate() {
        let key = library.key(deck, question).expect("the library's question");
        let h = common::mix(i as u64);
        let mut at = start() - chrono::Duration::minutes((h % (40 * 1440)) as i64);
        for n in 0..4 {
            let grade = if (h >> (8 * n)).is_multiple_of(5) {
                Grade::Again
            } else {
                Grade::Good
            };
            at = book.grade(key, grade, at).due;
            if at > start() {
                break;
            }
        }
    }
    book
}

/// The same cards in Leitner boxes, due when the FSRS ones are: both queues then have the
/// same head.
fn leitner_book(book: &ReviewBook, cards: &[(Arc<str>, Arc<str>)]) -> leitner::ReviewBook {
    let mut leitner = leitner::ReviewBook::default();
    for (deck, question) in cards {
        let key = quizbot_domain::deck::CardKey::new(Arc::clone(deck), Arc::clone(question));
        let card = book.card(&key).expect("a card for every question");
        leitner.decks.entry(Arc::clone(deck)).or_default().insert(
            Arc::clone(question),
            leitner::Card {
                level: card.reps.clamp(1, leitner::INTERVAL_DAYS.len() as u32) as u8,
                due: card.due,
            },
        );
    }
    leitner
}

/// Times `iters` calls of `f` (the `n`th call gets `n`, counted across samples) and records
/// the mean per call.
fn per_call(iters: u64, record: &Record, calls: &mut u64, mut f: impl FnMut(u64)) -> Duration {
    let started = Instant::now();
    for _ in 0..iters {
        f(*calls);
        *calls += 1;
    }
    let took = started.elapsed();
    record.push(took / iters.max(1) as u32);
    took
}

fn us(d: Duration) -> String {
    let us = d.as_secs_f64() * 1e6;
    if us < 10.0 {
        format!("{us:.2} us")
    } else {
        format!("{us:.0} us")
    }
}

fn main() {
    let (cards, users) = (scale(10_000, 500), scale(100, 4));
    let library = Arc::new(library(cards));
    let all = questions(&library);
    assert_eq!(all.len(), cards);
    let template = fsrs_book(&library, &all);
    let leitner_template = leitner_book(&template, &all);
    let user = user_id(users as u64 / 2);

    let mut state = State::default();
    let mut books = HashMap::new();
    for u in 0..users as u64 {
        // Each user's own copy: 1,000,000 cards in memory, not one book shared.
        state.reviews.insert(user_id(u), Arc::new(template.clone()));
        books.insert(user_id(u), Arc::new(leitner_template.clone()));
    }
    drop(template);
    let clock = TestClock::at(start());
    let dir = tempfile::tempdir().expect("a temporary folder");
    let app = App::new(
        Library::clone(&library),
        repo().join("data"),
        Store::new(state, StdRng::seed_from_u64(7), dir.path().join("s.json")),
        Arc::new(clock.clone()),
    );
    let old = LeitnerApp {
        library: app.library(),
        books: Mutex::new(books),
        clock: clock.clone(),
    };
    let in_store: usize = app
        .store
        .read(|s| s.reviews.values().map(|b| b.len()).sum());

    // Both queues agree, so each version does the work the other does.
    let head = |clock_at| {
        clock.set(clock_at);
        match (app.review(user, None), old.review(user, None)) {
            (
                Next::Due { deck, question, .. },
                leitner::Next::Due {
                    deck: d,
                    question: q,
                    ..
                },
            ) => {
                assert_eq!((&deck, &question), (&d, &q));
            }
            (Next::Later(a), leitner::Next::Later(b)) => assert_eq!(a, b),
            other => panic!("the two queues disagree: {other:?}"),
        }
    };
    head(start());
    let earliest = leitner_template
        .decks
        .values()
        .flat_map(|q| q.values().map(|c| c.due))
        .min()
        .expect("cards");
    head(earliest - chrono::Duration::minutes(1));

    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let mut group = c.benchmark_group(format!("review_{cards}_cards_of_{in_store}"));
    let records: [[Record; 2]; 4] =
        std::array::from_fn(|_| std::array::from_fn(|_| Record::default()));
    let [next_due, next_none, grade, grade_held] = &records;
    let mut calls = 0;

    clock.set(start());
    group.bench_function("fsrs_next_due", |b| {
        b.iter_custom(|iters| {
            per_call(iters, &next_due[0], &mut calls, |_| {
                black_box(app.review(user, None));
            })
        })
    });
    group.bench_function("leitner_next_due", |b| {
        b.iter_custom(|iters| {
            per_call(iters, &next_due[1], &mut calls, |_| {
                black_box(old.review(user, None));
            })
        })
    });

    clock.set(earliest - chrono::Duration::minutes(1));
    group.bench_function("fsrs_next_none_due", |b| {
        b.iter_custom(|iters| {
            per_call(iters, &next_none[0], &mut calls, |_| {
                black_box(app.review(user, None));
            })
        })
    });
    group.bench_function("leitner_next_none_due", |b| {
        b.iter_custom(|iters| {
            per_call(iters, &next_none[1], &mut calls, |_| {
                black_box(old.review(user, None));
            })
        })
    });

    // Grades go round the user's cards, each graded Good ("Knew it") at `start`.
    clock.set(start());
    let card = |n: u64| &all[(common::mix(n) % all.len() as u64) as usize];
    group.bench_function("fsrs_grade", |b| {
        b.iter_custom(|iters| {
            per_call(iters, &grade[0], &mut calls, |n| {
                let (deck, question) = card(n);
                black_box(app.grade(user, None, deck, question, Grade::Good).ok());
            })
        })
    });
    group.bench_function("leitner_grade", |b| {
        b.iter_custom(|iters| {
            per_call(iters, &grade[1], &mut calls, |n| {
                let (deck, question) = card(n);
                black_box(old.grade(user, None, deck, question));
            })
        })
    });

    // A snapshot in progress holds every book; the first grade after it copies the user's.
    group.bench_function("fsrs_grade_snapshot_held", |b| {
        b.iter_custom(|iters| {
            let mut took = Duration::ZERO;
            for n in 0..iters {
                let held = app.store.read(|s| s.reviews.get(&user).cloned());
                let (deck, question) = card(n);
                let at = Instant::now();
                black_box(app.grade(user, None, deck, question, Grade::Good).ok());
                took += at.elapsed();
                drop(held);
            }
            grade_held[0].push(took / iters.max(1) as u32);
            took
        })
    });
    group.bench_function("leitner_grade_snapshot_held", |b| {
        b.iter_custom(|iters| {
            let mut took = Duration::ZERO;
            for n in 0..iters {
                let held = old.books.lock().expect("not poisoned").get(&user).cloned();
                let (deck, question) = card(n);
                let at = Instant::now();
                black_box(old.grade(user, None, deck, question));
                took += at.elapsed();
                drop(held);
            }
            grade_held[1].push(took / iters.max(1) as u32);
            took
        })
    });
    group.finish();
    c.final_summary();

    let mut lines = vec![format!(
        "one user's {cards} cards, {in_store} in the store ({users} users); FSRS vs Leitner boxes, median sample (fastest)"
    )];
    for (label, [fsrs, boxes]) in [
        ("next card, one due", next_due),
        ("next card, none due", next_none),
        ("grade", grade),
        ("grade, snapshot holding the book", grade_held),
    ] {
        let (Some(f), Some(ff), Some(l), Some(lf)) = (
            fsrs.median(),
            fsrs.fastest(),
            boxes.median(),
            boxes.fastest(),
        ) else {
            continue;
        };
        let ratio = f.as_secs_f64() / l.as_secs_f64();
        lines.push(format!(
            "{label}: FSRS {} ({}) vs Leitner {} ({}) = {ratio:.2}x [target <= 2x: {}; < 1 ms: {}]",
            us(f),
            us(ff),
            us(l),
            us(lf),
            verdict(ratio <= 2.0),
            verdict(f < Duration::from_millis(1))
        ));
    }
    common::summary("review", &lines);
}
