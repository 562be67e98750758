//! Each user's review schedule: Leitner boxes with intervals of 0, 1, 3, 7 and 14 days.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Days, Utc};
use serde::{Deserialize, Serialize};

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

/// A card's ids: a deck and one of its questions. The library makes one per question, and
/// open questions and review books share its strings.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CardKey {
    deck: Arc<str>,
    question: Arc<str>,
}

impl CardKey {
    pub fn new(deck: impl Into<Arc<str>>, question: impl Into<Arc<str>>) -> CardKey {
        CardKey {
            deck: deck.into(),
            question: question.into(),
        }
    }

    pub fn deck(&self) -> &str {
        &self.deck
    }

    pub fn question(&self) -> &str {
        &self.question
    }
}

/// One user's cards. In a snapshot: `{deck: {question: card}}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ReviewBook {
    decks: BTreeMap<Arc<str>, BTreeMap<Arc<str>, Card>>,
}

/// `days` whole days after `now` (in UTC a day is always 24 hours).
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
    fn cards(&self) -> impl Iterator<Item = (&str, &str, &Card)> {
        self.decks.iter().flat_map(|(deck, questions)| {
            questions
                .iter()
                .map(move |(question, card)| (&**deck, &**question, card))
        })
    }

    /// "Knew it" (or a right answer) moves the card up a box; "missed it" (or a wrong
    /// answer) puts it back in box 1. A new card starts as if it were in box 1.
    pub fn grade(&mut self, key: &CardKey, knew: bool, now: DateTime<Utc>) -> Card {
        let questions = self.decks.entry(Arc::clone(&key.deck)).or_default();
        let card = questions
            .entry(Arc::clone(&key.question))
            .or_insert(Card { level: 1, due: now });
        let level = if knew {
            (card.level + 1).min(TOP_BOX)
        } else {
            1
        };
        *card = Card {
            level,
            due: due_after(now, INTERVAL_DAYS[usize::from(level) - 1]),
        };
        *card
    }

    pub fn card(&self, key: &CardKey) -> Option<Card> {
        self.decks.get(key.deck())?.get(key.question()).copied()
    }

    /// Of the cards that are `visible` (by deck and question), the one due longest ago
    /// (lowest box first, then by deck and question on a tie), or when the next one is due.
    pub fn next(&self, now: DateTime<Utc>, visible: impl Fn(&str, &str) -> bool) -> Next {
        let first = self
            .cards()
            .filter(|(deck, question, _)| visible(deck, question))
            .min_by_key(|(deck, question, card)| (card.due, card.level, *deck, *question));
        match first {
            None => Next::Empty,
            Some((_, _, card)) if card.due > now => Next::Later(card.due),
            Some((deck, question, card)) => Next::Due {
                deck: deck.to_owned(),
                question: question.to_owned(),
                card: *card,
            },
        }
    }

    /// How many of the cards whose deck is `visible` fall due on each of the `days` days
    /// from `now` (24 hours each, the first holding those already due), soonest first.
    pub fn due_per_day(
        &self,
        now: DateTime<Utc>,
        days: usize,
        visible: impl Fn(&str) -> bool,
    ) -> Vec<u32> {
        let mut per_day = vec![0u32; days];
        for (deck, _, card) in self.cards() {
            let ahead = (card.due - now).num_days().max(0);
            if let Some(slot) = usize::try_from(ahead)
                .ok()
                .and_then(|d| per_day.get_mut(d))
                .filter(|_| visible(deck))
            {
                *slot += 1;
            }
        }
        per_day
    }

    /// Forgets cards whose deck or question is gone; returns how many it forgot.
    pub fn retain_known(&mut self, keeps: impl Fn(&str, &str) -> bool) -> usize {
        let before = self.len();
        self.decks.retain(|deck, questions| {
            questions.retain(|question, _| keeps(deck, question));
            !questions.is_empty()
        });
        before - self.len()
    }

    pub fn len(&self) -> usize {
        self.decks.values().map(BTreeMap::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.decks.is_empty()
    }

    /// Whether a snapshot's copy makes sense.
    pub fn check(&self) -> Result<(), String> {
        match self
            .cards()
            .find(|(.., card)| !(1..=TOP_BOX).contains(&card.level))
        {
            Some((deck, question, card)) => {
                Err(format!("card {deck}/{question} is in box {}", card.level))
            }
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Library;

    impl ReviewBook {
        fn next_any(&self, now: DateTime<Utc>) -> Next {
            self.next(now, |_, _| true)
        }
    }
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

    fn key(deck: &str, question: &str) -> CardKey {
        CardKey::new(deck, question)
    }

    fn day(n: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap() + Duration::days(n)
    }

    #[test]
    fn cards_due_per_day_count_overdue_ones_today_and_skip_hidden_decks_and_later_ones() {
        let mut book = ReviewBook::default();
        book.grade(&key("d", "new"), false, day(0));
        book.grade(&key("d", "one"), true, day(0));
        book.grade(&key("d", "late"), false, day(-5));
        book.grade(&key("hidden", "q"), false, day(0));
        let far = key("d", "far");
        for _ in 0..5 {
            book.grade(&far, true, day(0));
        }
        let forecast = book.due_per_day(day(0), 7, |deck| deck == "d");
        assert_eq!(
            forecast,
            [2, 1, 0, 0, 0, 0, 0],
            "box 1 today, box 2 tomorrow"
        );
        book.grade(&key("d", "one"), true, day(0));
        let forecast = book.due_per_day(day(0), 7, |deck| deck == "d");
        assert_eq!(forecast, [2, 0, 0, 1, 0, 0, 0], "box 3 in three days");
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
        assert!(matches!(book.next_any(day(4)), Next::Due { .. }));
    }

    #[test]
    fn next_is_the_card_due_longest_ago_or_when_the_next_is_due() {
        let mut book = ReviewBook::default();
        assert_eq!(book.next_any(day(0)), Next::Empty);
        book.grade(&key("d", "a"), true, day(0)); // due day 1
        book.grade(&key("d", "b"), true, day(0));
        book.grade(&key("d", "b"), true, day(0)); // due day 3
        assert_eq!(book.next_any(day(0)), Next::Later(day(1)));
        match book.next_any(day(5)) {
            Next::Due { question, card, .. } => {
                assert_eq!((question.as_str(), card.level), ("a", 2))
            }
            other => panic!("{other:?}"),
        }
        book.grade(&key("d", "a"), true, day(5)); // box 3, due day 8
        match book.next_any(day(5)) {
            Next::Due { question, .. } => assert_eq!(question, "b"),
            other => panic!("{other:?}"),
        }
        book.grade(&key("d", "b"), true, day(5)); // box 4, due day 12
        assert_eq!(book.next_any(day(5)), Next::Later(day(8)));
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
                accept: Vec::new(),
                format: None,
            })
            .collect();
        let deck = Deck {
            title: "D".into(),
            description: String::new(),
            source: String::new(),
            format: None,
            questions,
        };
        Library::from_decks([LoadedDeck::new("d".into(), deck)])
    }

    #[test]
    fn cards_are_found_by_their_ids_and_forgotten_with_their_questions() {
        let mut book = ReviewBook::default();
        for question in ["b", "c", "a"] {
            book.grade(&key("d", question), question == "b", day(1));
        }
        assert_eq!(book.len(), 3);
        assert_eq!(
            book.card(&key("d", "b")),
            Some(Card {
                level: 2,
                due: day(2)
            })
        );
        assert_eq!(book.card(&key("d", "x")), None);
        assert_eq!(book.card(&key("e", "b")), None);
        let read: ReviewBook =
            serde_json::from_str(&serde_json::to_string(&book).unwrap()).unwrap();
        assert_eq!(read, book);

        let keeps = |ids: &[&str]| {
            let library = library(ids);
            move |deck: &str, question: &str| library.keeps(deck, question)
        };
        assert_eq!(book.retain_known(keeps(&["a"])), 2);
        let mut only_a = ReviewBook::default();
        only_a.grade(&key("d", "a"), false, day(1));
        assert_eq!(book, only_a);
        assert_eq!(only_a.retain_known(keeps(&["x"])), 1);
        assert_eq!(only_a, ReviewBook::default());
        assert_eq!(only_a.next_any(day(1)), Next::Empty);
    }

    #[test]
    fn cards_due_at_the_same_time_come_in_deck_then_question_order() {
        let mut book = ReviewBook::default();
        for question in ["c", "a", "b"] {
            book.grade(&key("d", question), false, day(0));
        }
        book.grade(&key("a-deck", "z"), false, day(0));
        match book.next_any(day(0)) {
            Next::Due { deck, question, .. } => {
                assert_eq!((deck.as_str(), question.as_str()), ("a-deck", "z"))
            }
            other => panic!("{other:?}"),
        }
    }
}
