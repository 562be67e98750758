//! Flashcards and `/review`: card fronts and backs with their grade buttons, a session's
//! end, reminder DMs, and the review statistics and settings.

use std::fmt::Write as _;

use chrono::{DateTime, Duration, Utc};
use serenity::all::{ButtonStyle, CreateActionRow, CreateButton, CreateEmbed, CreateEmbedFooter};

use quizbot_domain::deck::{LoadedDeck, Question};
use quizbot_domain::review::{Card, Grade, Outlook, Preview, Settings, RETENTION_DAYS};
use quizbot_domain::schedule::Reminder;

use super::{clip, percent, relative, BLURPLE, DESCRIPTION_MAX, GREEN, RED};
use crate::discord::custom_id::{CustomId, Session, Step};
use crate::i18n::Words;
use crate::say;

/// A card's button: a flashcard's, or (with `session`) a `/review` session's.
fn card_id(step: Step, deck: &LoadedDeck, q: &Question, session: Option<Session>) -> String {
    let (deck, question) = (deck.id.clone(), q.id.clone());
    match session {
        None => CustomId::Flashcard {
            step,
            deck,
            question,
        },
        Some(session) => CustomId::Review {
            step,
            session,
            deck,
            question,
        },
    }
    .to_string()
}

/// The front of a card: the question and "Reveal". In a `/review` session (`session`), its
/// buttons carry the session's count on.
pub fn card_front(
    w: Words,
    heading: &str,
    deck: &LoadedDeck,
    q: &Question,
    session: Option<Session>,
) -> (CreateEmbed, Vec<CreateActionRow>) {
    let title = say!(w, "card-heading", heading, deck = deck.title());
    let embed = CreateEmbed::new()
        .title(clip(&title, 256))
        .description(clip(&format!("**{}**", q.question), DESCRIPTION_MAX))
        .colour(BLURPLE)
        .footer(CreateEmbedFooter::new(clip(
            &format!("{} · {}", deck.id, q.topic),
            2048,
        )));
    let row = CreateActionRow::Buttons(vec![CreateButton::new(card_id(
        Step::Reveal,
        deck,
        q,
        session,
    ))
    .label(w.get("card-reveal"))
    .style(ButtonStyle::Primary)]);
    (embed, vec![row])
}

/// A time span as Anki labels its buttons, in `w`'s abbreviations: `10m`, `5h`, `4d`,
/// `1.5mo`, `2.1y` in en-US.
pub fn span(w: Words, span: Duration) -> String {
    let minutes = span.num_minutes().max(1);
    let days = span.num_seconds() as f64 / 86_400.0;
    let tenths = |n: f64| (n * 10.0).round() / 10.0;
    if minutes < 60 {
        say!(w, "span-minutes", n = minutes)
    } else if minutes < 24 * 60 {
        say!(w, "span-hours", n = minutes / 60)
    } else if days < 30.0 {
        say!(w, "span-days", n = days.round())
    } else if days < 365.0 {
        say!(w, "span-months", n = tenths(days / 30.0))
    } else {
        say!(w, "span-years", n = tenths(days / 365.0))
    }
}

/// The back: the answer, and Again / Hard / Good / Easy, each labelled with when it would
/// bring the card back (`preview`, from `now`); in a server (`in_server`), "Report a problem".
pub fn card_back(
    w: Words,
    deck: &LoadedDeck,
    q: &Question,
    preview: &Preview,
    now: DateTime<Utc>,
    session: Option<Session>,
    in_server: bool,
) -> (CreateEmbed, Vec<CreateActionRow>) {
    let answer = say!(w, "card-answer", answer = q.answer.as_str());
    let mut text = format!("**{}**\n\n{answer}", q.question);
    if let Some(explanation) = &q.explanation {
        let _ = write!(text, "\n\n{explanation}");
    }
    if let Some(author) = q.author {
        let written = say!(w, "card-written-by", who = format!("<@{author}>"));
        let _ = write!(text, "\n\n{written}");
    }
    let heading = w.get(if session.is_some() {
        "card-review"
    } else {
        "card-flashcard"
    });
    let title = say!(w, "card-heading", heading, deck = deck.title());
    let embed = CreateEmbed::new()
        .title(clip(&title, 256))
        .description(clip(&text, DESCRIPTION_MAX))
        .colour(BLURPLE)
        .footer(CreateEmbedFooter::new(w.get("card-back-footer")));
    let buttons = preview
        .iter()
        .map(|(grade, due)| {
            let style = match grade {
                Grade::Again => ButtonStyle::Danger,
                Grade::Hard => ButtonStyle::Secondary,
                Grade::Good => ButtonStyle::Success,
                Grade::Easy => ButtonStyle::Primary,
            };
            CreateButton::new(card_id(Step::Grade(*grade), deck, q, session))
                .label(say!(
                    w,
                    "grade-button",
                    grade = grade_name(w, *grade),
                    interval = span(w, *due - now)
                ))
                .style(style)
        })
        .collect();
    let mut rows = vec![CreateActionRow::Buttons(buttons)];
    if in_server {
        rows.push(super::quiz::report_row(w, &deck.id, &q.id));
    }
    (embed, rows)
}

/// A grade's name on its button.
fn grade_name(w: Words, grade: Grade) -> String {
    w.get(match grade {
        Grade::Again => "grade-again",
        Grade::Hard => "grade-hard",
        Grade::Good => "grade-good",
        Grade::Easy => "grade-easy",
    })
}

/// A flashcard graded: when it comes back.
pub fn graded(w: Words, card: &Card, grade: Grade, now: DateTime<Utc>) -> CreateEmbed {
    let (grade_text, interval) = (grade_name(w, grade), span(w, card.due - now));
    CreateEmbed::new()
        .title(say!(w, "graded-title", grade = grade_text, interval))
        .description(say!(w, "graded-due", due = relative(card.due)))
        .colour(if grade.remembered() { GREEN } else { RED })
}

/// The end of a `/review` session: what was done, and what comes next.
pub fn session_done(
    w: Words,
    session: Session,
    next: Option<DateTime<Utc>>,
    outlook: &Outlook,
) -> CreateEmbed {
    let mut text = if session.reviewed == 0 {
        w.get("session-nothing-due")
    } else {
        let share = percent(w, session.remembered, session.reviewed);
        say!(w, "session-done", reviewed = session.reviewed, share)
    };
    if let Some(at) = next {
        let tomorrow = outlook.forecast.get(1).copied().unwrap_or(0);
        let next = say!(w, "session-next", next = relative(at), tomorrow);
        let _ = write!(text, " {next}");
    }
    CreateEmbed::new()
        .title(w.get("card-review"))
        .description(text)
        .colour(GREEN)
}

/// A reminder DM: how many cards are due; its button starts the session.
pub fn reminder(w: Words, due: usize) -> CreateEmbed {
    CreateEmbed::new()
        .title(w.get("reminder-title"))
        .description(say!(w, "reminder-due", due))
        .colour(BLURPLE)
}

/// `/review stats`: cards by state, true retention, the week ahead, and the settings.
pub fn review_stats(
    w: Words,
    outlook: &Outlook,
    settings: &Settings,
    reminder: Option<&Reminder>,
    now: DateTime<Utc>,
) -> CreateEmbed {
    let (remembered, graded) = outlook.retention;
    let retention = if graded == 0 {
        w.get("review-stats-none")
    } else {
        let share = percent(w, remembered as u32, graded as u32);
        say!(w, "review-stats-retention", share, remembered, graded)
    };
    let week = outlook
        .forecast
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" · ");
    CreateEmbed::new()
        .title(w.get("review-stats-title"))
        .colour(BLURPLE)
        .field(w.get("review-stats-new"), outlook.new.to_string(), true)
        .field(
            w.get("review-stats-learning"),
            outlook.learning.to_string(),
            true,
        )
        .field(
            w.get("review-stats-review"),
            outlook.review.to_string(),
            true,
        )
        .field(
            say!(w, "review-stats-remembered", days = RETENTION_DAYS),
            retention,
            false,
        )
        .field(w.get("review-stats-week"), week, false)
        .field(
            w.get("review-stats-settings"),
            settings_text(w, settings, reminder, now),
            false,
        )
}

/// The answer to a change of settings or reminder.
pub fn review_settings(
    w: Words,
    settings: &Settings,
    reminder: Option<&Reminder>,
    now: DateTime<Utc>,
) -> CreateEmbed {
    CreateEmbed::new()
        .title(w.get("review-settings-title"))
        .description(settings_text(w, settings, reminder, now))
        .colour(GREEN)
}

fn settings_text(
    w: Words,
    settings: &Settings,
    reminder: Option<&Reminder>,
    now: DateTime<Utc>,
) -> String {
    let remind = match reminder {
        Some(r) => say!(
            w,
            "review-settings-reminder",
            time = r.time.format("%H:%M").to_string(),
            zone = r.zone.name(),
            next = relative(r.next_fire(now))
        ),
        None => w.get("review-settings-no-reminder"),
    };
    say!(
        w,
        "review-settings",
        retention = say!(
            w,
            "number-percent",
            n = (settings.retention * 100.0).round()
        ),
        new_per_day = settings.new_per_day,
        zone = settings.zone.name(),
        remind
    )
}
