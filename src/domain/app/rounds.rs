//! Study-group rounds: several questions in one channel, with the round's own standings. A
//! round is part of the state (and so of the snapshot); only the switch that stops it lives
//! here, made again when a restart resumes it.

use std::collections::{HashMap, HashSet};
use std::sync::{MutexGuard, PoisonError};

use chrono::{DateTime, Duration, Utc};
use tokio::sync::watch;

use super::{App, Closed, Place, Posted, RoundSpec};
use crate::error::UserError;
use crate::ids::{ChannelId, OpenId, UserId};
use crate::quiz::{Round, RoundScore};

impl App {
    fn round_stops(&self) -> MutexGuard<'_, HashMap<ChannelId, watch::Sender<bool>>> {
        self.round_stops
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// A fresh stop switch for the round in `channel`.
    fn switch(&self, channel: ChannelId) -> watch::Receiver<bool> {
        let (stop, stopped) = watch::channel(false);
        self.round_stops().insert(channel, stop);
        stopped
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
        let round = Round {
            guild: place.guild,
            starter,
            starter_name: starter_name.to_owned(),
            deck: deck.id.clone(),
            topic,
            total: usize::from(spec.questions).min(available),
            seconds: spec.seconds,
            asked: HashSet::new(),
            done: 0,
            scores: HashMap::new(),
            current: None,
        };
        self.store.write(|state, _| {
            if let Some(running) = state.rounds.get(&place.channel) {
                return Err(UserError::RoundRunning {
                    starter: running.starter_name.clone(),
                    left: running.left(),
                });
            }
            state.rounds.insert(place.channel, round.clone());
            Ok(())
        })?;
        Ok((round, self.switch(place.channel)))
    }

    /// Rounds the state holds (after a restart: those to resume), each with its stop switch.
    pub fn resume_rounds(&self) -> Vec<(Place, watch::Receiver<bool>)> {
        let places: Vec<Place> = self.store.read(|state| {
            state
                .rounds
                .iter()
                .map(|(channel, round)| Place {
                    guild: round.guild,
                    channel: *channel,
                })
                .collect()
        });
        places
            .into_iter()
            .map(|place| (place, self.switch(place.channel)))
            .collect()
    }

    /// The round's question open now and when it closes, if one is.
    pub fn round_question(&self, place: Place) -> Option<(OpenId, DateTime<Utc>)> {
        self.store.read(|state| {
            let id = state.rounds.get(&place.channel)?.current?;
            Some((id, state.open.get(&id)?.closes_at))
        })
    }

    /// Opens the round's next question, or `None` when the round has asked them all (or ended).
    pub fn next_round_question(&self, place: Place) -> Result<Option<Posted>, UserError> {
        let Some(round) = self
            .store
            .read(|state| state.rounds.get(&place.channel).cloned())
        else {
            return Ok(None);
        };
        if round.asked.len() >= round.total {
            return Ok(None);
        }
        let (deck, _) = self.resolve(Some(place.guild), Some(&round.deck), None)?;
        let posted = self.open_drawn(
            place,
            &deck,
            round.topic.as_deref(),
            &round.asked,
            Duration::seconds(i64::from(round.seconds)),
            // The round holds its channel's place: its questions come one at a time.
            None,
        )?;
        self.store.write(|state, _| {
            if let Some(round) = state.rounds.get_mut(&place.channel) {
                round.asked.insert(posted.question.id.clone());
                round.current = Some(posted.id);
            }
        });
        Ok(Some(posted))
    }

    /// Adds a closed round question to the round; returns the standings so far.
    pub fn record_round(
        &self,
        place: Place,
        closed: &Closed,
    ) -> Option<(Round, Vec<(UserId, RoundScore)>)> {
        self.store.write(|state, _| {
            let round = state.rounds.get_mut(&place.channel)?;
            round.record(&closed.open);
            Some((round.clone(), round.standings()))
        })
    }

    /// Asks the round in `place` to stop: its starter may, and so may a member who can manage
    /// messages.
    pub fn stop_round(
        &self,
        place: Place,
        user: UserId,
        may_manage: bool,
    ) -> Result<(), UserError> {
        let round = self
            .store
            .read(|state| state.rounds.get(&place.channel).cloned())
            .ok_or(UserError::NoRound)?;
        if round.starter != user && !may_manage {
            return Err(UserError::NotYourRound(round.starter_name));
        }
        if let Some(stop) = self.round_stops().get(&place.channel) {
            stop.send_replace(true);
        }
        Ok(())
    }

    /// Ends the round in `place`, returning it with its final standings.
    pub fn end_round(&self, place: Place) -> Option<(Round, Vec<(UserId, RoundScore)>)> {
        self.round_stops().remove(&place.channel);
        let round = self
            .store
            .write(|state, _| state.rounds.remove(&place.channel))?;
        let standings = round.standings();
        Some((round, standings))
    }
}
