//! Every user's review book, kept so that a snapshot's copy costs the same however many users
//! there are.
//!
//! Books sit in 64 shards, each an `Arc`'d map of `Arc`'d books. The snapshot copies 64
//! pointers; a write while a snapshot holds them copies one shard's map of pointers and the
//! one book it changes. Issue 9 measured the flat map of books at about 4 ms under the store's
//! lock for 100,000 users, every snapshot, stalling every answer behind it.

use std::sync::Arc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ids::{IdMap, UserId};
use crate::review::ReviewBook;

const SHARDS: usize = 64;

type Shard = Arc<IdMap<UserId, Arc<ReviewBook>>>;

#[derive(Debug, Clone)]
pub struct Reviews {
    shards: Vec<Shard>,
}

impl Default for Reviews {
    fn default() -> Self {
        Reviews {
            shards: (0..SHARDS).map(|_| Shard::default()).collect(),
        }
    }
}

/// The shard of `user`: a mix of all the id's bits, independent of the maps' own hash, so
/// each shard's map still spreads its keys.
fn shard_of(user: UserId) -> usize {
    let mixed = (user.0 ^ (user.0 >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    (mixed >> 58) as usize
}

impl Reviews {
    pub fn get(&self, user: UserId) -> Option<&ReviewBook> {
        self.shards
            .get(shard_of(user))?
            .get(&user)
            .map(|book| &**book)
    }

    /// The user's book to change, created if new.
    pub fn book_mut(&mut self, user: UserId) -> &mut ReviewBook {
        // Every `Reviews` is built with `SHARDS` shards.
        let shard = Arc::make_mut(&mut self.shards[shard_of(user)]);
        Arc::make_mut(shard.entry(user).or_default())
    }

    pub fn iter(&self) -> impl Iterator<Item = (UserId, &ReviewBook)> {
        self.shards
            .iter()
            .flat_map(|shard| shard.iter().map(|(u, b)| (*u, &**b)))
    }

    /// Keeps the books for which `keep` (which may change them) says so.
    pub fn retain(&mut self, mut keep: impl FnMut(&mut ReviewBook) -> bool) {
        for shard in &mut self.shards {
            Arc::make_mut(shard).retain(|_, book| keep(Arc::make_mut(book)));
        }
    }

    pub fn len(&self) -> usize {
        self.shards.iter().map(|shard| shard.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.shards.iter().all(|shard| shard.is_empty())
    }
}

impl FromIterator<(UserId, ReviewBook)> for Reviews {
    fn from_iter<I: IntoIterator<Item = (UserId, ReviewBook)>>(books: I) -> Self {
        let mut shards: Vec<IdMap<UserId, Arc<ReviewBook>>> =
            (0..SHARDS).map(|_| IdMap::default()).collect();
        for (user, book) in books {
            shards[shard_of(user)].insert(user, Arc::new(book));
        }
        Reviews {
            shards: shards.into_iter().map(Arc::new).collect(),
        }
    }
}

impl PartialEq for Reviews {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(u, b)| other.get(u) == Some(b))
    }
}

/// In a snapshot: one map of user to book, as it always was.
impl Serialize for Reviews {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Reviews {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(IdMap::<UserId, ReviewBook>::deserialize(deserializer)?
            .into_iter()
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_copy_shares_the_books_until_one_changes() {
        let now = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        let mut reviews = Reviews::default();
        for user in 0..1000 {
            reviews
                .book_mut(UserId(user))
                .grade(&"d".into(), &"q".into(), true, now);
        }
        let copy = reviews.clone();
        reviews
            .book_mut(UserId(7))
            .grade(&"d".into(), &"r".into(), true, now);
        assert_eq!(copy.get(UserId(7)).map(ReviewBook::len), Some(1));
        assert_eq!(reviews.get(UserId(7)).map(ReviewBook::len), Some(2));
        let shared = (0..1000).filter(|u| *u != 7).all(|u| {
            std::ptr::eq(
                copy.get(UserId(u)).unwrap(),
                reviews.get(UserId(u)).unwrap(),
            )
        });
        assert!(shared, "the other books are not copied");
        let used = reviews.shards.iter().filter(|s| !s.is_empty()).count();
        assert_eq!(used, SHARDS, "a thousand users spread over every shard");
        assert_eq!(reviews.len(), 1000);
    }
}
