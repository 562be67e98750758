//! Made-up data for each picture, the same every time: for `cargo run --example cards`, the
//! render bench and the picture tests.

use crate::review::Outlook;
use crate::scores::{MemberScore, ScoreCard, Tally};
use crate::stats::{Hard, Report};

fn tally(answered: u32, correct: u32) -> Tally {
    Tally { answered, correct }
}

/// A member ranked second of 31, with six topics and a month of irregular days.
pub fn score_card() -> ScoreCard {
    let mut score = MemberScore {
        points: 1234,
        answered: 160,
        correct: 118,
        streak: 4,
        best_streak: 17,
        daily_streak: 3,
        best_daily_streak: 12,
        ..MemberScore::default()
    };
    score.name = "Ana".into();
    ScoreCard {
        score,
        rank: 2,
        of: 31,
        topics: vec![
            ("event loop".into(), tally(20, 7)),
            ("tasks & cancellation".into(), tally(30, 17)),
            ("asyncio streams".into(), tally(40, 31)),
            ("coroutines".into(), tally(50, 45)),
            ("generators".into(), tally(10, 10)),
            ("never shown: a sixth topic".into(), tally(10, 10)),
        ],
        week: (86, Some(1)),
        month: (310, Some(3)),
        days: (0..30u32)
            .map(|d| (d * 7 % 5) * 12 * u32::from(d % 4 != 0))
            .collect(),
    }
}

/// A deck's five hardest questions, one of them typed (no wrong option kept), and its
/// topics.
pub fn report() -> Report {
    let hard = |id: &str, question: &str, topic: &str, t: Tally, wrong: Option<(&str, u32)>| Hard {
        id: id.into(),
        question: question.into(),
        topic: topic.into(),
        answer: String::new(),
        tally: t,
        most_wrong: wrong.map(|(text, n)| (text.into(), n)),
        median_to_right: Some(8),
    };
    Report {
        reported: Vec::new(),
        deck: "async-python".into(),
        title: "Async Python".into(),
        topic: None,
        topic_at: None,
        hardest: vec![
            hard(
                "gather-cancel",
                "What happens to the other awaitables when one passed to asyncio.gather() raises?",
                "tasks",
                tally(9, 1),
                Some(("They are cancelled", 6)),
            ),
            hard(
                "loop-blocking",
                "Which call blocks the event loop?",
                "event loop",
                tally(12, 3),
                Some(("await asyncio.sleep(1)", 5)),
            ),
            hard(
                "shield",
                "What does asyncio.shield() protect against?",
                "tasks",
                tally(7, 3),
                Some(("Exceptions", 3)),
            ),
            hard(
                "typed-taskgroup",
                "Name the class that replaces gather() for structured concurrency.",
                "tasks",
                tally(5, 3),
                None,
            ),
            hard(
                "run-twice",
                "Can asyncio.run() be called while a loop runs in the same thread?",
                "event loop",
                tally(10, 7),
                Some(("Yes, it nests", 3)),
            ),
        ],
        topics: vec![
            ("tasks".into(), tally(40, 17)),
            ("event loop".into(), tally(52, 30)),
            ("streams".into(), tally(20, 15)),
            ("coroutines".into(), tally(64, 55)),
        ],
        answers: 176,
    }
}

/// A learner a few weeks in: cards in every state, most remembered, a week of reviews ahead.
pub fn outlook() -> Outlook {
    Outlook {
        new: 23,
        learning: 4,
        review: 61,
        retention: (47, 54),
        forecast: vec![9, 4, 0, 7, 2, 12, 3],
    }
}
