//! What each reply looks like: domain values in, serenity builders out. Every text is clipped
//! to Discord's limits, so a long deck or a crowded leaderboard never gets a message refused.

use std::fmt::Write as _;

use chrono::{DateTime, Duration, Utc};
use serenity::all::{ButtonStyle, CreateActionRow, CreateButton, CreateEmbed, CreateEmbedFooter};

use crate::app::{Answered, Closed, Posted};
use crate::deck::library::Scope;
use crate::deck::model::Format;
use crate::deck::{Library, LoadedDeck, Question};
use crate::ids::{OpenId, UserId};
use crate::quiz::{letter, OpenQuestion, Round, RoundScore, LETTERS};
use crate::review::{Card, Grade, Outlook, Preview, Settings, RETENTION_DAYS};
use crate::schedule::Reminder;
use crate::scores::{Page, ScoreCard, Tally};
use crate::stats::Report;

use super::custom_id::{CustomId, Session, Step, Study, Table};
use super::rounds::Ending;

pub(super) const BLURPLE: u32 = 0x5865F2;
pub(super) const GREEN: u32 = 0x2ECC71;
pub(super) const RED: u32 = 0xE74C3C;
pub(super) const GREY: u32 = 0x95A5A6;

pub const DESCRIPTION_MAX: usize = 4096;
pub const FIELD_MAX: usize = 1024;

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

fn percent(correct: u32, answered: u32) -> String {
    if answered == 0 {
        "–".into()
    } else {
        format!("{:.0}%", 100.0 * f64::from(correct) / f64::from(answered))
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
fn type_button(open: OpenId, enabled: bool) -> CreateActionRow {
    let button = CreateButton::new(CustomId::Type { open }.to_string())
        .label("Answer")
        .style(ButtonStyle::Primary)
        .disabled(!enabled);
    CreateActionRow::Buttons(vec![button])
}

/// The private confirmation under a question just posted for someone.
pub fn posted(closes_at: DateTime<Utc>) -> CreateEmbed {
    note(&format!(
        "Question posted below. It closes {}.",
        relative(closes_at)
    ))
}

/// A question as posted in the channel, open for answers.
pub fn question(posted: &Posted) -> (CreateEmbed, Vec<CreateActionRow>) {
    let id = posted.id;
    let typed = posted.deck.format_of(&posted.question) == Format::Typed;
    let mut description = if typed {
        format!(
            "**{}**\n\nPress **Answer** and type it: case, accents and small typos do not count.",
            posted.question.question
        )
    } else {
        question_text(&posted.question.question, &posted.options, None)
    };
    let _ = write!(description, "\n\nCloses {}.", relative(posted.closes_at));
    let embed = CreateEmbed::new()
        .title(clip(&format!("Quiz · {}", posted.deck.title()), 256))
        .description(clip(&description, DESCRIPTION_MAX))
        .colour(BLURPLE)
        .footer(CreateEmbedFooter::new(clip(
            &format!(
                "{} · {} · one answer each; I tell you privately if you were right",
                posted.deck.id, posted.question.topic
            ),
            2048,
        )));
    let buttons = if typed {
        type_button(id, true)
    } else {
        answer_buttons(|option| CustomId::Answer { open: id, option }, None)
    };
    (embed, vec![buttons])
}

/// The same message once the question closed: the right option, counts, who was right.
pub fn reveal(closed: &Closed) -> (CreateEmbed, Vec<CreateActionRow>) {
    let open: &OpenQuestion = &closed.open;
    let text = closed
        .question
        .as_ref()
        .map_or("(this question is no longer in the deck)", |q| {
            q.question.as_str()
        });
    let reveal = &closed.reveal;
    let description = if open.typed {
        let answer = open.options.first().map_or("", String::as_str);
        format!("**{text}**\n\n✅ {answer}")
    } else {
        question_text(text, &open.options, Some((reveal.correct, &reveal.counts)))
    };
    let right = if reveal.right.is_empty() {
        "No one.".to_owned()
    } else {
        reveal
            .right
            .iter()
            .map(|u| format!("<@{u}>"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let title = if open.typed {
        "Closed · the answer is below".to_owned()
    } else {
        format!("Closed · the answer is {}", letter(reveal.correct))
    };
    let mut embed = CreateEmbed::new()
        .title(title)
        .description(clip(&description, DESCRIPTION_MAX))
        .colour(GREY)
        .field(
            format!(
                "{} answered · {} right",
                reveal.answered,
                reveal.right.len()
            ),
            clip(&right, FIELD_MAX),
            false,
        );
    if let Some(explanation) = closed
        .question
        .as_ref()
        .and_then(|q| q.explanation.as_deref())
    {
        embed = embed.field("Why", clip(explanation, FIELD_MAX), false);
    }
    if let Some(author) = closed.question.as_ref().and_then(|q| q.author) {
        embed = embed.field("Written by", format!("<@{author}>"), false);
    }
    let id = closed.id;
    let buttons = if open.typed {
        type_button(id, false)
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
        rows.push(report_row(deck, open.card.question()));
    }
    (embed, rows)
}

/// "Report a problem" with question `question` of `deck`, as the server names them.
pub fn report_row(deck: &str, question: &str) -> CreateActionRow {
    CreateActionRow::Buttons(vec![CreateButton::new(
        CustomId::Report {
            deck: deck.to_owned(),
            question: question.to_owned(),
        }
        .to_string(),
    )
    .label("Report a problem")
    .style(ButtonStyle::Secondary)])
}

/// What an answerer is told privately at once.
pub fn answered(a: &Answered) -> CreateEmbed {
    let (title, colour) = match (a.right(), &a.typed) {
        (true, _) => (format!("✅ Right! +{} points", a.points), GREEN),
        (false, Some(_)) => ("❌ Not quite".to_owned(), RED),
        (false, None) => (format!("❌ Not quite: you chose {}", letter(a.option)), RED),
    };
    let answer = a.correct_text().unwrap_or_default();
    let description = match &a.typed {
        None => format!("The answer is **{}.** {answer}", letter(a.correct)),
        Some(typed) => {
            let said = clip(&typed.text, 200);
            match &typed.accepted {
                Some(accepted) if accepted == answer => {
                    format!("You typed “{said}”, accepted: the answer is **{answer}**.")
                }
                Some(accepted) => format!(
                    "You typed “{said}”, accepted as **{accepted}**; the answer is **{answer}**."
                ),
                None => format!("You typed “{said}”; the answer is **{answer}**."),
            }
        }
    };
    let mut embed = CreateEmbed::new()
        .title(title)
        .colour(colour)
        .description(clip(&description, DESCRIPTION_MAX));
    if let Some(explanation) = a.explanation() {
        embed = embed.field("Why", clip(explanation, FIELD_MAX), false);
    }
    embed
}

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
    heading: &str,
    deck: &LoadedDeck,
    q: &Question,
    session: Option<Session>,
) -> (CreateEmbed, Vec<CreateActionRow>) {
    let embed = CreateEmbed::new()
        .title(clip(&format!("{heading} · {}", deck.title()), 256))
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
    .label("Reveal")
    .style(ButtonStyle::Primary)]);
    (embed, vec![row])
}

/// A time span as Anki labels its buttons: `10m`, `5h`, `4d`, `1.5mo`, `2.1y`.
pub fn span(span: Duration) -> String {
    let minutes = span.num_minutes().max(1);
    let days = span.num_seconds() as f64 / 86_400.0;
    if minutes < 60 {
        format!("{minutes}m")
    } else if minutes < 24 * 60 {
        format!("{}h", minutes / 60)
    } else if days < 30.0 {
        format!("{}d", days.round())
    } else if days < 365.0 {
        format!("{:.1}mo", days / 30.0)
    } else {
        format!("{:.1}y", days / 365.0)
    }
}

/// The back: the answer, and Again / Hard / Good / Easy, each labelled with when it would
/// bring the card back (`preview`, from `now`); in a server (`in_server`), "Report a problem".
pub fn card_back(
    deck: &LoadedDeck,
    q: &Question,
    preview: &Preview,
    now: DateTime<Utc>,
    session: Option<Session>,
    in_server: bool,
) -> (CreateEmbed, Vec<CreateActionRow>) {
    let mut text = format!("**{}**\n\n**Answer:** {}", q.question, q.answer);
    if let Some(explanation) = &q.explanation {
        let _ = write!(text, "\n\n{explanation}");
    }
    if let Some(author) = q.author {
        let _ = write!(text, "\n\n*Written by <@{author}>*");
    }
    let heading = if session.is_some() {
        "Review"
    } else {
        "Flashcard"
    };
    let embed = CreateEmbed::new()
        .title(clip(&format!("{heading} · {}", deck.title()), 256))
        .description(clip(&text, DESCRIPTION_MAX))
        .colour(BLURPLE)
        .footer(CreateEmbedFooter::new(
            "How well did you know it? Each button says when you would see it again.",
        ));
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
                .label(format!("{} · {}", grade.name(), span(*due - now)))
                .style(style)
        })
        .collect();
    let mut rows = vec![CreateActionRow::Buttons(buttons)];
    if in_server {
        rows.push(report_row(&deck.id, &q.id));
    }
    (embed, rows)
}

/// A flashcard graded: when it comes back.
pub fn graded(card: &Card, grade: Grade, now: DateTime<Utc>) -> CreateEmbed {
    CreateEmbed::new()
        .title(format!(
            "{}: see you in {}",
            grade.name(),
            span(card.due - now)
        ))
        .description(format!(
            "Due again {}. `/review` brings it back when it is due.",
            relative(card.due)
        ))
        .colour(if grade.remembered() { GREEN } else { RED })
}

/// The end of a `/review` session: what was done, and what comes next.
pub fn session_done(
    session: Session,
    next: Option<DateTime<Utc>>,
    outlook: &Outlook,
) -> CreateEmbed {
    let mut text = if session.reviewed == 0 {
        "Nothing is due.".to_owned()
    } else {
        format!(
            "Done: {} reviewed, {} remembered.",
            session.reviewed,
            percent(session.remembered, session.reviewed).replace('%', " %")
        )
    };
    if let Some(at) = next {
        let _ = write!(text, " Next card {}", relative(at));
        let tomorrow = outlook.forecast.get(1).copied().unwrap_or(0);
        let _ = write!(text, "; {tomorrow} due tomorrow.");
    }
    CreateEmbed::new()
        .title("Review")
        .description(text)
        .colour(GREEN)
}

/// A reminder DM: how many cards are due; its button starts the session.
pub fn reminder(due: usize) -> CreateEmbed {
    let text = if due == 1 {
        "1 card is due for review.".to_owned()
    } else {
        format!("{due} cards are due for review.")
    };
    CreateEmbed::new()
        .title("Time to review")
        .description(format!(
            "{text} A few minutes now keeps them for weeks. Cards of a server's own decks \
             are reviewed with `/review` in that server."
        ))
        .colour(BLURPLE)
}

/// `/review stats`: cards by state, true retention, the week ahead, and the settings.
pub fn review_stats(
    outlook: &Outlook,
    settings: &Settings,
    reminder: Option<&Reminder>,
    now: DateTime<Utc>,
) -> CreateEmbed {
    let (remembered, graded) = outlook.retention;
    let retention = if graded == 0 {
        "no reviews yet".to_owned()
    } else {
        format!(
            "{} ({remembered} of {graded})",
            percent(remembered as u32, graded as u32)
        )
    };
    let week = outlook
        .forecast
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" · ");
    CreateEmbed::new()
        .title("Review stats")
        .colour(BLURPLE)
        .field("New", outlook.new.to_string(), true)
        .field("Learning", outlook.learning.to_string(), true)
        .field("Review", outlook.review.to_string(), true)
        .field(
            format!("Remembered, last {RETENTION_DAYS} days"),
            retention,
            false,
        )
        .field("Due, today and the next 6 days", week, false)
        .field("Settings", settings_text(settings, reminder, now), false)
}

/// The answer to a change of settings or reminder.
pub fn review_settings(
    settings: &Settings,
    reminder: Option<&Reminder>,
    now: DateTime<Utc>,
) -> CreateEmbed {
    CreateEmbed::new()
        .title("Your reviews")
        .description(settings_text(settings, reminder, now))
        .colour(GREEN)
}

fn settings_text(settings: &Settings, reminder: Option<&Reminder>, now: DateTime<Utc>) -> String {
    let remind = match reminder {
        Some(r) => format!(
            "a DM at **{}** ({}) on days when cards are due; next {}",
            r.time.format("%H:%M"),
            r.zone.name(),
            relative(r.next_fire(now))
        ),
        None => "off".to_owned(),
    };
    format!(
        "Desired retention **{:.0} %** · **{}** new cards a day · days start at midnight {}\nReminder: {remind}",
        settings.retention * 100.0,
        settings.new_per_day,
        settings.zone.name()
    )
}

/// Each topic's right answers of answered, and the share, a line each.
fn topic_lines(topics: &[(String, Tally)]) -> String {
    let mut lines = String::new();
    for (topic, tally) in topics {
        let _ = writeln!(
            lines,
            "{topic}: {}/{} ({})",
            tally.correct,
            tally.answered,
            percent(tally.correct, tally.answered)
        );
    }
    lines
}

pub fn score(name: &str, card: &ScoreCard) -> CreateEmbed {
    let s = &card.score;
    let topics = topic_lines(&card.topics);
    CreateEmbed::new()
        .title(clip(&format!("Score · {name}"), 256))
        .colour(BLURPLE)
        .field("Points", s.points.to_string(), true)
        .field("Rank", format!("#{} of {}", card.rank, card.of), true)
        .field("Accuracy", percent(s.correct, s.answered), true)
        .field("Answered", s.answered.to_string(), true)
        .field("Correct", s.correct.to_string(), true)
        .field(
            "Streak",
            format!("{} (best {})", s.streak, s.best_streak),
            true,
        )
        .field(
            "Daily streak",
            format!("{} (best {})", s.daily_streak, s.best_daily_streak),
            true,
        )
        .field("This week", in_period(card.week), true)
        .field("This month", in_period(card.month), true)
        .field("By topic, weakest first", clip(&topics, FIELD_MAX), false)
}

/// `/stats`: the hardest questions in words (for screen readers and for clients that hide
/// the picture below it), accuracy per topic, and the two study buttons.
pub fn stats(report: &Report) -> (CreateEmbed, Vec<CreateActionRow>) {
    let mut hardest = String::new();
    for (i, hard) in report.hardest.iter().enumerate() {
        let _ = write!(
            hardest,
            "{}. {} · {} of {} right",
            i + 1,
            clip(&hard.question, 200),
            hard.tally.correct,
            hard.tally.answered
        );
        if let Some((wrong, n)) = &hard.most_wrong {
            let _ = write!(hardest, " · most chose “{}” ({n})", clip(wrong, 100));
        }
        hardest.push('\n');
    }
    let topics = topic_lines(&report.topics);
    let mut title = format!("Hardest questions · {}", report.title);
    if let Some(topic) = &report.topic {
        let _ = write!(title, " · {topic}");
    }
    let mut embed = CreateEmbed::new()
        .title(clip(&title, 256))
        .description(clip(&hardest, DESCRIPTION_MAX))
        .field("By topic, weakest first", clip(&topics, FIELD_MAX), false);
    if !report.reported.is_empty() {
        let lines: String = report
            .reported
            .iter()
            .map(|(question, n)| format!("{} · {n}\n", clip(question, 150)))
            .collect();
        embed = embed.field("Reported as wrong", clip(&lines, FIELD_MAX), false);
    }
    let embed = embed
        .footer(CreateEmbedFooter::new(format!(
            "{} answers in this server · questions with at least {} answers",
            report.answers,
            crate::stats::MIN_ANSWERS
        )))
        .colour(BLURPLE);
    let button = |study, label, style| {
        let id = CustomId::Hardest {
            study,
            deck: report.deck.clone(),
            topic: report.topic_at,
        };
        CreateButton::new(id.to_string()).label(label).style(style)
    };
    let row = CreateActionRow::Buttons(vec![
        button(Study::Quiz, "Quiz me on these", ButtonStyle::Primary),
        button(Study::Flashcards, "Flashcards", ButtonStyle::Secondary),
    ]);
    (embed, vec![row])
}

/// The hardest questions with their answers hidden behind spoilers, for one member's eyes.
pub fn hardest_cards(deck: &LoadedDeck, cards: &[Question]) -> CreateEmbed {
    let mut text = String::new();
    for (i, q) in cards.iter().enumerate() {
        let _ = writeln!(
            text,
            "{}. {}\n||{}||",
            i + 1,
            clip(&q.question, 300),
            clip(&q.answer, 200)
        );
    }
    CreateEmbed::new()
        .title(clip(&format!("Hardest questions · {}", deck.title()), 256))
        .description(clip(&text, DESCRIPTION_MAX))
        .footer(CreateEmbedFooter::new(
            "Answers are hidden: tap one to see it. Below, one as a flashcard.",
        ))
        .colour(BLURPLE)
}

/// A period's points, with the rank when the member scored in it.
fn in_period((points, rank): (u64, Option<usize>)) -> String {
    match rank {
        Some(rank) => format!("{points} points (#{rank})"),
        None => format!("{points} points"),
    }
}

pub fn leaderboard(page: &Page, table: Table) -> (CreateEmbed, Vec<CreateActionRow>) {
    let mut rows = String::new();
    for s in &page.rows {
        let _ = writeln!(
            rows,
            "**{}.** <@{}> · {} points · {}/{} right",
            s.rank, s.user, s.points, s.correct, s.answered
        );
    }
    let (title, last) = match table {
        Table::Server => ("Leaderboard · this server", ""),
        Table::Channel => ("Leaderboard · this channel", ""),
        Table::Week => ("Leaderboard · this week", "Last week"),
        Table::Month => ("Leaderboard · this month", "Last month"),
    };
    if page.rows.is_empty() {
        rows.push_str("No one has scored yet in this period.");
    }
    let mut embed = CreateEmbed::new()
        .title(title)
        .description(clip(&rows, DESCRIPTION_MAX))
        .colour(BLURPLE)
        .footer(CreateEmbedFooter::new(format!(
            "Page {} of {}",
            page.page, page.pages
        )));
    if let Some(winners) = &page.previous {
        let mut top = String::new();
        for (i, (user, _, points)) in winners.top.iter().enumerate() {
            let _ = writeln!(top, "**{}.** <@{user}> · {points} points", i + 1);
        }
        embed = embed.field(last, clip(&top, FIELD_MAX), false);
    }
    let link = |page: usize| CustomId::Page { table, page }.to_string();
    let row = CreateActionRow::Buttons(vec![
        CreateButton::new(link(page.page.saturating_sub(1).max(1)))
            .label("Previous")
            .style(ButtonStyle::Secondary)
            .disabled(page.page <= 1),
        CreateButton::new(link(page.page + 1))
            .label("Next")
            .style(ButtonStyle::Secondary)
            .disabled(page.page >= page.pages),
    ]);
    (embed, vec![row])
}

/// The decks `scope` sees: bundled ones, then the server's own, marked as such.
pub fn decks(library: &Library, scope: Scope) -> CreateEmbed {
    // Fields share the embed's 6,000 characters: stop early and say how many are left out.
    const BUDGET: usize = 5_000;
    let mut embed = CreateEmbed::new().title("Decks").colour(BLURPLE);
    let mut used = 0;
    let mut shown = 0;
    let total = library.decks(scope).count();
    for deck in library.decks(scope) {
        let topics: Vec<String> = deck.topics().map(|(t, n)| format!("{t} ({n})")).collect();
        let whose = if deck.owner.is_some() {
            " · this server's"
        } else {
            ""
        };
        let name = clip(&format!("{} · `{}`{whose}", deck.title(), deck.id), 256);
        let value = clip(
            &format!("{} questions\nTopics: {}", deck.len(), topics.join(", ")),
            FIELD_MAX,
        );
        let size = name.chars().count() + value.chars().count();
        if shown == 24 || used + size > BUDGET {
            break;
        }
        used += size;
        shown += 1;
        embed = embed.field(name, value, false);
    }
    let mut notes = Vec::new();
    if shown < total {
        notes.push(format!("{} more decks are loaded.", total - shown));
    }
    if let Some(guild) = scope {
        for (id, why) in library.set_aside_of(guild) {
            notes.push(clip(
                &format!(
                    "Deck `{id}` of this server's did not load when the bot started and is set aside ({why}). Its scores and reviews are kept: upload it again with `/deck upload`, or `/deck remove` it."
                ),
                FIELD_MAX,
            ));
        }
    }
    if !notes.is_empty() {
        embed = embed.description(clip(&notes.join("\n\n"), 5_900 - used));
    }
    embed
}

pub fn help(commands: &[(String, String)]) -> CreateEmbed {
    let mut text = String::new();
    for (name, description) in commands {
        let _ = writeln!(text, "`/{name}`: {description}");
    }
    CreateEmbed::new()
        .title("quizbot")
        .description(clip(&text, DESCRIPTION_MAX))
        .colour(BLURPLE)
}

pub fn round_started(round: &Round) -> CreateEmbed {
    let topic = round
        .topic
        .as_deref()
        .map(|t| format!(" on {t}"))
        .unwrap_or_default();
    CreateEmbed::new()
        .title("Round starting")
        .description(clip(
            &format!(
                "{} started a round of {} questions from `{}`{topic}, {} seconds each. \
                 Answer with the buttons; standings follow each question.",
                round.starter_name, round.total, round.deck, round.seconds
            ),
            DESCRIPTION_MAX,
        ))
        .colour(BLURPLE)
}

fn standings_text(rows: &[(UserId, RoundScore)]) -> String {
    if rows.is_empty() {
        return "No answers yet.".into();
    }
    let mut text = String::new();
    for (i, (user, s)) in rows.iter().enumerate() {
        let fastest = if s.fastest > 0 {
            format!(" · fastest {}×", s.fastest)
        } else {
            String::new()
        };
        let _ = writeln!(
            text,
            "**{}.** <@{user}> · {} points · {}/{} right{fastest}",
            i + 1,
            s.points,
            s.right,
            s.answered
        );
    }
    text
}

/// The round's standings, shown under each reveal.
pub fn round_standings(round: &Round, rows: &[(UserId, RoundScore)]) -> CreateEmbed {
    CreateEmbed::new()
        .title(format!(
            "Round standings after {} of {}",
            round.done, round.total
        ))
        .description(clip(&standings_text(rows), DESCRIPTION_MAX))
        .colour(BLURPLE)
}

pub fn round_over(round: &Round, rows: &[(UserId, RoundScore)], ending: Ending) -> CreateEmbed {
    let how = match ending {
        Ending::Finished => format!("Round over: all {} questions asked.", round.done),
        Ending::Stopped => format!(
            "Round stopped after {} of {} questions.",
            round.done, round.total
        ),
        Ending::CannotPost => format!(
            "Round ended after {} of {} questions: I could not post the next one.",
            round.done, round.total
        ),
    };
    CreateEmbed::new()
        .title("Final standings")
        .description(clip(
            &format!(
                "{how} Points count in `/score` and `/leaderboard`.\n\n{}",
                standings_text(rows)
            ),
            DESCRIPTION_MAX,
        ))
        .colour(GREEN)
}

/// `at` in the schedule's zone, as people there read it.
fn local(schedule: &crate::schedule::DailySchedule, at: DateTime<Utc>) -> String {
    at.with_timezone(&schedule.zone)
        .format("%a %e %b %H:%M %Z")
        .to_string()
}

/// `/daily show` and the answer to `/daily set`.
pub fn daily(schedule: &crate::schedule::DailySchedule, now: DateTime<Utc>) -> CreateEmbed {
    let next = schedule.next_fire(now);
    let what = match (&schedule.deck, &schedule.topic) {
        (Some(deck), Some(topic)) => format!("`{deck}`, topic {topic}"),
        (Some(deck), None) => format!("`{deck}`"),
        (None, _) => "the default deck".to_owned(),
    };
    let mut embed = CreateEmbed::new()
        .title("Daily question")
        .description(format!(
            "Every day at **{}** ({}) in <#{}>, from {what}.",
            schedule.time.format("%H:%M"),
            schedule.zone.name(),
            schedule.channel
        ))
        .colour(BLURPLE)
        .field(
            "Next post",
            format!("{} ({})", local(schedule, next), relative(next)),
            false,
        );
    // A day is marked before its post is sent (so that it is never posted twice); a day whose
    // post failed was not posted, whatever the mark says.
    let failed = schedule.last_error.as_ref().map(|e| e.date);
    if let Some(date) = schedule.last_posted.filter(|d| Some(*d) != failed) {
        embed = embed.field("Last posted", date.format("%Y-%m-%d").to_string(), true);
    }
    if let Some(error) = &schedule.last_error {
        embed = embed.field(
            "Last delivery error",
            clip(
                &format!(
                    "{}: {} (tried {}; next try at the next post)",
                    error.date,
                    error.message,
                    relative(error.at)
                ),
                FIELD_MAX,
            ),
            false,
        );
    }
    embed
}

#[cfg(test)]
mod tests {
    //! Worst cases against Discord's limits: every text at its deck limit, crowds of answerers.

    use std::collections::{HashMap, HashSet};
    use std::sync::Arc;

    use chrono::TimeZone;
    use serde_json::Value;

    use super::*;
    use crate::app::{Closed, Place, Typed};
    use crate::deck::limits::*;
    use crate::deck::{Deck, Question};
    use crate::ids::{ChannelId, GuildId, OpenId};
    use crate::quiz::Reveal;
    use crate::review::CardKey;
    use crate::scores::Standing;

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
        fits(&question(&posted).0);
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
        fits(&reveal(&closed).0);
        let rows = reveal(&closed).1;
        assert_eq!(rows.len(), 2, "the options, then Report a problem");
        let gone = Closed {
            question: None,
            ..closed.clone()
        };
        assert_eq!(
            reveal(&gone).1.len(),
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
        fits(&answered(&answer));
        let typed = Answered {
            typed: Some(Typed {
                text: "x".repeat(4000),
                accepted: Some("y".repeat(MAX_OPTION)),
            }),
            ..answer.clone()
        };
        fits(&answered(&typed));
        let mut typed_deck = deck.deck.clone();
        typed_deck.format = Some(Format::Typed);
        let typed_posted = Posted {
            deck: Arc::new(LoadedDeck::new(deck.id.clone(), typed_deck)),
            options: vec![q.answer.clone()],
            ..posted.clone()
        };
        let (embed, rows) = question(&typed_posted);
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
        fits(&reveal(&typed_closed).0);
        fits(&card_front("Review", &deck, &q, Some(Session::default())).0);
        let now = Utc::now();
        let preview = crate::review::ReviewBook::default()
            .preview(&crate::review::CardKey::new("d", "q"), now);
        let (back, rows) = card_back(&deck, &q, &preview, now, None, false);
        fits(&back);
        assert_eq!(rows.len(), 1, "no report button outside a server");
        let (_, rows) = card_back(&deck, &q, &preview, now, None, true);
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
            guild: crate::ids::GuildId(1),
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
        fits(&round_started(&round));
        fits(&round_standings(&round, &rows));
        fits(&round_over(&round, &rows, Ending::Stopped));
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
            previous: Some(crate::scores::Winners {
                period: 1,
                top: (0..3)
                    .map(|_| (UserId(u64::MAX), "n".repeat(32), u64::MAX))
                    .collect(),
            }),
        };
        fits(&leaderboard(&page, Table::Week).0);
        let many: Vec<LoadedDeck> = (0..40)
            .map(|i| {
                let (deck, _) = longest();
                LoadedDeck::new(format!("deck-{i}"), deck.deck.clone())
            })
            .collect();
        fits(&decks(&Library::from_decks(many), None));
        let commands: Vec<(String, String)> = (0..30)
            .map(|i| (format!("c{i}"), "x".repeat(100)))
            .collect();
        fits(&help(&commands));
        fits(&error(&"x".repeat(10_000)));
    }
}
