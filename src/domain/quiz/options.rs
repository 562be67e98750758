//! Dealing a question's four options: the answer and three of its distractors, shuffled. A
//! question with fewer distractors is topped up with other questions' answers, from its own
//! topic first, close in length to its answer.

use rand::seq::{IndexedRandom, SliceRandom};
use rand::Rng;

use crate::deck::limits::MIN_DISTRACTORS;
use crate::deck::report::answer_key;
use crate::deck::Question;

pub const OPTIONS: usize = 4;
pub const LETTERS: [char; OPTIONS] = ['A', 'B', 'C', 'D'];

/// The options as shown, and which one is right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dealt {
    pub options: Vec<String>,
    pub correct: u8,
}

/// `question`'s options, drawn from `questions` (its deck) where it has too few distractors.
/// Fewer than four only if the deck cannot supply them (see
/// [`crate::deck::LoadedDeck::flashcards_only`]).
pub fn deal(question: &Question, questions: &[Question], rng: &mut impl Rng) -> Dealt {
    let mut options: Vec<String> = question
        .distractors
        .choose_multiple(rng, MIN_DISTRACTORS)
        .cloned()
        .collect();
    if options.len() < MIN_DISTRACTORS {
        let drawn = draw(question, questions, MIN_DISTRACTORS - options.len(), rng);
        options.extend(drawn);
    }
    options.push(question.answer.clone());
    options.shuffle(rng);
    let correct = options
        .iter()
        .position(|o| *o == question.answer)
        .unwrap_or(options.len() - 1) as u8;
    Dealt { options, correct }
}

/// `wanted` answers of other questions, each reading differently from `question`'s answer, from
/// what it accepts, from its distractors and from each other: from its topic first, then from
/// the rest of the deck, picked at random among those closest in length to its answer, so that
/// length gives nothing away.
fn draw(
    question: &Question,
    questions: &[Question],
    wanted: usize,
    rng: &mut impl Rng,
) -> Vec<String> {
    let mut refused: Vec<String> = std::iter::once(&question.answer)
        .chain(&question.accept)
        .chain(&question.distractors)
        .map(|text| answer_key(text))
        .collect();
    let length = question.answer.chars().count();
    let mut drawn = Vec::new();
    for same_topic in [true, false] {
        let need = wanted - drawn.len();
        if need == 0 {
            break;
        }
        let mut candidates: Vec<(usize, &str)> = questions
            .iter()
            .filter(|q| (q.topic == question.topic) == same_topic)
            .map(|q| (q.answer.chars().count().abs_diff(length), q.answer.as_str()))
            .collect();
        candidates.sort_by_key(|(distance, _)| *distance);
        // Twice as many as needed, so that the closest are not always the same ones.
        let mut closest: Vec<&str> = Vec::new();
        for (_, answer) in candidates {
            let key = answer_key(answer);
            if !refused.contains(&key) {
                refused.push(key);
                closest.push(answer);
                if closest.len() == 2 * need {
                    break;
                }
            }
        }
        drawn.extend(closest.choose_multiple(rng, need).map(|a| (*a).to_owned()));
    }
    drawn
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
            accept: Vec::new(),
            format: None,
            author: None,
        }
    }

    /// A question of `topic` answered `answer`, without distractors.
    fn card(id: &str, topic: &str, answer: &str) -> Question {
        Question {
            id: id.into(),
            topic: topic.into(),
            question: format!("{id}?"),
            answer: answer.into(),
            distractors: Vec::new(),
            explanation: None,
            accept: Vec::new(),
            format: None,
            author: None,
        }
    }

    fn deck() -> Vec<Question> {
        vec![
            card("paris", "capitals", "Paris"),
            card("paris-again", "capitals", "paris."),
            card("rome", "capitals", "Rome"),
            card("lisbon", "capitals", "Lisbon"),
            card("oslo", "capitals", "Oslo"),
            card("nile", "rivers", "The Nile"),
            card("amazon", "rivers", "The Amazon"),
            card("danube", "rivers", "The Danube"),
        ]
    }

    #[test]
    fn options_are_the_answer_once_and_three_distinct_distractors() {
        let q = question();
        let mut rng = StdRng::seed_from_u64(7);
        let mut positions = [0; OPTIONS];
        for _ in 0..400 {
            let dealt = deal(&q, &[], &mut rng);
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
        let a = deal(&q, &[], &mut StdRng::seed_from_u64(1));
        let b = deal(&q, &[], &mut StdRng::seed_from_u64(1));
        assert_eq!(a, b);
    }

    #[test]
    fn drawn_options_are_never_the_answer_and_come_from_the_same_topic_first() {
        let deck = deck();
        let mut paris = deck[0].clone();
        paris.accept = vec!["Lisbon".into()];
        let mut rng = StdRng::seed_from_u64(3);
        for _ in 0..200 {
            let dealt = deal(&paris, &deck, &mut rng);
            assert_eq!(dealt.options.len(), OPTIONS);
            assert_eq!(dealt.options[usize::from(dealt.correct)], "Paris");
            let wrong: Vec<&String> = dealt.options.iter().filter(|o| *o != "Paris").collect();
            assert_eq!(wrong.len(), 3, "{dealt:?}");
            for o in wrong {
                assert!(
                    ["Rome", "Oslo", "The Nile", "The Amazon", "The Danube"].contains(&o.as_str()),
                    "{dealt:?}"
                );
            }
            // Two capitals are left (Rome, Oslo): both are dealt before any river.
            assert!(dealt.options.contains(&"Rome".to_owned()), "{dealt:?}");
            assert!(dealt.options.contains(&"Oslo".to_owned()), "{dealt:?}");
        }
    }

    #[test]
    fn drawn_options_keep_the_questions_own_distractors_and_are_close_in_length() {
        let mut deck = deck();
        deck.push(card(
            "long",
            "capitals",
            "A city much longer to name than any other",
        ));
        deck.push(card("bern", "capitals", "Bern"));
        deck.push(card("kyiv", "capitals", "Kyiv"));
        let mut rome = deck[2].clone();
        rome.distractors = vec!["Milan".into()];
        let mut rng = StdRng::seed_from_u64(9);
        for _ in 0..100 {
            let dealt = deal(&rome, &deck, &mut rng);
            assert!(dealt.options.contains(&"Milan".to_owned()), "{dealt:?}");
            assert!(
                !dealt.options.iter().any(|o| o.starts_with("A city")),
                "{dealt:?}"
            );
        }
    }

    #[test]
    fn drawn_options_are_the_same_for_the_same_seed() {
        let deck = deck();
        for seed in 0..20 {
            let a = deal(&deck[5], &deck, &mut StdRng::seed_from_u64(seed));
            let b = deal(&deck[5], &deck, &mut StdRng::seed_from_u64(seed));
            assert_eq!(a, b);
        }
    }

    #[test]
    fn a_deck_without_enough_answers_deals_what_it_has() {
        let deck = vec![
            card("a", "t", "yes"),
            card("b", "t", "no"),
            card("c", "t", "No."),
        ];
        let dealt = deal(&deck[0], &deck, &mut StdRng::seed_from_u64(1));
        assert_eq!(dealt.options.len(), 2, "{dealt:?}");
        assert_eq!(dealt.options[usize::from(dealt.correct)], "yes");
    }

    #[test]
    fn letters() {
        assert_eq!(letter(0), 'A');
        assert_eq!(letter(3), 'D');
        assert_eq!(letter(4), '?');
    }
}
