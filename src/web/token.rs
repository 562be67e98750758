//! Dashboard links' tokens: a server, a user, whether they manage the server, when the link
//! expires and the server's link value it was made under (see
//! [`quizbot_domain::state::GuildState::dashboard_links`]), signed with HMAC-SHA256.
//!
//! A token is `v1.<server>.<user>.<manager 0|1>.<expiry, Unix seconds>.<links value>.<MAC>`,
//! the MAC in lower-case hex over everything before its dot: only digits, dots and letters,
//! so it sits in a path and a cookie as it is.

use std::fmt;

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use quizbot_domain::ids::{GuildId, UserId};

type HmacSha256 = Hmac<Sha256>;

const VERSION: &str = "v1";

/// What a link grants, and until when.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grant {
    pub guild: GuildId,
    pub user: UserId,
    /// Whether the user had Manage Server when the link was made: the export is theirs too.
    pub manager: bool,
    pub expires: DateTime<Utc>,
    /// The server's link value the link was made under; revoking moves the server past it.
    pub links: u32,
}

/// Why a token opens nothing. Each is said on the 403 page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refused {
    #[error("this link was not made by this bot, or was changed")]
    Forged,
    #[error("this link has expired")]
    Expired,
    #[error("this link is for another server")]
    OtherServer,
    #[error("the server's managers have revoked every link made before now")]
    Revoked,
    #[error("this page needs a link from /dashboard first")]
    Missing,
}

/// The signing key. It never appears in `Debug` or any error.
#[derive(Clone)]
pub struct Key(Vec<u8>);

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Key(<redacted>)")
    }
}

impl Key {
    pub fn new(bytes: impl Into<Vec<u8>>) -> Key {
        Key(bytes.into())
    }

    fn mac(&self) -> HmacSha256 {
        // HMAC takes a key of any length: this cannot fail.
        HmacSha256::new_from_slice(&self.0).unwrap_or_else(|_| unreachable!("HMAC takes any key"))
    }

    /// `grant` as a token.
    pub fn sign(&self, grant: &Grant) -> String {
        let body = format!(
            "{VERSION}.{}.{}.{}.{}.{}",
            grant.guild.0,
            grant.user.0,
            u8::from(grant.manager),
            grant.expires.timestamp(),
            grant.links
        );
        let mut mac = self.mac();
        mac.update(body.as_bytes());
        let tag = mac.finalize().into_bytes();
        let mut token = body;
        token.push('.');
        for byte in tag {
            token.push_str(&format!("{byte:02x}"));
        }
        token
    }

    /// The grant `token` holds if this key signed it (checked in constant time) and it has
    /// not expired at `now`. Which server it is for and whether it was revoked are the
    /// caller's to check, with [`Grant::check`].
    pub fn verify(&self, token: &str, now: DateTime<Utc>) -> Result<Grant, Refused> {
        let (body, tag) = token.rsplit_once('.').ok_or(Refused::Forged)?;
        let tag = unhex(tag).ok_or(Refused::Forged)?;
        let mut mac = self.mac();
        mac.update(body.as_bytes());
        mac.verify_slice(&tag).map_err(|_| Refused::Forged)?;
        let grant = parse(body).ok_or(Refused::Forged)?;
        if grant.expires <= now {
            return Err(Refused::Expired);
        }
        Ok(grant)
    }
}

impl Grant {
    /// This grant if it is for `guild` and made under its current link value `links`.
    pub fn check(self, guild: GuildId, links: u32) -> Result<Grant, Refused> {
        if self.guild != guild {
            Err(Refused::OtherServer)
        } else if self.links != links {
            Err(Refused::Revoked)
        } else {
            Ok(self)
        }
    }
}

fn parse(body: &str) -> Option<Grant> {
    let mut parts = body.split('.');
    if parts.next()? != VERSION {
        return None;
    }
    let guild = GuildId(parts.next()?.parse().ok()?);
    let user = UserId(parts.next()?.parse().ok()?);
    let manager = match parts.next()? {
        "0" => false,
        "1" => true,
        _ => return None,
    };
    let expires = DateTime::from_timestamp(parts.next()?.parse().ok()?, 0)?;
    let links = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some(Grant {
        guild,
        user,
        manager,
        expires,
        links,
    })
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|at| u8::from_str_radix(text.get(at..at + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap()
    }

    fn grant() -> Grant {
        Grant {
            guild: GuildId(100),
            user: UserId(7),
            manager: true,
            expires: now() + Duration::hours(24),
            links: 3,
        }
    }

    fn key() -> Key {
        Key::new(b"k".repeat(32))
    }

    #[test]
    fn a_signed_token_verifies_to_its_grant_and_holds_only_url_safe_characters() {
        let token = key().sign(&grant());
        assert!(token.starts_with("v1.100.7.1."), "{token}");
        assert!(token.chars().all(|c| c.is_ascii_alphanumeric() || c == '.'));
        let back = key().verify(&token, now()).unwrap();
        assert_eq!(back, grant());
        assert_eq!(back.check(GuildId(100), 3), Ok(grant()));
    }

    #[test]
    fn a_token_expires_at_its_expiry() {
        let token = key().sign(&grant());
        let later = grant().expires;
        assert_eq!(
            key().verify(&token, later - Duration::seconds(1)),
            Ok(grant())
        );
        assert_eq!(key().verify(&token, later), Err(Refused::Expired));
    }

    #[test]
    fn any_change_to_a_token_or_another_key_is_refused_as_forged() {
        let token = key().sign(&grant());
        let promoted = token.replacen("v1.100.7.0", "v1.100.7.1", 1);
        let unmanaged = key().sign(&Grant {
            manager: false,
            ..grant()
        });
        let escalated = unmanaged.replacen("v1.100.7.0.", "v1.100.7.1.", 1);
        assert_ne!(escalated, unmanaged);
        let (body, tag) = token.rsplit_once('.').unwrap();
        let flipped = format!(
            "{body}.{}{}",
            if tag.starts_with('0') { '1' } else { '0' },
            &tag[1..]
        );
        for forged in [
            escalated,
            flipped,
            promoted.replace("v1.100", "v1.101"),
            format!("{body}."),
            body.to_owned(),
            String::new(),
            "v1.100.7.1.99999999999.3.zz".into(),
            format!("{token}.00"),
        ] {
            assert_eq!(
                key().verify(&forged, now()),
                Err(Refused::Forged),
                "{forged}"
            );
        }
        let other_key = Key::new(b"x".repeat(32));
        assert_eq!(other_key.verify(&token, now()), Err(Refused::Forged));
    }

    #[test]
    fn a_token_of_another_server_or_made_before_a_revocation_is_refused() {
        let g = key().verify(&key().sign(&grant()), now()).unwrap();
        assert_eq!(g.check(GuildId(101), 3), Err(Refused::OtherServer));
        assert_eq!(g.check(GuildId(100), 4), Err(Refused::Revoked));
    }

    #[test]
    fn the_key_never_shows_in_debug_output() {
        assert_eq!(format!("{:?}", key()), "Key(<redacted>)");
    }
}
