//! Metrics for operators: the Prometheus registry the Discord adapter records into, and the
//! small HTTP server that serves it at `/metrics` (with `200 ok` at `/health`) when
//! `QUIZBOT_METRICS_ADDR` is set.
//!
//! Recording is always on (a few atomic increments per interaction); only the server is
//! optional. Values that are cheaper to read than to track (open questions, servers, gateway
//! latency) are read at scrape time through a [`Sampler`] that the adapter installs.

use std::borrow::Cow;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use prometheus_client::encoding::prometheus_text;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::{Registry, Unit};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::config::MetricsEndpoint;

/// One label, `kind` or `status`, whose values are mostly fixed words.
type Label = [(&'static str, Cow<'static, str>); 1];
type Shard = [(&'static str, u32); 1];

/// What the adapter reports at each scrape.
#[derive(Debug, Default)]
pub struct Sample {
    pub open_questions: usize,
    /// Problem reports on bundled decks not yet dismissed: the operator's to read
    /// (`quizbot reports` lists them).
    pub bundled_reports: usize,
    /// Servers the bot is in, available or not yet.
    pub servers: usize,
    /// Each shard's last heartbeat round trip; `None` before its first acknowledgement.
    pub gateway_latency: Vec<(u32, Option<Duration>)>,
}

/// Reads a [`Sample`]; installed once by the adapter when it has a client to read from.
pub type Sampler = Box<dyn Fn() -> Pin<Box<dyn Future<Output = Sample> + Send>> + Send + Sync>;

/// The registry and a handle on every metric in it.
pub struct Metrics {
    registry: Registry,
    interactions: Family<Label, Counter>,
    handling: Family<Label, Histogram>,
    callback_errors: Family<Label, Counter>,
    snapshot_duration: Histogram,
    snapshot_bytes: Gauge,
    snapshot_failures: Counter,
    snapshot_age: Gauge<f64, AtomicU64>,
    /// When the snapshot file was last known to hold the whole state.
    saved_at: Mutex<Instant>,
    open_questions: Gauge,
    bundled_reports: Gauge,
    servers: Gauge,
    gateway_latency: Family<Shard, Gauge<f64, AtomicU64>>,
    sampler: OnceLock<Sampler>,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    /// An empty registry; the state just loaded counts as saved now.
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("quizbot");
        let interactions = Family::<Label, Counter>::default();
        // 0.5 ms to 8 s: from a button answered at once to one that missed Discord's 3 s.
        let handling = Family::<Label, Histogram>::new_with_constructor(|| {
            Histogram::new(exponential_buckets(0.0005, 2.0, 15))
        });
        let callback_errors = Family::<Label, Counter>::default();
        // 10 ms to 40 s: a small server's state to millions of score rows.
        let snapshot_duration = Histogram::new(exponential_buckets(0.01, 2.0, 13));
        let snapshot_bytes = Gauge::default();
        let snapshot_failures = Counter::default();
        let snapshot_age = Gauge::<f64, AtomicU64>::default();
        let open_questions = Gauge::default();
        let bundled_reports = Gauge::default();
        let servers = Gauge::default();
        let gateway_latency = Family::<Shard, Gauge<f64, AtomicU64>>::default();
        registry.register(
            "interactions",
            "Interactions handled, by kind (command name, or answer, flashcard, page, \
             autocomplete)",
            interactions.clone(),
        );
        registry.register_with_unit(
            "interaction_handling",
            "Time from the event reaching the bot's handlers to their end (the answer sent), \
             by kind",
            Unit::Seconds,
            handling.clone(),
        );
        registry.register(
            "callback_errors",
            "Answers to interactions that failed at Discord's API, by the HTTP status of the \
             failed request (network: no status came back)",
            callback_errors.clone(),
        );
        registry.register_with_unit(
            "snapshot_duration",
            "Time to copy the state and write the snapshot file, for each snapshot written",
            Unit::Seconds,
            snapshot_duration.clone(),
        );
        registry.register_with_unit(
            "snapshot_size",
            "Size of the last snapshot file written",
            Unit::Bytes,
            snapshot_bytes.clone(),
        );
        registry.register(
            "snapshot_failures",
            "Snapshots that could not be written",
            snapshot_failures.clone(),
        );
        registry.register_with_unit(
            "snapshot_age",
            "Time since the snapshot file was last known to hold the whole state (written, or \
             nothing had changed); it grows while snapshots fail",
            Unit::Seconds,
            snapshot_age.clone(),
        );
        registry.register(
            "open_questions",
            "Questions open for answers, in every server",
            open_questions.clone(),
        );
        registry.register(
            "bundled_reports",
            "Problem reports on bundled decks that no server's reviewers dismissed yet \
             (`quizbot reports` lists them)",
            bundled_reports.clone(),
        );
        registry.register(
            "servers",
            "Servers the bot is in, available or not yet",
            servers.clone(),
        );
        registry.register_with_unit(
            "gateway_latency",
            "Round trip of each shard's last gateway heartbeat",
            Unit::Seconds,
            gateway_latency.clone(),
        );
        Metrics {
            registry,
            interactions,
            handling,
            callback_errors,
            snapshot_duration,
            snapshot_bytes,
            snapshot_failures,
            snapshot_age,
            saved_at: Mutex::new(Instant::now()),
            open_questions,
            bundled_reports,
            servers,
            gateway_latency,
            sampler: OnceLock::new(),
        }
    }

    /// One interaction of `kind` handled in `took`.
    pub fn interaction(&self, kind: Cow<'static, str>, took: Duration) {
        let label = [("kind", kind)];
        self.interactions.get_or_create(&label).inc();
        self.handling
            .get_or_create(&label)
            .observe(took.as_secs_f64());
    }

    /// An answer to an interaction failed with HTTP `status` (`None`: no status came back).
    pub fn callback_error(&self, status: Option<u16>) {
        let status = match status {
            Some(code) => Cow::Owned(code.to_string()),
            None => Cow::Borrowed("network"),
        };
        self.callback_errors
            .get_or_create(&[("status", status)])
            .inc();
    }

    /// A snapshot of `bytes` was written in `took`.
    pub fn snapshot_written(&self, took: Duration, bytes: u64) {
        self.snapshot_duration.observe(took.as_secs_f64());
        self.snapshot_bytes
            .set(i64::try_from(bytes).unwrap_or(i64::MAX));
        self.snapshot_current();
    }

    /// The snapshot file holds the whole state (just written, or nothing had changed).
    pub fn snapshot_current(&self) {
        *self.saved_at.lock().unwrap_or_else(PoisonError::into_inner) = Instant::now();
    }

    pub fn snapshot_failed(&self) {
        self.snapshot_failures.inc();
    }

    /// Installs what is read at each scrape; a second call is ignored.
    pub fn set_sampler(&self, sampler: Sampler) {
        let _ = self.sampler.set(sampler);
    }

    /// The registry in Prometheus' text format, with the sampled values read now.
    pub async fn render(&self) -> String {
        if let Some(sampler) = self.sampler.get() {
            let sample = sampler().await;
            let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
            self.open_questions.set(count(sample.open_questions));
            self.bundled_reports.set(count(sample.bundled_reports));
            self.servers.set(count(sample.servers));
            for (shard, latency) in sample.gateway_latency {
                let label = [("shard", shard)];
                match latency {
                    Some(latency) => {
                        self.gateway_latency
                            .get_or_create(&label)
                            .set(latency.as_secs_f64());
                    }
                    None => {
                        self.gateway_latency.remove(&label);
                    }
                }
            }
        }
        let saved_at = *self.saved_at.lock().unwrap_or_else(PoisonError::into_inner);
        self.snapshot_age.set(saved_at.elapsed().as_secs_f64());
        let mut text = String::new();
        // Writing into a String cannot fail, and the encoder adds no failure of its own.
        if let Err(e) = prometheus_text::encode(&mut text, &self.registry) {
            tracing::error!("cannot encode the metrics: {e}");
        }
        text
    }
}

/// A running HTTP server (metrics, dashboard); [`Server::stop`] ends it, and dropping it aborts it.
pub struct Server {
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
}

/// Binds `endpoint` (recording the bound address in it, so port 0 can be used) and serves
/// `metrics` on it until stopped.
pub async fn serve(endpoint: &MetricsEndpoint, metrics: Arc<Metrics>) -> anyhow::Result<Server> {
    let listener = tokio::net::TcpListener::bind(endpoint.addr())
        .await
        .with_context(|| {
            format!(
                "cannot listen on QUIZBOT_METRICS_ADDR={} for metrics",
                endpoint.addr()
            )
        })?;
    let bound: SocketAddr = listener
        .local_addr()
        .context("cannot read the metrics server's address")?;
    endpoint.set_bound(bound);
    let router = Router::new()
        .route("/metrics", get(scrape))
        .route("/health", get(|| async { "ok" }))
        .with_state(metrics);
    tracing::info!(%bound, "metrics served at /metrics");
    Ok(spawn(listener, router, "metrics"))
}

/// Serves `router` on `listener` until stopped; `name` says which server in a failure.
pub(crate) fn spawn(
    listener: tokio::net::TcpListener,
    router: Router,
    name: &'static str,
) -> Server {
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        let served = axum::serve(listener, router).with_graceful_shutdown(async {
            let _ = stopped.await;
        });
        if let Err(e) = served.await {
            tracing::error!("the {name} server failed: {e}");
        }
    });
    Server {
        stop: Some(stop),
        task,
    }
}

async fn scrape(State(metrics): State<Arc<Metrics>>) -> impl IntoResponse {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, prometheus_text::CONTENT_TYPE)],
        metrics.render().await,
    )
}

/// Scrapes in flight get this long to finish at shutdown.
const STOP_GRACE: Duration = Duration::from_secs(2);

impl Server {
    /// Stops accepting scrapes and waits (briefly) for the ones in flight.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if tokio::time::timeout(STOP_GRACE, &mut self.task)
            .await
            .is_err()
        {
            self.task.abort();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn recorded_values_show_in_the_text_with_sampled_ones() {
        let metrics = Metrics::new();
        metrics.interaction("answer".into(), Duration::from_millis(3));
        metrics.interaction("answer".into(), Duration::from_millis(1));
        metrics.interaction(Cow::Owned("round start".into()), Duration::from_millis(20));
        metrics.callback_error(Some(404));
        metrics.callback_error(None);
        metrics.snapshot_written(Duration::from_millis(40), 1234);
        metrics.set_sampler(Box::new(|| {
            Box::pin(async {
                Sample {
                    open_questions: 7,
                    bundled_reports: 2,
                    servers: 3,
                    gateway_latency: vec![(0, Some(Duration::from_millis(25))), (1, None)],
                }
            })
        }));
        let text = metrics.render().await;
        for line in [
            "quizbot_interactions_total{kind=\"answer\"} 2",
            "quizbot_interactions_total{kind=\"round start\"} 1",
            "quizbot_interaction_handling_seconds_count{kind=\"answer\"} 2",
            "quizbot_callback_errors_total{status=\"404\"} 1",
            "quizbot_callback_errors_total{status=\"network\"} 1",
            "quizbot_snapshot_duration_seconds_count 1",
            "quizbot_snapshot_size_bytes 1234",
            "quizbot_snapshot_failures_total 0",
            "quizbot_open_questions 7",
            "quizbot_bundled_reports 2",
            "quizbot_servers 3",
            "quizbot_gateway_latency_seconds{shard=\"0\"} 0.025",
        ] {
            assert!(text.lines().any(|l| l == line), "no {line:?} in:\n{text}");
        }
        assert!(
            text.contains("# TYPE quizbot_snapshot_age_seconds gauge"),
            "{text}"
        );
        assert!(
            !text.contains("shard=\"1\""),
            "no latency before the first ack:\n{text}"
        );
    }
}
