//! The [`Double`] handle: starting the server, the state that REST and the gateway share, and
//! waiting for a state of it without sleeping.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::routing::get;
use axum::Router;
use tokio::sync::watch;

use crate::gateway::{self, HEARTBEAT_INTERVAL_MS};
use crate::rest;

/// How long [`Double::wait_for`] and friends wait before panicking.
pub(crate) const WAIT: Duration = Duration::from_secs(10);

/// The Discord double. Cheap to clone; all clones share one server.
#[derive(Clone)]
pub struct Double(pub(crate) Arc<Inner>);

pub(crate) struct Inner {
    pub(crate) addr: SocketAddr,
    state: Mutex<St>,
    /// Hello's `heartbeat_interval` in ms.
    pub(crate) heartbeat_interval: AtomicU64,
    /// Answer op 1 heartbeats with op 11 (false after [`Double::stop_heartbeat_acks`]).
    pub(crate) heartbeat_acks: AtomicBool,
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
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("double: bind 127.0.0.1:0");
        let inner = Arc::new(Inner {
            addr: listener.local_addr().expect("double: local address"),
            state: Mutex::new(St::default()),
            heartbeat_interval: AtomicU64::new(HEARTBEAT_INTERVAL_MS),
            heartbeat_acks: AtomicBool::new(true),
            version: watch::channel(0).0,
        });
        let app = Router::new()
            .route("/ws", get(gateway::upgrade))
            .fallback(rest::handle)
            .with_state(inner.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
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
                .rest
                .requests
                .iter()
                .any(|r| r.method == "PUT" && r.path.ends_with("/commands") && r.status == 200);
            (registered && st.gateway.identified()).then_some(())
        })
        .await
    }

    /// Waits (≤ `limit`) until `check` finds what it looks for, waking on every change; panics
    /// naming `what`, with the gateway's connections and the requests seen, otherwise.
    pub(crate) async fn wait_until<T>(
        &self,
        what: &str,
        limit: Duration,
        mut check: impl FnMut(&St) -> Option<T>,
    ) -> T {
        let mut changes = self.0.version.subscribe();
        let found = tokio::time::timeout(limit, async {
            loop {
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
