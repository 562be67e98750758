//! Questions as channel messages: posting one, and closing it by editing the message into its
//! reveal. Channel messages (not interaction replies) outlive the 15-minute interaction token
//! and a restart.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serenity::all::{
    ChannelId, CreateEmbed, CreateMessage, EditMessage, Http, HttpError, MessageId,
};
use tokio::sync::watch;

use super::{embeds, words, Data};
use quizbot_domain::app::{App, Closed, Posted};
use quizbot_domain::error::UserError;
use quizbot_domain::ids::OpenId;

/// Posts `posted` in its channel and remembers the message. A post Discord refuses withdraws
/// the question.
pub async fn send(http: &Http, app: &App, posted: &Posted) -> Result<(), serenity::Error> {
    let words = words::server(app, posted.place.guild);
    let (embed, components) = embeds::quiz::question(words, posted);
    let message = CreateMessage::new().embed(embed).components(components);
    let channel = ChannelId::new(posted.place.channel.0);
    match channel.send_message(http, message).await {
        Ok(sent) => {
            app.set_message(posted.id, quizbot_domain::ids::MessageId(sent.id.get()));
            Ok(())
        }
        Err(e) => {
            app.withdraw(posted.id);
            Err(e)
        }
    }
}

/// Posts `posted` for a member (a `/quiz`, or `/stats`'s "Quiz me on these") and arms its
/// closing; a refusal is the member's to hear about (see [`refused`]).
pub async fn post(http: Arc<Http>, data: &Data, posted: &Posted) -> Result<(), anyhow::Error> {
    send(&http, &data.app, posted).await.map_err(refused)?;
    arm(
        http,
        data.app.clone(),
        posted.id,
        posted.closes_at,
        data.stop.clone(),
    );
    Ok(())
}

/// Discord's refusal in a line for people: status, message and code.
pub fn describe(e: &serenity::Error) -> String {
    match e {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => format!(
            "Discord answered {} {} (code {})",
            r.status_code.as_u16(),
            r.error.message,
            r.error.code
        ),
        other => other.to_string(),
    }
}

/// A refusal the user should hear about (a missing permission, a busy or failing Discord) as
/// a [`UserError`], logged here with its context; anything else as it was.
pub fn refused(e: serenity::Error) -> anyhow::Error {
    if let serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) = &e {
        let status = r.status_code.as_u16();
        if status == 403 {
            return UserError::CannotPost(super::commands::TO_POST.bits()).into();
        }
        if status == 429 || status >= 500 {
            tracing::warn!("posting a question: {}", describe(&e));
            return UserError::DiscordBusy(format!("{status} {}", r.error.message)).into();
        }
    }
    anyhow::Error::new(e).context("posting a question")
}

/// Closes question `id` at `at` unless the bot stops first (then it stays open in the snapshot
/// and is armed again on the next start).
pub fn arm(
    http: Arc<Http>,
    app: Arc<App>,
    id: OpenId,
    at: DateTime<Utc>,
    mut stop: watch::Receiver<bool>,
) {
    tokio::spawn(async move {
        tokio::select! {
            _ = app.clock.sleep_until(at) => {}
            _ = stop.wait_for(|stopped| *stopped) => return,
        }
        if let Some(closed) = app.close(id) {
            reveal(&http, &app, &closed, None).await;
        }
    });
}

/// Arms every question the snapshot holds open.
pub fn rearm(http: Arc<Http>, app: Arc<App>, stop: watch::Receiver<bool>) {
    for (id, at) in app.closing_times() {
        arm(http.clone(), app.clone(), id, at, stop.clone());
    }
}

/// Edits a closed question's message into its reveal, with `extra` (a round's standings)
/// below it. A failed edit is logged: the points are already counted.
pub async fn reveal(http: &Http, app: &App, closed: &Closed, extra: Option<CreateEmbed>) {
    let Some(message) = closed.open.message else {
        return;
    };
    let (embed, components) = embeds::quiz::reveal(words::server(app, closed.open.guild), closed);
    let edit = EditMessage::new()
        .embeds(std::iter::once(embed).chain(extra).collect())
        .components(components);
    let channel = ChannelId::new(closed.open.channel.0);
    match channel
        .edit_message(http, MessageId::new(message.0), edit)
        .await
    {
        Ok(_) => tracing::info!(
            question = %closed.id,
            answered = closed.reveal.answered,
            "question closed"
        ),
        Err(e) => tracing::warn!(question = %closed.id, %channel, "cannot edit the reveal: {e}"),
    }
}
