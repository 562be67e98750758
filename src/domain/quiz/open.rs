//! A question posted in a channel and open for answers: one answer per member, scored as it
//! arrives, revealed when it closes.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::deck::CardKey;
use crate::error::UserError;
use crate::ids::{ChannelId, GuildId, MessageId, UserId};

use super::options::{letter, OPTIONS};

/// A right answer's points; the first right answer to a question earns the bonus on top.
pub const POINTS_RIGHT: u32 = 10;
pub const POINTS_FIRST: u32 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenQuestion {
    pub guild: GuildId,
    pub channel: ChannelId,
    /// The deck's and question's ids (`deck` and `question` in a snapshot).
    #[serde(flatten)]
    pub card: CardKey,
    pub topic: Arc<str>,
    pub options: Vec<String>,
    pub correct: u8,
    pub opened_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    /// The channel message showing it, once posted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<MessageId>,
    #[serde(default)]
    pub answers: HashMap<UserId, Answer>,
    /// Who answered right first (and earned the bonus).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_right: Option<UserId>,
    /// The server's local date, for a daily question: its answers drive the daily streak.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily: Option<NaiveDate>,
    /// Answered by typing: `options` is the answer alone, and an answer is
    /// [`TYPED_RIGHT`] or [`TYPED_WRONG`].
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub typed: bool,
}

/// A typed answer as recorded: graded right, or not.
pub const TYPED_RIGHT: u8 = 0;
pub const TYPED_WRONG: u8 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub option: u8,
    /// Order of arrival, from 0.
    pub seq: u32,
    pub points: u32,
}

/// What the bot reveals when a question closes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reveal {
    pub correct: u8,
    pub answered: usize,
    /// Right answerers in the order they answered.
    pub right: Vec<UserId>,
    /// How many chose each option.
    pub counts: [usize; OPTIONS],
}

impl OpenQuestion {
    pub fn is_open_at(&self, now: DateTime<Utc>) -> bool {
        now < self.closes_at
    }

    /// Records `user`'s answer and returns it with its points.
    pub fn answer(
        &mut self,
        user: UserId,
        option: u8,
        now: DateTime<Utc>,
    ) -> Result<Answer, UserError> {
        if !self.is_open_at(now) {
            return Err(UserError::QuestionClosed);
        }
        if usize::from(option) >= self.choices() {
            return Err(UserError::NotRecognised);
        }
        let seq = self.answers.len() as u32;
        let typed = self.typed;
        let slot = match self.answers.entry(user) {
            Entry::Occupied(_) if typed => return Err(UserError::AlreadyTyped),
            Entry::Occupied(first) => {
                return Err(UserError::AlreadyAnswered(letter(first.get().option)))
            }
            Entry::Vacant(slot) => slot,
        };
        let right = option == self.correct;
        let first_right = right && self.first_right.is_none();
        let points = match (right, first_right) {
            (true, true) => POINTS_RIGHT + POINTS_FIRST,
            (true, false) => POINTS_RIGHT,
            (false, _) => 0,
        };
        let answer = Answer {
            option,
            seq,
            points,
        };
        slot.insert(answer);
        if first_right {
            self.first_right = Some(user);
        }
        Ok(answer)
    }

    pub fn reveal(&self) -> Reveal {
        let mut counts = [0; OPTIONS];
        let mut right: Vec<(u32, UserId)> = Vec::new();
        for (user, a) in &self.answers {
            if let Some(n) = counts.get_mut(usize::from(a.option)) {
                *n += 1;
            }
            if a.option == self.correct {
                right.push((a.seq, *user));
            }
        }
        right.sort_unstable();
        Reveal {
            correct: self.correct,
            answered: self.answers.len(),
            right: right.into_iter().map(|(_, u)| u).collect(),
            counts,
        }
    }

    /// How many different answers there are: the options, or right and wrong when typed.
    fn choices(&self) -> usize {
        if self.typed {
            2
        } else {
            self.options.len()
        }
    }

    /// Whether a snapshot's copy of this question makes sense; `Err` says what does not.
    pub fn check(&self) -> Result<(), String> {
        let options = self.options.len();
        if self.typed && options != 1 {
            return Err(format!("a typed question with {options} options"));
        }
        if self.typed && self.correct != TYPED_RIGHT {
            return Err(format!(
                "correct option {} of a typed question",
                self.correct
            ));
        }
        if !self.typed && !(2..=OPTIONS).contains(&options) {
            return Err(format!("{options} options"));
        }
        let n = self.choices();
        if usize::from(self.correct) >= n {
            return Err(format!("correct option {} of {n}", self.correct));
        }
        if let Some((user, a)) = self
            .answers
            .iter()
            .find(|(_, a)| usize::from(a.option) >= n)
        {
            return Err(format!("user {user} answered option {} of {n}", a.option));
        }
        let first_is_right = self.first_right.map(|u| {
            self.answers
                .get(&u)
                .is_some_and(|a| a.option == self.correct)
        });
        if first_is_right == Some(false) {
            return Err("the first right answer is not a right answer".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(secs: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 1, 12, 0, 0).unwrap() + chrono::Duration::seconds(secs)
    }

    fn open() -> OpenQuestion {
        OpenQuestion {
            guild: GuildId(1),
            channel: ChannelId(2),
            card: CardKey::new("d", "q"),
            topic: "t".into(),
            options: vec!["w".into(), "r".into(), "w2".into(), "w3".into()],
            correct: 1,
            opened_at: at(0),
            closes_at: at(60),
            message: None,
            answers: HashMap::default(),
            first_right: None,
            daily: None,
            typed: false,
        }
    }

    #[test]
    fn first_right_answer_gets_the_bonus_and_later_ones_do_not() {
        let mut q = open();
        assert_eq!(q.answer(UserId(1), 0, at(1)).unwrap().points, 0);
        assert_eq!(q.answer(UserId(2), 1, at(2)).unwrap().points, 12);
        assert_eq!(q.answer(UserId(3), 1, at(3)).unwrap().points, 10);
        let reveal = q.reveal();
        assert_eq!(reveal.right, [UserId(2), UserId(3)]);
        assert_eq!(reveal.answered, 3);
        assert_eq!(reveal.counts, [1, 2, 0, 0]);
    }

    #[test]
    fn a_typed_question_records_right_or_wrong_once() {
        let mut q = OpenQuestion {
            options: vec!["Paris".into()],
            correct: TYPED_RIGHT,
            typed: true,
            ..open()
        };
        assert_eq!(q.check(), Ok(()));
        assert_eq!(q.answer(UserId(1), TYPED_WRONG, at(1)).unwrap().points, 0);
        assert_eq!(q.answer(UserId(2), TYPED_RIGHT, at(2)).unwrap().points, 12);
        assert_eq!(
            q.answer(UserId(2), TYPED_RIGHT, at(3)),
            Err(UserError::AlreadyTyped)
        );
        assert_eq!(q.answer(UserId(3), 2, at(3)), Err(UserError::NotRecognised));
        let reveal = q.reveal();
        assert_eq!(reveal.right, [UserId(2)]);
        assert_eq!(reveal.counts, [1, 1, 0, 0]);
        q.options.push("Lyon".into());
        assert!(
            q.check().is_err(),
            "a typed question holds its answer alone"
        );
    }

    #[test]
    fn a_second_answer_is_refused_and_the_first_stands() {
        let mut q = open();
        q.answer(UserId(1), 2, at(1)).unwrap();
        assert_eq!(
            q.answer(UserId(1), 1, at(2)),
            Err(UserError::AlreadyAnswered('C'))
        );
        assert_eq!(q.answers[&UserId(1)].option, 2);
        assert_eq!(q.reveal().answered, 1);
    }

    #[test]
    fn answers_after_closing_and_out_of_range_options_are_refused() {
        let mut q = open();
        assert_eq!(
            q.answer(UserId(1), 1, at(60)),
            Err(UserError::QuestionClosed)
        );
        assert_eq!(q.answer(UserId(1), 4, at(1)), Err(UserError::NotRecognised));
        assert_eq!(
            q.answer(UserId(1), 255, at(1)),
            Err(UserError::NotRecognised)
        );
        assert!(q.answers.is_empty());
    }

    #[test]
    fn check_finds_inconsistent_copies() {
        assert!(open().check().is_ok());
        let mut q = open();
        q.correct = 7;
        assert!(q.check().is_err());
        let mut q = open();
        q.answers.insert(
            UserId(1),
            Answer {
                option: 9,
                seq: 0,
                points: 0,
            },
        );
        assert!(q.check().is_err());
    }
}
