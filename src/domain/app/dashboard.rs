//! The dashboard's stored value: which links of a server still open its pages.

use super::App;
use crate::ids::GuildId;

impl App {
    /// The value a server's dashboard links are made under now (see
    /// [`crate::state::GuildState::dashboard_links`]).
    pub fn dashboard_links(&self, guild: GuildId) -> u32 {
        self.store
            .read(|state| state.guilds.get(&guild).map_or(0, |g| g.dashboard_links))
    }

    /// `/dashboard revoke`: every link made so far for `guild` stops opening its pages.
    pub fn revoke_dashboard_links(&self, guild: GuildId) -> u32 {
        self.store.write(|state, _| {
            let g = state.guild_mut(guild);
            g.dashboard_links = g.dashboard_links.wrapping_add(1);
            g.dashboard_links
        })
    }
}
