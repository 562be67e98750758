//! The in-memory store: the state and the shuffling RNG behind one lock that is never held
//! across an await, and snapshots taken from a consistent copy off the async runtime.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use rand::rngs::StdRng;

use super::snapshot::{self, SnapshotError};
use super::State;

pub struct Store {
    /// Poisoning is ignored: a panic while holding it leaves whole values behind (every write
    /// is a plain field update), so the state is still worth serving and saving.
    inner: Mutex<Inner>,
    /// The change count of the last snapshot written.
    saved: AtomicU64,
    /// Serialises snapshot writes (the periodic one and the final one at shutdown).
    writing: tokio::sync::Mutex<()>,
    path: PathBuf,
}

struct Inner {
    state: State,
    rng: StdRng,
    /// Bumped by every write, so the snapshotter knows whether anything changed.
    changes: u64,
}

impl Store {
    pub fn new(state: State, rng: StdRng, path: PathBuf) -> Self {
        Store {
            inner: Mutex::new(Inner {
                state,
                rng,
                changes: 0,
            }),
            saved: AtomicU64::new(0),
            writing: tokio::sync::Mutex::new(()),
            path,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn read<R>(&self, f: impl FnOnce(&State) -> R) -> R {
        f(&self.lock().state)
    }

    /// Changes the state; the closure gets the RNG too, for dealing and drawing.
    pub fn write<R>(&self, f: impl FnOnce(&mut State, &mut StdRng) -> R) -> R {
        let mut inner = self.lock();
        inner.changes += 1;
        let Inner { state, rng, .. } = &mut *inner;
        f(state, rng)
    }

    /// Uses the RNG without counting as a change of state.
    pub fn with_rng<R>(&self, f: impl FnOnce(&mut StdRng) -> R) -> R {
        f(&mut self.lock().rng)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes a snapshot if anything changed since the last one; returns whether it wrote.
    pub async fn snapshot(&self) -> Result<bool, SnapshotError> {
        let _one_at_a_time = self.writing.lock().await;
        let (changes, copy) = {
            let inner = self.lock();
            if inner.changes == self.saved.load(Ordering::Acquire) {
                return Ok(false);
            }
            (inner.changes, inner.state.clone())
        };
        let path = self.path.clone();
        tokio::task::spawn_blocking(move || snapshot::save(&path, &copy))
            .await
            .map_err(|e| SnapshotError::Write {
                path: self.path.clone(),
                source: std::io::Error::other(e),
            })??;
        self.saved.store(changes, Ordering::Release);
        Ok(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{ChannelId, GuildId, UserId};
    use crate::scores::Scored;
    use rand::SeedableRng;

    #[tokio::test]
    async fn snapshots_only_when_something_changed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        let store = Store::new(State::default(), StdRng::seed_from_u64(1), path.clone());
        assert!(!store.snapshot().await.unwrap());
        assert!(!path.exists());
        store.write(|s, _| {
            s.guild_mut(GuildId(1)).scores.record(
                UserId(2),
                "ann",
                Scored {
                    channel: ChannelId(3),
                    topic: "t",
                    right: true,
                    points: 10,
                },
            );
        });
        assert!(store.snapshot().await.unwrap());
        assert!(!store.snapshot().await.unwrap());
        let loaded = snapshot::load(&path).unwrap().unwrap();
        assert_eq!(loaded, store.read(State::clone));
    }
}
