//! Dealing a question's four options: the answer and three of its distractors, shuffled.

use rand::seq::{IndexedRandom, SliceRandom};
use rand::Rng;

use crate::deck::Question;

pub const OPTIONS: usize = 4;
pub const LETTERS: [char; OPTIONS] = ['A', 'B', 'C', 'D'];

/// The options as shown, and which one is right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dealt {
    pub options: Vec<String>,
    pub correct: u8,
}

pub fn deal(question: &Question, rng: &mut impl Rng) -> Dealt {
    let mut options: Vec<String> = question
        .distractors
        .choose_multiple(rng, OPTIONS - 1)
        .cloned()
        .collect();
    options.push(question.answer.clone());
    options.shuffle(rng);
    let correct = options
        .iter()
        .position(|o| *o == question.answer)
        .unwrap_or(OPTIONS - 1) as u8;
    Dealt { options, correct }
}

/// `0` is `A`; anything past the options has no letter.
pub fn letter(option: u8) -> char {
    LETTERS.get(usize::from(option)).copied().unwrap_or('?')
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    fn question() -> Question {
        Question {
            id: "q".into(),
            topic: "t".into(),
            question: "?".into(),
            answer: "right".into(),
            distractors: (1..=5).map(|i| format!("wrong {i}")).collect(),
            explanation: None,
        }
    }

    #[test]
    fn options_are_the_answer_once_and_three_distinct_distractors() {
        let q = question();
        let mut rng = StdRng::seed_from_u64(7);
        let mut positions = [0; OPTIONS];
        for _ in 0..400 {
            let dealt = deal(&q, &mut rng);
            assert_eq!(dealt.options.len(), OPTIONS);
            assert_eq!(dealt.options.iter().filter(|o| **o == q.answer).count(), 1);
            assert_eq!(dealt.options[usize::from(dealt.correct)], q.answer);
            let mut unique = dealt.options.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), OPTIONS);
            assert!(dealt
                .options
                .iter()
                .all(|o| *o == q.answer || q.distractors.contains(o)));
            positions[usize::from(dealt.correct)] += 1;
        }
        assert!(
            positions.iter().all(|&n| n > 50),
            "answer position is not shuffled: {positions:?}"
        );
    }

    #[test]
    fn the_same_seed_deals_the_same_options() {
        let q = question();
        let a = deal(&q, &mut StdRng::seed_from_u64(1));
        let b = deal(&q, &mut StdRng::seed_from_u64(1));
        assert_eq!(a, b);
    }

    #[test]
    fn letters() {
        assert_eq!(letter(0), 'A');
        assert_eq!(letter(3), 'D');
        assert_eq!(letter(4), '?');
    }
}
