//! The decks that ship with the bot: complete, clean, within every rule, and with options
//! whose form does not give the key away. These guard form only: whether the question is
//! needed is measured by blind readings (docs/decks.md).

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use quizbot_domain::deck::{load_file, LoadedDeck};

fn load(name: &str) -> LoadedDeck {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(name);
    load_file(&path).unwrap_or_else(|p| panic!("{p:#?}"))
}

fn bundled_deck() -> LoadedDeck {
    load("async-python.json")
}

fn both_decks() -> [LoadedDeck; 2] {
    [bundled_deck(), load("asyncio-in-practice.json")]
}

/// Scores, cycles and review cards name these: they never change.
const IDS: [&str; 50] = [
    "async-programming",
    "async-vs-threading",
    "async-await-keywords",
    "event-loop",
    "define-and-call-coroutine",
    "coroutine-vs-function",
    "run-coroutine-top-level",
    "asyncio-module",
    "await-outside-async",
    "tasks-purpose",
    "gather-purpose",
    "asyncio-sleep",
    "create-task-vs-ensure-future",
    "try-except-in-coroutines",
    "awaitable-objects",
    "await-non-awaitable",
    "cancel-task",
    "wait-for-timeout",
    "future-object",
    "run-blocking-code",
    "exception-propagation",
    "coroutine-future-task",
    "cooperative-multitasking",
    "async-from-sync",
    "aiohttp",
    "asyncio-run-lifecycle",
    "async-over-threads",
    "cpu-bound-work",
    "structuring-async-code",
    "async-calls-sync",
    "async-with",
    "async-for",
    "async-generator",
    "testing-async-code",
    "gather-exceptions",
    "async-drawbacks",
    "await-from-async",
    "async-context-manager-uses",
    "trio",
    "recursive-coroutines",
    "yielding-control",
    "debugging-async",
    "shield",
    "suspension-points",
    "async-deadlock",
    "cancellation-cleanup",
    "asyncio-with-threads",
    "group-timeout",
    "async-iterators",
    "async-vs-reactive",
];

#[test]
fn the_bundled_decks_ids_stay_and_the_second_deck_is_forty_questions_a_quarter_typed() {
    let deck = bundled_deck();
    let ids: Vec<&str> = deck.questions().iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, IDS);
    let practice = load("asyncio-in-practice.json");
    assert_eq!(practice.len(), 40);
    let typed = practice
        .questions()
        .iter()
        .filter(|q| practice.format_of(q) == quizbot_domain::deck::model::Format::Typed)
        .count();
    assert!((8..=12).contains(&typed), "{typed} typed questions");
    assert!(!practice.flashcards_only());
}

/// The lowercase words of `text`, letters and digits.
fn words(text: &str) -> HashSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Words a distractor may not add unless the key has them too: an absolute marks the wrong
/// option that overreaches.
const ABSOLUTES: [&str; 7] = [
    "always",
    "never",
    "only",
    "every",
    "at once",
    "automatically",
    "guaranteed",
];

fn has_absolute(text: &str, absolute: &str) -> bool {
    let text = format!(
        " {} ",
        text.to_lowercase()
            .replace(|c: char| !c.is_alphanumeric(), " ")
    );
    text.contains(&format!(" {absolute} "))
}

/// How often a text names the machinery that marked distractors before: threads, pools,
/// preemption, time slices.
fn mechanism(text: &str) -> usize {
    let text = text.to_lowercase();
    ["thread", "pool", "preempt", "time slice"]
        .iter()
        .map(|m| text.matches(m).count())
        .sum()
}

fn first_words(text: &str, n: usize) -> Vec<String> {
    text.to_lowercase()
        .split_whitespace()
        .take(n)
        .map(str::to_owned)
        .collect()
}

/// Every way the form of a question's options could point at its key.
fn form_problems(q: &quizbot_domain::deck::Question) -> Vec<String> {
    let id = &q.id;
    let mut problems = Vec::new();
    let options: Vec<&String> = std::iter::once(&q.answer).chain(&q.distractors).collect();
    let lengths: Vec<usize> = options.iter().map(|o| o.chars().count()).collect();
    let key = lengths[0];
    if lengths[1..].iter().all(|&l| l < key) {
        problems.push(format!("{id}: the key is the longest option"));
    }
    if lengths[1..].iter().all(|&l| l > key) {
        problems.push(format!("{id}: the key is the shortest option"));
    }
    for d in &q.distractors {
        for absolute in ABSOLUTES {
            if has_absolute(d, absolute) && !has_absolute(&q.answer, absolute) {
                problems.push(format!(
                    "{id}: a distractor says `{absolute}` and the key does not: {d}"
                ));
            }
        }
        let opening = first_words(&q.answer, 4);
        if opening.len() == 4 && first_words(d, 4) == opening {
            problems.push(format!(
                "{id}: a distractor opens with the key's first four words: {d}"
            ));
        }
    }
    problems
}

#[test]
fn no_options_form_points_at_the_key() {
    let mut problems = Vec::new();
    for deck in both_decks() {
        let questions = deck.questions();
        problems.extend(questions.iter().flat_map(form_problems));
        let distractors: Vec<(&String, &String)> = questions
            .iter()
            .flat_map(|q| q.distractors.iter().map(move |d| (d, &q.answer)))
            .collect();
        let machinery = distractors
            .iter()
            .filter(|(d, key)| mechanism(d) > mechanism(key))
            .count();
        if 100 * machinery > 15 * distractors.len() {
            problems.push(format!(
                "{}: {machinery} of {} distractors name threads, pools or preemption more than their key",
                deck.id,
                distractors.len()
            ));
        }
        for (i, a) in questions.iter().enumerate() {
            let wa = words(&a.question);
            for b in &questions[i + 1..] {
                let wb = words(&b.question);
                let shared = wa.intersection(&wb).count();
                if 2 * shared > wa.len().min(wb.len()) {
                    problems.push(format!(
                        "{}: {} and {} share {shared} words of their questions",
                        deck.id, a.id, b.id
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_form_rules_catch_what_they_are_for() {
    let q = |answer: &str, distractors: [&str; 3]| quizbot_domain::deck::Question {
        id: "q".into(),
        topic: "t".into(),
        question: "Q?".into(),
        answer: answer.into(),
        distractors: distractors.map(String::from).to_vec(),
        explanation: None,
        accept: Vec::new(),
        format: None,
        author: None,
    };
    assert!(form_problems(&q(
        "It waits for all.",
        ["It waits for one.", "It runs each once.", "It stops early."]
    ))
    .is_empty());
    let longest = form_problems(&q(
        "It waits for all of them.",
        ["It waits.", "It runs.", "It stops."],
    ));
    assert!(longest[0].contains("longest"), "{longest:?}");
    let absolute = form_problems(&q(
        "It waits for all.",
        [
            "It never waits at all.",
            "It runs each one.",
            "It stops early.",
        ],
    ));
    assert!(
        absolute.iter().any(|p| p.contains("`never`")),
        "{absolute:?}"
    );
    let opening = form_problems(&q(
        "It waits for all tasks.",
        [
            "It waits for all threads.",
            "It runs each task once.",
            "It stops them early.",
        ],
    ));
    assert!(
        opening.iter().any(|p| p.contains("first four words")),
        "{opening:?}"
    );
    assert_eq!(mechanism("A thread pool, preempted by the thread"), 4);
    assert!(!has_absolute("commonly", "only"));
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
    let decks = both_decks();
    let problems: Vec<String> = decks
        .iter()
        .flat_map(|deck| deck.questions().iter())
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
