//! The servers, members and open questions a run presses on, and their snapshot file, written
//! as version-2 JSON text here rather than through the domain, so the bench reads any build's
//! snapshots the same way and a million rows never sit in memory as values.

use std::io::{BufWriter, Write};
use std::path::Path;

use chrono::{Duration, SecondsFormat, Utc};
use serde_json::{json, Value};

/// How big a generated state is.
#[derive(Clone, Copy, Debug)]
pub struct World {
    pub servers: u64,
    pub members: u64,
    /// Open questions in each server, all in its one channel.
    pub open_per_server: u64,
    /// Shards the double recommends; Discord routes server `s` to shard `guild_id(s) >> 22`
    /// modulo the total, so consecutive servers land on consecutive shards.
    pub shards: u32,
    /// Server 0 instead, when it is larger than the others.
    pub big: Option<Big>,
}

/// A server whose admin can cost the others: many members, each with tallies over three of
/// many topics in turn (as `benches/costs.rs` builds it in the domain).
#[derive(Clone, Copy, Debug)]
pub struct Big {
    pub members: u64,
    pub topics: u64,
}

/// The bundled deck, whose questions the open ones are.
const DECK: &str = "async-python";

/// Discord routes a server by the bits of its id above the low 22: server `s` is on shard
/// `s % total`, so the first press of a restart (server 0) needs only shard 0.
pub fn guild_id(server: u64) -> u64 {
    server << 22 | 1 << 21
}

pub fn channel_id(server: u64) -> u64 {
    2_000_000 + server
}

pub fn user_id(server: u64, member: u64) -> u64 {
    10_000_000 + server * 1_000 + member
}

/// Open question `nth` (from 0) of `server`; ids start at 1.
pub fn open_id(world: &World, server: u64, nth: u64) -> u64 {
    1 + server * world.open_per_server + nth
}

fn message_id(open: u64) -> u64 {
    3_000_000 + open
}

/// The bundled deck's questions: (id, topic).
pub fn deck_questions(data_dir: &Path) -> Vec<(String, String)> {
    let bytes = std::fs::read(data_dir.join(format!("{DECK}.json"))).expect("the bundled deck");
    let deck: Value = serde_json::from_slice(&bytes).expect("the bundled deck parses");
    let questions = deck["questions"]
        .as_array()
        .expect("the deck has questions");
    questions
        .iter()
        .map(|q| {
            let field = |name: &str| q[name].as_str().expect("id and topic").to_string();
            (field("id"), field("topic"))
        })
        .collect()
}

/// Writes the snapshot: every member of every server has answered one question right in the
/// server's channel (a [`Big`] server 0's members three, over its topics), and each server
/// has `open_per_server` questions open for a day.
pub fn write_snapshot(path: &Path, world: &World, questions: &[(String, String)]) {
    let file = std::fs::File::create(path).expect("create the snapshot");
    let mut out = BufWriter::with_capacity(1 << 20, file);
    let opened = Utc::now();
    let closes = opened + Duration::days(1);
    let at = |t: chrono::DateTime<Utc>| t.to_rfc3339_opts(SecondsFormat::Secs, true);
    let (opened, closes) = (at(opened), at(closes));
    let w = &mut out;
    write!(w, "{{\"version\":2,\"state\":{{\"guilds\":{{").unwrap();
    for server in 0..world.servers {
        let sep = if server == 0 { "" } else { "," };
        let big = world.big.filter(|_| server == 0);
        // Each member of a server not big answered once, on the first question's topic.
        let topics: Vec<Value> = match big {
            Some(big) => (0..big.topics)
                .map(|t| json!(format!("topic {t}")))
                .collect(),
            None => vec![json!(questions[0].1)],
        };
        write!(
            w,
            "{sep}\"{}\":{{\"scores\":{{\"channels\":[{}],\"topics\":{},\"members\":{{",
            guild_id(server),
            channel_id(server),
            Value::Array(topics)
        )
        .unwrap();
        let members = big.map_or(world.members, |big| big.members);
        for member in 0..members {
            let sep = if member == 0 { "" } else { "," };
            let user = user_id(server, member);
            match big {
                Some(big) => {
                    // Three answers, the first and the third right.
                    let answers = 3.min(big.topics);
                    let right = |t: u64| u8::from(t.is_multiple_of(2));
                    let tallies: Vec<String> = (0..answers)
                        .map(|t| format!("[{},1,{}]", (member * 3 + t) % big.topics, right(t)))
                        .collect();
                    let right: u64 = (0..answers).map(|t| u64::from(right(t))).sum();
                    let points = 10 * right;
                    write!(
                        w,
                        "{sep}\"{user}\":[\"member-{user}\",{points},{},{right},1,1,0,0,null,[[0,{points}]],[{}]]",
                        tallies.len(),
                        tallies.join(",")
                    )
                    .unwrap();
                }
                None => write!(
                    w,
                    "{sep}\"{user}\":[\"member-{user}\",10,1,1,1,1,0,0,null,[[0,10]],[[0,1,1]]]"
                )
                .unwrap(),
            }
        }
        write!(w, "}}}},\"cycles\":{{}}}}").unwrap();
    }
    write!(w, "}},\"reviews\":{{}},\"open\":{{").unwrap();
    let mut first = true;
    for server in 0..world.servers {
        for nth in 0..world.open_per_server {
            let id = open_id(world, server, nth);
            let (question, topic) = &questions[(id as usize) % questions.len()];
            let open = json!({
                "guild": guild_id(server), "channel": channel_id(server), "deck": DECK,
                "question": question, "topic": topic,
                "options": ["option A", "option B", "option C", "option D"], "correct": 0,
                "opened_at": opened, "closes_at": closes, "message": message_id(id),
                "answers": {},
            });
            let sep = if first { "" } else { "," };
            first = false;
            write!(w, "{sep}\"{id}\":{open}").unwrap();
        }
    }
    let next = open_id(world, world.servers, 0);
    write!(w, "}},\"next_open_id\":{next}}}}}").unwrap();
    out.flush().unwrap();
}

/// The message open question `open` of `server` is on, as a button press carries it.
pub fn message(server: u64, open: u64) -> Value {
    let buttons: Vec<Value> = ["A", "B", "C", "D"]
        .iter()
        .enumerate()
        .map(|(option, label)| {
            json!({
                "type": 2, "style": 1, "label": label, "custom_id": format!("q1:{open}:{option}"),
                "disabled": false,
            })
        })
        .collect();
    json!({
        "id": message_id(open).to_string(), "channel_id": channel_id(server).to_string(),
        "author": discord_double::fixtures::user(discord_double::fixtures::APP_ID, "quizbot"),
        "content": "", "timestamp": "2026-12-05T00:00:00+00:00", "edited_timestamp": null,
        "tts": false, "mention_everyone": false, "mentions": [], "mention_roles": [],
        "attachments": [], "embeds": [], "components": [{ "type": 1, "components": buttons }],
        "reactions": [], "pinned": false, "type": 0, "flags": 0,
    })
}
