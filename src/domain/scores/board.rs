//! A server's score table, laid out for a million rows: each row names channels and topics by
//! position in the server's tables, and all rows' per-channel points and topic tallies live in
//! one vector (an arena), each row's in one run of it.
//!
//! Display names live in a second arena, a `String` of all of them.
//!
//! Why arenas: a snapshot shares servers with the live state, and the first answer in a
//! server while a snapshot holds it copies the server (`Arc::make_mut`). With a slice and a
//! name per row that copy was an allocation per member (about 30 µs for a hundred members,
//! measured); with the arenas rows are plain data and the copy is three copies of memory.

use std::io;
use std::sync::Arc;

use serde::de::Deserializer;
use serde::Deserialize;

use chrono::NaiveDate;

use super::{MemberScore, Tally};
use crate::cache;
use crate::ids::{self, ChannelId, IdMap, UserId};
use crate::json::Writer;

#[derive(Debug, Clone, Default)]
pub struct Scoreboard {
    channels: Vec<ChannelId>,
    /// Shared with the snapshot's copy until a topic is added: a copy of a server then takes
    /// no allocation per topic name.
    topics: Arc<Vec<String>>,
    /// Shared with the snapshot's copy, which therefore costs a pointer, not the rows.
    rows: Arc<Rows>,
    /// Rows changed while a copy held `rows`, each with its own name and stats: the first
    /// answer of a member during a snapshot copies that member's row, not the server's
    /// (issue 9 measured the server's copy at p50 28 µs for a hundred members, and it grows
    /// with the server). The first change after the copies are gone moves them back.
    changed: IdMap<UserId, Owned>,
    /// Where the topic last answered is in `topics`, looked at first: a question's answers
    /// come together, all in its topic, and a scan comparing topic names was about 90
    /// instructions of an answer's 1,660 (issue 9). Not part of the board's value.
    recent_topic: u16,
}

/// The rows, their stats and names in two arenas.
#[derive(Debug, Clone, Default)]
struct Rows {
    members: IdMap<UserId, Row>,
    /// Every row's stats, each row's in one run, in [`Stat::key`] order.
    stats: Vec<Stat>,
    /// Every row's display name, each in one run.
    names: String,
    /// Stats and name bytes left behind by runs that moved to the end to grow or change;
    /// reclaimed by [`Rows::compact`] once they are half of an arena.
    unused: usize,
    unused_names: usize,
}

/// A row out of the arenas, while a copy holds them.
#[derive(Debug, Clone, Default)]
struct Owned {
    score: MemberScore,
    name: String,
    /// In [`Stat::key`] order.
    stats: Vec<Stat>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Row {
    score: MemberScore,
    name: Run,
    run: Run,
}

/// Where a row's stats (or name) are in their arena.
#[derive(Debug, Clone, Copy, Default)]
struct Run {
    at: u32,
    len: u32,
}

impl Run {
    fn range(self) -> std::ops::Range<usize> {
        let at = self.at as usize;
        at..at + self.len as usize
    }
}

/// Twelve bytes: a channel's points (a `u32` holds four billion of them) or a topic's tally,
/// each naming its channel or topic by position in the [`Scoreboard`].
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

/// One answer, as a member's row counts it.
#[derive(Debug, Clone, Copy)]
pub struct Scored<'a> {
    pub channel: ChannelId,
    pub topic: &'a str,
    pub right: bool,
    pub points: u32,
}

/// An answer with its channel and topic found in the server's tables.
#[derive(Debug, Clone, Copy)]
struct Placed {
    channel: Option<u16>,
    topic: Option<u16>,
    right: bool,
    points: u32,
}

impl Placed {
    /// The stats the row must have for this answer, in key order.
    fn wanted(self) -> [Option<Stat>; 2] {
        [
            self.channel.map(|at| Stat::Channel { at, points: 0 }),
            self.topic.map(|at| Stat::Topic {
                at,
                tally: Tally::default(),
            }),
        ]
    }

    /// Counts the answer in a row's stats (which have what [`Placed::wanted`] names).
    fn add_to(self, stats: &mut [Stat]) {
        for stat in stats {
            match stat {
                Stat::Channel { at, points } if Some(*at) == self.channel => {
                    *points = points.saturating_add(self.points);
                }
                Stat::Topic { at, tally } if Some(*at) == self.topic => {
                    tally.answered += 1;
                    tally.correct += u32::from(self.right);
                }
                _ => {}
            }
        }
    }
}

/// A member's row, read with the server's tables.
#[derive(Debug, Clone, Copy)]
pub struct Member<'a> {
    pub user: UserId,
    /// Display name when last seen, for leaderboards and exports.
    pub name: &'a str,
    pub score: &'a MemberScore,
    board: &'a Scoreboard,
    stats: &'a [Stat],
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
        let (board, stats): (&'a Scoreboard, &'a [Stat]) = (self.board, self.stats);
        let channels = &board.channels;
        stats.iter().filter_map(move |s| match *s {
            Stat::Channel { at, points } => channels
                .get(usize::from(at))
                .map(|c| (*c, u64::from(points))),
            Stat::Topic { .. } => None,
        })
    }

    /// The tally in each topic the member has answered.
    pub fn topics(&self) -> impl Iterator<Item = (&'a str, Tally)> + 'a {
        let (board, stats): (&'a Scoreboard, &'a [Stat]) = (self.board, self.stats);
        let topics = &board.topics;
        stats.iter().filter_map(move |s| match *s {
            Stat::Topic { at, tally } => topics.get(usize::from(at)).map(|t| (t.as_str(), tally)),
            Stat::Channel { .. } => None,
        })
    }
}

impl Scoreboard {
    fn view<'a>(&'a self, user: UserId, row: &'a Row) -> Member<'a> {
        Member {
            user,
            name: self.rows.names.get(row.name.range()).unwrap_or_default(),
            score: &row.score,
            board: self,
            stats: self.rows.stats.get(row.run.range()).unwrap_or_default(),
        }
    }

    fn view_owned<'a>(&'a self, user: UserId, row: &'a Owned) -> Member<'a> {
        Member {
            user,
            name: &row.name,
            score: &row.score,
            board: self,
            stats: &row.stats,
        }
    }

    pub fn member(&self, user: UserId) -> Option<Member<'_>> {
        match self.changed.get(&user) {
            Some(row) => Some(self.view_owned(user, row)),
            None => self.rows.members.get(&user).map(|row| self.view(user, row)),
        }
    }

    pub fn members(&self) -> impl Iterator<Item = Member<'_>> {
        let changed = &self.changed;
        self.rows
            .members
            .iter()
            .filter(move |(u, _)| changed.is_empty() || !changed.contains_key(*u))
            .map(|(u, row)| self.view(*u, row))
            .chain(changed.iter().map(|(u, row)| self.view_owned(*u, row)))
    }

    /// Whether no copy holds the rows (see `Shards::unshared` for why a load is enough).
    fn unshared(&self) -> bool {
        Arc::strong_count(&self.rows) == 1
    }

    /// The rows with the changed ones moved back in, copied first if a copy holds them.
    fn own_rows(&mut self) -> &mut Rows {
        let rows = Arc::make_mut(&mut self.rows);
        if !self.changed.is_empty() {
            for (user, row) in self.changed.drain() {
                rows.put(user, &row.name, row.score, &row.stats);
            }
        }
        rows
    }

    /// `user`'s row in `changed`, copied out of the shared rows (or new) the first time.
    fn owned_mut(&mut self, user: UserId) -> &mut Owned {
        let rows = &self.rows;
        self.changed.entry(user).or_insert_with(|| {
            rows.members
                .get(&user)
                .map(|row| Owned {
                    score: row.score,
                    name: rows
                        .names
                        .get(row.name.range())
                        .unwrap_or_default()
                        .to_owned(),
                    stats: rows.stats.get(row.run.range()).unwrap_or_default().to_vec(),
                })
                .unwrap_or_default()
        })
    }

    /// A row's counters to change; its channels and topics change only through
    /// [`Scoreboard::record`].
    pub fn member_mut(&mut self, user: UserId) -> Option<&mut MemberScore> {
        if self.unshared() {
            return self
                .own_rows()
                .members
                .get_mut(&user)
                .map(|row| &mut row.score);
        }
        self.member(user)?;
        Some(&mut self.owned_mut(user).score)
    }

    /// Starts loading where `user`'s row most likely is, from the id's hash alone.
    pub fn prefetch_slot(&self, user: UserId) {
        ids::prefetch_slot(&self.rows.members, &user);
    }

    /// Starts loading `user`'s row, name and stats, for an answer about to count in them;
    /// finds the row, but waits for neither the name nor the stats.
    pub fn prefetch(&self, user: UserId) {
        if let Some(row) = self.rows.members.get(&user) {
            self.rows.prefetch(row);
        }
    }

    pub fn len(&self) -> usize {
        let members = &self.rows.members;
        members.len()
            + self
                .changed
                .keys()
                .filter(|u| !members.contains_key(*u))
                .count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every topic some member has answered.
    pub fn topics(&self) -> impl Iterator<Item = &str> {
        self.topics.iter().map(String::as_str)
    }

    /// [`topic_position`], trying the topic last answered first.
    fn recent_topic(&mut self, topic: &str) -> Option<u16> {
        let recent = self.recent_topic;
        if self
            .topics
            .get(usize::from(recent))
            .is_some_and(|t| t == topic)
        {
            return Some(recent);
        }
        let at = topic_position(&mut self.topics, topic)?;
        self.recent_topic = at;
        Some(at)
    }

    /// Counts `answer` for `user`, shown as `name`; returns the row, for the daily streak.
    pub fn record(&mut self, user: UserId, name: &str, answer: Scored<'_>) -> &mut MemberScore {
        let placed = Placed {
            channel: (answer.points > 0)
                .then(|| position(&mut self.channels, &answer.channel, || answer.channel))
                .flatten(),
            topic: self.recent_topic(answer.topic),
            right: answer.right,
            points: answer.points,
        };
        if self.unshared() {
            return self.own_rows().record(user, name, placed);
        }
        let row = self.owned_mut(user);
        if row.name != name {
            name.clone_into(&mut row.name);
        }
        row.score.count(placed.right, placed.points);
        for stat in placed.wanted().into_iter().flatten() {
            if let Err(at) = row.stats.binary_search_by_key(&stat.key(), Stat::key) {
                row.stats.insert(at, stat);
            }
        }
        placed.add_to(&mut row.stats);
        &mut row.score
    }

    /// Adds (or replaces) a whole row: for rows read from elsewhere, such as an older snapshot.
    pub fn insert<'a>(
        &mut self,
        user: UserId,
        name: &str,
        score: MemberScore,
        channels: impl IntoIterator<Item = (ChannelId, u64)>,
        topics: impl IntoIterator<Item = (&'a str, Tally)>,
    ) {
        let mut stats = Vec::new();
        for (channel, points) in channels {
            if let Some(at) = position(&mut self.channels, &channel, || channel) {
                let points = u32::try_from(points).unwrap_or(u32::MAX);
                stats.push(Stat::Channel { at, points });
            }
        }
        for (topic, tally) in topics {
            if let Some(at) = topic_position(&mut self.topics, topic) {
                stats.push(Stat::Topic { at, tally });
            }
        }
        stats.sort_unstable_by_key(Stat::key);
        stats.dedup_by_key(|s| s.key());
        self.own_rows().put(user, name, score, &stats);
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
        let mut members: Vec<_> = self.members().collect();
        members.sort_unstable_by_key(|m| m.user);
        for m in members {
            let in_order = m.stats.windows(2).all(|w| w[0].key() < w[1].key());
            let known = m.stats.iter().all(|s| match s.key() {
                (0, at) => usize::from(at) < self.channels.len(),
                (_, at) => usize::from(at) < self.topics.len(),
            });
            if !in_order || !known {
                return Err(format!(
                    "the score of member {} names a channel or topic that is not there, or names one twice",
                    m.user
                ));
            }
        }
        Ok(())
    }
}

impl Rows {
    /// Starts loading `row`'s name and stats.
    fn prefetch(&self, row: &Row) {
        cache::prefetch(self.names.as_ptr().wrapping_add(row.name.at as usize));
        cache::prefetch(self.stats.as_ptr().wrapping_add(row.run.at as usize));
    }

    fn record(&mut self, user: UserId, name: &str, placed: Placed) -> &mut MemberScore {
        // Before the row is found, so that the row found is the one returned: what this
        // answer leaves unused waits for the next one.
        self.compact_if_sparse();
        let row = self.members.entry(user).or_default();
        if self.names.get(row.name.range()) != Some(name) {
            self.unused_names += row.name.len as usize;
            row.name = push_name(&mut self.names, name);
        }
        row.score.count(placed.right, placed.points);
        self.unused += ensure(&mut self.stats, &mut row.run, placed.wanted());
        placed.add_to(&mut self.stats[row.run.range()]);
        &mut row.score
    }

    /// Adds (or replaces) a row, its name and stats at the ends of the arenas.
    fn put(&mut self, user: UserId, name: &str, score: MemberScore, stats: &[Stat]) {
        let run = Run {
            at: self.stats.len() as u32,
            len: stats.len() as u32,
        };
        self.stats.extend_from_slice(stats);
        let name = push_name(&mut self.names, name);
        if let Some(old) = self.members.insert(user, Row { score, name, run }) {
            self.unused += old.run.len as usize;
            self.unused_names += old.name.len as usize;
        }
        self.compact_if_sparse();
    }

    fn compact_if_sparse(&mut self) {
        let sparse = |unused: usize, len: usize| unused > 1024 && unused * 2 > len;
        if sparse(self.unused, self.stats.len()) || sparse(self.unused_names, self.names.len()) {
            self.compact();
        }
    }

    /// Rewrites the arenas without what no row uses.
    fn compact(&mut self) {
        let mut stats = Vec::with_capacity(self.stats.len() - self.unused);
        let mut names = String::with_capacity(self.names.len() - self.unused_names);
        for row in self.members.values_mut() {
            let at = stats.len() as u32;
            stats.extend_from_slice(&self.stats[row.run.range()]);
            row.run.at = at;
            row.name = push_name(
                &mut names,
                self.names.get(row.name.range()).unwrap_or_default(),
            );
        }
        self.stats = stats;
        self.names = names;
        self.unused = 0;
        self.unused_names = 0;
    }
}

/// Appends `name` to the names arena; returns where it is.
fn push_name(names: &mut String, name: &str) -> Run {
    let at = names.len() as u32;
    names.push_str(name);
    Run {
        at,
        len: name.len() as u32,
    }
}

/// Makes room in `run` for the stats in `wanted` it lacks, in key order; returns how many
/// stats of the arena it left unused (a run that grows moves to the end, unless it is there).
fn ensure(stats: &mut Vec<Stat>, run: &mut Run, wanted: [Option<Stat>; 2]) -> usize {
    let have = &stats[run.range()];
    let missing =
        wanted.map(|w| w.filter(|w| have.binary_search_by_key(&w.key(), Stat::key).is_err()));
    let adding = missing.iter().flatten().count();
    if adding == 0 {
        return 0;
    }
    let mut left = 0;
    if run.len == 0 || run.range().end != stats.len() {
        let moved = stats.len();
        stats.extend_from_within(run.range());
        left = run.len as usize;
        run.at = moved as u32;
    }
    stats.extend(missing.into_iter().flatten());
    run.len += adding as u32;
    stats[run.range()].sort_unstable_by_key(Stat::key);
    left
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

/// [`position`] in the shared topic table, copied only when a topic is new.
fn topic_position(topics: &mut Arc<Vec<String>>, topic: &str) -> Option<u16> {
    match topics.iter().position(|t| t == topic) {
        Some(at) => u16::try_from(at).ok(),
        None => position(Arc::make_mut(topics), topic, || topic.to_owned()),
    }
}

fn repeated<T: PartialEq>(table: &[T]) -> Option<&T> {
    table
        .iter()
        .enumerate()
        .find(|(i, t)| table[..*i].contains(t))
        .map(|(_, t)| t)
}

/// Equal when the tables and every member's row read the same, wherever the arena keeps them.
impl PartialEq for Scoreboard {
    fn eq(&self, other: &Self) -> bool {
        self.channels == other.channels
            && self.topics == other.topics
            && self.len() == other.len()
            && self.members().all(|m| {
                other
                    .member(m.user)
                    .is_some_and(|o| o.name == m.name && o.score == m.score && o.stats == m.stats)
            })
    }
}

/// In a snapshot: `{"channels": [..], "topics": [..], "members": {user: row}}`, a row being an
/// array, not an object (field names written a million times would be most of the file):
/// `[name, points, answered, correct, streak, best_streak, daily_streak, best_daily_streak,
/// last_daily_right, [[channel, points]..], [[topic, answered, correct]..]]`, channels and
/// topics by position in the tables. [`BoardIn`] reads it back.
///
/// Rows are written by hand ([`Writer`]), not through `Serialize`: a snapshot is nearly all
/// score rows, and serde_json's value-by-value calls made encoding most of a snapshot's time.
impl Scoreboard {
    pub fn write_json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        out.extend_from_slice(b"{\"channels\":");
        serde_json::to_writer(&mut *out, &self.channels)?;
        out.extend_from_slice(b",\"topics\":");
        serde_json::to_writer(&mut *out, &*self.topics)?;
        out.extend_from_slice(b",\"members\":{");
        // A row's name and stats are wherever the arenas had room when it was written, not in
        // the table's order, and each was a cache miss waited for (issue 9: a sixth of the
        // encoding's samples). A small server's arenas are asked for whole, up front; and
        // every row's, a few rows ahead.
        let rows = &*self.rows;
        if size_of_val(&rows.stats[..]) + rows.names.len() <= PREFETCH_WHOLE {
            cache::prefetch_all(&rows.stats);
            cache::prefetch_all(rows.names.as_bytes());
        }
        let mut ahead = rows.members.values().skip(LOOKAHEAD);
        let mut json = Writer::new(out);
        for (i, member) in self.members().enumerate() {
            if let Some(row) = ahead.next() {
                rows.prefetch(row);
            }
            if i > 0 {
                json.raw(b",");
            }
            write_row(&mut json, &member)?;
        }
        json.raw(b"}}");
        Ok(())
    }
}

/// The most bytes of arenas [`Scoreboard::write_json`] asks for up front: a few hundred rows'.
const PREFETCH_WHOLE: usize = 16 << 10;

/// How many rows ahead [`Scoreboard::write_json`] asks for a row's name and stats.
const LOOKAHEAD: usize = 8;

/// `[at,a],[at,a,b]..`, of the stats `pick` takes: a channel's position and points, or a
/// topic's position and tally. A loop with the numbers as they are, not arrays through
/// iterator adapters, which cost 58 more instructions a row (issue 9).
#[inline(always)]
fn write_stats(
    json: &mut Writer<'_>,
    stats: &[Stat],
    pick: impl Fn(&Stat) -> Option<(u16, u32, Option<u32>)>,
) {
    let mut more = false;
    for (at, first, second) in stats.iter().filter_map(pick) {
        if more {
            json.raw(b",");
        }
        json.raw(b"[");
        json.int(at);
        json.raw(b",");
        json.int(first);
        if let Some(second) = second {
            json.raw(b",");
            json.int(second);
        }
        json.raw(b"]");
        more = true;
    }
}

/// `"user":[row]`, as [`Scoreboard::write_json`] describes it.
fn write_row(json: &mut Writer<'_>, member: &Member<'_>) -> io::Result<()> {
    let m = member.score;
    json.raw(b"\"");
    json.int(member.user.0);
    json.raw(b"\":[");
    json.str(member.name)?;
    json.raw(b",");
    json.int(m.points);
    for n in [
        m.answered,
        m.correct,
        m.streak,
        m.best_streak,
        m.daily_streak,
        m.best_daily_streak,
    ] {
        json.raw(b",");
        json.int(n);
    }
    match &m.last_daily_right {
        None => json.raw(b",null"),
        Some(date) => {
            json.raw(b",");
            json.value(date)?;
        }
    }
    json.raw(b",[");
    write_stats(json, member.stats, |stat| match *stat {
        Stat::Channel { at, points } => Some((at, points, None)),
        Stat::Topic { .. } => None,
    });
    json.raw(b"],[");
    write_stats(json, member.stats, |stat| match *stat {
        Stat::Topic { at, tally } => Some((at, tally.answered, Some(tally.correct))),
        Stat::Channel { .. } => None,
    });
    json.raw(b"]]");
    Ok(())
}

type RowIn = (
    String,
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BoardIn {
    #[serde(default)]
    channels: Vec<ChannelId>,
    #[serde(default)]
    topics: Arc<Vec<String>>,
    #[serde(default)]
    members: IdMap<UserId, RowIn>,
}

impl<'de> Deserialize<'de> for Scoreboard {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let board = BoardIn::deserialize(deserializer)?;
        let mut rows = Rows::default();
        for (user, row) in board.members {
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
            ) = row;
            let score = MemberScore {
                points,
                answered,
                correct,
                streak,
                best_streak,
                daily_streak: daily,
                best_daily_streak: best_daily,
                last_daily_right: last,
            };
            // As written: `check` refuses a row whose stats are out of order or unknown.
            let stats: Vec<Stat> = channels
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
            rows.put(user, &name, score, &stats);
        }
        Ok(Scoreboard {
            channels: board.channels,
            topics: board.topics,
            rows: Arc::new(rows),
            changed: IdMap::default(),
            recent_topic: 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_stat_is_twelve_bytes_and_a_row_fifty_six() {
        assert_eq!(std::mem::size_of::<Stat>(), 12);
        assert_eq!(std::mem::size_of::<Row>(), 56);
    }

    #[test]
    fn rows_keep_their_stats_while_others_grow_and_the_arena_compacts() {
        let mut board = Scoreboard::default();
        let topics: Vec<String> = (0..40).map(|t| format!("t{t}")).collect();
        for topic in &topics {
            for user in 0..100u64 {
                let right = user % 2 == 0;
                let name = format!("member {user} on {topic}");
                board.record(
                    UserId(user),
                    &name,
                    answer(topic, right, 10 * u32::from(right)),
                );
            }
        }
        assert!(
            board.rows.unused * 2 <= board.rows.stats.len().max(2048),
            "compacted"
        );
        assert!(
            board.rows.unused_names * 2 <= board.rows.names.len().max(2048),
            "names compacted too"
        );
        for user in 0..100u64 {
            let m = board.member(UserId(user)).unwrap();
            let right = u32::from(user % 2 == 0);
            assert_eq!(m.name, format!("member {user} on t39"), "the latest name");
            assert_eq!(m.topics().count(), 40);
            assert!(m.topics().all(|(_, t)| t
                == Tally {
                    answered: 1,
                    correct: right
                }));
            assert_eq!(m.channel_points(C1), u64::from(400 * right));
        }
        let copy = board.clone();
        Arc::make_mut(&mut board.rows).compact();
        assert_eq!(board, copy, "equal whatever the arena's layout");
    }

    #[test]
    fn an_answer_while_a_copy_is_alive_copies_one_row_not_the_server() {
        let mut board = Scoreboard::default();
        for user in 0..1_000u64 {
            board.record(UserId(user), "m", answer("t", true, 10));
        }
        let copy = board.clone();
        board.record(UserId(7), "seven", answer("u", true, 10));
        assert!(
            Arc::ptr_eq(&board.rows, &copy.rows),
            "the rows are still shared"
        );
        assert_eq!(board.changed.len(), 1);
        assert_eq!(copy.member(UserId(7)).unwrap().score.points, 10);
        let seven = board.member(UserId(7)).unwrap();
        assert_eq!((seven.name, seven.score.points), ("seven", 20));
        assert_eq!(seven.topics().count(), 2);
        assert_eq!(board.len(), 1_000);
        drop(copy);
        board.record(UserId(8), "m", answer("t", true, 10));
        assert!(board.changed.is_empty(), "moved back once the copy is gone");
        assert_eq!(board.member(UserId(7)).unwrap().name, "seven");
    }

    #[test]
    fn a_snapshot_row_is_an_array_and_round_trips() {
        let mut board = Scoreboard::default();
        board.record(UserId(5), "e", answer("t", true, 10));
        board.record(UserId(3), "c", answer("u", true, 12));
        board.record(UserId(3), "c", answer("t", false, 0));
        board.member_mut(UserId(3)).unwrap().last_daily_right = NaiveDate::from_ymd_opt(2026, 3, 1);
        let mut json = Vec::new();
        board.write_json(&mut json).unwrap();
        let json = String::from_utf8(json).unwrap();
        assert!(
            json.contains(r#""3":["c",12,2,1,0,1,0,0,"2026-03-01",[[0,12]],[[0,1,0],[1,1,1]]]"#),
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
