//! Members' scores in a server: points (in total and per channel), streaks, topic accuracy,
//! and the leaderboards and score cards built from them.

use chrono::NaiveDate;
use compact_str::CompactString;
use serde::de::Deserializer;
use serde::ser::{SerializeTuple, Serializer};
use serde::{Deserialize, Serialize};

use crate::error::UserError;
use crate::ids::{ChannelId, IdMap, UserId};

pub const PAGE_SIZE: usize = 10;

/// A server's scores: a row per member, and the channels and topics those rows name by
/// position, so a row stores two bytes instead of a channel id or a topic's name.
///
/// Rows are kept small on purpose (about 170 bytes with their map entry; issue 9 budgets 200):
/// a bot in ten thousand servers of a hundred members holds a million of them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoreboard {
    #[serde(default)]
    channels: Vec<ChannelId>,
    #[serde(default)]
    topics: Vec<String>,
    #[serde(default)]
    members: IdMap<UserId, MemberScore>,
}

/// One answer, as a member's row counts it.
#[derive(Debug, Clone, Copy)]
pub struct Scored<'a> {
    pub channel: ChannelId,
    pub topic: &'a str,
    pub right: bool,
    pub points: u32,
}

impl Scoreboard {
    pub fn member(&self, user: UserId) -> Option<&MemberScore> {
        self.members.get(&user)
    }

    /// A row's counters to change; its channels and topics change only through
    /// [`Scoreboard::record`].
    pub fn member_mut(&mut self, user: UserId) -> Option<&mut MemberScore> {
        self.members.get_mut(&user)
    }

    pub fn members(&self) -> impl Iterator<Item = (UserId, &MemberScore)> {
        self.members.iter().map(|(u, m)| (*u, m))
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Counts `answer` for `user`, shown as `name`; returns the row, for the daily streak.
    pub fn record(&mut self, user: UserId, name: &str, answer: Scored<'_>) -> &mut MemberScore {
        let channel = (answer.points > 0)
            .then(|| position(&mut self.channels, &answer.channel, || answer.channel))
            .flatten();
        let topic = position(&mut self.topics, answer.topic, || answer.topic.to_owned());
        let row = self.members.entry(user).or_default();
        if row.name != name {
            row.name = CompactString::from(name);
        }
        row.record(channel, topic, answer.right, answer.points);
        row
    }

    /// Adds (or replaces) a whole row: for rows read from elsewhere, such as an older snapshot.
    pub fn insert<'a>(
        &mut self,
        user: UserId,
        mut row: MemberScore,
        channels: impl IntoIterator<Item = (ChannelId, u64)>,
        topics: impl IntoIterator<Item = (&'a str, Tally)>,
    ) {
        let mut stats = Vec::new();
        for (channel, points) in channels {
            if let Some(at) = position(&mut self.channels, &channel, || channel) {
                stats.push(Stat::Channel {
                    at,
                    points: u32::try_from(points).unwrap_or(u32::MAX),
                });
            }
        }
        for (topic, tally) in topics {
            if let Some(at) = position(&mut self.topics, topic, || topic.to_owned()) {
                stats.push(Stat::Topic { at, tally });
            }
        }
        stats.sort_unstable_by_key(Stat::key);
        stats.dedup_by_key(|s| s.key());
        row.stats = stats.into_boxed_slice();
        self.members.insert(user, row);
    }

    /// The points `score` earned in `channel`.
    pub fn channel_points(&self, score: &MemberScore, channel: ChannelId) -> u64 {
        let Some(at) = self.channels.iter().position(|c| *c == channel) else {
            return 0;
        };
        score
            .stats
            .iter()
            .find_map(|s| match *s {
                Stat::Channel { at: a, points } if usize::from(a) == at => Some(u64::from(points)),
                _ => None,
            })
            .unwrap_or(0)
    }

    /// The points `score` earned in each channel where it earned any.
    pub fn channels_of<'a>(
        &'a self,
        score: &'a MemberScore,
    ) -> impl Iterator<Item = (ChannelId, u64)> + 'a {
        score.stats.iter().filter_map(|s| match *s {
            Stat::Channel { at, points } => self
                .channels
                .get(usize::from(at))
                .map(|c| (*c, u64::from(points))),
            Stat::Topic { .. } => None,
        })
    }

    /// `score`'s tally in each topic it has answered.
    pub fn topics_of<'a>(
        &'a self,
        score: &'a MemberScore,
    ) -> impl Iterator<Item = (&'a str, Tally)> + 'a {
        score.stats.iter().filter_map(|s| match *s {
            Stat::Topic { at, tally } => self
                .topics
                .get(usize::from(at))
                .map(|t| (t.as_str(), tally)),
            Stat::Channel { .. } => None,
        })
    }

    /// Every topic some member has answered.
    pub fn topics(&self) -> impl Iterator<Item = &str> {
        self.topics.iter().map(String::as_str)
    }

    /// Whether a snapshot's copy holds together: every position names an entry of its table,
    /// once per row, and no table names a channel or topic twice.
    pub fn check(&self) -> Result<(), String> {
        if let Some(c) = repeated(&self.channels) {
            return Err(format!("channel {c} is listed twice"));
        }
        if let Some(t) = repeated(&self.topics) {
            return Err(format!("topic {t:?} is listed twice"));
        }
        let mut members: Vec<_> = self.members.iter().collect();
        members.sort_unstable_by_key(|(u, _)| **u);
        for (user, row) in members {
            let in_order = row.stats.windows(2).all(|w| w[0].key() < w[1].key());
            let known = row.stats.iter().all(|s| {
                let (kind, at) = s.key();
                let len = [self.channels.len(), self.topics.len()][usize::from(kind)];
                usize::from(at) < len
            });
            if !in_order || !known {
                return Err(format!(
                    "the score of member {user} names a channel or topic that is not there, or names one twice"
                ));
            }
        }
        Ok(())
    }
}

/// Where `key` is in `table`, added at the end if new; `None` once a table is full, which
/// would take 65,536 channels or topics in one server.
fn position<T, K>(table: &mut Vec<T>, key: &K, owned: impl FnOnce() -> T) -> Option<u16>
where
    T: std::borrow::Borrow<K>,
    K: PartialEq + ?Sized,
{
    match table.iter().position(|t| t.borrow() == key) {
        Some(at) => u16::try_from(at).ok(),
        None => {
            let at = u16::try_from(table.len()).ok()?;
            table.push(owned());
            Some(at)
        }
    }
}

fn repeated<T: PartialEq>(table: &[T]) -> Option<&T> {
    table
        .iter()
        .enumerate()
        .find(|(i, t)| table[..*i].contains(t))
        .map(|(_, t)| t)
}

/// A member's row in one server. Per-channel points and topic tallies sit in one small slice
/// of [`Stat`]s that [`Scoreboard`] reads; names up to 24 bytes are stored inline.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
    stats: Box<[Stat]>,
}

/// Twelve bytes: a channel's points (a `u32` holds four billion of them) or a topic's tally,
/// each naming its channel or topic by position in the [`Scoreboard`]. A row keeps them in
/// [`Stat::key`] order, so equal rows compare equal and each key appears once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stat {
    Channel { at: u16, points: u32 },
    Topic { at: u16, tally: Tally },
}

impl Stat {
    /// Channels first, then topics, each by position.
    fn key(&self) -> (u8, u16) {
        match *self {
            Stat::Channel { at, .. } => (0, at),
            Stat::Topic { at, .. } => (1, at),
        }
    }
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
    pub fn named(name: &str) -> MemberScore {
        MemberScore {
            name: CompactString::from(name),
            ..MemberScore::default()
        }
    }

    /// An answer, its channel and topic given by position (`None`: not kept, see
    /// [`position`]).
    fn record(&mut self, channel: Option<u16>, topic: Option<u16>, right: bool, points: u32) {
        self.answered += 1;
        if right {
            self.correct += 1;
            self.streak += 1;
            self.best_streak = self.best_streak.max(self.streak);
        } else {
            self.streak = 0;
        }
        if let Some(topic) = topic {
            let tally = self.stat(Stat::Topic {
                at: topic,
                tally: Tally::default(),
            });
            if let Stat::Topic { tally, .. } = tally {
                tally.answered += 1;
                tally.correct += u32::from(right);
            }
        }
        if points > 0 {
            self.points += u64::from(points);
            if let Some(channel) = channel {
                let stat = self.stat(Stat::Channel {
                    at: channel,
                    points: 0,
                });
                if let Stat::Channel { points: p, .. } = stat {
                    *p = p.saturating_add(points);
                }
            }
        }
    }

    /// The stat with `new`'s key, added as `new` if missing.
    fn stat(&mut self, new: Stat) -> &mut Stat {
        let at = match self.stats.binary_search_by_key(&new.key(), Stat::key) {
            Ok(at) => at,
            Err(at) => {
                let mut stats = std::mem::take(&mut self.stats).into_vec();
                stats.insert(at, new);
                self.stats = stats.into_boxed_slice();
                at
            }
        };
        &mut self.stats[at]
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

/// In a snapshot a row is an array, not an object: field names written a million times
/// would be most of the file. `[name, points, answered, correct, streak, best_streak,
/// daily_streak, best_daily_streak, last_daily_right, [[channel, points]..], [[topic,
/// answered, correct]..]]`, channels and topics by position in the server's tables.
impl Serialize for MemberScore {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        struct Channels<'a>(&'a [Stat]);
        impl Serialize for Channels<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.0.iter().filter_map(|st| match *st {
                    Stat::Channel { at, points } => Some((at, points)),
                    Stat::Topic { .. } => None,
                }))
            }
        }
        struct Topics<'a>(&'a [Stat]);
        impl Serialize for Topics<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.0.iter().filter_map(|st| match *st {
                    Stat::Topic { at, tally } => Some((at, tally.answered, tally.correct)),
                    Stat::Channel { .. } => None,
                }))
            }
        }
        let mut row = serializer.serialize_tuple(11)?;
        row.serialize_element(self.name.as_str())?;
        row.serialize_element(&self.points)?;
        row.serialize_element(&self.answered)?;
        row.serialize_element(&self.correct)?;
        row.serialize_element(&self.streak)?;
        row.serialize_element(&self.best_streak)?;
        row.serialize_element(&self.daily_streak)?;
        row.serialize_element(&self.best_daily_streak)?;
        row.serialize_element(&self.last_daily_right)?;
        row.serialize_element(&Channels(&self.stats))?;
        row.serialize_element(&Topics(&self.stats))?;
        row.end()
    }
}

impl<'de> Deserialize<'de> for MemberScore {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        type Row = (
            CompactString,
            u64,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            Option<NaiveDate>,
            Vec<(u16, u32)>,
            Vec<(u16, u32, u32)>,
        );
        let (
            name,
            points,
            answered,
            correct,
            streak,
            best_streak,
            daily,
            best_daily,
            last,
            channels,
            topics,
        ): Row = Deserialize::deserialize(deserializer)?;
        let stats = channels
            .into_iter()
            .map(|(at, points)| Stat::Channel { at, points })
            .chain(
                topics
                    .into_iter()
                    .map(|(at, answered, correct)| Stat::Topic {
                        at,
                        tally: Tally { answered, correct },
                    }),
            )
            .collect();
        Ok(MemberScore {
            name,
            points,
            answered,
            correct,
            streak,
            best_streak,
            daily_streak: daily,
            best_daily_streak: best_daily,
            last_daily_right: last,
            stats,
        })
    }
}

/// Whose points a leaderboard counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Server,
    Channel(ChannelId),
}

impl Scope {
    pub fn points(self, board: &Scoreboard, score: &MemberScore) -> u64 {
        match self {
            Scope::Server => score.points,
            Scope::Channel(c) => board.channel_points(score, c),
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
pub fn standings(board: &Scoreboard, scope: Scope) -> Vec<Standing> {
    let mut rows: Vec<(UserId, &MemberScore, u64)> = board
        .members()
        .map(|(u, s)| (u, s, scope.points(board, s)))
        .filter(|(_, s, p)| *p > 0 || (scope == Scope::Server && s.answered > 0))
        .collect();
    rows.sort_unstable_by(|a, b| {
        b.2.cmp(&a.2)
            .then(b.1.correct.cmp(&a.1.correct))
            .then(a.1.answered.cmp(&b.1.answered))
            .then(a.0.cmp(&b.0))
    });
    rows.into_iter()
        .enumerate()
        .map(|(i, (user, s, points))| Standing {
            rank: i + 1,
            user,
            name: s.name.to_string(),
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

pub fn score_card(board: &Scoreboard, user: UserId) -> Option<ScoreCard> {
    let score = board.member(user).filter(|s| s.answered > 0)?;
    let all = standings(board, Scope::Server);
    let rank = all.iter().find(|s| s.user == user)?.rank;
    let mut topics: Vec<(String, Tally)> = board
        .topics_of(score)
        .map(|(t, n)| (t.to_owned(), n))
        .collect();
    topics.sort_by(|a, b| {
        a.1.accuracy()
            .total_cmp(&b.1.accuracy())
            .then(b.1.answered.cmp(&a.1.answered))
            .then(a.0.cmp(&b.0))
    });
    Some(ScoreCard {
        score: score.clone(),
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
        let s = board.member(UserId(1)).unwrap();
        assert_eq!((s.points, s.answered, s.correct), (42, 5, 4));
        assert_eq!((s.streak, s.best_streak), (1, 3));
        assert_eq!(board.channel_points(s, C1), 32);
        assert_eq!(board.channel_points(s, C2), 10);
        assert_eq!(board.channel_points(s, ChannelId(3)), 0);
        let topics: Vec<_> = board.topics_of(s).collect();
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
    fn pages_of_ten() {
        let mut m = Scoreboard::default();
        for i in 0..23u64 {
            play(&mut m, i, "x", &[(C1, "t", true, 10 + i as u32)]);
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
        let card = score_card(&m, UserId(9)).unwrap();
        assert_eq!((card.rank, card.of), (2, 6));
        let topics: Vec<&str> = card.topics.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(topics, ["bad", "mid", "good"]);
        assert_eq!(score_card(&m, UserId(77)), None);
    }

    #[test]
    fn a_row_is_small_and_a_snapshot_row_round_trips() {
        assert_eq!(std::mem::size_of::<Stat>(), 12);
        assert!(std::mem::size_of::<MemberScore>() <= 80);
        let mut board = members();
        board.member_mut(UserId(3)).unwrap().last_daily_right = NaiveDate::from_ymd_opt(2026, 3, 1);
        let json = serde_json::to_string(&board).unwrap();
        assert!(
            json.contains(r#""3":["c",22,2,2,2,2,0,0,"2026-03-01",[[1,22]],[[0,2,2]]]"#),
            "{json}"
        );
        let back: Scoreboard = serde_json::from_str(&json).unwrap();
        assert_eq!(back, board);
        back.check().unwrap();
    }

    #[test]
    fn check_refuses_positions_outside_the_tables_and_repeats() {
        for bad in [
            r#"{"channels":[1],"topics":["t"],"members":{"1":["a",1,1,1,1,1,0,0,null,[[1,1]],[]]}}"#,
            r#"{"channels":[1],"topics":["t"],"members":{"1":["a",1,1,1,1,1,0,0,null,[],[[0,1,1],[0,1,1]]]}}"#,
            r#"{"channels":[1,1],"topics":[],"members":{}}"#,
        ] {
            let board: Scoreboard = serde_json::from_str(bad).unwrap();
            assert!(board.check().is_err(), "{bad}");
        }
    }
}
