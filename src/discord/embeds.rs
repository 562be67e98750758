//! What each reply looks like: domain values in, serenity builders out. Every text is clipped
//! to Discord's limits, so a long deck or a crowded leaderboard never gets a message refused.

use std::fmt::Write as _;

use chrono::{DateTime, Duration, Utc};
use serenity::all::{ButtonStyle, CreateActionRow, CreateButton, CreateEmbed, CreateEmbedFooter};

use quizbot_domain::app::{Answered, Closed, Posted};
use quizbot_domain::deck::library::Scope;
use quizbot_domain::deck::model::Format;
use quizbot_domain::deck::{Library, LoadedDeck, Question};
use quizbot_domain::ids::{OpenId, UserId};
use quizbot_domain::quiz::{letter, OpenQuestion, Round, RoundScore, LETTERS};
use quizbot_domain::review::{Card, Grade, Outlook, Preview, Settings, RETENTION_DAYS};
use quizbot_domain::schedule::Reminder;
use quizbot_domain::scores::{Page, ScoreCard, Tally};
use quizbot_domain::stats::Report;

use super::custom_id::{CustomId, Session, Step, Study, Table};
use super::rounds::Ending;
use crate::i18n::{Lang, Words};
use crate::say;

pub(super) const BLURPLE: u32 = 0x5865F2;
pub(super) const GREEN: u32 = 0x2ECC71;
pub(super) const RED: u32 = 0xE74C3C;
pub(super) const GREY: u32 = 0x95A5A6;

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
        rows.push(report_row(w, &deck.id, &q.id));
    }
    (embed, rows)
}

/// A flashcard graded: when it comes back.
/// A grade's name on its button.
fn grade_name(w: Words, grade: Grade) -> String {
    w.get(match grade {
        Grade::Again => "grade-again",
        Grade::Hard => "grade-hard",
        Grade::Good => "grade-good",
        Grade::Easy => "grade-easy",
    })
}

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

pub fn score(w: Words, name: &str, card: &ScoreCard) -> CreateEmbed {
    let s = &card.score;
    let topics = topic_lines(w, &card.topics);
    let with_best = |now: u32, best: u32| say!(w, "score-with-best", now, best);
    let rank = say!(w, "score-rank-of", rank = card.rank, of = card.of);
    CreateEmbed::new()
        .title(clip(&say!(w, "score-title", name), 256))
        .colour(BLURPLE)
        .field(w.get("score-points"), s.points.to_string(), true)
        .field(w.get("score-rank"), rank, true)
        .field(
            w.get("score-accuracy"),
            percent(w, s.correct, s.answered),
            true,
        )
        .field(w.get("score-answered"), s.answered.to_string(), true)
        .field(w.get("score-correct"), s.correct.to_string(), true)
        .field(
            w.get("score-streak"),
            with_best(s.streak, s.best_streak),
            true,
        )
        .field(
            w.get("score-daily-streak"),
            with_best(s.daily_streak, s.best_daily_streak),
            true,
        )
        .field(w.get("score-week"), in_period(w, card.week), true)
        .field(w.get("score-month"), in_period(w, card.month), true)
        .field(w.get("score-by-topic"), clip(&topics, FIELD_MAX), false)
}

/// `/stats`: the hardest questions in words (for screen readers and for clients that hide
/// the picture below it), accuracy per topic, and the two study buttons.
pub fn stats(w: Words, report: &Report) -> (CreateEmbed, Vec<CreateActionRow>) {
    let mut hardest = String::new();
    for (i, hard) in report.hardest.iter().enumerate() {
        let line = say!(
            w,
            "stats-hardest-line",
            place = i + 1,
            question = clip(&hard.question, 200),
            correct = hard.tally.correct,
            answered = hard.tally.answered
        );
        hardest.push_str(&line);
        if let Some((wrong, count)) = &hard.most_wrong {
            let chose = say!(
                w,
                "stats-most-chose",
                wrong = clip(wrong, 100),
                count = *count
            );
            let _ = write!(hardest, " · {chose}");
        }
        hardest.push('\n');
    }
    let topics = topic_lines(w, &report.topics);
    let deck = report.title.as_str();
    let title = match report.topic.as_deref() {
        Some(topic) => say!(w, "stats-title-topic", deck, topic),
        None => say!(w, "stats-title", deck),
    };
    let mut embed = CreateEmbed::new()
        .title(clip(&title, 256))
        .description(clip(&hardest, DESCRIPTION_MAX))
        .field(w.get("score-by-topic"), clip(&topics, FIELD_MAX), false);
    if !report.reported.is_empty() {
        let lines: String = report
            .reported
            .iter()
            .map(|(question, n)| format!("{} · {n}\n", clip(question, 150)))
            .collect();
        embed = embed.field(w.get("stats-reported"), clip(&lines, FIELD_MAX), false);
    }
    let footer = say!(
        w,
        "stats-footer",
        answers = report.answers,
        at_least = quizbot_domain::stats::MIN_ANSWERS
    );
    let embed = embed.footer(CreateEmbedFooter::new(footer)).colour(BLURPLE);
    let button = |study, label, style| {
        let id = CustomId::Hardest {
            study,
            deck: report.deck.clone(),
            topic: report.topic_at,
        };
        CreateButton::new(id.to_string()).label(label).style(style)
    };
    let row = CreateActionRow::Buttons(vec![
        button(Study::Quiz, w.get("stats-quiz-me"), ButtonStyle::Primary),
        button(
            Study::Flashcards,
            w.get("stats-flashcards"),
            ButtonStyle::Secondary,
        ),
    ]);
    (embed, vec![row])
}

/// The hardest questions with their answers hidden behind spoilers, for one member's eyes.
pub fn hardest_cards(w: Words, deck: &LoadedDeck, cards: &[Question]) -> CreateEmbed {
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
        .title(clip(&say!(w, "stats-title", deck = deck.title()), 256))
        .description(clip(&text, DESCRIPTION_MAX))
        .footer(CreateEmbedFooter::new(w.get("stats-cards-footer")))
        .colour(BLURPLE)
}

/// A period's points, with the rank when the member scored in it.
fn in_period(w: Words, (points, rank): (u64, Option<usize>)) -> String {
    match rank {
        Some(rank) => say!(w, "score-period-ranked", points, rank),
        None => say!(w, "score-period", points),
    }
}

pub fn leaderboard(w: Words, page: &Page, table: Table) -> (CreateEmbed, Vec<CreateActionRow>) {
    let mut rows = String::new();
    for s in &page.rows {
        let row = say!(
            w,
            "leaderboard-row",
            rank = s.rank,
            who = format!("<@{}>", s.user),
            points = s.points,
            correct = s.correct,
            answered = s.answered
        );
        let _ = writeln!(rows, "{row}");
    }
    let (title, last) = match table {
        Table::Server => ("leaderboard-server", None),
        Table::Channel => ("leaderboard-channel", None),
        Table::Week => ("leaderboard-week", Some("leaderboard-last-week")),
        Table::Month => ("leaderboard-month", Some("leaderboard-last-month")),
    };
    if page.rows.is_empty() {
        rows.push_str(&w.get("leaderboard-empty"));
    }
    let footer = say!(w, "leaderboard-page", page = page.page, pages = page.pages);
    let mut embed = CreateEmbed::new()
        .title(w.get(title))
        .description(clip(&rows, DESCRIPTION_MAX))
        .colour(BLURPLE)
        .footer(CreateEmbedFooter::new(footer));
    if let (Some(winners), Some(last)) = (&page.previous, last) {
        let mut top = String::new();
        for (i, (user, _, points)) in winners.top.iter().enumerate() {
            let who = format!("<@{user}>");
            let line = say!(
                w,
                "leaderboard-winner",
                place = i + 1,
                who,
                points = *points
            );
            let _ = writeln!(top, "{line}");
        }
        embed = embed.field(w.get(last), clip(&top, FIELD_MAX), false);
    }
    let link = |page: usize| CustomId::Page { table, page }.to_string();
    let row = CreateActionRow::Buttons(vec![
        CreateButton::new(link(page.page.saturating_sub(1).max(1)))
            .label(w.get("leaderboard-previous"))
            .style(ButtonStyle::Secondary)
            .disabled(page.page <= 1),
        CreateButton::new(link(page.page + 1))
            .label(w.get("leaderboard-next"))
            .style(ButtonStyle::Secondary)
            .disabled(page.page >= page.pages),
    ]);
    (embed, vec![row])
}

/// The decks `scope` sees: bundled ones, then the server's own, marked as such.
/// A deck's language tag as its speakers name the language when the bot speaks it
/// ("Deutsch" for `de` or `de-AT`), else the tag itself.
fn language_name(tag: &str) -> String {
    match Lang::from_discord(tag) {
        Lang::EnUs if !tag.to_ascii_lowercase().starts_with("en") => tag.to_owned(),
        lang => Words(lang).get("language-name"),
    }
}

pub fn decks(w: Words, library: &Library, scope: Scope) -> CreateEmbed {
    // Fields share the embed's 6,000 characters: stop early and say how many are left out.
    const BUDGET: usize = 5_000;
    let mut embed = CreateEmbed::new()
        .title(w.get("decks-title"))
        .colour(BLURPLE);
    let mut used = 0;
    let mut shown = 0;
    let total = library.decks(scope).count();
    for deck in library.decks(scope) {
        let topics: Vec<String> = deck.topics().map(|(t, n)| format!("{t} ({n})")).collect();
        let key = if deck.owner.is_some() {
            "decks-own-deck"
        } else {
            "decks-deck"
        };
        let (title, id) = (deck.title(), deck.id.as_str());
        let name = clip(
            &w.with(key, &[("title", title.into()), ("id", id.into())]),
            256,
        );
        let topics = topics.join(", ");
        let mut value = say!(w, "decks-summary", questions = deck.len(), topics);
        if let Some(tag) = &deck.deck.language {
            let _ = write!(
                value,
                "\n{}",
                say!(w, "decks-language", language = language_name(tag))
            );
        }
        let value = clip(&value, FIELD_MAX);
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
        notes.push(say!(w, "decks-more", count = total - shown));
    }
    if let Some(guild) = scope {
        for (id, why) in library.set_aside_of(guild) {
            let note = say!(w, "decks-set-aside", id, why);
            notes.push(clip(&note, FIELD_MAX));
        }
    }
    if !notes.is_empty() {
        embed = embed.description(clip(&notes.join("\n\n"), 5_900 - used));
    }
    embed
}

pub fn help(w: Words, commands: &[(String, String)]) -> CreateEmbed {
    let mut text = String::new();
    for (command, description) in commands {
        let (command, description) = (command.as_str(), description.as_str());
        let _ = writeln!(text, "{}", say!(w, "help-line", command, description));
    }
    CreateEmbed::new()
        .title("quizbot")
        .description(clip(&text, DESCRIPTION_MAX))
        .colour(BLURPLE)
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

/// `/daily show` and the answer to `/daily set`.
pub fn daily(
    w: Words,
    schedule: &quizbot_domain::schedule::DailySchedule,
    now: DateTime<Utc>,
) -> CreateEmbed {
    let next = schedule.next_fire(now);
    let what = match (schedule.deck.as_deref(), schedule.topic.as_deref()) {
        (Some(deck), Some(topic)) => say!(w, "daily-from-deck-topic", deck, topic),
        (Some(deck), None) => say!(w, "daily-from-deck", deck),
        (None, _) => w.get("daily-from-default"),
    };
    let every_day = say!(
        w,
        "daily-every-day",
        time = schedule.time.format("%H:%M").to_string(),
        zone = schedule.zone.name(),
        channel = schedule.channel.to_string(),
        what
    );
    let next_at = say!(
        w,
        "daily-next-at",
        local = w.date_time(&next.with_timezone(&schedule.zone)),
        relative = relative(next)
    );
    let mut embed = CreateEmbed::new()
        .title(w.get("daily-title"))
        .description(every_day)
        .colour(BLURPLE)
        .field(w.get("daily-next"), next_at, false);
    // A day is marked before its post is sent (so that it is never posted twice); a day whose
    // post failed was not posted, whatever the mark says.
    let failed = schedule.last_error.as_ref().map(|e| e.date);
    if let Some(date) = schedule.last_posted.filter(|d| Some(*d) != failed) {
        let date = date.format("%Y-%m-%d").to_string();
        embed = embed.field(w.get("daily-last-posted"), date, true);
    }
    if let Some(error) = &schedule.last_error {
        let text = say!(
            w,
            "daily-error",
            date = error.date.to_string(),
            message = error.message.as_str(),
            relative = relative(error.at)
        );
        embed = embed.field(w.get("daily-last-error"), clip(&text, FIELD_MAX), false);
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
    use crate::i18n::Lang;

    /// The longest words the bot has: every text a third longer than en-US.
    const W: Words = Words(Lang::Pseudo);
    use quizbot_domain::app::{Closed, Place, Typed};
    use quizbot_domain::deck::limits::*;
    use quizbot_domain::deck::{Deck, Question};
    use quizbot_domain::ids::{ChannelId, GuildId, OpenId};
    use quizbot_domain::quiz::Reveal;
    use quizbot_domain::review::CardKey;
    use quizbot_domain::scores::Standing;

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
            .preview(&quizbot_domain::review::CardKey::new("d", "q"), now);
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
