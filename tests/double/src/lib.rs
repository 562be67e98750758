//! A local stand-in for Discord, for tests and benches that run a real serenity bot.
//!
//! Discord is unreachable in tests, so the bot runs against a [`Double`]: an axum server on
//! `127.0.0.1:0` that plays Discord's REST API (under `/api/v10/`) and its websocket gateway
//! (`/ws`). serenity is pointed at it with
//! `HttpBuilder::new(token).proxy(double.base_url()).ratelimiter_disabled(true)` and started
//! with `Client::start()` (or `start_autosharded()`); the double answers `GET /gateway` with its
//! own `ws://` URL and `GET /gateway/bot` with [`Options::shards`], performs
//! Hello/Identify/READY/heartbeats per shard, routes each server's events to its shard as
//! Discord does, and records every REST request the bot makes, so a test asserts on what would
//! really have gone to Discord.
//!
//! Where to look:
//! - `double.rs`: the [`Double`] handle, the state REST and the gateway share, and waiting on it
//!   (every `wait_*` wakes on each change and panics after a timeout with what it saw; none
//!   sleeps).
//! - `rest/`: the REST side. `mod.rs` has the handler and the request-side API
//!   ([`Double::requests`], [`Double::wait_for`], [`Double::callback`], ...), `routes.rs` what
//!   each endpoint does, `recorded.rs` the [`Recorded`] request, `fail.rs` failure injection
//!   ([`Fail`]), `body.rs` multipart bodies.
//! - `gateway.rs`: Hello, Identify, READY, heartbeats, resumes, shards, dispatches
//!   ([`Double::interact`], [`Double::dispatch`]) and the record of each websocket
//!   ([`Connection`]).
//! - `render.rs`: the objects the double answers with (messages, registered commands, users,
//!   channels, guilds, members).
//! - [`fixtures`]: INTERACTION_CREATE payloads (slash commands, buttons, autocomplete).
//! - `limits.rs`: Discord's documented limits (lengths, counts, names), enforced the way
//!   Discord enforces them.
//! - `spec.rs`: every REST request checked against Discord's published OpenAPI spec (a copy
//!   is in `spec/`); a request that breaks it fails the test ([`Double::assert_conforms`]).
//!
//! ```no_run
//! use discord_double::{fixtures, Double, Fail};
//!
//! # async fn example() {
//! let double = Double::start().await;
//! // start the bot with double.base_url() ...
//! double.wait_ready().await; // identified and commands registered
//! let press = fixtures::command("ping").by(&fixtures::ALICE).build();
//! double.interact(&press).await;
//! let reply = double.callback(&press).await;
//! assert_eq!(reply.kind(), Some(4));
//! assert!(reply.is_ephemeral() && reply.embed_text().contains("Pong"));
//! double.fail(Fail::missing_permissions("POST", "/channels/42/messages").times(1));
//! assert!(double.unknown().is_empty(), "bot called endpoints the double does not know");
//! # }
//! ```
//!
//! A load bench starts it with [`Double::start_with`] and [`Options`] (no request log, guilds
//! announced at Identify), takes the instant each press went out from [`Double::interact`], and
//! the instant each callback arrived from [`Double::subscribe`].
//!
//! Other flows: a button on a message the bot posted is pressed with
//! `fixtures::button(custom_id, &double.message(post.answer_id()))`, `post` being the recorded
//! POST; a button on an interaction reply with `double.original(&interaction)`. Bad REST calls
//! fail like Discord's would, and [`Double::unknown`] lists calls to endpoints the double does
//! not serve, so a wrong endpoint fails a test instead of passing.

#![forbid(unsafe_code)]

mod double;
pub mod fixtures;
mod gateway;
mod limits;
mod render;
mod rest;
mod spec;

pub use double::{Double, Options, SessionStartLimit};
pub use gateway::Connection;
pub use rest::{custom_ids, Arrival, Fail, Recorded};
pub use spec::Violation;
