//! A study-group round: several questions in one channel, one after another, with the round's
//! own standings. Points go into members' scores as they are earned; a round adds up what its
//! questions gave. It is part of the state, so a restart resumes it where it was.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::ids::{GuildId, OpenId, UserId};

use super::OpenQuestion;

pub const MIN_QUESTIONS: u8 = 1;
pub const MAX_QUESTIONS: u8 = 25;
pub const DEFAULT_QUESTIONS: u8 = 10;
pub const MIN_SECONDS: u16 = 10;
pub const MAX_SECONDS: u16 = 300;
pub const DEFAULT_SECONDS: u16 = 30;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    pub guild: GuildId,
    pub starter: UserId,
    pub starter_name: String,
    pub deck: String,
    pub topic: Option<String>,
    pub total: usize,
    pub seconds: u16,
    /// Question ids asked so far: none is asked twice in a round.
    pub asked: HashSet<String>,
    /// Questions closed so far.
    pub done: usize,
    pub scores: HashMap<UserId, RoundScore>,
    /// The question open now, between its post and its reveal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current: Option<OpenId>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundScore {
    pub points: u32,
    pub right: u32,
    pub answered: u32,
    /// Questions this member answered right first.
    pub fastest: u32,
}

impl Round {
    /// Whether a snapshot's copy keeps a round's own bounds: as many questions and seconds
    /// as `/round start` allows, and no more asked or done than its total.
    pub fn check(&self) -> Result<(), String> {
        let questions = usize::from(MIN_QUESTIONS)..=usize::from(MAX_QUESTIONS);
        if !questions.contains(&self.total) {
            return Err(format!(
                "{} questions, not {MIN_QUESTIONS} to {MAX_QUESTIONS}",
                self.total
            ));
        }
        if !(MIN_SECONDS..=MAX_SECONDS).contains(&self.seconds) {
            return Err(format!(
                "{} seconds a question, not {MIN_SECONDS} to {MAX_SECONDS}",
                self.seconds
            ));
        }
        if self.done > self.total || self.asked.len() > self.total {
            return Err(format!(
                "{} questions asked and {} done of {}",
                self.asked.len(),
                self.done,
                self.total
            ));
        }
        Ok(())
    }

    pub fn left(&self) -> usize {
        self.total.saturating_sub(self.done)
    }

    /// Adds up a closed question of this round.
    pub fn record(&mut self, closed: &OpenQuestion) {
        self.done += 1;
        self.current = None;
        for (user, answer) in &closed.answers {
            let score = self.scores.entry(*user).or_default();
            score.answered += 1;
            score.points += answer.points;
            if answer.option == closed.correct {
                score.right += 1;
            }
        }
        if let Some(first) = closed.first_right {
            self.scores.entry(first).or_default().fastest += 1;
        }
    }

    /// Best first: points, then right answers, then times fastest, then user id.
    pub fn standings(&self) -> Vec<(UserId, RoundScore)> {
        let mut rows: Vec<(UserId, RoundScore)> =
            self.scores.iter().map(|(u, s)| (*u, *s)).collect();
        rows.sort_unstable_by(|a, b| {
            b.1.points
                .cmp(&a.1.points)
                .then(b.1.right.cmp(&a.1.right))
                .then(b.1.fastest.cmp(&a.1.fastest))
                .then(a.0.cmp(&b.0))
        });
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::CardKey;
    use crate::ids::{ChannelId, GuildId};
    use chrono::{TimeZone, Utc};

    fn closed(answers: &[(u64, u8)]) -> OpenQuestion {
        let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut q = OpenQuestion {
            guild: GuildId(1),
            channel: ChannelId(2),
            card: CardKey::new("d", "q"),
            topic: "t".into(),
            options: vec!["a".into(), "b".into(), "c".into(), "d".into()],
            correct: 0,
            opened_at: now,
            closes_at: now + chrono::Duration::seconds(30),
            message: None,
            answers: Default::default(),
            first_right: None,
            daily: None,
            typed: false,
        };
        for &(user, option) in answers {
            q.answer(UserId(user), option, now).unwrap();
        }
        q
    }

    #[test]
    fn standings_add_up_points_right_answers_and_who_was_fastest() {
        let mut round = Round {
            guild: GuildId(1),
            starter: UserId(1),
            starter_name: "ana".into(),
            deck: "d".into(),
            topic: None,
            total: 3,
            seconds: 30,
            asked: HashSet::new(),
            done: 0,
            scores: HashMap::new(),
            current: None,
        };
        round.record(&closed(&[(2, 0), (1, 0), (3, 2)]));
        round.record(&closed(&[(1, 0), (2, 1)]));
        assert_eq!(round.left(), 1);
        let rows = round.standings();
        assert_eq!(
            rows,
            [
                (
                    UserId(1),
                    RoundScore {
                        points: 22,
                        right: 2,
                        answered: 2,
                        fastest: 1
                    }
                ),
                (
                    UserId(2),
                    RoundScore {
                        points: 12,
                        right: 1,
                        answered: 2,
                        fastest: 1
                    }
                ),
                (
                    UserId(3),
                    RoundScore {
                        points: 0,
                        right: 0,
                        answered: 1,
                        fastest: 0
                    }
                ),
            ]
        );
    }
}
