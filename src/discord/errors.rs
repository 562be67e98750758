//! The one place errors meet users: mistakes get an ephemeral explanation; anything else is
//! logged with its context and the user gets a short "something went wrong". Failures at
//! Discord's API, of the handling or of this answer, are counted in the metrics.

use serenity::all::{
    ComponentInteraction, Context as SerenityContext, CreateInteractionResponse,
    CreateInteractionResponseMessage, ModalInteraction, UserId,
};

use super::words::{permission_names, private, reviewers};
use super::{embeds, metering, Data, Error};
use crate::i18n::{Lang, Words};
use crate::metrics::Metrics;
use crate::say;
use quizbot_domain::error::UserError;
use quizbot_domain::schedule::ScheduleError;
use quizbot_domain::suggest::Decision;

/// What the user is told, and whether it was their mistake.
fn explain(w: Words, error: &Error) -> (String, bool) {
    match error.downcast_ref::<UserError>() {
        Some(e) => (user_error(w, e), true),
        None => (w.get("error-went-wrong"), false),
    }
}

/// A user's mistake in their words.
pub fn user_error(w: Words, e: &UserError) -> String {
    use UserError as U;
    match e {
        U::NotRecognised => w.get("error-not-recognised"),
        U::QuestionClosed => w.get("error-question-closed"),
        U::AlreadyAnswered(letter) => {
            say!(w, "error-already-answered", letter = letter.to_string())
        }
        U::AlreadyTyped => w.get("error-already-typed"),
        U::UnknownDeck(deck) => say!(w, "error-unknown-deck", deck = deck.as_str()),
        U::UnknownTopic { deck, topic } => say!(
            w,
            "error-unknown-topic",
            deck = deck.as_str(),
            topic = topic.as_str()
        ),
        U::FlashcardsOnly(deck) => say!(w, "error-flashcards-only", deck = deck.as_str()),
        U::NoScore => w.get("error-no-score"),
        U::NoScoreFor(name) => say!(w, "error-no-score-for", name = name.as_str()),
        U::NoHardQuestions { deck, at_least } => say!(
            w,
            "error-no-hard-questions",
            deck = deck.as_str(),
            at_least = *at_least
        ),
        U::NoSuchPage(pages) => say!(w, "error-no-such-page", pages = *pages),
        U::EmptyLeaderboard(table) => say!(w, "error-empty-leaderboard", table = *table),
        U::ChannelPeriod => w.get("error-channel-period"),
        U::GuildOnly => w.get("error-guild-only"),
        U::CannotPost(missing) => {
            say!(
                w,
                "error-cannot-post",
                missing = permission_names(w, *missing)
            )
        }
        U::RoundRunning { starter, left } => say!(
            w,
            "error-round-running",
            starter = starter.as_str(),
            left = *left
        ),
        U::NoRound => w.get("error-no-round"),
        U::NotYourRound(starter) => say!(w, "error-not-your-round", starter = starter.as_str()),
        U::DeckExists(deck) => say!(w, "error-deck-exists", deck = deck.as_str()),
        U::BundledDeck(deck) => say!(w, "error-bundled-deck", deck = deck.as_str()),
        U::TooManyDecks(count) => say!(w, "error-too-many-decks", count = *count),
        U::DeckMemoryFull(mib) => say!(w, "error-deck-memory-full", mib = *mib),
        U::TooManyTopics { total, max } => {
            say!(w, "error-too-many-topics", total = *total, max = *max)
        }
        U::UploadInProgress => w.get("error-upload-in-progress"),
        U::UploadsBusy => w.get("error-uploads-busy"),
        U::Cooldown(seconds) => say!(w, "error-cooldown", seconds = *seconds),
        U::ChannelBusy(open) => say!(w, "error-channel-busy", open = *open),
        U::NeedPermission(permission) => {
            let permission = permission_names(w, *permission);
            say!(w, "error-need-permission", permission)
        }
        U::DashboardOff => w.get("error-dashboard-off"),
        U::Schedule(ScheduleError::BadTime(time)) => {
            say!(w, "error-bad-time", time = time.as_str())
        }
        U::Schedule(ScheduleError::UnknownZone { given, suggestion }) => say!(
            w,
            "error-unknown-zone",
            given = given.as_str(),
            suggestion = *suggestion
        ),
        U::RetentionOutside { given, min, max } => say!(
            w,
            "error-retention-outside",
            given = f64::from(*given) / 100.0,
            min = f64::from(*min) / 100.0,
            max = f64::from(*max) / 100.0
        ),
        U::TooManyNewPerDay { given, max } => {
            say!(w, "error-too-many-new", given = *given, max = *max)
        }
        U::ReasonLength { given, max } => {
            say!(w, "error-reason-length", given = *given, max = *max)
        }
        U::EditWouldNotLoad { deck, problems } => say!(
            w,
            "error-edit-would-not-load",
            deck = deck.as_str(),
            problems = problems.as_str()
        ),
        U::NotThisServersChannel(channel) => {
            say!(
                w,
                "error-not-this-servers-channel",
                channel = channel.to_string()
            )
        }
        U::NotATextChannel(channel) => {
            say!(w, "error-not-a-text-channel", channel = channel.to_string())
        }
        U::NotThisServersRole(role) => {
            say!(w, "error-not-this-servers-role", role = role.to_string())
        }
        U::NotADeckFile(name) => say!(
            w,
            "error-not-a-deck-file",
            name = name.as_str(),
            formats = quizbot_domain::deck::format::EXTENSIONS
                .map(|x| format!("`.{x}`"))
                .join(", ")
        ),
        U::DeckFileTooLarge(name) => say!(
            w,
            "error-deck-file-too-large",
            name = name.as_str(),
            mib = quizbot_domain::deck::limits::MAX_DECK_BYTES / (1024 * 1024)
        ),
        U::CannotPostIn { channel, missing } => say!(
            w,
            "error-cannot-post-in",
            channel = channel.to_string(),
            missing = permission_names(w, *missing)
        ),
        U::NoDaily => w.get("error-no-daily"),
        U::DiscordBusy(why) => say!(w, "error-discord-busy", why = why.as_str()),
        U::NoReviewChannel => w.get("error-no-review-channel"),
        U::SuggestToBundled(deck) => say!(w, "error-suggest-to-bundled", deck = deck.as_str()),
        U::TooManySuggestions(count) => say!(w, "error-too-many-suggestions", count = *count),
        U::SuggestionsFull(count) => say!(w, "error-suggestions-full", count = *count),
        U::UnknownSuggestion => w.get("error-unknown-suggestion"),
        U::AlreadyDecided(Decision::Approved { by, .. }) => {
            say!(w, "error-already-approved", by = format!("<@{by}>"))
        }
        U::AlreadyDecided(Decision::Rejected { by: Some(by), .. }) => {
            say!(w, "error-already-rejected", by = format!("<@{by}>"))
        }
        U::AlreadyDecided(Decision::Rejected { by: None, reason }) => {
            say!(w, "error-already-closed", reason = reason.as_str())
        }
        U::SuggestedDeckGone(deck) => say!(w, "error-suggested-deck-gone", deck = deck.as_str()),
        U::NotReviewer(role) => say!(w, "error-not-reviewer", who = reviewers(w, *role)),
        U::TooManyReports(count) => say!(w, "error-too-many-reports", count = *count),
        U::ReportsFull(count) => say!(w, "error-reports-full", count = *count),
        U::UnknownReport => w.get("error-unknown-report"),
        U::ReportClosed => w.get("error-report-closed"),
        U::QuestionGone => w.get("error-question-gone"),
        U::BundledReport(deck) => say!(w, "error-bundled-report", deck = deck.as_str()),
        U::LastQuestion(deck) => say!(w, "error-last-question", deck = deck.as_str()),
        U::NoDraft => w.get("error-no-draft"),
        U::UnknownLanguage(code) => say!(
            w,
            "error-unknown-language",
            code = code.as_str(),
            languages = super::words::offered()
        ),
    }
}

pub async fn on_error(error: poise::FrameworkError<'_, Data, Error>) {
    use poise::FrameworkError as E;
    let (ctx, text) = match error {
        E::Command { error, ctx, .. } => {
            metering::failed_answer(&ctx.data().metrics, &error);
            let (text, mistake) = explain(private(ctx), &error);
            if !mistake {
                tracing::error!(command = %ctx.command().qualified_name, "{error:#}");
            }
            (ctx, text)
        }
        E::GuildOnly { ctx, .. } => (ctx, user_error(private(ctx), &UserError::GuildOnly)),
        E::MissingUserPermissions {
            missing_permissions,
            ctx,
            ..
        } => {
            let w = private(ctx);
            let permissions = missing_permissions
                .map(|p| permission_names(w, p.bits()))
                .unwrap_or_else(|| w.get("error-permissions-unknown"));
            (ctx, say!(w, "error-missing-permissions", permissions))
        }
        E::ArgumentParse { error, ctx, .. } => {
            let error = error.to_string();
            (ctx, say!(private(ctx), "error-bad-option", error))
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
                    &Words(Lang::from_discord(&interaction.locale)).get("error-unknown-command"),
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
                (ctx, private(ctx).get("error-went-wrong"))
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
    let w = Words(Lang::from_discord(&press.locale));
    let reply = refusal(w, &press.data.custom_id, press.user.id, &error);
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
    let w = Words(Lang::from_discord(&submit.locale));
    let reply = refusal(w, &submit.data.custom_id, submit.user.id, &error);
    let sent = submit.create_response(&ctx.http, reply).await;
    unsent(&data.metrics, sent, "a form");
}

/// The private reply to an interaction with `custom_id` that failed, logged as a user's
/// mistake or as the bot's.
fn refusal(w: Words, custom_id: &str, user: UserId, error: &Error) -> CreateInteractionResponse {
    let (text, mistake) = explain(w, error);
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
