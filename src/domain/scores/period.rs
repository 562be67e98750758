//! Weekly and monthly tables: a member's points in the current week and month of their
//! server (weeks from Monday, months from the 1st, at midnight in the server's zone), and the
//! top three of the period before, kept when a new period starts.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::{top, Scope, Scoreboard};
use crate::ids::UserId;

/// Which points a table counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    All,
    Week,
    Month,
}

/// The day, week and month an instant falls in, in a server's zone, each as a number that
/// grows by one per period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Periods {
    pub week: u32,
    pub month: u32,
    /// Days since 1970-01-01.
    pub day: u32,
}

impl Periods {
    pub fn at(now: DateTime<Utc>, zone: Tz) -> Periods {
        let date = now.with_timezone(&zone).date_naive();
        // 1970-01-05 was a Monday: weeks are counted from it.
        let monday = NaiveDate::from_ymd_opt(1970, 1, 5).unwrap_or_default();
        let week = (date - monday).num_days().div_euclid(7);
        let month = i64::from(date.year()) * 12 + i64::from(date.month0());
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
        let day = (date - epoch).num_days();
        Periods {
            week: u32::try_from(week).unwrap_or(0),
            month: u32::try_from(month).unwrap_or(0),
            day: u32::try_from(day).unwrap_or(0),
        }
    }

    pub fn of(self, period: Period) -> Option<u32> {
        match period {
            Period::All => None,
            Period::Week => Some(self.week),
            Period::Month => Some(self.month),
        }
    }
}

/// A period's top three, as they stood when the next period began.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Winners {
    pub period: u32,
    pub top: Vec<(UserId, String, u64)>,
}

/// A server's view of one kind of period: the one its answers are in, and the winners of the
/// one before.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodTable {
    #[serde(default)]
    pub current: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Winners>,
}

impl PeriodTable {
    /// Moves on to period `now`, keeping the top three of the period that ends, read from
    /// `board` before any answer of the new period counts in it.
    pub fn roll(&mut self, now: u32, board: &Scoreboard, period: Period) {
        if self.current == now {
            return;
        }
        if let Some(ended) = winners(board, period, self.current) {
            self.previous = Some(ended);
        }
        self.current = now;
    }

    /// The winners of the period before `now`, while `now` is the period after it: kept when
    /// the period turned, or read from `board` when no answer has turned it yet.
    pub fn last(&self, now: u32, board: &Scoreboard, period: Period) -> Option<Winners> {
        if self.current.checked_add(1) == Some(now) {
            return winners(board, period, self.current);
        }
        self.previous
            .clone()
            .filter(|w| self.current == now && w.period.checked_add(1) == Some(now))
    }
}

/// The top three of `period` number `id`, if anyone scored in it.
fn winners(board: &Scoreboard, period: Period, id: u32) -> Option<Winners> {
    let top: Vec<(UserId, String, u64)> = top(board, Scope::Server, period, Some(id), 3)
        .into_iter()
        .map(|s| (s.user, s.name, s.points))
        .collect();
    (!top.is_empty()).then_some(Winners { period: id, top })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::ChannelId;
    use crate::scores::{standings, Scored};
    use chrono::TimeZone;

    /// `user` answers right for `points` in `week` (and a month of the same number).
    fn score(board: &mut Scoreboard, user: u64, points: u32, week: u32) {
        let now = Periods {
            week,
            month: week,
            day: 0,
        };
        let row = board.record(
            UserId(user),
            &format!("m{user}"),
            Scored {
                channel: ChannelId(1),
                topic: "t",
                right: true,
                points,
            },
        );
        row.record_period(now, points);
    }

    #[test]
    fn a_period_counts_its_own_points_and_keeps_the_last_ones_winners() {
        let mut board = Scoreboard::default();
        let mut weeks = PeriodTable::default();
        weeks.roll(10, &board, Period::Week);
        for (user, points) in [(1, 10), (2, 30), (3, 20), (4, 5)] {
            score(&mut board, user, points, 10);
        }
        let this_week = |board: &Scoreboard, id| {
            top(board, Scope::Server, Period::Week, Some(id), usize::MAX)
                .iter()
                .map(|s| (s.user.0, s.points))
                .collect::<Vec<_>>()
        };
        assert_eq!(this_week(&board, 10), [(2, 30), (3, 20), (1, 10), (4, 5)]);
        let all_before = standings(&board, Scope::Server);

        weeks.roll(11, &board, Period::Week);
        score(&mut board, 4, 12, 11);
        assert_eq!(
            this_week(&board, 11),
            [(4, 12)],
            "last week's points count as none"
        );
        let winners = weeks.last(11, &board, Period::Week).unwrap();
        assert_eq!(winners.period, 10);
        let top: Vec<(u64, u64)> = winners.top.iter().map(|(u, _, p)| (u.0, *p)).collect();
        assert_eq!(top, [(2, 30), (3, 20), (1, 10)]);
        assert_eq!(
            weeks.last(13, &board, Period::Week),
            None,
            "shown until the next week ends"
        );
        let all_after = standings(&board, Scope::Server);
        assert_eq!(all_after.len(), all_before.len());
        assert_eq!(
            board.member(UserId(4)).unwrap().score.points,
            17,
            "the all-time table counts everything"
        );
    }

    fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }

    #[test]
    fn weeks_start_on_monday_and_months_on_the_first_at_local_midnight() {
        let berlin: Tz = "Europe/Berlin".parse().unwrap();
        // Sunday 2026-03-29 22:30 UTC is Monday 00:30 in Berlin (summer time since 01:00 UTC).
        let sunday = Periods::at(at(2026, 3, 29, 21), berlin);
        let monday = Periods::at(
            Utc.with_ymd_and_hms(2026, 3, 29, 22, 30, 0).unwrap(),
            berlin,
        );
        assert_eq!(
            monday.week,
            sunday.week + 1,
            "the week turns at Berlin's midnight"
        );
        assert_eq!(Periods::at(at(2026, 3, 29, 22), Tz::UTC).week, sunday.week);
        // 2026-03-31 23:30 UTC is already April 1st in Berlin.
        let march = Periods::at(at(2026, 3, 31, 21), berlin);
        let april = Periods::at(
            Utc.with_ymd_and_hms(2026, 3, 31, 23, 30, 0).unwrap(),
            berlin,
        );
        assert_eq!(april.month, march.month + 1);
        // The turn of a year: December to January is one month on.
        let december = Periods::at(at(2026, 12, 31, 12), Tz::UTC);
        let january = Periods::at(at(2027, 1, 1, 12), Tz::UTC);
        assert_eq!(january.month, december.month + 1);
        // 2026-12-31 is a Thursday and 2027-01-04 a Monday.
        assert_eq!(Periods::at(at(2027, 1, 3, 12), Tz::UTC).week, december.week);
        assert_eq!(
            Periods::at(at(2027, 1, 4, 0), Tz::UTC).week,
            december.week + 1
        );
    }
}
