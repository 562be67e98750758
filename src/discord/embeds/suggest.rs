//! Suggestions and problem reports: the question form and the text forms, what reviewers
//! see in the review channel, and a member's own suggestions and the review setup.

use std::fmt::Write as _;

use serenity::all::{
    ButtonStyle, CreateActionRow, CreateButton, CreateEmbed, CreateEmbedFooter, CreateInputText,
    CreateInteractionResponse, CreateInteractionResponseMessage, CreateModal, InputTextStyle,
    Message,
};

use super::{clip, BLURPLE, DESCRIPTION_MAX, FIELD_MAX, GREEN, GREY, RED};
use crate::discord::custom_id::{CustomId, Decide, Handle};
use crate::discord::words;
use crate::i18n::Words;
use crate::say;
use quizbot_domain::app::Reported;
use quizbot_domain::suggest::{
    field_max, Closure, Decision, Draft, ProblemReport, ReviewSetup, Suggestion,
};

/// The five fields of a question's form, titled by the message `title`, filled with `draft`.
pub fn draft_form(w: Words, id: &CustomId, title: &str, draft: &Draft) -> CreateModal {
    let wrong = draft.wrong_lines();
    let fields = [
        (
            "form-question",
            "question",
            draft.question.as_str(),
            field_max::QUESTION,
            true,
        ),
        (
            "form-answer",
            "answer",
            draft.answer.as_str(),
            field_max::ANSWER,
            true,
        ),
        (
            "form-wrong",
            "wrong",
            wrong.as_str(),
            field_max::WRONG,
            false,
        ),
        (
            "form-explanation",
            "explanation",
            draft.explanation.as_deref().unwrap_or_default(),
            field_max::EXPLANATION,
            false,
        ),
        (
            "form-topic",
            "topic",
            draft.topic.as_deref().unwrap_or_default(),
            field_max::TOPIC,
            false,
        ),
    ];
    let rows = fields
        .into_iter()
        .map(|(label, name, value, max, required)| {
            let style = if name == "topic" || name == "answer" {
                InputTextStyle::Short
            } else {
                InputTextStyle::Paragraph
            };
            input(&form_text(w, label), name, style, max, required, value)
        })
        .collect();
    CreateModal::new(id.to_string(), form_text(w, title)).components(rows)
}

fn input(
    label: &str,
    name: &str,
    style: InputTextStyle,
    max: usize,
    required: bool,
    value: &str,
) -> CreateActionRow {
    let mut input = CreateInputText::new(style, label, name)
        .max_length(max as u16)
        .required(required);
    if !value.is_empty() {
        // A refused draft may hold more than the form takes (a forged submission).
        input = input.value(value.chars().take(max).collect::<String>());
    }
    CreateActionRow::InputText(input)
}

/// The message `key`, cut to what Discord takes for a form's title or label.
fn form_text(w: Words, key: &str) -> String {
    clip(&w.get(key), super::FORM_LABEL_MAX)
}

/// A form with one paragraph: the messages `title` and `label`.
pub fn text_form(w: Words, id: &CustomId, title: &str, label: &str) -> CreateModal {
    CreateModal::new(id.to_string(), form_text(w, title)).components(vec![input(
        &form_text(w, label),
        "text",
        InputTextStyle::Paragraph,
        field_max::REASON,
        true,
        "",
    )])
}

/// The question as reviewers read it: the answer ticked, the wrong options crossed.
fn question_text(w: Words, draft: &Draft) -> String {
    let mut text = format!("**{}**\n\n✅ {}", draft.question, draft.answer);
    for wrong in &draft.wrong {
        let _ = write!(text, "\n❌ {wrong}");
    }
    if draft.wrong.is_empty() {
        let _ = write!(text, "\n{}", w.get("suggestion-no-wrong"));
    }
    text
}

/// A suggestion as the review channel shows it, with its buttons while it is pending.
pub fn suggestion(w: Words, s: &Suggestion) -> (CreateEmbed, Vec<CreateActionRow>) {
    let colour = match &s.decision {
        None => BLURPLE,
        Some(Decision::Approved { .. }) => GREEN,
        Some(Decision::Rejected { .. }) => RED,
    };
    let mut embed = CreateEmbed::new()
        .title(say!(w, "suggestion-title", id = s.id, deck = s.deck_id()))
        .description(clip(&question_text(w, &s.draft), DESCRIPTION_MAX))
        .colour(colour)
        .field(w.get("suggestion-by"), format!("<@{}>", s.author), true)
        .field(
            w.get("suggestion-topic"),
            clip(
                s.draft
                    .topic
                    .as_deref()
                    .unwrap_or(quizbot_domain::suggest::DEFAULT_TOPIC),
                FIELD_MAX,
            ),
            true,
        );
    if let Some(explanation) = &s.draft.explanation {
        embed = embed.field(w.get("suggestion-why"), clip(explanation, FIELD_MAX), false);
    }
    let state = match &s.decision {
        None => w.get("suggestion-waiting"),
        Some(Decision::Approved { by, deck, question }) => say!(
            w,
            "suggestion-approved-by",
            by = by.to_string(),
            question = question.as_str(),
            deck = deck.as_str()
        ),
        Some(Decision::Rejected {
            by: Some(by),
            reason,
        }) => say!(
            w,
            "suggestion-rejected-by",
            by = by.to_string(),
            reason = reason.as_str()
        ),
        Some(Decision::Rejected { by: None, reason }) => {
            say!(w, "suggestion-closed", reason = reason.as_str())
        }
    };
    embed = embed.field(w.get("suggestion-status"), clip(&state, FIELD_MAX), false);
    let rows = if s.is_pending() {
        let button = |act, label, style| {
            CreateButton::new(CustomId::Suggestion { act, id: s.id }.to_string())
                .label(w.get(label))
                .style(style)
        };
        vec![CreateActionRow::Buttons(vec![
            button(Decide::Approve, "suggestion-approve", ButtonStyle::Success),
            button(Decide::Edit, "suggestion-edit", ButtonStyle::Secondary),
            button(Decide::Reject, "suggestion-reject", ButtonStyle::Danger),
        ])]
    } else {
        Vec::new()
    };
    (embed, rows)
}

/// A report as the review channel shows it: the question, what is wrong, its statistics.
pub fn report(w: Words, reported: &Reported) -> (CreateEmbed, Vec<CreateActionRow>) {
    let Reported {
        report,
        deck,
        question,
        stats,
        ..
    } = reported;
    let right = if stats.answers == 0 {
        w.get("report-no-answers")
    } else {
        let share = super::percent(w, stats.right, stats.answers);
        say!(
            w,
            "report-answers",
            answers = stats.answers,
            right = stats.right,
            share
        )
    };
    let numbers = say!(
        w,
        "report-numbers",
        asked = stats.asked,
        right,
        reports = stats.reports
    );
    let title = say!(
        w,
        "report-title",
        id = report.id,
        deck = deck.id.as_str(),
        title = deck.title()
    );
    let mut embed = CreateEmbed::new()
        .title(clip(&title, 256))
        .description(clip(
            &question_text(w, &Draft::of(question)),
            DESCRIPTION_MAX,
        ))
        .colour(RED)
        .field(w.get("report-what"), clip(&report.text, FIELD_MAX), false)
        .field(w.get("report-by"), format!("<@{}>", report.reporter), true)
        .field(w.get("report-question"), format!("`{}`", question.id), true)
        .field(w.get("report-statistics"), numbers, false);
    let button = |act, label, style| {
        CreateButton::new(CustomId::Reported { act, id: report.id }.to_string())
            .label(w.get(label))
            .style(style)
    };
    let buttons = if report.bundled {
        embed = embed.footer(CreateEmbedFooter::new(w.get("report-bundled")));
        vec![button(
            Handle::Dismiss,
            "report-dismiss",
            ButtonStyle::Secondary,
        )]
    } else {
        vec![
            button(Handle::Edit, "report-edit", ButtonStyle::Primary),
            button(Handle::Remove, "report-remove", ButtonStyle::Danger),
            button(Handle::Dismiss, "report-dismiss", ButtonStyle::Secondary),
        ]
    };
    (embed, vec![CreateActionRow::Buttons(buttons)])
}

pub fn fix_it(w: Words) -> CreateActionRow {
    CreateActionRow::Buttons(vec![CreateButton::new(CustomId::FixIt.to_string())
        .label(w.get("form-fix-it"))
        .style(ButtonStyle::Primary)])
}

pub fn closure(w: Words, report: &ProblemReport) -> String {
    let (how, by) = report
        .closed
        .unwrap_or((Closure::Dismissed, report.reporter));
    let key = match how {
        Closure::Dismissed => "report-dismissed-by",
        Closure::Edited => "report-edited-by",
        Closure::Removed => "report-removed-by",
    };
    w.with(key, &[("by", by.to_string().into())])
}

/// `/suggest mine`: the member's suggestions here and what became of them.
pub fn mine(w: Words, suggestions: &[Suggestion]) -> CreateEmbed {
    let mut text = String::new();
    for s in suggestions {
        let state = match &s.decision {
            None => w.get("mine-waiting"),
            Some(Decision::Approved { deck, .. }) => say!(w, "mine-approved", deck = deck.as_str()),
            Some(Decision::Rejected { reason, .. }) => {
                say!(w, "mine-rejected", reason = reason.as_str())
            }
        };
        let line = format!("**#{}** {} · {state}\n", s.id, clip(&s.draft.question, 80));
        if text.chars().count() + line.chars().count() > DESCRIPTION_MAX - 40 {
            text.push('…');
            break;
        }
        text.push_str(&line);
    }
    if text.is_empty() {
        text = w.get("mine-none");
    }
    CreateEmbed::new()
        .title(w.get("mine-title"))
        .description(text)
        .colour(BLURPLE)
}

/// The reply to `/suggest setup`.
pub fn set_up(w: Words, setup: &ReviewSetup) -> CreateEmbed {
    super::note(&say!(
        w,
        "suggest-set-up",
        channel = setup.channel.to_string(),
        reviewers = words::reviewers(w, setup.role)
    ))
}

/// The review message `message` once handled: as it was, with how, and no buttons.
pub fn handled(message: Option<&Message>, how: String) -> CreateInteractionResponse {
    let mut embeds: Vec<CreateEmbed> = message
        .map(|m| m.embeds.iter().cloned().map(CreateEmbed::from).collect())
        .unwrap_or_default();
    let status = CreateEmbed::new().description(how).colour(GREY);
    embeds.truncate(9);
    embeds.push(status);
    CreateInteractionResponse::UpdateMessage(
        CreateInteractionResponseMessage::new()
            .embeds(embeds)
            .components(Vec::new()),
    )
}

/// The DM telling the author of `s` how it was decided; none while it is pending.
pub fn author_told(w: Words, s: &Suggestion) -> Option<CreateEmbed> {
    let text = match &s.decision {
        Some(Decision::Approved { deck, .. }) => say!(w, "author-approved", deck = deck.as_str()),
        Some(Decision::Rejected { reason, .. }) => {
            say!(w, "author-rejected", reason = reason.as_str())
        }
        None => return None,
    };
    let embed = CreateEmbed::new()
        .title(w.get("author-title"))
        .description(clip(
            &format!("{text}\n\n{}", question_text(w, &s.draft)),
            DESCRIPTION_MAX,
        ))
        .colour(if matches!(s.decision, Some(Decision::Approved { .. })) {
            GREEN
        } else {
            RED
        });
    Some(embed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviewers_read_the_answer_ticked_and_the_wrong_options_crossed() {
        let draft = Draft::from_form("Q?", "A", "B\nC", "", "");
        assert_eq!(
            question_text(Words::EN, &draft),
            "**Q?**\n\n✅ A\n❌ B\n❌ C"
        );
        let bare = Draft::from_form("Q?", "A", "", "", "");
        assert!(question_text(Words::EN, &bare).contains("other answers of the deck"));
    }
}
