//! The [`Double`] handle: starting the server, the state that REST and the gateway share, and
//! waiting for a state of it without sleeping.

use std::net::SocketAddr;
use std::ops::Deref;
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::routing::get;
use axum::Router;
use tokio::sync::watch;

use crate::gateway::{self, HEARTBEAT_INTERVAL_MS};
use crate::rest;
use crate::spec::Violation;

/// How long [`Double::wait_for`] and friends wait before panicking.
pub(crate) const WAIT: Duration = Duration::from_secs(10);

/// The Discord double. Cheap to clone; all clones share one server.
///
/// Every REST request is checked against Discord's published spec (`spec.rs`). A request that
/// breaks it fails the test: every wait panics with the violations (so does
/// [`assert_conforms`](Self::assert_conforms)), and so does dropping the last clone, unless
/// [`take_violations`](Self::take_violations) took them.
#[derive(Clone)]
pub struct Double(pub(crate) Arc<Handle>);

/// What the clones of a [`Double`] share: the server's state, and, since the server holds the
/// state but not this, a last look at it when the last clone goes, so violations nobody took
/// fail the test even if it ended without waiting.
pub(crate) struct Handle(Arc<Inner>);

impl Deref for Handle {
    type Target = Inner;

    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl Drop for Handle {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let violations = std::mem::take(&mut self.0.lock().rest.violations);
        if !violations.is_empty() {
            panic!("{}", report(&violations));
        }
    }
}

/// The panic message for requests that broke Discord's spec.
fn report(violations: &[Violation]) -> String {
    let lines: Vec<String> = violations.iter().map(Violation::to_string).collect();
    format!(
        "double: {} request(s) broke Discord's API spec:\n{}",
        violations.len(),
        lines.join("\n")
    )
}

/// How a double runs. `Options::default()` is what [`Double::start`] uses: every request
/// recorded, every payload checked, no guilds announced.
#[derive(Clone, Debug)]
pub struct Options {
    /// Keep every REST request for [`Double::requests`] and the `wait_for*`/`callback` waits.
    /// Off, a long run (a load bench) holds no request log: only requests to unknown endpoints
    /// are kept ([`Double::unknown`]), [`Double::subscribe`] reports each arrival, and the
    /// waits on requests panic.
    pub record: bool,
    /// Check, before sending, that serenity deserialises each dispatched payload (so a broken
    /// fixture fails loudly instead of being dropped). Off, a bench that sends thousands of
    /// payloads of one checked shape does not pay two parses per press.
    pub check_payloads: bool,
    /// Guild ids announced at Identify: READY lists them as unavailable, then one GUILD_CREATE
    /// each carries the guild, the bot as its only member and the channels given to
    /// [`Double::set_channel`] for it before the bot connected. Each goes to the shard that
    /// serves it (see [`shards`](Self::shards)).
    pub guilds: Vec<u64>,
    /// The shard count `GET /gateway/bot` recommends. Whatever total the bot identifies with,
    /// each guild's events (GUILD_CREATE, interactions) go to the session of shard
    /// `(guild_id >> 22) % total` and DMs to shard 0, as Discord routes them.
    pub shards: u32,
    /// What `GET /gateway/bot` says of the bot's Identify allowance.
    pub session_start_limit: SessionStartLimit,
    /// The most guilds one shard may hold: an Identify whose shard would hold more is closed
    /// with 4011 (sharding required), as Discord does past 2,500.
    pub max_guilds_per_shard: usize,
}

/// `session_start_limit` of `GET /gateway/bot`.
#[derive(Clone, Copy, Debug)]
pub struct SessionStartLimit {
    /// Identifies allowed per day.
    pub total: u32,
    /// Of those, left.
    pub remaining: u32,
    /// Milliseconds until `remaining` is back to `total`.
    pub reset_after: u64,
    /// Identifies allowed per 5 seconds.
    pub max_concurrency: u32,
}

impl Default for SessionStartLimit {
    fn default() -> SessionStartLimit {
        SessionStartLimit {
            total: 1000,
            remaining: 1000,
            reset_after: 0,
            max_concurrency: 1,
        }
    }
}

impl Default for Options {
    fn default() -> Options {
        Options {
            record: true,
            check_payloads: true,
            guilds: Vec::new(),
            shards: 1,
            session_start_limit: SessionStartLimit::default(),
            max_guilds_per_shard: 2500,
        }
    }
}

pub(crate) struct Inner {
    pub(crate) addr: SocketAddr,
    /// [`Options::record`].
    pub(crate) record: bool,
    /// [`Options::check_payloads`].
    pub(crate) check_payloads: bool,
    state: Mutex<St>,
    /// Hello's `heartbeat_interval` in ms.
    pub(crate) heartbeat_interval: AtomicU64,
    /// Answer op 1 heartbeats with op 11 (false after [`Double::stop_heartbeat_acks`]).
    pub(crate) heartbeat_acks: AtomicBool,
    /// New websockets get no Hello while true ([`Double::hold_new_sessions`]).
    pub(crate) hold: watch::Sender<bool>,
    /// Bumped on every change of `state`; waiters subscribe before looking at the state.
    version: watch::Sender<u64>,
}

/// Everything the double remembers, behind one lock.
#[derive(Default)]
pub(crate) struct St {
    pub(crate) rest: rest::State,
    pub(crate) gateway: gateway::State,
}

impl Double {
    /// Binds `127.0.0.1:0` and spawns the server on the current tokio runtime.
    pub async fn start() -> Double {
        Double::start_with(Options::default()).await
    }

    /// [`start`](Self::start) with `options`.
    pub async fn start_with(options: Options) -> Double {
        let mut state = St::default();
        state.rest.record = options.record;
        state.gateway.guilds = options.guilds;
        state.gateway.max_guilds_per_shard = options.max_guilds_per_shard;
        state.rest.gateway_bot = (options.shards, options.session_start_limit);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("double: bind 127.0.0.1:0");
        let inner = Arc::new(Inner {
            addr: listener.local_addr().expect("double: local address"),
            record: options.record,
            check_payloads: options.check_payloads,
            state: Mutex::new(state),
            heartbeat_interval: AtomicU64::new(HEARTBEAT_INTERVAL_MS),
            heartbeat_acks: AtomicBool::new(true),
            hold: watch::channel(false).0,
            version: watch::channel(0).0,
        });
        let app = Router::new()
            .route("/ws", get(gateway::upgrade))
            .fallback(rest::handle)
            .with_state(inner.clone());
        // Each gateway frame and REST answer goes out at once, as Discord's would: with Nagle's
        // algorithm a frame written while the last one is unacknowledged waits for the bot's
        // delayed ACK, about 40 ms, which a load bench would measure as the bot's latency.
        tokio::spawn(async move { axum::serve(listener, app).tcp_nodelay(true).await });
        Double(Arc::new(Handle(inner)))
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
            (st.rest.registered && st.gateway.identified()).then_some(())
        })
        .await
    }

    /// Panics listing every request so far that Discord's spec does not allow: its method and
    /// path, the spec's route, the JSON path in the body and the validator's message.
    pub fn assert_conforms(&self) {
        let st = self.0.lock();
        if !st.rest.violations.is_empty() {
            panic!("{}", report(&st.rest.violations));
        }
    }

    /// The requests so far that Discord's spec does not allow, which the double then forgets:
    /// for a test that sends such requests on purpose.
    pub fn take_violations(&self) -> Vec<Violation> {
        std::mem::take(&mut self.0.lock().rest.violations)
    }

    /// Waits (≤ `limit`) until `check` finds what it looks for, waking on every change; panics
    /// naming `what`, with the gateway's connections and the requests seen, otherwise, and at
    /// once if a request broke Discord's spec.
    pub(crate) async fn wait_until<T>(
        &self,
        what: &str,
        limit: Duration,
        mut check: impl FnMut(&St) -> Option<T>,
    ) -> T {
        let mut changes = self.0.version.subscribe();
        let found = tokio::time::timeout(limit, async {
            loop {
                self.assert_conforms();
                if let Some(found) = check(&self.0.lock()) {
                    return found;
                }
                // The sender lives in `Inner`, which `self` keeps alive.
                let _ = changes.changed().await;
            }
        })
        .await;
        found.unwrap_or_else(|_| {
            let report = {
                let st = self.0.lock();
                format!(
                    "{}\nrequests seen:\n{}",
                    st.gateway.report(),
                    st.rest.report()
                )
            };
            panic!("double: timed out after {limit:?} waiting for {what}\n{report}")
        })
    }
}

impl Inner {
    /// The state, for reading (a panicking test thread does not make it unusable).
    pub(crate) fn lock(&self) -> MutexGuard<'_, St> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the state and wakes every waiter.
    pub(crate) fn change<T>(&self, f: impl FnOnce(&mut St) -> T) -> T {
        let out = f(&mut self.lock());
        self.version.send_modify(|v| *v += 1);
        out
    }

    pub(crate) fn ws_url(&self) -> String {
        format!("ws://{}/ws", self.addr)
    }
}
