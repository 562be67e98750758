//! quizbot's domain: everything the bot knows that is not Discord. Plain Rust, with no
//! serenity or poise among its dependencies, so the compiler keeps it that way; the `quizbot`
//! crate's `discord` adapter drives it, and the benches measure it alone.
//!
//! Layout, from the outside in:
//!
//! - [`app`]: the core the adapter drives, one method per user action.
//! - [`deck`]: the deck formats (JSON, CSV and TSV tables), validation with a full report,
//!   the loaded library.
//! - [`quiz`]: dealing options, question cycles without repeats, open questions and answers.
//! - [`scores`]: compact score rows per server (points, streaks, topic accuracy), leaderboards.
//! - [`review`]: the FSRS review schedule behind `/flashcard` and `/review`.
//! - [`schedule`]: each server's daily question time in its own zone, and when it is due.
//! - [`state`]: the in-memory store (values shared with a snapshot until written) and its
//!   atomic JSON snapshot (its version in `state/snapshot/`, older ones read by their own
//!   modules there).
//! - [`clock`]: the clock every time decision uses (system, or a test clock).
//! - [`ids`], [`error`]: Discord ids as plain numbers, and what users get wrong.
//! - [`atomic_file`]: crash-safe file replacement, for snapshots and uploaded decks.
//! - [`stats`]: per-question statistics of each server, and `/stats`'s report of them.
//! - [`picture`]: the score card and the statistics drawn as PNG pictures (SVG rendered with
//!   resvg and the font shipped in `picture/fonts/`).
//! - [`export`]: a server's scores and question statistics as CSV.
//! - [`labels`]: the words pictures and exports ask the adapter for ([`labels::Say`]), by key.
//! - [`suggest`]: questions a server's members suggest and reviewers approve, problem reports
//!   on questions, and where the server reviews them.
//!
//! How to add:
//!
//! - **a command**: its domain step as a method in the `app/` file of its feature (a new file
//!   for a new feature), returning [`error::UserError`] for what the user got wrong; then the
//!   command in `src/discord/commands/<group>.rs`, listed in `commands/mod.rs`'s `all()`, its
//!   reply in `src/discord/embeds/<feature>.rs`, its words (name, description, reply) in
//!   `locales/<language>/*.ftl` for every language (`tests/i18n.rs` names what is missing),
//!   and an end-to-end test in its feature's module of `tests/e2e/`. A button adds a
//!   `CustomId` variant in `src/discord/custom_id.rs` and its arm in `interactions.rs`.
//! - **a deck field**: a field of `Question` or `Deck` in `deck/model.rs`
//!   (`#[serde(default)]` if optional, so existing decks still load), its rule and message in
//!   `deck/report.rs` (limits in `deck/limits.rs`), its column in `deck/table.rs`, and a
//!   broken-rule case in `tests/properties/decks.rs`.
//! - **a stored value**: a field at the end of the struct that holds it (a member's:
//!   [`scores::MemberScore`]; a server's: [`state::GuildState`]; the whole bot's:
//!   [`state::State`]) with `#[serde(default)]`, so older snapshots load without a version
//!   bump; its consistency rule, if any, in that struct's `check`; and a case in
//!   `tests/properties/snapshots.rs`'s generators. A change of what an existing field means
//!   is a new `snapshot::VERSION`, with the old version read by its own module in
//!   `state/snapshot/` and turned into today's state.
//! - **a question format**: a variant of `deck::model::Format` (its name in deck files and
//!   tables, its rules in `deck/report.rs`), how it is asked and graded in `quiz/` (typed
//!   answers: `quiz/typed.rs`), its reply and button in `src/discord/embeds/quiz.rs`. An open
//!   question records its format as `OpenQuestion::typed` today, so a third format also
//!   changes that field, with a snapshot version.
//!
//! No module imports one that imports it (`tests/layout.rs` checks it, and that serenity
//! and poise stay out of this crate's sources).

#![forbid(unsafe_code)]

pub mod app;
pub mod atomic_file;
pub mod clock;
pub mod deck;
pub mod error;
pub mod export;
pub mod ids;
pub mod labels;
pub mod picture;
pub mod quiz;
pub mod review;
pub mod schedule;
pub mod scores;
pub mod state;
pub mod stats;
pub mod suggest;

pub use app::App;
