//! The daily question's scheduler: one task that sleeps until the next due time across all
//! servers (or until a schedule changes), then posts each server's question as a channel
//! message. A refused post is recorded for `/daily show` and tried again the next day.

use std::sync::Arc;

use serenity::all::Http;
use tokio::sync::watch;

use super::{questions, wake};
use quizbot_domain::app::App;
use quizbot_domain::ids::GuildId;

/// Posts whatever is due now (the catch-up after a start), then keeps posting on time.
pub async fn run(http: Arc<Http>, app: Arc<App>, mut stop: watch::Receiver<bool>) {
    loop {
        post_due(&http, &app, &stop).await;
        let next = app.next_daily(app.clock.now());
        if !wake::wait(&app, next, &app.daily_changed, &mut stop).await {
            return;
        }
    }
}

/// Posts every daily question due now.
pub async fn post_due(http: &Arc<Http>, app: &Arc<App>, stop: &watch::Receiver<bool>) {
    for (guild, date) in app.dailies_due(app.clock.now()) {
        let posted = match app.open_daily(guild, date) {
            Ok(posted) => posted,
            Err(e) => {
                fail(app, guild, date, e.to_string());
                continue;
            }
        };
        match questions::send(http, app, &posted).await {
            Ok(()) => {
                tracing::info!(%guild, %date, question = %posted.id, "daily question posted");
                questions::arm(
                    http.clone(),
                    app.clone(),
                    posted.id,
                    posted.closes_at,
                    stop.clone(),
                );
            }
            Err(e) => fail(app, guild, date, questions::describe(&e)),
        }
    }
}

fn fail(app: &App, guild: GuildId, date: chrono::NaiveDate, message: String) {
    tracing::warn!(%guild, %date, "daily question not posted: {message}");
    app.daily_failed(guild, date, message);
}
