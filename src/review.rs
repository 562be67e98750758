//! Each user's review schedule: Leitner boxes with intervals of 0, 1, 3, 7 and 14 days.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use serde::de::Deserializer;
use serde::ser::{SerializeMap, Serializer};
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

/// One user's cards, in deck then question order. Every answer grades a card, so a new card
/// must be cheap: the ids are shared (`Arc<str>`) with the open question graded, and the
/// cards sit in one vector rather than in tree nodes (issue 9 measured a new user's first
/// card at five allocations and about a microsecond in nested `BTreeMap`s).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewBook {
    cards: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    deck: Arc<str>,
    question: Arc<str>,
    card: Card,
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
    fn find(&self, deck: &str, question: &str) -> Result<usize, usize> {
        self.cards
            .binary_search_by(|e| (&*e.deck, &*e.question).cmp(&(deck, question)))
    }

    /// "Knew it" (or a right answer) moves the card up a box; "missed it" (or a wrong
    /// answer) puts it back in box 1. A new card starts as if it were in box 1.
    pub fn grade(
        &mut self,
        deck: &Arc<str>,
        question: &Arc<str>,
        knew: bool,
        now: DateTime<Utc>,
    ) -> Card {
        let found = self.find(deck, question);
        let level = found.map_or(1, |at| self.cards[at].card.level);
        let level = if knew { (level + 1).min(TOP_BOX) } else { 1 };
        let card = Card {
            level,
            due: now + Duration::days(INTERVAL_DAYS[usize::from(level) - 1]),
        };
        match found {
            Ok(at) => self.cards[at].card = card,
            Err(at) => self.cards.insert(
                at,
                Entry {
                    deck: Arc::clone(deck),
                    question: Arc::clone(question),
                    card,
                },
            ),
        }
        card
    }

    pub fn card(&self, deck: &str, question: &str) -> Option<Card> {
        self.find(deck, question).ok().map(|at| self.cards[at].card)
    }

    /// The card due longest ago (lowest box first on a tie), or when the next one is due.
    pub fn next(&self, now: DateTime<Utc>) -> Next {
        match self.cards.iter().min_by_key(|e| (e.card.due, e.card.level)) {
            None => Next::Empty,
            Some(e) if e.card.due > now => Next::Later(e.card.due),
            Some(e) => Next::Due {
                deck: e.deck.to_string(),
                question: e.question.to_string(),
                card: e.card,
            },
        }
    }

    /// Forgets cards whose deck or question is gone; returns how many.
    pub fn retain_known(&mut self, library: &Library) -> usize {
        let before = self.cards.len();
        self.cards.retain(|e| {
            library
                .get(&e.deck)
                .is_some_and(|d| d.question(&e.question).is_some())
        });
        before - self.cards.len()
    }

    pub fn len(&self) -> usize {
        self.cards.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    /// Whether a snapshot's copy makes sense.
    pub fn check(&self) -> Result<(), String> {
        for e in &self.cards {
            if !(1..=TOP_BOX).contains(&e.card.level) {
                return Err(format!(
                    "card {}/{} is in box {}",
                    e.deck, e.question, e.card.level
                ));
            }
        }
        Ok(())
    }
}

/// In a snapshot: `{deck: {question: card}}`, as it always was.
impl Serialize for ReviewBook {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Questions<'a>(&'a [Entry]);
        impl Serialize for Questions<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_map(self.0.iter().map(|e| (&*e.question, &e.card)))
            }
        }
        let mut decks = serializer.serialize_map(None)?;
        for group in self.cards.chunk_by(|a, b| a.deck == b.deck) {
            decks.serialize_entry(&*group[0].deck, &Questions(group))?;
        }
        decks.end()
    }
}

impl<'de> Deserialize<'de> for ReviewBook {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let decks = BTreeMap::<String, BTreeMap<String, Card>>::deserialize(deserializer)?;
        let mut cards = Vec::new();
        for (deck, questions) in decks {
            let deck: Arc<str> = deck.into();
            cards.extend(questions.into_iter().map(|(question, card)| Entry {
                deck: Arc::clone(&deck),
                question: question.into(),
                card,
            }));
        }
        Ok(ReviewBook { cards })
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
                let c = book.grade(&"d".into(), &"q".into(), true, day(0));
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
        book.grade(&"d".into(), &"q".into(), true, day(0));
        book.grade(&"d".into(), &"q".into(), true, day(1));
        let card = book.grade(&"d".into(), &"q".into(), false, day(4));
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
        book.grade(&"d".into(), &"a".into(), true, day(0)); // due day 1
        book.grade(&"d".into(), &"b".into(), true, day(0));
        book.grade(&"d".into(), &"b".into(), true, day(0)); // due day 3
        assert_eq!(book.next(day(0)), Next::Later(day(1)));
        match book.next(day(5)) {
            Next::Due { question, card, .. } => {
                assert_eq!((question.as_str(), card.level), ("a", 2))
            }
            other => panic!("{other:?}"),
        }
        book.grade(&"d".into(), &"a".into(), true, day(5)); // box 3, due day 8
        match book.next(day(5)) {
            Next::Due { question, .. } => assert_eq!(question, "b"),
            other => panic!("{other:?}"),
        }
        book.grade(&"d".into(), &"b".into(), true, day(5)); // box 4, due day 12
        assert_eq!(book.next(day(5)), Next::Later(day(8)));
        assert_eq!(book.len(), 2);
    }
}
