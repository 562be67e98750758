//! A map keyed by a Discord id whose copy costs the same however many entries it holds: the
//! snapshot copies the state under the store's lock, and that copy must not grow with the
//! number of servers, users or questions.
//!
//! Entries sit in 256 shards, each an `Arc`'d map of `Arc`'d values. A copy takes 256
//! pointers; a write while a copy is alive copies one shard's map of pointers (about 40 at ten
//! thousand servers) and the one value it changes. Issue 9 measured the flat maps at about
//! 1 ms under the lock for 10,000 servers (a cold reference count per server) and 4 ms for
//! 100,000 users' review books.

use std::hash::Hash;
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ids::IdMap;

const SHARDS: usize = 256;

type Shard<K, V> = Arc<IdMap<K, Arc<V>>>;

#[derive(Debug)]
pub struct Shards<K, V> {
    /// `SHARDS` long, or empty until the first entry: an empty state (the property tests make
    /// thousands) allocates nothing.
    shards: Vec<Shard<K, V>>,
}

impl<K, V> Clone for Shards<K, V> {
    fn clone(&self) -> Self {
        Shards {
            shards: self.shards.clone(),
        }
    }
}

impl<K, V> Default for Shards<K, V> {
    fn default() -> Self {
        Shards { shards: Vec::new() }
    }
}

/// The shard of `key`: a mix of all the id's bits, independent of the maps' own hash, so that
/// each shard's map still spreads its keys.
fn shard_of<K: Copy + Into<u64>>(key: K) -> usize {
    let id: u64 = key.into();
    let mixed = (id ^ (id >> 31)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    (mixed >> 56) as usize
}

impl<K, V> Shards<K, V>
where
    K: Copy + Eq + Hash + Into<u64>,
    V: Clone,
{
    fn shard_mut(&mut self, key: K) -> &mut IdMap<K, Arc<V>> {
        if self.shards.is_empty() {
            self.shards = (0..SHARDS).map(|_| Arc::new(IdMap::default())).collect();
        }
        Arc::make_mut(&mut self.shards[shard_of(key)])
    }

    pub fn get(&self, key: &K) -> Option<&Arc<V>> {
        self.shards.get(shard_of(*key))?.get(key)
    }

    /// The entry to change (with `Arc::make_mut`, which copies it only while a snapshot holds
    /// it).
    pub fn get_mut(&mut self, key: &K) -> Option<&mut Arc<V>> {
        self.get(key)?;
        self.shard_mut(*key).get_mut(key)
    }

    pub fn get_or_default(&mut self, key: K) -> &mut Arc<V>
    where
        V: Default,
    {
        self.shard_mut(key).entry(key).or_default()
    }

    pub fn insert(&mut self, key: K, value: Arc<V>) -> Option<Arc<V>> {
        self.shard_mut(key).insert(key, value)
    }

    pub fn remove(&mut self, key: &K) -> Option<Arc<V>> {
        self.get(key)?;
        self.shard_mut(*key).remove(key)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&K, &Arc<V>)> {
        self.shards.iter().flat_map(|shard| shard.iter())
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &Arc<V>> {
        self.iter().map(|(_, v)| v)
    }

    /// Every value, to change; copies every shard a snapshot still holds.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Arc<V>> {
        self.shards
            .iter_mut()
            .flat_map(|shard| Arc::make_mut(shard).values_mut())
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&K, &mut Arc<V>) -> bool) {
        for shard in &mut self.shards {
            if !shard.is_empty() {
                Arc::make_mut(shard).retain(|k, v| keep(k, v));
            }
        }
    }

    pub fn len(&self) -> usize {
        self.shards.iter().map(|shard| shard.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.shards.iter().all(|shard| shard.is_empty())
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

impl<K, V> FromIterator<(K, Arc<V>)> for Shards<K, V>
where
    K: Copy + Eq + Hash + Into<u64>,
    V: Clone,
{
    fn from_iter<I: IntoIterator<Item = (K, Arc<V>)>>(entries: I) -> Self {
        let mut entries = entries.into_iter().peekable();
        if entries.peek().is_none() {
            return Shards::default();
        }
        let mut shards: Vec<IdMap<K, Arc<V>>> = (0..SHARDS).map(|_| IdMap::default()).collect();
        for (key, value) in entries {
            shards[shard_of(key)].insert(key, value);
        }
        Shards {
            shards: shards.into_iter().map(Arc::new).collect(),
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
            .map(|(k, v)| (k, Arc::new(v)))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::UserId;

    #[test]
    fn a_copy_shares_every_value_until_one_changes() {
        let mut map: Shards<UserId, Vec<u64>> = Shards::default();
        for user in 0..10_000 {
            Arc::make_mut(map.get_or_default(UserId(user))).push(user);
        }
        let copy = map.clone();
        Arc::make_mut(map.get_mut(&UserId(7)).unwrap()).push(8);
        assert_eq!(copy[&UserId(7)], [7]);
        assert_eq!(map[&UserId(7)], [7, 8]);
        let copied = (0..SHARDS)
            .filter(|at| !Arc::ptr_eq(&copy.shards[*at], &map.shards[*at]))
            .count();
        assert_eq!(copied, 1, "only the changed shard was copied");
        let used = map.shards.iter().filter(|s| !s.is_empty()).count();
        assert_eq!(used, SHARDS, "ten thousand ids spread over every shard");
        assert_eq!((map.len(), copy.len()), (10_000, 10_000));
        let json = serde_json::to_string(&map).unwrap();
        let back: Shards<UserId, Vec<u64>> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, map);
    }
}
