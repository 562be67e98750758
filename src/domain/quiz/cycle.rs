//! Question choice without repeats: a shuffled cycle per server and deck that refills only
//! once every question (of the requested topic) has been asked.

use std::collections::{HashSet, VecDeque};

use rand::seq::SliceRandom;
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::deck::limits::MAX_QUESTIONS;
use crate::deck::LoadedDeck;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Cycle {
    /// Question ids not yet asked in this cycle, next first.
    remaining: VecDeque<String>,
}

impl Cycle {
    /// The next question of `deck` (in `topic`, if given) that is not in `exclude`.
    pub fn draw(
        &mut self,
        deck: &LoadedDeck,
        topic: Option<&str>,
        exclude: &HashSet<String>,
        rng: &mut impl Rng,
    ) -> Option<String> {
        let fits = |id: &str| {
            !exclude.contains(id)
                && deck
                    .question(id)
                    .is_some_and(|q| topic.is_none_or(|t| q.topic == t))
        };
        if !self.remaining.iter().any(|id| fits(id)) {
            let queued: HashSet<&String> = self.remaining.iter().collect();
            let mut fresh: Vec<String> = deck
                .questions()
                .iter()
                .filter(|q| !queued.contains(&q.id) && fits(&q.id))
                .map(|q| q.id.clone())
                .collect();
            fresh.shuffle(rng);
            self.remaining.extend(fresh);
        }
        let at = self.remaining.iter().position(|id| fits(id))?;
        self.remaining.remove(at)
    }

    /// Whether a snapshot's copy could have been drawn from a deck: each id once, and no more
    /// than a deck holds.
    pub fn check(&self) -> Result<(), String> {
        if self.remaining.len() > MAX_QUESTIONS {
            return Err(format!(
                "{} questions queued, more than a deck has ({MAX_QUESTIONS})",
                self.remaining.len()
            ));
        }
        let mut seen = HashSet::new();
        match self.remaining.iter().find(|id| !seen.insert(id.as_str())) {
            Some(id) => Err(format!("question {id:?} is queued twice")),
            None => Ok(()),
        }
    }

    /// Forgets ids the deck no longer has; returns how many.
    pub fn retain_known(&mut self, deck: &LoadedDeck) -> usize {
        let before = self.remaining.len();
        self.remaining.retain(|id| deck.question(id).is_some());
        before - self.remaining.len()
    }

    pub fn remaining(&self) -> impl Iterator<Item = &str> {
        self.remaining.iter().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::{Deck, Question};
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    fn deck(n: usize) -> LoadedDeck {
        let questions = (0..n)
            .map(|i| Question {
                id: format!("q{i}"),
                topic: if i % 3 == 0 { "three" } else { "other" }.into(),
                question: format!("Q{i}?"),
                answer: "a".into(),
                distractors: vec!["b".into(), "c".into(), "d".into()],
                explanation: None,
                accept: Vec::new(),
                format: None,
                author: None,
            })
            .collect();
        LoadedDeck::new(
            "d".into(),
            Deck {
                title: "D".into(),
                description: String::new(),
                source: String::new(),
                language: None,
                format: None,
                questions,
            },
        )
    }

    #[test]
    fn no_repeat_until_every_question_was_asked() {
        let deck = deck(20);
        let mut cycle = Cycle::default();
        let mut rng = StdRng::seed_from_u64(3);
        let none = HashSet::new();
        for _ in 0..3 {
            let mut drawn: Vec<String> = (0..20)
                .map(|_| cycle.draw(&deck, None, &none, &mut rng).unwrap())
                .collect();
            drawn.sort();
            drawn.dedup();
            assert_eq!(drawn.len(), 20);
        }
    }

    #[test]
    fn a_topic_draws_only_its_questions_and_keeps_the_rest_of_the_cycle() {
        let deck = deck(9);
        let mut cycle = Cycle::default();
        let mut rng = StdRng::seed_from_u64(3);
        let none = HashSet::new();
        let first = cycle.draw(&deck, None, &none, &mut rng).unwrap();
        let mut topical: Vec<String> = (0..3)
            .map(|_| cycle.draw(&deck, Some("three"), &none, &mut rng).unwrap())
            .collect();
        topical.sort();
        assert!(topical
            .iter()
            .all(|id| deck.question(id).unwrap().topic == "three"));
        topical.dedup();
        assert_eq!(topical.len(), 3);
        let rest: Vec<String> = (0..5)
            .map(|_| cycle.draw(&deck, None, &none, &mut rng).unwrap())
            .collect();
        assert!(
            !rest.contains(&first),
            "{first} came back before the cycle ended"
        );
        assert!(rest.iter().all(|id| !topical.contains(id)));
    }

    #[test]
    fn excluded_questions_are_skipped_and_an_impossible_draw_is_none() {
        let deck = deck(3);
        let mut cycle = Cycle::default();
        let mut rng = StdRng::seed_from_u64(3);
        let exclude: HashSet<String> = ["q0".to_string(), "q1".to_string()].into();
        assert_eq!(
            cycle.draw(&deck, None, &exclude, &mut rng).as_deref(),
            Some("q2")
        );
        assert_eq!(
            cycle.draw(&deck, None, &exclude, &mut rng).as_deref(),
            Some("q2")
        );
        assert_eq!(
            cycle.draw(&deck, Some("nope"), &HashSet::new(), &mut rng),
            None
        );
    }

    #[test]
    fn unknown_ids_are_dropped() {
        let mut rng = StdRng::seed_from_u64(3);
        let mut cycle = Cycle::default();
        let drawn = cycle
            .draw(&deck(10), None, &HashSet::new(), &mut rng)
            .unwrap();
        let kept = (0..4).filter(|i| format!("q{i}") != drawn).count();
        assert_eq!(cycle.retain_known(&deck(4)), 9 - kept);
        assert_eq!(cycle.remaining().count(), kept);
        assert!(cycle.remaining().all(|id| deck(4).question(id).is_some()));
    }
}
