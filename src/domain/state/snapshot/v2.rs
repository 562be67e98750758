//! Version 2 of the snapshot, still read so that an upgrade keeps every card: today's state,
//! but review schedules of Leitner boxes ([`super::leitner`]).

use std::collections::HashMap;
use std::sync::Arc;

use serde::Deserialize;

use crate::ids::{ChannelId, GuildId, OpenId, UserId};
use crate::quiz::{OpenQuestion, Round};
use crate::state::{GuildState, State};

use super::leitner::{self, LeitnerBook};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct In {
    #[serde(rename = "version")]
    _version: u64,
    state: StateV2,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StateV2 {
    #[serde(default)]
    guilds: HashMap<GuildId, Arc<GuildState>>,
    #[serde(default)]
    reviews: HashMap<UserId, LeitnerBook>,
    #[serde(default)]
    open: HashMap<OpenId, Arc<OpenQuestion>>,
    #[serde(default)]
    rounds: HashMap<ChannelId, Round>,
    #[serde(default)]
    next_open_id: u64,
}

pub fn decode(bytes: &[u8]) -> serde_json::Result<State> {
    let old = serde_json::from_slice::<In>(bytes)?.state;
    Ok(State {
        guilds: old.guilds,
        reviews: leitner::books(old.reviews).map_err(serde::de::Error::custom)?,
        open: old.open,
        rounds: old.rounds,
        next_open_id: old.next_open_id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::CardKey;
    use crate::state::snapshot;
    use chrono::{TimeZone, Utc};
    use std::path::Path;

    #[test]
    fn a_version_2_file_keeps_every_leitner_card_and_saves_as_the_current_version() {
        let v2 = br#"{"version":2,"state":{"guilds":{},"reviews":{"7":{
            "rust":{"ownership":{"box":1,"due":"2026-05-01T09:00:00Z"},
                    "traits":{"box":5,"due":"2026-05-20T09:00:00Z"}},
            "12:own":{"q":{"box":3,"due":"2026-05-03T09:00:00Z"}}}},
            "open":{},"next_open_id":4}}"#;
        let state = snapshot::decode(Path::new("s.json"), v2).unwrap();
        assert_eq!(state.next_open_id, 4);
        let book = &state.reviews[&UserId(7)];
        assert_eq!(book.len(), 3);
        let traits = book.card(&CardKey::new("rust", "traits")).unwrap();
        assert_eq!(
            traits.due,
            Utc.with_ymd_and_hms(2026, 5, 20, 9, 0, 0).unwrap()
        );
        assert_eq!(traits.memory.stability.round(), 14.0);
        let saved = snapshot::encode(&state);
        assert!(saved.starts_with(format!("{{\"version\":{},", snapshot::VERSION).as_bytes()));
        assert_eq!(
            snapshot::decode(Path::new("s.json"), &saved).unwrap(),
            state
        );

        let bad = br#"{"version":2,"state":{"reviews":{"7":{"rust":{"q":{"box":9,"due":"2026-05-01T09:00:00Z"}}}}}}"#;
        let text = snapshot::decode(Path::new("s.json"), bad)
            .unwrap_err()
            .to_string();
        assert!(text.contains("box 9") && text.contains("rust/q"), "{text}");
    }
}
