//! Deck uploads: refusing to overwrite by accident, and serving a new deck at once.

use std::sync::{Arc, PoisonError};

use super::App;
use crate::deck::LoadedDeck;
use crate::error::UserError;
use crate::state::Dropped;

impl App {
    /// Refuses to overwrite deck `id` unless `replace` says so.
    pub fn may_install(&self, id: &str, replace: bool) -> Result<(), UserError> {
        match self.library().get(id) {
            Some(_) if !replace => Err(UserError::DeckExists(id.to_owned())),
            _ => Ok(()),
        }
    }

    /// Writes `deck` (parsed from `bytes`) into the data folder and serves it from now on.
    /// State that refers to questions the new version no longer has is dropped; scores stay.
    /// Blocking file I/O: call it off the async runtime.
    pub fn install_deck(&self, deck: LoadedDeck, bytes: &[u8]) -> std::io::Result<Dropped> {
        // Held across the write so that two uploads cannot interleave file and library.
        let mut library = self.library.write().unwrap_or_else(PoisonError::into_inner);
        crate::atomic_file::write(&self.data_dir.join(format!("{}.json", deck.id)), bytes)?;
        let updated = Arc::new(library.with(deck));
        *library = updated.clone();
        drop(library);
        Ok(self.store.write(|state, _| state.retain_known(&updated)))
    }
}
