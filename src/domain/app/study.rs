//! Flashcards and the review schedule: private study, no points.

use std::sync::Arc;

use rand::seq::IndexedRandom;

use super::App;
use crate::deck::library::Scope;
use crate::deck::{LoadedDeck, Question};
use crate::error::UserError;
use crate::ids::UserId;
use crate::review::{Card, Next};

impl App {
    /// A random card for `/flashcard` in `scope`.
    pub fn flashcard(
        &self,
        scope: Scope,
        deck: Option<&str>,
        topic: Option<&str>,
    ) -> Result<(Arc<LoadedDeck>, Question), UserError> {
        let (deck, topic) = self.resolve(scope, deck, topic)?;
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

    /// The card `deck`/`question` as `scope` sees it, as named in a button.
    pub fn card(
        &self,
        scope: Scope,
        deck: &str,
        question: &str,
    ) -> Result<(Arc<LoadedDeck>, Question), UserError> {
        let library = self.library();
        let deck = library.get(scope, deck).ok_or(UserError::NotRecognised)?;
        let question = deck
            .question(question)
            .ok_or(UserError::NotRecognised)?
            .clone();
        Ok((deck.clone(), question))
    }

    /// Self-grading of a flashcard (of `deck` as `scope` sees it) feeds `user`'s review
    /// schedule.
    pub fn grade(
        &self,
        user: UserId,
        scope: Scope,
        deck: &str,
        question: &str,
        knew: bool,
    ) -> Result<Card, UserError> {
        let card = self
            .library()
            .get(scope, deck)
            .and_then(|d| d.key(question))
            .ok_or(UserError::NotRecognised)?
            .clone();
        let now = self.clock.now();
        Ok(self
            .store
            .write(|state, _| state.book_mut(user).grade(&card, knew, now)))
    }

    /// What `/review` shows `user` now in `scope`: cards of the bundled decks, and in a
    /// server, of that server's own decks. A due card names its deck as `scope` does.
    pub fn review(&self, user: UserId, scope: Scope) -> Next {
        let now = self.clock.now();
        let library = self.library();
        // A card of a question its deck no longer has (after a deck changed) is not shown.
        let visible = |deck: &str, question: &str| {
            library.by_qualified_id(deck).is_some_and(|d| {
                (d.owner.is_none() || d.owner == scope) && d.key(question).is_some()
            })
        };
        let next = self.store.read(|state| {
            state
                .reviews
                .get(&user)
                .map_or(Next::Empty, |b| b.next(now, visible))
        });
        match next {
            Next::Due {
                deck,
                question,
                card,
            } => Next::Due {
                deck: library
                    .by_qualified_id(&deck)
                    .map_or(deck, |d| d.id.clone()),
                question,
                card,
            },
            other => other,
        }
    }
}
