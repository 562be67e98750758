//! Version 1 of the snapshot, still read so that an upgrade keeps every score: the same
//! state, with each score row an object that names its channels by id and topics by name,
//! and version 2's Leitner review schedule.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::ids::{ChannelId, GuildId, OpenId, UserId};
use crate::quiz::{Cycle, OpenQuestion};
use crate::schedule::DailySchedule;
use crate::scores::{MemberScore, Scoreboard, Tally};
use crate::state::{GuildState, State};

use super::leitner::{self, LeitnerBook};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct In {
    #[serde(rename = "version")]
    _version: u64,
    state: StateV1,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StateV1 {
    #[serde(default)]
    guilds: HashMap<GuildId, GuildV1>,
    #[serde(default)]
    reviews: HashMap<UserId, LeitnerBook>,
    #[serde(default)]
    open: HashMap<OpenId, Arc<OpenQuestion>>,
    #[serde(default)]
    next_open_id: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GuildV1 {
    #[serde(default)]
    members: HashMap<UserId, MemberV1>,
    #[serde(default)]
    cycles: HashMap<String, Cycle>,
    #[serde(default)]
    daily: Option<DailySchedule>,
}

#[derive(Deserialize)]
struct MemberV1 {
    name: String,
    points: u64,
    answered: u32,
    correct: u32,
    streak: u32,
    best_streak: u32,
    #[serde(default)]
    daily_streak: u32,
    #[serde(default)]
    best_daily_streak: u32,
    #[serde(default)]
    last_daily_right: Option<NaiveDate>,
    #[serde(default)]
    channels: HashMap<ChannelId, u64>,
    #[serde(default)]
    topics: BTreeMap<String, Tally>,
}

pub fn decode(bytes: &[u8]) -> serde_json::Result<State> {
    let old = serde_json::from_slice::<In>(bytes)?.state;
    let guilds = old
        .guilds
        .into_iter()
        .map(|(id, guild)| {
            let state = GuildState {
                scores: scoreboard(guild.members),
                cycles: Arc::new(guild.cycles),
                daily: guild.daily,
                daily_posted_before_off: None,
                ..GuildState::default()
            };
            (id, Arc::new(state))
        })
        .collect();
    Ok(State {
        guilds,
        reviews: leitner::books(old.reviews).map_err(serde::de::Error::custom)?,
        open: old.open,
        next_open_id: old.next_open_id,
        rounds: HashMap::new(),
    })
}

/// In user and channel order, so that one file always gives the same tables.
fn scoreboard(members: HashMap<UserId, MemberV1>) -> Scoreboard {
    let mut members: Vec<_> = members.into_iter().collect();
    members.sort_unstable_by_key(|(user, _)| *user);
    let mut board = Scoreboard::default();
    for (user, old) in members {
        let row = MemberScore {
            name: old.name.into(),
            points: old.points,
            answered: old.answered,
            correct: old.correct,
            streak: old.streak,
            best_streak: old.best_streak,
            daily_streak: old.daily_streak,
            best_daily_streak: old.best_daily_streak,
            last_daily_right: old.last_daily_right,
            ..MemberScore::default()
        };
        let mut channels: Vec<_> = old.channels.into_iter().collect();
        channels.sort_unstable();
        let topics = old.topics.iter().map(|(t, n)| (t.as_str(), *n));
        board.insert(user, row, channels, topics);
    }
    board
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scores::{Scope, Scored};
    use crate::state::snapshot;
    use std::path::Path;

    #[test]
    fn a_version_1_file_loads_with_every_score_and_saves_as_the_current_version() {
        let v1 = br#"{"version":1,"state":{"guilds":{"10":{"members":{
            "7":{"name":"ana","points":32,"answered":4,"correct":3,"streak":0,"best_streak":2,
                 "daily_streak":1,"best_daily_streak":2,"last_daily_right":"2026-03-01",
                 "channels":{"5":20,"6":12},"topics":{"loops":{"answered":3,"correct":2},"errors":{"answered":1,"correct":1}}},
            "8":{"name":"ben","points":0,"answered":1,"correct":0,"streak":0,"best_streak":0}},
            "cycles":{}}},"reviews":{},"open":{},"next_open_id":3}}"#;
        let state = snapshot::decode(Path::new("s.json"), v1).unwrap();
        assert_eq!(state.next_open_id, 3);
        let board = &state.guilds[&GuildId(10)].scores;
        let member = board.member(UserId(7)).unwrap();
        let ana = member.score;
        assert_eq!(
            (member.name, ana.points, ana.answered, ana.correct),
            ("ana", 32, 4, 3)
        );
        assert_eq!(
            (ana.best_streak, ana.daily_streak, ana.best_daily_streak),
            (2, 1, 2)
        );
        assert_eq!(ana.last_daily_right, NaiveDate::from_ymd_opt(2026, 3, 1));
        assert_eq!(Scope::Channel(ChannelId(5)).points(&member), 20);
        assert_eq!(Scope::Channel(ChannelId(6)).points(&member), 12);
        let mut topics: Vec<_> = member.topics().collect();
        topics.sort_unstable_by_key(|(t, _)| *t);
        assert_eq!(
            topics,
            [
                (
                    "errors",
                    Tally {
                        answered: 1,
                        correct: 1
                    }
                ),
                (
                    "loops",
                    Tally {
                        answered: 3,
                        correct: 2
                    }
                )
            ]
        );
        assert_eq!(board.member(UserId(8)).unwrap().score.answered, 1);

        let mut state = state;
        state.guild_mut(GuildId(10)).scores.record(
            UserId(7),
            "ana",
            Scored {
                channel: ChannelId(6),
                topic: "loops",
                right: true,
                points: 10,
            },
        );
        let saved = snapshot::encode(&state);
        assert!(saved.starts_with(format!("{{\"version\":{},", snapshot::VERSION).as_bytes()));
        let again = snapshot::decode(Path::new("s.json"), &saved).unwrap();
        assert_eq!(again, state);
        let board = &again.guilds[&GuildId(10)].scores;
        let ana = board.member(UserId(7)).unwrap();
        assert_eq!(Scope::Channel(ChannelId(6)).points(&ana), 22);
    }
}
