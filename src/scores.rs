//! Members' scores in a server: points (in total and per channel), streaks, topic accuracy,
//! and the leaderboards and score cards built from them.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::UserError;
use crate::ids::{ChannelId, IdMap, UserId};

pub const PAGE_SIZE: usize = 10;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberScore {
    /// Display name when last seen, for leaderboards and exports.
    pub name: String,
    pub points: u64,
    pub answered: u32,
    pub correct: u32,
    pub streak: u32,
    pub best_streak: u32,
    /// Daily questions answered right on consecutive days, up to `last_daily_right`.
    #[serde(default)]
    pub daily_streak: u32,
    #[serde(default)]
    pub best_daily_streak: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_daily_right: Option<NaiveDate>,
    /// Points earned in each channel: a study group's own table.
    #[serde(default)]
    pub channels: HashMap<ChannelId, u64>,
    #[serde(default)]
    pub topics: BTreeMap<String, Tally>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub answered: u32,
    pub correct: u32,
}

impl Tally {
    pub fn accuracy(&self) -> f64 {
        if self.answered == 0 {
            0.0
        } else {
            f64::from(self.correct) / f64::from(self.answered)
        }
    }
}

impl MemberScore {
    pub fn record(&mut self, channel: ChannelId, topic: &str, right: bool, points: u32) {
        self.answered += 1;
        let tally = match self.topics.get_mut(topic) {
            Some(tally) => tally,
            None => self.topics.entry(topic.to_owned()).or_default(),
        };
        tally.answered += 1;
        if right {
            self.correct += 1;
            tally.correct += 1;
            self.streak += 1;
            self.best_streak = self.best_streak.max(self.streak);
        } else {
            self.streak = 0;
        }
        if points > 0 {
            self.points += u64::from(points);
            *self.channels.entry(channel).or_default() += u64::from(points);
        }
    }

    /// A daily question of local date `date` answered: right extends the streak if the
    /// previous right daily answer was the day before; wrong ends it.
    pub fn record_daily(&mut self, date: NaiveDate, right: bool) {
        if !right {
            self.daily_streak = 0;
            return;
        }
        match self.last_daily_right {
            Some(last) if last == date => {}
            Some(last) if last.succ_opt() == Some(date) => self.daily_streak += 1,
            _ => self.daily_streak = 1,
        }
        self.last_daily_right = Some(date);
        self.best_daily_streak = self.best_daily_streak.max(self.daily_streak);
    }

    /// The daily streak as it stands on the day of the daily question dated `today`: a day
    /// without a right answer has broken it even before the member answers again.
    pub fn daily_streak_on(&self, today: Option<NaiveDate>) -> u32 {
        match (self.last_daily_right, today) {
            (Some(last), Some(today)) if last.succ_opt().is_some_and(|next| next < today) => 0,
            _ => self.daily_streak,
        }
    }

    pub fn tally(&self) -> Tally {
        Tally {
            answered: self.answered,
            correct: self.correct,
        }
    }
}

/// Whose points a leaderboard counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Server,
    Channel(ChannelId),
}

impl Scope {
    pub fn points(self, score: &MemberScore) -> u64 {
        match self {
            Scope::Server => score.points,
            Scope::Channel(c) => score.channels.get(&c).copied().unwrap_or(0),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub rank: usize,
    pub user: UserId,
    pub name: String,
    pub points: u64,
    pub correct: u32,
    pub answered: u32,
}

/// Members with points in `scope`, best first: by points, then right answers, then the
/// member who got there with fewer answers, then user id, so the order never flickers.
pub fn standings(members: &IdMap<UserId, MemberScore>, scope: Scope) -> Vec<Standing> {
    let mut rows: Vec<(&UserId, &MemberScore, u64)> = members
        .iter()
        .map(|(u, s)| (u, s, scope.points(s)))
        .filter(|(_, s, p)| *p > 0 || (scope == Scope::Server && s.answered > 0))
        .collect();
    rows.sort_unstable_by(|a, b| {
        b.2.cmp(&a.2)
            .then(b.1.correct.cmp(&a.1.correct))
            .then(a.1.answered.cmp(&b.1.answered))
            .then(a.0.cmp(b.0))
    });
    rows.into_iter()
        .enumerate()
        .map(|(i, (user, s, points))| Standing {
            rank: i + 1,
            user: *user,
            name: s.name.clone(),
            points,
            correct: s.correct,
            answered: s.answered,
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// From 1.
    pub page: usize,
    pub pages: usize,
    pub rows: Vec<Standing>,
}

pub fn page(all: Vec<Standing>, page: usize, scope_name: &'static str) -> Result<Page, UserError> {
    if all.is_empty() {
        return Err(UserError::EmptyLeaderboard(scope_name));
    }
    let pages = all.len().div_ceil(PAGE_SIZE);
    if page == 0 || page > pages {
        return Err(UserError::NoSuchPage(pages));
    }
    let rows = all
        .into_iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .collect();
    Ok(Page { page, pages, rows })
}

/// What `/score` shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreCard {
    pub score: MemberScore,
    pub rank: usize,
    pub of: usize,
    /// Weakest topic first.
    pub topics: Vec<(String, Tally)>,
}

pub fn score_card(members: &IdMap<UserId, MemberScore>, user: UserId) -> Option<ScoreCard> {
    let score = members.get(&user).filter(|s| s.answered > 0)?.clone();
    let all = standings(members, Scope::Server);
    let rank = all.iter().find(|s| s.user == user)?.rank;
    let mut topics: Vec<(String, Tally)> =
        score.topics.iter().map(|(t, n)| (t.clone(), *n)).collect();
    topics.sort_by(|a, b| {
        a.1.accuracy()
            .total_cmp(&b.1.accuracy())
            .then(b.1.answered.cmp(&a.1.answered))
            .then(a.0.cmp(&b.0))
    });
    Some(ScoreCard {
        score,
        rank,
        of: all.len(),
        topics,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const C1: ChannelId = ChannelId(1);
    const C2: ChannelId = ChannelId(2);

    fn member(name: &str, answers: &[(ChannelId, &str, bool, u32)]) -> MemberScore {
        let mut s = MemberScore {
            name: name.into(),
            ..Default::default()
        };
        for &(c, t, right, p) in answers {
            s.record(c, t, right, p);
        }
        s
    }

    #[test]
    fn streaks_grow_with_right_answers_and_break_on_a_wrong_one() {
        let s = member(
            "a",
            &[
                (C1, "t", true, 10),
                (C1, "t", true, 12),
                (C1, "t", true, 10),
                (C1, "u", false, 0),
                (C2, "u", true, 10),
            ],
        );
        assert_eq!((s.points, s.answered, s.correct), (42, 5, 4));
        assert_eq!((s.streak, s.best_streak), (1, 3));
        assert_eq!(s.channels[&C1], 32);
        assert_eq!(s.channels[&C2], 10);
        assert_eq!(
            s.topics["u"],
            Tally {
                answered: 2,
                correct: 1
            }
        );
    }

    fn members() -> IdMap<UserId, MemberScore> {
        let mut m = IdMap::default();
        m.insert(UserId(5), member("e", &[(C1, "t", true, 10)]));
        m.insert(UserId(4), member("d", &[(C1, "t", true, 10)]));
        m.insert(
            UserId(3),
            member("c", &[(C2, "t", true, 12), (C2, "t", true, 10)]),
        );
        m.insert(
            UserId(2),
            member("b", &[(C1, "t", false, 0), (C1, "t", true, 10)]),
        );
        m.insert(UserId(1), member("a", &[(C1, "t", false, 0)]));
        m
    }

    #[test]
    fn standings_order_by_points_then_accuracy_then_id() {
        let all = standings(&members(), Scope::Server);
        let order: Vec<u64> = all.iter().map(|s| s.user.0).collect();
        assert_eq!(order, [3, 4, 5, 2, 1]);
        assert_eq!(
            all.iter().map(|s| s.rank).collect::<Vec<_>>(),
            [1, 2, 3, 4, 5]
        );
        let channel: Vec<u64> = standings(&members(), Scope::Channel(C1))
            .iter()
            .map(|s| s.user.0)
            .collect();
        assert_eq!(channel, [4, 5, 2]);
    }

    #[test]
    fn daily_streak_counts_consecutive_days_right_and_breaks_on_a_gap_or_a_wrong_answer() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 3, d).unwrap();
        let mut s = MemberScore::default();
        s.record_daily(day(1), true);
        s.record_daily(day(2), true);
        s.record_daily(day(3), true);
        assert_eq!((s.daily_streak, s.best_daily_streak), (3, 3));
        assert_eq!(
            s.daily_streak_on(Some(day(4))),
            3,
            "today's question is still open"
        );
        assert_eq!(
            s.daily_streak_on(Some(day(5))),
            0,
            "yesterday had no right answer"
        );
        s.record_daily(day(5), true);
        assert_eq!((s.daily_streak, s.best_daily_streak), (1, 3));
        s.record_daily(day(6), false);
        assert_eq!(s.daily_streak, 0);
        s.record_daily(day(7), true);
        assert_eq!(s.daily_streak, 1);
    }

    #[test]
    fn pages_of_ten() {
        let mut m = IdMap::default();
        for i in 0..23u64 {
            m.insert(UserId(i), member("x", &[(C1, "t", true, 10 + i as u32)]));
        }
        let p = page(standings(&m, Scope::Server), 3, "server").unwrap();
        assert_eq!((p.page, p.pages, p.rows.len()), (3, 3, 3));
        assert_eq!(p.rows[0].rank, 21);
        assert_eq!(p.rows[0].user, UserId(2));
        assert_eq!(
            page(standings(&m, Scope::Server), 4, "server"),
            Err(UserError::NoSuchPage(3))
        );
        assert_eq!(
            page(standings(&m, Scope::Server), 0, "server"),
            Err(UserError::NoSuchPage(3))
        );
        assert_eq!(
            page(standings(&m, Scope::Channel(C2)), 1, "channel"),
            Err(UserError::EmptyLeaderboard("channel"))
        );
    }

    #[test]
    fn score_card_ranks_and_lists_weakest_topic_first() {
        let mut m = members();
        m.insert(
            UserId(9),
            member(
                "i",
                &[
                    (C1, "good", true, 10),
                    (C1, "bad", false, 0),
                    (C1, "mid", true, 10),
                    (C1, "mid", false, 0),
                ],
            ),
        );
        let card = score_card(&m, UserId(9)).unwrap();
        assert_eq!((card.rank, card.of), (2, 6));
        let topics: Vec<&str> = card.topics.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(topics, ["bad", "mid", "good"]);
        assert_eq!(score_card(&m, UserId(77)), None);
    }
}
