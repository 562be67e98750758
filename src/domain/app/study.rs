//! Flashcards and the review schedule: private study, no points.

use std::sync::Arc;

use rand::seq::IndexedRandom;

use super::App;
use crate::deck::library::Scope;
use crate::deck::CardKey;
use crate::deck::{LoadedDeck, Question};
use crate::error::UserError;
use crate::ids::UserId;
use crate::review::{Card, CardState, Grade, Next, Outlook, Preview, ReviewBook, FORECAST_DAYS};

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

    /// The key of `deck`/`question` as `scope` sees it, as named in a button.
    fn key(&self, scope: Scope, deck: &str, question: &str) -> Result<CardKey, UserError> {
        self.library()
            .get(scope, deck)
            .and_then(|d| d.key(question))
            .cloned()
            .ok_or(UserError::NotRecognised)
    }

    /// When each grade would bring `user`'s card `deck`/`question` back, graded now.
    pub fn preview(
        &self,
        user: UserId,
        scope: Scope,
        deck: &str,
        question: &str,
    ) -> Result<Preview, UserError> {
        let key = self.key(scope, deck, question)?;
        let now = self.clock.now();
        Ok(self.store.read(|state| match state.reviews.get(&user) {
            Some(book) => book.preview(&key, now),
            None => ReviewBook::default().preview(&key, now),
        }))
    }

    /// Self-grading of a flashcard (of `deck` as `scope` sees it) feeds `user`'s review
    /// schedule.
    pub fn grade(
        &self,
        user: UserId,
        scope: Scope,
        deck: &str,
        question: &str,
        grade: Grade,
    ) -> Result<Card, UserError> {
        let key = self.key(scope, deck, question)?;
        let now = self.clock.now();
        Ok(self
            .store
            .write(|state, _| state.book_mut(user).grade(&key, grade, now).clone()))
    }

    /// Whether `scope` sees `deck`: a bundled deck, or in a server, that server's own.
    fn sees(scope: Scope) -> impl Fn(&LoadedDeck) -> bool {
        move |deck: &LoadedDeck| deck.owner.is_none() || deck.owner == scope
    }

    /// What `/review` shows `user` now in `scope`: cards of the bundled decks, and in a
    /// server, of that server's own decks. A due card names its deck as `scope` does.
    pub fn review(&self, user: UserId, scope: Scope) -> Next {
        let now = self.clock.now();
        let library = self.library();
        let sees = Self::sees(scope);
        let next = self.store.read(|state| {
            state
                .reviews
                .get(&user)
                .map_or(Next::Empty, |b| b.next(now, &library, &sees))
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

    /// How `user`'s schedule looks from `scope` now, for the end of a session and `/review
    /// stats`.
    pub fn review_outlook(&self, user: UserId, scope: Scope) -> Outlook {
        let now = self.clock.now();
        let library = self.library();
        let sees = Self::sees(scope);
        self.store.read(|state| {
            let Some(book) = state.reviews.get(&user) else {
                return Outlook::default();
            };
            let mut outlook = Outlook {
                new: book.new_count(&library, &sees),
                forecast: book.forecast(now, FORECAST_DAYS, &library, &sees),
                retention: book.retention(now, &library, &sees),
                ..Outlook::default()
            };
            for card in book.visible_cards(&library, &sees) {
                match card.state() {
                    CardState::Learning => outlook.learning += 1,
                    _ => outlook.review += 1,
                }
            }
            outlook
        })
    }
}
