//! The core the Discord adapter drives: decks, state and clock together, with one method per
//! thing a user can do. Never touches Discord; every method is a short, lock-scoped step.
//!
//! One file per feature, as in the adapter's `commands/`: [`quiz`](self::quiz) (posting,
//! answering and closing questions), `rounds`, `daily`, `study` (flashcards and reviews), `reminders` (review reminders and study settings),
//! `standings` (scores, leaderboards, export), `stats` (question statistics), `decks`
//! (uploads), `suggest` (members' suggested questions and problem reports, and their review)
//! `dashboard` (revoking the web pages' links) and `language` (the language of a server's posts).

mod daily;
mod dashboard;
mod decks;
mod language;
mod quiz;
mod reminders;
mod rounds;
mod standings;
mod stats;
mod study;
mod suggest;

pub use reminders::Reminding;
pub use suggest::{DraftFor, Reported};

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use chrono::{DateTime, Duration, Utc};
use tokio::sync::{watch, Notify, OwnedSemaphorePermit, Semaphore};

use crate::clock::Clock;
use crate::deck::library::Scope;
use crate::deck::limits::{costly_jobs_allowed, DEFAULT_DECK_MEMORY_MIB};
use crate::deck::CardKey;
use crate::deck::{Library, LoadedDeck, Question};
use crate::error::UserError;
use crate::ids::{ChannelId, GuildId, OpenId, UserId};
use crate::quiz::{OpenQuestion, Reveal};
use crate::state::Store;
use crate::suggest::Draft;

pub struct App {
    library: RwLock<Arc<Library>>,
    fair_use: FairUse,
    last_quiz: Mutex<LastQuiz>,
    /// Where decks live, and where uploaded ones are written.
    data_dir: PathBuf,
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    /// Pinged when a daily schedule changes, so the scheduler recomputes its next wake-up.
    pub daily_changed: Notify,
    /// Woken when a learner's reminder changes, so the reminder scheduler looks again.
    pub reminders_changed: Notify,
    /// The switch that stops each running round, by channel (the rounds are in the state).
    round_stops: Mutex<HashMap<ChannelId, watch::Sender<bool>>>,
    /// Leave for costly jobs, [`FairUse::costly_jobs`] of them (see [`App::begin_check`] and
    /// [`App::costly_job`]).
    costly: Arc<Semaphore>,
    /// The servers whose upload is being checked now (see [`App::begin_check`]).
    checking: Mutex<HashSet<GuildId>>,
    /// Each member's last refused form, for its "Fix it" (one a member and server).
    drafts: Mutex<HashMap<(GuildId, UserId), (DraftFor, Draft)>>,
    /// Each server's locale as Discord last gave it (see [`App::server_locale`]).
    discord_locales: RwLock<HashMap<GuildId, String>>,
}

/// When each member last used `/quiz` in each server, and the question it opened.
type LastQuiz = HashMap<(GuildId, UserId), (DateTime<Utc>, OpenId)>;

/// What one member, channel or server may ask of the bot, so that nobody floods a channel or
/// spends what all servers share: the request budget and the memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FairUse {
    /// Between two `/quiz` of the same member in the same server.
    pub quiz_cooldown: Duration,
    /// Questions open at once in one channel, rounds' and daily ones included.
    pub open_per_channel: usize,
    /// Bytes of every server's own decks together (their files' sizes), held in memory.
    pub deck_memory: usize,
    /// Costly jobs (upload checks, exports) at once in the whole bot.
    pub costly_jobs: usize,
}

impl Default for FairUse {
    fn default() -> Self {
        FairUse {
            quiz_cooldown: Duration::seconds(10),
            open_per_channel: 3,
            deck_memory: DEFAULT_DECK_MEMORY_MIB << 20,
            costly_jobs: costly_jobs_allowed(),
        }
    }
}

/// Where a question is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub guild: GuildId,
    pub channel: ChannelId,
}

/// A question just opened, for the adapter to post.
#[derive(Debug, Clone)]
pub struct Posted {
    pub id: OpenId,
    pub place: Place,
    pub deck: Arc<LoadedDeck>,
    pub question: Question,
    pub options: Vec<String>,
    pub closes_at: DateTime<Utc>,
}

/// What an answerer is told at once. The right option's text and the explanation are read
/// from the library when the reply is written, not copied while the store is locked.
#[derive(Debug, Clone)]
pub struct Answered {
    pub option: u8,
    pub correct: u8,
    pub points: u32,
    pub card: CardKey,
    pub library: Arc<Library>,
    /// For a typed question: what was typed, and what it was accepted as.
    pub typed: Option<Typed>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Typed {
    pub text: String,
    /// The answer, or one of the others the question accepts, if the text matched it.
    pub accepted: Option<String>,
}

impl Answered {
    pub fn right(&self) -> bool {
        self.option == self.correct
    }

    /// The right option's text: the deck's answer, as the options are the deck's own texts
    /// (if the deck still has the question).
    pub fn correct_text(&self) -> Option<&str> {
        Some(&self.deck_question()?.answer)
    }

    /// The deck's explanation, if it has one (and still has the question).
    pub fn explanation(&self) -> Option<&str> {
        self.deck_question()?.explanation.as_deref()
    }

    fn deck_question(&self) -> Option<&Question> {
        self.library.question(&self.card)
    }
}

/// What `/round start` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundSpec {
    pub questions: u8,
    pub seconds: u16,
    pub deck: Option<String>,
    pub topic: Option<String>,
}

/// A question that just closed, for the adapter to edit into its reveal.
#[derive(Debug, Clone)]
pub struct Closed {
    pub id: OpenId,
    pub open: OpenQuestion,
    pub reveal: Reveal,
    pub question: Option<Question>,
}

impl App {
    pub fn new(library: Library, data_dir: PathBuf, store: Store, clock: Arc<dyn Clock>) -> Self {
        App {
            library: RwLock::new(Arc::new(library)),
            fair_use: FairUse::default(),
            last_quiz: Mutex::new(HashMap::new()),
            data_dir,
            store,
            clock,
            round_stops: Mutex::new(HashMap::new()),
            daily_changed: Notify::new(),
            reminders_changed: Notify::new(),
            checking: Mutex::new(HashSet::new()),
            drafts: Mutex::new(HashMap::new()),
            discord_locales: RwLock::new(HashMap::new()),
            costly: Arc::new(Semaphore::new(FairUse::default().costly_jobs)),
        }
    }

    /// This app with other fair-use limits than the defaults.
    pub fn with_fair_use(mut self, fair_use: FairUse) -> Self {
        self.costly = Arc::new(Semaphore::new(fair_use.costly_jobs));
        self.fair_use = fair_use;
        self
    }

    /// Leave to run a costly job (an export), waiting for one of the bot's slots: the job is
    /// owed (its reply was deferred), only later when others' jobs fill the machine. Hold it
    /// while the job runs. (`None` only if the slots were closed, which they never are.)
    pub async fn costly_job(&self) -> Option<OwnedSemaphorePermit> {
        self.costly.clone().acquire_owned().await.ok()
    }

    pub fn library(&self) -> Arc<Library> {
        self.library
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The deck a command names in `scope` (or the server's default deck, else the first
    /// bundled one) and the deck's spelling of the topic.
    pub fn resolve(
        &self,
        scope: Scope,
        deck: Option<&str>,
        topic: Option<&str>,
    ) -> Result<(Arc<LoadedDeck>, Option<String>), UserError> {
        let library = self.library();
        let deck = match deck.map(str::trim).filter(|d| !d.is_empty()) {
            Some(id) => library.get(scope, id),
            None => self
                .default_deck(scope)
                .and_then(|id| library.get(scope, &id))
                .or_else(|| library.default_deck()),
        }
        .cloned()
        .ok_or_else(|| UserError::UnknownDeck(deck.unwrap_or_default().to_owned()))?;
        let topic = match topic.map(str::trim).filter(|t| !t.is_empty()) {
            None => None,
            Some(t) => Some(deck.find_topic(t).map(str::to_owned).ok_or_else(|| {
                UserError::UnknownTopic {
                    deck: deck.id.clone(),
                    topic: t.to_owned(),
                }
            })?),
        };
        Ok((deck, topic))
    }
}
