//! quizbot's domain: everything the bot knows that is not Discord. Plain Rust, with no
//! serenity or poise among its dependencies, so the compiler keeps it that way; the `quizbot`
//! crate's `discord` adapter drives it, and the benches measure it alone.
//!
//! Layout, from the outside in:
//!
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
//! - [`json`]: JSON written by hand, for a snapshot's score rows.
//! - [`export`]: a server's scores as CSV.

pub mod app;
pub mod atomic_file;
pub mod cache;
pub mod clock;
pub mod deck;
pub mod error;
pub mod export;
pub mod ids;
pub mod json;
pub mod quiz;
pub mod review;
pub mod schedule;
pub mod scores;
pub mod state;

pub use app::App;
