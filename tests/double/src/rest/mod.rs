//! The REST side: every request under `/api/v10/` (and `/files/`) is recorded
//! ([`Double::requests`]) and answered by the route table in `routes.rs`, unless a [`Fail`] rule
//! answers first. Known endpoints answer with complete objects (so serenity deserialises them)
//! and check Discord's documented limits (`limits.rs`) the way Discord does: 400 with code 50035
//! "Invalid Form Body" and an `errors` tree naming the field, or 50006 for an empty message.
//! Interaction callbacks must name an interaction sent with [`Double::interact`] (else 404,
//! 10062) and may acknowledge it only once (else 400, 40060). Anything else gets 404 and shows
//! up in [`Double::unknown`].

mod body;
mod fail;
mod recorded;
mod routes;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::extract::State as Shared;
use axum::http::{HeaderMap, Method, Uri};
use axum::response::Response;
use serde_json::{json, Value};
use tokio::sync::mpsc;

pub use fail::Fail;
pub use recorded::{custom_ids, Recorded};

use crate::double::{Double, Inner, SessionStartLimit, WAIT};
use crate::limits::Problems;
use crate::spec::{self, Violation};

/// One REST request as it arrives, as reported to [`Double::subscribe`].
#[derive(Clone, Debug)]
pub struct Arrival {
    /// When the double had read the whole request, before answering it.
    pub at: Instant,
    pub method: String,
    /// The full path, e.g. `/api/v10/interactions/700001/tok-700001/callback`.
    pub path: String,
    /// The interaction token in the path of a callback or webhook request.
    pub interaction_token: Option<String>,
    /// The status the double answered with.
    pub status: u16,
    /// An interaction callback's type (see [`Recorded::kind`]): whether the bot answered at
    /// once or deferred.
    pub callback_type: Option<u64>,
}

/// The REST part of the double's state.
#[derive(Default)]
pub(crate) struct State {
    /// [`Options::record`](crate::Options::record).
    pub(crate) record: bool,
    /// Every request, when recording.
    requests: Vec<Recorded>,
    /// The requests no route knew, recording or not.
    unknown: Vec<Recorded>,
    /// What the requests did that Discord's spec does not allow, until taken.
    pub(crate) violations: Vec<Violation>,
    /// Commands were registered (a `PUT .../commands` answered 200).
    pub(crate) registered: bool,
    subscribers: Vec<mpsc::UnboundedSender<Arrival>>,
    fails: Vec<Fail>,
    /// `/files/{path}` -> (content type, bytes).
    files: HashMap<String, (String, Vec<u8>)>,
    /// Message id -> its latest version.
    messages: HashMap<u64, Value>,
    /// How many ids [`State::new_id`] has handed out.
    ids: u64,
    /// Channel id -> (guild id, permissions denied to the bot there).
    channels: HashMap<u64, (u64, u64)>,
    /// Token -> what is kept of an interaction sent with `interact`.
    interactions: HashMap<String, Pending>,
    /// Users who have closed their DMs to the bot: a message to their DM channel gets 50007.
    dms_closed: std::collections::HashSet<u64>,
    /// [`Options::shards`](crate::Options) and its `session_start_limit`, for `GET /gateway/bot`.
    pub(crate) gateway_bot: (u32, SessionStartLimit),
}

/// What the REST side keeps of an interaction: enough to answer its callback and webhook
/// requests, and small, since a bench sends hundreds of thousands.
struct Pending {
    id: String,
    channel: u64,
    /// The message a component was on.
    message: Option<u64>,
    /// A submitted form (type 5), which cannot be answered with another form.
    modal_submit: bool,
    acknowledged: bool,
    /// The interaction's `@original` message, once it has one.
    original: Option<u64>,
}

impl Double {
    /// Every REST request so far, in order; panics unless [`Options::record`](crate::Options).
    pub fn requests(&self) -> Vec<Recorded> {
        self.expect_recording("requests()");
        self.0.lock().rest.requests.clone()
    }

    /// Requests to endpoints the double does not know (answered 404). Tests assert this is empty.
    pub fn unknown(&self) -> Vec<Recorded> {
        self.0.lock().rest.unknown.clone()
    }

    /// From now on, each REST request is reported as it is answered, with the [`Instant`] it
    /// arrived; works with or without [`Options::record`](crate::Options).
    pub fn subscribe(&self) -> mpsc::UnboundedReceiver<Arrival> {
        let (tx, rx) = mpsc::unbounded_channel();
        self.0.change(|st| st.rest.subscribers.push(tx));
        rx
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
        self.wait_for_nth_within(what, n, WAIT, pred).await
    }

    /// As [`wait_for_nth`](Self::wait_for_nth), panicking after `limit` instead: for what
    /// comes after real time the bot keeps (a question open 10 s).
    pub async fn wait_for_nth_within<F: Fn(&Recorded) -> bool>(
        &self,
        what: &str,
        n: usize,
        limit: std::time::Duration,
        pred: F,
    ) -> Recorded {
        self.expect_recording(what);
        self.wait_until(what, limit, |st| {
            st.rest
                .requests
                .iter()
                .filter(|r| pred(r))
                .nth(n - 1)
                .cloned()
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

    /// From now on `user` does not take DMs from the bot, as when they turn off "Direct
    /// Messages" for a server: a message to their DM channel is refused with 50007.
    pub fn close_dms(&self, user: u64) {
        self.0.change(|st| st.rest.dms_closed.insert(user));
    }

    /// Adds a failure rule; rules are checked in order before the normal answer.
    pub fn fail(&self, rule: Fail) {
        self.0.change(|st| st.rest.fails.push(rule));
    }

    /// Serves `bytes` at `GET {base}/files/{path}` and returns that URL (for attachments).
    pub fn serve_file(&self, path: &str, content_type: &str, bytes: Vec<u8>) -> String {
        let entry = (content_type.to_string(), bytes);
        self.0
            .change(|st| st.rest.files.insert(path.to_string(), entry));
        format!("{}/files/{path}", self.base_url())
    }

    /// The latest version of message `id` (created or edited by the bot, or updated by a type 7
    /// callback), as the full message object Discord would send; panics if there is none.
    pub fn message(&self, id: u64) -> Value {
        let found = self.0.lock().rest.messages.get(&id).cloned();
        found.unwrap_or_else(|| panic!("double: no message {id}"))
    }

    /// The `@original` response message of `interaction` (after a type 4/5 callback, or the
    /// message a component was on after a type 6/7 callback); panics if there is none.
    pub fn original(&self, interaction: &Value) -> Value {
        let token = interaction["token"].as_str().unwrap_or_default();
        let id = self
            .0
            .lock()
            .rest
            .interactions
            .get(token)
            .and_then(|p| p.original);
        self.message(id.unwrap_or_else(|| panic!("double: interaction {token} has no response")))
    }

    /// `GET /channels/{channel_id}` answers a text channel of `guild_id` where the bot is denied
    /// `bot_denied` (a member permission overwrite). Unset channels belong to
    /// [`GUILD`](crate::fixtures::GUILD) with no overwrites. Everyone, the bot included, has
    /// [`EVERYONE`](crate::fixtures::EVERYONE) in the guild. Set before the bot connects, the
    /// channel is also in its guild's GUILD_CREATE (see [`Options::guilds`](crate::Options)).
    pub fn set_channel(&self, channel_id: u64, guild_id: u64, bot_denied: u64) {
        self.0
            .change(|st| st.rest.channels.insert(channel_id, (guild_id, bot_denied)));
    }

    /// Panics, naming `what`, unless the double records requests.
    fn expect_recording(&self, what: &str) {
        assert!(
            self.0.record,
            "double: {what} needs the request log, and this double runs with `record: false`"
        );
    }
}

impl State {
    /// Every request, one line each, for a timeout's panic message.
    pub(crate) fn report(&self) -> String {
        if !self.record {
            return "(not recorded)".into();
        }
        let lines: Vec<String> = self.requests.iter().map(Recorded::line).collect();
        lines.join("\n")
    }

    /// Keeps what callback and webhook requests with `interaction`'s token need. The message a
    /// component is on is kept with the messages unless the double already has it.
    pub(crate) fn remember(&mut self, interaction: &Value) {
        let token = interaction["token"].as_str().unwrap_or_default();
        let message = &interaction["message"];
        let message_id = snowflake(&message["id"]);
        if let Some(id) = message_id {
            self.messages.entry(id).or_insert_with(|| message.clone());
        }
        let pending = Pending {
            id: interaction["id"].as_str().unwrap_or_default().to_string(),
            channel: snowflake(&interaction["channel_id"]).unwrap_or_default(),
            message: message_id,
            modal_submit: interaction["type"].as_u64() == Some(5),
            acknowledged: false,
            original: None,
        };
        self.interactions.insert(token.to_string(), pending);
    }

    /// The channels given to `set_channel`, as channel objects, by guild.
    pub(crate) fn channels_by_guild(&self) -> HashMap<u64, Vec<Value>> {
        let mut by_guild: HashMap<u64, Vec<Value>> = HashMap::new();
        for (&channel, &(guild, denied)) in &self.channels {
            let object = crate::render::channel(channel, guild, denied);
            by_guild.entry(guild).or_default().push(object);
        }
        by_guild
    }

    /// A fresh snowflake for a created object.
    fn new_id(&mut self) -> u64 {
        self.ids += 1;
        900_000 + self.ids
    }
}

/// The axum handler of every path but `/ws`.
pub(crate) async fn handle(
    Shared(inner): Shared<Arc<Inner>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let at = Instant::now();
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let parsed = body::parse(content_type, &body);
    let checked = match (&parsed.json, parsed.not_json) {
        (Some(json), _) => spec::Body::Json(json),
        (None, true) => spec::Body::NotJson,
        (None, false) => spec::Body::None,
    };
    let violations = spec::check(method.as_str(), uri.path(), checked);
    let mut recorded = Recorded {
        method: method.to_string(),
        path: uri.path().to_string(),
        query: uri.query().map(str::to_string),
        json: parsed.json.unwrap_or_default(),
        files: parsed.files,
        file_types: parsed.file_types,
        status: 0,
        answer: Value::Null,
    };
    let reply = inner.change(|st| {
        let st = &mut st.rest;
        st.violations.extend(violations);
        let (reply, known) = match fail::apply(&mut st.fails, &recorded.method, &recorded.path) {
            Some(reply) => (reply, true),
            None => match st.route(inner.addr, &recorded) {
                Some(reply) => (reply, true),
                None => (error(404, 0, "double: unknown endpoint"), false),
            },
        };
        recorded.status = reply.status;
        st.registered |= recorded.is("PUT", "/commands") && reply.status == 200;
        if !st.subscribers.is_empty() {
            let arrival = Arrival {
                at,
                method: recorded.method.clone(),
                path: recorded.path.clone(),
                interaction_token: interaction_token(&recorded.path).map(str::to_string),
                status: reply.status,
                callback_type: recorded.is_callback().then(|| recorded.kind()).flatten(),
            };
            st.subscribers.retain(|tx| tx.send(arrival.clone()).is_ok());
        }
        if st.record || !known {
            recorded.answer = serde_json::from_slice(&reply.body).unwrap_or_default();
        }
        if !known {
            st.unknown.push(recorded.clone());
        }
        if st.record {
            st.requests.push(recorded);
        }
        reply
    });
    let mut response = Response::builder().status(reply.status);
    for (name, value) in reply.headers {
        response = response.header(name, value);
    }
    response
        .body(Body::from(reply.body))
        .unwrap_or_else(|e| panic!("double: cannot build an answer: {e}"))
}

/// An answer before it becomes an HTTP response.
pub(crate) struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

pub(crate) fn json_reply(status: u16, body: Value) -> Reply {
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
            node = &mut node[key];
        }
        let list = &mut node["_errors"];
        if list.is_null() {
            *list = json!([]);
        }
        if let Some(list) = list.as_array_mut() {
            list.push(json!({ "code": code, "message": message }));
        }
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

/// The token in `/api/v10/interactions/{id}/{token}/...` or `/api/v10/webhooks/{app}/{token}/...`.
fn interaction_token(path: &str) -> Option<&str> {
    let mut segments = path.strip_prefix("/api/v10/")?.split('/');
    match segments.next()? {
        "interactions" | "webhooks" => segments.nth(1),
        _ => None,
    }
}

/// A path segment as an id.
fn id(segment: &str) -> Option<u64> {
    segment.parse().ok()
}

/// A snowflake in a JSON object (a string, or a number in what serenity sends).
pub(crate) fn snowflake(value: &Value) -> Option<u64> {
    value.as_u64().or_else(|| id(value.as_str()?))
}

#[cfg(test)]
mod tests {
    use std::panic::{catch_unwind, AssertUnwindSafe};

    use super::*;
    use crate::Options;

    async fn send(double: &Double, method: reqwest::Method, path: &str, body: &str) -> u16 {
        let url = format!("{}{path}", double.base_url());
        let request = reqwest::Client::new().request(method, url);
        let request = request.header("content-type", "application/json");
        let response = request.body(body.to_string()).send().await.unwrap();
        response.status().as_u16()
    }

    #[tokio::test]
    async fn without_record_only_requests_to_unknown_endpoints_are_kept() {
        let options = Options {
            record: false,
            ..Options::default()
        };
        let double = Double::start_with(options).await;
        let post = "/api/v10/channels/42/messages";
        let status = send(&double, reqwest::Method::POST, post, r#"{"content":"hi"}"#).await;
        assert_eq!(status, 200);
        let status = send(&double, reqwest::Method::GET, "/api/v10/nowhere", "").await;
        assert_eq!(status, 404);

        assert!(double.0.lock().rest.requests.is_empty());
        let unknown = double.unknown();
        assert_eq!(unknown.len(), 1);
        assert!(unknown[0].is("GET", "/nowhere") && unknown[0].status == 404);
        let asked = catch_unwind(AssertUnwindSafe(|| double.requests()));
        assert!(asked.is_err(), "requests() panics when nothing is recorded");
        let violations = double.take_violations();
        assert_eq!(
            violations.len(),
            1,
            "no such route in Discord's spec either"
        );
    }

    #[tokio::test]
    async fn each_arrival_is_reported_with_its_instant_token_and_status() {
        let double = Double::start().await;
        let mut arrivals = double.subscribe();
        let before = Instant::now();
        let callback = "/api/v10/interactions/1/tok-1/callback";
        let status = send(&double, reqwest::Method::POST, callback, r#"{"type":4}"#).await;
        assert_eq!(status, 404, "no such interaction was sent");
        send(&double, reqwest::Method::GET, "/api/v10/users/@me", "").await;
        let after = Instant::now();

        let first = arrivals.recv().await.unwrap();
        assert_eq!(
            (first.method.as_str(), first.path.as_str()),
            ("POST", callback)
        );
        assert_eq!(first.interaction_token.as_deref(), Some("tok-1"));
        assert_eq!(first.status, 404);
        assert!(before <= first.at && first.at <= after);
        let second = arrivals.recv().await.unwrap();
        assert_eq!(
            (second.path.as_str(), second.status),
            ("/api/v10/users/@me", 200)
        );
        assert_eq!(second.interaction_token, None);
        assert!(first.at <= second.at);
    }

    #[tokio::test]
    async fn a_form_is_checked_and_cannot_answer_a_submitted_form() {
        let double = Double::start().await;
        let message = serde_json::json!({ "id": "77", "channel_id": "42" });
        let press = crate::fixtures::button("t1:1", &message).build();
        let submit = crate::fixtures::modal_submit("m1:1", &[("answer", "x")], &message).build();
        for interaction in [&press, &submit] {
            double.0.lock().rest.remember(interaction);
        }
        let path = |i: &serde_json::Value| {
            format!(
                "/api/v10/interactions/{}/{}/callback",
                i["id"].as_str().unwrap(),
                i["token"].as_str().unwrap()
            )
        };
        let form = |title: &str, inputs: usize| {
            let input = serde_json::json!({
                "type": 4, "custom_id": "answer", "label": "Your answer", "style": 1,
                "max_length": 500,
            });
            serde_json::json!({ "type": 9, "data": {
                "custom_id": "m1:1", "title": title,
                "components": [{ "type": 1, "components": vec![input; inputs] }],
            }})
            .to_string()
        };
        let post = reqwest::Method::POST;
        let status = send(
            &double,
            post.clone(),
            &path(&press),
            &form(&"x".repeat(46), 1),
        )
        .await;
        assert_eq!(status, 400, "a title over 45 characters");
        let status = send(&double, post.clone(), &path(&press), &form("Answer", 2)).await;
        assert_eq!(status, 400, "two inputs in a row");
        let status = send(&double, post.clone(), &path(&submit), &form("Answer", 1)).await;
        assert_eq!(status, 400, "a form in answer to a form");
        let status = send(&double, post, &path(&press), &form("Answer", 1)).await;
        assert_eq!(status, 204);
        let violations = double.take_violations();
        assert!(
            !violations.is_empty(),
            "Discord's spec refuses the long title too"
        );
    }
}
