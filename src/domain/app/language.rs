//! The language of what a server's channels see: the one its admins chose (`/language set`,
//! kept in the snapshot), else the locale Discord gives the server (kept in memory, as Discord
//! sends it again with every interaction and at every connection). Codes are Discord locale
//! codes; which ones the bot speaks is the adapter's business.

use std::sync::PoisonError;

use super::App;
use crate::ids::GuildId;

impl App {
    /// Sets (or with `None` clears) the language `guild` chose for its posts.
    pub fn set_language(&self, guild: GuildId, code: Option<String>) {
        self.store
            .write(|state, _| state.guild_mut(guild).language = code);
    }

    /// The language `guild` chose, if it chose one.
    pub fn chosen_language(&self, guild: GuildId) -> Option<String> {
        self.store
            .read(|state| state.guilds.get(&guild)?.language.clone())
    }

    /// Remembers the locale Discord gives `guild`.
    pub fn note_discord_locale(&self, guild: GuildId, locale: &str) {
        let known = self
            .discord_locales
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        if known.get(&guild).is_some_and(|l| l == locale) {
            return;
        }
        drop(known);
        self.discord_locales
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(guild, locale.to_owned());
    }

    /// The locale `guild`'s posts are in: the chosen one, else Discord's, if known.
    pub fn server_locale(&self, guild: GuildId) -> Option<String> {
        self.chosen_language(guild).or_else(|| {
            let known = self
                .discord_locales
                .read()
                .unwrap_or_else(PoisonError::into_inner);
            known.get(&guild).cloned()
        })
    }
}
