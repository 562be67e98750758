//! `/daily show` and the answer to `/daily set`.

use chrono::{DateTime, Utc};
use serenity::all::CreateEmbed;

use super::{clip, relative, BLURPLE, FIELD_MAX};
use crate::i18n::Words;
use crate::say;

/// `/daily show` and the answer to `/daily set`.
pub fn daily(
    w: Words,
    schedule: &quizbot_domain::schedule::DailySchedule,
    now: DateTime<Utc>,
) -> CreateEmbed {
    let next = schedule.next_fire(now);
    let what = match (schedule.deck.as_deref(), schedule.topic.as_deref()) {
        (Some(deck), Some(topic)) => say!(w, "daily-from-deck-topic", deck, topic),
        (Some(deck), None) => say!(w, "daily-from-deck", deck),
        (None, _) => w.get("daily-from-default"),
    };
    let every_day = say!(
        w,
        "daily-every-day",
        time = schedule.time.format("%H:%M").to_string(),
        zone = schedule.zone.name(),
        channel = schedule.channel.to_string(),
        what
    );
    let next_at = say!(
        w,
        "daily-next-at",
        local = w.date_time(&next.with_timezone(&schedule.zone)),
        relative = relative(next)
    );
    let mut embed = CreateEmbed::new()
        .title(w.get("daily-title"))
        .description(every_day)
        .colour(BLURPLE)
        .field(w.get("daily-next"), next_at, false);
    // A day is marked before its post is sent (so that it is never posted twice); a day whose
    // post failed was not posted, whatever the mark says.
    let failed = schedule.last_error.as_ref().map(|e| e.date);
    if let Some(date) = schedule.last_posted.filter(|d| Some(*d) != failed) {
        let date = date.format("%Y-%m-%d").to_string();
        embed = embed.field(w.get("daily-last-posted"), date, true);
    }
    if let Some(error) = &schedule.last_error {
        let text = say!(
            w,
            "daily-error",
            date = error.date.to_string(),
            message = error.message.as_str(),
            relative = relative(error.at)
        );
        embed = embed.field(w.get("daily-last-error"), clip(&text, FIELD_MAX), false);
    }
    embed
}
