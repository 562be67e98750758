//! A server's score table: one row per member, each naming its channels and topics by
//! position in the server's two small tables, so a row stays a few numbers long.
//!
//! In a snapshot: `{"channels": [..], "topics": [..], "members": {user: row}}`, a row being
//! an array of [`MemberScore`]'s fields in their order (field names written a million times
//! would be most of the file). A field added at the end with `#[serde(default)]` is read as
//! its default from older files.

use std::collections::HashMap;
use std::sync::Arc;

use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use super::{MemberScore, Tally};
use crate::ids::{ChannelId, UserId};

/// Rows sit behind an `Arc` each, one block apiece (see [`MemberScore`]): a snapshot's copy
/// of the server shares them, and an answer while it is written copies the one row it
/// changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoreboard {
    #[serde(default)]
    channels: Vec<ChannelId>,
    #[serde(default)]
    topics: Vec<String>,
    #[serde(default)]
    members: HashMap<UserId, Arc<MemberScore>>,
}

/// One answer, as a member's row counts it.
#[derive(Debug, Clone, Copy)]
pub struct Scored<'a> {
    pub channel: ChannelId,
    pub topic: &'a str,
    pub right: bool,
    pub points: u32,
}

/// A member's row, read with the server's tables.
#[derive(Debug, Clone, Copy)]
pub struct Member<'a> {
    pub user: UserId,
    /// Display name when last seen, for leaderboards and exports.
    pub name: &'a str,
    pub score: &'a MemberScore,
    board: &'a Scoreboard,
}

impl<'a> Member<'a> {
    /// The points earned in `channel`.
    pub fn channel_points(&self, channel: ChannelId) -> u64 {
        self.channels()
            .find(|(c, _)| *c == channel)
            .map_or(0, |(_, points)| points)
    }

    /// The points earned in each channel where the member earned any.
    pub fn channels(&self) -> impl Iterator<Item = (ChannelId, u64)> + 'a {
        let channels = &self.board.channels;
        self.score.channels.iter().filter_map(move |&(at, points)| {
            Some((*channels.get(usize::from(at))?, u64::from(points)))
        })
    }

    /// The tally in each topic the member has answered.
    pub fn topics(&self) -> impl Iterator<Item = (&'a str, Tally)> + 'a {
        let topics = &self.board.topics;
        self.score
            .topics
            .iter()
            .filter_map(move |&(at, answered, correct)| {
                let topic = topics.get(usize::from(at))?;
                Some((topic.as_str(), Tally { answered, correct }))
            })
    }
}

/// Where `item` is in `table`, added at the end if new; `None` once a table is full, which
/// would take 65,536 channels or topics in one server.
fn position<T: PartialEq<K>, K: ?Sized>(
    table: &mut Vec<T>,
    item: &K,
    owned: impl FnOnce() -> T,
) -> Option<u16> {
    let at = match table.iter().position(|t| t == item) {
        Some(at) => at,
        None => {
            table.push(owned());
            table.len() - 1
        }
    };
    u16::try_from(at).ok()
}

impl Scoreboard {
    fn view<'a>(&'a self, user: UserId, score: &'a MemberScore) -> Member<'a> {
        Member {
            user,
            name: &score.name,
            score,
            board: self,
        }
    }

    pub fn member(&self, user: UserId) -> Option<Member<'_>> {
        self.members.get(&user).map(|s| self.view(user, s))
    }

    pub fn members(&self) -> impl Iterator<Item = Member<'_>> {
        self.members.iter().map(|(u, s)| self.view(*u, s))
    }

    /// A row's counters to change; its channels and topics change only through
    /// [`Scoreboard::record`].
    pub fn member_mut(&mut self, user: UserId) -> Option<&mut MemberScore> {
        self.members.get_mut(&user).map(Arc::make_mut)
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Every topic some member has answered.
    pub fn topics(&self) -> impl Iterator<Item = &str> {
        self.topics.iter().map(String::as_str)
    }

    /// Counts `answer` for `user`, shown as `name`; returns the row, for the daily streak.
    pub fn record(&mut self, user: UserId, name: &str, answer: Scored<'_>) -> &mut MemberScore {
        let channel = (answer.points > 0)
            .then(|| position(&mut self.channels, &answer.channel, || answer.channel))
            .flatten();
        let topic = position(&mut self.topics, answer.topic, || answer.topic.to_owned());
        let row = Arc::make_mut(self.members.entry(user).or_default());
        if row.name != name {
            row.name = CompactString::from(name);
        }
        row.count(answer.right, answer.points);
        if let Some(at) = channel {
            match row.channels.iter_mut().find(|(c, _)| *c == at) {
                Some((_, points)) => *points = points.saturating_add(answer.points),
                None => row.channels.push((at, answer.points)),
            }
        }
        if let Some(at) = topic {
            let right = u32::from(answer.right);
            match row.topics.iter_mut().find(|(t, ..)| *t == at) {
                Some((_, answered, correct)) => {
                    *answered += 1;
                    *correct += right;
                }
                None => row.topics.push((at, 1, right)),
            }
        }
        row
    }

    /// Adds (or replaces) a whole row: for rows read from elsewhere, such as an older snapshot.
    pub fn insert<'a>(
        &mut self,
        user: UserId,
        mut score: MemberScore,
        channels: impl IntoIterator<Item = (ChannelId, u64)>,
        topics: impl IntoIterator<Item = (&'a str, Tally)>,
    ) {
        score.channels.clear();
        score.topics.clear();
        for (channel, points) in channels {
            if let Some(at) = position(&mut self.channels, &channel, || channel) {
                let points = u32::try_from(points).unwrap_or(u32::MAX);
                score.channels.push((at, points));
            }
        }
        for (topic, tally) in topics {
            if let Some(at) = position(&mut self.topics, topic, || topic.to_owned()) {
                score.topics.push((at, tally.answered, tally.correct));
            }
        }
        self.members.insert(user, Arc::new(score));
    }

    /// Whether a snapshot's copy holds together: every position names an entry of its table,
    /// each at most once per row, and no table names a channel or topic twice.
    pub fn check(&self) -> Result<(), String> {
        if let Some(c) = repeated(&self.channels) {
            return Err(format!("channel {c} is listed twice"));
        }
        if let Some(t) = repeated(&self.topics) {
            return Err(format!("topic {t:?} is listed twice"));
        }
        let mut members: Vec<_> = self.members.iter().collect();
        members.sort_unstable_by_key(|(user, _)| **user);
        for (user, row) in members {
            let channels: Vec<u16> = row.channels.iter().map(|(at, _)| *at).collect();
            let topics: Vec<u16> = row.topics.iter().map(|(at, ..)| *at).collect();
            let known = |ats: &[u16], len: usize| {
                ats.iter().all(|&at| usize::from(at) < len) && repeated(ats).is_none()
            };
            if !known(&channels, self.channels.len()) || !known(&topics, self.topics.len()) {
                return Err(format!(
                    "the score of member {user} names a channel or topic that is not there, or names one twice"
                ));
            }
        }
        Ok(())
    }
}

fn repeated<T: PartialEq>(table: &[T]) -> Option<&T> {
    table
        .iter()
        .enumerate()
        .find(|(i, t)| table[..*i].contains(t))
        .map(|(_, t)| t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    const C1: ChannelId = ChannelId(1);

    fn answer(topic: &str, right: bool, points: u32) -> Scored<'_> {
        Scored {
            channel: C1,
            topic,
            right,
            points,
        }
    }

    #[test]
    fn answers_count_in_their_own_topic_whatever_topic_came_before() {
        let mut board = Scoreboard::default();
        let (ana, bo) = (UserId(1), UserId(2));
        board.record(ana, "ana", answer("io", true, 10));
        board.record(ana, "ana", answer("tasks", false, 0));
        board.record(ana, "ana", answer("tasks", true, 10));
        board.record(bo, "bo", answer("io", false, 0));
        board.record(ana, "ana", answer("io", false, 0));
        board.record(bo, "bo", answer("loops", true, 10));
        let tally = |answered, correct| Tally { answered, correct };
        let topics = |user| board.member(user).unwrap().topics().collect::<Vec<_>>();
        assert_eq!(topics(ana), [("io", tally(2, 1)), ("tasks", tally(2, 1))]);
        assert_eq!(topics(bo), [("io", tally(1, 0)), ("loops", tally(1, 1))]);
    }

    #[test]
    fn an_answer_while_a_copy_is_alive_leaves_the_copy_as_it_was() {
        let mut board = Scoreboard::default();
        for user in 0..100u64 {
            board.record(UserId(user), "m", answer("t", true, 10));
        }
        let copy = board.clone();
        board.record(UserId(7), "seven", answer("u", true, 10));
        let before = copy.member(UserId(7)).unwrap();
        assert_eq!((before.name, before.score.points), ("m", 10));
        assert_eq!(before.topics().count(), 1);
        let seven = board.member(UserId(7)).unwrap();
        assert_eq!((seven.name, seven.score.points), ("seven", 20));
        assert_eq!(seven.topics().count(), 2);
    }

    #[test]
    fn a_snapshot_row_is_an_array_and_round_trips() {
        let mut board = Scoreboard::default();
        board.record(UserId(5), "e", answer("t", true, 10));
        board.record(UserId(3), "c", answer("u", true, 12));
        board.record(UserId(3), "c", answer("t", false, 0));
        board.member_mut(UserId(3)).unwrap().last_daily_right = NaiveDate::from_ymd_opt(2026, 3, 1);
        let json = serde_json::to_string(&board).unwrap();
        assert!(
            json.contains(
                r#""3":["c",12,2,1,0,1,0,0,"2026-03-01",[[0,12]],[[1,1,1],[0,1,0]],0,0,0,0,[]]"#
            ),
            "{json}"
        );
        let back: Scoreboard = serde_json::from_str(&json).unwrap();
        assert_eq!(back, board);
        back.check().unwrap();
    }

    #[test]
    fn a_row_without_the_fields_added_later_reads_them_as_defaults() {
        let json = r#"{"channels":[9],"topics":["t"],"members":{"1":["a",10,1,1,1,1,0,0,null,[[0,10]],[[0,1,1]]]}}"#;
        let board: Scoreboard = serde_json::from_str(json).unwrap();
        let row = board.member(UserId(1)).unwrap();
        assert_eq!((row.name, row.score.points), ("a", 10));
        assert_eq!(row.channel_points(ChannelId(9)), 10);
        let short = r#"{"members":{"1":["a",10,1,1,1,1,0,0,null]}}"#;
        let board: Scoreboard = serde_json::from_str(short).unwrap();
        assert_eq!(board.member(UserId(1)).unwrap().topics().count(), 0);
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
