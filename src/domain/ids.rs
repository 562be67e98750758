//! Discord's ids as plain numbers, typed so a channel is never passed where a user is meant.

use std::hash::{BuildHasher, Hash};

use hashbrown::HashMap;

use serde::{Deserialize, Serialize};

/// A map keyed by one of these ids. Discord issues them, so nobody can pick keys that collide
/// on purpose, and a fast non-keyed hash is safe (and a good part of an answer's cost).
pub type IdMap<K, V> = HashMap<K, V, rustc_hash::FxBuildHasher>;

/// Starts loading where `key`'s entry in `map` most likely is, from its hash alone: the
/// control bytes at its home slot and the bucket there. A lookup reads the control bytes and
/// only then the bucket, two misses in a row in a large table; asked for up front, in several
/// tables at once, they overlap. hashbrown keeps control byte `i` at `data_end + i` and
/// bucket `i` just below `data_end`, `i + 1` buckets down; an entry sits at its home slot or
/// a little after it. Tables are aligned to 16 bytes, not to cache lines, so a bucket often
/// spans two lines: both are asked for. A wrong guess costs wasted loads: a prefetch never
/// faults.
pub fn prefetch_slot<K: Hash, V>(map: &IdMap<K, V>, key: &K) {
    let (control, bucket) = home_slot(map, key);
    crate::cache::prefetch(control);
    crate::cache::prefetch(bucket);
    crate::cache::prefetch(bucket.cast::<u8>().wrapping_add(size_of::<(K, V)>() - 1));
}

/// The addresses of `key`'s home slot's control byte and bucket. Only ever prefetched, never
/// read through: for an empty map they point at hashbrown's shared empty group.
fn home_slot<K: Hash, V>(map: &IdMap<K, V>, key: &K) -> (*const u8, *const (K, V)) {
    let table = map.raw_table();
    let home = (map.hasher().hash_one(key) as usize) & (table.buckets() - 1);
    let end = table.data_end().as_ptr().cast_const();
    (
        end.cast::<u8>().wrapping_add(home),
        end.wrapping_sub(home + 1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Guards the layout `prefetch_slot` assumes: if hashbrown changed it, answers would
    /// still be right, only slower, and no other test would notice.
    #[test]
    fn most_entries_sit_in_their_home_slot_and_none_before_it() {
        let mut map = IdMap::default();
        let users: Vec<UserId> = (0..10_000)
            .map(|i| UserId((1 << 60) | (i * 7919)))
            .collect();
        for (i, user) in users.iter().enumerate() {
            map.insert(*user, i);
        }
        let table = map.raw_table();
        let mask = table.buckets() - 1;
        let end = table.data_end().as_ptr() as usize;
        let index = |bucket: *const (UserId, usize)| {
            (end - bucket as usize) / size_of::<(UserId, usize)>() - 1
        };
        let mut at_home = 0;
        for user in &users {
            let (_, guess) = home_slot(&map, user);
            let hash = map.hasher().hash_one(user);
            let entry = table.find(hash, |(u, _)| u == user).expect("inserted");
            // Probing goes on from the home slot and wraps around the table's end.
            let after = index(entry.as_ptr()).wrapping_sub(index(guess)) & mask;
            assert!(after < 16 * 4, "{user:?} is {after} slots past its home");
            at_home += usize::from(after == 0);
        }
        assert!(
            at_home * 2 > users.len(),
            "{at_home} of {} at home",
            users.len()
        );
    }
}

macro_rules! id {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl From<$name> for u64 {
            fn from(id: $name) -> u64 {
                id.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

id!(
    /// A Discord server.
    GuildId,
    ChannelId,
    UserId,
    MessageId,
    /// A question posted by the bot; issued in increasing order, so an id never seen is forged.
    OpenId,
);
