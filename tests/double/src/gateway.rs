//! The websocket gateway on `/ws`: Hello, heartbeat ACKs, READY after Identify, RESUMED after a
//! Resume of a session it knows (op 9 "invalid session" otherwise), and dispatches with a
//! per-session increasing `s`; plus the record of every connection ([`Connection`]).
//!
//! Hello's `heartbeat_interval` is 41250 ms like Discord's unless set with
//! [`Double::set_heartbeat_interval`] (before the bot connects, e.g. 200 ms to see heartbeats in
//! a test). [`Double::stop_heartbeat_acks`] makes the gateway ignore heartbeats (no op 11) until
//! [`Double::resume_heartbeat_acks`], as a zombied connection would.
//!
//! READY lists the guilds of [`Options::guilds`](crate::Options) as unavailable, and one
//! GUILD_CREATE per guild follows it, as Discord announces the servers a bot is in.
//!
//! Shards: each Identify's `shard: [id, total]` (`[0, 1]` if absent) is checked as Discord
//! checks it (an id out of range, or a total other than the live sessions', closes with 4010; a
//! shard that would hold more than [`Options::max_guilds_per_shard`](crate::Options) guilds,
//! with 4011). A session is sent only its shard's guilds, and each dispatch goes to the session
//! serving the event's guild (`(guild_id >> 22) % total`), DMs to shard 0.

use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::State as Shared;
use axum::response::Response;
use futures::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::sync::{mpsc, oneshot};

use crate::double::{Double, Inner, WAIT};
use crate::fixtures::APP_ID;
use crate::render::{self, bot_user};

/// The `heartbeat_interval` (ms) in Hello unless [`Double::set_heartbeat_interval`] says otherwise.
pub(crate) const HEARTBEAT_INTERVAL_MS: u64 = 41250;

/// One gateway websocket, as the double saw it (see [`Double::connections`]).
#[derive(Clone, Debug, Default)]
pub struct Connection {
    /// 1, 2, ... in the order the bot opened them.
    pub id: u64,
    /// The session it identified or resumed; `None` if it did neither.
    pub session: Option<String>,
    /// It resumed `session` (instead of identifying a new one).
    pub resumed: bool,
    /// Heartbeats (op 1) received.
    pub heartbeats: usize,
    /// Of those, how many got no ACK because of [`Double::stop_heartbeat_acks`].
    pub unacked: usize,
    /// Closed, by either side.
    pub closed: bool,
    /// Closed by [`Double::drop_gateway`] or [`Double::drop_shard`] rather than by the bot.
    pub dropped_by_double: bool,
    /// The `[id, total]` it identified or resumed as.
    pub shard: Option<[u32; 2]>,
    /// The close code the double refused its Identify with (4010, 4011).
    pub refused: Option<u16>,
}

/// Discord's gateway close codes that the double sends.
mod close {
    /// "Unknown error": the bot should reconnect and resume.
    pub const DROPPED: u16 = 4000;
    pub const INVALID_SHARD: u16 = 4010;
    pub const SHARDING_REQUIRED: u16 = 4011;
}

/// The shard of `total` that Discord routes `guild`'s events to; DMs (`None`) go to shard 0.
pub fn shard_of(guild: Option<u64>, total: u32) -> u32 {
    match guild {
        Some(guild) if total > 0 => u32::try_from((guild >> 22) % u64::from(total)).unwrap_or(0),
        _ => 0,
    }
}

/// The guild an event belongs to: its `guild_id`, or for the guild events, the guild's `id`.
fn guild_of(event: &str, data: &Value) -> Option<u64> {
    let id = match event {
        "GUILD_CREATE" | "GUILD_UPDATE" | "GUILD_DELETE" => &data["id"],
        _ => &data["guild_id"],
    };
    id.as_str().and_then(|id| id.parse().ok())
}

/// The gateway's part of the double's state.
#[derive(Default)]
pub(crate) struct State {
    conns: Vec<Conn>,
    next_conn: u64,
    /// Session id -> last sequence number sent.
    sessions: HashMap<String, u64>,
    /// Session id -> the shard it identified as, which a Resume keeps.
    shards: HashMap<String, [u32; 2]>,
    identifies: Vec<Value>,
    resumes: usize,
    /// Every websocket ever opened; `connections[i].id == i + 1`.
    connections: Vec<Connection>,
    /// [`Options::guilds`](crate::Options::guilds).
    pub(crate) guilds: Vec<u64>,
    /// [`Options::max_guilds_per_shard`](crate::Options::max_guilds_per_shard).
    pub(crate) max_guilds_per_shard: usize,
}

/// An open websocket; `session` is set once it has identified or resumed (it is "live"), as
/// shard `[id, total]`.
struct Conn {
    id: u64,
    tx: mpsc::UnboundedSender<Out>,
    session: Option<String>,
    shard: [u32; 2],
}

enum Out {
    /// A frame, and who wants to know when it was written to the socket.
    Text(String, Option<oneshot::Sender<Instant>>),
    /// A close frame with this code and reason.
    Close(u16, &'static str),
}

impl Double {
    /// Sends `{"op":0,"t":event,"s":..,"d":data}` to the live gateway session of the shard
    /// serving the event's guild (shard 0 for an event of no guild), waiting (≤ 10 s) for one if
    /// there is none (e.g. after [`drop_gateway`](Self::drop_gateway)). Panics if
    /// serenity would not understand the payload (it would silently treat it as an unknown event;
    /// see [`Options::check_payloads`](crate::Options::check_payloads)). Returns the instant just
    /// after the frame was written to the (last) websocket.
    pub async fn dispatch(&self, event: &str, data: Value) -> Instant {
        if self.0.check_payloads {
            let frame = json!({ "t": event, "d": data.clone() });
            if let Ok(serenity::model::event::Event::Unknown(_)) | Err(_) =
                serde_json::from_value::<serenity::model::event::Event>(frame)
            {
                panic!("double: serenity does not understand this {event} payload:\n{data:#}");
            }
        }
        let guild = guild_of(event, &data);
        let what = format!("a live gateway session to dispatch {event} (guild {guild:?}) to");
        self.wait_until(&what, WAIT, |st| {
            (!st.gateway.serving(guild).is_empty()).then_some(())
        })
        .await;
        let written: Vec<oneshot::Receiver<Instant>> = {
            let mut st = self.0.lock();
            let live = st.gateway.serving(guild);
            let mut written = Vec::new();
            for conn in live {
                let (tx, rx) = oneshot::channel();
                st.gateway.dispatch_to(conn, event, data.clone(), Some(tx));
                written.push(rx);
            }
            written
        };
        let mut last = None;
        for rx in written {
            // A connection that closed first drops its sender: that frame was never written.
            if let Ok(at) = rx.await {
                last = last.max(Some(at));
            }
        }
        last.unwrap_or_else(|| {
            panic!("double: every gateway session closed before {event} went out")
        })
    }

    /// Dispatches INTERACTION_CREATE (after checking that serenity deserialises the payload,
    /// unless [`Options::check_payloads`](crate::Options::check_payloads) is off) and remembers
    /// the interaction so its callback and webhook requests can be answered. Returns the instant
    /// just after the frame was written to the websocket, from which a bench measures the time to
    /// the callback ([`Double::subscribe`]).
    pub async fn interact(&self, interaction: &Value) -> Instant {
        if self.0.check_payloads {
            let parsed = serde_json::from_value::<serenity::all::Interaction>(interaction.clone());
            if let Err(e) = parsed {
                panic!(
                    "double: serenity cannot deserialise this interaction ({e}):\n{interaction:#}"
                );
            }
        }
        assert!(
            interaction["token"].is_string(),
            "double: interaction without token:\n{interaction:#}"
        );
        self.0.change(|st| st.rest.remember(interaction));
        self.dispatch("INTERACTION_CREATE", interaction.clone())
            .await
    }

    /// Closes every gateway websocket (close code 4000) and waits until they are gone; serenity
    /// then reconnects and resumes.
    pub async fn drop_gateway(&self) {
        self.drop_where(|_| true).await;
    }

    /// Closes the websocket of shard `shard` (close code 4000), leaving the others open, and
    /// waits until it is gone; serenity then reconnects that shard and resumes.
    pub async fn drop_shard(&self, shard: u32) {
        self.drop_where(|c| c.session.is_some() && c.shard[0] == shard)
            .await;
    }

    async fn drop_where(&self, which: impl Fn(&Conn) -> bool) {
        let dropped: Vec<u64> = self.0.change(|st| {
            let st = &mut st.gateway;
            let ids: Vec<u64> = st.conns.iter().filter(|c| which(c)).map(|c| c.id).collect();
            for &id in &ids {
                st.close_with(id, close::DROPPED, "double: gateway dropped");
                st.connection(id).dropped_by_double = true;
            }
            ids
        });
        self.wait_until("the dropped gateway sessions to close", WAIT, |st| {
            let open = st.gateway.conns.iter().any(|c| dropped.contains(&c.id));
            (!open).then_some(())
        })
        .await
    }

    /// Sets Hello's `heartbeat_interval` for the connections opened from now on (41250 ms unless
    /// set). Call it before starting the bot to make it heartbeat every `interval`.
    pub fn set_heartbeat_interval(&self, interval: Duration) {
        let ms = u64::try_from(interval.as_millis()).unwrap_or(u64::MAX);
        self.0.heartbeat_interval.store(ms, Ordering::SeqCst);
    }

    /// From now on heartbeats (op 1) get no ACK (op 11), on every connection, as if the
    /// connection had gone dead one way; they are still counted ([`Connection::unacked`]).
    pub fn stop_heartbeat_acks(&self) {
        self.0.heartbeat_acks.store(false, Ordering::SeqCst);
    }

    /// Websockets opened from now on get no Hello (so serenity cannot identify or resume on
    /// them) until [`release_new_sessions`](Self::release_new_sessions): a shard dropped
    /// meanwhile stays away for as long as a test needs.
    pub fn hold_new_sessions(&self) {
        self.0.hold.send_replace(true);
    }

    /// Held websockets get their Hello, and new ones at once.
    pub fn release_new_sessions(&self) {
        self.0.hold.send_replace(false);
    }

    /// Heartbeats received from now on are ACKed again (ones already ignored stay unanswered).
    pub fn resume_heartbeat_acks(&self) {
        self.0.heartbeat_acks.store(true, Ordering::SeqCst);
    }

    /// Waits until shards `0..total` each have a live session (≤ 5 s per shard, the spacing of
    /// serenity's Identifies, plus 10 s), and returns the Identify count then.
    pub async fn wait_shards(&self, total: u32) -> usize {
        let limit = WAIT + Duration::from_secs(5) * total;
        let what = format!("live sessions of shards 0..{total}");
        self.wait_until(&what, limit, |st| {
            let live = &st.gateway.conns;
            (0..total)
                .all(|id| {
                    live.iter()
                        .any(|c| c.session.is_some() && c.shard == [id, total])
                })
                .then_some(st.gateway.identifies.len())
        })
        .await
    }

    /// Every gateway websocket the bot has opened, in order, closed ones included.
    pub fn connections(&self) -> Vec<Connection> {
        self.0.lock().gateway.connections.clone()
    }

    /// Waits (≤ `limit`) until `check` finds what it looks for in [`connections`](Self::connections),
    /// waking on every change; panics naming `what` otherwise.
    pub async fn wait_gateway<T>(
        &self,
        what: &str,
        limit: Duration,
        check: impl Fn(&[Connection]) -> Option<T>,
    ) -> T {
        self.wait_until(what, limit, |st| check(&st.gateway.connections))
            .await
    }

    /// The Identify payloads (`d`) received, e.g. to check `intents` and `token`.
    pub fn identifies(&self) -> Vec<Value> {
        self.0.lock().gateway.identifies.clone()
    }

    /// How many Identify payloads were received.
    pub fn identify_count(&self) -> usize {
        self.0.lock().gateway.identifies.len()
    }

    /// How many Resumes were accepted.
    pub fn resume_count(&self) -> usize {
        self.0.lock().gateway.resumes
    }
}

pub(crate) async fn upgrade(Shared(inner): Shared<Arc<Inner>>, ws: WebSocketUpgrade) -> Response {
    ws.on_upgrade(move |socket| session(inner, socket))
}

/// One websocket: frames queued by the state go out, frames from the bot go to the state.
async fn session(inner: Arc<Inner>, socket: WebSocket) {
    // The sender lives in `inner`, so the wait ends only on release.
    let _ = inner.hold.subscribe().wait_for(|held| !held).await;
    let (mut sink, mut stream) = socket.split();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let interval = inner.heartbeat_interval.load(Ordering::SeqCst);
    let hello = json!({ "op": 10, "d": { "heartbeat_interval": interval } });
    let _ = tx.send(Out::Text(hello.to_string(), None));
    let id = inner.change(|st| st.gateway.open(tx));
    loop {
        tokio::select! {
            out = rx.recv() => match out {
                Some(Out::Text(text, written)) => {
                    if sink.send(Message::Text(text)).await.is_err() {
                        break;
                    }
                    if let Some(written) = written {
                        let _ = written.send(Instant::now());
                    }
                }
                Some(Out::Close(code, reason)) => {
                    let close = Message::Close(Some(CloseFrame { code, reason: reason.into() }));
                    let _ = sink.send(close).await;
                    break;
                }
                None => break,
            },
            frame = stream.next() => match frame {
                Some(Ok(Message::Text(text))) => {
                    let acks = inner.heartbeat_acks.load(Ordering::SeqCst);
                    inner.change(|st| {
                        let channels = || st.rest.channels_by_guild();
                        st.gateway.on_frame(id, &text, &inner.ws_url(), acks, channels)
                    });
                }
                Some(Ok(Message::Close(_))) => {
                    let _ = sink.close().await; // sends the answering close frame
                    break;
                }
                Some(Err(_)) | None => break,
                Some(Ok(_)) => {}
            },
        }
    }
    inner.change(|st| st.gateway.close(id));
}

impl State {
    /// A gateway session has identified and is connected.
    pub(crate) fn identified(&self) -> bool {
        self.live() && !self.identifies.is_empty()
    }

    /// Some connection has identified or resumed and is still open.
    fn live(&self) -> bool {
        self.conns.iter().any(|c| c.session.is_some())
    }

    /// The live connections that Discord would send an event of `guild` to.
    fn serving(&self, guild: Option<u64>) -> Vec<u64> {
        self.conns
            .iter()
            .filter(|c| c.session.is_some() && c.shard[0] == shard_of(guild, c.shard[1]))
            .map(|c| c.id)
            .collect()
    }

    /// Queues a close frame on connection `conn`, which stops being live at once.
    fn close_with(&mut self, conn: u64, code: u16, reason: &'static str) {
        if let Some(c) = self.conns.iter_mut().find(|c| c.id == conn) {
            c.session = None;
            let _ = c.tx.send(Out::Close(code, reason));
        }
    }

    /// Why Discord would refuse an Identify as `shard`, as a close code and reason.
    fn refusal(&self, [id, total]: [u32; 2]) -> Option<(u16, &'static str)> {
        let other_total = self
            .conns
            .iter()
            .any(|c| c.session.is_some() && c.shard[1] != total);
        if id >= total || other_total {
            return Some((close::INVALID_SHARD, "Invalid shard."));
        }
        let held = self
            .guilds
            .iter()
            .filter(|&&g| shard_of(Some(g), total) == id)
            .count();
        (held > self.max_guilds_per_shard)
            .then_some((close::SHARDING_REQUIRED, "Sharding required."))
    }

    /// The connections and sessions, for a timeout's panic message.
    pub(crate) fn report(&self) -> String {
        let live = self.conns.iter().filter(|c| c.session.is_some()).count();
        let conns: Vec<String> = self.connections.iter().map(|c| format!("{c:?}")).collect();
        format!(
            "({} identify, {live} live gateway sessions); connections:\n{}",
            self.identifies.len(),
            conns.join("\n")
        )
    }

    fn open(&mut self, tx: mpsc::UnboundedSender<Out>) -> u64 {
        self.next_conn += 1;
        let id = self.next_conn;
        self.conns.push(Conn {
            id,
            tx,
            session: None,
            shard: [0, 1],
        });
        self.connections.push(Connection {
            id,
            ..Connection::default()
        });
        id
    }

    fn close(&mut self, id: u64) {
        self.conns.retain(|c| c.id != id);
        self.connection(id).closed = true;
    }

    /// The record of connection `id`.
    fn connection(&mut self, id: u64) -> &mut Connection {
        let index = usize::try_from(id - 1).expect("a connection number fits in usize");
        &mut self.connections[index]
    }

    /// Queues `frame` on connection `conn`; `written` is told when it has gone out.
    fn send(&self, conn: u64, frame: Value, written: Option<oneshot::Sender<Instant>>) {
        if let Some(c) = self.conns.iter().find(|c| c.id == conn) {
            let _ = c.tx.send(Out::Text(frame.to_string(), written));
        }
    }

    fn dispatch_to(
        &mut self,
        conn: u64,
        event: &str,
        data: Value,
        written: Option<oneshot::Sender<Instant>>,
    ) {
        let Some(session) = self
            .conns
            .iter()
            .find(|c| c.id == conn)
            .and_then(|c| c.session.clone())
        else {
            return;
        };
        let seq = self.sessions.entry(session).or_default();
        *seq += 1;
        let frame = json!({ "op": 0, "t": event, "s": *seq, "d": data });
        self.send(conn, frame, written);
    }

    fn set_session(&mut self, conn: u64, session: &str, shard: [u32; 2], resumed: bool) {
        if let Some(c) = self.conns.iter_mut().find(|c| c.id == conn) {
            c.session = Some(session.to_string());
            c.shard = shard;
        }
        let record = self.connection(conn);
        record.session = Some(session.to_string());
        record.shard = Some(shard);
        record.resumed = resumed;
    }

    /// Handles one frame from the bot; `acks`: answer heartbeats; `channels`: the channels of
    /// each guild, for the GUILD_CREATEs after READY.
    fn on_frame(
        &mut self,
        conn: u64,
        text: &str,
        ws_url: &str,
        acks: bool,
        channels: impl FnOnce() -> HashMap<u64, Vec<Value>>,
    ) {
        let frame: Value = serde_json::from_str(text).unwrap_or_default();
        match frame["op"].as_u64() {
            Some(1) => {
                let record = self.connection(conn);
                record.heartbeats += 1;
                if acks {
                    self.send(conn, json!({ "op": 11 }), None);
                } else {
                    record.unacked += 1;
                }
            }
            Some(2) => {
                self.identifies.push(frame["d"].clone());
                let shard = match &frame["d"]["shard"] {
                    Value::Null => Some([0, 1]),
                    given => serde_json::from_value::<[u32; 2]>(given.clone()).ok(),
                };
                let refused = shard.map_or(Some((close::INVALID_SHARD, "Invalid shard.")), |s| {
                    self.refusal(s)
                });
                if let (Some(shard), None) = (shard, refused) {
                    self.identified_as(conn, shard, ws_url, channels);
                } else if let Some((code, reason)) = refused {
                    self.close_with(conn, code, reason);
                    self.connection(conn).refused = Some(code);
                }
            }
            Some(6) => {
                let session = frame["d"]["session_id"].as_str().unwrap_or_default();
                if let Some(&shard) = self.shards.get(session) {
                    self.resumes += 1;
                    self.set_session(conn, session, shard, true);
                    self.dispatch_to(conn, "RESUMED", json!({}), None);
                } else {
                    self.send(conn, json!({ "op": 9, "d": false }), None);
                }
            }
            // Presence updates, member chunk requests, ...: nothing to answer.
            _ => {}
        }
    }

    /// A new session on `conn` as `shard`: READY, then its shard's guilds.
    fn identified_as(
        &mut self,
        conn: u64,
        shard: [u32; 2],
        ws_url: &str,
        channels: impl FnOnce() -> HashMap<u64, Vec<Value>>,
    ) {
        let session = format!("session-{}", self.identifies.len());
        self.sessions.insert(session.clone(), 0);
        self.shards.insert(session.clone(), shard);
        self.set_session(conn, &session, shard, false);
        let guilds: Vec<u64> = self
            .guilds
            .iter()
            .copied()
            .filter(|&g| shard_of(Some(g), shard[1]) == shard[0])
            .collect();
        let unavailable: Vec<Value> = guilds
            .iter()
            .map(|id| json!({ "id": id.to_string(), "unavailable": true }))
            .collect();
        let ready = json!({
            "v": 10,
            "user": bot_user(),
            "guilds": unavailable,
            "session_id": session,
            "resume_gateway_url": ws_url,
            "shard": shard,
            "application": { "id": APP_ID.to_string(), "flags": 0 },
        });
        self.dispatch_to(conn, "READY", ready, None);
        if !guilds.is_empty() {
            let mut channels = channels();
            for id in guilds {
                let channels = channels.remove(&id).unwrap_or_default();
                self.dispatch_to(
                    conn,
                    "GUILD_CREATE",
                    render::guild_create(id, channels),
                    None,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serenity::all::{
        ChannelId, Client, ClientBuilder, Context, EventHandler, GatewayIntents, Guild, GuildId,
        HttpBuilder, Interaction,
    };
    use serenity::async_trait;

    use std::future::Future;

    use super::*;
    use crate::{fixtures, Options};

    /// Reports what a serenity client saw: when an interaction arrived and on which shard, each
    /// guild and its shard, and the guilds and channels in its cache once every guild of READY
    /// has arrived.
    struct Handler(mpsc::UnboundedSender<Seen>);

    #[derive(Debug, PartialEq)]
    enum Seen {
        Interaction(Instant, u32),
        Guild { id: u64, shard: u32 },
        Cache { guilds: usize, channel: bool },
    }

    #[async_trait]
    impl EventHandler for Handler {
        async fn interaction_create(&self, ctx: Context, _: Interaction) {
            let _ = self
                .0
                .send(Seen::Interaction(Instant::now(), ctx.shard_id.0));
        }

        async fn guild_create(&self, ctx: Context, guild: Guild, _: Option<bool>) {
            let (id, shard) = (guild.id.get(), ctx.shard_id.0);
            let _ = self.0.send(Seen::Guild { id, shard });
        }

        async fn cache_ready(&self, ctx: Context, _: Vec<GuildId>) {
            let guilds = ctx.cache.guild_count();
            let channel = ctx
                .cache
                .guild(GuildId::new(1))
                .is_some_and(|guild| guild.channels.contains_key(&ChannelId::new(11)));
            let _ = self.0.send(Seen::Cache { guilds, channel });
        }
    }

    /// A serenity client connected to `double` with one shard, reporting to the returned
    /// receiver.
    async fn serenity_client(double: &Double) -> mpsc::UnboundedReceiver<Seen> {
        sharded_client(double, |mut client| async move { client.start().await }).await
    }

    /// A serenity client connected to `double`, whose shards `start` starts.
    async fn sharded_client<F: Future<Output = serenity::Result<()>> + Send + 'static>(
        double: &Double,
        start: impl FnOnce(Client) -> F,
    ) -> mpsc::UnboundedReceiver<Seen> {
        let (tx, rx) = mpsc::unbounded_channel();
        let http = HttpBuilder::new("test-token")
            .proxy(double.base_url())
            .ratelimiter_disabled(true)
            .build();
        let client = ClientBuilder::new_with_http(http, GatewayIntents::GUILDS)
            .event_handler(Handler(tx))
            .await
            .unwrap();
        tokio::spawn(start(client));
        rx
    }

    /// The next thing `seen` reports that `pick` keeps.
    async fn next<T>(
        seen: &mut mpsc::UnboundedReceiver<Seen>,
        pick: impl Fn(Seen) -> Option<T>,
    ) -> T {
        tokio::time::timeout(WAIT, async {
            loop {
                let saw = seen.recv().await.expect("the client is running");
                if let Some(kept) = pick(saw) {
                    return kept;
                }
            }
        })
        .await
        .expect("the client saw it in time")
    }

    #[tokio::test]
    async fn interact_returns_the_instant_its_frame_was_written() {
        let double = Double::start().await;
        let mut seen = serenity_client(&double).await;
        let press = fixtures::command("ping").build();
        let written = double.interact(&press).await;
        match seen.recv().await.unwrap() {
            Seen::Interaction(received, _) => assert!(written <= received),
            other => panic!("expected the interaction, saw {other:?}"),
        }
    }

    #[tokio::test]
    async fn each_guild_and_its_interactions_go_to_the_shard_discord_routes_them_to() {
        // (id >> 22) % 2: the first is shard 0's, the second shard 1's.
        let (even, odd) = (6 << 22, 7 << 22);
        let options = Options {
            guilds: vec![even, odd],
            shards: 2,
            ..Options::default()
        };
        let double = Double::start_with(options).await;
        let mut seen = sharded_client(&double, |mut client| async move {
            client.start_autosharded().await
        })
        .await;
        assert_eq!(double.wait_shards(2).await, 2, "one Identify per shard");
        let mut guilds = vec![
            next(&mut seen, |s| matches!(s, Seen::Guild { .. }).then_some(s)).await,
            next(&mut seen, |s| matches!(s, Seen::Guild { .. }).then_some(s)).await,
        ];
        guilds.sort_by_key(|s| format!("{s:?}"));
        assert_eq!(
            guilds,
            [
                Seen::Guild { id: even, shard: 0 },
                Seen::Guild { id: odd, shard: 1 }
            ]
        );
        let shard_of_interaction = |s| match s {
            Seen::Interaction(_, shard) => Some(shard),
            _ => None,
        };
        double
            .interact(&fixtures::command("ping").in_guild(odd).build())
            .await;
        assert_eq!(next(&mut seen, shard_of_interaction).await, 1);
        double
            .interact(&fixtures::command("ping").in_dm(5, "someone").build())
            .await;
        assert_eq!(
            next(&mut seen, shard_of_interaction).await,
            0,
            "DMs go to shard 0"
        );
        let shards: Vec<_> = double.connections().iter().map(|c| c.shard).collect();
        assert_eq!(shards, [Some([0, 2]), Some([1, 2])]);
    }

    #[tokio::test]
    async fn a_dropped_shard_resumes_while_the_others_keep_their_sessions() {
        let options = Options {
            shards: 2,
            ..Options::default()
        };
        let double = Double::start_with(options).await;
        let _seen = sharded_client(&double, |mut client| async move {
            client.start_autosharded().await
        })
        .await;
        double.wait_shards(2).await;
        double.drop_shard(1).await;
        double.wait_shards(2).await;
        let connections = double.connections();
        let summary: Vec<_> = connections
            .iter()
            .map(|c| (c.shard, c.resumed, c.dropped_by_double))
            .collect();
        assert_eq!(
            summary,
            [
                (Some([0, 2]), false, false),
                (Some([1, 2]), false, true),
                (Some([1, 2]), true, false)
            ]
        );
    }

    /// Starts a one-shard serenity client as shard `[id, total]` and returns the close code its
    /// first Identify was refused with.
    async fn refused(options: Options, id: u32, total: u32) -> u16 {
        let double = Double::start_with(options).await;
        let _seen = sharded_client(&double, move |mut client| async move {
            client.start_shard(id, total).await
        })
        .await;
        first_refusal(&double).await
    }

    /// The close code of the first Identify `double` refused.
    async fn first_refusal(double: &Double) -> u16 {
        double
            .wait_gateway("a refused Identify", WAIT, |conns| {
                conns.iter().find_map(|c| c.refused)
            })
            .await
    }

    #[tokio::test]
    async fn an_identify_as_a_shard_out_of_range_is_closed_with_4010() {
        assert_eq!(refused(Options::default(), 1, 1).await, 4010);
    }

    #[tokio::test]
    async fn an_identify_with_a_total_other_than_the_live_sessions_is_closed_with_4010() {
        let double = Double::start().await;
        let _one = sharded_client(&double, |mut client| async move {
            client.start_shard(0, 1).await
        })
        .await;
        double.wait_shards(1).await;
        let _other = sharded_client(&double, |mut client| async move {
            client.start_shard(1, 2).await
        })
        .await;
        assert_eq!(first_refusal(&double).await, 4010);
    }

    #[tokio::test]
    async fn an_identify_whose_shard_would_hold_too_many_guilds_is_closed_with_4011() {
        let options = Options {
            guilds: vec![1, 2, 3],
            max_guilds_per_shard: 2,
            ..Options::default()
        };
        assert_eq!(refused(options, 0, 1).await, 4011);
    }

    #[tokio::test]
    async fn guilds_are_announced_in_ready_and_each_reaches_serenitys_cache() {
        let options = Options {
            guilds: vec![1, 2, 3],
            ..Options::default()
        };
        let double = Double::start_with(options).await;
        double.set_channel(11, 1, 0);
        let mut seen = serenity_client(&double).await;
        let cache = next(&mut seen, |s| matches!(s, Seen::Cache { .. }).then_some(s)).await;
        assert_eq!(
            cache,
            Seen::Cache {
                guilds: 3,
                channel: true
            }
        );
    }

    /// A slash command without the `locale` serenity requires.
    fn unreadable_interaction() -> Value {
        let mut press = fixtures::command("ping").build();
        press.as_object_mut().unwrap().remove("locale");
        press
    }

    #[tokio::test]
    #[should_panic(expected = "serenity cannot deserialise this interaction")]
    async fn an_interaction_serenity_cannot_read_is_refused() {
        let double = Double::start().await;
        double.interact(&unreadable_interaction()).await;
    }

    #[tokio::test]
    async fn without_payload_checks_an_unreadable_interaction_still_goes_out() {
        let options = Options {
            check_payloads: false,
            ..Options::default()
        };
        let double = Double::start_with(options).await;
        let _seen = serenity_client(&double).await;
        let before = Instant::now();
        assert!(double.interact(&unreadable_interaction()).await >= before);
    }
}
