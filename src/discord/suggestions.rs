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
use super::{questions, words, Data, Error};
use crate::i18n::Words;
use crate::say;
use quizbot_domain::app::{App, DraftFor, Reported};
use quizbot_domain::error::UserError;
use quizbot_domain::ids::{ChannelId, GuildId, MessageId, RoleId, UserId};
use quizbot_domain::suggest::{
    field_max, Closure, Decision, Draft, Posted, ProblemReport, ReviewSetup, Suggestion,
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
    clip(&w.get(key), embeds::FORM_LABEL_MAX)
}

/// A form with one paragraph: the messages `title` and `label`.
fn text_form(w: Words, id: &CustomId, title: &str, label: &str) -> CreateModal {
    CreateModal::new(id.to_string(), form_text(w, title)).components(vec![input(
        &form_text(w, label),
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

/// Refuses anyone but `guild`'s reviewers.
fn check_reviewer(app: &App, guild: GuildId, member: Option<&Member>) -> Result<(), UserError> {
    let setup = app.review_setup(guild)?;
    let member = member.ok_or(UserError::GuildOnly)?;
    let granted = member.permissions.unwrap_or_else(Permissions::empty);
    let roles: Vec<RoleId> = member.roles.iter().map(|r| RoleId(r.get())).collect();
    if setup.is_reviewer(&roles, granted.manage_messages(), granted.administrator()) {
        Ok(())
    } else {
        Err(UserError::NotReviewer(setup.role))
    }
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
fn report(w: Words, reported: &Reported) -> (CreateEmbed, Vec<CreateActionRow>) {
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
        let share = embeds::percent(w, stats.right, stats.answers);
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
fn refused(w: Words, problems: &[String]) -> CreateInteractionResponse {
    let problems: String = problems.iter().map(|p| format!("• {p}\n")).collect();
    let text = say!(w, "form-refused", problems);
    private(embeds::error(&text), vec![fix_it(w)])
}

fn fix_it(w: Words) -> CreateActionRow {
    CreateActionRow::Buttons(vec![CreateButton::new(CustomId::FixIt.to_string())
        .label(w.get("form-fix-it"))
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
    let (mine, theirs) = (words::user(&press.locale), words::server(app, guild));
    let response = match id {
        CustomId::FixIt => {
            let (form, draft) = app.refused_draft(guild, user).ok_or(UserError::NoDraft)?;
            let (id, title) = match form {
                DraftFor::New(deck) => (Written::Suggestion { deck }, "form-suggest-title"),
                DraftFor::Suggestion(id) => (Written::EditedSuggestion(id), "form-edit-suggestion"),
                DraftFor::Report(id) => (Written::EditedQuestion(id), "form-edit-question"),
            };
            let form = draft_form(mine, &CustomId::Written(id), title, &draft);
            CreateInteractionResponse::Modal(form)
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
                    let (embed, rows) = suggestion(theirs, &s);
                    updated(embed, rows)
                }
                Decide::Edit => {
                    let s = app.pending_suggestion(guild, id)?;
                    CreateInteractionResponse::Modal(draft_form(
                        mine,
                        &CustomId::Written(Written::EditedSuggestion(id)),
                        "form-edit-suggestion",
                        &s.draft,
                    ))
                }
                Decide::Reject => {
                    app.pending_suggestion(guild, id)?;
                    CreateInteractionResponse::Modal(text_form(
                        mine,
                        &CustomId::Written(Written::Rejection(id)),
                        "form-reject-title",
                        "form-reject-label",
                    ))
                }
            }
        }
        CustomId::Report { deck, question } => {
            app.review_setup(guild)?;
            CreateInteractionResponse::Modal(text_form(
                mine,
                &CustomId::Written(Written::Report { deck, question }),
                "form-report-title",
                "form-report-label",
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
                        mine,
                        &CustomId::Written(Written::EditedQuestion(id)),
                        "form-edit-question",
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
                    handled(Some(&press.message), closure(theirs, &report))
                }
                Handle::Dismiss => {
                    let report = app.dismiss_report(guild, id, user)?;
                    tracing::info!(guild = %guild, report = id, reviewer = %user, "report dismissed");
                    handled(Some(&press.message), closure(theirs, &report))
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

fn closure(w: Words, report: &ProblemReport) -> String {
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
    let (mine, theirs) = (words::user(&submit.locale), words::server(app, guild));
    let response = match written {
        Written::Suggestion { deck } => match app.suggest(guild, user, deck, draft_of(submit))? {
            Err(problems) => refused(mine, &problems),
            Ok((s, setup)) => {
                let (embed, rows) = suggestion(theirs, &s);
                let message = CreateMessage::new().embed(embed).components(rows);
                match post(&ctx.http, setup.channel, message).await {
                    Ok(posted) => {
                        app.suggestion_posted(guild, s.id, posted);
                        tracing::info!(guild = %guild, suggestion = s.id, author = %user, "suggestion filed");
                        let text =
                            say!(mine, "suggestion-sent", channel = setup.channel.to_string());
                        private(embeds::note(&text), Vec::new())
                    }
                    Err(e) => {
                        app.withdraw_suggestion(guild, s.id);
                        tracing::warn!(guild = %guild, channel = %setup.channel, "suggestion not posted: {}", questions::describe(&e));
                        let text = say!(
                            mine,
                            "suggestion-not-posted",
                            channel = setup.channel.to_string(),
                            why = questions::describe(&e)
                        );
                        private(embeds::error(&text), vec![fix_it(mine)])
                    }
                }
            }
        },
        Written::EditedSuggestion(id) => {
            check_reviewer(app, guild, member)?;
            match app.edit_suggestion(guild, id, user, draft_of(submit))? {
                Err(problems) => refused(mine, &problems),
                Ok(s) => {
                    tracing::info!(guild = %guild, suggestion = id, reviewer = %user, "suggestion edited");
                    let (embed, rows) = suggestion(theirs, &s);
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
            let (embed, rows) = suggestion(theirs, &s);
            updated(embed, rows)
        }
        Written::Report { deck, question } => {
            let text = fields(submit).get("text").copied().unwrap_or_default();
            let reported = app.report_problem(guild, user, &deck, &question, text)?;
            let (embed, rows) = report(theirs, &reported);
            let message = CreateMessage::new().embed(embed).components(rows);
            let id = reported.report.id;
            match post(&ctx.http, reported.setup.channel, message).await {
                Ok(posted) => {
                    app.report_posted(guild, id, posted);
                    tracing::info!(guild = %guild, report = id, deck, question, "problem reported");
                    private(embeds::note(&mine.get("report-thanks")), Vec::new())
                }
                Err(e) => {
                    app.withdraw_report(guild, id);
                    tracing::warn!(guild = %guild, "report not posted: {}", questions::describe(&e));
                    let text = say!(
                        mine,
                        "report-not-posted",
                        channel = reported.setup.channel.to_string(),
                        why = questions::describe(&e)
                    );
                    private(embeds::error(&text), Vec::new())
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
                Err(problems) => refused(mine, &problems),
                Ok(report) => {
                    tracing::info!(guild = %guild, report = id, reviewer = %user, "reported question edited");
                    handled(submit.message.as_deref(), closure(theirs, &report))
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

/// Tells the author of decided suggestion `s` by DM, in the server's language (the DM is
/// about the server); if that fails, `/suggest mine` says it.
async fn tell_author(http: &Http, app: &App, guild: GuildId, s: &Suggestion) {
    let w = words::server(app, guild);
    let text = match &s.decision {
        Some(Decision::Approved { deck, .. }) => say!(w, "author-approved", deck = deck.as_str()),
        Some(Decision::Rejected { reason, .. }) => {
            say!(w, "author-rejected", reason = reason.as_str())
        }
        None => return,
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
    embeds::note(&say!(
        w,
        "suggest-set-up",
        channel = setup.channel.to_string(),
        reviewers = words::reviewers(w, setup.role)
    ))
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
