//! Review reminders: each learner's daily DM on days when a card is due, at most once a day,
//! turned off (and `/review` told why, once) when Discord refuses the DM.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use super::App;
use crate::error::UserError;
use crate::ids::UserId;
use crate::review::{Settings, MAX_NEW_PER_DAY, RETENTION_RANGE};
use crate::schedule::Reminder;

/// A reminder to send now: to `user`, for their local `date`, with `due` cards waiting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminding {
    pub user: UserId,
    pub date: NaiveDate,
    pub due: usize,
    /// The language to write it in (see [`Reminder::locale`]).
    pub locale: Option<String>,
}

impl App {
    /// Sets `user`'s reminder at `time` in `zone`; their days (for the new-card cap) turn in
    /// `zone` from now on too.
    pub fn set_reminder(
        &self,
        user: UserId,
        time: NaiveTime,
        zone: Tz,
        locale: Option<String>,
    ) -> Reminder {
        let reminder = Reminder {
            locale,
            ..Reminder::new(time, zone, self.clock.now())
        };
        self.store.write(|state, _| {
            let book = state.book_mut(user);
            book.settings.zone = zone;
            book.reminder = Some(reminder.clone());
            book.refused = false;
        });
        self.reminders_changed.notify_one();
        reminder
    }

    /// Turns `user`'s reminder off; whether there was one.
    pub fn reminder_off(&self, user: UserId) -> bool {
        let had = self.store.write(|state, _| {
            let book = state.reviews.get_mut(&user)?;
            std::sync::Arc::make_mut(book).reminder.take()
        });
        self.reminders_changed.notify_one();
        had.is_some()
    }

    /// Changes `user`'s desired retention, new cards a day and zone (those given); returns
    /// their settings as they are then.
    pub fn set_study(
        &self,
        user: UserId,
        retention: Option<f64>,
        new_per_day: Option<u32>,
        zone: Option<Tz>,
    ) -> Result<Settings, UserError> {
        // f32 is what the scheduler takes; two decimals are all a learner can mean.
        let retention = retention.map(|r| r as f32);
        if let Some(r) = retention.filter(|r| !RETENTION_RANGE.contains(r)) {
            let hundredths = |r: f32| (r * 100.0).round() as u32;
            return Err(UserError::RetentionOutside {
                given: hundredths(r),
                min: hundredths(*RETENTION_RANGE.start()),
                max: hundredths(*RETENTION_RANGE.end()),
            });
        }
        if let Some(n) = new_per_day.filter(|n| *n > MAX_NEW_PER_DAY) {
            return Err(UserError::TooManyNewPerDay {
                given: n,
                max: MAX_NEW_PER_DAY,
            });
        }
        Ok(self.store.write(|state, _| {
            let settings = &mut state.book_mut(user).settings;
            settings.retention = retention.unwrap_or(settings.retention);
            settings.new_per_day = new_per_day.unwrap_or(settings.new_per_day);
            settings.zone = zone.unwrap_or(settings.zone);
            settings.clone()
        }))
    }

    /// `user`'s settings and reminder.
    pub fn study_settings(&self, user: UserId) -> (Settings, Option<Reminder>) {
        self.store.read(|state| {
            state.reviews.get(&user).map_or_else(Default::default, |b| {
                (b.settings.clone(), b.reminder.clone())
            })
        })
    }

    /// The reminders to send now. Each due reminder's day is handled here, before the DM is
    /// sent, so a crash in between never sends two; a day with nothing due, or one whose
    /// time passed too long ago (the bot was down), is skipped.
    pub fn reminders_due(&self, now: DateTime<Utc>) -> Vec<Reminding> {
        let due: Vec<UserId> = self.store.read(|state| {
            state
                .reviews
                .iter()
                .filter(|(_, b)| b.reminder.as_ref().is_some_and(|r| r.due(now).is_some()))
                .map(|(user, _)| *user)
                .collect()
        });
        if due.is_empty() {
            return Vec::new();
        }
        self.store.write(|state, _| {
            let mut send = Vec::new();
            for user in due {
                let book = state.book_mut(user);
                let Some((date, on_time)) = book.reminder.as_ref().and_then(|r| r.due(now)) else {
                    continue;
                };
                let cards = book.due_count(now);
                if on_time && cards > 0 {
                    send.push(Reminding {
                        user,
                        date,
                        due: cards,
                        locale: book.reminder.as_ref().and_then(|r| r.locale.clone()),
                    });
                }
                if let Some(reminder) = book.reminder.as_mut() {
                    reminder.mark_handled(date);
                }
            }
            send
        })
    }

    /// When the reminder scheduler should wake next, if anyone has a reminder.
    pub fn next_reminder(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.store.read(|state| {
            state
                .reviews
                .values()
                .filter_map(|b| b.reminder.as_ref())
                .map(|r| r.next_fire(now))
                .min()
        })
    }

    /// Discord refused `user`'s reminder DM: the reminder is off, and `/review` will say why.
    pub fn reminder_refused(&self, user: UserId) {
        self.store.write(|state, _| {
            let book = state.book_mut(user);
            book.reminder = None;
            book.refused = true;
        });
        self.reminders_changed.notify_one();
    }

    /// Whether `/review` owes `user` the news that their reminder was turned off; owed once.
    pub fn take_refused_notice(&self, user: UserId) -> bool {
        let owed = self
            .store
            .read(|state| state.reviews.get(&user).is_some_and(|b| b.refused));
        owed && self
            .store
            .write(|state, _| std::mem::take(&mut state.book_mut(user).refused))
    }
}
