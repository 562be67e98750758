//! Each server's daily question: its schedule, when it is due, and posting it at most once a
//! day.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};

use super::{App, Place, Posted};
use crate::error::UserError;
use crate::ids::GuildId;
use crate::schedule::{self, DailySchedule};

impl App {
    /// Sets (or replaces) the server's daily question; returns it as stored.
    pub fn set_daily(&self, guild: GuildId, schedule: DailySchedule) -> DailySchedule {
        let stored = self.store.write(|state, _| {
            let guild = state.guild_mut(guild);
            let mut schedule = match guild.daily.take() {
                Some(previous) => schedule.replacing(&previous),
                None => schedule,
            };
            if let Some(posted) = guild.daily_posted_before_off.take() {
                schedule.last_posted = Some(posted);
            }
            guild.daily = Some(schedule.clone());
            schedule
        });
        self.daily_changed.notify_one();
        stored
    }

    pub fn daily(&self, guild: GuildId) -> Option<DailySchedule> {
        self.store
            .read(|state| state.guilds.get(&guild).and_then(|g| g.daily.clone()))
    }

    /// Turns the daily question off; the question already posted stays open until its time.
    pub fn daily_off(&self, guild: GuildId) -> Result<(), UserError> {
        self.store
            .write(|state, _| {
                let g = state.existing_guild_mut(guild)?;
                let off = g.daily.take()?;
                g.daily_posted_before_off = off.last_posted;
                Some(off)
            })
            .ok_or(UserError::NoDaily)?;
        self.daily_changed.notify_one();
        Ok(())
    }

    /// Servers whose daily question is due now, with the local date it is for.
    pub fn dailies_due(&self, now: DateTime<Utc>) -> Vec<(GuildId, NaiveDate)> {
        self.store.read(|state| {
            state
                .guilds
                .iter()
                .filter_map(|(g, s)| Some((*g, s.daily.as_ref()?.due(now)?)))
                .collect()
        })
    }

    /// When the scheduler should wake next.
    pub fn next_daily(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.store.read(|state| {
            schedule::earliest(state.guilds.values().filter_map(|g| g.daily.as_ref()), now)
        })
    }

    /// Opens the daily question of `date` for `guild`, open until the next one, and counts
    /// the day as posted: if the post then fails, [`App::daily_failed`] says so; if the bot
    /// dies in between, the day is not posted twice.
    pub fn open_daily(&self, guild: GuildId, date: NaiveDate) -> Result<Posted, UserError> {
        let schedule = self.daily(guild).ok_or(UserError::NoDaily)?;
        let (deck, topic) = self.resolve(
            Some(guild),
            schedule.deck.as_deref(),
            schedule.topic.as_deref(),
        )?;
        let place = Place {
            guild,
            channel: schedule.channel,
        };
        let next = date
            .succ_opt()
            .map_or(schedule.fire_time(date), |d| schedule.fire_time(d));
        let open_for = next - self.clock.now();
        let posted = self.open_drawn(
            place,
            &deck,
            topic.as_deref(),
            &HashSet::new(),
            open_for,
            None,
        )?;
        self.store.write(|state, _| {
            if let Some(q) = state.open_mut(posted.id) {
                q.daily = Some(date);
            }
            if let Some(daily) = state
                .existing_guild_mut(guild)
                .and_then(|g| g.daily.as_mut())
            {
                daily.mark_posted(date);
            }
        });
        Ok(posted)
    }

    /// Records that the daily question of `date` could not be posted; the next try is the
    /// next day's.
    pub fn daily_failed(&self, guild: GuildId, date: NaiveDate, message: String) {
        let at = self.clock.now();
        self.store.write(|state, _| {
            if let Some(daily) = state
                .existing_guild_mut(guild)
                .and_then(|g| g.daily.as_mut())
            {
                daily.mark_failed(date, at, message);
            }
        });
    }
}
