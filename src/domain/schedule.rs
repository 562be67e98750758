//! The daily question's schedule: when each server's next post is due, in its own IANA zone,
//! at most once per local date and across restarts; and the learners' review reminders,
//! which share its wall-clock arithmetic. Pure: every function takes `now`, so the
//! clock stays with the caller and tests set instants instead of waiting.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc};
use chrono_tz::{Tz, TZ_VARIANTS};
use serde::{Deserialize, Serialize};

use crate::ids::ChannelId;

/// Offered when the user has typed nothing yet: the zones most servers pick, west to east.
const COMMON_ZONES: [&str; 16] = [
    "UTC",
    "America/Los_Angeles",
    "America/Denver",
    "America/Chicago",
    "America/New_York",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "Africa/Johannesburg",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Pacific/Auckland",
];

/// Suggested for a zone name that is nothing like any real one.
const FALLBACK_ZONE: &str = "Europe/Berlin";

/// A zone name closer than this many edits to what was typed is worth suggesting.
const MAX_SUGGESTION_EDITS: usize = 3;

/// A schedule value a user typed that cannot be used; the adapter words it (`Display` is for logs).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub enum ScheduleError {
    BadTime(String),
    UnknownZone {
        given: String,
        /// The closest zone name, or a common one when nothing is close.
        suggestion: &'static str,
    },
}

/// One server's daily question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DailySchedule {
    pub channel: ChannelId,
    /// Wall-clock time in `zone`, to the minute (as [`parse_time`] gives it).
    pub time: NaiveTime,
    #[serde(with = "zone_name")]
    pub zone: Tz,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deck: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// The minute the schedule was set. An occurrence before it does not count, so setting
    /// "09:00" at 10:00 starts tomorrow instead of posting at once. An instant rather than a
    /// faked `last_posted`, so `/daily show` never claims a post that did not happen.
    pub set_at: DateTime<Utc>,
    /// The local date (in `zone`) of the last successful post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_posted: Option<NaiveDate>,
    /// The last failed post; cleared by the next successful one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<DeliveryError>,
}

/// A post that Discord refused, kept for `/daily show`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliveryError {
    /// The local date the post was for; that day's attempt is spent.
    pub date: NaiveDate,
    pub at: DateTime<Utc>,
    pub message: String,
}

impl DailySchedule {
    /// A schedule set at `now`. Its first post is the next occurrence of `time` from the minute
    /// it was set, that minute included (setting "09:00" at 09:00:40 still posts today).
    pub fn new(
        channel: ChannelId,
        time: NaiveTime,
        zone: Tz,
        deck: Option<String>,
        topic: Option<String>,
        now: DateTime<Utc>,
    ) -> Self {
        let set_at = whole_minute(now);
        DailySchedule {
            channel,
            time,
            zone,
            deck,
            topic,
            set_at,
            last_posted: None,
            last_error: None,
        }
    }

    /// This schedule taking over from `previous` (a `/daily set` on a server that has one):
    /// keeps the last posted date, so moving the time later on a day that already had its
    /// post does not post twice. The old error goes: it was about the old settings.
    pub fn replacing(mut self, previous: &DailySchedule) -> Self {
        self.last_posted = previous.last_posted;
        self
    }

    /// The instant of `time` on the local `date` (see [`Wall::fire_time`]).
    pub fn fire_time(&self, date: NaiveDate) -> DateTime<Utc> {
        self.wall().fire_time(date)
    }

    /// The local date to post for now, if a post is due: only ever today's, so a bot that
    /// was down at the time catches up the same day, and a day that has passed is skipped.
    /// The caller must then call [`mark_posted`](Self::mark_posted) or
    /// [`mark_failed`](Self::mark_failed), or it stays due.
    pub fn due(&self, now: DateTime<Utc>) -> Option<NaiveDate> {
        self.wall().due(now)
    }

    /// When the scheduler should next look at this server (see [`Wall::next_fire`]).
    pub fn next_fire(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        self.wall().next_fire(now)
    }

    pub fn mark_posted(&mut self, date: NaiveDate) {
        self.last_posted = Some(date);
        self.last_error = None;
    }

    /// A failed post spends its day: the next try is the next day's post, never a loop
    /// against a channel that is gone or closed to the bot.
    pub fn mark_failed(&mut self, date: NaiveDate, at: DateTime<Utc>, message: String) {
        self.last_error = Some(DeliveryError { date, at, message });
    }

    fn wall(&self) -> Wall {
        Wall {
            time: self.time,
            zone: self.zone,
            set_at: self.set_at,
            // The last local date that had its attempt, posted or failed.
            handled: self
                .last_posted
                .max(self.last_error.as_ref().map(|e| e.date)),
        }
    }
}

/// A learner's daily review reminder: a DM at `time` in `zone` on days when a card is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reminder {
    /// Wall-clock time in `zone`, to the minute.
    pub time: NaiveTime,
    #[serde(with = "zone_name")]
    pub zone: Tz,
    /// As [`DailySchedule::set_at`]: an occurrence before it does not count.
    pub set_at: DateTime<Utc>,
    /// The last local date handled: reminded, or skipped (nothing due, or too late).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last: Option<NaiveDate>,
    /// The learner's Discord language when they set it: what the reminder is written in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
}

/// How late a reminder may still go out. Past it (the bot was down at the time) the day is
/// skipped: a reminder at an hour the learner did not pick is noise, and a bot back after a
/// long downtime does not wake everybody at once.
pub const REMINDER_LATE_MAX: Duration = Duration::hours(1);

impl Reminder {
    pub fn new(time: NaiveTime, zone: Tz, now: DateTime<Utc>) -> Reminder {
        Reminder {
            time,
            zone,
            set_at: whole_minute(now),
            last: None,
            locale: None,
        }
    }

    /// The local date whose reminder is due now, if one is, and whether it is still on time
    /// (within [`REMINDER_LATE_MAX`]) to be sent; either way the caller marks it handled.
    pub fn due(&self, now: DateTime<Utc>) -> Option<(NaiveDate, bool)> {
        let wall = self.wall();
        let date = wall.due(now)?;
        Some((date, now - wall.fire_time(date) <= REMINDER_LATE_MAX))
    }

    /// When to look at this reminder next.
    pub fn next_fire(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        self.wall().next_fire(now)
    }

    pub fn mark_handled(&mut self, date: NaiveDate) {
        self.last = self.last.max(Some(date));
    }

    fn wall(&self) -> Wall {
        Wall {
            time: self.time,
            zone: self.zone,
            set_at: self.set_at,
            handled: self.last,
        }
    }
}

/// A wall-clock time once a day in a zone: the DST-safe arithmetic the daily question and
/// the review reminders share.
struct Wall {
    time: NaiveTime,
    zone: Tz,
    /// Occurrences before this instant do not count.
    set_at: DateTime<Utc>,
    /// The last local date handled; dates only move forward past it.
    handled: Option<NaiveDate>,
}

impl Wall {
    /// The instant of `time` on the local `date`. On a spring-forward day when `time` does
    /// not exist, the end of the gap (02:30 in a 02:00→03:00 jump fires at 03:00); on a
    /// fall-back day when it happens twice, the first.
    fn fire_time(&self, date: NaiveDate) -> DateTime<Utc> {
        let local = date.and_time(self.time);
        match self.zone.from_local_datetime(&local).earliest() {
            Some(at) => at.with_timezone(&Utc),
            None => self.gap_end(local),
        }
    }

    /// The first instant whose wall time is at or past `local`, which lies in a gap.
    fn gap_end(&self, local: NaiveDateTime) -> DateTime<Utc> {
        // UTC offsets stay well within a day, so the jump is within a day either side of
        // `local` read as UTC, and wall time crosses `local` only there: bisect to the second.
        let mut before = local.and_utc() - Duration::days(1);
        let mut after = local.and_utc() + Duration::days(1);
        while after - before > Duration::seconds(1) {
            let mid = before + Duration::seconds((after - before).num_seconds() / 2);
            if mid.with_timezone(&self.zone).naive_local() >= local {
                after = mid;
            } else {
                before = mid;
            }
        }
        after
    }

    /// Today's local date if its occurrence is due: only ever today's.
    fn due(&self, now: DateTime<Utc>) -> Option<NaiveDate> {
        let today = self.local_date(now);
        let fire = self.fire_time(today);
        (self.open(today) && fire >= self.set_at && fire <= now).then_some(today)
    }

    /// `now` if an occurrence is due, else the first one still to come. Always after `now`
    /// when nothing is due, so a scheduler that sleeps until it never spins.
    fn next_fire(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        if self.due(now).is_some() {
            return now;
        }
        // Starting past the dates already handled keeps this to a step or two even when the
        // last one is "ahead" of today (the zone was changed to one further west).
        let start = self
            .handled
            .and_then(|d| d.succ_opt())
            .map_or(self.local_date(now), |d| d.max(self.local_date(now)));
        start
            .iter_days()
            .map(|date| self.fire_time(date))
            .find(|&fire| fire > now && fire >= self.set_at)
            .unwrap_or(DateTime::<Utc>::MAX_UTC)
    }

    fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.zone).date_naive()
    }

    /// Whether `date` may still fire. Dates only move forward: nothing at or before the last
    /// one handled, even if the clock or the zone moves the local date back.
    fn open(&self, date: NaiveDate) -> bool {
        self.handled < Some(date)
    }
}

/// `now` rounded down to its minute.
fn whole_minute(now: DateTime<Utc>) -> DateTime<Utc> {
    now.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(now)
}

/// When the scheduler should wake next across all servers, if any has a schedule.
pub fn earliest<'a>(
    schedules: impl IntoIterator<Item = &'a DailySchedule>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    schedules.into_iter().map(|s| s.next_fire(now)).min()
}

/// `HH:MM` or `H:MM`, 24-hour.
pub fn parse_time(text: &str) -> Result<NaiveTime, ScheduleError> {
    let text = text.trim();
    let bad = || ScheduleError::BadTime(text.to_owned());
    let (hours, minutes) = text.split_once(':').ok_or_else(bad)?;
    let digits = |s: &str, lengths: std::ops::RangeInclusive<usize>| {
        (lengths.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let hours = digits(hours, 1..=2).ok_or_else(bad)?;
    let minutes = digits(minutes, 2..=2).ok_or_else(bad)?;
    NaiveTime::from_hms_opt(hours, minutes, 0).ok_or_else(bad)
}

/// An IANA zone name, ignoring case, and spaces typed for underscores ("america/new york").
pub fn parse_zone(text: &str) -> Result<Tz, ScheduleError> {
    let wanted = normalise(text);
    TZ_VARIANTS
        .iter()
        .find(|tz| tz.name().to_ascii_lowercase() == wanted)
        .copied()
        .ok_or_else(|| ScheduleError::UnknownZone {
            given: text.trim().to_owned(),
            suggestion: closest_zone(&wanted).unwrap_or(FALLBACK_ZONE),
        })
}

/// Up to `max` zone names for autocomplete: names starting with `partial`, then names with a
/// part (after a `/`) starting with it, then names containing it; common zones when empty.
pub fn zone_suggestions(partial: &str, max: usize) -> Vec<&'static str> {
    let wanted = normalise(partial);
    if wanted.is_empty() {
        return COMMON_ZONES.iter().copied().take(max).collect();
    }
    let part = format!("/{wanted}");
    let mut found: Vec<(u8, &'static str)> = TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .filter_map(|name| {
            let lower = name.to_ascii_lowercase();
            let rank = if lower.starts_with(&wanted) {
                0
            } else if lower.contains(&part) {
                1
            } else if lower.contains(&wanted) {
                2
            } else {
                return None;
            };
            Some((rank, name))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(_, name)| name).take(max).collect()
}

fn normalise(text: &str) -> String {
    text.trim().to_ascii_lowercase().replace(' ', "_")
}

/// A zone containing what was typed, else the one a few typos away (comparing whole names
/// and city parts, so "Berln" finds Europe/Berlin).
fn closest_zone(wanted: &str) -> Option<&'static str> {
    if let Some(&name) = zone_suggestions(wanted, 1).first() {
        return Some(name);
    }
    TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .map(|name| {
            let lower = name.to_ascii_lowercase();
            let city = lower.rsplit('/').next().unwrap_or(&lower);
            let edits = edit_distance(wanted, &lower).min(edit_distance(wanted, city));
            (edits, name)
        })
        .min()
        .filter(|&(edits, _)| edits <= MAX_SUGGESTION_EDITS)
        .map(|(_, name)| name)
}

/// Levenshtein distance over bytes (zone names are ASCII).
fn edit_distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.bytes().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substituted = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substituted.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

/// chrono-tz's own serde support is a feature this crate does not enable; the IANA name is
/// what a person reading the snapshot expects anyway.
pub(crate) mod zone_name {
    use chrono_tz::Tz;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(zone: &Tz, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(zone.name())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Tz, D::Error> {
        let name = String::deserialize(d)?;
        name.parse()
            .map_err(|_| serde::de::Error::custom(format!("unknown time zone `{name}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::America::New_York;
    use chrono_tz::Europe::Berlin;
    use chrono_tz::Pacific::{Apia, Kiritimati, Pago_Pago};

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    fn date(y: i32, mo: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, mo, d).unwrap()
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    /// Set long ago, so only `last_posted` decides.
    fn schedule(zone: Tz, time: NaiveTime, last_posted: Option<NaiveDate>) -> DailySchedule {
        let mut s = DailySchedule::new(ChannelId(7), time, zone, None, None, utc(2020, 1, 1, 0, 0));
        s.last_posted = last_posted;
        s
    }

    /// Moves the clock from `from` to `to` in `step`s, posting whenever due; checks on the
    /// way that `next_fire` never lets a post be late or wakes the scheduler for nothing.
    fn walk(
        s: &mut DailySchedule,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        step: Duration,
    ) -> Vec<(NaiveDate, DateTime<Utc>)> {
        let mut posts = Vec::new();
        let mut now = from;
        let mut promised = s.next_fire(now);
        while now <= to {
            match s.due(now) {
                Some(day) => {
                    assert!(
                        promised <= now,
                        "due at {now}, but next_fire said {promised}"
                    );
                    assert!(
                        now - step < promised,
                        "due since {promised}, seen only at {now}"
                    );
                    s.mark_posted(day);
                    posts.push((day, now));
                }
                None => assert!(
                    now < promised,
                    "next_fire {promised} passed at {now} with nothing due"
                ),
            }
            promised = s.next_fire(now);
            assert!(promised > now || s.due(now).is_some());
            now += step;
        }
        posts
    }

    /// What the scheduler does: sleep until `next_fire`, post, repeat. Every wake posts.
    fn wakes(s: &mut DailySchedule, from: DateTime<Utc>, count: usize) -> Vec<DateTime<Utc>> {
        let mut now = from;
        (0..count)
            .map(|_| {
                now = s.next_fire(now);
                let day = s.due(now).expect("woke with nothing due");
                s.mark_posted(day);
                assert_eq!(s.wall().local_date(now), day);
                now
            })
            .collect()
    }

    #[test]
    fn spring_forward_in_berlin_posts_once_at_the_end_of_the_gap() {
        // 2026-03-29: 02:00 CET jumps to 03:00 CEST at 01:00 UTC; 02:30 does not exist.
        let mut s = schedule(Berlin, hm(2, 30), Some(date(2026, 3, 28)));
        assert_eq!(s.fire_time(date(2026, 3, 29)), utc(2026, 3, 29, 1, 0));
        assert_eq!(s.next_fire(utc(2026, 3, 28, 23, 0)), utc(2026, 3, 29, 1, 0));
        let posts = walk(
            &mut s,
            utc(2026, 3, 28, 23, 0),
            utc(2026, 3, 29, 21, 59),
            Duration::minutes(1),
        );
        assert_eq!(posts, vec![(date(2026, 3, 29), utc(2026, 3, 29, 1, 0))]);
        assert_eq!(
            posts[0].1.with_timezone(&Berlin).time(),
            hm(3, 0),
            "the first wall time after the gap"
        );
        // The day after, back to 02:30 CEST.
        assert_eq!(
            s.next_fire(utc(2026, 3, 29, 12, 0)),
            utc(2026, 3, 30, 0, 30)
        );
    }

    #[test]
    fn spring_forward_in_new_york_posts_once_at_the_end_of_the_gap() {
        // 2026-03-08: 02:00 EST jumps to 03:00 EDT at 07:00 UTC.
        let mut s = schedule(New_York, hm(2, 30), Some(date(2026, 3, 7)));
        assert_eq!(s.fire_time(date(2026, 3, 8)), utc(2026, 3, 8, 7, 0));
        let posts = walk(
            &mut s,
            utc(2026, 3, 8, 5, 0),
            utc(2026, 3, 9, 3, 59),
            Duration::minutes(1),
        );
        assert_eq!(posts, vec![(date(2026, 3, 8), utc(2026, 3, 8, 7, 0))]);
        assert_eq!(posts[0].1.with_timezone(&New_York).time(), hm(3, 0));
    }

    #[test]
    fn fall_back_in_new_york_posts_once_at_the_first_0130() {
        // 2026-11-01: 02:00 EDT falls back to 01:00 EST at 06:00 UTC; 01:30 happens twice.
        let mut s = schedule(New_York, hm(1, 30), Some(date(2026, 10, 31)));
        assert_eq!(s.fire_time(date(2026, 11, 1)), utc(2026, 11, 1, 5, 30));
        let posts = walk(
            &mut s,
            utc(2026, 11, 1, 4, 0),
            utc(2026, 11, 2, 4, 50),
            Duration::minutes(10),
        );
        assert_eq!(posts, vec![(date(2026, 11, 1), utc(2026, 11, 1, 5, 30))]);
        let local = posts[0].1.with_timezone(&New_York);
        assert_eq!(local.time(), hm(1, 30));
        assert_eq!(local.format("%Z").to_string(), "EDT", "the first 01:30");
    }

    #[test]
    fn fall_back_in_berlin_posts_once_at_the_first_0230() {
        // 2026-10-25: 03:00 CEST falls back to 02:00 CET at 01:00 UTC; 02:30 happens twice.
        let mut s = schedule(Berlin, hm(2, 30), Some(date(2026, 10, 24)));
        assert_eq!(s.fire_time(date(2026, 10, 25)), utc(2026, 10, 25, 0, 30));
        let posts = walk(
            &mut s,
            utc(2026, 10, 24, 22, 0),
            utc(2026, 10, 25, 22, 50),
            Duration::minutes(10),
        );
        assert_eq!(posts, vec![(date(2026, 10, 25), utc(2026, 10, 25, 0, 30))]);
        let local = posts[0].1.with_timezone(&Berlin);
        assert_eq!(local.time(), hm(2, 30));
        assert_eq!(local.format("%Z").to_string(), "CEST", "the first 02:30");
    }

    #[test]
    fn the_scheduler_keeps_local_time_through_both_changes_waking_only_to_post() {
        let mut s = schedule(Berlin, hm(9, 0), Some(date(2026, 3, 27)));
        let posts = wakes(&mut s, utc(2026, 3, 27, 12, 0), 3);
        assert_eq!(
            posts,
            [
                utc(2026, 3, 28, 8, 0),
                utc(2026, 3, 29, 7, 0),
                utc(2026, 3, 30, 7, 0)
            ]
        );
        s.last_posted = Some(date(2026, 10, 23));
        let posts = wakes(&mut s, utc(2026, 10, 23, 12, 0), 3);
        assert_eq!(
            posts,
            [
                utc(2026, 10, 24, 7, 0),
                utc(2026, 10, 25, 8, 0),
                utc(2026, 10, 26, 8, 0)
            ]
        );
        let mut s = schedule(New_York, hm(2, 30), Some(date(2026, 3, 6)));
        let posts = wakes(&mut s, utc(2026, 3, 6, 12, 0), 3);
        assert_eq!(
            posts,
            [
                utc(2026, 3, 7, 7, 30),
                utc(2026, 3, 8, 7, 0),
                utc(2026, 3, 9, 6, 30)
            ]
        );
    }

    #[test]
    fn just_after_midnight_in_kiritimati_is_the_zones_date_not_utcs() {
        // UTC+14: 00:15 on 10 March is 10:15 UTC on 9 March.
        let mut s = schedule(Kiritimati, hm(0, 15), Some(date(2026, 3, 9)));
        assert_eq!(s.next_fire(utc(2026, 3, 9, 9, 0)), utc(2026, 3, 9, 10, 15));
        assert_eq!(s.due(utc(2026, 3, 9, 10, 14)), None);
        assert_eq!(s.due(utc(2026, 3, 9, 10, 15)), Some(date(2026, 3, 10)));
        s.mark_posted(date(2026, 3, 10));
        assert_eq!(s.due(utc(2026, 3, 9, 23, 59)), None);
        assert_eq!(
            s.next_fire(utc(2026, 3, 9, 10, 15)),
            utc(2026, 3, 10, 10, 15)
        );
    }

    #[test]
    fn late_evening_in_pago_pago_is_the_zones_date_not_utcs() {
        // UTC-11: 23:45 on 9 March is 10:45 UTC on 10 March.
        let mut s = schedule(Pago_Pago, hm(23, 45), Some(date(2026, 3, 8)));
        assert_eq!(
            s.next_fire(utc(2026, 3, 10, 1, 0)),
            utc(2026, 3, 10, 10, 45)
        );
        assert_eq!(s.due(utc(2026, 3, 10, 10, 50)), Some(date(2026, 3, 9)));
        s.mark_posted(date(2026, 3, 9));
        // Past local midnight (11:00 UTC), today is the 10th: its post is 23:45 tonight.
        assert_eq!(s.due(utc(2026, 3, 10, 11, 5)), None);
        assert_eq!(
            s.next_fire(utc(2026, 3, 10, 11, 5)),
            utc(2026, 3, 11, 10, 45)
        );
    }

    #[test]
    fn extreme_zones_post_once_a_local_day_for_a_week() {
        for (zone, time) in [
            (Kiritimati, hm(0, 15)),
            (Kiritimati, hm(23, 50)),
            (Apia, hm(0, 5)),
            (Pago_Pago, hm(23, 45)),
            (Pago_Pago, hm(0, 0)),
        ] {
            // Just after the 1 June post, so the week ahead holds exactly seven.
            let mut s = schedule(zone, time, Some(date(2026, 6, 1)));
            let start = s.fire_time(date(2026, 6, 1)) + Duration::minutes(5);
            let posts = walk(
                &mut s,
                start,
                start + Duration::days(7),
                Duration::minutes(5),
            );
            assert_eq!(posts.len(), 7, "{zone} at {time}: {posts:?}");
            for (day, at) in &posts {
                let local = at.with_timezone(&zone);
                assert_eq!((local.date_naive(), local.time()), (*day, time), "{zone}");
            }
        }
    }

    #[test]
    fn a_restart_before_the_time_waits_for_it() {
        let s = schedule(Berlin, hm(9, 0), Some(date(2026, 5, 4)));
        assert_eq!(s.due(utc(2026, 5, 5, 6, 59)), None);
        assert_eq!(s.next_fire(utc(2026, 5, 5, 6, 0)), utc(2026, 5, 5, 7, 0));
    }

    #[test]
    fn a_restart_at_or_after_the_time_posts_today_once() {
        let s = schedule(Berlin, hm(9, 0), Some(date(2026, 5, 4)));
        assert_eq!(s.due(utc(2026, 5, 5, 7, 0)), Some(date(2026, 5, 5)));
        assert_eq!(s.next_fire(utc(2026, 5, 5, 7, 0)), utc(2026, 5, 5, 7, 0));
        let mut s = s;
        let catch_up = utc(2026, 5, 5, 13, 0);
        assert_eq!(s.due(catch_up), Some(date(2026, 5, 5)));
        assert_eq!(s.next_fire(catch_up), catch_up);
        s.mark_posted(date(2026, 5, 5));
        assert_eq!(s.due(catch_up), None);
        assert_eq!(s.due(utc(2026, 5, 5, 21, 59)), None, "till local midnight");
        assert_eq!(s.next_fire(catch_up), utc(2026, 5, 6, 7, 0));
    }

    #[test]
    fn a_missed_day_is_skipped_not_posted_late() {
        let s = schedule(Berlin, hm(9, 0), Some(date(2026, 5, 3)));
        // Down all of the 4th; back on the 5th before 09:00: nothing for the 4th.
        assert_eq!(s.due(utc(2026, 5, 5, 5, 0)), None);
        assert_eq!(s.next_fire(utc(2026, 5, 5, 5, 0)), utc(2026, 5, 5, 7, 0));
        // Back after 09:00: the 5th only.
        let mut s = s;
        let posts = walk(
            &mut s,
            utc(2026, 5, 5, 12, 0),
            utc(2026, 5, 6, 6, 0),
            Duration::minutes(30),
        );
        assert_eq!(posts, vec![(date(2026, 5, 5), utc(2026, 5, 5, 12, 0))]);
    }

    #[test]
    fn a_schedule_set_after_todays_time_starts_tomorrow() {
        let s = DailySchedule::new(
            ChannelId(1),
            hm(9, 0),
            Berlin,
            None,
            None,
            utc(2026, 5, 5, 8, 0),
        );
        assert_eq!(s.due(utc(2026, 5, 5, 8, 0)), None);
        assert_eq!(s.next_fire(utc(2026, 5, 5, 8, 0)), utc(2026, 5, 6, 7, 0));
        assert_eq!(s.last_posted, None, "no post is pretended");
    }

    #[test]
    fn a_schedule_set_before_todays_time_starts_today() {
        let set = utc(2026, 5, 5, 6, 0);
        let s = DailySchedule::new(ChannelId(1), hm(9, 0), Berlin, None, None, set);
        assert_eq!(s.due(set), None);
        assert_eq!(s.next_fire(set), utc(2026, 5, 5, 7, 0));
        assert_eq!(s.due(utc(2026, 5, 5, 7, 0)), Some(date(2026, 5, 5)));
    }

    #[test]
    fn a_schedule_set_within_its_minute_posts_at_once() {
        let set = utc(2026, 5, 5, 7, 0) + Duration::seconds(40);
        let s = DailySchedule::new(ChannelId(1), hm(9, 0), Berlin, None, None, set);
        assert_eq!(s.due(set), Some(date(2026, 5, 5)));
    }

    #[test]
    fn a_changed_schedule_does_not_post_twice_on_one_day() {
        let mut old = schedule(Berlin, hm(7, 0), None);
        old.mark_posted(date(2026, 5, 5));
        let new = DailySchedule::new(
            ChannelId(2),
            hm(20, 0),
            Berlin,
            None,
            None,
            utc(2026, 5, 5, 8, 0),
        )
        .replacing(&old);
        assert_eq!(new.due(utc(2026, 5, 5, 18, 0)), None);
        assert_eq!(new.next_fire(utc(2026, 5, 5, 8, 0)), utc(2026, 5, 6, 18, 0));
    }

    #[test]
    fn a_failed_post_is_recorded_and_retried_the_next_day_only() {
        let mut s = schedule(Berlin, hm(9, 0), Some(date(2026, 5, 4)));
        let at = utc(2026, 5, 5, 7, 0);
        let day = s.due(at).unwrap();
        s.mark_failed(day, at, "403 Missing Permissions".into());
        assert_eq!(s.due(at + Duration::minutes(1)), None);
        assert_eq!(s.next_fire(at), utc(2026, 5, 6, 7, 0));
        assert_eq!(s.last_posted, Some(date(2026, 5, 4)), "nothing was posted");
        assert_eq!(
            s.last_error.as_ref().unwrap().message,
            "403 Missing Permissions"
        );
        let next = utc(2026, 5, 6, 7, 0);
        s.mark_posted(s.due(next).unwrap());
        assert_eq!(s.last_error, None);
        assert_eq!(s.last_posted, Some(date(2026, 5, 6)));
    }

    #[test]
    fn earliest_is_the_soonest_across_zones() {
        let now = utc(2026, 5, 5, 6, 0);
        let berlin = schedule(Berlin, hm(9, 0), Some(date(2026, 5, 4))); // 07:00 UTC
        let new_york = schedule(New_York, hm(2, 0), Some(date(2026, 5, 4))); // 06:00 UTC
        let kiritimati = schedule(Kiritimati, hm(20, 30), None); // 06:30 UTC
        assert_eq!(
            earliest([&berlin, &kiritimati], now),
            Some(utc(2026, 5, 5, 6, 30))
        );
        assert_eq!(
            earliest(
                [&berlin, &new_york, &kiritimati],
                now - Duration::minutes(1)
            ),
            Some(utc(2026, 5, 5, 6, 0))
        );
        assert_eq!(earliest([], now), None);
    }

    #[test]
    fn parse_time_takes_24_hour_hh_mm() {
        assert_eq!(parse_time("09:30"), Ok(hm(9, 30)));
        assert_eq!(parse_time(" 9:05 "), Ok(hm(9, 5)));
        assert_eq!(parse_time("00:00"), Ok(hm(0, 0)));
        assert_eq!(parse_time("23:59"), Ok(hm(23, 59)));
        for bad in [
            "25:00",
            "24:00",
            "12:60",
            "9:5",
            "0930",
            "9.30",
            "09:30:00",
            "",
            "-1:00",
            "+9:00",
            "１２:00",
            "ab:cd",
        ] {
            assert_eq!(
                parse_time(bad),
                Err(ScheduleError::BadTime(bad.trim().into())),
                "{bad:?}"
            );
        }
        assert_eq!(
            parse_time("25:00"),
            Err(ScheduleError::BadTime("25:00".into()))
        );
    }

    #[test]
    fn parse_zone_takes_iana_names_in_any_case() {
        assert_eq!(parse_zone("Europe/Berlin"), Ok(Berlin));
        assert_eq!(parse_zone(" europe/BERLIN "), Ok(Berlin));
        assert_eq!(parse_zone("America/New York"), Ok(New_York));
        assert_eq!(parse_zone("utc"), Ok(Tz::UTC));
        assert_eq!(
            parse_zone("Europe/Berln"),
            Err(ScheduleError::UnknownZone {
                given: "Europe/Berln".into(),
                suggestion: "Europe/Berlin"
            })
        );
        let suggestion = |text| match parse_zone(text) {
            Err(ScheduleError::UnknownZone { suggestion, .. }) => suggestion,
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(suggestion("Berlin"), "Europe/Berlin");
        assert_eq!(suggestion("Eurpoe/Berlin"), "Europe/Berlin");
        assert_eq!(suggestion("tokio"), "Asia/Tokyo");
        assert_eq!(
            suggestion("Mars/Olympus_Mons"),
            "Europe/Berlin",
            "nothing close: a common one"
        );
        assert!(parse_zone("").is_err());
    }

    #[test]
    fn zone_suggestions_rank_prefixes_first_and_respect_max() {
        let found = zone_suggestions("berlin", 25);
        assert_eq!(found.first(), Some(&"Europe/Berlin"));
        assert_eq!(zone_suggestions("EUROPE/", 5).len(), 5);
        assert!(zone_suggestions("europe/", 25)
            .iter()
            .all(|z| z.starts_with("Europe/")));
        assert_eq!(zone_suggestions("new york", 25), ["America/New_York"]);
        let america = zone_suggestions("america", 3);
        assert!(
            america.iter().all(|z| z.starts_with("America/")),
            "{america:?}"
        );
        assert!(zone_suggestions("zzzz", 25).is_empty());
        assert!(zone_suggestions("a", 25).len() <= 25);
        let common = zone_suggestions("  ", 25);
        assert!(common.contains(&"UTC") && common.contains(&"Europe/Berlin"));
        assert!(common.iter().all(|z| parse_zone(z).is_ok()), "{common:?}");
        assert_eq!(zone_suggestions("", 2).len(), 2);
    }

    #[test]
    fn a_schedule_round_trips_through_json_with_its_zone_by_name() {
        let mut s = DailySchedule::new(
            ChannelId(42),
            hm(9, 30),
            New_York,
            Some("async-python".into()),
            Some("asyncio basics".into()),
            utc(2026, 5, 5, 12, 0),
        );
        s.mark_failed(
            date(2026, 5, 6),
            utc(2026, 5, 6, 13, 30),
            "404 Unknown Channel".into(),
        );
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["zone"], "America/New_York");
        assert_eq!(json["channel"], 42);
        assert_eq!(serde_json::from_value::<DailySchedule>(json).unwrap(), s);
        let plain = schedule(Berlin, hm(9, 0), Some(date(2026, 5, 4)));
        let text = serde_json::to_string(&plain).unwrap();
        assert_eq!(serde_json::from_str::<DailySchedule>(&text).unwrap(), plain);
        let bad = text.replace("Europe/Berlin", "Europe/Atlantis");
        assert!(serde_json::from_str::<DailySchedule>(&bad)
            .unwrap_err()
            .to_string()
            .contains("unknown time zone `Europe/Atlantis`"));
    }

    #[test]
    fn a_gap_that_ends_off_the_minute_is_found_to_the_second() {
        // Berlin left local mean time (+00:53:28) for CET on 1 April 1893: wall clocks jumped
        // from midnight to 00:06:32. Today's gaps are whole hours; this checks the bisection.
        let s = schedule(Berlin, hm(0, 3), None);
        let fire = s.fire_time(date(1893, 4, 1));
        assert_eq!(fire, Utc.with_ymd_and_hms(1893, 3, 31, 23, 6, 32).unwrap());
        let wall = |at: DateTime<Utc>| at.with_timezone(&Berlin).naive_local();
        assert_eq!(wall(fire), date(1893, 4, 1).and_hms_opt(0, 6, 32).unwrap());
        assert!(wall(fire - Duration::seconds(1)) < date(1893, 4, 1).and_time(hm(0, 0)));
    }

    #[test]
    fn a_reminder_is_due_once_a_day_on_time_and_too_late_an_hour_after() {
        let time = NaiveTime::from_hms_opt(8, 0, 0).unwrap();
        // Set on Sunday 29 March 2026 at 12:00 in Berlin, the day clocks went forward.
        let mut reminder = Reminder::new(time, Berlin, utc(2026, 3, 29, 10, 0));
        assert_eq!(
            reminder.due(utc(2026, 3, 29, 23, 0)),
            None,
            "not before it was set"
        );
        // Monday 08:00 CEST is 06:00 UTC.
        assert_eq!(
            reminder.next_fire(utc(2026, 3, 29, 23, 0)),
            utc(2026, 3, 30, 6, 0)
        );
        assert_eq!(reminder.due(utc(2026, 3, 30, 5, 59)), None);
        assert_eq!(
            reminder.due(utc(2026, 3, 30, 7, 0)),
            Some((date(2026, 3, 30), true)),
            "an hour late still goes"
        );
        assert_eq!(
            reminder.due(utc(2026, 3, 30, 7, 1)),
            Some((date(2026, 3, 30), false)),
            "past an hour late the day is skipped"
        );
        reminder.mark_handled(date(2026, 3, 30));
        assert_eq!(reminder.due(utc(2026, 3, 30, 20, 0)), None, "once a day");
        assert_eq!(
            reminder.next_fire(utc(2026, 3, 30, 20, 0)),
            utc(2026, 3, 31, 6, 0)
        );
    }

    #[test]
    fn a_reminder_in_a_skipped_hour_comes_at_the_end_of_the_gap() {
        let time = NaiveTime::from_hms_opt(2, 30, 0).unwrap();
        let reminder = Reminder::new(time, Berlin, utc(2026, 3, 28, 12, 0));
        // 02:00 CET jumped to 03:00 CEST on 29 March: 03:00 CEST is 01:00 UTC.
        assert_eq!(
            reminder.next_fire(utc(2026, 3, 28, 12, 0)),
            utc(2026, 3, 29, 1, 0)
        );
        assert_eq!(
            reminder.due(utc(2026, 3, 29, 1, 0)),
            Some((date(2026, 3, 29), true))
        );
    }
}
