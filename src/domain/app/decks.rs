//! A server's own decks: uploading (never over a bundled deck), removing, downloading, and
//! the deck `/quiz` uses when none is named.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLockWriteGuard};

use super::{App, Closed};
use crate::deck::format::EXTENSIONS;
use crate::deck::library::{qualified, why_file, Scope, ASIDE_DIR, SERVERS_DIR};
use crate::deck::limits::{MAX_OWN_DECKS, MAX_TOPICS, UPLOAD_WAIT};
use crate::deck::{Library, LoadedDeck};
use crate::error::UserError;
use crate::ids::GuildId;
use crate::state::Dropped;
use tokio::sync::OwnedSemaphorePermit;

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
        // Held across the checks and the write, so that two uploads cannot interleave.
        let mut library = self.library.write().unwrap_or_else(PoisonError::into_inner);
        self.install_locked(&mut library, guild, deck, bytes, replace)
    }

    /// [`App::install_deck`] with the library already locked for writing.
    pub(super) fn install_locked(
        &self,
        library: &mut RwLockWriteGuard<'_, Arc<Library>>,
        guild: GuildId,
        deck: LoadedDeck,
        bytes: &[u8],
        replace: bool,
    ) -> io::Result<Result<Dropped, UserError>> {
        let deck = deck.owned_by(guild).stored_as(bytes.len());
        if let Err(refused) = may_upload(library, guild, &deck.id, replace)
            .and_then(|()| self.fits_memory(library, &deck))
            .and_then(|()| self.fits_topics(library, &deck))
        {
            return Ok(Err(refused));
        }
        let path = self.deck_path(guild, &deck.id);
        crate::atomic_file::write(&path, bytes)?;
        // A table of the same id put there by hand would be a second file of this deck.
        for other in EXTENSIONS.iter().filter(|&&x| x != "json") {
            remove_if_there(&path.with_extension(other))?;
        }
        // This upload is the deck now, not a version that did not load at start.
        self.remove_set_aside(guild, &deck.id)?;
        let updated = Arc::new(library.with(deck));
        **library = updated.clone();
        Ok(Ok(self
            .store
            .write(|state, _| state.retain_known_in(guild, &updated))))
    }

    /// Refuses `deck` if the server decks held in memory would pass the operator's quota.
    fn fits_memory(&self, library: &Library, deck: &LoadedDeck) -> Result<(), UserError> {
        let replaced = library
            .get(deck.owner, &deck.id)
            .filter(|old| old.owner.is_some())
            .map_or(0, |old| old.size());
        let total = library.own_bytes() - replaced + deck.size();
        if total > self.fair_use.deck_memory {
            return Err(UserError::DeckMemoryFull(self.fair_use.deck_memory >> 20));
        }
        Ok(())
    }

    /// Refuses `deck` if the topics its server's scores may tally would pass [`MAX_TOPICS`]:
    /// those already tallied and those of every deck the server would see.
    fn fits_topics(&self, library: &Library, deck: &LoadedDeck) -> Result<(), UserError> {
        let guild = deck.owner;
        let mut topics: HashSet<&str> = library
            .decks(guild)
            .filter(|d| d.id != deck.id)
            .flat_map(|d| d.topics().map(|(t, _)| t))
            .collect();
        topics.extend(deck.topics().map(|(t, _)| t));
        let tallied_elsewhere = self.store.read(|state| {
            guild.and_then(|g| state.guilds.get(&g)).map_or(0, |g| {
                g.scores.topics().filter(|t| !topics.contains(t)).count()
            })
        });
        let total = topics.len() + tallied_elsewhere;
        if total > MAX_TOPICS {
            return Err(UserError::TooManyTopics {
                total,
                max: MAX_TOPICS,
            });
        }
        Ok(())
    }

    /// Leave to check an upload for `guild`: one at a time per server, and one of the bot's
    /// [costly-job slots](super::FairUse::costly_jobs). An upload waits its turn behind the
    /// jobs already waiting (first come, first served, exports included) for at most
    /// [`UPLOAD_WAIT`], then is told to try again: one server's exports back to back cannot
    /// keep every other server's uploads out. Held while the file is downloaded and checked.
    pub async fn begin_check(&self, guild: GuildId) -> Result<CheckPermit<'_>, UserError> {
        {
            let mut checking = self.checking.lock().unwrap_or_else(PoisonError::into_inner);
            if !checking.insert(guild) {
                return Err(UserError::UploadInProgress);
            }
        }
        let mut permit = CheckPermit {
            app: self,
            guild,
            _slot: None,
        };
        match tokio::time::timeout(UPLOAD_WAIT, self.costly.clone().acquire_owned()).await {
            Ok(Ok(slot)) => {
                permit._slot = Some(slot);
                Ok(permit)
            }
            // Dropping the permit gives the server's turn back.
            _ => Err(UserError::UploadsBusy),
        }
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
        let deck = library.get(Some(guild), id).cloned();
        if deck.is_none() && !library.is_set_aside(guild, id) {
            return Ok(Err(UserError::UnknownDeck(id.to_owned())));
        }
        let path = self.deck_path(guild, id);
        for extension in EXTENSIONS {
            remove_if_there(&path.with_extension(extension))?;
        }
        self.remove_set_aside(guild, id)?;
        let updated = Arc::new(library.without(guild, id));
        *library = updated.clone();
        drop(library);
        let qualified = qualified(Some(guild), id);
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
                        question: deck
                            .as_ref()
                            .and_then(|d| d.question(open.card.question()))
                            .cloned(),
                        open,
                    }
                })
                .collect();
            state.retain_known_in(guild, &updated);
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
        Ok((format!("{}.json", deck.id), deck.json()))
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

    /// Deletes the files of `guild`'s deck `id` set aside at start, and the notes of why.
    fn remove_set_aside(&self, guild: GuildId, id: &str) -> io::Result<()> {
        let folder = self.data_dir.join(SERVERS_DIR).join(guild.to_string());
        for extension in EXTENSIONS {
            let file = folder.join(ASIDE_DIR).join(format!("{id}.{extension}"));
            remove_if_there(&why_file(&file))?;
            remove_if_there(&file)?;
        }
        Ok(())
    }

    pub(super) fn deck_path(&self, guild: GuildId, id: &str) -> PathBuf {
        self.data_dir
            .join(SERVERS_DIR)
            .join(guild.to_string())
            .join(format!("{id}.json"))
    }
}

fn remove_if_there(path: &Path) -> io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
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

/// Leave to check one upload (see [`App::begin_check`]); given back when dropped.
pub struct CheckPermit<'a> {
    app: &'a App,
    guild: GuildId,
    _slot: Option<OwnedSemaphorePermit>,
}

impl Drop for CheckPermit<'_> {
    fn drop(&mut self) {
        self.app
            .checking
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&self.guild);
    }
}
