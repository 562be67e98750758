//! End to end: the real bot (`quizbot::run`, as the binary calls it) against a local Discord
//! double, through serenity and poise. Every command and button a user can touch is pressed
//! here, and the assertions are on what would have gone to Discord.
//!
//! One module per feature, each with its own tests; `harness` holds what they share: the
//! bot started against the double, the members, and the checks on replies.
//!
//! A test starts a bot one way: `Bot::builder()`, then only what differs from the usual
//! (`.decks(..)` or `.deck(..)` for a data folder of its own, `.dev_guild(..)`,
//! `.state_file(..)`, `.double(..)` for a double set up beforehand, `.tuned(..)` for the
//! configuration), then `.start().await`. The bot owns its folder and its clock
//! (`bot.clock()`, `bot.dir()`, `bot.data()`); `bot.shutdown().await` hands the builder back,
//! and `.start().await` on it is a restart on the same folder, decks and clock.

use chrono::{Duration, TimeZone, Utc};
use discord_double::fixtures::{self, Member, ALICE, BOB, CHANNEL, EVERYONE};
use discord_double::{Double, Fail, Recorded};
use quizbot::Config;
use quizbot_domain::clock::TestClock;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

mod daily;
mod dashboard;
mod decks;
mod harness;
mod language;
mod pictures;
mod process;
mod quiz;
mod review;
mod rounds;
mod servers;
mod suggest;

use decks::*;
use harness::*;
use rounds::*;
