//! quizbot: a Discord bot that turns question-and-answer decks into graded quizzes.
//!
//! Layout, from the outside in:
//!
//! - [`config`]: typed settings from the environment and `.env`.
//! - [`metrics`]: the Prometheus registry the adapter records into, and the `/metrics` server.
//! - [`web`]: the dashboard, every server's pages behind the signed links `/dashboard` makes.
//! - [`discord`]: the only module that knows Discord (serenity and poise): commands, buttons,
//!   embeds, and the timers that close questions. It turns interactions into calls on [`App`].
//! - The domain, in its own crate (`src/domain/`, [`quizbot_domain`]), imported by its own
//!   name so every `use quizbot_domain::...` shows the crate boundary: the core the adapter
//!   drives (`App`, one method per user action), decks, the quiz engine, scores, review,
//!   schedule, state and snapshots, statistics, export and pictures. Its own `lib.rs` maps it.
//!   It does not depend on serenity or poise, so the compiler keeps Discord out of it, and the
//!   benches, which measure it alone, build without the Discord stack.
//!
//! [`run`] is the whole bot: the binary calls it, and so do the end-to-end tests.

#![forbid(unsafe_code)]

pub mod config;
pub mod discord;
pub mod i18n;
pub mod metrics;
pub mod web;

use std::future::Future;
use std::sync::Arc;

use anyhow::Context as _;
use quizbot_domain::{deck, state, App};
use rand::rngs::StdRng;
use rand::SeedableRng;

pub use config::Config;

/// Starts the metrics server if `config` asks for one, loads decks and state, starts the
/// dashboard if asked for, then serves Discord until `shutdown` resolves, writes a final
/// snapshot and stops the HTTP servers.
pub async fn run(config: Config, shutdown: impl Future<Output = ()> + Send) -> anyhow::Result<()> {
    let metrics = Arc::new(metrics::Metrics::new());
    // Bound before the (possibly long) load, so a wrong address fails at once.
    let server = match &config.metrics {
        Some(endpoint) => Some(metrics::serve(endpoint, metrics.clone()).await?),
        None => None,
    };
    let app = Arc::new(load(&config)?);
    let (links, pages) = match &config.web {
        Some(settings) => {
            let links = Arc::new(web::Links::new(settings, &config.state_path)?);
            let pages = web::serve(settings, app.clone(), links.clone()).await?;
            (Some(links), Some(pages))
        }
        None => (None, None),
    };
    let served = discord::serve(config, app, metrics, links, shutdown).await;
    for server in [server, pages].into_iter().flatten() {
        server.stop().await;
    }
    served
}

/// Decks, then the snapshot checked against them.
pub fn load(config: &Config) -> anyhow::Result<App> {
    let (library, skipped) = deck::Library::load_dir(&config.data_dir)
        .map_err(|report| anyhow::anyhow!("{report}"))
        .context("the decks have problems; nothing was started")?;
    for problem in &skipped {
        tracing::warn!(
            "a server's deck was set aside (its state is kept; /decks tells its admins): {problem}"
        );
    }
    let bundled: Vec<&str> = library.decks(None).map(|d| d.id.as_str()).collect();
    if bundled.len() > 1 {
        tracing::warn!(
            decks = ?bundled,
            "every deck directly in the data folder is bundled: served to every server and read-only from Discord; \
             a deck uploaded by an earlier version is among them, and moves to one server by going into servers/<server id>/"
        );
    }
    let mut state = state::snapshot::load(&config.state_path)?.unwrap_or_default();
    let dropped = state.retain_known(&library);
    if dropped != state::Dropped::default() {
        tracing::warn!(
            open = dropped.open,
            cycled = dropped.cycled,
            cards = dropped.cards,
            stats = dropped.stats,
            "the snapshot refers to questions no deck has any more; they were dropped (scores stay)"
        );
    }
    let rng = match config.rng_seed {
        Some(seed) => StdRng::seed_from_u64(seed),
        None => StdRng::from_os_rng(),
    };
    let store = state::Store::new(state, rng, config.state_path.clone());
    tracing::info!(
        decks = library.all().count(),
        questions = library.all().map(|d| d.len()).sum::<usize>(),
        "decks loaded"
    );
    Ok(App::new(
        library,
        config.data_dir.clone(),
        store,
        config.clock.clone(),
    )
    .with_fair_use(config.fair_use))
}
