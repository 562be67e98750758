//! What members see of their scores: score cards, leaderboards and the CSV export.

use super::App;
use crate::error::UserError;
use crate::ids::{GuildId, UserId};
use crate::scores::{self, Page, Scope, ScoreCard, Scoreboard};

impl App {
    /// The server's scores as CSV.
    pub fn export_scores(&self, guild: GuildId) -> Vec<u8> {
        self.store.read(|state| match state.guilds.get(&guild) {
            Some(g) => crate::export::scores_csv(&g.scores),
            None => crate::export::scores_csv(&Scoreboard::default()),
        })
    }

    /// What `/score` shows of `user` in `guild`.
    pub fn score_card(&self, guild: GuildId, user: UserId) -> Option<ScoreCard> {
        self.store.read(|state| {
            let g = state.guilds.get(&guild)?;
            let mut card = scores::score_card(&g.scores, user)?;
            let today = g.daily.as_ref().and_then(|d| d.last_posted);
            card.score.daily_streak = card.score.daily_streak_on(today);
            Some(card)
        })
    }

    /// Page `page` (from 1) of the server's or a channel's leaderboard.
    pub fn leaderboard(
        &self,
        guild: GuildId,
        scope: Scope,
        page: usize,
    ) -> Result<Page, UserError> {
        let name = match scope {
            Scope::Server => "server",
            Scope::Channel(_) => "channel",
        };
        let all = self.store.read(|state| {
            state
                .guilds
                .get(&guild)
                .map(|g| scores::standings(&g.scores, scope))
                .unwrap_or_default()
        });
        scores::page(all, page, name)
    }
}
