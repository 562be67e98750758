//! quizbot: a Discord bot that turns question-and-answer decks into graded quizzes.
//!
//! Layout, from the outside in:
//!
//! - [`config`]: typed settings from the environment and `.env`.
//! - [`discord`]: the only module that knows Discord (serenity and poise): commands, buttons,
//!   embeds, and the timers that close questions. It turns interactions into calls on [`App`].
//! - [`app`]: the core the adapter drives, one method per user action.
//! - [`deck`]: the deck format, validation with a full report, the loaded library.
//! - [`quiz`]: dealing options, question cycles without repeats, open questions and answers.
//! - [`scores`]: compact score rows per server (points, streaks, topic accuracy), leaderboards.
//! - [`review`]: the Leitner review schedule behind `/flashcard` and `/review`.
//! - [`schedule`]: each server's daily question time in its own zone, and when it is due.
//! - [`state`]: the in-memory store (copy-on-write per server) and its atomic JSON snapshot
//!   (version 2; version 1 still read).
//! - [`clock`]: the clock every time decision uses (system, or a test clock).
//! - [`ids`], [`error`]: Discord ids as plain numbers, and what users get wrong.
//! - [`atomic_file`]: crash-safe file replacement, for snapshots and uploaded decks.
//! - [`cache`]: the prefetch hint an answer gives before its lookups.
//! - [`export`]: a server's scores as CSV.
//!
//! [`run`] is the whole bot: the binary calls it, and so do the end-to-end tests.

pub mod app;
pub mod atomic_file;
pub mod cache;
pub mod clock;
pub mod config;
pub mod deck;
pub mod discord;
pub mod error;
pub mod export;
pub mod ids;
pub mod quiz;
pub mod review;
pub mod schedule;
pub mod scores;
pub mod state;

use std::future::Future;
use std::sync::Arc;

use anyhow::Context as _;
use rand::rngs::StdRng;
use rand::SeedableRng;

pub use app::App;
pub use config::Config;

/// Loads decks and state as `config` says, then serves Discord until `shutdown` resolves,
/// and writes a final snapshot.
pub async fn run(config: Config, shutdown: impl Future<Output = ()> + Send) -> anyhow::Result<()> {
    let app = Arc::new(load(&config)?);
    discord::serve(config, app, shutdown).await
}

/// Decks, then the snapshot checked against them.
pub fn load(config: &Config) -> anyhow::Result<App> {
    let library = deck::Library::load_dir(&config.data_dir)
        .map_err(|report| anyhow::anyhow!("{report}"))
        .context("the decks have problems; nothing was started")?;
    let mut state = state::snapshot::load(&config.state_path)?.unwrap_or_default();
    let dropped = state.retain_known(&library);
    if dropped != state::Dropped::default() {
        tracing::warn!(
            open = dropped.open,
            cycled = dropped.cycled,
            cards = dropped.cards,
            "the snapshot refers to questions no deck has any more; they were dropped (scores stay)"
        );
    }
    let rng = match config.rng_seed {
        Some(seed) => StdRng::seed_from_u64(seed),
        None => StdRng::from_os_rng(),
    };
    let store = state::Store::new(state, rng, config.state_path.clone());
    tracing::info!(
        decks = library.len(),
        questions = library.decks().map(|d| d.len()).sum::<usize>(),
        "decks loaded"
    );
    Ok(App::new(
        library,
        config.data_dir.clone(),
        store,
        config.clock.clone(),
    ))
}
