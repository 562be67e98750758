//! The review reminders' scheduler: one task that sleeps until the next learner's reminder
//! time (or until a reminder changes), then sends each due learner a DM with a button that
//! starts their `/review` session there. A DM Discord refuses with 50007 (the learner does
//! not take DMs from the bot) turns that learner's reminder off.

use std::sync::Arc;

use serenity::all::{
    CreateActionRow, CreateButton, CreateMessage, Http, HttpError, UserId as DiscordUser,
};
use tokio::sync::watch;

use super::custom_id::CustomId;
use super::{embeds, questions, wake, words};
use crate::i18n::Words;
use quizbot_domain::app::{App, Reminding};

/// Discord's "Cannot send messages to this user".
const CANNOT_DM: isize = 50007;

/// Sends whatever is due now, then keeps sending on time.
pub async fn run(http: Arc<Http>, app: Arc<App>, mut stop: watch::Receiver<bool>) {
    loop {
        send_due(&http, &app).await;
        let next = app.next_reminder(app.clock.now());
        if !wake::wait(&app, next, &app.reminders_changed, &mut stop).await {
            return;
        }
    }
}

async fn send_due(http: &Http, app: &App) {
    for due in app.reminders_due(app.clock.now()) {
        match send(http, &due).await {
            Ok(()) => {
                tracing::info!(user = %due.user, date = %due.date, cards = due.due, "review reminder sent")
            }
            Err(serenity::Error::Http(HttpError::UnsuccessfulRequest(r)))
                if r.error.code == CANNOT_DM =>
            {
                tracing::info!(user = %due.user, "review reminder refused: DMs closed; turned off");
                app.reminder_refused(due.user);
            }
            Err(e) => {
                tracing::warn!(user = %due.user, "review reminder not sent: {}", questions::describe(&e))
            }
        }
    }
}

async fn send(http: &Http, due: &Reminding) -> serenity::Result<()> {
    let channel = DiscordUser::new(due.user.0).create_dm_channel(http).await?;
    // In the learner's language when they set the reminder (set before it was kept: en-US).
    let w = due.locale.as_deref().map_or(Words::EN, words::user);
    let start = CreateButton::new(CustomId::StartReview.to_string()).label(w.get("reminder-start"));
    let message = CreateMessage::new()
        .embed(embeds::study::reminder(w, due.due))
        .components(vec![CreateActionRow::Buttons(vec![start])]);
    channel.send_message(http, message).await?;
    Ok(())
}
