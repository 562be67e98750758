//! Each user's review schedule: Leitner boxes with intervals of 0, 1, 3, 7 and 14 days.

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use serde::de::Deserializer;
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::cache;
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

/// One user's cards, in [`slot`] order. Every answer grades a card, so a new card must be
/// cheap: the ids are shared (`Arc<str>`) with the open question graded, and the cards sit
/// in one vector rather than in tree nodes (issue 9 measured a new user's first card at five
/// allocations and about a microsecond in nested `BTreeMap`s).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewBook {
    cards: Vec<Entry>,
}

/// A card and its ids; the card's two fields sit beside the slot, so an entry is 48 bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    deck: Arc<str>,
    question: Arc<str>,
    due: DateTime<Utc>,
    level: u8,
    slot: u16,
}

impl Entry {
    fn card(&self) -> Card {
        Card {
            level: self.level,
            due: self.due,
        }
    }

    fn key(&self) -> (u16, &str, &str) {
        (self.slot, &self.deck, &self.question)
    }
}

/// Where a card sorts in a book: a hash of its ids, then the ids. Slots spread a book's
/// cards evenly over `0..=u16::MAX`, so a card's place is about its slot's share of the book
/// and a lookup starts there. In id order, a binary search over a user's 50 cards read five
/// or six cache lines of a book nobody had touched since that user's last answer: about a
/// microsecond, the largest part of an answer (issue 9).
fn slot(deck: &str, question: &str) -> u16 {
    let mut hasher = rustc_hash::FxHasher::default();
    deck.hash(&mut hasher);
    question.hash(&mut hasher);
    (hasher.finish().wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 48) as u16
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
    /// The index of the card with `key` (its slot and ids), or where it would go.
    fn find(&self, key: (u16, &str, &str)) -> Result<usize, usize> {
        let cards = &self.cards;
        let before = |at: usize| cards[at].key() < key;
        // Bracket the card's place in `lo..=hi` from the guess, widening by doubling steps:
        // everything before `lo` sorts before the card, nothing from `hi` on does.
        let guess = self.guess(key.0);
        let (mut lo, mut hi) = (guess, guess);
        let mut step = 1;
        while lo > 0 && !before(lo - 1) {
            hi = lo - 1;
            lo = lo.saturating_sub(step);
            step *= 2;
        }
        while hi < cards.len() && before(hi) {
            lo = hi + 1;
            hi = (hi + step).min(cards.len());
            step *= 2;
        }
        let at = lo + cards[lo..hi].partition_point(|e| e.key() < key);
        match cards.get(at) {
            Some(e) if e.key() == key => Ok(at),
            _ => Err(at),
        }
    }

    /// Starts loading the part of the book where the card would be, for a grade to come.
    pub fn prefetch(&self, deck: &str, question: &str) {
        let guess = self.guess(slot(deck, question));
        cache::prefetch(self.cards.as_ptr().wrapping_add(guess));
    }

    /// Where a card of `slot` is likely to be: its slot's share of the book.
    fn guess(&self, slot: u16) -> usize {
        (usize::from(slot) * self.cards.len()) >> 16
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
        let slot = slot(deck, question);
        let found = self.find((slot, deck, question));
        let level = found.map_or(1, |at| self.cards[at].level);
        let level = if knew { (level + 1).min(TOP_BOX) } else { 1 };
        let due = now + Duration::days(INTERVAL_DAYS[usize::from(level) - 1]);
        match found {
            Ok(at) => {
                let e = &mut self.cards[at];
                (e.level, e.due) = (level, due);
            }
            Err(at) => self.cards.insert(
                at,
                Entry {
                    slot,
                    deck: Arc::clone(deck),
                    question: Arc::clone(question),
                    due,
                    level,
                },
            ),
        }
        Card { level, due }
    }

    pub fn card(&self, deck: &str, question: &str) -> Option<Card> {
        self.find((slot(deck, question), deck, question))
            .ok()
            .map(|at| self.cards[at].card())
    }

    /// The card due longest ago (lowest box first, then by deck and question on a tie), or
    /// when the next one is due.
    pub fn next(&self, now: DateTime<Utc>) -> Next {
        let first = self.cards.iter().min_by(|a, b| {
            (a.due, a.level, &a.deck, &a.question).cmp(&(b.due, b.level, &b.deck, &b.question))
        });
        match first {
            None => Next::Empty,
            Some(e) if e.due > now => Next::Later(e.due),
            Some(e) => Next::Due {
                deck: e.deck.to_string(),
                question: e.question.to_string(),
                card: e.card(),
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
            if !(1..=TOP_BOX).contains(&e.level) {
                return Err(format!(
                    "card {}/{} is in box {}",
                    e.deck, e.question, e.level
                ));
            }
        }
        Ok(())
    }
}

/// In a snapshot: `{deck: {question: card}}`, as it always was; decks in the order their
/// first card has in the book, questions in book order.
impl Serialize for ReviewBook {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Questions<'a>(&'a [Entry], &'a str);
        impl Serialize for Questions<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let Questions(cards, deck) = *self;
                s.collect_map(
                    cards
                        .iter()
                        .filter(|e| &*e.deck == deck)
                        .map(|e| (&*e.question, e.card())),
                )
            }
        }
        let mut decks = serializer.serialize_map(None)?;
        // A book holds a deck or two, so the list of those written stays short.
        let mut written: Vec<&str> = Vec::new();
        for (at, e) in self.cards.iter().enumerate() {
            if !written.contains(&&*e.deck) {
                written.push(&e.deck);
                decks.serialize_entry(&*e.deck, &Questions(&self.cards[at..], &e.deck))?;
            }
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
                slot: slot(&deck, &question),
                deck: Arc::clone(&deck),
                question: question.into(),
                due: card.due,
                level: card.level,
            }));
        }
        cards.sort_unstable_by(|a, b| a.key().cmp(&b.key()));
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

    #[test]
    fn thousands_of_cards_are_each_found_where_they_were_put() {
        let mut book = ReviewBook::default();
        let decks: [Arc<str>; 2] = ["alpha".into(), "beta".into()];
        let ids: Vec<(Arc<str>, Arc<str>)> = (0..3_000u32)
            .map(|i| {
                let deck = Arc::clone(&decks[(i % 2) as usize]);
                (
                    deck,
                    format!("q{}", i.wrapping_mul(2_654_435_761) % 10_007).into(),
                )
            })
            .collect();
        // Every third card is graded twice (box 3), the rest once (box 2).
        for (i, (deck, question)) in ids.iter().enumerate() {
            book.grade(deck, question, true, day(0));
            if i % 3 == 0 {
                book.grade(deck, question, true, day(0));
            }
        }
        assert!(
            book.cards.windows(2).any(|w| w[0].slot == w[1].slot),
            "some cards share a slot, so ties are ordered by the ids"
        );
        assert!(book.cards.windows(2).all(|w| w[0].key() < w[1].key()));
        for (i, (deck, question)) in ids.iter().enumerate() {
            let level = book.card(deck, question).map(|c| c.level);
            assert_eq!(
                level,
                Some(if i % 3 == 0 { 3 } else { 2 }),
                "{deck}/{question}"
            );
        }
        assert_eq!(book.card("alpha", "missing"), None);
        assert_eq!(book.card("gamma", "q1"), None);
        let json = serde_json::to_string(&book).unwrap();
        let back: ReviewBook = serde_json::from_str(&json).unwrap();
        assert_eq!(back, book);
    }

    #[test]
    fn cards_due_at_the_same_time_come_in_deck_then_question_order() {
        let mut book = ReviewBook::default();
        for question in ["c", "a", "b"] {
            book.grade(&"d".into(), &question.into(), false, day(0));
        }
        book.grade(&"a-deck".into(), &"z".into(), false, day(0));
        match book.next(day(0)) {
            Next::Due { deck, question, .. } => {
                assert_eq!((deck.as_str(), question.as_str()), ("a-deck", "z"))
            }
            other => panic!("{other:?}"),
        }
    }
}
