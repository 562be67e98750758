//! Grading a typed answer: case, accents, spaces and punctuation do not count, and a few typos
//! are forgiven, more in a longer answer; numbers must be exact.

use crate::deck::table::without_accent;
use crate::deck::Question;

/// The text a typed answer matched: the question's answer or one of the others it accepts.
pub fn grade<'a>(typed: &str, question: &'a Question) -> Option<&'a str> {
    let typed = simplified(typed);
    if typed.is_empty() {
        return None;
    }
    std::iter::once(&question.answer)
        .chain(&question.accept)
        .find(|expected| close_enough(&typed, &simplified(expected)))
        .map(String::as_str)
}

/// Whether `typed` is `expected` exactly, but for what [`grade`] never counts (case, accents,
/// spaces, punctuation): a right answer that is not had a typo.
pub fn is_exact(typed: &str, expected: &str) -> bool {
    simplified(typed) == simplified(expected)
}

/// How many edits an answer of `len` characters (simplified) forgives.
fn tolerance(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=8 => 1,
        9..=20 => 2,
        _ => 3,
    }
}

fn close_enough(typed: &str, expected: &str) -> bool {
    let digits = |text: &str| {
        text.chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    };
    if digits(typed) != digits(expected) {
        return false;
    }
    strsim::levenshtein(typed, expected) <= tolerance(expected.chars().count())
}

/// Letters and digits only, lowercase, Latin accents dropped.
fn simplified(text: &str) -> String {
    text.chars()
        .map(without_accent)
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(answer: &str, accept: &[&str]) -> Question {
        Question {
            id: "q".into(),
            topic: "t".into(),
            question: "?".into(),
            answer: answer.into(),
            distractors: Vec::new(),
            explanation: None,
            accept: accept.iter().map(|a| (*a).to_owned()).collect(),
            format: None,
            author: None,
        }
    }

    #[test]
    fn typed_answers_and_their_verdicts() {
        let cases: &[(&str, &[&str], &str, bool)] = &[
            ("Paris", &[], "paris", true),
            ("Paris", &[], "  PARIS. ", true),
            ("Paris", &[], "Pariss", true),
            ("Paris", &[], "Parsi", false),
            ("Paris", &[], "Lyon", false),
            ("Crème brûlée", &[], "creme brulee", true),
            ("Crème brûlée", &[], "cremebrulee", true),
            ("Crème brûlée", &[], "creme brule", true),
            ("the event loop", &[], "the evnt lop", true),
            ("the event loop", &[], "the event queue", false),
            ("cat", &[], "cat", true),
            ("cat", &[], "cot", false),
            ("cat", &[], "cats", false),
            ("bread", &[], "beard", false),
            ("1945", &[], "1945", true),
            ("1945", &[], "1946", false),
            ("1945", &[], "19 45", true),
            ("Apollo 11", &[], "apolo 11", true),
            ("Apollo 11", &[], "Apollo 12", false),
            ("United States", &["USA", "US"], "usa", true),
            ("United States", &["USA", "US"], "us", true),
            ("United States", &["USA", "US"], "uk", false),
            ("Paris", &[], "", false),
            ("Paris", &[], "?!", false),
        ];
        for (answer, accept, typed, right) in cases {
            let q = question(answer, accept);
            assert_eq!(
                grade(typed, &q).is_some(),
                *right,
                "{typed:?} for {answer:?} (accepting {accept:?})"
            );
        }
        let q = question("United States", &["USA"]);
        assert_eq!(grade("U.S.A.", &q), Some("USA"));
        assert_eq!(grade("united state", &q), Some("United States"));
    }
}
