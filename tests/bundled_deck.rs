//! The deck that ships with the bot: complete, clean, and within every rule.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use quizbot::deck::{load_file, LoadedDeck};

fn bundled_deck() -> LoadedDeck {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/async-python.json");
    load_file(&path).unwrap_or_else(|p| panic!("{p:#?}"))
}

#[test]
fn the_bundled_deck_has_all_fifty_answers_in_seven_topics() {
    let deck = bundled_deck();
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

/// An option as a reader compares it: lowercase, with punctuation and backticks dropped and runs
/// of white space collapsed, so formatting alone never makes a copy of the answer look new.
fn normalised(text: &str) -> String {
    let kept: String = text
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What makes a question's distractors give the answer away or repeat themselves: one that
/// contains the answer (or is contained in it) is right in its own way; one much shorter or
/// longer than the answer is told apart by its length alone; two that read the same leave the
/// reader fewer real choices than the buttons show.
fn distractor_problems(id: &str, answer: &str, distractors: &[String]) -> Vec<String> {
    let answer_norm = normalised(answer);
    let answer_len = answer.chars().count();
    let mut problems = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for d in distractors {
        let norm = normalised(d);
        if norm.contains(&answer_norm) {
            problems.push(format!("{id}: a distractor contains the answer: {d}"));
        } else if answer_norm.contains(&norm) {
            problems.push(format!("{id}: the answer contains a distractor: {d}"));
        }
        // Within 0.6x to 1.6x of the answer's length, in characters.
        let len = d.chars().count();
        if 10 * len < 6 * answer_len || 10 * len > 16 * answer_len {
            problems.push(format!(
                "{id}: a distractor of {len} characters against an answer of {answer_len}: {d}"
            ));
        }
        if seen.contains(&norm) {
            problems.push(format!("{id}: a distractor repeats another: {d}"));
        }
        seen.push(norm);
    }
    problems
}

#[test]
fn no_distractor_gives_the_answer_away_by_its_words_or_its_length() {
    let deck = bundled_deck();
    let problems: Vec<String> = deck
        .questions()
        .iter()
        .flat_map(|q| distractor_problems(&q.id, &q.answer, &q.distractors))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_distractor_rules_see_through_case_punctuation_and_backticks() {
    let answer = "A `TypeError` is raised.";
    let fine = |ds: &[&str]| {
        let ds: Vec<String> = ds.iter().map(|d| d.to_string()).collect();
        distractor_problems("q", answer, &ds)
    };
    assert_eq!(
        fine(&["A `ValueError` is raised.", "The value is returned."]),
        Vec::<String>::new()
    );
    // The answer in other clothes, with words around it.
    assert_eq!(fine(&["Sure: a TYPEERROR   is raised!"]).len(), 1);
    // A distractor that is only a part of the answer.
    assert_eq!(fine(&["typeerror is raised"]).len(), 1);
    // Too short and too long next to the answer's 24 characters.
    assert_eq!(fine(&["It fails."]).len(), 1);
    assert_eq!(
        fine(&["Nothing happens, the value is handed back unchanged."]).len(),
        1
    );
    // Two distractors that differ only in formatting.
    assert_eq!(
        fine(&["A `ValueError` is raised.", "a valueerror is raised"]).len(),
        1
    );
}
