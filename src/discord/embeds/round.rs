//! A round's replies: its start, the standings under each reveal, and its end.

use std::fmt::Write as _;

use serenity::all::CreateEmbed;

use quizbot_domain::ids::UserId;
use quizbot_domain::quiz::{Round, RoundScore};

use super::{clip, BLURPLE, DESCRIPTION_MAX, GREEN};
use crate::i18n::Words;
use crate::say;

/// Why a round ended, as its last message says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Finished,
    Stopped,
    CannotPost,
}

pub fn round_started(w: Words, round: &Round) -> CreateEmbed {
    let (starter, deck) = (round.starter_name.as_str(), round.deck.as_str());
    let (total, seconds) = (round.total, round.seconds);
    let text = match round.topic.as_deref() {
        Some(topic) => say!(
            w,
            "round-started-topic",
            starter,
            total,
            deck,
            topic,
            seconds
        ),
        None => say!(w, "round-started", starter, total, deck, seconds),
    };
    CreateEmbed::new()
        .title(w.get("round-title"))
        .description(clip(&text, DESCRIPTION_MAX))
        .colour(BLURPLE)
}

fn standings_text(w: Words, rows: &[(UserId, RoundScore)]) -> String {
    if rows.is_empty() {
        return w.get("round-no-answers");
    }
    let mut text = String::new();
    for (i, (user, s)) in rows.iter().enumerate() {
        let who = format!("<@{user}>");
        let (place, points, right, answered) = (i + 1, s.points, s.right, s.answered);
        let row = if s.fastest > 0 {
            let fastest = s.fastest;
            say!(
                w,
                "round-row-fastest",
                place,
                who,
                points,
                right,
                answered,
                fastest
            )
        } else {
            say!(w, "round-row", place, who, points, right, answered)
        };
        let _ = writeln!(text, "{row}");
    }
    text
}

/// The round's standings, shown under each reveal.
pub fn round_standings(w: Words, round: &Round, rows: &[(UserId, RoundScore)]) -> CreateEmbed {
    let (done, total) = (round.done, round.total);
    CreateEmbed::new()
        .title(say!(w, "round-standings", done, total))
        .description(clip(&standings_text(w, rows), DESCRIPTION_MAX))
        .colour(BLURPLE)
}

pub fn round_over(
    w: Words,
    round: &Round,
    rows: &[(UserId, RoundScore)],
    ending: Ending,
) -> CreateEmbed {
    let (done, total) = (round.done, round.total);
    let how = match ending {
        Ending::Finished => say!(w, "round-finished", done),
        Ending::Stopped => say!(w, "round-stopped", done, total),
        Ending::CannotPost => say!(w, "round-cannot-post", done, total),
    };
    let text = format!(
        "{how} {}\n\n{}",
        w.get("round-points-count"),
        standings_text(w, rows)
    );
    CreateEmbed::new()
        .title(w.get("round-final"))
        .description(clip(&text, DESCRIPTION_MAX))
        .colour(GREEN)
}
