//! Questions as channel messages: posting one, and closing it on time by editing the message
//! into its reveal. Channel messages (not interaction replies) outlive the 15-minute
//! interaction token and a restart.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use serenity::all::{ChannelId, CreateMessage, EditMessage, Http, HttpError, MessageId};
use tokio::sync::watch;

use super::{embeds, Data};
use crate::app::{App, Place, Posted};
use crate::error::UserError;
use crate::ids::OpenId;

/// Posts `posted` in its channel and arms its closing timer. A post Discord refuses
/// (missing permission, deleted channel) withdraws the question and says why.
pub async fn post(
    http: Arc<Http>,
    data: &Data,
    place: Place,
    posted: Posted,
) -> Result<(), anyhow::Error> {
    let (embed, components) = embeds::question(&posted);
    let message = CreateMessage::new().embed(embed).components(components);
    match ChannelId::new(place.channel.0)
        .send_message(&http, message)
        .await
    {
        Ok(sent) => {
            data.app
                .set_message(posted.id, crate::ids::MessageId(sent.id.get()));
            arm(
                http,
                data.app.clone(),
                posted.id,
                posted.closes_at,
                data.stop.clone(),
            );
            Ok(())
        }
        Err(e) => {
            data.app.withdraw(posted.id);
            Err(refused(e))
        }
    }
}

/// A Discord refusal a user can act on, or the error as it was.
fn refused(e: serenity::Error) -> anyhow::Error {
    if let serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) = &e {
        if r.status_code.as_u16() == 403 {
            return UserError::CannotPost("View Channel, Send Messages and Embed Links".into())
                .into();
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
        close(&http, &app, id).await;
    });
}

/// Arms every question the snapshot holds open.
pub fn rearm(http: Arc<Http>, app: Arc<App>, stop: watch::Receiver<bool>) {
    for (id, at) in app.closing_times() {
        arm(http.clone(), app.clone(), id, at, stop.clone());
    }
}

async fn close(http: &Http, app: &App, id: OpenId) {
    let Some(closed) = app.close(id) else { return };
    let Some(message) = closed.open.message else {
        return;
    };
    let (embed, components) = embeds::reveal(&closed);
    let edit = EditMessage::new().embed(embed).components(components);
    let channel = ChannelId::new(closed.open.channel.0);
    match channel
        .edit_message(http, MessageId::new(message.0), edit)
        .await
    {
        Ok(_) => {
            tracing::info!(question = %id, answered = closed.reveal.answered, "question closed")
        }
        Err(e) => tracing::warn!(question = %id, channel = %channel, "cannot edit the reveal: {e}"),
    }
}
