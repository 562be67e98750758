//! The core the Discord adapter drives: decks, state and clock together, with one method per
//! thing a user can do. Never touches Discord; every method is a short, lock-scoped step.

use std::collections::HashSet;
use std::sync::{Arc, RwLock};

use chrono::{DateTime, Duration, Utc};
use rand::seq::IndexedRandom;

use crate::clock::Clock;
use crate::deck::{Library, LoadedDeck, Question};
use crate::error::UserError;
use crate::ids::{ChannelId, GuildId, MessageId, OpenId, UserId};
use crate::quiz::{deal, OpenQuestion, Reveal};
use crate::review::{Card, Next};
use crate::scores::{self, Page, Scope, ScoreCard};
use crate::state::Store;

pub struct App {
    library: RwLock<Arc<Library>>,
    pub store: Store,
    pub clock: Arc<dyn Clock>,
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
    pub deck: Arc<LoadedDeck>,
    pub question: Question,
    pub options: Vec<String>,
    pub closes_at: DateTime<Utc>,
}

/// What an answerer is told at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answered {
    pub option: u8,
    pub correct: u8,
    pub correct_text: String,
    pub points: u32,
    pub explanation: Option<String>,
}

impl Answered {
    pub fn right(&self) -> bool {
        self.option == self.correct
    }
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
    pub fn new(library: Library, store: Store, clock: Arc<dyn Clock>) -> Self {
        App {
            library: RwLock::new(Arc::new(library)),
            store,
            clock,
        }
    }

    pub fn library(&self) -> Arc<Library> {
        self.library
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// The deck a command names (or the default one) and the deck's spelling of the topic.
    pub fn resolve(
        &self,
        deck: Option<&str>,
        topic: Option<&str>,
    ) -> Result<(Arc<LoadedDeck>, Option<String>), UserError> {
        let library = self.library();
        let deck = match deck.map(str::trim).filter(|d| !d.is_empty()) {
            Some(id) => library.get(id),
            None => library.default_deck(),
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

    /// Draws the next question of the server's cycle and opens it in `place` for `open_for`.
    pub fn open_question(
        &self,
        place: Place,
        deck: Option<&str>,
        topic: Option<&str>,
        open_for: Duration,
    ) -> Result<Posted, UserError> {
        let (deck, topic) = self.resolve(deck, topic)?;
        let now = self.clock.now();
        self.store.write(|state, rng| {
            let cycle = state
                .guilds
                .entry(place.guild)
                .or_default()
                .cycles
                .entry(deck.id.clone())
                .or_default();
            let drawn = cycle.draw(&deck, topic.as_deref(), &HashSet::new(), rng);
            let question = drawn
                .and_then(|id| deck.question(&id))
                .cloned()
                .ok_or_else(|| UserError::UnknownTopic {
                    deck: deck.id.clone(),
                    topic: topic.clone().unwrap_or_default(),
                })?;
            let dealt = deal(&question, rng);
            let id = OpenId(state.next_open_id);
            state.next_open_id += 1;
            let closes_at = now + open_for;
            state.open.insert(
                id,
                OpenQuestion {
                    guild: place.guild,
                    channel: place.channel,
                    deck: deck.id.clone(),
                    question: question.id.clone(),
                    topic: question.topic.clone(),
                    options: dealt.options.clone(),
                    correct: dealt.correct,
                    opened_at: now,
                    closes_at,
                    message: None,
                    answers: Default::default(),
                    first_right: None,
                },
            );
            Ok(Posted {
                id,
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
            if let Some(q) = state.open.get_mut(&id) {
                q.message = Some(message);
            }
        });
    }

    /// Forgets a question whose message could not be posted.
    pub fn withdraw(&self, id: OpenId) {
        self.store.write(|state, _| state.open.remove(&id));
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
        let now = self.clock.now();
        let (answered, deck, question) = self.store.write(|state, _| {
            let Some(open) = state.open.get_mut(&id) else {
                return Err(if id.0 < state.next_open_id {
                    UserError::QuestionClosed
                } else {
                    UserError::NotRecognised
                });
            };
            if open.guild != place.guild || open.channel != place.channel {
                return Err(UserError::NotRecognised);
            }
            let answer = open.answer(user, option, now)?;
            let right = answer.option == open.correct;
            let answered = Answered {
                option: answer.option,
                correct: open.correct,
                correct_text: open.correct_text().to_owned(),
                points: answer.points,
                explanation: None,
            };
            let (deck, question, topic) =
                (open.deck.clone(), open.question.clone(), open.topic.clone());
            let member = state
                .guilds
                .entry(place.guild)
                .or_default()
                .members
                .entry(user)
                .or_default();
            name.clone_into(&mut member.name);
            member.record(place.channel, &topic, right, answer.points);
            state
                .reviews
                .entry(user)
                .or_default()
                .grade(&deck, &question, right, now);
            Ok((answered, deck, question))
        })?;
        let explanation = self
            .library()
            .get(&deck)
            .and_then(|d| d.question(&question))
            .and_then(|q| q.explanation.clone());
        Ok(Answered {
            explanation,
            ..answered
        })
    }

    /// Closes question `id`; `None` if it was already closed.
    pub fn close(&self, id: OpenId) -> Option<Closed> {
        let open = self.store.write(|state, _| state.open.remove(&id))?;
        let question = self
            .library()
            .get(&open.deck)
            .and_then(|d| d.question(&open.question))
            .cloned();
        Some(Closed {
            id,
            reveal: open.reveal(),
            open,
            question,
        })
    }

    /// Open questions and when each closes, to arm their timers (again, after a restart).
    pub fn closing_times(&self) -> Vec<(OpenId, DateTime<Utc>)> {
        self.store.read(|state| {
            state
                .open
                .iter()
                .map(|(id, q)| (*id, q.closes_at))
                .collect()
        })
    }

    /// A random card for `/flashcard`.
    pub fn flashcard(
        &self,
        deck: Option<&str>,
        topic: Option<&str>,
    ) -> Result<(Arc<LoadedDeck>, Question), UserError> {
        let (deck, topic) = self.resolve(deck, topic)?;
        let candidates: Vec<&Question> = deck
            .questions()
            .iter()
            .filter(|q| topic.as_ref().is_none_or(|t| q.topic == *t))
            .collect();
        let question = self
            .store
            .with_rng(|rng| candidates.choose(rng).map(|q| (*q).clone()))
            .ok_or_else(|| UserError::UnknownTopic {
                deck: deck.id.clone(),
                topic: topic.clone().unwrap_or_default(),
            })?;
        Ok((deck, question))
    }

    /// The card `deck`/`question`, as named in a button.
    pub fn card(
        &self,
        deck: &str,
        question: &str,
    ) -> Result<(Arc<LoadedDeck>, Question), UserError> {
        let library = self.library();
        let deck = library.get(deck).ok_or(UserError::NotRecognised)?;
        let question = deck
            .question(question)
            .ok_or(UserError::NotRecognised)?
            .clone();
        Ok((deck.clone(), question))
    }

    /// Self-grading of a flashcard feeds `user`'s review schedule.
    pub fn grade(
        &self,
        user: UserId,
        deck: &str,
        question: &str,
        knew: bool,
    ) -> Result<Card, UserError> {
        self.card(deck, question)?;
        let now = self.clock.now();
        Ok(self.store.write(|state, _| {
            state
                .reviews
                .entry(user)
                .or_default()
                .grade(deck, question, knew, now)
        }))
    }

    /// What `/review` shows `user` now.
    pub fn review(&self, user: UserId) -> Next {
        let now = self.clock.now();
        self.store.read(|state| {
            state
                .reviews
                .get(&user)
                .map_or(Next::Empty, |b| b.next(now))
        })
    }

    pub fn score_card(&self, guild: GuildId, user: UserId) -> Option<ScoreCard> {
        self.store.read(|state| {
            state
                .guilds
                .get(&guild)
                .and_then(|g| scores::score_card(&g.members, user))
        })
    }

    pub fn leaderboard(
        &self,
        guild: GuildId,
        scope: Scope,
        page: usize,
    ) -> Result<Page, UserError> {
        let name = match scope {
            Scope::Server => "server",
            Scope::Channel(_) => "channel",
        };
        let all = self.store.read(|state| {
            state
                .guilds
                .get(&guild)
                .map(|g| scores::standings(&g.members, scope))
                .unwrap_or_default()
        });
        scores::page(all, page, name)
    }
}
