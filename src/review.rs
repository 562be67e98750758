//! Each user's review schedule: Leitner boxes with intervals of 0, 1, 3, 7 and 14 days.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::deck::Library;

/// Days until a card in box `n` (from 1) is due again.
pub const INTERVAL_DAYS: [i64; 5] = [0, 1, 3, 7, 14];
const TOP_BOX: u8 = INTERVAL_DAYS.len() as u8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Card {
    /// 1 to 5.
    #[serde(rename = "box")]
    pub level: u8,
    pub due: DateTime<Utc>,
}

/// One user's cards: deck id, then question id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ReviewBook {
    cards: BTreeMap<String, BTreeMap<String, Card>>,
}

/// What `/review` should show.
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
    /// "Knew it" (or a right answer) moves the card up a box; "missed it" (or a wrong
    /// answer) puts it back in box 1. A new card starts as if it were in box 1.
    pub fn grade(&mut self, deck: &str, question: &str, knew: bool, now: DateTime<Utc>) -> Card {
        let level = self.card(deck, question).map_or(1, |c| c.level);
        let level = if knew { (level + 1).min(TOP_BOX) } else { 1 };
        let card = Card {
            level,
            due: now + Duration::days(INTERVAL_DAYS[usize::from(level) - 1]),
        };
        // Owned keys only for a deck or card seen for the first time: grading is on the
        // answer path.
        let questions = match self.cards.get_mut(deck) {
            Some(questions) => questions,
            None => self.cards.entry(deck.to_owned()).or_default(),
        };
        match questions.get_mut(question) {
            Some(existing) => *existing = card,
            None => {
                questions.insert(question.to_owned(), card);
            }
        }
        card
    }

    pub fn card(&self, deck: &str, question: &str) -> Option<Card> {
        self.cards.get(deck)?.get(question).copied()
    }

    /// The card due longest ago (lowest box first on a tie), or when the next one is due.
    pub fn next(&self, now: DateTime<Utc>) -> Next {
        let best = self
            .cards
            .iter()
            .flat_map(|(d, qs)| qs.iter().map(move |(q, c)| (d, q, c)))
            .min_by_key(|(_, _, c)| (c.due, c.level));
        match best {
            None => Next::Empty,
            Some((_, _, card)) if card.due > now => Next::Later(card.due),
            Some((deck, question, card)) => Next::Due {
                deck: deck.clone(),
                question: question.clone(),
                card: *card,
            },
        }
    }

    /// Forgets cards whose deck or question is gone; returns how many.
    pub fn retain_known(&mut self, library: &Library) -> usize {
        let mut dropped = 0;
        self.cards.retain(|deck, questions| {
            let before = questions.len();
            match library.get(deck) {
                Some(d) => questions.retain(|q, _| d.question(q).is_some()),
                None => questions.clear(),
            }
            dropped += before - questions.len();
            !questions.is_empty()
        });
        dropped
    }

    pub fn len(&self) -> usize {
        self.cards.values().map(BTreeMap::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    /// Whether a snapshot's copy makes sense.
    pub fn check(&self) -> Result<(), String> {
        for (deck, questions) in &self.cards {
            for (q, card) in questions {
                if !(1..=TOP_BOX).contains(&card.level) {
                    return Err(format!("card {deck}/{q} is in box {}", card.level));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn day(n: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap() + Duration::days(n)
    }

    #[test]
    fn knowing_a_card_moves_it_up_one_box_at_a_time_to_the_top() {
        let mut book = ReviewBook::default();
        let boxes: Vec<(u8, DateTime<Utc>)> = (0..6)
            .map(|_| {
                let c = book.grade("d", "q", true, day(0));
                (c.level, c.due)
            })
            .collect();
        assert_eq!(
            boxes,
            [
                (2, day(1)),
                (3, day(3)),
                (4, day(7)),
                (5, day(14)),
                (5, day(14)),
                (5, day(14))
            ]
        );
    }

    #[test]
    fn missing_a_card_puts_it_back_in_box_one_due_at_once() {
        let mut book = ReviewBook::default();
        book.grade("d", "q", true, day(0));
        book.grade("d", "q", true, day(1));
        let card = book.grade("d", "q", false, day(4));
        assert_eq!(
            card,
            Card {
                level: 1,
                due: day(4)
            }
        );
        assert!(matches!(book.next(day(4)), Next::Due { .. }));
    }

    #[test]
    fn next_is_the_card_due_longest_ago_or_when_the_next_is_due() {
        let mut book = ReviewBook::default();
        assert_eq!(book.next(day(0)), Next::Empty);
        book.grade("d", "a", true, day(0)); // due day 1
        book.grade("d", "b", true, day(0));
        book.grade("d", "b", true, day(0)); // due day 3
        assert_eq!(book.next(day(0)), Next::Later(day(1)));
        match book.next(day(5)) {
            Next::Due { question, card, .. } => {
                assert_eq!((question.as_str(), card.level), ("a", 2))
            }
            other => panic!("{other:?}"),
        }
        book.grade("d", "a", true, day(5)); // box 3, due day 8
        match book.next(day(5)) {
            Next::Due { question, .. } => assert_eq!(question, "b"),
            other => panic!("{other:?}"),
        }
        book.grade("d", "b", true, day(5)); // box 4, due day 12
        assert_eq!(book.next(day(5)), Next::Later(day(8)));
        assert_eq!(book.len(), 2);
    }
}
