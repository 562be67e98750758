//! Each user's review schedule: Leitner boxes with intervals of 0, 1, 3, 7 and 14 days.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use chrono::{DateTime, Days, Utc};
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
/// cheap: its ids are the library's [`CardKey`] for the question, shared by pointer, and the
/// cards sit in one vector rather than in tree nodes (issue 9 measured a new user's first
/// card at five allocations and about a microsecond in nested `BTreeMap`s).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewBook {
    cards: Cards,
}

/// A book's entries, the first one held in the book itself: a new user's first answer then
/// allocates nothing for the book (issue 9: with a vector from the first card, that
/// allocation was 257 of a new member's 2,100 instructions, and a line of fresh heap).
#[derive(Debug, Clone)]
enum Cards {
    One(Entry),
    Many(Vec<Entry>),
}

#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<ReviewBook>() == 32);

impl Default for Cards {
    fn default() -> Self {
        Cards::Many(Vec::new())
    }
}

/// The same entries, however they are held.
impl PartialEq for Cards {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl Eq for Cards {}

impl From<Vec<Entry>> for Cards {
    fn from(cards: Vec<Entry>) -> Self {
        match <[Entry; 1]>::try_from(cards) {
            Ok([one]) => Cards::One(one),
            Err(cards) => Cards::Many(cards),
        }
    }
}

/// The entries in book order, however they are held.
impl std::ops::Deref for Cards {
    type Target = [Entry];

    fn deref(&self) -> &[Entry] {
        match self {
            Cards::One(entry) => std::slice::from_ref(entry),
            Cards::Many(cards) => cards,
        }
    }
}

impl std::ops::DerefMut for Cards {
    fn deref_mut(&mut self) -> &mut [Entry] {
        match self {
            Cards::One(entry) => std::slice::from_mut(entry),
            Cards::Many(cards) => cards,
        }
    }
}

impl Cards {
    fn insert(&mut self, at: usize, entry: Entry) {
        match self {
            Cards::Many(cards) if !cards.is_empty() => cards.insert(at, entry),
            Cards::Many(_) => *self = Cards::One(entry),
            Cards::One(_) => {
                let mut cards = Vec::with_capacity(4);
                if let Cards::One(first) = std::mem::take(self) {
                    cards.push(first);
                }
                cards.insert(at, entry);
                *self = Cards::Many(cards);
            }
        }
    }

    fn retain_mut(&mut self, mut keep: impl FnMut(&mut Entry) -> bool) {
        match self {
            Cards::One(entry) => {
                if !keep(entry) {
                    *self = Cards::default();
                }
            }
            Cards::Many(cards) => cards.retain_mut(keep),
        }
    }
}

/// A card's ids: made once per question by the library and shared by the question's open
/// questions and by every book that files the card, so that an entry names it with one
/// pointer, and a lookup by the same key compares pointers, not strings. A card or open
/// question read from a snapshot has a key of its own until `State::retain_known` matches
/// the state with the library.
///
/// In a snapshot, two fields: `deck` and `question`.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Ids")]
pub struct CardKey {
    deck: Arc<str>,
    question: Arc<str>,
    #[serde(skip_serializing)]
    slot: u16,
}

#[derive(Deserialize)]
struct Ids {
    deck: Arc<str>,
    question: Arc<str>,
}

impl From<Ids> for CardKey {
    fn from(ids: Ids) -> Self {
        CardKey::new(ids.deck, ids.question)
    }
}

impl CardKey {
    pub fn new(deck: impl Into<Arc<str>>, question: impl Into<Arc<str>>) -> CardKey {
        let (deck, question) = (deck.into(), question.into());
        CardKey {
            slot: slot(&deck, &question),
            deck,
            question,
        }
    }

    pub fn deck(&self) -> &str {
        &self.deck
    }

    pub fn question(&self) -> &str {
        &self.question
    }

    /// The ids' order, for cards of the same slot: the same key is equal without a look at
    /// the strings.
    fn cmp_ids(&self, other: &CardKey) -> Ordering {
        if std::ptr::eq(self, other) {
            return Ordering::Equal;
        }
        (&self.deck, &self.question).cmp(&(&other.deck, &other.question))
    }
}

/// A card and its ids; the key's slot is copied beside the card, so that a lookup reads
/// the key only on a tie of slots. 24 bytes (issue 9: a book of 50 cards was 2.4 kB with
/// both ids in each entry, and the book's part of an answer about 40% of it).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    key: Arc<CardKey>,
    due: DateTime<Utc>,
    level: u8,
    slot: u16,
}

#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Entry>() == 24);

impl Entry {
    fn card(&self) -> Card {
        Card {
            level: self.level,
            due: self.due,
        }
    }

    /// Book order: by slot, then by the ids.
    fn order(&self, key: &CardKey) -> Ordering {
        self.slot.cmp(&key.slot).then_with(|| self.key.cmp_ids(key))
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

/// `days` whole days after `now`. In UTC a day is always 24 hours, so adding days to the
/// date is the same as adding a `Duration`, at a third of the instructions (issue 9: every
/// answer grades a card).
fn due_after(now: DateTime<Utc>, days: i64) -> DateTime<Utc> {
    u64::try_from(days)
        .ok()
        .and_then(|days| now.checked_add_days(Days::new(days)))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
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
    /// The index of the card with `key`, or where it would go.
    fn find(&self, key: &CardKey) -> Result<usize, usize> {
        // The slice once, not a look at how the book holds its cards at every probe.
        let cards: &[Entry] = &self.cards;
        let before = |at: usize| cards[at].order(key).is_lt();
        // Bracket the card's place in `lo..=hi` from the guess, widening by doubling steps:
        // everything before `lo` sorts before the card, nothing from `hi` on does.
        let guess = self.guess(key.slot);
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
        let at = lo + cards[lo..hi].partition_point(|e| e.order(key).is_lt());
        match cards.get(at) {
            Some(e) if e.order(key).is_eq() => Ok(at),
            _ => Err(at),
        }
    }

    /// Starts loading the part of the book where the card would be, for a grade to come.
    pub fn prefetch(&self, key: &CardKey) {
        cache::prefetch(self.cards.as_ptr().wrapping_add(self.guess(key.slot)));
    }

    /// Where a card of `slot` is likely to be: its slot's share of the book.
    fn guess(&self, slot: u16) -> usize {
        (usize::from(slot) * self.cards.len()) >> 16
    }

    /// "Knew it" (or a right answer) moves the card up a box; "missed it" (or a wrong
    /// answer) puts it back in box 1. A new card starts as if it were in box 1.
    pub fn grade(&mut self, key: &Arc<CardKey>, knew: bool, now: DateTime<Utc>) -> Card {
        let found = self.find(key);
        let level = found.map_or(1, |at| self.cards[at].level);
        let level = if knew { (level + 1).min(TOP_BOX) } else { 1 };
        let due = due_after(now, INTERVAL_DAYS[usize::from(level) - 1]);
        match found {
            Ok(at) => {
                let e = &mut self.cards[at];
                (e.level, e.due) = (level, due);
            }
            Err(at) => self.cards.insert(
                at,
                Entry {
                    slot: key.slot,
                    key: Arc::clone(key),
                    due,
                    level,
                },
            ),
        }
        Card { level, due }
    }

    pub fn card(&self, key: &CardKey) -> Option<Card> {
        self.find(key).ok().map(|at| self.cards[at].card())
    }

    /// The card due longest ago (lowest box first, then by deck and question on a tie), or
    /// when the next one is due.
    pub fn next(&self, now: DateTime<Utc>) -> Next {
        let first = self
            .cards
            .iter()
            .min_by_key(|e| (e.due, e.level, &e.key.deck, &e.key.question));
        match first {
            None => Next::Empty,
            Some(e) if e.due > now => Next::Later(e.due),
            Some(e) => Next::Due {
                deck: e.key.deck.to_string(),
                question: e.key.question.to_string(),
                card: e.card(),
            },
        }
    }

    /// Forgets cards whose deck or question is gone and shares the library's key for the
    /// rest (a card read from a snapshot has a key of its own); returns how many it forgot.
    pub fn retain_known(&mut self, library: &Library) -> usize {
        let before = self.cards.len();
        self.cards
            .retain_mut(|e| match library.key(&e.key.deck, &e.key.question) {
                Some(key) => {
                    if !Arc::ptr_eq(&e.key, key) {
                        e.key = Arc::clone(key);
                    }
                    true
                }
                None => false,
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
        for e in self.cards.iter() {
            if !(1..=TOP_BOX).contains(&e.level) {
                return Err(format!(
                    "card {}/{} is in box {}",
                    e.key.deck, e.key.question, e.level
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
                        .filter(|e| &*e.key.deck == deck)
                        .map(|e| (&*e.key.question, e.card())),
                )
            }
        }
        let mut decks = serializer.serialize_map(None)?;
        // A book holds a deck or two, so the list of those written stays short.
        let mut written: Vec<&str> = Vec::new();
        for (at, e) in self.cards.iter().enumerate() {
            let deck = &*e.key.deck;
            if !written.contains(&deck) {
                written.push(deck);
                decks.serialize_entry(deck, &Questions(&self.cards[at..], deck))?;
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
            cards.extend(questions.into_iter().map(|(question, card)| {
                let key = CardKey::new(Arc::clone(&deck), question);
                Entry {
                    slot: key.slot,
                    key: Arc::new(key),
                    due: card.due,
                    level: card.level,
                }
            }));
        }
        cards.sort_unstable_by(|a, b| a.order(&b.key));
        Ok(ReviewBook {
            cards: cards.into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    #[test]
    fn a_due_date_is_whole_days_later_even_at_the_end_of_a_month_or_year() {
        for start in [(2026, 1, 31), (2026, 2, 28), (2028, 2, 28), (2026, 12, 31)] {
            let now = Utc
                .with_ymd_and_hms(start.0, start.1, start.2, 23, 59, 59)
                .unwrap();
            for days in INTERVAL_DAYS {
                assert_eq!(due_after(now, days), now + Duration::days(days));
            }
        }
        assert_eq!(
            due_after(DateTime::<Utc>::MAX_UTC, 1),
            DateTime::<Utc>::MAX_UTC
        );
    }

    /// A key of its own, as a card read from a snapshot has: found by its ids, not by pointer.
    fn key(deck: &str, question: &str) -> Arc<CardKey> {
        Arc::new(CardKey::new(deck, question))
    }

    fn day(n: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap() + Duration::days(n)
    }

    #[test]
    fn knowing_a_card_moves_it_up_one_box_at_a_time_to_the_top() {
        let mut book = ReviewBook::default();
        let boxes: Vec<(u8, DateTime<Utc>)> = (0..6)
            .map(|_| {
                let c = book.grade(&key("d", "q"), true, day(0));
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
        book.grade(&key("d", "q"), true, day(0));
        book.grade(&key("d", "q"), true, day(1));
        let card = book.grade(&key("d", "q"), false, day(4));
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
        book.grade(&key("d", "a"), true, day(0)); // due day 1
        book.grade(&key("d", "b"), true, day(0));
        book.grade(&key("d", "b"), true, day(0)); // due day 3
        assert_eq!(book.next(day(0)), Next::Later(day(1)));
        match book.next(day(5)) {
            Next::Due { question, card, .. } => {
                assert_eq!((question.as_str(), card.level), ("a", 2))
            }
            other => panic!("{other:?}"),
        }
        book.grade(&key("d", "a"), true, day(5)); // box 3, due day 8
        match book.next(day(5)) {
            Next::Due { question, .. } => assert_eq!(question, "b"),
            other => panic!("{other:?}"),
        }
        book.grade(&key("d", "b"), true, day(5)); // box 4, due day 12
        assert_eq!(book.next(day(5)), Next::Later(day(8)));
        assert_eq!(book.len(), 2);
    }

    /// A library of one deck, "d", holding the questions `ids`.
    fn library(ids: &[&str]) -> Library {
        use crate::deck::{Deck, LoadedDeck, Question};
        let questions = ids
            .iter()
            .map(|id| Question {
                id: (*id).into(),
                topic: "t".into(),
                question: format!("{id}?"),
                answer: "yes".into(),
                distractors: vec!["no".into(), "maybe".into(), "never".into()],
                explanation: None,
            })
            .collect();
        let deck = Deck {
            title: "D".into(),
            description: String::new(),
            source: String::new(),
            questions,
        };
        Library::from_decks([LoadedDeck::new("d".into(), deck)])
    }

    #[test]
    fn a_first_card_is_held_in_the_book_and_the_book_reads_the_same_either_way() {
        let mut book = ReviewBook::default();
        book.grade(&key("d", "b"), true, day(0));
        assert!(matches!(book.cards, Cards::One(_)), "{book:?}");
        let read: ReviewBook =
            serde_json::from_str(&serde_json::to_string(&book).unwrap()).unwrap();
        assert_eq!(read, book);
        assert!(matches!(read.cards, Cards::One(_)), "{read:?}");

        for question in ["c", "a"] {
            book.grade(&key("d", question), false, day(1));
        }
        assert_eq!(book.len(), 3);
        assert!(book.cards.windows(2).all(|w| w[0].order(&w[1].key).is_lt()));
        assert_eq!(
            book.card(&key("d", "b")),
            Some(Card {
                level: 2,
                due: day(1)
            })
        );

        // Two cards forgotten leave a vector of one, equal to a book that only ever had it.
        assert_eq!(book.retain_known(&library(&["a"])), 2);
        let mut only_a = ReviewBook::default();
        only_a.grade(&key("d", "a"), false, day(1));
        assert_eq!(book, only_a);
        assert_eq!(only_a.retain_known(&library(&["a"])), 0);
        assert_eq!(only_a.retain_known(&library(&["x"])), 1);
        assert_eq!(only_a, ReviewBook::default());
        assert_eq!(only_a.next(day(1)), Next::Empty);
    }

    #[test]
    fn thousands_of_cards_are_each_found_where_they_were_put() {
        let mut book = ReviewBook::default();
        let decks: [Arc<str>; 2] = ["alpha".into(), "beta".into()];
        let ids: Vec<Arc<CardKey>> = (0..3_000u32)
            .map(|i| {
                let deck = Arc::clone(&decks[(i % 2) as usize]);
                let question = format!("q{}", i.wrapping_mul(2_654_435_761) % 10_007);
                Arc::new(CardKey::new(deck, question))
            })
            .collect();
        // Every third card is graded twice (box 3), the rest once (box 2).
        for (i, k) in ids.iter().enumerate() {
            book.grade(k, true, day(0));
            if i % 3 == 0 {
                book.grade(k, true, day(0));
            }
        }
        assert!(
            book.cards.windows(2).any(|w| w[0].slot == w[1].slot),
            "some cards share a slot, so ties are ordered by the ids"
        );
        assert!(book.cards.windows(2).all(|w| w[0].order(&w[1].key).is_lt()));
        for (i, k) in ids.iter().enumerate() {
            let want = Some(if i % 3 == 0 { 3 } else { 2 });
            assert_eq!(book.card(k).map(|c| c.level), want, "{k:?} by pointer");
            let by_ids = CardKey::new(k.deck(), k.question());
            assert_eq!(book.card(&by_ids).map(|c| c.level), want, "{k:?} by ids");
        }
        assert_eq!(book.card(&CardKey::new("alpha", "missing")), None);
        assert_eq!(book.card(&CardKey::new("gamma", "q1")), None);
        let json = serde_json::to_string(&book).unwrap();
        let back: ReviewBook = serde_json::from_str(&json).unwrap();
        assert_eq!(back, book);
    }

    #[test]
    fn cards_due_at_the_same_time_come_in_deck_then_question_order() {
        let mut book = ReviewBook::default();
        for question in ["c", "a", "b"] {
            book.grade(&key("d", question), false, day(0));
        }
        book.grade(&key("a-deck", "z"), false, day(0));
        match book.next(day(0)) {
            Next::Due { deck, question, .. } => {
                assert_eq!((deck.as_str(), question.as_str()), ("a-deck", "z"))
            }
            other => panic!("{other:?}"),
        }
    }
}
