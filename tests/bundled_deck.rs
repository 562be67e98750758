//! The deck that ships with the bot: complete, clean, and within every rule.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use quizbot::deck::load_file;

#[test]
fn the_bundled_deck_has_all_fifty_answers_in_seven_topics() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/async-python.json");
    let deck = load_file(&path).unwrap_or_else(|p| panic!("{p:#?}"));
    assert_eq!(deck.id, "async-python");
    assert_eq!(deck.len(), 50);
    let topics: BTreeMap<&str, usize> = deck.topics().collect();
    assert_eq!(
        topics.keys().copied().collect::<Vec<_>>(),
        [
            "basics",
            "cancellation and timeouts",
            "concurrency patterns",
            "coroutines and tasks",
            "ecosystem and testing",
            "errors",
            "event loop"
        ]
    );
    assert!(topics.values().all(|&n| n >= 3), "{topics:?}");

    let mut questions = HashSet::new();
    for q in deck.questions() {
        assert!(
            questions.insert(q.question.to_lowercase()),
            "asked twice: {}",
            q.question
        );
        assert!(
            q.question.ends_with('?'),
            "{}: not a question: {}",
            q.id,
            q.question
        );
        assert!(q.explanation.is_some(), "{} has no explanation", q.id);
        for text in std::iter::once(&q.answer).chain(&q.distractors) {
            assert!(!text.contains('\n'), "{}: a line break survived", q.id);
            assert_eq!(
                text.matches('`').count() % 2,
                0,
                "{}: unbalanced backticks in {text}",
                q.id
            );
        }
    }
    let all: String = deck.questions().iter().map(|q| q.answer.as_str()).collect();
    for navigation in ["Tutorials", "Random Blogs", "SEO", "DevOps", "Nginx"] {
        assert!(
            !all.contains(navigation),
            "site navigation leaked into the answers: {navigation}"
        );
    }
    let three_part = deck
        .question("coroutine-future-task")
        .expect("the three-part answer is one question");
    for part in ["Coroutine", "Future", "Task"] {
        assert!(three_part.answer.contains(part), "{}", three_part.answer);
    }
}
