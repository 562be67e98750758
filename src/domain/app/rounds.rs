//! Study-group rounds: several questions in one channel, with the round's own standings.

use std::collections::{HashMap, HashSet};
use std::sync::{MutexGuard, PoisonError};

use chrono::Duration;
use tokio::sync::watch;

use super::{App, Closed, Place, Posted, RoundSpec};
use crate::error::UserError;
use crate::ids::{ChannelId, UserId};
use crate::quiz::{Round, RoundScore};

impl App {
    fn rounds(&self) -> MutexGuard<'_, HashMap<ChannelId, (Round, watch::Sender<bool>)>> {
        self.rounds.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Starts a round in `place` (of at most as many questions as the deck or topic has);
    /// the receiver turns true when someone stops it.
    pub fn start_round(
        &self,
        place: Place,
        starter: UserId,
        starter_name: &str,
        spec: &RoundSpec,
    ) -> Result<(Round, watch::Receiver<bool>), UserError> {
        let (deck, topic) = self.resolve(
            Some(place.guild),
            spec.deck.as_deref(),
            spec.topic.as_deref(),
        )?;
        self.room_in(place)?;
        let available = deck.questions_in(topic.as_deref()).count();
        let mut rounds = self.rounds();
        if let Some((running, _)) = rounds.get(&place.channel) {
            return Err(UserError::RoundRunning {
                starter: running.starter_name.clone(),
                left: running.left(),
            });
        }
        let round = Round {
            starter,
            starter_name: starter_name.to_owned(),
            deck: deck.id.clone(),
            topic,
            total: usize::from(spec.questions).min(available),
            seconds: spec.seconds,
            asked: HashSet::new(),
            done: 0,
            scores: HashMap::new(),
        };
        let (stop, stopped) = watch::channel(false);
        rounds.insert(place.channel, (round.clone(), stop));
        Ok((round, stopped))
    }

    /// Opens the round's next question, or `None` when the round has asked them all (or ended).
    pub fn next_round_question(&self, place: Place) -> Result<Option<Posted>, UserError> {
        let (deck, topic, asked, seconds) = {
            let rounds = self.rounds();
            let Some((round, _)) = rounds.get(&place.channel) else {
                return Ok(None);
            };
            if round.asked.len() >= round.total {
                return Ok(None);
            }
            (
                round.deck.clone(),
                round.topic.clone(),
                round.asked.clone(),
                round.seconds,
            )
        };
        let (deck, _) = self.resolve(Some(place.guild), Some(&deck), None)?;
        let posted = self.open_drawn(
            place,
            &deck,
            topic.as_deref(),
            &asked,
            Duration::seconds(i64::from(seconds)),
        )?;
        if let Some((round, _)) = self.rounds().get_mut(&place.channel) {
            round.asked.insert(posted.question.id.clone());
        }
        Ok(Some(posted))
    }

    /// Adds a closed round question to the round; returns the standings so far.
    pub fn record_round(
        &self,
        place: Place,
        closed: &Closed,
    ) -> Option<(Round, Vec<(UserId, RoundScore)>)> {
        let mut rounds = self.rounds();
        let (round, _) = rounds.get_mut(&place.channel)?;
        round.record(&closed.open);
        Some((round.clone(), round.standings()))
    }

    /// Asks the round in `place` to stop: its starter may, and so may a member who can manage
    /// messages.
    pub fn stop_round(
        &self,
        place: Place,
        user: UserId,
        may_manage: bool,
    ) -> Result<(), UserError> {
        let rounds = self.rounds();
        let (round, stop) = rounds.get(&place.channel).ok_or(UserError::NoRound)?;
        if round.starter != user && !may_manage {
            return Err(UserError::NotYourRound(round.starter_name.clone()));
        }
        stop.send_replace(true);
        Ok(())
    }

    /// Ends the round in `place`, returning it with its final standings.
    pub fn end_round(&self, place: Place) -> Option<(Round, Vec<(UserId, RoundScore)>)> {
        let (round, _) = self.rounds().remove(&place.channel)?;
        let standings = round.standings();
        Some((round, standings))
    }
}
