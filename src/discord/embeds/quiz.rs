//! The quiz's replies: a question as posted, its reveal, an answerer's private note, and
//! the "Report a problem" row under a reveal.

use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use serenity::all::{ButtonStyle, CreateActionRow, CreateButton, CreateEmbed, CreateEmbedFooter};

use quizbot_domain::app::{Answered, Closed, Posted};
use quizbot_domain::deck::model::Format;
use quizbot_domain::ids::OpenId;
use quizbot_domain::quiz::{letter, OpenQuestion, LETTERS};

use super::{clip, note, relative, BLURPLE, DESCRIPTION_MAX, FIELD_MAX, GREEN, GREY, RED};
use crate::discord::custom_id::CustomId;
use crate::i18n::Words;
use crate::say;

/// The question and its lettered options; with `reveal`, the right one is marked and each
/// option shows how many chose it.
fn question_text(question: &str, options: &[String], reveal: Option<(u8, &[usize])>) -> String {
    let mut out = format!("**{question}**\n");
    for (i, option) in options.iter().enumerate() {
        let l = LETTERS[i];
        match reveal {
            None => {
                let _ = write!(out, "\n**{l}.** {option}");
            }
            Some((correct, counts)) => {
                let mark = if i == usize::from(correct) {
                    "✅"
                } else {
                    "▫️"
                };
                let n = counts.get(i).copied().unwrap_or(0);
                let _ = write!(out, "\n{mark} **{l}.** {option} · {n}");
            }
        }
    }
    out
}

fn answer_buttons(open: impl Fn(u8) -> CustomId, reveal: Option<u8>) -> CreateActionRow {
    let buttons = LETTERS
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let i = i as u8;
            let button = CreateButton::new(open(i).to_string()).label(l.to_string());
            match reveal {
                None => button.style(ButtonStyle::Primary),
                Some(c) if c == i => button.style(ButtonStyle::Success).disabled(true),
                Some(_) => button.style(ButtonStyle::Secondary).disabled(true),
            }
        })
        .collect();
    CreateActionRow::Buttons(buttons)
}

/// A typed question's one button, which opens the form to type the answer in.
fn type_button(w: Words, open: OpenId, enabled: bool) -> CreateActionRow {
    let button = CreateButton::new(CustomId::Type { open }.to_string())
        .label(w.get("quiz-answer-button"))
        .style(ButtonStyle::Primary)
        .disabled(!enabled);
    CreateActionRow::Buttons(vec![button])
}

/// The private confirmation under a question just posted for someone.
pub fn posted(w: Words, closes_at: DateTime<Utc>) -> CreateEmbed {
    note(&say!(w, "quiz-posted", closes = relative(closes_at)))
}

/// A question as posted in the channel, open for answers.
pub fn question(w: Words, posted: &Posted) -> (CreateEmbed, Vec<CreateActionRow>) {
    let id = posted.id;
    let typed = posted.deck.format_of(&posted.question) == Format::Typed;
    let mut description = if typed {
        format!(
            "**{}**\n\n{}",
            posted.question.question,
            w.get("quiz-typed-hint")
        )
    } else {
        question_text(&posted.question.question, &posted.options, None)
    };
    let closes = say!(w, "quiz-closes", closes = relative(posted.closes_at));
    let _ = write!(description, "\n\n{closes}");
    let footer = say!(
        w,
        "quiz-footer",
        deck = posted.deck.id.as_str(),
        topic = posted.question.topic.as_str()
    );
    let embed = CreateEmbed::new()
        .title(clip(
            &say!(w, "quiz-title", deck = posted.deck.title()),
            256,
        ))
        .description(clip(&description, DESCRIPTION_MAX))
        .colour(BLURPLE)
        .footer(CreateEmbedFooter::new(clip(&footer, 2048)));
    let buttons = if typed {
        type_button(w, id, true)
    } else {
        answer_buttons(|option| CustomId::Answer { open: id, option }, None)
    };
    (embed, vec![buttons])
}

/// The same message once the question closed: the right option, counts, who was right.
pub fn reveal(w: Words, closed: &Closed) -> (CreateEmbed, Vec<CreateActionRow>) {
    let open: &OpenQuestion = &closed.open;
    let gone = w.get("quiz-question-gone");
    let text = closed
        .question
        .as_ref()
        .map_or(gone.as_str(), |q| q.question.as_str());
    let reveal = &closed.reveal;
    let description = if open.typed {
        let answer = open.options.first().map_or("", String::as_str);
        format!("**{text}**\n\n✅ {answer}")
    } else {
        question_text(text, &open.options, Some((reveal.correct, &reveal.counts)))
    };
    let right = if reveal.right.is_empty() {
        w.get("reveal-no-one")
    } else {
        reveal
            .right
            .iter()
            .map(|u| format!("<@{u}>"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let title = if open.typed {
        w.get("reveal-title-typed")
    } else {
        say!(
            w,
            "reveal-title",
            letter = letter(reveal.correct).to_string()
        )
    };
    let mut embed = CreateEmbed::new()
        .title(title)
        .description(clip(&description, DESCRIPTION_MAX))
        .colour(GREY)
        .field(
            say!(
                w,
                "reveal-answered",
                answered = reveal.answered,
                right = reveal.right.len()
            ),
            clip(&right, FIELD_MAX),
            false,
        );
    if let Some(explanation) = closed
        .question
        .as_ref()
        .and_then(|q| q.explanation.as_deref())
    {
        embed = embed.field(w.get("reveal-why"), clip(explanation, FIELD_MAX), false);
    }
    if let Some(author) = closed.question.as_ref().and_then(|q| q.author) {
        embed = embed.field(w.get("reveal-written-by"), format!("<@{author}>"), false);
    }
    let id = closed.id;
    let buttons = if open.typed {
        type_button(w, id, false)
    } else {
        answer_buttons(
            |option| CustomId::Answer { open: id, option },
            Some(reveal.correct),
        )
    };
    let mut rows = vec![buttons];
    if closed.question.is_some() {
        // A server's deck is named in its server without the server's id.
        let deck = open.card.deck().rsplit('/').next().unwrap_or_default();
        rows.push(report_row(w, deck, open.card.question()));
    }
    (embed, rows)
}

/// "Report a problem" with question `question` of `deck`, as the server names them.
pub fn report_row(w: Words, deck: &str, question: &str) -> CreateActionRow {
    CreateActionRow::Buttons(vec![CreateButton::new(
        CustomId::Report {
            deck: deck.to_owned(),
            question: question.to_owned(),
        }
        .to_string(),
    )
    .label(w.get("report-button"))
    .style(ButtonStyle::Secondary)])
}

/// What an answerer is told privately at once.
pub fn answered(w: Words, a: &Answered) -> CreateEmbed {
    let (title, colour) = match (a.right(), &a.typed) {
        (true, _) => (say!(w, "answered-right", points = a.points), GREEN),
        (false, Some(_)) => (w.get("answered-wrong"), RED),
        (false, None) => {
            let chose = letter(a.option).to_string();
            (say!(w, "answered-wrong-choice", letter = chose), RED)
        }
    };
    let answer = a.correct_text().unwrap_or_default();
    let description = match &a.typed {
        None => {
            let correct = letter(a.correct).to_string();
            say!(w, "answered-the-answer", letter = correct, answer)
        }
        Some(typed) => {
            let typed_text = clip(&typed.text, 200);
            match &typed.accepted {
                Some(accepted) if accepted == answer => {
                    say!(w, "answered-typed-accepted", typed = typed_text, answer)
                }
                Some(accepted) => say!(
                    w,
                    "answered-typed-accepted-as",
                    typed = typed_text,
                    accepted = accepted.as_str(),
                    answer
                ),
                None => say!(w, "answered-typed-wrong", typed = typed_text, answer),
            }
        }
    };
    let mut embed = CreateEmbed::new()
        .title(title)
        .colour(colour)
        .description(clip(&description, DESCRIPTION_MAX));
    if let Some(explanation) = a.explanation() {
        embed = embed.field(w.get("reveal-why"), clip(explanation, FIELD_MAX), false);
    }
    embed
}
