//! Running a study-group round: one question after another in the channel, each revealed with
//! the round's standings so far, then the final standings. A post Discord refuses ends the
//! round at once (points earned stay); so does a stop or the bot shutting down.

use std::sync::Arc;

use serenity::all::{ChannelId, CreateMessage, Http};
use tokio::sync::watch;

use super::{embeds, questions};
use crate::app::{App, Place};

/// Why a round ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Finished,
    Stopped,
    ShuttingDown,
    CannotPost,
}

pub async fn drive(
    http: Arc<Http>,
    app: Arc<App>,
    place: Place,
    mut stopped: watch::Receiver<bool>,
    mut shutdown: watch::Receiver<bool>,
) {
    let ending = loop {
        let posted = match app.next_round_question(place) {
            Ok(Some(posted)) => posted,
            Ok(None) => break Ending::Finished,
            Err(e) => {
                tracing::warn!(channel = %place.channel, "round cannot draw a question: {e}");
                break Ending::Finished;
            }
        };
        if let Err(e) = questions::send(&http, &app, &posted).await {
            let why = questions::describe(&e);
            tracing::warn!(channel = %place.channel, "round stopped: {why}");
            break Ending::CannotPost;
        }
        let interrupted = tokio::select! {
            _ = app.clock.sleep_until(posted.closes_at) => None,
            _ = stopped.wait_for(|s| *s) => Some(Ending::Stopped),
            _ = shutdown.wait_for(|s| *s) => Some(Ending::ShuttingDown),
        };
        if let Some(closed) = app.close(posted.id) {
            let standings = app
                .record_round(place, &closed)
                .map(|(round, rows)| embeds::round_standings(&round, &rows));
            questions::reveal(&http, &closed, standings).await;
        }
        if let Some(ending) = interrupted {
            break ending;
        }
    };
    let Some((round, rows)) = app.end_round(place) else {
        return;
    };
    tracing::info!(channel = %place.channel, ?ending, questions = round.done, "round ended");
    let message = CreateMessage::new().embed(embeds::round_over(&round, &rows, ending));
    if let Err(e) = ChannelId::new(place.channel.0)
        .send_message(&http, message)
        .await
    {
        tracing::warn!(channel = %place.channel, "cannot post the final standings: {e}");
    }
}
