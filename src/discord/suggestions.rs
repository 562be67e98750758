//! Suggestions and problem reports in Discord: the forms, what reviewers see in the review
//! channel with their buttons, the presses and submitted forms of both, and the author told
//! by DM. The steps themselves are the domain's (`app/suggest.rs`).

use std::collections::HashMap;

use serenity::all::{
    ActionRowComponent, ChannelId as DiscordChannel, ComponentInteraction,
    Context as SerenityContext, CreateActionRow, CreateEmbed, CreateInteractionResponse,
    CreateInteractionResponseMessage, CreateMessage, Http, Member, ModalInteraction, Permissions,
    UserId as DiscordUser,
};

use super::custom_id::{CustomId, Decide, Handle, Written};
use super::embeds;
use super::embeds::suggest::{
    author_told, closure, draft_form, fix_it, handled, report, suggestion, text_form,
};
use super::who::Who;
use super::{questions, words, Data, Error};
use crate::i18n::Words;
use crate::say;
use quizbot_domain::app::{App, DraftFor};
use quizbot_domain::error::UserError;
use quizbot_domain::ids::{ChannelId, GuildId, MessageId, RoleId};
use quizbot_domain::suggest::{Decision, Draft, Posted, Suggestion};

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
    let who = Who::pressed(press);
    let (user, member) = (who.user, who.member);
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

/// A suggestion or report form, submitted.
pub async fn submitted(
    ctx: &SerenityContext,
    data: &Data,
    submit: &ModalInteraction,
    written: Written,
) -> Result<(), Error> {
    let app = &data.app;
    let guild = guild_of(submit.guild_id)?;
    let who = Who::submitted(submit);
    let (user, member) = (who.user, who.member);
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
    let Some(embed) = author_told(w, s) else {
        return;
    };
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
