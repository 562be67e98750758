//! What members see of their scores: score cards, leaderboards and the CSV export.

use super::App;
use crate::error::UserError;
use crate::ids::{GuildId, UserId};
use crate::scores::{self, Page, Period, Periods, Scope, ScoreCard, Scoreboard};

impl App {
    /// The server's scores as CSV.
    pub fn export_scores(&self, guild: GuildId) -> Vec<u8> {
        let now = self.clock.now();
        self.store.read(|state| match state.guilds.get(&guild) {
            Some(g) => crate::export::scores_csv(&g.scores, Periods::at(now, g.zone())),
            None => crate::export::scores_csv(&Scoreboard::default(), Periods::default()),
        })
    }

    /// What `/score` shows of `user` in `guild`.
    pub fn score_card(&self, guild: GuildId, user: UserId) -> Option<ScoreCard> {
        self.store.read(|state| {
            let g = state.guilds.get(&guild)?;
            let now = Periods::at(self.clock.now(), g.zone());
            let mut card = scores::score_card(&g.scores, user, now)?;
            let today = g.daily.as_ref().and_then(|d| d.last_posted);
            card.score.daily_streak = card.score.daily_streak_on(today);
            Some(card)
        })
    }

    /// Page `page` (from 1) of the server's or a channel's leaderboard, of all time or of
    /// this week or month (the server's only), with the previous period's winners.
    pub fn leaderboard(
        &self,
        guild: GuildId,
        scope: Scope,
        period: Period,
        page: usize,
    ) -> Result<Page, UserError> {
        let name = match (scope, period) {
            (Scope::Channel(_), Period::All) => "channel",
            (Scope::Channel(_), _) => return Err(UserError::ChannelPeriod),
            (Scope::Server, Period::All) => "server",
            (Scope::Server, Period::Week) => "week",
            (Scope::Server, Period::Month) => "month",
        };
        let now = self.clock.now();
        let (all, previous) = self.store.read(|state| {
            let Some(g) = state.guilds.get(&guild) else {
                return (Vec::new(), None);
            };
            let id = Periods::at(now, g.zone()).of(period);
            let table = match period {
                Period::All => None,
                Period::Week => Some(&g.weeks),
                Period::Month => Some(&g.months),
            };
            let previous = table
                .zip(id)
                .and_then(|(t, id)| t.last(id, &g.scores, period));
            (scores::standings_by(&g.scores, scope, period, id), previous)
        });
        match scores::page(all, page, name) {
            Ok(page) => Ok(Page { previous, ..page }),
            // An empty table of this week still shows last week's winners.
            Err(UserError::EmptyLeaderboard(_)) if previous.is_some() => Ok(Page {
                page: 1,
                pages: 1,
                rows: Vec::new(),
                previous,
            }),
            Err(e) => Err(e),
        }
    }
}
