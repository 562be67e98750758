//! Suggestions and problem reports in Discord: the forms, what reviewers see in the review
//! channel with their buttons, the presses and submitted forms of both, and the author told
//! by DM. The steps themselves are the domain's (`app/suggest.rs`).

use std::collections::HashMap;
use std::fmt::Write as _;

use serenity::all::{
    ActionRowComponent, ButtonStyle, ChannelId as DiscordChannel, ComponentInteraction,
    Context as SerenityContext, CreateActionRow, CreateButton, CreateEmbed, CreateEmbedFooter,
    CreateInputText, CreateInteractionResponse, CreateInteractionResponseMessage, CreateMessage,
    CreateModal, Http, InputTextStyle, Member, Message, ModalInteraction, Permissions,
    UserId as DiscordUser,
};

use super::custom_id::{CustomId, Decide, Handle, Written};
use super::embeds::{self, clip, BLURPLE, DESCRIPTION_MAX, FIELD_MAX, GREEN, GREY, RED};
use super::{questions, Data, Error};
use crate::app::{App, DraftFor, Reported};
use crate::error::UserError;
use crate::ids::{ChannelId, GuildId, MessageId, RoleId, UserId};
use crate::suggest::{
    field_max, Closure, Decision, Draft, Posted, ProblemReport, ReviewSetup, Suggestion,
};

/// The five fields of a question's form, filled with `draft`.
pub fn draft_form(id: &CustomId, title: &str, draft: &Draft) -> CreateModal {
    let wrong = draft.wrong_lines();
    let fields = [
        (
            "Question",
            "question",
            draft.question.as_str(),
            field_max::QUESTION,
            true,
        ),
        (
            "Answer",
            "answer",
            draft.answer.as_str(),
            field_max::ANSWER,
            true,
        ),
        (
            "Wrong options, one a line (optional)",
            "wrong",
            wrong.as_str(),
            field_max::WRONG,
            false,
        ),
        (
            "Explanation (optional)",
            "explanation",
            draft.explanation.as_deref().unwrap_or_default(),
            field_max::EXPLANATION,
            false,
        ),
        (
            "Topic (optional)",
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
            input(label, name, style, max, required, value)
        })
        .collect();
    CreateModal::new(id.to_string(), title).components(rows)
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

/// A form with one paragraph, `label`.
fn text_form(id: &CustomId, title: &str, label: &str) -> CreateModal {
    CreateModal::new(id.to_string(), title).components(vec![input(
        label,
        "text",
        InputTextStyle::Paragraph,
        field_max::REASON,
        true,
        "",
    )])
}

/// The values of a submitted form, by field.
fn fields(submit: &ModalInteraction) -> HashMap<&str, &str> {
    submit
        .data
        .components
        .iter()
        .flat_map(|row| &row.components)
        .filter_map(|c| match c {
            ActionRowComponent::InputText(input) => {
                Some((input.custom_id.as_str(), input.value.as_deref()?))
            }
            _ => None,
        })
        .collect()
}

fn draft_of(submit: &ModalInteraction) -> Draft {
    let f = fields(submit);
    let get = |name| f.get(name).copied().unwrap_or_default();
    Draft::from_form(
        get("question"),
        get("answer"),
        get("wrong"),
        get("explanation"),
        get("topic"),
    )
}

/// Who reviews here, in words.
fn reviewers(setup: &ReviewSetup) -> String {
    match setup.role {
        Some(role) => format!("members with the role <@&{role}>"),
        None => "members who may manage messages".to_owned(),
    }
}

/// Refuses anyone but `guild`'s reviewers.
fn check_reviewer(app: &App, guild: GuildId, member: Option<&Member>) -> Result<(), UserError> {
    let setup = app.review_setup(guild)?;
    let member = member.ok_or(UserError::GuildOnly)?;
    let granted = member.permissions.unwrap_or_else(Permissions::empty);
    let roles: Vec<RoleId> = member.roles.iter().map(|r| RoleId(r.get())).collect();
    if setup.is_reviewer(&roles, granted.manage_messages(), granted.administrator()) {
        Ok(())
    } else {
        Err(UserError::NotReviewer(reviewers(&setup)))
    }
}

/// The question as reviewers read it: the answer ticked, the wrong options crossed.
fn question_text(draft: &Draft) -> String {
    let mut text = format!("**{}**\n\n✅ {}", draft.question, draft.answer);
    for wrong in &draft.wrong {
        let _ = write!(text, "\n❌ {wrong}");
    }
    if draft.wrong.is_empty() {
        text.push_str("\n*(no wrong options: other answers of the deck are offered)*");
    }
    text
}

/// A suggestion as the review channel shows it, with its buttons while it is pending.
pub fn suggestion(s: &Suggestion) -> (CreateEmbed, Vec<CreateActionRow>) {
    let colour = match &s.decision {
        None => BLURPLE,
        Some(Decision::Approved { .. }) => GREEN,
        Some(Decision::Rejected { .. }) => RED,
    };
    let mut embed = CreateEmbed::new()
        .title(format!(
            "Suggested question #{} · deck `{}`",
            s.id,
            s.deck_id()
        ))
        .description(clip(&question_text(&s.draft), DESCRIPTION_MAX))
        .colour(colour)
        .field("Suggested by", format!("<@{}>", s.author), true)
        .field(
            "Topic",
            clip(
                s.draft
                    .topic
                    .as_deref()
                    .unwrap_or(crate::suggest::DEFAULT_TOPIC),
                FIELD_MAX,
            ),
            true,
        );
    if let Some(explanation) = &s.draft.explanation {
        embed = embed.field("Why", clip(explanation, FIELD_MAX), false);
    }
    let state = match &s.decision {
        None => "Waiting for a reviewer: Approve adds it to the deck, Edit changes it first, Reject says why not.".to_owned(),
        Some(Decision::Approved { by, deck, question }) => {
            format!("✅ Approved by <@{by}>: question `{question}` of deck `{deck}`.")
        }
        Some(Decision::Rejected { by: Some(by), reason }) => {
            format!("❌ Rejected by <@{by}>: {reason}")
        }
        Some(Decision::Rejected { by: None, reason }) => format!("❌ Closed: {reason}"),
    };
    embed = embed.field("Status", clip(&state, FIELD_MAX), false);
    let rows = if s.is_pending() {
        let button = |act, label, style| {
            CreateButton::new(CustomId::Suggestion { act, id: s.id }.to_string())
                .label(label)
                .style(style)
        };
        vec![CreateActionRow::Buttons(vec![
            button(Decide::Approve, "Approve", ButtonStyle::Success),
            button(Decide::Edit, "Edit", ButtonStyle::Secondary),
            button(Decide::Reject, "Reject", ButtonStyle::Danger),
        ])]
    } else {
        Vec::new()
    };
    (embed, rows)
}

/// A report as the review channel shows it: the question, what is wrong, its statistics.
fn report(reported: &Reported) -> (CreateEmbed, Vec<CreateActionRow>) {
    let Reported {
        report,
        deck,
        question,
        stats,
        ..
    } = reported;
    let right = if stats.answers == 0 {
        "no answers yet".to_owned()
    } else {
        format!(
            "{} answers, {} right ({:.0}%)",
            stats.answers,
            stats.right,
            100.0 * f64::from(stats.right) / f64::from(stats.answers)
        )
    };
    let numbers = format!(
        "Asked {} times here · {right} · problem reports: {}",
        stats.asked, stats.reports
    );
    let mut embed = CreateEmbed::new()
        .title(clip(
            &format!(
                "Problem report #{} · deck `{}` ({})",
                report.id,
                deck.id,
                deck.title()
            ),
            256,
        ))
        .description(clip(&question_text(&Draft::of(question)), DESCRIPTION_MAX))
        .colour(RED)
        .field("What is wrong", clip(&report.text, FIELD_MAX), false)
        .field("Reported by", format!("<@{}>", report.reporter), true)
        .field("Question", format!("`{}`", question.id), true)
        .field("Its statistics", numbers, false);
    let button = |act, label, style| {
        CreateButton::new(CustomId::Reported { act, id: report.id }.to_string())
            .label(label)
            .style(style)
    };
    let buttons = if report.bundled {
        embed = embed.footer(CreateEmbedFooter::new(
            "A bundled deck: it is the bot's operator's to change, and they see open reports on it. Dismiss once you have read it.",
        ));
        vec![button(Handle::Dismiss, "Dismiss", ButtonStyle::Secondary)]
    } else {
        vec![
            button(Handle::Edit, "Edit the question", ButtonStyle::Primary),
            button(Handle::Remove, "Remove it", ButtonStyle::Danger),
            button(Handle::Dismiss, "Dismiss", ButtonStyle::Secondary),
        ]
    };
    (embed, vec![CreateActionRow::Buttons(buttons)])
}

/// The review message `message` once handled: as it was, with how, and no buttons.
fn handled(message: Option<&Message>, how: String) -> CreateInteractionResponse {
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

fn private(embed: CreateEmbed, rows: Vec<CreateActionRow>) -> CreateInteractionResponse {
    CreateInteractionResponse::Message(
        CreateInteractionResponseMessage::new()
            .embed(embed)
            .components(rows)
            .ephemeral(true),
    )
}

/// A form refused for `problems`, with "Fix it", which reopens it as typed.
fn refused(problems: &[String]) -> CreateInteractionResponse {
    let list: String = problems.iter().map(|p| format!("• {p}\n")).collect();
    let text = format!(
        "That question breaks the deck rules, so it was not sent:\n{list}\n**Fix it** opens the form again with what you typed."
    );
    private(embeds::error(&text), vec![fix_it()])
}

fn fix_it() -> CreateActionRow {
    CreateActionRow::Buttons(vec![CreateButton::new(CustomId::FixIt.to_string())
        .label("Fix it")
        .style(ButtonStyle::Primary)])
}

fn guild_of(guild: Option<serenity::all::GuildId>) -> Result<GuildId, UserError> {
    guild.map(|g| GuildId(g.get())).ok_or(UserError::GuildOnly)
}

/// A press on a suggestion's, a report's or "Fix it"'s button.
pub async fn press(
    ctx: &SerenityContext,
    data: &Data,
    press: &ComponentInteraction,
    id: CustomId,
) -> Result<CreateInteractionResponse, Error> {
    let app = &data.app;
    let guild = guild_of(press.guild_id)?;
    let user = UserId(press.user.id.get());
    let member = press.member.as_ref();
    let response = match id {
        CustomId::FixIt => {
            let (form, draft) = app.refused_draft(guild, user).ok_or(UserError::NoDraft)?;
            let (id, title) = match form {
                DraftFor::New(deck) => (Written::Suggestion { deck }, "Suggest a question"),
                DraftFor::Suggestion(id) => (Written::EditedSuggestion(id), "Edit the suggestion"),
                DraftFor::Report(id) => (Written::EditedQuestion(id), "Edit the question"),
            };
            CreateInteractionResponse::Modal(draft_form(&CustomId::Written(id), title, &draft))
        }
        CustomId::Suggestion { act, id } => {
            check_reviewer(app, guild, member)?;
            match act {
                Decide::Approve => {
                    let approving = data.app.clone();
                    let approved =
                        tokio::task::spawn_blocking(move || approving.approve(guild, id, user))
                            .await??;
                    let s = match approved {
                        Ok(s) => s,
                        // Closed by the bot: the message and the author say so.
                        Err(UserError::SuggestedDeckGone(_)) => app.suggestion(guild, id)?,
                        Err(e) => return Err(e.into()),
                    };
                    tracing::info!(guild = %guild, suggestion = id, reviewer = %user, approved = matches!(s.decision, Some(Decision::Approved { .. })), "suggestion decided");
                    tell_author(&ctx.http, app, guild, &s).await;
                    let (embed, rows) = suggestion(&s);
                    updated(embed, rows)
                }
                Decide::Edit => {
                    let s = app.pending_suggestion(guild, id)?;
                    CreateInteractionResponse::Modal(draft_form(
                        &CustomId::Written(Written::EditedSuggestion(id)),
                        "Edit the suggestion",
                        &s.draft,
                    ))
                }
                Decide::Reject => {
                    app.pending_suggestion(guild, id)?;
                    CreateInteractionResponse::Modal(text_form(
                        &CustomId::Written(Written::Rejection(id)),
                        "Reject the suggestion",
                        "Why not? (the author is told)",
                    ))
                }
            }
        }
        CustomId::Report { deck, question } => {
            app.review_setup(guild)?;
            CreateInteractionResponse::Modal(text_form(
                &CustomId::Written(Written::Report { deck, question }),
                "Report a problem",
                "What is wrong with this question?",
            ))
        }
        CustomId::Reported { act, id } => {
            check_reviewer(app, guild, member)?;
            match act {
                Handle::Edit => {
                    let (report, question) = app.open_report(guild, id)?;
                    if report.bundled {
                        return Err(UserError::BundledReport(report.deck).into());
                    }
                    let question = question.ok_or(UserError::QuestionGone)?;
                    CreateInteractionResponse::Modal(draft_form(
                        &CustomId::Written(Written::EditedQuestion(id)),
                        "Edit the question",
                        &Draft::of(&question),
                    ))
                }
                Handle::Remove => {
                    let removing = data.app.clone();
                    let report = tokio::task::spawn_blocking(move || {
                        removing.remove_reported(guild, id, user)
                    })
                    .await???;
                    tracing::info!(guild = %guild, report = id, reviewer = %user, "reported question removed");
                    handled(Some(&press.message), closure(&report))
                }
                Handle::Dismiss => {
                    let report = app.dismiss_report(guild, id, user)?;
                    tracing::info!(guild = %guild, report = id, reviewer = %user, "report dismissed");
                    handled(Some(&press.message), closure(&report))
                }
            }
        }
        _ => return Err(UserError::NotRecognised.into()),
    };
    Ok(response)
}

fn updated(embed: CreateEmbed, rows: Vec<CreateActionRow>) -> CreateInteractionResponse {
    CreateInteractionResponse::UpdateMessage(
        CreateInteractionResponseMessage::new()
            .embed(embed)
            .components(rows),
    )
}

fn closure(report: &ProblemReport) -> String {
    let (how, by) = report
        .closed
        .unwrap_or((Closure::Dismissed, report.reporter));
    let how = match how {
        Closure::Dismissed => "Dismissed",
        Closure::Edited => "The question was edited",
        Closure::Removed => "The question was removed from its deck",
    };
    format!("{how} by <@{by}>.")
}

/// A suggestion or report form, submitted.
pub async fn submitted(
    ctx: &SerenityContext,
    data: &Data,
    submit: &ModalInteraction,
    written: Written,
) -> Result<(), Error> {
    let app = &data.app;
    let guild = guild_of(submit.guild_id)?;
    let user = UserId(submit.user.id.get());
    let member = submit.member.as_ref();
    let response = match written {
        Written::Suggestion { deck } => match app.suggest(guild, user, deck, draft_of(submit))? {
            Err(problems) => refused(&problems),
            Ok((s, setup)) => {
                let (embed, rows) = suggestion(&s);
                let message = CreateMessage::new().embed(embed).components(rows);
                match post(&ctx.http, setup.channel, message).await {
                    Ok(posted) => {
                        app.suggestion_posted(guild, s.id, posted);
                        tracing::info!(guild = %guild, suggestion = s.id, author = %user, "suggestion filed");
                        private(embeds::note(&format!(
                                "Sent to the reviewers in <#{}>. You will hear from me when it is decided; `/suggest mine` shows where it stands.",
                                setup.channel
                            )), Vec::new())
                    }
                    Err(e) => {
                        app.withdraw_suggestion(guild, s.id);
                        tracing::warn!(guild = %guild, channel = %setup.channel, "suggestion not posted: {}", questions::describe(&e));
                        private(embeds::error(&format!(
                                "I could not post it in the review channel <#{}> ({}), so it was not sent. Ask an admin to let me post there (or to pick another with `/suggest setup`); **Fix it** sends it again.",
                                setup.channel, questions::describe(&e)
                            )), vec![fix_it()])
                    }
                }
            }
        },
        Written::EditedSuggestion(id) => {
            check_reviewer(app, guild, member)?;
            match app.edit_suggestion(guild, id, user, draft_of(submit))? {
                Err(problems) => refused(&problems),
                Ok(s) => {
                    tracing::info!(guild = %guild, suggestion = id, reviewer = %user, "suggestion edited");
                    let (embed, rows) = suggestion(&s);
                    updated(embed, rows)
                }
            }
        }
        Written::Rejection(id) => {
            check_reviewer(app, guild, member)?;
            let reason = fields(submit).get("text").copied().unwrap_or_default();
            let s = app.reject(guild, id, user, reason)?;
            tracing::info!(guild = %guild, suggestion = id, reviewer = %user, approved = false, "suggestion decided");
            tell_author(&ctx.http, app, guild, &s).await;
            let (embed, rows) = suggestion(&s);
            updated(embed, rows)
        }
        Written::Report { deck, question } => {
            let text = fields(submit).get("text").copied().unwrap_or_default();
            let reported = app.report_problem(guild, user, &deck, &question, text)?;
            let (embed, rows) = report(&reported);
            let message = CreateMessage::new().embed(embed).components(rows);
            let id = reported.report.id;
            match post(&ctx.http, reported.setup.channel, message).await {
                Ok(posted) => {
                    app.report_posted(guild, id, posted);
                    tracing::info!(guild = %guild, report = id, deck, question, "problem reported");
                    private(
                        embeds::note("Thank you: your report is with this server's reviewers."),
                        Vec::new(),
                    )
                }
                Err(e) => {
                    app.withdraw_report(guild, id);
                    tracing::warn!(guild = %guild, "report not posted: {}", questions::describe(&e));
                    private(embeds::error(&format!(
                        "I could not post your report in the review channel <#{}> ({}). Ask an admin to let me post there, then report again.",
                        reported.setup.channel, questions::describe(&e)
                    )), Vec::new())
                }
            }
        }
        Written::EditedQuestion(id) => {
            check_reviewer(app, guild, member)?;
            let editing = data.app.clone();
            let draft = draft_of(submit);
            let fixed =
                tokio::task::spawn_blocking(move || editing.fix_reported(guild, id, user, draft))
                    .await???;
            match fixed {
                Err(problems) => refused(&problems),
                Ok(report) => {
                    tracing::info!(guild = %guild, report = id, reviewer = %user, "reported question edited");
                    handled(submit.message.as_deref(), closure(&report))
                }
            }
        }
    };
    submit.create_response(&ctx.http, response).await?;
    Ok(())
}

/// Posts `message` in `channel`, saying where it went.
async fn post(http: &Http, channel: ChannelId, message: CreateMessage) -> serenity::Result<Posted> {
    let sent = DiscordChannel::new(channel.0)
        .send_message(http, message)
        .await?;
    Ok(Posted {
        channel,
        message: MessageId(sent.id.get()),
    })
}

/// Tells the author of decided suggestion `s` by DM; if that fails, `/suggest mine` says it.
async fn tell_author(http: &Http, app: &App, guild: GuildId, s: &Suggestion) {
    let text = match &s.decision {
        Some(Decision::Approved { deck, .. }) => format!(
            "✅ Your suggested question was approved and added to the deck `{deck}`: it can come up in `/quiz` from now on, with your name under its answer."
        ),
        Some(Decision::Rejected { reason, .. }) => {
            format!("❌ Your suggested question was not added. The reviewers' reason: {reason}")
        }
        None => return,
    };
    let embed = CreateEmbed::new()
        .title("Your suggestion")
        .description(clip(
            &format!("{text}\n\n{}", question_text(&s.draft)),
            DESCRIPTION_MAX,
        ))
        .colour(if matches!(s.decision, Some(Decision::Approved { .. })) {
            GREEN
        } else {
            RED
        });
    let sent = async {
        let channel = DiscordUser::new(s.author.0).create_dm_channel(http).await?;
        channel
            .send_message(http, CreateMessage::new().embed(embed))
            .await
    };
    match sent.await {
        Ok(_) => app.told(guild, s.id),
        Err(e) => {
            tracing::info!(user = %s.author, "suggestion's author not told by DM: {}", questions::describe(&e))
        }
    }
}

/// `/suggest mine`: the member's suggestions here and what became of them.
pub fn mine(suggestions: &[Suggestion]) -> CreateEmbed {
    let mut text = String::new();
    for s in suggestions {
        let state = match &s.decision {
            None => "⏳ waiting for review".to_owned(),
            Some(Decision::Approved { deck, .. }) => format!("✅ approved, in deck `{deck}`"),
            Some(Decision::Rejected { reason, .. }) => format!("❌ not added: {reason}"),
        };
        let line = format!("**#{}** {} · {state}\n", s.id, clip(&s.draft.question, 80));
        if text.chars().count() + line.chars().count() > DESCRIPTION_MAX - 40 {
            text.push('…');
            break;
        }
        text.push_str(&line);
    }
    if text.is_empty() {
        text = "You have not suggested a question in this server yet: `/suggest question` opens the form.".into();
    }
    CreateEmbed::new()
        .title("Your suggestions")
        .description(text)
        .colour(BLURPLE)
}

/// The reply to `/suggest setup`.
pub fn set_up(setup: &ReviewSetup) -> CreateEmbed {
    embeds::note(&format!(
        "Suggestions and problem reports now go to <#{}>, where {} decide on them. Members suggest with `/suggest question`, and report with the button under every revealed question.",
        setup.channel,
        reviewers(setup)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviewers_read_the_answer_ticked_and_the_wrong_options_crossed() {
        let draft = Draft::from_form("Q?", "A", "B\nC", "", "");
        assert_eq!(question_text(&draft), "**Q?**\n\n✅ A\n❌ B\n❌ C");
        let bare = Draft::from_form("Q?", "A", "", "", "");
        assert!(question_text(&bare).contains("other answers of the deck"));
    }
}
