//! What the schedulers (daily questions, review reminders) sleep on between their work.

use chrono::{DateTime, Utc};
use tokio::sync::{watch, Notify};

use quizbot_domain::app::App;

/// Sleeps until `next` (forever when `None`), or until `changed` is notified; `false` when
/// the bot stops instead.
pub async fn wait(
    app: &App,
    next: Option<DateTime<Utc>>,
    changed: &Notify,
    stop: &mut watch::Receiver<bool>,
) -> bool {
    let wake = async {
        match next {
            Some(at) => app.clock.sleep_until(at).await,
            None => std::future::pending().await,
        }
    };
    tokio::select! {
        () = wake => true,
        () = changed.notified() => true,
        _ = stop.wait_for(|s| *s) => false,
    }
}
