//! A local stand-in for Discord: one axum server on `127.0.0.1:0` that answers serenity's REST
//! calls under `/api/v10/...` and runs a websocket gateway on `/ws`. See `mod.rs` for usage.
//!
//! REST: every request is recorded ([`Double::requests`]). Known endpoints answer with complete
//! objects (so serenity deserialises them) and check Discord's documented limits (`limits.rs`)
//! the way Discord does: 400 with code 50035 "Invalid Form Body" and an `errors` tree naming the
//! field, or 50006 for an empty message. Interaction
//! callbacks must name an interaction sent with [`Double::interact`] (else 404, 10062) and may
//! acknowledge it only once (else 400, 40060). Anything else gets 404 and shows up in
//! [`Double::unknown`].
//!
//! Gateway: Hello, heartbeat ACKs, READY after Identify, RESUMED after a Resume of a session it
//! knows (op 9 "invalid session" otherwise), and dispatches with a per-session increasing `s`.
//! Hello's `heartbeat_interval` is 41250 ms like Discord's unless set with
//! [`Double::set_heartbeat_interval`] (before the bot connects, e.g. 200 ms to see heartbeats in
//! a test). [`Double::stop_heartbeat_acks`] makes the gateway ignore heartbeats (no op 11) until
//! [`Double::resume_heartbeat_acks`], as a zombied connection would. Every websocket is recorded
//! ([`Double::connections`]: heartbeats received and left unanswered, the session it identified
//! or resumed, who closed it), and [`Double::wait_gateway`] waits for a state of them.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::State;
use axum::http::{HeaderMap, Method, Uri};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use futures::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::sync::{mpsc, watch};

use super::fixtures::{user, APP_ID, EVERYONE, GUILD};
use super::limits::{self, items, Problems};

/// How long [`Double::wait_for`] and friends wait before panicking.
const WAIT: Duration = Duration::from_secs(10);
/// The `heartbeat_interval` (ms) in Hello unless [`Double::set_heartbeat_interval`] says otherwise.
const HEARTBEAT_INTERVAL_MS: u64 = 41250;
/// `retry_after` (seconds) of a 429 answer made by a [`Fail`] rule.
const RETRY_AFTER: f64 = 1.5;

/// One REST request the bot made, and the status the double answered with.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    /// The full path, e.g. `/api/v10/channels/42/messages`.
    pub path: String,
    pub query: Option<String>,
    /// The JSON body; for multipart/form-data the parsed `payload_json` part; `Null` without body.
    pub json: Value,
    /// Multipart file parts: (filename, bytes).
    pub files: Vec<(String, Vec<u8>)>,
    pub status: u16,
    /// The JSON the double answered (e.g. the created message, with the id it assigned); `Null`
    /// when the answer was empty (204) or not JSON.
    pub answer: Value,
}

impl Recorded {
    /// `method` matches and the path ends with `path_suffix`.
    pub fn is(&self, method: &str, path_suffix: &str) -> bool {
        self.method == method && self.path.ends_with(path_suffix)
    }

    /// An interaction callback (`POST /interactions/{id}/{token}/callback`)?
    pub fn is_callback(&self) -> bool {
        self.method == "POST" && self.path.ends_with("/callback")
    }

    /// The callback type (`json["type"]`): 4 message, 5 deferred, 6 deferred update, 7 update
    /// message, 8 autocomplete result, 9 modal.
    pub fn kind(&self) -> Option<u64> {
        self.json["type"].as_u64()
    }

    /// A callback or webhook request made with this interaction's token.
    pub fn for_interaction(&self, interaction: &Value) -> bool {
        let token = interaction["token"].as_str().unwrap_or_default();
        self.path.split('/').any(|segment| segment == token)
    }

    /// The message the request sends: `json["data"]` for callbacks, `json` otherwise.
    pub fn message(&self) -> &Value {
        if self.is_callback() {
            &self.json["data"]
        } else {
            &self.json
        }
    }

    /// The message content ("" when absent).
    pub fn content(&self) -> &str {
        self.message()["content"].as_str().unwrap_or_default()
    }

    /// The ephemeral flag (64) is set on the message.
    pub fn is_ephemeral(&self) -> bool {
        self.message()["flags"].as_u64().unwrap_or(0) & 64 != 0
    }

    /// Title, description, field names and values, and footer of every embed, one per line.
    pub fn embed_text(&self) -> String {
        let mut text = Vec::new();
        for embed in items(&self.message()["embeds"]) {
            text.push(&embed["title"]);
            text.push(&embed["description"]);
            for field in items(&embed["fields"]) {
                text.push(&field["name"]);
                text.push(&field["value"]);
            }
            text.push(&embed["footer"]["text"]);
        }
        let text: Vec<&str> = text.into_iter().filter_map(Value::as_str).collect();
        text.join("\n")
    }

    /// The id of the object the double answered with (e.g. the message it created).
    pub fn answer_id(&self) -> u64 {
        let id = snowflake(&self.answer["id"]);
        id.unwrap_or_else(|| panic!("double: no id in the answer to {}", self.line()))
    }

    /// The custom ids of every component of the message, row by row.
    pub fn custom_ids(&self) -> Vec<String> {
        custom_ids(self.message())
    }

    /// The autocomplete choices' names (callback type 8).
    pub fn choices(&self) -> Vec<String> {
        let names = items(&self.json["data"]["choices"]).filter_map(|c| c["name"].as_str());
        names.map(str::to_string).collect()
    }

    fn line(&self) -> String {
        let query = self
            .query
            .as_ref()
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        let line = format!("{} {}{query} -> {}", self.method, self.path, self.status);
        match self.status {
            400.. => format!("{line} {}", self.answer),
            _ => line,
        }
    }
}

/// The custom ids of the components of a message JSON.
pub fn custom_ids(message: &Value) -> Vec<String> {
    let components = items(&message["components"]).flat_map(|row| items(&row["components"]));
    let ids = components.filter_map(|c| c["custom_id"].as_str());
    ids.map(str::to_string).collect()
}

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
    /// Closed by [`Double::drop_gateway`] rather than by the bot.
    pub dropped_by_double: bool,
}

/// Makes matching requests fail with Discord's error body `{"code", "message"}` (and, for 429,
/// `retry_after`/`global` and the `Retry-After`/`X-RateLimit-*` headers). A request matches if
/// its method is `method` and its path contains `path_contains`; `times: None` = every time.
#[derive(Clone, Debug)]
pub struct Fail {
    pub method: &'static str,
    pub path_contains: String,
    pub status: u16,
    pub code: u32,
    pub message: String,
    pub times: Option<usize>,
}

impl Fail {
    pub fn new(
        method: &'static str,
        path_contains: &str,
        status: u16,
        code: u32,
        message: &str,
    ) -> Fail {
        Fail {
            method,
            path_contains: path_contains.to_string(),
            status,
            code,
            message: message.to_string(),
            times: None,
        }
    }

    /// 403, code 50013 "Missing Permissions".
    pub fn missing_permissions(method: &'static str, path_contains: &str) -> Fail {
        Fail::new(method, path_contains, 403, 50013, "Missing Permissions")
    }

    /// 404, code 10003 "Unknown Channel".
    pub fn unknown_channel(method: &'static str, path_contains: &str) -> Fail {
        Fail::new(method, path_contains, 404, 10003, "Unknown Channel")
    }

    /// 429 "You are being rate limited." with `retry_after` 1.5 s.
    pub fn rate_limited(method: &'static str, path_contains: &str) -> Fail {
        Fail::new(method, path_contains, 429, 0, "You are being rate limited.")
    }

    /// Only the next `n` matching requests fail.
    pub fn times(self, n: usize) -> Fail {
        Fail {
            times: Some(n),
            ..self
        }
    }
}

/// The Discord double. Cheap to clone; all clones share one server.
#[derive(Clone)]
pub struct Double(Arc<Inner>);

struct Inner {
    addr: SocketAddr,
    state: Mutex<St>,
    /// Hello's `heartbeat_interval` in ms.
    heartbeat_interval: AtomicU64,
    /// Answer op 1 heartbeats with op 11 (false after [`Double::stop_heartbeat_acks`]).
    heartbeat_acks: AtomicBool,
    /// Bumped on every change of `state`; waiters subscribe before looking at the state.
    version: watch::Sender<u64>,
}

#[derive(Default)]
struct St {
    requests: Vec<Recorded>,
    unknown: Vec<usize>,
    fails: Vec<Fail>,
    /// `/files/{path}` -> (content type, bytes).
    files: HashMap<String, (String, Vec<u8>)>,
    /// Message id -> its latest version.
    messages: HashMap<u64, Value>,
    next_id: u64,
    /// Channel id -> (guild id, permissions denied to the bot there).
    channels: HashMap<u64, (u64, u64)>,
    /// Token -> interaction sent with `interact`.
    interactions: HashMap<String, Value>,
    acknowledged: HashSet<String>,
    /// Token -> id of the interaction's `@original` message.
    originals: HashMap<String, u64>,
    conns: Vec<Conn>,
    next_conn: u64,
    /// Session id -> last sequence number sent.
    sessions: HashMap<String, u64>,
    identifies: Vec<Value>,
    resumes: usize,
    /// Every websocket ever opened; `connections[i].id == i + 1`.
    connections: Vec<Connection>,
}

/// A gateway websocket; `session` is set once it has identified or resumed (it is "live").
struct Conn {
    id: u64,
    tx: mpsc::UnboundedSender<Out>,
    session: Option<String>,
}

enum Out {
    Text(String),
    Close,
}

impl Double {
    /// Binds `127.0.0.1:0` and spawns the server on the current tokio runtime.
    pub async fn start() -> Double {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let inner = Arc::new(Inner {
            addr: listener.local_addr().unwrap(),
            state: Mutex::new(St {
                next_id: 900_000,
                ..St::default()
            }),
            heartbeat_interval: AtomicU64::new(HEARTBEAT_INTERVAL_MS),
            heartbeat_acks: AtomicBool::new(true),
            version: watch::channel(0).0,
        });
        let app = Router::new()
            .route("/ws", get(gateway))
            .fallback(rest)
            .with_state(inner.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Double(inner)
    }

    /// `http://127.0.0.1:PORT`, what the bot passes to serenity's `HttpBuilder::proxy`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.0.addr)
    }

    /// Waits (≤ 30 s) until a gateway session has identified and is connected, and the bot has
    /// registered its commands (`PUT .../commands` answered 200).
    pub async fn wait_ready(&self) {
        let what = "Identify and PUT .../commands";
        self.wait_until(what, Duration::from_secs(30), |st| {
            let registered = st
                .requests
                .iter()
                .any(|r| r.method == "PUT" && r.path.ends_with("/commands") && r.status == 200);
            let live = st.conns.iter().any(|c| c.session.is_some());
            (registered && live && !st.identifies.is_empty()).then_some(())
        })
        .await
    }

    /// Sends `{"op":0,"t":event,"s":..,"d":data}` to every live gateway session, waiting (≤ 10 s)
    /// for one if there is none (e.g. after [`drop_gateway`](Self::drop_gateway)). Panics if
    /// serenity would not understand the payload (it would silently treat it as an unknown event).
    pub async fn dispatch(&self, event: &str, data: Value) {
        let frame = json!({ "t": event, "d": data.clone() });
        if let Ok(serenity::model::event::Event::Unknown(_)) | Err(_) =
            serde_json::from_value::<serenity::model::event::Event>(frame)
        {
            panic!("double: serenity does not understand this {event} payload:\n{data:#}");
        }
        let what = format!("a live gateway session to dispatch {event} to");
        self.wait_until(&what, WAIT, |st| {
            st.conns.iter().any(|c| c.session.is_some()).then_some(())
        })
        .await;
        let mut st = self.0.state.lock().unwrap();
        let live: Vec<u64> = st
            .conns
            .iter()
            .filter(|c| c.session.is_some())
            .map(|c| c.id)
            .collect();
        for conn in live {
            st.dispatch_to(conn, event, data.clone());
        }
    }

    /// Dispatches INTERACTION_CREATE (after checking that serenity deserialises the payload) and
    /// remembers the interaction so its callback and webhook requests can be answered.
    pub async fn interact(&self, interaction: &Value) {
        if let Err(e) = serde_json::from_value::<serenity::all::Interaction>(interaction.clone()) {
            panic!("double: serenity cannot deserialise this interaction ({e}):\n{interaction:#}");
        }
        let token = interaction["token"]
            .as_str()
            .expect("interaction without token");
        self.0.change(|st| {
            st.interactions
                .insert(token.to_string(), interaction.clone())
        });
        self.dispatch("INTERACTION_CREATE", interaction.clone())
            .await;
    }

    /// Every REST request so far, in order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.0.state.lock().unwrap().requests.clone()
    }

    /// Requests to endpoints the double does not know (answered 404). Tests assert this is empty.
    pub fn unknown(&self) -> Vec<Recorded> {
        let st = self.0.state.lock().unwrap();
        st.unknown.iter().map(|&i| st.requests[i].clone()).collect()
    }

    /// The first request (already recorded or still to come) matching `pred`; panics after 10 s
    /// naming `what` and listing the requests seen.
    pub async fn wait_for<F: Fn(&Recorded) -> bool>(&self, what: &str, pred: F) -> Recorded {
        self.wait_for_nth(what, 1, pred).await
    }

    /// The `n`-th (1-based) request matching `pred`, as [`wait_for`](Self::wait_for).
    pub async fn wait_for_nth<F: Fn(&Recorded) -> bool>(
        &self,
        what: &str,
        n: usize,
        pred: F,
    ) -> Recorded {
        self.wait_until(what, WAIT, |st| {
            st.requests.iter().filter(|r| pred(r)).nth(n - 1).cloned()
        })
        .await
    }

    /// The callback (`POST /interactions/{id}/{token}/callback`) of `interaction`.
    pub async fn callback(&self, interaction: &Value) -> Recorded {
        let id = interaction["id"].as_str().unwrap_or_default();
        let what = format!("the callback of interaction {id}");
        self.wait_for(&what, |r| r.is_callback() && r.for_interaction(interaction))
            .await
    }

    /// Adds a failure rule; rules are checked in order before the normal answer.
    pub fn fail(&self, rule: Fail) {
        self.0.change(|st| st.fails.push(rule));
    }

    /// Serves `bytes` at `GET {base}/files/{path}` and returns that URL (for attachments).
    pub fn serve_file(&self, path: &str, content_type: &str, bytes: Vec<u8>) -> String {
        let entry = (content_type.to_string(), bytes);
        self.0.change(|st| st.files.insert(path.to_string(), entry));
        format!("{}/files/{path}", self.base_url())
    }

    /// The latest version of message `id` (created or edited by the bot, or updated by a type 7
    /// callback), as the full message object Discord would send; panics if there is none.
    pub fn message(&self, id: u64) -> Value {
        let found = self.0.state.lock().unwrap().messages.get(&id).cloned();
        found.unwrap_or_else(|| panic!("double: no message {id}"))
    }

    /// The `@original` response message of `interaction` (after a type 4/5 callback, or the
    /// message a component was on after a type 6/7 callback); panics if there is none.
    pub fn original(&self, interaction: &Value) -> Value {
        let token = interaction["token"].as_str().unwrap_or_default();
        let id = self.0.state.lock().unwrap().originals.get(token).copied();
        self.message(id.unwrap_or_else(|| panic!("double: interaction {token} has no response")))
    }

    /// `GET /channels/{channel_id}` answers a text channel of `guild_id` where the bot is denied
    /// `bot_denied` (a member permission overwrite). Unset channels belong to [`GUILD`] with no
    /// overwrites. Everyone, the bot included, has [`EVERYONE`] in the guild.
    pub fn set_channel(&self, channel_id: u64, guild_id: u64, bot_denied: u64) {
        self.0
            .change(|st| st.channels.insert(channel_id, (guild_id, bot_denied)));
    }

    /// Closes every gateway websocket (close code 4000) and waits until they are gone; serenity
    /// then reconnects and resumes.
    pub async fn drop_gateway(&self) {
        let dropped: Vec<u64> = self.0.change(|st| {
            for conn in &mut st.conns {
                conn.session = None;
                let _ = conn.tx.send(Out::Close);
            }
            let ids: Vec<u64> = st.conns.iter().map(|c| c.id).collect();
            for &id in &ids {
                st.connection(id).dropped_by_double = true;
            }
            ids
        });
        self.wait_until("the dropped gateway sessions to close", WAIT, |st| {
            (!st.conns.iter().any(|c| dropped.contains(&c.id))).then_some(())
        })
        .await
    }

    /// Sets Hello's `heartbeat_interval` for the connections opened from now on (41250 ms unless
    /// set). Call it before starting the bot to make it heartbeat every `interval`.
    pub fn set_heartbeat_interval(&self, interval: Duration) {
        let ms = u64::try_from(interval.as_millis()).unwrap();
        self.0.heartbeat_interval.store(ms, Ordering::SeqCst);
    }

    /// From now on heartbeats (op 1) get no ACK (op 11), on every connection, as if the
    /// connection had gone dead one way; they are still counted ([`Connection::unacked`]).
    pub fn stop_heartbeat_acks(&self) {
        self.0.heartbeat_acks.store(false, Ordering::SeqCst);
    }

    /// Heartbeats received from now on are ACKed again (ones already ignored stay unanswered).
    pub fn resume_heartbeat_acks(&self) {
        self.0.heartbeat_acks.store(true, Ordering::SeqCst);
    }

    /// Every gateway websocket the bot has opened, in order, closed ones included.
    pub fn connections(&self) -> Vec<Connection> {
        self.0.state.lock().unwrap().connections.clone()
    }

    /// Waits (≤ `limit`) until `check` finds what it looks for in [`connections`](Self::connections),
    /// waking on every change; panics naming `what` otherwise.
    pub async fn wait_gateway<T>(
        &self,
        what: &str,
        limit: Duration,
        check: impl Fn(&[Connection]) -> Option<T>,
    ) -> T {
        self.wait_until(what, limit, |st| check(&st.connections))
            .await
    }

    /// The Identify payloads (`d`) received, e.g. to check `intents` and `token`.
    pub fn identifies(&self) -> Vec<Value> {
        self.0.state.lock().unwrap().identifies.clone()
    }

    pub fn identify_count(&self) -> usize {
        self.0.state.lock().unwrap().identifies.len()
    }

    /// How many Resumes were accepted.
    pub fn resume_count(&self) -> usize {
        self.0.state.lock().unwrap().resumes
    }

    async fn wait_until<T>(
        &self,
        what: &str,
        limit: Duration,
        mut check: impl FnMut(&St) -> Option<T>,
    ) -> T {
        let mut changes = self.0.version.subscribe();
        let found = tokio::time::timeout(limit, async {
            loop {
                let found = check(&self.0.state.lock().unwrap());
                if let Some(found) = found {
                    return found;
                }
                changes.changed().await.unwrap();
            }
        })
        .await;
        found.unwrap_or_else(|_| {
            let report = {
                let st = self.0.state.lock().unwrap();
                let lines: Vec<String> = st.requests.iter().map(Recorded::line).collect();
                let live = st.conns.iter().filter(|c| c.session.is_some()).count();
                let identifies = st.identifies.len();
                let conns: Vec<String> = st.connections.iter().map(|c| format!("{c:?}")).collect();
                format!(
                    "({identifies} identify, {live} live gateway sessions); connections:\n{}\n\
                     requests seen:\n{}",
                    conns.join("\n"),
                    lines.join("\n")
                )
            };
            panic!("double: timed out after {limit:?} waiting for {what}\n{report}")
        })
    }
}

impl Inner {
    /// Runs `f` on the state and wakes every waiter.
    fn change<T>(&self, f: impl FnOnce(&mut St) -> T) -> T {
        let out = f(&mut self.state.lock().unwrap());
        self.version.send_modify(|v| *v += 1);
        out
    }

    fn ws_url(&self) -> String {
        format!("ws://{}/ws", self.addr)
    }
}

// ---------------------------------------------------------------------------------------------
// Gateway

async fn gateway(State(inner): State<Arc<Inner>>, upgrade: WebSocketUpgrade) -> Response {
    upgrade.on_upgrade(move |socket| session(inner, socket))
}

async fn session(inner: Arc<Inner>, socket: WebSocket) {
    let (mut sink, mut stream) = socket.split();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let interval = inner.heartbeat_interval.load(Ordering::SeqCst);
    let hello = json!({ "op": 10, "d": { "heartbeat_interval": interval } });
    let _ = tx.send(Out::Text(hello.to_string()));
    let id = inner.change(|st| {
        st.next_conn += 1;
        let id = st.next_conn;
        st.conns.push(Conn {
            id,
            tx,
            session: None,
        });
        st.connections.push(Connection {
            id,
            ..Connection::default()
        });
        id
    });
    loop {
        tokio::select! {
            out = rx.recv() => match out {
                Some(Out::Text(text)) => {
                    if sink.send(Message::Text(text)).await.is_err() {
                        break;
                    }
                }
                Some(Out::Close) | None => {
                    let reason = "double: gateway dropped".into();
                    let close = Message::Close(Some(CloseFrame { code: 4000, reason }));
                    let _ = sink.send(close).await;
                    break;
                }
            },
            frame = stream.next() => match frame {
                Some(Ok(Message::Text(text))) => {
                    let acks = inner.heartbeat_acks.load(Ordering::SeqCst);
                    inner.change(|st| st.on_frame(id, &text, &inner.ws_url(), acks));
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
    inner.change(|st| {
        st.conns.retain(|c| c.id != id);
        st.connection(id).closed = true;
    });
}

impl St {
    /// The record of connection `id`.
    fn connection(&mut self, id: u64) -> &mut Connection {
        &mut self.connections[usize::try_from(id).unwrap() - 1]
    }

    fn send(&self, conn: u64, frame: Value) {
        if let Some(c) = self.conns.iter().find(|c| c.id == conn) {
            let _ = c.tx.send(Out::Text(frame.to_string()));
        }
    }

    fn dispatch_to(&mut self, conn: u64, event: &str, data: Value) {
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
        self.send(conn, frame);
    }

    fn set_session(&mut self, conn: u64, session: &str, resumed: bool) {
        if let Some(c) = self.conns.iter_mut().find(|c| c.id == conn) {
            c.session = Some(session.to_string());
        }
        let record = self.connection(conn);
        record.session = Some(session.to_string());
        record.resumed = resumed;
    }

    /// Handles one frame from the bot; `acks`: answer heartbeats.
    fn on_frame(&mut self, conn: u64, text: &str, ws_url: &str, acks: bool) {
        let frame: Value = serde_json::from_str(text).unwrap_or_default();
        match frame["op"].as_u64() {
            Some(1) => {
                let record = self.connection(conn);
                record.heartbeats += 1;
                if acks {
                    self.send(conn, json!({ "op": 11 }));
                } else {
                    record.unacked += 1;
                }
            }
            Some(2) => {
                self.identifies.push(frame["d"].clone());
                let session = format!("session-{}", self.identifies.len());
                self.sessions.insert(session.clone(), 0);
                self.set_session(conn, &session, false);
                let shard = frame["d"]["shard"].clone();
                let ready = json!({
                    "v": 10,
                    "user": bot_user(),
                    "guilds": [],
                    "session_id": session,
                    "resume_gateway_url": ws_url,
                    "shard": if shard.is_null() { json!([0, 1]) } else { shard },
                    "application": { "id": APP_ID.to_string(), "flags": 0 },
                });
                self.dispatch_to(conn, "READY", ready);
            }
            Some(6) => {
                let session = frame["d"]["session_id"].as_str().unwrap_or_default();
                if self.sessions.contains_key(session) {
                    self.resumes += 1;
                    self.set_session(conn, session, true);
                    self.dispatch_to(conn, "RESUMED", json!({}));
                } else {
                    self.send(conn, json!({ "op": 9, "d": false }));
                }
            }
            // Presence updates, member chunk requests, ...: nothing to answer.
            _ => {}
        }
    }
}

// ---------------------------------------------------------------------------------------------
// REST

struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

fn json_reply(status: u16, body: Value) -> Reply {
    Reply {
        status,
        headers: vec![("content-type", "application/json".into())],
        body: body.to_string().into_bytes(),
    }
}

fn no_content() -> Reply {
    Reply {
        status: 204,
        headers: Vec::new(),
        body: Vec::new(),
    }
}

fn error(status: u16, code: u32, message: &str) -> Reply {
    json_reply(status, json!({ "code": code, "message": message }))
}

/// 400 "Invalid Form Body" with Discord's nested `errors` object; problems are
/// (dotted path, error code, message).
fn invalid_form(problems: Problems) -> Reply {
    let mut errors = json!({});
    for (path, code, message) in problems {
        let mut node = &mut errors;
        for key in path.split('.') {
            node = node
                .as_object_mut()
                .unwrap()
                .entry(key)
                .or_insert_with(|| json!({}));
        }
        let list = node
            .as_object_mut()
            .unwrap()
            .entry("_errors")
            .or_insert_with(|| json!([]));
        list.as_array_mut()
            .unwrap()
            .push(json!({ "code": code, "message": message }));
    }
    json_reply(
        400,
        json!({ "code": 50035, "message": "Invalid Form Body", "errors": errors }),
    )
}

/// The 400 answer to a body with `problems` or, for a new message, with nothing in it.
fn reject(problems: Problems, empty: bool) -> Option<Reply> {
    if !problems.is_empty() {
        Some(invalid_form(problems))
    } else if empty {
        Some(error(400, 50006, "Cannot send an empty message"))
    } else {
        None
    }
}

fn fail_reply(rule: &Fail) -> Reply {
    let mut body = json!({ "code": rule.code, "message": rule.message });
    if rule.status != 429 {
        return json_reply(rule.status, body);
    }
    body["retry_after"] = json!(RETRY_AFTER);
    body["global"] = json!(false);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    let reset = now.unwrap().as_secs_f64() + RETRY_AFTER;
    let mut reply = json_reply(429, body);
    reply.headers.extend([
        ("retry-after", RETRY_AFTER.ceil().to_string()),
        ("x-ratelimit-limit", "5".into()),
        ("x-ratelimit-remaining", "0".into()),
        ("x-ratelimit-reset", format!("{reset:.3}")),
        ("x-ratelimit-reset-after", format!("{RETRY_AFTER:.3}")),
        ("x-ratelimit-bucket", "double".into()),
        ("x-ratelimit-scope", "user".into()),
    ]);
    reply
}

async fn rest(
    State(inner): State<Arc<Inner>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let (json, files) = parse_body(content_type, &body);
    let mut recorded = Recorded {
        method: method.to_string(),
        path: uri.path().to_string(),
        query: uri.query().map(str::to_string),
        json,
        files,
        status: 0,
        answer: Value::Null,
    };
    let reply = inner.change(|st| {
        let fail = st.fails.iter().position(|f| {
            f.method.eq_ignore_ascii_case(&recorded.method)
                && recorded.path.contains(&f.path_contains)
        });
        let (reply, known) = match fail {
            Some(i) => {
                let reply = fail_reply(&st.fails[i]);
                if let Some(times) = &mut st.fails[i].times {
                    *times -= 1;
                    if *times == 0 {
                        st.fails.remove(i);
                    }
                }
                (reply, true)
            }
            None => match st.route(inner.addr, &recorded) {
                Some(reply) => (reply, true),
                None => (error(404, 0, "double: unknown endpoint"), false),
            },
        };
        recorded.status = reply.status;
        recorded.answer = serde_json::from_slice(&reply.body).unwrap_or_default();
        if !known {
            st.unknown.push(st.requests.len());
        }
        st.requests.push(recorded);
        reply
    });
    let mut response = Response::builder().status(reply.status);
    for (name, value) in reply.headers {
        response = response.header(name, value);
    }
    response.body(Body::from(reply.body)).unwrap()
}

fn id(segment: &str) -> Option<u64> {
    segment.parse().ok()
}

/// A snowflake in a JSON object (a string, or a number in what serenity sends).
fn snowflake(value: &Value) -> Option<u64> {
    value.as_u64().or_else(|| id(value.as_str()?))
}

impl St {
    /// The answer of a known endpoint, `None` for an unknown one.
    fn route(&mut self, addr: SocketAddr, req: &Recorded) -> Option<Reply> {
        let base = &format!("http://{addr}");
        let ws_url = format!("ws://{addr}/ws");
        if let Some(file) = req.path.strip_prefix("/files/") {
            let (content_type, bytes) = self.files.get(file)?.clone();
            return Some(Reply {
                status: 200,
                headers: vec![("content-type", content_type)],
                body: bytes,
            });
        }
        let path = req.path.strip_prefix("/api/v10/")?;
        let segments: Vec<&str> = path.split('/').collect();
        let app = APP_ID.to_string();
        let body = &req.json;
        Some(match (req.method.as_str(), segments.as_slice()) {
            ("GET", ["gateway"]) => json_reply(200, json!({ "url": ws_url })),
            ("GET", ["gateway", "bot"]) => {
                let limit = json!({
                    "total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1,
                });
                let gateway = json!({ "url": ws_url, "shards": 1, "session_start_limit": limit });
                json_reply(200, gateway)
            }
            ("GET", ["oauth2", "applications", "@me"]) => json_reply(200, application()),
            ("GET", ["users", "@me"]) => json_reply(200, bot_user()),
            ("PUT", ["applications", a, "commands"]) if *a == app => self.commands(body, None),
            ("PUT", ["applications", a, "guilds", g, "commands"]) if *a == app => {
                self.commands(body, Some(id(g)?))
            }
            ("POST", ["interactions", i, token, "callback"]) => self.callback(base, i, token, req),
            (_, ["webhooks", a, token, tail @ ..]) if *a == app => {
                let Some(interaction) = self.interactions.get(*token).cloned() else {
                    return Some(error(404, 10015, "Unknown Webhook"));
                };
                let channel = snowflake(&interaction["channel_id"])?;
                let message = match tail {
                    [] if req.method == "POST" => None,
                    ["messages", "@original"] => match self.originals.get(*token) {
                        Some(&m) => Some(m),
                        None => return Some(error(404, 10008, "Unknown Message")),
                    },
                    ["messages", m] => Some(id(m)?),
                    _ => return None,
                };
                self.message_request(base, req, channel, message, true)?
            }
            (_, ["channels", c, "messages"]) if req.method == "POST" => {
                self.message_request(base, req, id(c)?, None, false)?
            }
            (_, ["channels", c, "messages", m]) => {
                self.message_request(base, req, id(c)?, Some(id(m)?), false)?
            }
            ("GET", ["channels", c]) => {
                let channel = id(c)?;
                let (guild, denied) = self.channels.get(&channel).copied().unwrap_or((GUILD, 0));
                json_reply(200, channel_object(channel, guild, denied))
            }
            ("GET", ["guilds", g]) => json_reply(200, guild_object(id(g)?)),
            ("GET", ["guilds", g, "members", u]) => json_reply(200, member_object(id(g)?, id(u)?)),
            _ => return None,
        })
    }

    fn new_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    fn commands(&mut self, body: &Value, guild: Option<u64>) -> Reply {
        if let Some(rejection) = reject(limits::commands(body), false) {
            return rejection;
        }
        let mut commands = body.as_array().cloned().unwrap_or_default();
        for command in &mut commands {
            command["id"] = json!(self.new_id().to_string());
            command["application_id"] = json!(APP_ID.to_string());
            command["version"] = json!("1");
            if command["type"].is_null() {
                command["type"] = json!(1);
            }
            if command["description"].is_null() {
                command["description"] = json!("");
            }
            if let Some(guild) = guild {
                command["guild_id"] = json!(guild.to_string());
            }
        }
        json_reply(200, Value::Array(commands))
    }

    fn callback(&mut self, base: &str, interaction_id: &str, token: &str, req: &Recorded) -> Reply {
        let Some(interaction) = self.interactions.get(token).cloned() else {
            return error(404, 10062, "Unknown interaction");
        };
        if interaction["id"] != interaction_id {
            return error(404, 10062, "Unknown interaction");
        }
        let (body, files) = (&req.json, &req.files);
        let data = &body["data"];
        let kind = body["type"].as_u64().unwrap_or_default();
        let problems = match kind {
            4 | 7 => limits::message(data),
            5 | 6 | 9 => Vec::new(),
            8 => limits::choices(data),
            _ => return error(400, 50035, "Invalid Form Body"),
        };
        let problems = problems
            .into_iter()
            .map(|(path, code, message)| (format!("data.{path}"), code, message));
        let empty = kind == 4 && limits::is_empty(data, !files.is_empty());
        if let Some(rejection) = reject(problems.collect(), empty) {
            return rejection;
        }
        if !self.acknowledged.insert(token.to_string()) {
            return error(400, 40060, "Interaction has already been acknowledged.");
        }
        let channel = snowflake(&interaction["channel_id"]).unwrap_or_default();
        match kind {
            4 | 5 => {
                let id = self.new_id();
                let attachments = self.attachments(base, data, files, None);
                let message = render_message(id, channel, data, None, attachments, true);
                self.messages.insert(id, message);
                self.originals.insert(token.to_string(), id);
            }
            6 | 7 => {
                let message = &interaction["message"];
                if let Some(id) = snowflake(&message["id"]) {
                    let current = self
                        .messages
                        .get(&id)
                        .cloned()
                        .unwrap_or_else(|| message.clone());
                    if kind == 7 {
                        let attachments = self.attachments(base, data, files, Some(&current));
                        let updated =
                            render_message(id, channel, data, Some(&current), attachments, false);
                        self.messages.insert(id, updated);
                    } else {
                        self.messages.entry(id).or_insert(current);
                    }
                    self.originals.insert(token.to_string(), id);
                }
            }
            _ => {}
        }
        no_content()
    }

    /// GET/POST/PATCH/DELETE of a channel or webhook message; `message` is `None` for POST.
    fn message_request(
        &mut self,
        base: &str,
        req: &Recorded,
        channel: u64,
        message: Option<u64>,
        webhook: bool,
    ) -> Option<Reply> {
        let current = match message {
            Some(m) => match self.messages.get(&m) {
                Some(current) if snowflake(&current["channel_id"]) == Some(channel) => {
                    Some(current.clone())
                }
                _ => return Some(error(404, 10008, "Unknown Message")),
            },
            None => None,
        };
        let body = &req.json;
        Some(match (req.method.as_str(), current) {
            ("GET", Some(current)) => json_reply(200, current),
            ("DELETE", Some(_)) => {
                self.messages.remove(&message?);
                no_content()
            }
            ("POST", None) | ("PATCH", Some(_)) => {
                let empty = message.is_none() && limits::is_empty(body, !req.files.is_empty());
                if let Some(rejection) = reject(limits::message(body), empty) {
                    return Some(rejection);
                }
                let id = message.unwrap_or_else(|| self.new_id());
                let previous = self.messages.get(&id).cloned();
                let attachments = self.attachments(base, body, &req.files, previous.as_ref());
                let rendered =
                    render_message(id, channel, body, previous.as_ref(), attachments, webhook);
                self.messages.insert(id, rendered.clone());
                json_reply(200, rendered)
            }
            _ => return None,
        })
    }

    /// The attachments of a created or edited message: entries of `attachments` with a filename
    /// are new uploads (served under `/files/attachments/{id}/{filename}`), entries without one
    /// keep an attachment of `previous`. `None` = leave them as they are.
    fn attachments(
        &mut self,
        base: &str,
        body: &Value,
        files: &[(String, Vec<u8>)],
        previous: Option<&Value>,
    ) -> Option<Value> {
        let uploads = |name: &str| files.iter().find(|(f, _)| f == name);
        let entries = match body["attachments"].as_array() {
            Some(entries) => entries.clone(),
            None if files.is_empty() => return None,
            None => files
                .iter()
                .map(|(name, _)| json!({ "filename": name }))
                .collect(),
        };
        let mut out = Vec::new();
        for entry in entries {
            if let Some((name, bytes)) = entry["filename"].as_str().and_then(uploads) {
                let id = self.new_id();
                let path = format!("attachments/{id}/{name}");
                self.files.insert(
                    path.clone(),
                    ("application/octet-stream".into(), bytes.clone()),
                );
                let url = format!("{base}/files/{path}");
                out.push(json!({
                    "id": id.to_string(), "filename": name, "size": bytes.len(), "url": url,
                    "proxy_url": url, "description": entry["description"],
                }));
            } else if let Some(previous) = previous {
                let kept = items(&previous["attachments"]);
                out.extend(
                    kept.filter(|a| snowflake(&a["id"]) == snowflake(&entry["id"]))
                        .cloned(),
                );
            }
        }
        Some(Value::Array(out))
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339()
}

fn bot_user() -> Value {
    json!({
        "id": APP_ID.to_string(), "username": "quizbot", "discriminator": "0",
        "global_name": null, "avatar": null, "bot": true, "verified": true, "mfa_enabled": false,
    })
}

fn application() -> Value {
    json!({
        "id": APP_ID.to_string(), "name": "quizbot", "icon": null, "description": "",
        "bot_public": true, "bot_require_code_grant": false, "verify_key": "0",
        "owner": user(1, "owner"), "team": null, "flags": 0,
    })
}

/// A message object: `previous` (or defaults) with the content, embeds, components, flags and
/// attachments of `body` applied; embeds get `"type": "rich"` and buttons `"disabled"`.
fn render_message(
    id: u64,
    channel: u64,
    body: &Value,
    previous: Option<&Value>,
    attachments: Option<Value>,
    webhook: bool,
) -> Value {
    let mut message = previous.cloned().unwrap_or_else(|| {
        json!({
            "id": id.to_string(), "channel_id": channel.to_string(), "author": bot_user(),
            "content": "", "timestamp": now(), "edited_timestamp": null, "tts": false,
            "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [],
            "embeds": [], "components": [], "reactions": [], "pinned": false, "type": 0, "flags": 0,
        })
    });
    if previous.is_some() {
        message["edited_timestamp"] = json!(now());
    }
    if webhook {
        message["webhook_id"] = json!(APP_ID.to_string());
        message["application_id"] = json!(APP_ID.to_string());
    }
    for (key, empty) in [
        ("content", json!("")),
        ("embeds", json!([])),
        ("components", json!([])),
        ("flags", json!(0)),
        ("tts", json!(false)),
    ] {
        match body.get(key) {
            Some(Value::Null) => message[key] = empty,
            Some(value) => message[key] = value.clone(),
            None => {}
        }
    }
    for embed in message["embeds"].as_array_mut().into_iter().flatten() {
        embed["type"] = json!("rich");
    }
    for row in message["components"].as_array_mut().into_iter().flatten() {
        for component in row["components"].as_array_mut().into_iter().flatten() {
            if component["disabled"].is_null() {
                component["disabled"] = json!(false);
            }
        }
    }
    if let Some(attachments) = attachments {
        message["attachments"] = attachments;
    }
    message
}

fn channel_object(id: u64, guild: u64, bot_denied: u64) -> Value {
    let overwrite = json!({
        "id": APP_ID.to_string(), "type": 1, "allow": "0", "deny": bot_denied.to_string(),
    });
    let overwrites = if bot_denied == 0 {
        vec![]
    } else {
        vec![overwrite]
    };
    json!({
        "id": id.to_string(), "type": 0, "guild_id": guild.to_string(),
        "name": format!("channel-{id}"),
        "position": 0, "permission_overwrites": overwrites, "topic": null, "nsfw": false,
        "last_message_id": null, "rate_limit_per_user": 0, "parent_id": null, "flags": 0,
    })
}

fn guild_object(id: u64) -> Value {
    let everyone = json!({
        "id": id.to_string(), "name": "@everyone", "color": 0,
        "colors": { "primary_color": 0, "secondary_color": null, "tertiary_color": null },
        "hoist": false, "icon": null, "unicode_emoji": null, "position": 0,
        "permissions": EVERYONE.to_string(), "managed": false, "mentionable": false, "flags": 0,
    });
    json!({
        "id": id.to_string(), "name": format!("guild-{id}"), "icon": null, "icon_hash": null,
        "splash": null, "discovery_splash": null, "owner_id": "1", "afk_channel_id": null,
        "afk_timeout": 300, "widget_enabled": false, "widget_channel_id": null,
        "verification_level": 0, "default_message_notifications": 0, "explicit_content_filter": 0,
        "roles": [everyone], "emojis": [], "features": [], "mfa_level": 0, "application_id": null,
        "system_channel_id": null, "system_channel_flags": 0, "rules_channel_id": null,
        "max_presences": null, "max_members": 500000, "vanity_url_code": null, "description": null,
        "banner": null, "premium_tier": 0, "premium_subscription_count": 0,
        "preferred_locale": "en-US", "public_updates_channel_id": null,
        "max_video_channel_users": 25, "max_stage_video_channel_users": 50, "nsfw_level": 0,
        "stickers": [], "premium_progress_bar_enabled": false, "safety_alerts_channel_id": null,
    })
}

fn member_object(guild: u64, user_id: u64) -> Value {
    let user = if user_id == APP_ID {
        bot_user()
    } else {
        user(user_id, &format!("user{user_id}"))
    };
    json!({
        "user": user, "guild_id": guild.to_string(), "nick": null, "avatar": null, "roles": [],
        "joined_at": "2024-01-01T00:00:00+00:00", "premium_since": null, "deaf": false,
        "mute": false, "flags": 0, "pending": false,
    })
}

// ---------------------------------------------------------------------------------------------
// Request bodies

/// The JSON body (or the `payload_json` part of a multipart body) and the multipart files.
fn parse_body(content_type: &str, body: &[u8]) -> (Value, Vec<(String, Vec<u8>)>) {
    let Some(boundary) = content_type.split("boundary=").nth(1) else {
        return (serde_json::from_slice(body).unwrap_or_default(), Vec::new());
    };
    let delimiter = format!("--{}", boundary.trim_matches('"'));
    let mut json = Value::Null;
    let mut files = Vec::new();
    for part in split(body, delimiter.as_bytes()) {
        let Some(head_end) = find(part, b"\r\n\r\n") else {
            continue;
        };
        let head = String::from_utf8_lossy(&part[..head_end]);
        let data = &part[head_end + 4..];
        let data = data.strip_suffix(b"\r\n").unwrap_or(data);
        match (attribute(&head, "name"), attribute(&head, "filename")) {
            (_, Some(filename)) => files.push((filename, data.to_vec())),
            (Some(name), None) if name == "payload_json" => {
                json = serde_json::from_slice(data).unwrap_or_default()
            }
            _ => {}
        }
    }
    (json, files)
}

fn attribute(head: &str, key: &str) -> Option<String> {
    let pattern = format!(" {key}=\"");
    let start = head.find(&pattern)? + pattern.len();
    let len = head[start..].find('"')?;
    Some(head[start..start + len].to_string())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn split<'a>(mut body: &'a [u8], delimiter: &[u8]) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    while let Some(at) = find(body, delimiter) {
        parts.push(&body[..at]);
        body = &body[at + delimiter.len()..];
    }
    parts
}
