//! What each reply looks like: domain values in, serenity builders out. Every text is clipped
//! to Discord's limits, so a long deck or a crowded leaderboard never gets a message refused.

pub mod daily;
pub mod info;
pub mod quiz;
pub mod round;
pub mod standings;
pub mod stats;
pub mod study;
pub mod suggest;

use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use serenity::all::CreateEmbed;

use quizbot_domain::scores::Tally;

use crate::i18n::Words;
use crate::say;

const BLURPLE: u32 = 0x5865F2;
const GREEN: u32 = 0x2ECC71;
const RED: u32 = 0xE74C3C;
const GREY: u32 = 0x95A5A6;

pub const DESCRIPTION_MAX: usize = 4096;
pub const FIELD_MAX: usize = 1024;
/// What Discord takes for a form's title and for each of its fields' labels.
pub const FORM_LABEL_MAX: usize = 45;

/// `text` cut to `max` characters, marking the cut.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// A Discord timestamp that each reader sees relative to now ("in 45 seconds").
pub fn relative(at: DateTime<Utc>) -> String {
    format!("<t:{}:R>", at.timestamp())
}

/// `correct` of `answered` as a whole percentage in `w`'s notation ("75%", "75 %"); "–" of none.
pub fn percent(w: Words, correct: u32, answered: u32) -> String {
    if answered == 0 {
        "–".into()
    } else {
        let n = (100.0 * f64::from(correct) / f64::from(answered)).round();
        say!(w, "number-percent", n)
    }
}

pub fn error(text: &str) -> CreateEmbed {
    CreateEmbed::new()
        .description(clip(text, DESCRIPTION_MAX))
        .colour(RED)
}

pub fn note(text: &str) -> CreateEmbed {
    CreateEmbed::new()
        .description(clip(text, DESCRIPTION_MAX))
        .colour(BLURPLE)
}

/// Each topic's right answers of answered, and the share, a line each.
fn topic_lines(w: Words, topics: &[(String, Tally)]) -> String {
    let mut lines = String::new();
    for (topic, tally) in topics {
        let line = say!(
            w,
            "score-topic-line",
            topic = topic.as_str(),
            correct = tally.correct,
            answered = tally.answered,
            share = percent(w, tally.correct, tally.answered)
        );
        let _ = writeln!(lines, "{line}");
    }
    lines
}

#[cfg(test)]
mod tests {
    //! Worst cases against Discord's limits: every text at its deck limit, crowds of answerers.

    use std::collections::{HashMap, HashSet};
    use std::sync::Arc;

    use chrono::TimeZone;
    use serde_json::Value;

    use super::info::*;
    use super::quiz::*;
    use super::round::*;
    use super::standings::*;
    use super::study::*;
    use super::*;
    use crate::discord::custom_id::{Session, Table};
    use crate::i18n::Lang;
    use quizbot_domain::app::{Answered, Closed, Place, Posted, Typed};
    use quizbot_domain::deck::limits::*;
    use quizbot_domain::deck::model::Format;
    use quizbot_domain::deck::CardKey;
    use quizbot_domain::deck::{Deck, Library, LoadedDeck, Question};
    use quizbot_domain::ids::{ChannelId, GuildId, OpenId, UserId};
    use quizbot_domain::quiz::{OpenQuestion, Reveal, Round, RoundScore};
    use quizbot_domain::scores::{Page, Standing};

    /// The longest words the bot has: every text a third longer than en-US.
    const W: Words = Words(Lang::Pseudo);

    fn longest() -> (Arc<LoadedDeck>, Question) {
        let q = Question {
            id: "q".repeat(MAX_ID),
            topic: "t".repeat(MAX_TOPIC),
            question: "?".repeat(MAX_QUESTION),
            answer: "a".repeat(MAX_OPTION),
            distractors: (0..3).map(|i| i.to_string().repeat(MAX_OPTION)).collect(),
            explanation: Some("e".repeat(MAX_EXPLANATION)),
            accept: Vec::new(),
            format: None,
            author: Some(UserId(u64::MAX)),
        };
        let deck = Deck {
            title: "T".repeat(MAX_TITLE),
            description: "d".repeat(MAX_DESCRIPTION),
            source: String::new(),
            language: None,
            format: None,
            questions: vec![q.clone()],
        };
        (Arc::new(LoadedDeck::new("d".repeat(MAX_ID), deck)), q)
    }

    /// Checks one embed against Discord's limits.
    fn fits(embed: &CreateEmbed) {
        let e: Value = serde_json::to_value(embed).unwrap();
        let len = |v: &Value| v.as_str().map_or(0, |s| s.chars().count());
        let title = len(&e["title"]);
        let description = len(&e["description"]);
        let footer = len(&e["footer"]["text"]);
        assert!(title <= 256, "title {title}");
        assert!(description <= DESCRIPTION_MAX, "description {description}");
        assert!(footer <= 2048, "footer {footer}");
        let mut total = title + description + footer;
        for field in e["fields"].as_array().into_iter().flatten() {
            let (name, value) = (len(&field["name"]), len(&field["value"]));
            assert!(name <= 256 && value <= FIELD_MAX, "field {name}/{value}");
            total += name + value;
        }
        assert!(total <= 6000, "embed total {total}");
    }

    #[test]
    fn the_longest_question_a_deck_may_hold_fits_every_message() {
        let (deck, q) = longest();
        let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut options = q.distractors.clone();
        options.push(q.answer.clone());
        let posted = Posted {
            id: OpenId(u64::MAX),
            place: Place {
                guild: GuildId(1),
                channel: ChannelId(2),
            },
            deck: deck.clone(),
            question: q.clone(),
            options: options.clone(),
            closes_at: now,
        };
        fits(&question(W, &posted).0);
        let crowd: Vec<UserId> = (0..5000).map(|u| UserId(u64::MAX - u)).collect();
        let closed = Closed {
            id: OpenId(u64::MAX),
            open: OpenQuestion {
                guild: GuildId(1),
                channel: ChannelId(2),
                card: CardKey::new(deck.id.as_str(), q.id.as_str()),
                topic: q.topic.as_str().into(),
                options,
                correct: 3,
                opened_at: now,
                closes_at: now,
                message: None,
                answers: Default::default(),
                first_right: None,
                daily: None,
                typed: false,
            },
            reveal: Reveal {
                correct: 3,
                answered: 5000,
                right: crowd.clone(),
                counts: [usize::MAX; 4],
            },
            question: Some(q.clone()),
        };
        fits(&reveal(W, &closed).0);
        let rows = reveal(W, &closed).1;
        assert_eq!(rows.len(), 2, "the options, then Report a problem");
        let gone = Closed {
            question: None,
            ..closed.clone()
        };
        assert_eq!(
            reveal(W, &gone).1.len(),
            1,
            "nothing to report on a question gone"
        );
        let answer = Answered {
            option: 0,
            correct: 3,
            points: 12,
            card: CardKey::new(deck.id.as_str(), q.id.as_str()),
            library: Arc::new(Library::from_decks([LoadedDeck::clone(&deck)])),
            typed: None,
        };
        assert_eq!(answer.explanation(), q.explanation.as_deref());
        assert_eq!(answer.correct_text(), Some(q.answer.as_str()));
        fits(&answered(W, &answer));
        let typed = Answered {
            typed: Some(Typed {
                text: "x".repeat(4000),
                accepted: Some("y".repeat(MAX_OPTION)),
            }),
            ..answer.clone()
        };
        fits(&answered(W, &typed));
        let mut typed_deck = deck.deck.clone();
        typed_deck.format = Some(Format::Typed);
        let typed_posted = Posted {
            deck: Arc::new(LoadedDeck::new(deck.id.clone(), typed_deck)),
            options: vec![q.answer.clone()],
            ..posted.clone()
        };
        let (embed, rows) = question(W, &typed_posted);
        fits(&embed);
        assert_eq!(rows.len(), 1);
        let typed_closed = Closed {
            open: OpenQuestion {
                options: vec![q.answer.clone()],
                correct: 0,
                typed: true,
                ..closed.open.clone()
            },
            ..closed.clone()
        };
        fits(&reveal(W, &typed_closed).0);
        fits(&card_front(W, "Review", &deck, &q, Some(Session::default())).0);
        let now = Utc::now();
        let preview = quizbot_domain::review::ReviewBook::default()
            .preview(&quizbot_domain::deck::CardKey::new("d", "q"), now);
        let (back, rows) = card_back(W, &deck, &q, &preview, now, None, false);
        fits(&back);
        assert_eq!(rows.len(), 1, "no report button outside a server");
        let (_, rows) = card_back(W, &deck, &q, &preview, now, None, true);
        assert_eq!(rows.len(), 2, "grades, then Report a problem");

        let rows: Vec<(UserId, RoundScore)> = crowd
            .iter()
            .map(|u| {
                (
                    *u,
                    RoundScore {
                        points: u32::MAX,
                        right: 25,
                        answered: 25,
                        fastest: 25,
                    },
                )
            })
            .collect();
        let round = Round {
            guild: quizbot_domain::ids::GuildId(1),
            starter: UserId(1),
            starter_name: "n".repeat(32),
            deck: deck.id.clone(),
            topic: Some(q.topic.clone()),
            total: 25,
            seconds: 300,
            asked: HashSet::new(),
            done: 25,
            scores: HashMap::new(),
            current: None,
        };
        fits(&round_started(W, &round));
        fits(&round_standings(W, &round, &rows));
        fits(&round_over(W, &round, &rows, Ending::Stopped));
    }

    #[test]
    fn crowded_listings_fit() {
        let page = Page {
            page: 1,
            pages: 100_000,
            rows: (0..10)
                .map(|i| Standing {
                    rank: 999_990 + i,
                    user: UserId(u64::MAX),
                    name: "n".repeat(32),
                    points: u64::MAX,
                    correct: u32::MAX,
                    answered: u32::MAX,
                })
                .collect(),
            previous: Some(quizbot_domain::scores::Winners {
                period: 1,
                top: (0..3)
                    .map(|_| (UserId(u64::MAX), "n".repeat(32), u64::MAX))
                    .collect(),
            }),
        };
        fits(&leaderboard(W, &page, Table::Week).0);
        let many: Vec<LoadedDeck> = (0..40)
            .map(|i| {
                let (deck, _) = longest();
                LoadedDeck::new(format!("deck-{i}"), deck.deck.clone())
            })
            .collect();
        fits(&decks(W, &Library::from_decks(many), None));
        let commands: Vec<(String, String)> = (0..30)
            .map(|i| (format!("c{i}"), "x".repeat(100)))
            .collect();
        fits(&help(W, &commands));
        fits(&error(&"x".repeat(10_000)));
    }
}
