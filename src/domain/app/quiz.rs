//! Posting a question, answering it, and closing it: the path every quiz, round and daily
//! question takes.

use std::collections::HashSet;
use std::sync::{Arc, MutexGuard, PoisonError};

use chrono::{DateTime, Duration, Utc};

use super::{Answered, App, Closed, LastQuiz, Place, Posted, Typed};
use crate::deck::model::Format;
use crate::deck::CardKey;
use crate::deck::LoadedDeck;
use crate::error::UserError;
use crate::ids::{MessageId, OpenId, UserId};
use crate::quiz::typed::{grade, is_exact};
use crate::quiz::{deal, Dealt, OpenQuestion, TYPED_RIGHT, TYPED_WRONG};
use crate::review::Grade;
use crate::scores::Scored;
use crate::state::State;
use crate::stats::Counted;

impl App {
    /// `/quiz` by `user`: a question as [`App::open_question`] opens it, if the member's
    /// cooldown has passed and the channel has room for another open question.
    pub fn quiz(
        &self,
        place: Place,
        user: UserId,
        deck: Option<&str>,
        topic: Option<&str>,
        open_for: Duration,
    ) -> Result<Posted, UserError> {
        let (deck, topic) = self.resolve(Some(place.guild), deck, topic)?;
        self.fair_quiz(place, user, |room| {
            self.open_drawn(
                place,
                &deck,
                topic.as_deref(),
                &HashSet::new(),
                open_for,
                room,
            )
        })
    }

    /// Opens the question `open` opens for `user` (given the channel's limit of open
    /// questions, which it checks in the same step as it opens), if the member's cooldown has
    /// passed; starts the cooldown. The cooldowns stay locked throughout, so that two `/quiz`
    /// at once can overshoot neither the cooldown nor the channel's limit.
    pub(super) fn fair_quiz(
        &self,
        place: Place,
        user: UserId,
        open: impl FnOnce(Option<usize>) -> Result<Posted, UserError>,
    ) -> Result<Posted, UserError> {
        let now = self.clock.now();
        let key = (place.guild, user);
        let cooldown = self.fair_use.quiz_cooldown;
        let mut last = self.last_quiz();
        if let Some((at, _)) = last.get(&key) {
            let wait = (*at + cooldown - now).num_seconds();
            if wait > 0 {
                return Err(UserError::Cooldown(wait));
            }
        }
        let posted = open(Some(self.fair_use.open_per_channel))?;
        // Only members still cooling down need remembering.
        if last.len() >= 10_000 {
            last.retain(|_, (at, _)| *at + cooldown > now);
        }
        last.insert(key, (now, posted.id));
        Ok(posted)
    }

    fn last_quiz(&self) -> MutexGuard<'_, LastQuiz> {
        self.last_quiz
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Refuses when `place`'s channel has as many questions open as fair use allows.
    pub(super) fn room_in(&self, place: Place) -> Result<(), UserError> {
        let max = self.fair_use.open_per_channel;
        self.store.read(|state| room(state, place, max))
    }

    /// Draws the next question of the server's cycle and opens it in `place` for `open_for`.
    pub fn open_question(
        &self,
        place: Place,
        deck: Option<&str>,
        topic: Option<&str>,
        open_for: Duration,
    ) -> Result<Posted, UserError> {
        let (deck, topic) = self.resolve(Some(place.guild), deck, topic)?;
        self.open_drawn(
            place,
            &deck,
            topic.as_deref(),
            &HashSet::new(),
            open_for,
            None,
        )
    }

    /// Opens the next question of the server's cycle for `deck` that is not in `exclude`;
    /// refused if `room_for` is given and the channel has that many questions open already,
    /// checked in the same step.
    pub(super) fn open_drawn(
        &self,
        place: Place,
        deck: &Arc<LoadedDeck>,
        topic: Option<&str>,
        exclude: &HashSet<String>,
        open_for: Duration,
        room_for: Option<usize>,
    ) -> Result<Posted, UserError> {
        if deck.flashcards_only() {
            return Err(UserError::FlashcardsOnly(deck.id.clone()));
        }
        let now = self.clock.now();
        self.store.write(|state, rng| {
            if let Some(max) = room_for {
                room(state, place, max)?;
            }
            let guild = state.guild_mut(place.guild);
            let cycles = Arc::make_mut(&mut guild.cycles);
            let cycle = match cycles.get_mut(&deck.id) {
                Some(cycle) => cycle,
                None => cycles.entry(deck.id.clone()).or_default(),
            };
            let drawn = cycle.draw(deck, topic, exclude, rng);
            let question = drawn
                .and_then(|id| deck.question(&id))
                .cloned()
                .ok_or_else(|| UserError::UnknownTopic {
                    deck: deck.id.clone(),
                    topic: topic.unwrap_or_default().to_owned(),
                })?;
            let card = deck
                .key(&question.id)
                .ok_or(UserError::NotRecognised)?
                .clone();
            let typed = deck.format_of(&question) == Format::Typed;
            let dealt = if typed {
                Dealt {
                    options: vec![question.answer.clone()],
                    correct: TYPED_RIGHT,
                }
            } else {
                deal(&question, deck.questions(), rng)
            };
            guild.stats.asked(card.deck(), card.question());
            let id = OpenId(state.next_open_id);
            state.next_open_id += 1;
            let closes_at = now + open_for;
            state.open.insert(
                id,
                Arc::new(OpenQuestion {
                    guild: place.guild,
                    channel: place.channel,
                    card,
                    topic: question.topic.as_str().into(),
                    options: dealt.options.clone(),
                    correct: dealt.correct,
                    opened_at: now,
                    closes_at,
                    message: None,
                    answers: Default::default(),
                    first_right: None,
                    daily: None,
                    typed,
                }),
            );
            Ok(Posted {
                id,
                place,
                deck: deck.clone(),
                question,
                options: dealt.options,
                closes_at,
            })
        })
    }

    /// Remembers the message that shows question `id`, so its reveal can edit it.
    pub fn set_message(&self, id: OpenId, message: MessageId) {
        self.store.write(|state, _| {
            if let Some(q) = state.open_mut(id) {
                q.message = Some(message);
            }
        });
    }

    /// Forgets a question whose message could not be posted; a `/quiz` that posted nothing
    /// starts no cooldown.
    pub fn withdraw(&self, id: OpenId) {
        self.store.write(|state, _| state.open.remove(&id));
        self.last_quiz().retain(|_, (_, quiz)| *quiz != id);
    }

    /// `user` (called `name`) picks `option` on question `id`, pressed in `place`.
    pub fn answer(
        &self,
        id: OpenId,
        place: Place,
        user: UserId,
        name: &str,
        option: u8,
    ) -> Result<Answered, UserError> {
        self.record(id, place, user, name, |open| {
            if open.typed {
                return Err(UserError::NotRecognised);
            }
            Ok((option, false))
        })
    }

    /// Whether `user` may still answer typed question `id` in `place`: it is open, typed, and
    /// they have not answered it.
    pub fn may_type(&self, id: OpenId, place: Place, user: UserId) -> Result<(), UserError> {
        self.typed_card(id, place, user).map(drop)
    }

    /// The card of typed question `id`, if `user` may still answer it in `place`.
    fn typed_card(&self, id: OpenId, place: Place, user: UserId) -> Result<CardKey, UserError> {
        let now = self.clock.now();
        self.store.read(|state| {
            let open = state.open.get(&id).ok_or(if id.0 < state.next_open_id {
                UserError::QuestionClosed
            } else {
                UserError::NotRecognised
            })?;
            if !open.typed || open.guild != place.guild || open.channel != place.channel {
                return Err(UserError::NotRecognised);
            }
            if !open.is_open_at(now) {
                return Err(UserError::QuestionClosed);
            }
            if open.answers.contains_key(&user) {
                return Err(UserError::AlreadyTyped);
            }
            Ok(open.card.clone())
        })
    }

    /// `user` (called `name`) types `text` as their answer to question `id` in `place`; the
    /// reply says what it was accepted as, if it was. The text is graded outside the store's
    /// lock, once the member is known not to have answered; recording it checks that again.
    pub fn answer_typed(
        &self,
        id: OpenId,
        place: Place,
        user: UserId,
        name: &str,
        text: &str,
    ) -> Result<Answered, UserError> {
        let card = self.typed_card(id, place, user)?;
        let accepted = self
            .library()
            .question(&card)
            .ok_or(UserError::QuestionClosed)
            .map(|question| grade(text, question).map(str::to_owned))?;
        let typo = accepted.as_deref().is_some_and(|a| !is_exact(text, a));
        let mut answered = self.record(id, place, user, name, |open| {
            if !open.typed || open.card != card {
                return Err(UserError::NotRecognised);
            }
            Ok(if accepted.is_some() {
                (TYPED_RIGHT, typo)
            } else {
                (TYPED_WRONG, false)
            })
        })?;
        answered.typed = Some(Typed {
            text: text.to_owned(),
            accepted,
        });
        Ok(answered)
    }

    /// Records `user`'s answer to question `id`, the option `choose` makes of it (and whether
    /// it was right only with a typo). The answer grades the user's card: wrong is Again,
    /// right is Good, right with a typo Hard.
    fn record(
        &self,
        id: OpenId,
        place: Place,
        user: UserId,
        name: &str,
        choose: impl FnOnce(&OpenQuestion) -> Result<(u8, bool), UserError>,
    ) -> Result<Answered, UserError> {
        let now = self.clock.now();
        let library = self.library();
        self.store.write(|state, _| {
            let State {
                guilds,
                reviews,
                open,
                next_open_id,
                ..
            } = state;
            let Some(open) = open.get_mut(&id).map(Arc::make_mut) else {
                return Err(if id.0 < *next_open_id {
                    UserError::QuestionClosed
                } else {
                    UserError::NotRecognised
                });
            };
            if open.guild != place.guild || open.channel != place.channel {
                return Err(UserError::NotRecognised);
            }
            let (option, typo) = choose(open)?;
            let answer = open.answer(user, option, now)?;
            let right = answer.option == open.correct;
            let guild = Arc::make_mut(guilds.entry(place.guild).or_default());
            let periods = guild.periods(now);
            let member = guild.scores.record(
                user,
                name,
                Scored {
                    channel: place.channel,
                    topic: &open.topic,
                    right,
                    points: answer.points,
                },
            );
            member.record_period(periods, answer.points);
            if let Some(date) = open.daily {
                member.record_daily(date, right);
            }
            let wrong_option = (!right && !open.typed)
                .then(|| open.options.get(usize::from(answer.option)))
                .flatten();
            guild.stats.answered(
                open.card.deck(),
                open.card.question(),
                Counted {
                    right,
                    wrong_option: wrong_option.map(String::as_str),
                    after: now - open.opened_at,
                },
            );
            let grade = match (right, typo) {
                (false, _) => Grade::Again,
                (true, true) => Grade::Hard,
                (true, false) => Grade::Good,
            };
            Arc::make_mut(reviews.entry(user).or_default()).grade(&open.card, grade, now);
            Ok(Answered {
                option: answer.option,
                correct: open.correct,
                points: answer.points,
                card: open.card.clone(),
                library,
                typed: None,
            })
        })
    }

    /// Closes question `id`; `None` if it was already closed.
    pub fn close(&self, id: OpenId) -> Option<Closed> {
        let open = Arc::unwrap_or_clone(self.store.write(|state, _| state.open.remove(&id))?);
        let question = self.library().question(&open.card).cloned();
        Some(Closed {
            id,
            reveal: open.reveal(),
            open,
            question,
        })
    }

    /// Open questions and when each closes, to arm their timers (again, after a restart);
    /// a round's question is its round's to close.
    pub fn closing_times(&self) -> Vec<(OpenId, DateTime<Utc>)> {
        self.store.read(|state| {
            let in_rounds: HashSet<OpenId> =
                state.rounds.values().filter_map(|r| r.current).collect();
            state
                .open
                .iter()
                .filter(|(id, _)| !in_rounds.contains(id))
                .map(|(id, q)| (*id, q.closes_at))
                .collect()
        })
    }
}

/// Refuses when `place`'s channel has `max` questions open.
fn room(state: &State, place: Place, max: usize) -> Result<(), UserError> {
    let open = state
        .open
        .values()
        .filter(|q| q.channel == place.channel)
        .count();
    if open >= max {
        return Err(UserError::ChannelBusy(open));
    }
    Ok(())
}
