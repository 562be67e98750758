//! Each user's review schedule: FSRS, the scheduler Anki uses, through the `fsrs` crate with
//! its default parameters. This module keeps the cards (memory state, due time, last review,
//! reps, lapses and a bounded review log), orders the review queue (due cards first, then new
//! ones under a daily cap) and counts what `/review stats` shows; every interval comes from
//! the crate.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use std::sync::{Arc, LazyLock};

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use serde_tuple::{Deserialize_tuple, Serialize_tuple};

use crate::deck::{CardKey, Library, LoadedDeck};
use crate::schedule::Reminder;

/// The share of cards a learner wants to still know when they come due, unless they set
/// their own.
pub const DEFAULT_RETENTION: f32 = 0.9;
/// The desired retentions a learner may pick: below, reviews are too rare to help; above,
/// their number grows steeply for little gain.
pub const RETENTION_RANGE: RangeInclusive<f32> = 0.70..=0.97;
/// New cards a learner meets a day, unless they set their own.
pub const DEFAULT_NEW_PER_DAY: u32 = 10;
/// The most new cards a day a learner may ask for: past it a day's reviews pile up faster
/// than anyone does them.
pub const MAX_NEW_PER_DAY: u32 = 100;
/// Review log entries kept per card: enough for a month's retention, bounded in the snapshot.
pub const LOG_LEN: usize = 50;
/// The days `/review stats` counts true retention over.
pub const RETENTION_DAYS: i64 = 30;

/// The crate's scheduler with its default parameters, built once (it checks and clips them).
static FSRS: LazyLock<fsrs::FSRS> = LazyLock::new(fsrs::FSRS::default);

/// How well the learner knew a card, Anki's four grades.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grade {
    Again,
    Hard,
    Good,
    Easy,
}

impl Grade {
    pub const ALL: [Grade; 4] = [Grade::Again, Grade::Hard, Grade::Good, Grade::Easy];

    /// Whether the learner remembered the card at all.
    pub fn remembered(self) -> bool {
        self != Grade::Again
    }

    fn of(self, states: &fsrs::NextStates) -> &fsrs::ItemState {
        match self {
            Grade::Again => &states.again,
            Grade::Hard => &states.hard,
            Grade::Good => &states.good,
            Grade::Easy => &states.easy,
        }
    }
}

/// FSRS's memory of a card: stability in days (the interval at which recall falls to 90 %)
/// and difficulty from 1 to 10.
#[derive(Debug, Clone, Copy, PartialEq, Serialize_tuple, Deserialize_tuple)]
pub struct Memory {
    pub stability: f32,
    pub difficulty: f32,
}

impl From<fsrs::MemoryState> for Memory {
    fn from(m: fsrs::MemoryState) -> Memory {
        Memory {
            stability: m.stability,
            difficulty: m.difficulty,
        }
    }
}

impl From<Memory> for fsrs::MemoryState {
    fn from(m: Memory) -> fsrs::MemoryState {
        fsrs::MemoryState {
            stability: m.stability,
            difficulty: m.difficulty,
        }
    }
}

/// One grade given, for true retention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
pub struct Logged {
    pub at: DateTime<Utc>,
    pub grade: Grade,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub memory: Memory,
    pub due: DateTime<Utc>,
    pub last_review: DateTime<Utc>,
    pub reps: u32,
    pub lapses: u32,
    /// The last [`LOG_LEN`] grades, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub log: Vec<Logged>,
}

/// Where a card stands, as `/review stats` counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardState {
    /// In a deck the learner studies, never graded.
    New,
    /// Scheduled less than a day after its last review: just met or just forgotten.
    Learning,
    Review,
}

impl Card {
    pub fn state(&self) -> CardState {
        if self.due - self.last_review < Duration::days(1) {
            CardState::Learning
        } else {
            CardState::Review
        }
    }
}

/// A learner's own choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Within [`RETENTION_RANGE`].
    pub retention: f32,
    pub new_per_day: u32,
    /// Their days (for the new-card cap) turn at midnight here.
    #[serde(with = "crate::schedule::zone_name")]
    pub zone: Tz,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            retention: DEFAULT_RETENTION,
            new_per_day: DEFAULT_NEW_PER_DAY,
            zone: Tz::UTC,
        }
    }
}

/// New cards met on one local date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize_tuple, Deserialize_tuple)]
struct NewOn {
    date: NaiveDate,
    count: u32,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// One user's cards and settings. Cards in a snapshot: `{deck: {question: card}}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewBook {
    #[serde(default)]
    cards: BTreeMap<Arc<str>, BTreeMap<Arc<str>, Card>>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub settings: Settings,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    new_on: Option<NewOn>,
    /// The learner's daily reminder, if they asked for one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminder: Option<Reminder>,
    /// Discord refused a reminder DM and the reminder was turned off: `/review` says so once.
    #[serde(default, skip_serializing_if = "is_default")]
    pub refused: bool,
}

/// Days `/review stats` forecasts.
pub const FORECAST_DAYS: usize = 7;

/// A learner's cards by state, true retention and the week ahead.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outlook {
    pub new: usize,
    pub learning: usize,
    pub review: usize,
    /// Remembered, of graded, over the last [`RETENTION_DAYS`].
    pub retention: (usize, usize),
    /// Cards due on each of the next [`FORECAST_DAYS`] local dates, today (and overdue) first.
    pub forecast: Vec<usize>,
}

/// What `/review` should show.
#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    /// A card to review: due, or (`card` is `None`) new.
    Due {
        deck: String,
        question: String,
        card: Option<Card>,
    },
    Later(DateTime<Utc>),
    Empty,
}

/// What each grade would do to a card now: its due time.
pub type Preview = [(Grade, DateTime<Utc>); 4];

/// The crate's interval in days as a time span: under a day to the minute (at least one),
/// from a day on in whole days, as Anki shows and schedules them.
fn span(days: f32) -> Duration {
    let days = f64::from(days);
    if !days.is_finite() || days <= 0.0 {
        Duration::minutes(1)
    } else if days < 1.0 {
        Duration::minutes(((days * 1440.0).round() as i64).max(1))
    } else {
        // No interval the crate gives comes near chrono's limit (about 100 years is its
        // maximum stability); the cap keeps a forged snapshot's from overflowing.
        Duration::days((days.round() as i64).min(36_500))
    }
}

/// The crate's next states for `card` (new when `None`) reviewed at `now`.
fn next_states(card: Option<&Card>, retention: f32, now: DateTime<Utc>) -> fsrs::NextStates {
    let retention = retention.clamp(*RETENTION_RANGE.start(), *RETENTION_RANGE.end());
    let memory = card.map(|c| c.memory.into());
    let elapsed = card.map_or(0, |c| {
        u32::try_from((now - c.last_review).num_days().max(0)).unwrap_or(u32::MAX)
    });
    FSRS.next_states(memory, retention, elapsed)
        .or_else(|_| FSRS.next_states(None, retention, 0))
        // A checked book holds only finite memories, and a new card's states are the
        // default parameters themselves.
        .expect("the default parameters give finite states")
}

/// The local date of `at` in `zone`.
fn local_date(zone: Tz, at: DateTime<Utc>) -> NaiveDate {
    zone.from_utc_datetime(&at.naive_utc()).date_naive()
}

impl ReviewBook {
    pub fn cards(&self) -> impl Iterator<Item = (&str, &str, &Card)> {
        self.cards.iter().flat_map(|(deck, questions)| {
            questions
                .iter()
                .map(move |(question, card)| (&**deck, &**question, card))
        })
    }

    /// Puts `card` in the book as it is (for migrating older snapshots).
    pub fn insert(&mut self, key: &CardKey, card: Card) {
        self.cards
            .entry(Arc::clone(&key.deck))
            .or_default()
            .insert(Arc::clone(&key.question), card);
    }

    pub fn card(&self, key: &CardKey) -> Option<&Card> {
        self.cards.get(key.deck())?.get(key.question())
    }

    /// When each grade would bring `key` back if graded at `now`.
    pub fn preview(&self, key: &CardKey, now: DateTime<Utc>) -> Preview {
        let states = next_states(self.card(key), self.settings.retention, now);
        Grade::ALL.map(|grade| (grade, now + span(grade.of(&states).interval)))
    }

    /// Records `grade` for `key` at `now`: the crate's new memory state and interval. A card
    /// met for the first time counts towards the day's new cards.
    pub fn grade(&mut self, key: &CardKey, grade: Grade, now: DateTime<Utc>) -> &Card {
        let retention = self.settings.retention;
        let today = local_date(self.settings.zone, now);
        let questions = self.cards.entry(Arc::clone(&key.deck)).or_default();
        if !questions.contains_key(&key.question) {
            self.new_on = Some(match self.new_on {
                Some(n) if n.date == today => NewOn {
                    date: today,
                    count: n.count.saturating_add(1),
                },
                _ => NewOn {
                    date: today,
                    count: 1,
                },
            });
        }
        let card = questions
            .entry(Arc::clone(&key.question))
            .or_insert_with(|| {
                let states = next_states(None, retention, now);
                let state = grade.of(&states);
                Card {
                    memory: state.memory.into(),
                    due: now + span(state.interval),
                    last_review: now,
                    reps: 0,
                    lapses: 0,
                    log: Vec::new(),
                }
            });
        if card.reps > 0 {
            let states = next_states(Some(card), retention, now);
            let state = grade.of(&states);
            if grade == Grade::Again && card.state() == CardState::Review {
                card.lapses = card.lapses.saturating_add(1);
            }
            card.memory = state.memory.into();
            card.due = now + span(state.interval);
            card.last_review = now;
        }
        card.reps = card.reps.saturating_add(1);
        if card.log.len() >= LOG_LEN {
            card.log.remove(0);
        }
        card.log.push(Logged { at: now, grade });
        card
    }

    /// New cards the learner may still meet on `now`'s local date.
    pub fn new_left(&self, now: DateTime<Utc>) -> u32 {
        let today = local_date(self.settings.zone, now);
        let met = self
            .new_on
            .filter(|n| n.date == today)
            .map_or(0, |n| n.count);
        self.settings.new_per_day.saturating_sub(met)
    }

    /// The next local midnight after `now`, when the new-card count starts again.
    pub fn next_day(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let zone = self.settings.zone;
        let tomorrow = local_date(zone, now).succ_opt().unwrap_or(NaiveDate::MAX);
        // A midnight skipped by a clock change is an hour later.
        (0..24)
            .find_map(|hour| {
                let local = tomorrow.and_hms_opt(hour, 0, 0)?;
                zone.from_local_datetime(&local).earliest()
            })
            .map_or(now + Duration::days(1), |t| t.with_timezone(&Utc))
    }

    /// The deck names (qualified ids) the learner studies: those they have cards in.
    pub fn decks(&self) -> impl Iterator<Item = &str> {
        self.cards.keys().map(|d| &**d)
    }

    /// The review queue's head, of the cards of decks the learner `sees` (of questions
    /// their deck still has: a deck that changed may have lost one): the due card due
    /// longest ago (by deck and question on a tie); else, while the day's cap allows, the
    /// first question without a card in a deck the learner studies (in deck order); else
    /// when the next card is due.
    pub fn next(
        &self,
        now: DateTime<Utc>,
        library: &Library,
        sees: impl Fn(&LoadedDeck) -> bool,
    ) -> Next {
        let mut earliest: Option<(&str, &str, &Card)> = None;
        let mut new = None;
        for (name, deck, questions) in self.seen(library, &sees) {
            let mut known = 0;
            for (question, card) in questions.iter().filter(|(q, _)| deck.key(q).is_some()) {
                known += 1;
                let sooner =
                    earliest.is_none_or(|(d, q, c)| (card.due, name, &**question) < (c.due, d, q));
                if sooner {
                    earliest = Some((name, question, card));
                }
            }
            // Every question has a card when the deck's known cards are as many as it has.
            if new.is_none() && known < deck.len() {
                new = deck
                    .keys()
                    .iter()
                    .find(|key| !questions.contains_key(key.question()));
            }
        }
        if let Some((deck, question, card)) = earliest.filter(|(.., c)| c.due <= now) {
            return Next::Due {
                deck: deck.to_owned(),
                question: question.to_owned(),
                card: Some(card.clone()),
            };
        }
        if let Some(key) = new.filter(|_| self.new_left(now) > 0) {
            return Next::Due {
                deck: key.deck().to_owned(),
                question: key.question().to_owned(),
                card: None,
            };
        }
        let new_at = new.map(|_| self.next_day(now));
        match (earliest.map(|(.., c)| c.due), new_at) {
            (Some(a), Some(b)) => Next::Later(a.min(b)),
            (Some(at), None) | (None, Some(at)) => Next::Later(at),
            (None, None) => Next::Empty,
        }
    }

    /// The decks of this book that `library` still has and the learner `sees`: each one's
    /// name in the book, the deck, and the book's cards of it (by question).
    fn seen<'a>(
        &'a self,
        library: &'a Library,
        sees: &'a impl Fn(&LoadedDeck) -> bool,
    ) -> impl Iterator<Item = (&'a str, &'a LoadedDeck, &'a BTreeMap<Arc<str>, Card>)> {
        self.cards.iter().filter_map(move |(name, questions)| {
            let deck = library.by_qualified_id(name).filter(|d| sees(d))?;
            Some((&**name, &**deck, questions))
        })
    }

    /// Questions in the decks the learner studies and sees that have no card yet.
    pub fn new_count(&self, library: &Library, sees: impl Fn(&LoadedDeck) -> bool) -> usize {
        self.seen(library, &sees)
            .map(|(_, deck, questions)| {
                deck.keys()
                    .iter()
                    .filter(|key| !questions.contains_key(key.question()))
                    .count()
            })
            .sum()
    }

    /// Cards due on each of the `days` local dates from `now`'s on (today's count holds the
    /// overdue ones too).
    pub fn forecast(
        &self,
        now: DateTime<Utc>,
        days: usize,
        library: &Library,
        sees: impl Fn(&LoadedDeck) -> bool,
    ) -> Vec<usize> {
        let zone = self.settings.zone;
        let today = local_date(zone, now);
        let mut counts = vec![0; days];
        for card in self.visible_cards(library, &sees) {
            let day = (local_date(zone, card.due) - today).num_days().max(0);
            if let Some(count) = usize::try_from(day).ok().and_then(|d| counts.get_mut(d)) {
                *count += 1;
            }
        }
        counts
    }

    /// Of the grades given in the last [`RETENTION_DAYS`] to cards already met before, how
    /// many were remembered, and how many there were.
    pub fn retention(
        &self,
        now: DateTime<Utc>,
        library: &Library,
        sees: impl Fn(&LoadedDeck) -> bool,
    ) -> (usize, usize) {
        let since = now - Duration::days(RETENTION_DAYS);
        let mut counts = (0, 0);
        for card in self.visible_cards(library, &sees) {
            // The log's first entry is the card's first grade only while nothing has
            // been dropped from it.
            let first_kept = usize::from(card.reps as usize == card.log.len());
            for logged in card.log.iter().skip(first_kept).filter(|l| l.at >= since) {
                counts.0 += usize::from(logged.grade.remembered());
                counts.1 += 1;
            }
        }
        counts
    }

    /// How many cards (of any deck) are due at `now`: what a reminder counts.
    pub fn due_count(&self, now: DateTime<Utc>) -> usize {
        self.cards().filter(|(.., card)| card.due <= now).count()
    }

    /// The cards of decks the learner `sees`, of questions their deck still has.
    pub fn visible_cards<'a>(
        &'a self,
        library: &'a Library,
        sees: &'a impl Fn(&LoadedDeck) -> bool,
    ) -> impl Iterator<Item = &'a Card> {
        self.seen(library, sees).flat_map(|(_, deck, questions)| {
            questions
                .iter()
                .filter(move |(q, _)| deck.key(q).is_some())
                .map(|(_, card)| card)
        })
    }

    /// Forgets the cards `keeps` does not keep (by deck and question); returns how many.
    pub fn retain_known(&mut self, keeps: impl Fn(&str, &str) -> bool) -> usize {
        let before = self.len();
        self.cards.retain(|deck, questions| {
            questions.retain(|question, _| keeps(deck, question));
            !questions.is_empty()
        });
        before - self.len()
    }

    pub fn len(&self) -> usize {
        self.cards.values().map(BTreeMap::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }

    /// Whether a snapshot's copy makes sense.
    pub fn check(&self) -> Result<(), String> {
        if !RETENTION_RANGE.contains(&self.settings.retention) {
            return Err(format!(
                "desired retention {} is outside {:.2}-{:.2}",
                self.settings.retention,
                RETENTION_RANGE.start(),
                RETENTION_RANGE.end()
            ));
        }
        let bad = |c: &Card| {
            let m = c.memory;
            let sound = m.stability.is_finite()
                && m.stability > 0.0
                && (1.0..=10.0).contains(&m.difficulty);
            !sound || c.log.len() > LOG_LEN || c.reps == 0
        };
        match self.cards().find(|(.., card)| bad(card)) {
            Some((deck, question, card)) => Err(format!(
                "card {deck}/{question} has stability {}, difficulty {}, {} reps and {} log entries",
                card.memory.stability,
                card.memory.difficulty,
                card.reps,
                card.log.len()
            )),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::America::New_York;

    fn key(deck: &str, question: &str) -> CardKey {
        CardKey::new(deck, question)
    }

    fn day(n: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap() + Duration::days(n)
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
                author: None,
            })
            .collect();
        let deck = Deck {
            title: "D".into(),
            description: String::new(),
            source: String::new(),
            language: None,
            format: None,
            questions,
        };
        Library::from_decks([LoadedDeck::new("d".into(), deck)])
    }

    fn days_between(a: DateTime<Utc>, b: DateTime<Utc>) -> f64 {
        (b - a).num_seconds() as f64 / 86_400.0
    }

    #[test]
    fn intervals_for_a_sequence_of_grades_are_the_crates_own() {
        let grades = [
            Grade::Good,
            Grade::Good,
            Grade::Again,
            Grade::Hard,
            Grade::Easy,
            Grade::Good,
        ];
        let fsrs = fsrs::FSRS::new(&[]).unwrap();
        let mut book = ReviewBook::default();
        let mut memory: Option<fsrs::MemoryState> = None;
        let mut last: Option<DateTime<Utc>> = None;
        let mut now = day(0);
        for grade in grades {
            let elapsed = last.map_or(0, |l| (now - l).num_days() as u32);
            let states = fsrs.next_states(memory, 0.9, elapsed).unwrap();
            let theirs = match grade {
                Grade::Again => states.again,
                Grade::Hard => states.hard,
                Grade::Good => states.good,
                Grade::Easy => states.easy,
            };
            let preview = book.preview(&key("d", "q"), now);
            let ours = book.grade(&key("d", "q"), grade, now).clone();
            assert_eq!(
                preview.iter().find(|(g, _)| *g == grade).unwrap().1,
                ours.due
            );
            assert_eq!(ours.memory, Memory::from(theirs.memory), "{grade:?}");
            let interval = days_between(now, ours.due);
            let wanted = f64::from(theirs.interval);
            let allowed = if wanted < 1.0 { 1.0 / 1440.0 } else { 0.5 };
            assert!(
                (interval - wanted).abs() <= allowed,
                "{grade:?}: ours {interval} days, the crate's {wanted}"
            );
            memory = Some(theirs.memory);
            last = Some(now);
            now = ours.due;
        }
        let card = book.card(&key("d", "q")).unwrap();
        assert_eq!((card.reps, card.lapses, card.log.len()), (6, 1, 6));
        assert_eq!(card.log[2].grade, Grade::Again);
    }

    #[test]
    fn easier_grades_bring_a_card_back_later() {
        let book = ReviewBook::default();
        let preview = book.preview(&key("d", "q"), day(0));
        assert!(preview.windows(2).all(|w| w[0].1 < w[1].1), "{preview:?}");
        assert!(preview[0].1 - day(0) < Duration::days(1));
    }

    #[test]
    fn due_cards_come_first_earliest_due_then_new_then_when_the_next_is_due() {
        let library = library(&["a", "b", "c", "d"]);
        let mut book = ReviewBook::default();
        book.grade(&key("d", "c"), Grade::Good, day(0));
        book.grade(&key("d", "b"), Grade::Easy, day(0));
        let c_due = book.card(&key("d", "c")).unwrap().due;
        let b_due = book.card(&key("d", "b")).unwrap().due;
        assert!(c_due < b_due);
        let all = |_: &LoadedDeck| true;
        let at = |when| match book.next(when, &library, all) {
            Next::Due { question, card, .. } => (question, card.is_some()),
            other => panic!("{other:?}"),
        };
        // Both due: the one due longest ago.
        assert_eq!(at(b_due), ("c".to_owned(), true));
        assert_eq!(at(c_due), ("c".to_owned(), true));
        // None due: the first new question in deck order.
        assert_eq!(at(day(0)), ("a".to_owned(), false));
        assert_eq!(book.new_count(&library, all), 2);
        // The day's cap met: whichever comes first, a due card or tomorrow's new ones.
        book.settings.new_per_day = 2;
        assert_eq!(
            book.next(day(0), &library, all),
            Next::Later(book.next_day(day(0)))
        );
        assert_eq!(
            book.next(day(0), &library, |_: &LoadedDeck| false),
            Next::Empty
        );
    }

    #[test]
    fn the_new_card_cap_starts_again_at_midnight_in_the_learners_zone() {
        let library = library(&["a", "b", "c", "d", "e"]);
        let mut book = ReviewBook {
            settings: Settings {
                new_per_day: 2,
                zone: New_York,
                ..Settings::default()
            },
            ..ReviewBook::default()
        };
        // 23:30 in New York is 04:30 the next day in UTC.
        let late = New_York
            .with_ymd_and_hms(2026, 3, 7, 23, 30, 0)
            .unwrap()
            .with_timezone(&Utc);
        let midnight = New_York
            .with_ymd_and_hms(2026, 3, 8, 0, 0, 0)
            .unwrap()
            .with_timezone(&Utc);
        // The learner studies the deck since the day before.
        book.grade(&key("d", "a"), Grade::Easy, late - Duration::days(1));
        for question in ["b", "c"] {
            let Next::Due {
                question: q,
                card: None,
                ..
            } = book.next(late, &library, |_: &LoadedDeck| true)
            else {
                panic!("a new card")
            };
            assert_eq!(q, question);
            book.grade(&key("d", question), Grade::Easy, late);
        }
        assert_eq!(book.new_left(late), 0);
        assert_eq!(book.next_day(late), midnight);
        assert_eq!(
            book.next(late, &library, |_: &LoadedDeck| true),
            Next::Later(midnight)
        );
        let after = midnight + Duration::minutes(1);
        assert_eq!(book.new_left(after), 2);
        assert!(matches!(
            book.next(after, &library, |_: &LoadedDeck| true),
            Next::Due { card: None, ref question, .. } if question == "d"
        ));
        // The same instant in UTC is already a new day there, an hour before New York's.
        book.settings.zone = Tz::UTC;
        assert_eq!(book.new_left(late), 2);
    }

    #[test]
    fn the_log_keeps_the_last_grades_and_gives_true_retention() {
        let mut book = ReviewBook::default();
        let q = key("d", "q");
        book.grade(&q, Grade::Again, day(-40));
        for n in 0..3 {
            book.grade(&q, Grade::Good, day(-31 + n));
        }
        book.grade(&q, Grade::Again, day(-2));
        book.grade(&q, Grade::Hard, day(-1));
        // Graded at -30, -29, -2 and -1: three of four remembered; the first grade and those
        // before 30 days ago do not count.
        let library = library(&["q", "r"]);
        assert_eq!(
            book.retention(day(0), &library, |_: &LoadedDeck| true),
            (3, 4)
        );
        for n in 0..60 {
            book.grade(&key("d", "r"), Grade::Good, day(n));
        }
        let r = book.card(&key("d", "r")).unwrap();
        assert_eq!((r.reps, r.log.len()), (60, LOG_LEN));
        assert_eq!(r.log[0].at, day(10));
        assert!(book.check().is_ok());
    }

    #[test]
    fn cards_are_found_by_their_ids_round_trip_and_are_forgotten_with_their_questions() {
        let mut book = ReviewBook::default();
        for question in ["b", "c", "a"] {
            book.grade(&key("d", question), Grade::Good, day(1));
        }
        book.settings.retention = 0.85;
        assert_eq!(book.len(), 3);
        assert!(book.card(&key("d", "x")).is_none());
        let read: ReviewBook =
            serde_json::from_str(&serde_json::to_string(&book).unwrap()).unwrap();
        assert_eq!(read, book);
        let keeps = |ids: &[&str]| {
            let library = library(ids);
            move |deck: &str, question: &str| library.keeps(deck, question)
        };
        assert_eq!(book.retain_known(keeps(&["a"])), 2);
        assert_eq!(book.len(), 1);
        assert_eq!(book.retain_known(keeps(&["x"])), 1);
        assert!(book.is_empty());
    }

    #[test]
    fn a_book_that_makes_no_sense_is_refused() {
        let mut book = ReviewBook::default();
        book.grade(&key("d", "q"), Grade::Good, day(0));
        let mut bad = book.clone();
        bad.settings.retention = 0.99;
        assert!(bad.check().unwrap_err().contains("retention"));
        let mut bad = book.clone();
        let card = bad.card(&key("d", "q")).unwrap().clone();
        bad.insert(
            &key("d", "q"),
            Card {
                memory: Memory {
                    stability: f32::NAN,
                    difficulty: 5.0,
                },
                ..card
            },
        );
        assert!(bad.check().unwrap_err().contains("d/q"));
    }

    #[test]
    fn forecast_counts_cards_by_local_due_date() {
        let mut book = ReviewBook::default();
        book.grade(&key("d", "a"), Grade::Again, day(0)); // due today
        book.grade(&key("d", "b"), Grade::Good, day(0)); // in about 2 days
        book.grade(&key("d", "c"), Grade::Easy, day(0)); // in about 8 days
        let library = library(&["a", "b", "c"]);
        let forecast = book.forecast(day(0), 7, &library, |_: &LoadedDeck| true);
        assert_eq!(forecast.iter().sum::<usize>(), 2);
        assert_eq!(forecast[0], 1);
    }
}
