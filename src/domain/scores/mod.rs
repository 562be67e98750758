//! Members' scores in a server: points (in total and per channel), streaks, topic accuracy,
//! and the leaderboards and score cards built from them.

mod board;
pub mod period;

use std::cmp::Ordering;

use chrono::NaiveDate;
use compact_str::CompactString;
use serde::{Deserialize, Serialize};
use serde_tuple::Serialize_tuple;
use smallvec::SmallVec;

use crate::error::UserError;
use crate::ids::{ChannelId, UserId};

pub use board::{Member, Scoreboard, Scored};
pub use period::{Period, PeriodTable, Periods, Winners};

pub const PAGE_SIZE: usize = 10;

/// A member's row in one server. Written to a snapshot as an array of these fields in this
/// order; a field added later goes at the end with `#[serde(default)]`, so older files
/// still read. Channels and topics are named by position in the [`Scoreboard`]'s tables:
/// read them through [`Member`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize_tuple, Deserialize)]
pub struct MemberScore {
    /// Display name when last seen, for leaderboards and exports.
    pub name: CompactString,
    pub points: u64,
    pub answered: u32,
    pub correct: u32,
    pub streak: u32,
    pub best_streak: u32,
    /// Daily questions answered right on consecutive days, up to `last_daily_right`.
    pub daily_streak: u32,
    pub best_daily_streak: u32,
    pub last_daily_right: Option<NaiveDate>,
    /// (channel position, points earned there).
    #[serde(default)]
    pub(crate) channels: SmallVec<[(u16, u32); 2]>,
    /// (topic position, answered, correct).
    #[serde(default)]
    pub(crate) topics: SmallVec<[(u16, u32, u32); 3]>,
    /// The week (see [`Periods`]) of `week_points`: points of an earlier week count as none.
    #[serde(default)]
    pub week: u32,
    #[serde(default)]
    pub week_points: u32,
    /// The month of `month_points`.
    #[serde(default)]
    pub month: u32,
    #[serde(default)]
    pub month_points: u32,
    /// (day, points scored that day) for the days of the last [`DAYS_KEPT`] with points,
    /// oldest first: empty, and so three bytes in a snapshot, for members not scoring lately.
    #[serde(default)]
    pub(crate) days: Vec<(u32, u32)>,
}

/// The days of points a score card draws.
pub const DAYS_KEPT: u32 = 30;

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
    /// An answer's effect on the counters.
    fn count(&mut self, right: bool, points: u32) {
        self.answered += 1;
        self.points += u64::from(points);
        if right {
            self.correct += 1;
            self.streak += 1;
            self.best_streak = self.best_streak.max(self.streak);
        } else {
            self.streak = 0;
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

    /// Counts `points` in the week and month they were scored in.
    pub fn record_period(&mut self, now: Periods, points: u32) {
        if self.week != now.week {
            (self.week, self.week_points) = (now.week, 0);
        }
        if self.month != now.month {
            (self.month, self.month_points) = (now.month, 0);
        }
        self.week_points = self.week_points.saturating_add(points);
        self.month_points = self.month_points.saturating_add(points);
        if points == 0 {
            return;
        }
        self.days
            .retain(|(day, _)| day.saturating_add(DAYS_KEPT) > now.day);
        match self.days.iter_mut().find(|(day, _)| *day == now.day) {
            Some((_, sum)) => *sum = sum.saturating_add(points),
            None => self.days.push((now.day, points)),
        }
    }

    /// Points per day of the [`DAYS_KEPT`] days up to and including `today`, oldest first.
    pub fn recent_days(&self, today: u32) -> Vec<u32> {
        let first = (today + 1).saturating_sub(DAYS_KEPT);
        let mut days = vec![0u32; DAYS_KEPT as usize];
        for &(day, points) in &self.days {
            if (first..=today).contains(&day) {
                let slot = &mut days[(day - first) as usize];
                *slot = slot.saturating_add(points);
            }
        }
        days
    }

    /// The points of `period` number `id` (all of them for [`Period::All`]).
    pub fn points_in(&self, period: Period, id: Option<u32>) -> u64 {
        match (period, id) {
            (Period::Week, Some(w)) if self.week == w => u64::from(self.week_points),
            (Period::Month, Some(m)) if self.month == m => u64::from(self.month_points),
            (Period::All, _) => self.points,
            _ => 0,
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
    pub fn points(self, member: &Member<'_>) -> u64 {
        match self {
            Scope::Server => member.score.points,
            Scope::Channel(c) => member.channel_points(c),
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

/// A member in a table: who, their name, their row, and the points the table counts.
type Row<'a> = (UserId, &'a str, &'a MemberScore, u64);

/// The members a table of `period` number `id` in `scope` lists, in no order.
fn rows<'a>(board: &'a Scoreboard, scope: Scope, period: Period, id: Option<u32>) -> Vec<Row<'a>> {
    let all_time = period == Period::All;
    board
        .members()
        .map(|m| {
            let points = match scope {
                Scope::Server => m.score.points_in(period, id),
                Scope::Channel(_) => scope.points(&m),
            };
            (m.user, m.name, m.score, points)
        })
        .filter(|(_, _, s, p)| *p > 0 || (all_time && scope == Scope::Server && s.answered > 0))
        .collect()
}

/// Best first: by points, then right answers, then the member who got there with fewer
/// answers, then user id, so the order never flickers.
fn order(a: &Row<'_>, b: &Row<'_>) -> Ordering {
    b.3.cmp(&a.3)
        .then(b.2.correct.cmp(&a.2.correct))
        .then(a.2.answered.cmp(&b.2.answered))
        .then(a.0.cmp(&b.0))
}

fn standing(rank: usize, (user, name, s, points): Row<'_>) -> Standing {
    Standing {
        rank,
        user,
        name: name.to_owned(),
        points,
        correct: s.correct,
        answered: s.answered,
    }
}

/// Places `from..to` of `rows` in order (from 0), found without ordering the rest: a page
/// costs a pass over the members, not a sort of them.
fn window<'a>(mut rows: Vec<Row<'a>>, from: usize, to: usize) -> Vec<Standing> {
    let to = to.min(rows.len());
    if from >= to {
        return Vec::new();
    }
    if to < rows.len() {
        rows.select_nth_unstable_by(to, order);
        rows.truncate(to);
    }
    if from > 0 {
        rows.select_nth_unstable_by(from, order);
    }
    let mut page = rows.split_off(from);
    page.sort_unstable_by(order);
    page.into_iter()
        .enumerate()
        .map(|(i, row)| standing(from + i + 1, row))
        .collect()
}

/// The first `n` of `period` number `id`'s table in `scope`.
pub fn top(
    board: &Scoreboard,
    scope: Scope,
    period: Period,
    id: Option<u32>,
    n: usize,
) -> Vec<Standing> {
    window(rows(board, scope, period, id), 0, n)
}

/// `user`'s rank (from 1) in `period` number `id`'s server table, and how many it lists.
fn rank_of(
    board: &Scoreboard,
    user: UserId,
    period: Period,
    id: Option<u32>,
) -> (Option<usize>, usize) {
    let rows = rows(board, Scope::Server, period, id);
    let rank = rows.iter().find(|r| r.0 == user).map(|me| {
        1 + rows
            .iter()
            .filter(|r| order(r, me) == Ordering::Less)
            .count()
    });
    (rank, rows.len())
}

/// Every member of the table, in order: for tests, which compare whole tables.
#[cfg(test)]
pub fn standings(board: &Scoreboard, scope: Scope) -> Vec<Standing> {
    top(board, scope, Period::All, None, usize::MAX)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// From 1.
    pub page: usize,
    pub pages: usize,
    pub rows: Vec<Standing>,
    /// For a week's or month's table: the period before's top three.
    pub previous: Option<Winners>,
}

/// Page `page` (from 1) of `period` number `id`'s table in `scope`, called `scope_name` in
/// what the user is told.
pub fn page(
    board: &Scoreboard,
    scope: Scope,
    period: Period,
    id: Option<u32>,
    page: usize,
    scope_name: &'static str,
) -> Result<Page, UserError> {
    let rows = rows(board, scope, period, id);
    if rows.is_empty() {
        return Err(UserError::EmptyLeaderboard(scope_name));
    }
    let pages = rows.len().div_ceil(PAGE_SIZE);
    if page == 0 || page > pages {
        return Err(UserError::NoSuchPage(pages));
    }
    let from = (page - 1) * PAGE_SIZE;
    Ok(Page {
        page,
        pages,
        rows: window(rows, from, from + PAGE_SIZE),
        previous: None,
    })
}

/// What `/score` shows.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreCard {
    pub score: MemberScore,
    pub rank: usize,
    pub of: usize,
    /// Weakest topic first.
    pub topics: Vec<(String, Tally)>,
    /// Points this week and this month, with the rank among those who scored in it.
    pub week: (u64, Option<usize>),
    pub month: (u64, Option<usize>),
    /// Points per day of the last [`DAYS_KEPT`] days, today last.
    pub days: Vec<u32>,
}

/// `user`'s card in `board`, with the week and month of `now`.
pub fn score_card(board: &Scoreboard, user: UserId, now: Periods) -> Option<ScoreCard> {
    let member = board.member(user).filter(|m| m.score.answered > 0)?;
    let (rank, of) = rank_of(board, user, Period::All, None);
    let rank = rank?;
    let in_period = |period: Period| {
        let id = now.of(period);
        let (rank, _) = rank_of(board, user, period, id);
        (member.score.points_in(period, id), rank)
    };
    let mut topics: Vec<(String, Tally)> =
        member.topics().map(|(t, n)| (t.to_owned(), n)).collect();
    topics.sort_by(|a, b| {
        a.1.accuracy()
            .total_cmp(&b.1.accuracy())
            .then(b.1.answered.cmp(&a.1.answered))
            .then(a.0.cmp(&b.0))
    });
    Some(ScoreCard {
        score: member.score.clone(),
        rank,
        of,
        topics,
        week: in_period(Period::Week),
        month: in_period(Period::Month),
        days: member.score.recent_days(now.day),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const C1: ChannelId = ChannelId(1);
    const C2: ChannelId = ChannelId(2);

    fn play(
        board: &mut Scoreboard,
        user: u64,
        name: &str,
        answers: &[(ChannelId, &str, bool, u32)],
    ) {
        for &(channel, topic, right, points) in answers {
            board.record(
                UserId(user),
                name,
                Scored {
                    channel,
                    topic,
                    right,
                    points,
                },
            );
        }
    }

    #[test]
    fn streaks_grow_with_right_answers_and_break_on_a_wrong_one() {
        let mut board = Scoreboard::default();
        play(
            &mut board,
            1,
            "a",
            &[
                (C1, "t", true, 10),
                (C1, "t", true, 12),
                (C1, "t", true, 10),
                (C1, "u", false, 0),
                (C2, "u", true, 10),
            ],
        );
        let m = board.member(UserId(1)).unwrap();
        let s = m.score;
        assert_eq!((s.points, s.answered, s.correct), (42, 5, 4));
        assert_eq!((s.streak, s.best_streak), (1, 3));
        assert_eq!(m.channel_points(C1), 32);
        assert_eq!(m.channel_points(C2), 10);
        assert_eq!(m.channel_points(ChannelId(3)), 0);
        let topics: Vec<_> = m.topics().collect();
        assert_eq!(
            topics,
            [
                (
                    "t",
                    Tally {
                        answered: 3,
                        correct: 3
                    }
                ),
                (
                    "u",
                    Tally {
                        answered: 2,
                        correct: 1
                    }
                )
            ]
        );
    }

    fn members() -> Scoreboard {
        let mut m = Scoreboard::default();
        play(&mut m, 5, "e", &[(C1, "t", true, 10)]);
        play(&mut m, 4, "d", &[(C1, "t", true, 10)]);
        play(&mut m, 3, "c", &[(C2, "t", true, 12), (C2, "t", true, 10)]);
        play(&mut m, 2, "b", &[(C1, "t", false, 0), (C1, "t", true, 10)]);
        play(&mut m, 1, "a", &[(C1, "t", false, 0)]);
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
    fn points_per_day_keep_the_last_thirty_days_only() {
        let on = |day| Periods {
            day,
            ..Periods::default()
        };
        let mut s = MemberScore::default();
        s.record_period(on(100), 10);
        s.record_period(on(100), 12);
        s.record_period(on(100), 0);
        s.record_period(on(110), 10);
        assert_eq!(s.days, [(100, 22), (110, 10)]);
        let days = s.recent_days(110);
        assert_eq!((days.len(), days[19], days[29]), (30, 22, 10));
        assert_eq!(days.iter().sum::<u32>(), 32);
        s.record_period(on(130), 10);
        assert_eq!(
            s.days,
            [(110, 10), (130, 10)],
            "day 100 is over thirty days ago"
        );
        assert_eq!(s.recent_days(200), [0; 30]);
        assert_eq!(
            MemberScore::default().days.capacity(),
            0,
            "no points, no memory"
        );
    }

    /// A page picked out without sorting every member is the same page as a full sort gives,
    /// ties included, and so is a member's rank.
    #[test]
    fn every_page_and_rank_is_the_full_tables() {
        let mut m = Scoreboard::default();
        for i in 0..137u64 {
            // Many ties in points and in right answers: the order falls back to answers, then ids.
            let right = i % 4 != 0;
            play(
                &mut m,
                (i * 7919) % 1000,
                "x",
                &[(C1, "t", right, 10 * (i % 5) as u32)],
            );
            play(&mut m, (i * 7919) % 1000, "x", &[(C1, "t", i % 3 == 0, 0)]);
        }
        let all = standings(&m, Scope::Server);
        for n in 1..=all.len().div_ceil(PAGE_SIZE) {
            let p = page(&m, Scope::Server, Period::All, None, n, "server").unwrap();
            let from = (n - 1) * PAGE_SIZE;
            assert_eq!(
                p.rows,
                all[from..(from + PAGE_SIZE).min(all.len())],
                "page {n}"
            );
        }
        for s in &all {
            assert_eq!(
                rank_of(&m, s.user, Period::All, None),
                (Some(s.rank), all.len())
            );
        }
    }

    #[test]
    fn pages_of_ten() {
        let mut m = Scoreboard::default();
        for i in 0..23u64 {
            play(&mut m, i, "x", &[(C1, "t", true, 10 + i as u32)]);
        }
        let p = page(&m, Scope::Server, Period::All, None, 3, "server").unwrap();
        assert_eq!((p.page, p.pages, p.rows.len()), (3, 3, 3));
        assert_eq!(p.rows[0].rank, 21);
        assert_eq!(p.rows[0].user, UserId(2));
        assert_eq!(
            page(&m, Scope::Server, Period::All, None, 4, "server"),
            Err(UserError::NoSuchPage(3))
        );
        assert_eq!(
            page(&m, Scope::Server, Period::All, None, 0, "server"),
            Err(UserError::NoSuchPage(3))
        );
        assert_eq!(
            page(&m, Scope::Channel(C2), Period::All, None, 1, "channel"),
            Err(UserError::EmptyLeaderboard("channel"))
        );
    }

    #[test]
    fn score_card_ranks_and_lists_weakest_topic_first() {
        let mut m = members();
        play(
            &mut m,
            9,
            "i",
            &[
                (C1, "good", true, 10),
                (C1, "bad", false, 0),
                (C1, "mid", true, 10),
                (C1, "mid", false, 0),
            ],
        );
        let card = score_card(&m, UserId(9), Periods::default()).unwrap();
        assert_eq!((card.rank, card.of), (2, 6));
        let topics: Vec<&str> = card.topics.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(topics, ["bad", "mid", "good"]);
        assert_eq!(score_card(&m, UserId(77), Periods::default()), None);
    }
}
