//! The review schedule of snapshot versions 1 and 2, frozen: five Leitner boxes with
//! intervals of 0, 1, 3, 7 and 14 days. Read so that an upgrade keeps every card, each
//! mapped to an FSRS state due when its box made it due.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, LazyLock};

use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;

use crate::deck::CardKey;
use crate::ids::UserId;
use crate::review::{Card, Memory, ReviewBook};

/// Days until a card in box `n` (from 1) was due again.
pub const INTERVAL_DAYS: [i64; 5] = [0, 1, 3, 7, 14];

/// A Leitner card as versions 1 and 2 wrote it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeitnerCard {
    /// 1 to 5.
    #[serde(rename = "box")]
    pub level: u8,
    pub due: DateTime<Utc>,
}

/// One user's Leitner cards: `{deck: {question: card}}`.
pub type LeitnerBook = BTreeMap<String, BTreeMap<String, LeitnerCard>>;

/// An SM-2 ease for the mapping: the default a learner starts with in Anki, since Leitner
/// boxes knew nothing of a card's difficulty.
const EASE: f32 = 2.5;

static FSRS: LazyLock<fsrs::FSRS> = LazyLock::new(fsrs::FSRS::default);

/// The FSRS card for a Leitner one: due when it was, its stability the box's interval (at
/// least a day, as box 1's "again today" has none), its difficulty the crate's estimate for
/// an interval scheduler's card of that interval; reviewed one interval before it is due,
/// once per box climbed.
pub fn card(old: LeitnerCard) -> Result<Card, String> {
    let level = usize::from(old.level);
    let days = level
        .checked_sub(1)
        .and_then(|i| INTERVAL_DAYS.get(i))
        .ok_or_else(|| format!("a card is in box {}", old.level))?;
    let memory = FSRS
        .memory_state_from_sm2(EASE, (*days).max(1) as f32, 0.9)
        .map_err(|e| format!("a box {} card has no FSRS state: {e}", old.level))?;
    Ok(Card {
        memory: Memory::from(memory),
        due: old.due,
        last_review: old
            .due
            .checked_sub_signed(Duration::days(*days))
            .unwrap_or(old.due),
        reps: u32::from(old.level),
        lapses: 0,
        log: Vec::new(),
    })
}

/// Every user's Leitner book as FSRS cards, none left out.
pub fn books(
    old: HashMap<UserId, LeitnerBook>,
) -> Result<HashMap<UserId, Arc<ReviewBook>>, String> {
    old.into_iter()
        .map(|(user, decks)| {
            let mut book = ReviewBook::default();
            for (deck, questions) in decks {
                for (question, old) in questions {
                    let card =
                        card(old).map_err(|e| format!("user {user}: {deck}/{question}: {e}"))?;
                    book.insert(&CardKey::new(deck.as_str(), question.as_str()), card);
                }
            }
            Ok((user, Arc::new(book)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn every_box_maps_to_a_state_due_when_the_box_said_with_stability_from_its_interval() {
        let due = Utc.with_ymd_and_hms(2026, 5, 1, 12, 0, 0).unwrap();
        let mut stabilities = Vec::new();
        for level in 1..=5u8 {
            let new = card(LeitnerCard { level, due }).unwrap();
            assert_eq!(new.due, due);
            assert_eq!(new.reps, u32::from(level));
            let days = INTERVAL_DAYS[usize::from(level) - 1];
            assert_eq!(new.last_review, due - Duration::days(days));
            assert!(
                (new.memory.stability - days.max(1) as f32).abs() < 0.01,
                "{new:?}"
            );
            assert!((1.0..=10.0).contains(&new.memory.difficulty));
            stabilities.push(new.memory.stability);
        }
        assert!(stabilities.windows(2).all(|w| w[0] <= w[1]));
        for level in [0, 6] {
            assert!(card(LeitnerCard { level, due })
                .unwrap_err()
                .contains("box"));
        }
    }
}
