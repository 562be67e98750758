//! Test support: a local Discord double and INTERACTION_CREATE fixtures.
//!
//! Discord is unreachable in tests, so the bot runs against [`double::Double`]: an axum server on
//! `127.0.0.1:0` that plays Discord's REST API (under `/api/v10/`) and its websocket gateway
//! (`/ws`). serenity is pointed at it with
//! `HttpBuilder::new(token).proxy(double.base_url()).ratelimiter_disabled(true)` and started
//! with `Client::start()`; the double answers `GET /gateway` with its own `ws://` URL, performs
//! Hello/Identify/READY/heartbeats, and records every REST request the bot makes, so a test
//! asserts on what would really have gone to Discord.
//!
//! ```ignore
//! mod support; // in a test file directly under tests/
//! use support::double::{Double, Fail};
//! use support::fixtures;
//!
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
//! ```
//!
//! Other flows: a button on a message the bot posted is pressed with
//! `fixtures::button(custom_id, &double.message(post.answer_id()))`, `post` being the recorded
//! POST; a button on an interaction reply with `double.original(&interaction)`. Bad
//! REST calls fail like Discord's would (`double.rs` docs), and `double.unknown()` lists calls to
//! endpoints the double does not serve, so a wrong endpoint fails a test instead of passing.
//!
//! Waiting never sleeps: `wait_*` methods wake on every recorded change and panic after a
//! timeout with the list of requests seen. See `double.rs` for what each endpoint answers and
//! which Discord limits it enforces (`limits.rs`), and `fixtures.rs` for the payload builders.

// Each test binary uses a different part of the support code.
#![allow(dead_code)]

pub mod double;
pub mod fixtures;
mod limits;
