//! The server's question statistics: `/stats`'s report, its two buttons (a quiz and a
//! flashcard from the hardest questions) and the statistics as CSV.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::Duration;
use rand::seq::IndexedRandom;

use super::{App, Place, Posted};
use crate::deck::{LoadedDeck, Question};
use crate::error::UserError;
use crate::ids::{GuildId, UserId};
use crate::stats::{self, Report};

/// A deck's hardest questions in a server, hardest first, with the deck and topic as the
/// deck spells them.
struct Hardest {
    deck: Arc<LoadedDeck>,
    topic: Option<String>,
    ids: Vec<String>,
}

impl App {
    /// `/stats`: the hardest questions of `deck` (or the default deck) in `guild`, in
    /// `topic` if given; refused while no question has enough answers to rank.
    pub fn stats(
        &self,
        guild: GuildId,
        deck: Option<&str>,
        topic: Option<&str>,
    ) -> Result<Report, UserError> {
        let (deck, topic) = self.resolve(Some(guild), deck, topic)?;
        self.report(guild, &deck, topic.as_deref())
    }

    fn report(
        &self,
        guild: GuildId,
        deck: &LoadedDeck,
        topic: Option<&str>,
    ) -> Result<Report, UserError> {
        // The statistics' tables are shared, not copied: the report is made outside the lock.
        let server = self
            .store
            .read(|state| state.guilds.get(&guild).map(|g| g.stats.clone()))
            .unwrap_or_default();
        let report = stats::report(&server, deck, topic);
        if report.hardest.is_empty() {
            return Err(UserError::NoHardQuestions {
                deck: deck.id.clone(),
                at_least: stats::MIN_ANSWERS,
            });
        }
        Ok(report)
    }

    /// The hardest questions of `deck` in `guild`, in its topic number `topic_at` (see
    /// [`Report::topic_at`]) if given.
    fn hardest(
        &self,
        guild: GuildId,
        deck: &str,
        topic_at: Option<usize>,
    ) -> Result<Hardest, UserError> {
        let (deck, _) = self.resolve(Some(guild), Some(deck), None)?;
        let topic = match topic_at {
            Some(at) => Some(
                deck.topics()
                    .nth(at)
                    .map(|(name, _)| name.to_owned())
                    .ok_or(UserError::NotRecognised)?,
            ),
            None => None,
        };
        let report = self.report(guild, &deck, topic.as_deref())?;
        let ids = report.hardest.into_iter().map(|h| h.id).collect();
        Ok(Hardest { deck, topic, ids })
    }

    /// "Quiz me on these": a `/quiz` by `user` drawn from the hardest questions of `deck`
    /// (in its topic number `topic_at`).
    pub fn quiz_hardest(
        &self,
        place: Place,
        user: UserId,
        deck: &str,
        topic_at: Option<usize>,
        open_for: Duration,
    ) -> Result<Posted, UserError> {
        let Hardest { deck, topic, ids } = self.hardest(place.guild, deck, topic_at)?;
        let others: HashSet<String> = deck
            .questions()
            .iter()
            .filter(|q| !ids.contains(&q.id))
            .map(|q| q.id.clone())
            .collect();
        self.fair_quiz(place, user, |room| {
            self.open_drawn(place, &deck, topic.as_deref(), &others, open_for, room)
        })
    }

    /// "Flashcards": the hardest questions of `deck` (in its topic number `topic_at`),
    /// hardest first, and one of them drawn at random as a card.
    pub fn hardest_cards(
        &self,
        guild: GuildId,
        deck: &str,
        topic_at: Option<usize>,
    ) -> Result<(Arc<LoadedDeck>, Vec<Question>, Question), UserError> {
        let Hardest { deck, ids, .. } = self.hardest(guild, deck, topic_at)?;
        let cards: Vec<Question> = ids
            .iter()
            .filter_map(|id| deck.question(id).cloned())
            .collect();
        let card = self
            .store
            .with_rng(|rng| cards.choose(rng).cloned())
            .ok_or(UserError::NoHardQuestions {
                deck: deck.id.clone(),
                at_least: stats::MIN_ANSWERS,
            })?;
        Ok((deck, cards, card))
    }

    /// The server's question statistics as CSV into `out`, at most `limit` bytes. Worked out
    /// from a copy, outside the store's lock: call it off the async runtime.
    pub fn export_stats(
        &self,
        guild: GuildId,
        say: &dyn crate::labels::Say,
        out: impl std::io::Write,
        limit: usize,
    ) -> std::io::Result<crate::export::Written> {
        let library = self.library();
        let server = self
            .store
            .read(|state| state.guilds.get(&guild).map(|g| g.stats.clone()))
            .unwrap_or_default();
        crate::export::stats_csv(
            &server,
            |deck| library.by_qualified_id(deck).map(|d| &**d),
            say,
            out,
            limit,
        )
    }
}
