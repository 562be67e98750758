//! What members see of their scores: score cards, leaderboards and the CSV export, each
//! worked out from a copy of the server's state, outside the store's lock.

use std::io::{self, Write};
use std::sync::Arc;

use super::App;
use crate::error::UserError;
use crate::export::Written;
use crate::ids::{GuildId, UserId};
use crate::labels::Say;
use crate::scores::{self, Page, Period, Periods, Scope, ScoreCard, Scoreboard};
use crate::state::GuildState;

impl App {
    /// A consistent copy of `guild`'s state, taken under the lock in the time of a pointer
    /// copy, for work done outside it: a copy held while an answer comes in costs that answer
    /// one copy of the server's rows' pointers, never a wait for the work.
    fn guild_copy(&self, guild: GuildId) -> Option<Arc<GuildState>> {
        self.store.read(|state| state.guilds.get(&guild).cloned())
    }

    /// The server's scores as CSV into `out`, in leaderboard order, as many members as fit in
    /// `limit` bytes. CPU work in proportion to the server's members: call it off the async
    /// runtime.
    pub fn export_scores(
        &self,
        guild: GuildId,
        say: &dyn Say,
        out: impl Write,
        limit: usize,
    ) -> io::Result<Written> {
        let now = self.clock.now();
        let empty = Scoreboard::default();
        let g = self.guild_copy(guild);
        let (board, periods) = match &g {
            Some(g) => (&g.scores, Periods::at(now, g.zone())),
            None => (&empty, Periods::default()),
        };
        crate::export::scores_csv(board, periods, say, out, limit)
    }

    /// What `/score` shows of `user` in `guild`.
    pub fn score_card(&self, guild: GuildId, user: UserId) -> Option<ScoreCard> {
        let g = self.guild_copy(guild)?;
        let now = Periods::at(self.clock.now(), g.zone());
        let mut card = scores::score_card(&g.scores, user, now)?;
        let today = g.daily.as_ref().and_then(|d| d.last_posted);
        card.score.daily_streak = card.score.daily_streak_on(today);
        Some(card)
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
        let Some(g) = self.guild_copy(guild) else {
            return Err(UserError::EmptyLeaderboard(name));
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
        match scores::page(&g.scores, scope, period, id, page, name) {
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
