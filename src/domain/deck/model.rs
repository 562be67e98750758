//! The deck file format: what a server owner writes and what the bot quizzes from.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::ids::UserId;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deck {
    pub title: String,
    pub description: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// The language the questions are written in, a BCP 47 tag (`en`, `pt-BR`); `/decks` shows
    /// it. The bot's own words follow the reader's language, never the deck's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// How every question is answered unless it says otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    pub questions: Vec<Question>,
}

/// How a question is answered: by picking one of four options, or by typing the answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Choice,
    Typed,
}

impl Format {
    /// A table cell's spelling of a format, in any case.
    pub fn parse(text: &str) -> Option<Format> {
        match text.trim().to_ascii_lowercase().as_str() {
            "choice" => Some(Format::Choice),
            "typed" => Some(Format::Typed),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable across text edits: scores and review state refer to it.
    pub id: String,
    pub topic: String,
    pub question: String,
    pub answer: String,
    /// Wrong answers to offer; fewer than three are topped up with other questions' answers.
    #[serde(default)]
    pub distractors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    /// Other ways of writing the answer that count as right: never offered as a wrong option.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accept: Vec<String>,
    /// How this question is answered, if not as its deck says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<Format>,
    /// The member who wrote it, for a question suggested in Discord and approved there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<UserId>,
}

/// A question's ids across the library: its deck's and its own. The library makes one per
/// question, and open questions, review cards and statistics share its strings.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CardKey {
    // Readable in the crate so that review books share the strings instead of copying them.
    pub(crate) deck: Arc<str>,
    pub(crate) question: Arc<str>,
}

impl CardKey {
    pub fn new(deck: impl Into<Arc<str>>, question: impl Into<Arc<str>>) -> CardKey {
        CardKey {
            deck: deck.into(),
            question: question.into(),
        }
    }

    pub fn deck(&self) -> &str {
        &self.deck
    }

    pub fn question(&self) -> &str {
        &self.question
    }
}
