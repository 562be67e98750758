//! Scenario tests of the core without Discord: a quiz from open to reveal, scores and review
//! state it leaves, question cycles, and snapshots (round trips, refusals, and SIGKILL).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use quizbot::Config;
use quizbot_domain::app::Place;
use quizbot_domain::clock::{Clock, TestClock};
use quizbot_domain::error::UserError;
use quizbot_domain::ids::{ChannelId, GuildId, MessageId, OpenId, UserId};
use quizbot_domain::review::{Grade, Next, ReviewBook};
use quizbot_domain::scores::{Period, Scope, Scored};
use quizbot_domain::state::{snapshot, State};
use quizbot_domain::App;

const PLACE: Place = Place {
    guild: GuildId(1),
    channel: ChannelId(10),
};

struct World {
    clock: TestClock,
    config: Config,
    _dir: tempfile::TempDir,
}

impl World {
    fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut config = Config::from_vars(|name| match name {
            "DISCORD_TOKEN" => Some("t".into()),
            _ => None,
        })
        .unwrap();
        config.data_dir = repo.join("data");
        config.state_path = dir.path().join("state/quizbot.json");
        config.rng_seed = Some(42);
        let clock = TestClock::at(Utc.with_ymd_and_hms(2026, 5, 4, 18, 0, 0).unwrap());
        config.clock = Arc::new(clock.clone());
        World {
            clock,
            config,
            _dir: dir,
        }
    }

    /// Moves the data folder to a temporary copy of the bundled deck, for tests that write
    /// decks of their own; the folder lives as long as what this returns.
    fn own_data_dir(&mut self) -> tempfile::TempDir {
        let data = tempfile::tempdir().unwrap();
        std::fs::copy(
            self.config.data_dir.join("async-python.json"),
            data.path().join("async-python.json"),
        )
        .unwrap();
        self.config.data_dir = data.path().to_owned();
        data
    }

    fn start(&self) -> App {
        quizbot::load(&self.config).unwrap()
    }
}

fn whole(app: &App) -> State {
    app.store.read(State::clone)
}

#[test]
fn a_quiz_from_open_to_reveal() {
    let world = World::new();
    let app = world.start();
    let posted = app
        .open_question(PLACE, None, Some("Event Loop"), Duration::seconds(60))
        .unwrap();
    assert_eq!(posted.question.topic, "event loop");
    assert_eq!(posted.options.len(), 4);
    assert_eq!(posted.closes_at, world.clock.now() + Duration::seconds(60));
    app.set_message(posted.id, MessageId(900));
    let correct = posted
        .options
        .iter()
        .position(|o| *o == posted.question.answer)
        .unwrap() as u8;
    let wrong = (correct + 1) % 4;

    world.clock.advance(Duration::seconds(5));
    let first = app
        .answer(posted.id, PLACE, UserId(1), "ana", correct)
        .unwrap();
    assert!(first.right());
    assert_eq!(first.points, 12);
    assert!(first.explanation().is_some());
    let second = app
        .answer(posted.id, PLACE, UserId(2), "ben", correct)
        .unwrap();
    assert_eq!(second.points, 10);
    let third = app
        .answer(posted.id, PLACE, UserId(3), "cy", wrong)
        .unwrap();
    assert!(!third.right());
    assert_eq!(third.correct_text(), Some(posted.question.answer.as_str()));

    let again = app.answer(posted.id, PLACE, UserId(3), "cy", correct);
    assert_eq!(
        again.err(),
        Some(UserError::AlreadyAnswered(quizbot_domain::quiz::letter(
            wrong
        )))
    );
    let elsewhere = Place {
        channel: ChannelId(11),
        ..PLACE
    };
    assert_eq!(
        app.answer(posted.id, elsewhere, UserId(4), "di", correct)
            .err(),
        Some(UserError::NotRecognised)
    );
    assert_eq!(
        app.answer(OpenId(posted.id.0 + 1), PLACE, UserId(4), "di", correct)
            .err(),
        Some(UserError::NotRecognised),
        "an id never issued is forged"
    );

    world.clock.advance(Duration::seconds(55));
    assert_eq!(
        app.answer(posted.id, PLACE, UserId(4), "di", correct).err(),
        Some(UserError::QuestionClosed),
        "answers at the closing time are late"
    );
    let closed = app.close(posted.id).unwrap();
    assert_eq!(closed.open.message, Some(MessageId(900)));
    assert_eq!(closed.reveal.answered, 3);
    assert_eq!(closed.reveal.right, [UserId(1), UserId(2)]);
    assert!(app.close(posted.id).is_none(), "closing twice does nothing");
    assert_eq!(
        app.answer(posted.id, PLACE, UserId(4), "di", correct).err(),
        Some(UserError::QuestionClosed)
    );

    let board = app
        .leaderboard(PLACE.guild, Scope::Server, Period::All, 1)
        .unwrap();
    let rows: Vec<(u64, u64)> = board.rows.iter().map(|r| (r.user.0, r.points)).collect();
    assert_eq!(rows, [(1, 12), (2, 10), (3, 0)]);
    assert_eq!(
        app.leaderboard(PLACE.guild, Scope::Channel(PLACE.channel), Period::All, 1)
            .unwrap()
            .rows
            .len(),
        2
    );
    let cy = app.score_card(PLACE.guild, UserId(3)).unwrap();
    assert_eq!(
        (cy.score.answered, cy.score.correct, cy.score.streak),
        (1, 0, 0)
    );
    assert_eq!(cy.topics[0].0, "event loop");
    assert!(app.score_card(PLACE.guild, UserId(4)).is_none());

    // A wrong answer grades the card Again, a right one Good: each as the flashcard's
    // button would have, at the moment of the answer.
    let answered_at = world.clock.now() - Duration::seconds(55);
    let key = posted.deck.key(&posted.question.id).unwrap().clone();
    let again = ReviewBook::default().preview(&key, answered_at)[0].1;
    let good = ReviewBook::default().preview(&key, answered_at)[2].1;
    assert!(again < good);
    let due = |user| {
        app.store.read(|s| {
            s.reviews
                .get(&UserId(user))
                .and_then(|b| b.card(&key))
                .map(|c| c.due)
        })
    };
    assert_eq!((due(3), due(1)), (Some(again), Some(good)));
    world.clock.set(again);
    match app.review(UserId(3), None) {
        Next::Due { question, card, .. } => {
            assert_eq!(question, posted.question.id);
            assert_eq!(card.map(|c| c.lapses), Some(0));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn unknown_decks_and_topics_are_user_errors() {
    let app = World::new().start();
    assert_eq!(
        app.open_question(PLACE, Some("nope"), None, Duration::seconds(60))
            .unwrap_err(),
        UserError::UnknownDeck("nope".into())
    );
    assert!(matches!(
        app.open_question(PLACE, None, Some("rust"), Duration::seconds(60)),
        Err(UserError::UnknownTopic { .. })
    ));
    assert!(matches!(
        app.flashcard(None, None, Some("rust")),
        Err(UserError::UnknownTopic { .. })
    ));
    assert_eq!(
        app.card(None, "async-python", "no-such-id").unwrap_err(),
        UserError::NotRecognised
    );
}

#[test]
fn flashcard_grades_feed_the_review_schedule_across_days() {
    let world = World::new();
    let app = world.start();
    let (deck, q) = app.flashcard(None, None, Some("errors")).unwrap();
    assert_eq!(q.topic, "errors");
    assert_eq!(app.review(UserId(7), None), Next::Empty);
    let preview = app.preview(UserId(7), None, &deck.id, &q.id).unwrap();
    let card = app
        .grade(UserId(7), None, &deck.id, &q.id, Grade::Good)
        .unwrap();
    assert_eq!(card.due, preview[2].1);
    assert_eq!(card.reps, 1);
    // Not due yet: the queue offers a new card of the deck the user now studies.
    assert!(matches!(
        app.review(UserId(7), None),
        Next::Due { card: None, ref question, .. } if *question != q.id
    ));
    world.clock.set(card.due);
    match app.review(UserId(7), None) {
        Next::Due { question, card, .. } => {
            assert_eq!(question, q.id);
            assert!(card.is_some());
        }
        other => panic!("{other:?}"),
    }
    let good = app
        .grade(UserId(7), None, &deck.id, &q.id, Grade::Good)
        .unwrap();
    assert!(good.due - world.clock.now() > card.due - card.last_review);
    let again = app
        .grade(UserId(7), None, &deck.id, &q.id, Grade::Again)
        .unwrap();
    assert_eq!((again.reps, again.lapses), (3, 1));
    assert!(again.due < good.due, "a lapse comes back sooner");
    assert_eq!(
        app.grade(UserId(7), None, "async-python", "forged", Grade::Good)
            .unwrap_err(),
        UserError::NotRecognised
    );
}

/// An answer files its review card under the question's ids, before and after a restart
/// that restores the open question.
#[tokio::test]
async fn answers_file_cards_under_the_questions_ids_before_and_after_a_restart() {
    let world = World::new();
    let app = world.start();
    let posted = app
        .open_question(PLACE, None, None, Duration::seconds(60))
        .unwrap();
    let key = |app: &App| {
        app.library()
            .key(&posted.deck.id, &posted.question.id)
            .unwrap()
            .clone()
    };
    let filed = |app: &App, user: u64| {
        app.store.read(|s| {
            s.reviews
                .get(&UserId(user))
                .and_then(|b| b.card(&key(app)).cloned())
        })
    };
    let answered = app.answer(posted.id, PLACE, UserId(1), "one", 0).unwrap();
    assert_eq!(answered.card, key(&app));
    assert!(filed(&app, 1).is_some());
    app.store.snapshot().await.unwrap();
    let after = world.start();
    let restored = after.store.read(|s| s.open[&posted.id].card.clone());
    assert_eq!(restored, key(&after));
    let answered = after.answer(posted.id, PLACE, UserId(2), "two", 1).unwrap();
    assert_eq!(answered.card, key(&after));
    assert!(filed(&after, 1).is_some() && filed(&after, 2).is_some());
}

#[tokio::test]
async fn a_snapshot_round_trip_preserves_the_whole_state() {
    let world = World::new();
    let app = world.start();
    for round in 0..5u64 {
        let posted = app
            .open_question(PLACE, None, None, Duration::seconds(60))
            .unwrap();
        app.set_message(posted.id, MessageId(1000 + round));
        for user in 0..8u64 {
            let _ = app.answer(
                posted.id,
                PLACE,
                UserId(user),
                &format!("user {user}"),
                ((user + round) % 4) as u8,
            );
        }
        if round < 4 {
            app.close(posted.id);
        }
        let (deck, q) = app.flashcard(None, None, None).unwrap();
        let grade = Grade::ALL[round as usize % 4];
        app.grade(UserId(round), None, &deck.id, &q.id, grade)
            .unwrap();
    }
    app.store.snapshot().await.unwrap();
    let before = whole(&app);
    assert_eq!(before.open.len(), 1, "one question is still open");
    let after = world.start();
    assert_eq!(whole(&after), before);
    assert_eq!(after.closing_times(), app.closing_times());
}

#[tokio::test]
async fn a_snapshot_of_a_removed_question_keeps_scores_and_drops_the_rest() {
    let world = World::new();
    let app = world.start();
    let posted = app
        .open_question(PLACE, None, None, Duration::seconds(60))
        .unwrap();
    app.answer(posted.id, PLACE, UserId(1), "ana", 0).unwrap();
    app.store.snapshot().await.unwrap();

    // The deck loses that question.
    let data = tempfile::tempdir().unwrap();
    let mut deck: serde_json::Value = serde_json::from_slice(
        &std::fs::read(world.config.data_dir.join("async-python.json")).unwrap(),
    )
    .unwrap();
    deck["questions"]
        .as_array_mut()
        .unwrap()
        .retain(|q| q["id"] != posted.question.id.as_str());
    std::fs::write(data.path().join("async-python.json"), deck.to_string()).unwrap();
    let mut config = world.config.clone();
    config.data_dir = data.path().to_owned();
    let app = quizbot::load(&config).unwrap();
    let state = whole(&app);
    assert!(state.open.is_empty());
    assert!(state.reviews.is_empty());
    assert_eq!(
        state.guilds[&PLACE.guild]
            .scores
            .member(UserId(1))
            .unwrap()
            .score
            .answered,
        1
    );
}

#[test]
fn refused_snapshots_are_left_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let good = snapshot::encode(&State::default());
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", good[..good.len() / 2].to_vec()),
        ("garbage", b"\xde\xad\xbe\xef".to_vec()),
        ("version 99", br#"{"version":99,"state":{}}"#.to_vec()),
        ("never issued", br#"{"version":1,"state":{"open":{},"next_open_id":0,"reviews":{"1":{"d":{"q":{"box":9,"due":"2026-01-01T00:00:00Z"}}}}}}"#.to_vec()),
    ];
    for (what, bytes) in cases {
        let path = dir.path().join(format!("{what}.json"));
        std::fs::write(&path, &bytes).unwrap();
        let err = snapshot::load(&path).unwrap_err().to_string();
        assert!(err.contains(&*path.to_string_lossy()), "{what}: {err}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{what}");
    }
}

/// The child side of the SIGKILL test: writes ever-larger snapshots to `QUIZBOT_CRASH_CHILD`
/// until it is killed. As a test on its own (no variable set) it does nothing.
#[test]
fn crash_child_writes_snapshots_until_killed() {
    let Some(path) = std::env::var_os("QUIZBOT_CRASH_CHILD") else {
        return;
    };
    let path = PathBuf::from(path);
    let mut state = snapshot::load(&path).unwrap().unwrap_or_default();
    loop {
        let scores = &mut state.guild_mut(GuildId(1)).scores;
        for user in 0..200 {
            let answer = Scored {
                channel: ChannelId(1),
                topic: "t",
                right: true,
                points: 10,
            };
            scores.record(UserId(user), "m", answer);
        }
        snapshot::save(&path, &state).unwrap();
    }
}

#[test]
fn sigkill_at_any_moment_leaves_a_snapshot_that_loads() {
    use rand::{Rng, SeedableRng};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state/quizbot.json");
    snapshot::write_atomic(&path, &snapshot::encode(&State::default())).unwrap();
    let mut rng = rand::rngs::StdRng::seed_from_u64(9);
    let mut last_points = 0;
    let kills = 40;
    for _ in 0..kills {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "crash_child_writes_snapshots_until_killed",
                "--nocapture",
            ])
            .env("QUIZBOT_CRASH_CHILD", &path)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(rng.random_range(5..60)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let state = snapshot::load(&path)
            .unwrap_or_else(|e| panic!("after a kill: {e}"))
            .expect("the snapshot exists");
        let points = state
            .guilds
            .get(&GuildId(1))
            .and_then(|g| g.scores.member(UserId(0)))
            .map_or(0, |m| m.score.points);
        assert!(points >= last_points, "a kill lost a complete snapshot");
        last_points = points;
    }
    assert!(last_points > 0, "the children never completed a write");
}

/// Turning the daily question off and on again the same day keeps the day as posted: a server
/// that already had today's question does not get a second one, and gets tomorrow's.
#[test]
fn a_daily_question_turned_off_and_on_again_is_not_posted_twice_that_day() {
    use chrono::NaiveTime;
    use quizbot_domain::schedule::DailySchedule;
    let world = World::new();
    let app = world.start();
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    let schedule =
        |time, now| DailySchedule::new(PLACE.channel, time, chrono_tz::UTC, None, None, now);
    app.set_daily(PLACE.guild, schedule(at(18, 30), world.clock.now()));
    world.clock.advance(Duration::minutes(30));
    let due = app.dailies_due(world.clock.now());
    assert_eq!(due.len(), 1);
    let today = due[0].1;
    app.open_daily(PLACE.guild, today).unwrap();
    assert!(app.dailies_due(world.clock.now()).is_empty());

    app.daily_off(PLACE.guild).unwrap();
    world.clock.advance(Duration::minutes(5));
    let back = app.set_daily(PLACE.guild, schedule(at(19, 0), world.clock.now()));
    assert_eq!(back.last_posted, Some(today), "the day stays posted");
    world.clock.advance(Duration::minutes(25));
    assert!(
        app.dailies_due(world.clock.now()).is_empty(),
        "no second daily question today"
    );
    world.clock.advance(Duration::days(1));
    assert_eq!(
        app.dailies_due(world.clock.now()),
        [(PLACE.guild, today.succ_opt().unwrap())],
        "tomorrow's comes as usual"
    );
}

/// A deck of one server's own: its cards come up in `/review` in that server only (not in
/// DMs, not in another server), and both deck and cards are there again after a restart.
#[tokio::test]
async fn a_servers_own_cards_come_up_in_review_there_only_and_survive_a_restart() {
    let mut world = World::new();
    let data = world.own_data_dir();
    let bytes = serde_json::to_vec(&serde_json::json!({
        "title": "Rust", "description": "D",
        "questions": [{"id": "borrow", "topic": "ownership", "question": "Mutable borrows at once?",
                       "answer": "One", "distractors": ["Two", "Three", "Any"]}]
    }))
    .unwrap();
    let (user, here, elsewhere) = (UserId(5), GuildId(1), GuildId(2));
    let app = world.start();
    let deck =
        quizbot_domain::deck::LoadedDeck::parse("rust", Path::new("rust.json"), &bytes).unwrap();
    app.install_deck(here, deck, &bytes, false)
        .unwrap()
        .unwrap();
    app.grade(user, Some(here), "rust", "borrow", Grade::Again)
        .unwrap();
    assert_eq!(
        app.grade(user, Some(elsewhere), "rust", "borrow", Grade::Again),
        Err(UserError::NotRecognised)
    );
    world.clock.advance(Duration::days(1));
    let due_here = |app: &App| match app.review(user, Some(here)) {
        Next::Due { deck, question, .. } => (deck, question),
        other => panic!("{other:?}"),
    };
    assert_eq!(due_here(&app), ("rust".into(), "borrow".into()));
    assert_eq!(app.review(user, None), Next::Empty);
    assert_eq!(app.review(user, Some(elsewhere)), Next::Empty);
    app.store.snapshot().await.unwrap();

    let after = world.start();
    assert_eq!(due_here(&after), ("rust".into(), "borrow".into()));
    assert_eq!(after.review(user, None), Next::Empty);
    assert!(data.path().join("servers/1/rust.json").exists());
}

/// Weekly and monthly points land in the week and month of the server's zone: the zone of its
/// daily question once it has one, across a DST change and the turn of a year; last week's
/// winners are kept when a week starts, and the all-time table counts everything.
#[test]
fn points_land_in_the_week_and_month_of_the_servers_zone() {
    use quizbot_domain::schedule::DailySchedule;
    let world = World::new();
    let app = world.start();
    let answer_right = |user: u64| {
        let posted = app
            .open_question(PLACE, None, None, Duration::seconds(60))
            .unwrap();
        let correct = app.store.read(|s| s.open[&posted.id].correct);
        let done = app
            .answer(posted.id, PLACE, UserId(user), "m", correct)
            .unwrap();
        app.close(posted.id);
        done.points
    };
    let table = |period| {
        app.leaderboard(PLACE.guild, Scope::Server, period, 1)
            .map(|p| {
                let rows: Vec<(u64, u64)> = p.rows.iter().map(|s| (s.user.0, s.points)).collect();
                let last: Vec<u64> = p
                    .previous
                    .map(|w| w.top.iter().map(|(u, _, _)| u.0).collect())
                    .unwrap_or_default();
                (rows, last)
            })
            .unwrap_or_default()
    };
    // Sunday 2026-03-29, 21:00 UTC: still Sunday in Berlin (23:00, summer time since 01:00).
    world
        .clock
        .set(Utc.with_ymd_and_hms(2026, 3, 29, 21, 0, 0).unwrap());
    let berlin = "Europe/Berlin".parse().unwrap();
    let daily = DailySchedule::new(
        ChannelId(11),
        chrono::NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
        berlin,
        None,
        None,
        world.clock.now(),
    );
    app.set_daily(PLACE.guild, daily);
    let first = answer_right(1);
    let second = answer_right(2);
    assert_eq!(
        table(Period::Week).0,
        [(1, u64::from(first)), (2, u64::from(second))]
    );
    // 22:30 UTC is Monday 00:30 in Berlin (in UTC it is still Sunday): a new week.
    world
        .clock
        .set(Utc.with_ymd_and_hms(2026, 3, 29, 22, 30, 0).unwrap());
    let third = answer_right(3);
    let (this_week, last_week) = table(Period::Week);
    assert_eq!(this_week, [(3, u64::from(third))]);
    assert_eq!(last_week, [1, 2], "last week's winners are kept");
    assert_eq!(table(Period::Month).0.len(), 3, "still March");
    // The turn of a year: December's points are not January's.
    world
        .clock
        .set(Utc.with_ymd_and_hms(2026, 12, 31, 12, 0, 0).unwrap());
    answer_right(4);
    world
        .clock
        .set(Utc.with_ymd_and_hms(2027, 1, 1, 12, 0, 0).unwrap());
    let fifth = answer_right(5);
    assert_eq!(table(Period::Month).0, [(5, u64::from(fifth))]);
    assert_eq!(table(Period::Month).1, [4], "December's winner");
    let all = table(Period::All).0;
    assert_eq!(
        all.len(),
        5,
        "the all-time table counts every answer: {all:?}"
    );
}

#[test]
fn typed_questions_score_streak_and_feed_reviews_like_multiple_choice() {
    let world = World::new();
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("typed.csv"),
        "#format:typed\nquestion,answer,accept\nCapital of France?,Paris,\n",
    )
    .unwrap();
    let config = Config {
        data_dir: data.path().to_owned(),
        ..world.config.clone()
    };
    let app = quizbot::load(&config).unwrap();
    let posted = app
        .open_question(PLACE, Some("typed"), None, Duration::seconds(60))
        .unwrap();
    assert_eq!(posted.options, ["Paris"]);
    assert_eq!(
        app.answer(posted.id, PLACE, UserId(1), "ana", 0).err(),
        Some(UserError::NotRecognised),
        "a typed question takes no option"
    );
    let first = app
        .answer_typed(posted.id, PLACE, UserId(1), "ana", "paris")
        .unwrap();
    assert!(first.right());
    assert_eq!(first.points, 12);
    let second = app
        .answer_typed(posted.id, PLACE, UserId(2), "ben", "Pari")
        .unwrap();
    assert_eq!(second.points, 10, "one typo in five letters is forgiven");
    let wrong = app
        .answer_typed(posted.id, PLACE, UserId(3), "cy", "Lyon")
        .unwrap();
    assert!(!wrong.right());
    assert_eq!(
        app.answer_typed(posted.id, PLACE, UserId(3), "cy", "Paris")
            .err(),
        Some(UserError::AlreadyTyped)
    );
    assert_eq!(
        app.may_type(posted.id, PLACE, UserId(3)).err(),
        Some(UserError::AlreadyTyped)
    );
    assert_eq!(app.may_type(posted.id, PLACE, UserId(4)), Ok(()));

    let ana = app.score_card(PLACE.guild, UserId(1)).unwrap();
    assert_eq!((ana.score.points, ana.score.streak), (12, 1));
    let cy = app.score_card(PLACE.guild, UserId(3)).unwrap();
    assert_eq!((cy.score.answered, cy.score.correct), (1, 0));
    // Each answer graded its card: exact Good, right with a typo Hard, wrong Again.
    let key = posted.deck.key(&posted.question.id).unwrap().clone();
    let graded = |user| {
        app.store.read(|s| {
            s.reviews
                .get(&UserId(user))
                .and_then(|b| b.card(&key))
                .and_then(|c| c.log.last())
                .map(|l| l.grade)
        })
    };
    assert_eq!(
        [graded(1), graded(2), graded(3)],
        [Some(Grade::Good), Some(Grade::Hard), Some(Grade::Again)]
    );

    world.clock.advance(Duration::seconds(60));
    assert_eq!(
        app.may_type(posted.id, PLACE, UserId(4)).err(),
        Some(UserError::QuestionClosed)
    );
    let closed = app.close(posted.id).unwrap();
    assert_eq!(closed.reveal.right, [UserId(1), UserId(2)]);
}

/// The option of `posted` that is right, and one that is wrong.
fn right_and_wrong(posted: &quizbot_domain::app::Posted) -> (u8, u8) {
    let right = posted
        .options
        .iter()
        .position(|o| *o == posted.question.answer)
        .unwrap() as u8;
    (right, (right + 1) % posted.options.len() as u8)
}

/// Question statistics count every answer, whether to a `/quiz`, a round's or the daily
/// question: asked, answers, right ones, the wrong option by its text, the median time to a
/// right answer; they survive a restart, and replacing the deck keeps those of the ids it
/// keeps. Points per day feed the score card's last 30 days.
#[tokio::test]
async fn question_statistics_count_quiz_round_and_daily_answers_and_outlive_restart_and_replace() {
    use chrono::NaiveTime;
    use quizbot_domain::app::RoundSpec;
    use quizbot_domain::schedule::DailySchedule;

    let mut world = World::new();
    let _data = world.own_data_dir();
    let deck_json = |ids: &[&str]| {
        let questions: Vec<_> = ids
            .iter()
            .map(|id| {
                serde_json::json!({"id": id, "topic": "t", "question": format!("{id}?"),
                "answer": "right", "distractors": ["w1", "w2", "w3"]})
            })
            .collect();
        serde_json::to_vec(
            &serde_json::json!({"title": "S", "description": "D", "questions": questions}),
        )
        .unwrap()
    };
    let install = |app: &App, ids: &[&str], replace: bool| {
        let bytes = deck_json(ids);
        let deck =
            quizbot_domain::deck::LoadedDeck::parse("s", Path::new("s.json"), &bytes).unwrap();
        app.install_deck(PLACE.guild, deck, &bytes, replace)
            .unwrap()
            .unwrap()
    };
    let app = world.start();
    install(&app, &["a"], false);
    let stats = |app: &App| {
        whole(app).guilds[&PLACE.guild]
            .stats
            .question("1/s", "a")
            .cloned()
            .unwrap()
    };

    // A /quiz: one right after 3 s, one wrong.
    let posted = app
        .quiz(PLACE, UserId(1), Some("s"), None, Duration::seconds(60))
        .unwrap();
    let (right, wrong) = right_and_wrong(&posted);
    world.clock.advance(Duration::seconds(3));
    app.answer(posted.id, PLACE, UserId(1), "ana", right)
        .unwrap();
    app.answer(posted.id, PLACE, UserId(2), "bo", wrong)
        .unwrap();
    app.close(posted.id);

    // A round's question: one wrong, the same wrong text.
    let spec = RoundSpec {
        questions: 1,
        seconds: 30,
        deck: Some("s".into()),
        topic: None,
    };
    app.start_round(PLACE, UserId(1), "ana", &spec).unwrap();
    let posted = app.next_round_question(PLACE).unwrap().unwrap();
    let wrong_text = posted.options[usize::from(right_and_wrong(&posted).1)].clone();
    let first_wrong = posted.options[usize::from(wrong)].clone();
    app.answer(
        posted.id,
        PLACE,
        UserId(3),
        "cy",
        right_and_wrong(&posted).1,
    )
    .unwrap();
    let closed = app.close(posted.id).unwrap();
    app.record_round(PLACE, &closed);
    app.end_round(PLACE);

    // The daily question: one right after 50 s.
    let at = NaiveTime::from_hms_opt(18, 30, 0).unwrap();
    let schedule = DailySchedule::new(
        PLACE.channel,
        at,
        chrono_tz::UTC,
        Some("s".into()),
        None,
        world.clock.now(),
    );
    app.set_daily(PLACE.guild, schedule);
    world.clock.advance(Duration::minutes(30));
    let (_, today) = app.dailies_due(world.clock.now())[0];
    let posted = app.open_daily(PLACE.guild, today).unwrap();
    world.clock.advance(Duration::seconds(50));
    app.answer(
        posted.id,
        PLACE,
        UserId(1),
        "ana",
        right_and_wrong(&posted).0,
    )
    .unwrap();

    let q = stats(&app);
    assert_eq!((q.asked, q.answers, q.right), (3, 4, 2));
    let mut wrong_seen: Vec<(String, u32)> =
        q.wrong.iter().map(|(t, n)| (t.to_string(), *n)).collect();
    wrong_seen.sort();
    let mut wrong_want = vec![(first_wrong.clone(), 1), (wrong_text.clone(), 1)];
    if first_wrong == wrong_text {
        wrong_want = vec![(first_wrong, 2)];
    }
    wrong_want.sort();
    assert_eq!(wrong_seen, wrong_want);
    // Right after 3 s and after 50 s: the median is the first, in the bucket under 4 s.
    assert_eq!(q.median_to_right(), Some(4));
    let card = app.score_card(PLACE.guild, UserId(1)).unwrap();
    assert_eq!(card.days.len(), 30);
    assert_eq!(
        card.days[29], 24,
        "today's: the first right answer to the quiz and to the daily, 12 each"
    );
    assert_eq!(card.days.iter().sum::<u32>(), 24);

    // A restart keeps them; a replace that keeps the id keeps them; one that drops it drops
    // them.
    app.store.snapshot().await.unwrap();
    let app = world.start();
    assert_eq!(stats(&app), q);
    install(&app, &["a", "b"], true);
    assert_eq!(stats(&app), q);
    install(&app, &["b"], true);
    assert!(whole(&app).guilds[&PLACE.guild].stats.is_empty());
}

/// A deck of `ids` (topic `t`) as a server uploads it.
fn own_deck(id: &str, ids: &[&str]) -> (quizbot_domain::deck::LoadedDeck, Vec<u8>) {
    let questions: Vec<_> = ids
        .iter()
        .map(|q| {
            serde_json::json!({"id": q, "topic": "t", "question": format!("{q}?"),
                "answer": format!("right {q}"), "distractors": ["w1", "w2", "w3"]})
        })
        .collect();
    let bytes = serde_json::to_vec(
        &serde_json::json!({"title": "S", "description": "D", "questions": questions}),
    )
    .unwrap();
    let file = format!("{id}.json");
    let deck = quizbot_domain::deck::LoadedDeck::parse(id, Path::new(&file), &bytes).unwrap();
    (deck, bytes)
}

/// One server's upload or removal touches that server's state only: another server's stays
/// the very same value (not even copied), whatever else it holds.
#[test]
fn a_deck_change_touches_no_other_servers_state() {
    let mut world = World::new();
    let _data = world.own_data_dir();
    let app = world.start();
    let elsewhere = Place {
        guild: GuildId(2),
        channel: ChannelId(20),
    };
    let posted = app
        .quiz(elsewhere, UserId(1), None, None, Duration::seconds(60))
        .unwrap();
    app.answer(posted.id, elsewhere, UserId(1), "ana", 0)
        .unwrap();
    let (deck, bytes) = own_deck("s", &["a", "b"]);
    app.install_deck(PLACE.guild, deck, &bytes, false)
        .unwrap()
        .unwrap();
    let theirs = app.store.read(|s| s.guilds[&elsewhere.guild].clone());
    let (deck, bytes) = own_deck("s", &["a"]);
    app.install_deck(PLACE.guild, deck, &bytes, true)
        .unwrap()
        .unwrap();
    app.remove_deck(PLACE.guild, "s").unwrap().unwrap();
    let after = app.store.read(|s| s.guilds[&elsewhere.guild].clone());
    assert!(
        Arc::ptr_eq(&theirs, &after),
        "another server's state was rewritten"
    );
}

/// A server's deck that no longer loads at start is set aside, not deleted: its file moves to
/// `set-aside/` with why, `/decks`'s library names it, its review cards stay in the state, and
/// a later start that can load it serves it again with them.
#[tokio::test]
async fn a_server_deck_that_fails_at_start_is_set_aside_with_its_cards_kept() {
    let mut world = World::new();
    let data = world.own_data_dir();
    let user = UserId(5);
    let app = world.start();
    let (deck, bytes) = own_deck("rust", &["borrow"]);
    app.install_deck(PLACE.guild, deck, &bytes, false)
        .unwrap()
        .unwrap();
    app.grade(user, Some(PLACE.guild), "rust", "borrow", Grade::Again)
        .unwrap();
    app.store.snapshot().await.unwrap();
    drop(app);

    let folder = data.path().join("servers/1");
    std::fs::write(folder.join("rust.json"), b"{ not json").unwrap();
    let app = world.start();
    let library = app.library();
    assert!(library.get(Some(PLACE.guild), "rust").is_none());
    let aside: Vec<_> = library.set_aside_of(PLACE.guild).collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(aside[0].0, "rust");
    assert!(!folder.join("rust.json").exists());
    let why = std::fs::read_to_string(folder.join("set-aside/rust.json.why")).unwrap();
    assert!(why.contains("line 1"), "{why}");
    let cards = |app: &App| whole(app).reviews.get(&user).map_or(0, |b| b.len());
    assert_eq!(cards(&app), 1, "the card of a deck set aside is kept");
    app.store.write(|_, _| ());
    app.store.snapshot().await.unwrap();
    drop(app);

    // The operator mends the file where it was set aside: the next start serves it again.
    std::fs::write(folder.join("set-aside/rust.json"), &bytes).unwrap();
    let app = world.start();
    assert!(app.library().get(Some(PLACE.guild), "rust").is_some());
    assert_eq!(app.library().set_aside_of(PLACE.guild).count(), 0);
    // Graded Again, the card is due later today: the schedule shows it again.
    assert!(matches!(
        app.review(user, Some(PLACE.guild)),
        Next::Later(_)
    ));
    // Removing a deck set aside forgets it and its file.
    std::fs::write(folder.join("rust.json"), b"[]").unwrap();
    drop(app);
    let app = world.start();
    assert_eq!(app.library().set_aside_of(PLACE.guild).count(), 1);
    app.remove_deck(PLACE.guild, "rust").unwrap().unwrap();
    assert_eq!(app.library().set_aside_of(PLACE.guild).count(), 0);
    assert!(!folder.join("set-aside/rust.json").exists());
}

/// Upload checks and exports share the bot's costly-job slots, first come first served: with
/// one, an export while an upload is checked waits for it, and an upload while an export runs
/// waits its turn for a moment (then is told to try again), ahead of exports that come after it.
#[tokio::test(start_paused = true)]
async fn uploads_and_exports_take_turns_on_the_costly_job_slots() {
    let mut world = World::new();
    world.config.fair_use.costly_jobs = 1;
    let app = world.start();
    let check = app.begin_check(GuildId(1)).await.unwrap();
    let mut export = std::pin::pin!(app.costly_job());
    tokio::select! {
        biased;
        _ = &mut export => panic!("an export ran beside an upload's check"),
        () = std::future::ready(()) => {}
    }
    drop(check);
    let slot = export.await.expect("a slot once the check is done");
    // The export runs on past the upload's wait: the upload is told to try again.
    let started = tokio::time::Instant::now();
    assert!(matches!(
        app.begin_check(GuildId(2)).await,
        Err(UserError::UploadsBusy)
    ));
    assert_eq!(started.elapsed(), quizbot_domain::deck::limits::UPLOAD_WAIT);
    // An upload waiting when the export ends gets the slot before a later export.
    let mut upload = std::pin::pin!(app.begin_check(GuildId(2)));
    tokio::select! {
        biased;
        _ = &mut upload => panic!("an upload was checked beside an export"),
        () = std::future::ready(()) => {}
    }
    let mut later_export = std::pin::pin!(app.costly_job());
    tokio::select! {
        biased;
        _ = &mut later_export => panic!("a second export beside the first"),
        () = std::future::ready(()) => {}
    }
    drop(slot);
    let check = upload.await.expect("the waiting upload's turn");
    tokio::select! {
        biased;
        _ = &mut later_export => panic!("the later export went ahead of the waiting upload"),
        () = std::future::ready(()) => {}
    }
    drop(check);
    assert!(later_export.await.is_some());
}

/// What all servers share has limits: the memory for servers' decks, the topics a server's
/// scores tally, and the uploads being checked at once.
#[tokio::test(start_paused = true)]
async fn uploads_past_the_shared_limits_are_refused_with_a_reason() {
    let mut world = World::new();
    let _data = world.own_data_dir();
    let (small, small_bytes) = own_deck("one", &["a"]);
    world.config.fair_use.deck_memory = small_bytes.len() + 10;
    let app = world.start();
    app.install_deck(PLACE.guild, small, &small_bytes, false)
        .unwrap()
        .unwrap();
    let (other, other_bytes) = own_deck("two", &["a"]);
    assert_eq!(
        app.install_deck(GuildId(2), other.clone(), &other_bytes, false)
            .unwrap()
            .unwrap_err(),
        UserError::DeckMemoryFull(0)
    );
    // Replacing a deck counts its new size in place of the old one.
    let (again, again_bytes) = own_deck("one", &["b"]);
    app.install_deck(PLACE.guild, again, &again_bytes, true)
        .unwrap()
        .unwrap();
    app.remove_deck(PLACE.guild, "one").unwrap().unwrap();
    app.install_deck(GuildId(2), other, &other_bytes, false)
        .unwrap()
        .unwrap();

    let topics: Vec<_> = (0..1_001)
        .map(|i| {
            serde_json::json!({"id": format!("q{i}"), "topic": format!("topic {i}"),
                "question": format!("{i}?"), "answer": format!("a{i}"),
                "distractors": ["w1", "w2", "w3"]})
        })
        .collect();
    let bytes = serde_json::to_vec(
        &serde_json::json!({"title": "T", "description": "D", "questions": topics}),
    )
    .unwrap();
    let many =
        quizbot_domain::deck::LoadedDeck::parse("many", Path::new("many.json"), &bytes).unwrap();
    world.config.fair_use.deck_memory = 1 << 30;
    world.config.fair_use.costly_jobs = 2;
    let app = world.start();
    match app.install_deck(GuildId(3), many, &bytes, false).unwrap() {
        Err(UserError::TooManyTopics { total, max: 1_000 }) => assert!(total > 1_001),
        other => panic!("{other:?}"),
    }

    let first = app.begin_check(GuildId(1)).await.unwrap();
    assert!(matches!(
        app.begin_check(GuildId(1)).await,
        Err(UserError::UploadInProgress)
    ));
    let second = app.begin_check(GuildId(2)).await.unwrap();
    assert!(matches!(
        app.begin_check(GuildId(3)).await,
        Err(UserError::UploadsBusy)
    ));
    drop(first);
    let _third = app.begin_check(GuildId(3)).await.unwrap();
    drop(second);
}

/// `/quiz` checks the member's cooldown and the channel's limit in the step that opens the
/// question: many at once cannot overshoot either.
#[test]
fn quizzes_at_once_overshoot_neither_the_cooldown_nor_the_channel_limit() {
    let world = World::new();
    let app = world.start();
    let tries = |users: &[u64]| {
        std::thread::scope(|s| {
            let handles: Vec<_> = users
                .iter()
                .map(|&u| {
                    let app = &app;
                    s.spawn(move || app.quiz(PLACE, UserId(u), None, None, Duration::seconds(60)))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap())
                .filter(Result::is_ok)
                .count()
        })
    };
    assert_eq!(tries(&[7; 16]), 1, "one member, one question");
    let open = tries(&(100..132).collect::<Vec<_>>());
    assert_eq!(
        open, 2,
        "three open in the channel at most, the first included"
    );
}

/// A snapshot whose round or cycle breaks its own bounds is refused, naming the file.
#[tokio::test]
async fn a_snapshot_with_an_impossible_round_or_cycle_is_refused() {
    use quizbot_domain::app::RoundSpec;
    let world = World::new();
    let app = world.start();
    let spec = RoundSpec {
        questions: 3,
        seconds: 30,
        deck: None,
        topic: None,
    };
    app.start_round(PLACE, UserId(1), "ana", &spec).unwrap();
    app.next_round_question(PLACE).unwrap().unwrap();
    app.store.snapshot().await.unwrap();
    let path = world.config.state_path.clone();
    let good = std::fs::read_to_string(&path).unwrap();
    assert!(snapshot::load(&path).is_ok());
    for (from, to, says) in [
        ("\"seconds\":30", "\"seconds\":0", "seconds a question"),
        ("\"total\":3", "\"total\":300", "questions"),
    ] {
        assert!(good.contains(from), "{from} in {good}");
        std::fs::write(&path, good.replace(from, to)).unwrap();
        let e = snapshot::load(&path).unwrap_err().to_string();
        assert!(
            e.contains(&path.display().to_string()) && e.contains(says),
            "{e}"
        );
    }
    let state: serde_json::Value = serde_json::from_str(&good).unwrap();
    let cycle = state["state"]["guilds"]["1"]["cycles"]["async-python"].clone();
    let first = cycle[0].clone();
    let doubled = good.replacen(&format!("[{first},"), &format!("[{first},{first},"), 1);
    assert_ne!(doubled, good);
    std::fs::write(&path, doubled).unwrap();
    let e = snapshot::load(&path).unwrap_err().to_string();
    assert!(e.contains("queued twice"), "{e}");
}

/// A server that reviews in channel 99, by members who manage messages.
fn reviews_in(app: &App, guild: GuildId) {
    app.set_review(
        guild,
        quizbot_domain::suggest::ReviewSetup {
            channel: ChannelId(99),
            role: None,
        },
    );
}

fn draft(question: &str) -> quizbot_domain::suggest::Draft {
    quizbot_domain::suggest::Draft::from_form(
        question,
        "Right",
        "Wrong 1\nWrong 2\nWrong 3",
        "",
        "",
    )
}

/// A suggestion for a server deck that an admin removes before a reviewer approves it is
/// closed with a note, and the deck is not brought back; bundled decks take no suggestions;
/// the server's limit of pending suggestions holds across members.
#[test]
fn suggestions_are_refused_for_a_removed_or_bundled_deck_and_past_the_servers_limit() {
    let mut world = World::new();
    let _data = world.own_data_dir();
    let app = world.start();
    let guild = PLACE.guild;
    assert_eq!(
        app.may_suggest(guild, UserId(1), None).unwrap_err(),
        UserError::NoReviewChannel
    );
    reviews_in(&app, guild);
    let (deck, bytes) = own_deck("s", &["a"]);
    app.install_deck(guild, deck, &bytes, false)
        .unwrap()
        .unwrap();
    let (s, _) = app
        .suggest(guild, UserId(1), Some("s".into()), draft("For s?"))
        .unwrap()
        .unwrap();
    app.remove_deck(guild, "s").unwrap().unwrap();
    assert_eq!(
        app.approve(guild, s.id, UserId(9)).unwrap().unwrap_err(),
        UserError::SuggestedDeckGone("s".into())
    );
    let closed = app.suggestion(guild, s.id).unwrap();
    assert!(
        matches!(&closed.decision, Some(quizbot_domain::suggest::Decision::Rejected { by: None, reason }) if reason.contains("was removed")),
        "{closed:?}"
    );
    assert!(
        app.library().get(Some(guild), "s").is_none(),
        "not brought back"
    );
    assert_eq!(
        app.may_suggest(guild, UserId(1), Some("async-python"))
            .unwrap_err(),
        UserError::SuggestToBundled("async-python".into())
    );
    let max = quizbot_domain::suggest::MAX_PENDING_PER_SERVER;
    for n in 0..max {
        let member =
            UserId(100 + n as u64 / quizbot_domain::suggest::MAX_PENDING_PER_MEMBER as u64);
        app.suggest(guild, member, None, draft(&format!("Question {n}?")))
            .unwrap()
            .unwrap();
    }
    assert_eq!(
        app.suggest(guild, UserId(5000), None, draft("One more?"))
            .unwrap_err(),
        UserError::SuggestionsFull(max)
    );
}

/// Approvals from many threads at once into one deck: every suggestion lands exactly once,
/// none overwrites another's question.
#[test]
fn approvals_at_once_each_add_their_question_once() {
    let mut world = World::new();
    let _data = world.own_data_dir();
    let app = Arc::new(world.start());
    let guild = PLACE.guild;
    reviews_in(&app, guild);
    let ids: Vec<u64> = (0..8)
        .map(|n| {
            let (s, _) = app
                .suggest(guild, UserId(n), None, draft(&format!("Suggestion {n}?")))
                .unwrap()
                .unwrap();
            s.id
        })
        .collect();
    let handles: Vec<_> = ids
        .iter()
        .flat_map(|&id| [id, id])
        .map(|id| {
            let app = app.clone();
            std::thread::spawn(move || app.approve(guild, id, UserId(9)).unwrap().is_ok())
        })
        .collect();
    let approved = handles
        .into_iter()
        .map(|h| h.join().unwrap())
        .filter(|ok| *ok)
        .count();
    assert_eq!(
        approved,
        ids.len(),
        "each approved once, the second press refused"
    );
    let library = app.library();
    let deck = library
        .get(Some(guild), quizbot_domain::suggest::COMMUNITY_DECK)
        .unwrap();
    let mut asked: Vec<&str> = deck
        .questions()
        .iter()
        .map(|q| q.question.as_str())
        .collect();
    asked.sort_unstable();
    let mut wanted: Vec<String> = (0..8).map(|n| format!("Suggestion {n}?")).collect();
    wanted.sort_unstable();
    assert_eq!(asked, wanted);
}

#[test]
fn a_servers_chosen_language_wins_over_discords_until_cleared() {
    let app = World::new().start();
    let g = GuildId(1);
    assert_eq!(app.server_locale(g), None);
    app.note_discord_locale(g, "de");
    assert_eq!(app.server_locale(g).as_deref(), Some("de"));
    app.set_language(g, Some("pl".into()));
    assert_eq!(app.server_locale(g).as_deref(), Some("pl"));
    app.set_language(g, None);
    assert_eq!(app.server_locale(g).as_deref(), Some("de"));
}
