//! Everything the bot remembers: scores, question cycles, open questions and review
//! schedules, held in memory ([`Store`]) and saved as a versioned JSON snapshot.

pub mod snapshot;
pub mod store;

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::deck::Library;
use crate::ids::{ChannelId, GuildId, OpenId, UserId};
use crate::quiz::{Cycle, OpenQuestion, Round};
use crate::review::ReviewBook;
use crate::schedule::DailySchedule;
use crate::scores::{Period, PeriodTable, Periods, Scoreboard};
use crate::stats::ServerStats;
use crate::suggest::Suggestions;

pub use snapshot::SnapshotError;
pub use store::Store;

/// Every value sits behind an `Arc`: the snapshot's copy under the lock copies the maps'
/// pointers, not their contents, and a write while a snapshot holds a value copies that one
/// value (`Arc::make_mut`), leaving the snapshot what it saw.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    #[serde(default)]
    pub guilds: HashMap<GuildId, Arc<GuildState>>,
    /// Review schedules belong to users, not servers: they follow a learner everywhere.
    #[serde(default)]
    pub reviews: HashMap<UserId, Arc<ReviewBook>>,
    #[serde(default)]
    pub open: HashMap<OpenId, Arc<OpenQuestion>>,
    /// Rounds running, by channel.
    #[serde(default, skip_serializing_if = "HashMap::is_empty")]
    pub rounds: HashMap<ChannelId, Round>,
    /// The id the next posted question gets; every id below it was issued.
    #[serde(default)]
    pub next_open_id: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GuildState {
    #[serde(default)]
    pub scores: Scoreboard,
    /// Per deck id. Behind its own `Arc`: answers copy a server while a snapshot holds it,
    /// and never need the question ids its cycles hold.
    #[serde(default)]
    pub cycles: Arc<HashMap<String, Cycle>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily: Option<DailySchedule>,
    /// The local date of the last daily question, kept while the daily question is off, so
    /// that turning it back on the same day does not post a second one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily_posted_before_off: Option<NaiveDate>,
    /// The deck commands use when none is named (`/deck default`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_deck: Option<String>,
    /// The week answers are counted in, and last week's winners.
    #[serde(default, skip_serializing_if = "is_default")]
    pub weeks: PeriodTable,
    #[serde(default, skip_serializing_if = "is_default")]
    pub months: PeriodTable,
    /// Per question asked here: answers, right ones, wrong options chosen, times taken.
    #[serde(default, skip_serializing_if = "ServerStats::is_empty")]
    pub stats: ServerStats,
    /// Bumped by `/dashboard revoke`: dashboard links carry the value they were made under,
    /// and one made under an older value is refused.
    #[serde(default, skip_serializing_if = "is_default")]
    pub dashboard_links: u32,
    /// Members' suggested questions and problem reports, and where they are reviewed.
    #[serde(default, skip_serializing_if = "Suggestions::is_empty")]
    pub suggestions: Suggestions,
    /// The language of the server's posts (a Discord locale code), if `/language set` chose one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl GuildState {
    /// The server's zone: its daily question's, else UTC. Weeks and months turn at its
    /// midnight.
    pub fn zone(&self) -> Tz {
        self.daily.as_ref().map_or(Tz::UTC, |d| d.zone)
    }

    /// The periods `now` falls in, with the tables moved on to them first.
    pub fn periods(&mut self, now: DateTime<Utc>) -> Periods {
        let periods = Periods::at(now, self.zone());
        self.weeks.roll(periods.week, &self.scores, Period::Week);
        self.months.roll(periods.month, &self.scores, Period::Month);
        periods
    }
}

/// What [`State::retain_known`] dropped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dropped {
    pub open: usize,
    pub cycled: usize,
    pub cards: usize,
    /// Questions whose statistics were dropped.
    pub stats: usize,
}

impl State {
    /// Problem reports on bundled decks that no server dismissed yet, oldest first: the
    /// operator's to read (`quizbot reports`, and a count in `/metrics`).
    pub fn bundled_reports(&self) -> Vec<(GuildId, &crate::suggest::ProblemReport)> {
        let mut open: Vec<_> = self
            .guilds
            .iter()
            .flat_map(|(id, g)| g.suggestions.reports.values().map(move |r| (*id, r)))
            .filter(|(_, r)| r.bundled && r.closed.is_none())
            .collect();
        open.sort_unstable_by_key(|(guild, r)| (r.at, *guild, r.id));
        open
    }

    /// The server's state to change, created if new.
    pub fn guild_mut(&mut self, guild: GuildId) -> &mut GuildState {
        Arc::make_mut(self.guilds.entry(guild).or_default())
    }

    /// The server's state to change, if it has any.
    pub fn existing_guild_mut(&mut self, guild: GuildId) -> Option<&mut GuildState> {
        self.guilds.get_mut(&guild).map(Arc::make_mut)
    }

    /// The user's review book to change, created if new.
    pub fn book_mut(&mut self, user: UserId) -> &mut ReviewBook {
        Arc::make_mut(self.reviews.entry(user).or_default())
    }

    /// Open question `id` to change, if it is still open.
    pub fn open_mut(&mut self, id: OpenId) -> Option<&mut OpenQuestion> {
        self.open.get_mut(&id).map(Arc::make_mut)
    }

    /// Whether a loaded snapshot holds together; `Err` says what does not.
    pub fn check(&self) -> Result<(), String> {
        // In id order, so the same file always gets the same message.
        let mut open: Vec<_> = self.open.iter().collect();
        open.sort_unstable_by_key(|(id, _)| **id);
        for (id, q) in open {
            if id.0 >= self.next_open_id {
                return Err(format!(
                    "open question {id} was never issued (next id is {})",
                    self.next_open_id
                ));
            }
            q.check().map_err(|e| format!("open question {id}: {e}"))?;
        }
        let mut guilds: Vec<_> = self.guilds.iter().collect();
        guilds.sort_unstable_by_key(|(id, _)| **id);
        for (id, guild) in guilds {
            guild
                .scores
                .check()
                .and_then(|()| guild.stats.check())
                .and_then(|()| guild.suggestions.check())
                .map_err(|e| format!("server {id}: {e}"))?;
            let mut cycles: Vec<_> = guild.cycles.iter().collect();
            cycles.sort_unstable_by_key(|(deck, _)| *deck);
            for (deck, cycle) in cycles {
                cycle
                    .check()
                    .map_err(|e| format!("server {id}, cycle of deck {deck:?}: {e}"))?;
            }
        }
        let mut rounds: Vec<_> = self.rounds.iter().collect();
        rounds.sort_unstable_by_key(|(channel, _)| **channel);
        for (channel, round) in rounds {
            round
                .check()
                .map_err(|e| format!("round in channel {channel}: {e}"))?;
        }
        let mut reviews: Vec<_> = self.reviews.iter().collect();
        reviews.sort_unstable_by_key(|(user, _)| **user);
        for (user, book) in reviews {
            book.check()
                .map_err(|e| format!("review schedule of user {user}: {e}"))?;
        }
        Ok(())
    }

    /// Drops open questions, cycle entries, question statistics and review cards that no deck
    /// has any more (those of a deck set aside at start stay). Scores stay: they were earned.
    /// Goes through every server and every user: for a start, not for a deck change.
    pub fn retain_known(&mut self, library: &Library) -> Dropped {
        let keeps = |deck: &str, question: &str| library.keeps(deck, question);
        let mut dropped = Dropped::default();
        let before = self.open.len();
        self.open
            .retain(|_, q| keeps(q.card.deck(), q.card.question()));
        dropped.open = before - self.open.len();
        for (id, guild) in self.guilds.iter_mut() {
            let (cycled, stats) = Arc::make_mut(guild).retain_known(*id, library);
            dropped.cycled += cycled;
            dropped.stats += stats;
        }
        self.reviews.retain(|_, book| {
            dropped.cards += Arc::make_mut(book).retain_known(keeps);
            !book.is_empty()
        });
        dropped
    }

    /// What [`State::retain_known`] does, for `guild` alone, after one of its decks changed:
    /// its open questions, cycles and statistics. Review cards of questions gone are not
    /// looked for among every user's: they are not shown ([`crate::app::App::review`] skips
    /// them) and are forgotten at the next start.
    pub fn retain_known_in(&mut self, guild: GuildId, library: &Library) -> Dropped {
        let before = self.open.len();
        self.open
            .retain(|_, q| q.guild != guild || library.keeps(q.card.deck(), q.card.question()));
        let mut dropped = Dropped {
            open: before - self.open.len(),
            ..Dropped::default()
        };
        if let Some(state) = self.existing_guild_mut(guild) {
            (dropped.cycled, dropped.stats) = state.retain_known(guild, library);
        }
        dropped
    }
}

impl GuildState {
    /// Drops this server's (`id`'s) cycles and statistics of questions no deck has any more;
    /// returns how many cycle entries and questions' statistics it dropped.
    fn retain_known(&mut self, id: GuildId, library: &Library) -> (usize, usize) {
        let mut cycled = 0;
        let scope = Some(id);
        Arc::make_mut(&mut self.cycles).retain(|deck, cycle| match library.get(scope, deck) {
            Some(d) => {
                cycled += cycle.retain_known(d);
                true
            }
            None if library.is_set_aside(id, deck) => true,
            None => {
                cycled += cycle.remaining().count();
                false
            }
        });
        let stats = self
            .stats
            .retain_known(|deck, question| library.keeps(deck, question));
        (cycled, stats)
    }
}
