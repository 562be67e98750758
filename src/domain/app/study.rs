//! Flashcards and the review schedule: private study, no points.

use std::sync::Arc;

use rand::seq::IndexedRandom;

use super::App;
use crate::deck::{LoadedDeck, Question};
use crate::error::UserError;
use crate::ids::UserId;
use crate::review::{Card, Next};

impl App {
    /// A random card for `/flashcard`.
    pub fn flashcard(
        &self,
        deck: Option<&str>,
        topic: Option<&str>,
    ) -> Result<(Arc<LoadedDeck>, Question), UserError> {
        let (deck, topic) = self.resolve(deck, topic)?;
        let candidates: Vec<&Question> = deck.questions_in(topic.as_deref()).collect();
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
        let card = self
            .library()
            .key(deck, question)
            .ok_or(UserError::NotRecognised)?
            .clone();
        let now = self.clock.now();
        Ok(self
            .store
            .write(|state, _| state.book_mut(user).grade(&card, knew, now)))
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
}
