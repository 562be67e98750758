//! The one place errors meet users: mistakes get an ephemeral explanation; anything else is
//! logged with its context and the user gets a short "something went wrong". Failures at
//! Discord's API, of the handling or of this answer, are counted in the metrics.

use serenity::all::{
    ComponentInteraction, Context as SerenityContext, CreateInteractionResponse,
    CreateInteractionResponseMessage, ModalInteraction, UserId,
};

use super::{embeds, metering, Data, Error};
use crate::error::UserError;
use crate::metrics::Metrics;

const WENT_WRONG: &str = "Something went wrong on my side; it has been logged. Please try again.";

/// What the user is told, and whether it was their mistake.
fn explain(error: &Error) -> (String, bool) {
    match error.downcast_ref::<UserError>() {
        Some(e) => (e.to_string(), true),
        None => (WENT_WRONG.to_owned(), false),
    }
}

pub async fn on_error(error: poise::FrameworkError<'_, Data, Error>) {
    use poise::FrameworkError as E;
    let (ctx, text) = match error {
        E::Command { error, ctx, .. } => {
            metering::failed_answer(&ctx.data().metrics, &error);
            let (text, mistake) = explain(&error);
            if !mistake {
                tracing::error!(command = %ctx.command().qualified_name, "{error:#}");
            }
            (ctx, text)
        }
        E::GuildOnly { ctx, .. } => (ctx, UserError::GuildOnly.to_string()),
        E::MissingUserPermissions {
            missing_permissions,
            ctx,
            ..
        } => {
            let what = missing_permissions
                .map(|p| p.get_permission_names().join(", "))
                .unwrap_or_else(|| "permissions I could not check".into());
            (ctx, format!("You need {what} to use this."))
        }
        E::ArgumentParse { error, ctx, .. } => {
            (ctx, format!("I could not read that option: {error}"))
        }
        E::UnknownInteraction {
            ctx,
            interaction,
            framework,
            ..
        } => {
            tracing::warn!(command = %interaction.data.name, "unknown command");
            let reply = CreateInteractionResponseMessage::new()
                .embed(embeds::error(
                    "I don't know this command (it may have been removed). `/help` lists mine.",
                ))
                .ephemeral(true);
            let sent = interaction
                .create_response(&ctx.http, CreateInteractionResponse::Message(reply))
                .await;
            unsent(&framework.user_data.metrics, sent, "an unknown command");
            return;
        }
        other => match other.ctx() {
            // Whatever else went wrong with a command still gets an answer, never silence.
            Some(ctx) => {
                tracing::error!(command = %ctx.command().qualified_name, "{other}");
                (ctx, WENT_WRONG.to_owned())
            }
            None => {
                if let Err(e) = poise::builtins::on_error(other).await {
                    tracing::error!("while handling an error: {e}");
                }
                return;
            }
        },
    };
    let reply = poise::CreateReply::default()
        .embed(embeds::error(&text))
        .ephemeral(true);
    let sent = ctx.send(reply).await.map(drop);
    unsent(&ctx.data().metrics, sent, "a command's error");
}

/// A refusal that could not be sent: counted with Discord's failures, and logged.
fn unsent(metrics: &Metrics, sent: serenity::Result<()>, what: &str) {
    if let Err(e) = sent {
        if let serenity::Error::Http(http) = &e {
            metering::failed_request(metrics, http);
        }
        tracing::warn!("cannot answer {what}: {e}");
    }
}

/// The same for a button press.
pub async fn answer_press(
    ctx: &SerenityContext,
    data: &Data,
    press: &ComponentInteraction,
    error: Error,
) {
    metering::failed_answer(&data.metrics, &error);
    let reply = refusal(&press.data.custom_id, press.user.id, &error);
    let sent = press.create_response(&ctx.http, reply).await;
    unsent(&data.metrics, sent, "a button press");
}

/// The same for a submitted form.
pub async fn answer_submit(
    ctx: &SerenityContext,
    data: &Data,
    submit: &ModalInteraction,
    error: Error,
) {
    metering::failed_answer(&data.metrics, &error);
    let reply = refusal(&submit.data.custom_id, submit.user.id, &error);
    let sent = submit.create_response(&ctx.http, reply).await;
    unsent(&data.metrics, sent, "a form");
}

/// The private reply to an interaction with `custom_id` that failed, logged as a user's
/// mistake or as the bot's.
fn refusal(custom_id: &str, user: UserId, error: &Error) -> CreateInteractionResponse {
    let (text, mistake) = explain(error);
    if mistake {
        tracing::info!(custom_id, user = %user, "refused: {text}");
    } else {
        tracing::error!(custom_id, "{error:#}");
    }
    CreateInteractionResponse::Message(
        CreateInteractionResponseMessage::new()
            .embed(embeds::error(&text))
            .ephemeral(true),
    )
}
