//! Discord's ids as plain numbers, typed so a channel is never passed where a user is meant.

use serde::{Deserialize, Serialize};

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
    /// A server's role (a suggestion reviewer's).
    RoleId,
    /// A question posted by the bot; issued in increasing order, so an id never seen is forged.
    OpenId,
);
