//! A map keyed by a Discord id whose copy costs the same however many entries it holds, and
//! whose writes while a copy is alive cost the same too: the snapshot copies the state under
//! the store's lock, then encodes it while answers keep changing the live state.
//!
//! Entries sit in 256 shards. Each shard is an `Arc`'d map of values (its base) and a small
//! map of the changes made while a copy held the base. A copy takes 256 pointers (plus any
//! changes not yet folded in). A write while a copy is alive copies the one value it changes
//! into the changes map; the first write after the copies are gone folds them back.
//!
//! Values sit in the maps themselves, not behind an `Arc` each: an answer reads a review book
//! and a server straight from their shards' buckets, one cache miss fewer each, and a new
//! user's book costs no allocation of its own (issue 9).
//!
//! Issue 9 measured the two designs before this one: flat maps took about 1 ms under the lock
//! for 10,000 servers and 4 ms for 100,000 users' review books; shards copied whole on their
//! first write took a reference count per entry (a cache miss each, about 40 µs a shard at
//! 100,000 users), which stalled the first answers of every snapshot by milliseconds.

use std::hash::Hash;
use std::sync::Arc;

use hashbrown::hash_map::Entry;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ids::{self, IdMap};

const SHARDS: usize = 256;

type Map<K, V> = IdMap<K, V>;

#[derive(Debug)]
pub struct Shards<K, V> {
    /// `SHARDS` long, or empty until the first entry: an empty state (the property tests make
    /// thousands) allocates nothing.
    shards: Vec<Shard<K, V>>,
}

#[derive(Debug)]
struct Shard<K, V> {
    /// Shared with the copies.
    base: Arc<Map<K, V>>,
    /// Values written while a copy held `base`, and `None` for those removed; they win over
    /// `base`'s. Each behind an `Arc`, so that a copy taken while changes wait to be folded
    /// still costs pointers, not values.
    changes: IdMap<K, Option<Arc<V>>>,
}

impl<K: Clone, V> Clone for Shards<K, V> {
    fn clone(&self) -> Self {
        Shards {
            shards: self.shards.clone(),
        }
    }
}

impl<K: Clone, V> Clone for Shard<K, V> {
    fn clone(&self) -> Self {
        Shard {
            base: Arc::clone(&self.base),
            changes: self.changes.clone(),
        }
    }
}

impl<K, V> Default for Shards<K, V> {
    fn default() -> Self {
        Shards { shards: Vec::new() }
    }
}

impl<K, V> Default for Shard<K, V> {
    fn default() -> Self {
        Shard {
            base: Arc::default(),
            changes: IdMap::default(),
        }
    }
}

/// The shard of `key`: a mix of all the id's bits, independent of the maps' own hash, so that
/// each shard's map still spreads its keys.
fn shard_of<K: Copy + Into<u64>>(key: K) -> usize {
    let id: u64 = key.into();
    let mixed = (id ^ (id >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    (mixed >> 56) as usize
}

impl<K, V> Shard<K, V>
where
    K: Copy + Eq + Hash,
    V: Clone,
{
    fn get(&self, key: &K) -> Option<&V> {
        match self.changes.get(key) {
            Some(changed) => changed.as_deref(),
            None => self.base.get(key),
        }
    }

    /// Whether no copy holds the base. A plain load, not `Arc::get_mut`'s read-modify-write:
    /// nothing else can take a new reference to `base` while `&mut self` is held, and no
    /// `Weak` to it is ever made. (Every answer writes three shards.)
    fn unshared(&self) -> bool {
        Arc::strong_count(&self.base) == 1
    }

    /// The base with the changes folded in, copied first if a copy holds it.
    fn own(&mut self) -> &mut Map<K, V> {
        let base = Arc::make_mut(&mut self.base);
        if !self.changes.is_empty() {
            for (key, changed) in self.changes.drain() {
                match changed {
                    Some(value) => base.insert(key, Arc::unwrap_or_clone(value)),
                    None => base.remove(&key),
                };
            }
        }
        base
    }

    /// The slot for `key` in the changes, filled from the base if it is not there yet.
    fn change(&mut self, key: K) -> &mut Option<Arc<V>> {
        match self.changes.entry(key) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(self.base.get(&key).cloned().map(Arc::new)),
        }
    }

    fn get_mut(&mut self, key: K) -> Option<&mut V> {
        if self.unshared() {
            return self.own().get_mut(&key);
        }
        self.get(&key)?;
        self.change(key).as_mut().map(Arc::make_mut)
    }

    fn get_or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        if self.unshared() {
            return self.own().entry(key).or_default();
        }
        Arc::make_mut(self.change(key).get_or_insert_with(Arc::default))
    }

    fn insert(&mut self, key: K, value: V) -> Option<V> {
        if self.unshared() {
            return self.own().insert(key, value);
        }
        self.change(key)
            .replace(Arc::new(value))
            .map(Arc::unwrap_or_clone)
    }

    fn remove(&mut self, key: K) -> Option<V> {
        if self.unshared() {
            return self.own().remove(&key);
        }
        self.get(&key)?;
        self.change(key).take().map(Arc::unwrap_or_clone)
    }

    fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        let changes = &self.changes;
        let unchanged = move |(k, _): &(&K, &V)| changes.is_empty() || !changes.contains_key(*k);
        self.base.iter().filter(unchanged).chain(
            changes
                .iter()
                .filter_map(|(k, changed)| Some((k, changed.as_deref()?))),
        )
    }

    fn len(&self) -> usize {
        let added: isize = self
            .changes
            .iter()
            .map(|(k, changed)| {
                isize::from(changed.is_some()) - isize::from(self.base.contains_key(k))
            })
            .sum();
        self.base.len().saturating_add_signed(added)
    }
}

impl<K, V> Shards<K, V>
where
    K: Copy + Eq + Hash + Into<u64>,
    V: Clone,
{
    fn shard_mut(&mut self, key: K) -> &mut Shard<K, V> {
        if self.shards.is_empty() {
            self.shards = (0..SHARDS).map(|_| Shard::default()).collect();
        }
        &mut self.shards[shard_of(key)]
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        self.shards.get(shard_of(*key))?.get(key)
    }

    /// Starts loading where `key`'s entry most likely is (see [`ids::prefetch_slot`]).
    pub fn prefetch_slot(&self, key: &K) {
        if let Some(shard) = self.shards.get(shard_of(*key)) {
            ids::prefetch_slot(&shard.base, key);
        }
    }

    /// The entry to change; copied first only while a copy holds it.
    pub fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        self.shards.get_mut(shard_of(*key))?.get_mut(*key)
    }

    /// The entry to change, made if missing; copied first only while a copy holds it.
    pub fn get_or_default(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        self.shard_mut(key).get_or_default(key)
    }

    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        self.shard_mut(key).insert(key, value)
    }

    pub fn remove(&mut self, key: &K) -> Option<V> {
        self.get(key)?;
        self.shard_mut(*key).remove(*key)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.shards.iter().flat_map(Shard::iter)
    }

    /// The entries of part `at` of `of` (by shard: parts hold about as many entries each),
    /// in the order [`Shards::iter`] gives them.
    pub fn part(&self, at: usize, of: usize) -> impl Iterator<Item = (&K, &V)> {
        let n = self.shards.len();
        let of = of.max(1);
        let range = (n * at / of).min(n)..(n * (at + 1) / of).min(n);
        self.shards[range].iter().flat_map(Shard::iter)
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.iter().map(|(_, v)| v)
    }

    /// Every value, to change; copies every shard a copy still holds (deck installs only).
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.shards
            .iter_mut()
            .flat_map(|shard| shard.own().values_mut())
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut V) -> bool) {
        for shard in &mut self.shards {
            if shard.len() > 0 {
                shard.own().retain(|k, v| keep(k, v));
            }
        }
    }

    pub fn len(&self) -> usize {
        self.shards.iter().map(Shard::len).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<K, V> std::ops::Index<&K> for Shards<K, V>
where
    K: Copy + Eq + Hash + Into<u64> + std::fmt::Debug,
    V: Clone,
{
    type Output = V;

    /// Panics when `key` is missing, like a `HashMap`'s index: for tests and settled facts.
    fn index(&self, key: &K) -> &V {
        match self.get(key) {
            Some(value) => value,
            None => panic!("no entry for {key:?}"),
        }
    }
}

impl<K, V> FromIterator<(K, V)> for Shards<K, V>
where
    K: Copy + Eq + Hash + Into<u64>,
    V: Clone,
{
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> Self {
        let mut entries = entries.into_iter().peekable();
        if entries.peek().is_none() {
            return Shards::default();
        }
        let mut shards: Vec<Map<K, V>> = (0..SHARDS).map(|_| IdMap::default()).collect();
        for (key, value) in entries {
            shards[shard_of(key)].insert(key, value);
        }
        Shards {
            shards: shards
                .into_iter()
                .map(|map| Shard {
                    base: Arc::new(map),
                    changes: IdMap::default(),
                })
                .collect(),
        }
    }
}

impl<K, V> PartialEq for Shards<K, V>
where
    K: Copy + Eq + Hash + Into<u64>,
    V: Clone + PartialEq,
{
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

/// In a snapshot: one map, as a `HashMap` would write it.
impl<K, V> Serialize for Shards<K, V>
where
    K: Copy + Eq + Hash + Into<u64> + Serialize,
    V: Clone + Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de, K, V> Deserialize<'de> for Shards<K, V>
where
    K: Copy + Eq + Hash + Into<u64> + DeserializeOwned,
    V: Clone + DeserializeOwned,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(IdMap::<K, V>::deserialize(deserializer)?
            .into_iter()
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;

    fn user_in_shard_of(user: u64, other_than: u64) -> u64 {
        (0..)
            .find(|u| *u != other_than && shard_of(UserId(*u)) == shard_of(UserId(user)))
            .unwrap()
    }

    #[test]
    fn a_write_while_a_copy_is_alive_copies_only_the_value_it_changes() {
        let mut map: Shards<UserId, Vec<u64>> = Shards::default();
        for user in 0..10_000 {
            map.get_or_default(UserId(user)).push(user);
        }
        let used = map.shards.iter().filter(|s| s.len() > 0).count();
        assert_eq!(used, SHARDS, "ten thousand ids spread over every shard");
        let copy = map.clone();
        map.get_mut(&UserId(7)).unwrap().push(8);
        assert_eq!(copy[&UserId(7)], [7]);
        assert_eq!(map[&UserId(7)], [7, 8]);
        let at = shard_of(UserId(7));
        assert!(
            Arc::ptr_eq(&map.shards[at].base, &copy.shards[at].base),
            "the changed value's shard is still one map, shared with the copy"
        );
        assert_eq!(map.shards[at].changes.len(), 1);
        assert_eq!((map.len(), copy.len()), (10_000, 10_000));
        let json = serde_json::to_string(&map).unwrap();
        let back: Shards<UserId, Vec<u64>> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, map);
    }

    #[test]
    fn changes_made_while_a_copy_is_alive_fold_back_once_it_is_gone() {
        let mut map: Shards<UserId, u64> = (0..1_000).map(|u| (UserId(u), u)).collect();
        let copy = map.clone();
        *map.get_or_default(UserId(5)) += 100;
        *map.get_or_default(UserId(5_000)) += 1;
        assert_eq!(map.remove(&UserId(6)), Some(6));
        assert_eq!(map.remove(&UserId(6)), None);
        map.insert(UserId(7), 70);
        assert_eq!((map.len(), copy.len()), (1_000, 1_000));
        assert_eq!(
            (
                map.get(&UserId(5)),
                map.get(&UserId(6)),
                map.get(&UserId(5_000))
            ),
            (Some(&105), None, Some(&1))
        );
        assert_eq!(
            (
                copy.get(&UserId(5)),
                copy.get(&UserId(6)),
                copy.get(&UserId(7))
            ),
            (Some(&5), Some(&6), Some(&7))
        );
        assert_eq!(map.iter().count(), 1_000);
        drop(copy);
        let before: Vec<(UserId, u64)> = {
            let mut all: Vec<_> = map.iter().map(|(k, v)| (*k, *v)).collect();
            all.sort();
            all
        };
        for user in [5, 6, 7, 5_000] {
            let neighbour = user_in_shard_of(user, user);
            map.insert(UserId(neighbour), neighbour);
            assert!(map.shards[shard_of(UserId(user))].changes.is_empty());
        }
        let mut after: Vec<_> = map.iter().map(|(k, v)| (*k, *v)).collect();
        after.sort();
        assert_eq!(after, before);
    }
}
