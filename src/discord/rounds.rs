//! Running a study-group round: one question after another in the channel, each revealed with
//! the round's standings so far, then the final standings. A post Discord refuses ends the
//! round at once (points earned stay); so does a stop. A shutdown leaves the round as it is,
//! open question included, for the next start to resume.

use std::sync::Arc;

use serenity::all::{ChannelId, CreateMessage, Http};
use tokio::sync::watch;

use super::embeds::round::Ending;
use super::{embeds, questions, words};
use quizbot_domain::app::{App, Place};

/// Drives the round in `place` from where it is: its open question first, if it has one (a
/// resumed round), then the next ones.
pub async fn drive(
    http: Arc<Http>,
    app: Arc<App>,
    place: Place,
    mut stopped: watch::Receiver<bool>,
    mut shutdown: watch::Receiver<bool>,
) {
    let ending = loop {
        let (id, closes_at) = match app.round_question(place) {
            Some(open) => open,
            None => match app.next_round_question(place) {
                Ok(Some(posted)) => {
                    if let Err(e) = questions::send(&http, &app, &posted).await {
                        let why = questions::describe(&e);
                        tracing::warn!(channel = %place.channel, "round stopped: {why}");
                        break Ending::CannotPost;
                    }
                    (posted.id, posted.closes_at)
                }
                Ok(None) => break Ending::Finished,
                Err(e) => {
                    tracing::warn!(channel = %place.channel, "round cannot draw a question: {e}");
                    break Ending::Finished;
                }
            },
        };
        let stop = tokio::select! {
            _ = app.clock.sleep_until(closes_at) => false,
            _ = stopped.wait_for(|s| *s) => true,
            _ = shutdown.wait_for(|s| *s) => return,
        };
        if let Some(closed) = app.close(id) {
            let standings = app.record_round(place, &closed).map(|(round, rows)| {
                embeds::round::round_standings(words::server(&app, place.guild), &round, &rows)
            });
            questions::reveal(&http, &app, &closed, standings).await;
        }
        if stop {
            break Ending::Stopped;
        }
    };
    let Some((round, rows)) = app.end_round(place) else {
        return;
    };
    tracing::info!(channel = %place.channel, ?ending, questions = round.done, "round ended");
    let message = CreateMessage::new().embed(embeds::round::round_over(
        words::server(&app, place.guild),
        &round,
        &rows,
        ending,
    ));
    if let Err(e) = ChannelId::new(place.channel.0)
        .send_message(&http, message)
        .await
    {
        tracing::warn!(channel = %place.channel, "cannot post the final standings: {e}");
    }
}
