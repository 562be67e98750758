//! A server's own decks: uploading (never over a bundled deck), removing, downloading, and
//! the deck `/quiz` uses when none is named.

use std::io;
use std::path::PathBuf;
use std::sync::{Arc, PoisonError};

use super::{App, Closed};
use crate::deck::library::{Scope, SERVERS_DIR};
use crate::deck::limits::MAX_OWN_DECKS;
use crate::deck::{Library, LoadedDeck};
use crate::error::UserError;
use crate::ids::GuildId;
use crate::state::Dropped;

impl App {
    /// Whether `guild` may upload a deck `id`: never over a bundled deck, over its own only
    /// with `replace`, and a new one only below its limit.
    pub fn may_upload(&self, guild: GuildId, id: &str, replace: bool) -> Result<(), UserError> {
        may_upload(&self.library(), guild, id, replace)
    }

    /// Writes `deck` (parsed from `bytes`) as `guild`'s own and serves it there from now on;
    /// `Ok(Err(..))` when the upload is no longer allowed (another upload of the same id got
    /// there first). State that refers to questions the new version no longer has is dropped;
    /// scores stay. Blocking file I/O: call it off the async runtime.
    pub fn install_deck(
        &self,
        guild: GuildId,
        deck: LoadedDeck,
        bytes: &[u8],
        replace: bool,
    ) -> io::Result<Result<Dropped, UserError>> {
        // Held across the check and the write, so that two uploads cannot interleave.
        let mut library = self.library.write().unwrap_or_else(PoisonError::into_inner);
        if let Err(refused) = may_upload(&library, guild, &deck.id, replace) {
            return Ok(Err(refused));
        }
        crate::atomic_file::write(&self.deck_path(guild, &deck.id), bytes)?;
        let updated = Arc::new(library.with(deck.owned_by(guild)));
        *library = updated.clone();
        drop(library);
        Ok(Ok(self
            .store
            .write(|state, _| state.retain_known(&updated))))
    }

    /// Removes `guild`'s own deck `id`: its file, its open questions (returned, for the
    /// adapter to close with a note), its cycles and review cards. Points stay.
    pub fn remove_deck(
        &self,
        guild: GuildId,
        id: &str,
    ) -> io::Result<Result<Vec<Closed>, UserError>> {
        let mut library = self.library.write().unwrap_or_else(PoisonError::into_inner);
        if library.is_bundled(id) {
            return Ok(Err(UserError::BundledDeck(id.to_owned())));
        }
        let Some(deck) = library.get(Some(guild), id).cloned() else {
            return Ok(Err(UserError::UnknownDeck(id.to_owned())));
        };
        match std::fs::remove_file(self.deck_path(guild, id)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        let updated = Arc::new(library.without(guild, id));
        *library = updated.clone();
        drop(library);
        let qualified = deck.qualified_id();
        let closed = self.store.write(|state, _| {
            let ids: Vec<_> = state
                .open
                .iter()
                .filter(|(_, q)| q.card.deck() == qualified)
                .map(|(id, _)| *id)
                .collect();
            let closed = ids
                .into_iter()
                .filter_map(|id| state.open.remove(&id).map(|q| (id, q)))
                .map(|(id, open)| {
                    let open = Arc::unwrap_or_clone(open);
                    Closed {
                        id,
                        reveal: open.reveal(),
                        question: deck.question(open.card.question()).cloned(),
                        open,
                    }
                })
                .collect();
            state.retain_known(&updated);
            if let Some(g) = state.existing_guild_mut(guild) {
                if g.default_deck.as_deref() == Some(id) {
                    g.default_deck = None;
                }
            }
            closed
        });
        Ok(Ok(closed))
    }

    /// Deck `id` as `scope` sees it, as a JSON file to edit and upload again.
    pub fn deck_file(&self, scope: Scope, id: &str) -> Result<(String, Vec<u8>), UserError> {
        let library = self.library();
        let deck = library
            .get(scope, id)
            .ok_or_else(|| UserError::UnknownDeck(id.to_owned()))?;
        // A deck that loaded is plain strings and lists: serialising it cannot fail.
        let bytes = serde_json::to_vec_pretty(&deck.deck).unwrap_or_default();
        Ok((format!("{}.json", deck.id), bytes))
    }

    /// Makes `id` the deck `/quiz` and the others use in `guild` when none is named.
    pub fn set_default_deck(&self, guild: GuildId, id: &str) -> Result<Arc<LoadedDeck>, UserError> {
        let deck = self
            .library()
            .get(Some(guild), id)
            .cloned()
            .ok_or_else(|| UserError::UnknownDeck(id.to_owned()))?;
        self.store
            .write(|state, _| state.guild_mut(guild).default_deck = Some(deck.id.clone()));
        Ok(deck)
    }

    /// The deck `scope` set as its default, if any.
    pub fn default_deck(&self, scope: Scope) -> Option<String> {
        let guild = scope?;
        self.store
            .read(|state| state.guilds.get(&guild)?.default_deck.clone())
    }

    fn deck_path(&self, guild: GuildId, id: &str) -> PathBuf {
        self.data_dir
            .join(SERVERS_DIR)
            .join(guild.to_string())
            .join(format!("{id}.json"))
    }
}

fn may_upload(library: &Library, guild: GuildId, id: &str, replace: bool) -> Result<(), UserError> {
    if library.is_bundled(id) {
        return Err(UserError::BundledDeck(id.to_owned()));
    }
    match library.get(Some(guild), id) {
        Some(_) if !replace => Err(UserError::DeckExists(id.to_owned())),
        Some(_) => Ok(()),
        None if library.own_count(guild) >= MAX_OWN_DECKS => {
            Err(UserError::TooManyDecks(MAX_OWN_DECKS))
        }
        None => Ok(()),
    }
}
