//! Typed settings, read once from the environment (and `.env`) and validated up front.

use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use quizbot_domain::app::FairUse;
use quizbot_domain::clock::{Clock, SystemClock};

/// Where to get a token, said once so every message about it agrees.
const TOKEN_HELP: &str = "create an application at https://discord.com/developers/applications, \
open Bot > Reset Token, and put DISCORD_TOKEN=<token> in .env or the environment";

/// The bot token. It never appears in `Debug`, `Display` or any error.
#[derive(Clone)]
pub struct Token(String);

impl Token {
    pub fn new(token: impl Into<String>) -> Self {
        Token(token.into())
    }

    /// The secret itself, for the one place that hands it to Discord's client.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("DISCORD_TOKEN is not set: {TOKEN_HELP}")]
    MissingToken,
    #[error("{var} must be {expected}, got {value:?}")]
    Invalid {
        var: &'static str,
        expected: &'static str,
        value: String,
    },
}

/// Where one of the bot's HTTP servers (metrics, the dashboard) listens. Port 0 picks a free port; [`MetricsEndpoint::bound`] then
/// tells which (every clone of the endpoint sees it once the bot has bound it).
#[derive(Clone, Debug)]
pub struct MetricsEndpoint {
    addr: SocketAddr,
    bound: Arc<OnceLock<SocketAddr>>,
}

impl MetricsEndpoint {
    pub fn new(addr: SocketAddr) -> Self {
        MetricsEndpoint {
            addr,
            bound: Arc::default(),
        }
    }

    /// The address asked for.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The address listened on, once the server is up.
    pub fn bound(&self) -> Option<SocketAddr> {
        self.bound.get().copied()
    }

    pub(crate) fn set_bound(&self, addr: SocketAddr) {
        let _ = self.bound.set(addr);
    }
}

/// The secret dashboard links are signed with. It never appears in `Debug` or any error.
#[derive(Clone)]
pub struct Secret(Vec<u8>);

impl Secret {
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Secret(bytes.into())
    }

    /// The key itself, for the one place that signs and checks links.
    pub fn expose(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// A secret shorter than this is refused: it could be guessed.
pub const MIN_SECRET_BYTES: usize = 32;

/// The dashboard: a web server for every server's pages, opened by signed links.
#[derive(Clone, Debug)]
pub struct Web {
    pub endpoint: MetricsEndpoint,
    /// The address users reach the pages at (the reverse proxy's), without a trailing `/`.
    pub public_url: String,
    /// `None`: a key generated once and kept beside the snapshot.
    pub secret: Option<Secret>,
}

/// Everything the bot needs to run.
#[derive(Clone)]
pub struct Config {
    pub token: Token,
    /// Folder whose `*.json` files are the decks.
    pub data_dir: PathBuf,
    /// The snapshot file.
    pub state_path: PathBuf,
    /// How often a changed state is snapshotted.
    pub snapshot_every: Duration,
    /// Register commands in this server only (instant) instead of globally.
    pub dev_guild: Option<u64>,
    /// Serve Prometheus metrics here; off when `None`.
    pub metrics: Option<MetricsEndpoint>,
    /// Serve the dashboard; off when `None`.
    pub web: Option<Web>,
    /// Internal, for tests: the base URL of a local Discord double.
    pub api_base: Option<String>,
    /// Seed for the option shuffler; random when unset. Tests fix it.
    pub rng_seed: Option<u64>,
    /// The clock every time decision uses; tests inject a [`quizbot_domain::clock::TestClock`].
    pub clock: Arc<dyn Clock>,
    /// `/quiz` cooldown per member and open questions per channel.
    pub fair_use: FairUse,
    /// How many shards to connect; `None` asks Discord for its recommendation.
    pub shards: Option<u32>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("token", &self.token)
            .field("data_dir", &self.data_dir)
            .field("state_path", &self.state_path)
            .field("snapshot_every", &self.snapshot_every)
            .field("dev_guild", &self.dev_guild)
            .field("metrics", &self.metrics.as_ref().map(MetricsEndpoint::addr))
            .field("web", &self.web)
            .field("api_base", &self.api_base)
            .field("rng_seed", &self.rng_seed)
            .field("fair_use", &self.fair_use)
            .field("shards", &self.shards)
            .finish_non_exhaustive()
    }
}

pub const DEFAULT_DATA_DIR: &str = "data";
pub const DEFAULT_STATE_PATH: &str = "state/quizbot.json";
pub const DEFAULT_SNAPSHOT_SECS: u64 = 30;

impl Config {
    /// Reads the process environment (call `dotenvy::dotenv()` first to include `.env`).
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_vars(|name| std::env::var(name).ok())
    }

    /// Reads settings through `var`, so tests need not touch the process environment.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let set = |name: &str| {
            var(name)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let token = set("DISCORD_TOKEN").ok_or(ConfigError::MissingToken)?;
        let snapshot_secs = match set("QUIZBOT_SNAPSHOT_SECS") {
            None => DEFAULT_SNAPSHOT_SECS,
            Some(v) => v
                .parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or(ConfigError::Invalid {
                    var: "QUIZBOT_SNAPSHOT_SECS",
                    expected: "a whole number of seconds above 0",
                    value: v,
                })?,
        };
        let dev_guild = set("QUIZBOT_DEV_GUILD")
            .map(|v| {
                v.parse::<u64>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or(ConfigError::Invalid {
                        var: "QUIZBOT_DEV_GUILD",
                        expected: "a server id (a number: right-click the server > Copy Server ID)",
                        value: v,
                    })
            })
            .transpose()?;
        let metrics = set("QUIZBOT_METRICS_ADDR")
            .map(|v| {
                v.parse::<SocketAddr>()
                    .map(MetricsEndpoint::new)
                    .map_err(|_| ConfigError::Invalid {
                        var: "QUIZBOT_METRICS_ADDR",
                        expected: "an address and port to listen on, e.g. 127.0.0.1:9464",
                        value: v,
                    })
            })
            .transpose()?;
        let web = set("QUIZBOT_WEB_ADDR")
            .map(|v| {
                let addr = v.parse::<SocketAddr>().map_err(|_| ConfigError::Invalid {
                    var: "QUIZBOT_WEB_ADDR",
                    expected: "an address and port to listen on, e.g. 127.0.0.1:8080",
                    value: v,
                })?;
                let public_url = match set("QUIZBOT_PUBLIC_URL") {
                    None => format!("http://{addr}"),
                    Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                        url.trim_end_matches('/').to_owned()
                    }
                    Some(url) => return Err(ConfigError::Invalid {
                        var: "QUIZBOT_PUBLIC_URL",
                        expected:
                            "the address users reach the pages at, e.g. https://quiz.example.org",
                        value: url,
                    }),
                };
                let secret = match set("QUIZBOT_WEB_SECRET") {
                    None => None,
                    Some(s) if s.len() >= MIN_SECRET_BYTES => Some(Secret::new(s)),
                    // The value is a secret: the message says its length, never the value.
                    Some(s) => return Err(ConfigError::Invalid {
                        var: "QUIZBOT_WEB_SECRET",
                        expected:
                            "at least 32 characters (e.g. from `openssl rand -hex 32`), or unset",
                        value: format!("<{} characters>", s.len()),
                    }),
                };
                Ok(Web {
                    endpoint: MetricsEndpoint::new(addr),
                    public_url,
                    secret,
                })
            })
            .transpose()?;
        let number = |name: &'static str, min: u64, expected: &'static str| {
            set(name)
                .map(|v| {
                    v.parse::<u64>()
                        .ok()
                        .filter(|n| *n >= min)
                        .ok_or(ConfigError::Invalid {
                            var: name,
                            expected,
                            value: v,
                        })
                })
                .transpose()
        };
        let defaults = FairUse::default();
        let fair_use = FairUse {
            quiz_cooldown: number(
                "QUIZBOT_QUIZ_COOLDOWN_SECS",
                0,
                "a whole number of seconds (0 turns the cooldown off)",
            )?
            .map_or(defaults.quiz_cooldown, |secs| {
                chrono::Duration::seconds(i64::try_from(secs).unwrap_or(i64::MAX / 1_000))
            }),
            open_per_channel: number(
                "QUIZBOT_OPEN_PER_CHANNEL",
                1,
                "a whole number of questions, at least 1",
            )?
            .map_or(defaults.open_per_channel, |n| {
                usize::try_from(n).unwrap_or(usize::MAX)
            }),
            deck_memory: number(
                "QUIZBOT_DECK_MEMORY_MIB",
                1,
                "a whole number of mebibytes, at least 1",
            )?
            .map_or(defaults.deck_memory, |mib| {
                usize::try_from(mib)
                    .ok()
                    .and_then(|mib| mib.checked_mul(1 << 20))
                    .unwrap_or(usize::MAX)
            }),
            costly_jobs: defaults.costly_jobs,
        };
        const SHARDS: &str = "a whole number of shards, at least 1 (unset: as Discord recommends)";
        let shards = number("QUIZBOT_SHARDS", 1, SHARDS)?
            .map(|n| {
                u32::try_from(n).map_err(|_| ConfigError::Invalid {
                    var: "QUIZBOT_SHARDS",
                    expected: SHARDS,
                    value: n.to_string(),
                })
            })
            .transpose()?;
        Ok(Config {
            token: Token::new(token),
            data_dir: set("QUIZBOT_DATA")
                .unwrap_or_else(|| DEFAULT_DATA_DIR.into())
                .into(),
            state_path: set("QUIZBOT_STATE")
                .unwrap_or_else(|| DEFAULT_STATE_PATH.into())
                .into(),
            snapshot_every: Duration::from_secs(snapshot_secs),
            dev_guild,
            metrics,
            web,
            api_base: set("QUIZBOT_DISCORD_API_BASE"),
            rng_seed: None,
            clock: Arc::new(SystemClock),
            fair_use,
            shards,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn load(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_vars(|name| map.get(name).cloned())
    }

    #[test]
    fn missing_or_blank_token_names_the_variable_and_where_to_get_one() {
        for vars in [&[][..], &[("DISCORD_TOKEN", "  ")][..]] {
            let err = load(vars).unwrap_err();
            assert_eq!(err, ConfigError::MissingToken);
            let text = err.to_string();
            assert!(text.starts_with("DISCORD_TOKEN is not set"), "{text}");
            assert!(text.contains("developers/applications"), "{text}");
            assert!(!text.contains('\n'), "one line: {text}");
        }
    }

    #[test]
    fn defaults_apply_when_only_the_token_is_set() {
        let config = load(&[("DISCORD_TOKEN", "secret-token")]).unwrap();
        assert_eq!(config.data_dir, PathBuf::from("data"));
        assert_eq!(config.state_path, PathBuf::from("state/quizbot.json"));
        assert_eq!(config.snapshot_every, Duration::from_secs(30));
        assert_eq!(config.dev_guild, None);
        assert!(config.metrics.is_none(), "metrics are off unless asked for");
        assert_eq!(config.api_base, None);
        assert_eq!(config.fair_use, FairUse::default());
        assert_eq!(config.fair_use.quiz_cooldown, chrono::Duration::seconds(10));
        assert_eq!(config.fair_use.open_per_channel, 3);
        assert_eq!(config.shards, None, "as many shards as Discord recommends");
        assert!(
            config.web.is_none(),
            "the dashboard is off unless asked for"
        );
    }

    #[test]
    fn the_dashboard_reads_its_address_public_url_and_secret_and_never_shows_the_secret() {
        let secret = "s".repeat(40);
        let config = load(&[
            ("DISCORD_TOKEN", "t"),
            ("QUIZBOT_WEB_ADDR", "127.0.0.1:8080"),
            ("QUIZBOT_PUBLIC_URL", "https://quiz.example.org/"),
            ("QUIZBOT_WEB_SECRET", &secret),
        ])
        .unwrap();
        let web = config.web.clone().unwrap();
        assert_eq!(web.endpoint.addr(), "127.0.0.1:8080".parse().unwrap());
        assert_eq!(web.public_url, "https://quiz.example.org");
        assert_eq!(web.secret.unwrap().expose(), secret.as_bytes());
        assert!(!format!("{config:?}").contains(&secret));
        let plain = load(&[("DISCORD_TOKEN", "t"), ("QUIZBOT_WEB_ADDR", "127.0.0.1:0")]).unwrap();
        let web = plain.web.unwrap();
        assert_eq!(web.public_url, "http://127.0.0.1:0");
        assert!(
            web.secret.is_none(),
            "a key is generated beside the snapshot"
        );
        for (var, value) in [
            ("QUIZBOT_WEB_ADDR", "8080"),
            ("QUIZBOT_PUBLIC_URL", "quiz.example.org"),
            ("QUIZBOT_WEB_SECRET", "short-secret"),
        ] {
            let err = load(&[
                ("DISCORD_TOKEN", "t"),
                ("QUIZBOT_WEB_ADDR", "127.0.0.1:8080"),
                (var, value),
            ])
            .unwrap_err()
            .to_string();
            assert!(err.starts_with(var), "{err}");
            assert!(
                !err.contains("short-secret"),
                "the secret is never shown: {err}"
            );
        }
    }

    #[test]
    fn every_setting_is_read() {
        let config = load(&[
            ("DISCORD_TOKEN", "secret-token"),
            ("QUIZBOT_DATA", "decks"),
            ("QUIZBOT_STATE", "/tmp/s.json"),
            ("QUIZBOT_SNAPSHOT_SECS", "5"),
            ("QUIZBOT_DEV_GUILD", "123456789"),
            ("QUIZBOT_METRICS_ADDR", "0.0.0.0:9464"),
            ("QUIZBOT_QUIZ_COOLDOWN_SECS", "0"),
            ("QUIZBOT_OPEN_PER_CHANNEL", "5"),
            ("QUIZBOT_DECK_MEMORY_MIB", "64"),
            ("QUIZBOT_SHARDS", "4"),
        ])
        .unwrap();
        assert_eq!(config.shards, Some(4));
        assert_eq!(config.fair_use.quiz_cooldown, chrono::Duration::zero());
        assert_eq!(config.fair_use.open_per_channel, 5);
        assert_eq!(config.fair_use.deck_memory, 64 << 20);
        assert_eq!(config.data_dir, PathBuf::from("decks"));
        assert_eq!(config.state_path, PathBuf::from("/tmp/s.json"));
        assert_eq!(config.snapshot_every, Duration::from_secs(5));
        assert_eq!(config.dev_guild, Some(123456789));
        let metrics = config.metrics.unwrap();
        assert_eq!(metrics.addr(), "0.0.0.0:9464".parse().unwrap());
        assert_eq!(metrics.bound(), None, "nothing is bound until the bot runs");
    }

    #[test]
    fn the_metrics_address_takes_ipv6_and_port_0_and_refuses_a_bare_port_or_a_name() {
        for ok in ["[::1]:9464", "127.0.0.1:0"] {
            let config = load(&[("DISCORD_TOKEN", "t"), ("QUIZBOT_METRICS_ADDR", ok)]).unwrap();
            assert_eq!(config.metrics.unwrap().addr(), ok.parse().unwrap());
        }
        for bad in ["9464", "localhost:9464", "127.0.0.1", "127.0.0.1:99999"] {
            let err = load(&[("DISCORD_TOKEN", "t"), ("QUIZBOT_METRICS_ADDR", bad)]).unwrap_err();
            let text = err.to_string();
            assert!(text.starts_with("QUIZBOT_METRICS_ADDR must be"), "{text}");
            assert!(
                text.contains(bad) && text.contains("127.0.0.1:9464"),
                "{text}"
            );
        }
    }

    #[test]
    fn bad_numbers_are_refused_with_the_variable_and_value() {
        for (var, value) in [
            ("QUIZBOT_SNAPSHOT_SECS", "soon"),
            ("QUIZBOT_SNAPSHOT_SECS", "0"),
            ("QUIZBOT_SNAPSHOT_SECS", "-3"),
            ("QUIZBOT_DEV_GUILD", "my-server"),
            ("QUIZBOT_QUIZ_COOLDOWN_SECS", "ten"),
            ("QUIZBOT_OPEN_PER_CHANNEL", "0"),
            ("QUIZBOT_SHARDS", "0"),
            ("QUIZBOT_SHARDS", "two"),
            ("QUIZBOT_SHARDS", "99999999999"),
        ] {
            let err = load(&[("DISCORD_TOKEN", "t"), (var, value)]).unwrap_err();
            let text = err.to_string();
            assert!(text.starts_with(var), "{text}");
            assert!(text.contains(value), "{text}");
        }
    }

    #[test]
    fn the_token_never_shows_in_debug_output() {
        let config = load(&[("DISCORD_TOKEN", "very-secret-token")]).unwrap();
        let debug = format!("{config:?}");
        assert!(!debug.contains("very-secret-token"), "{debug}");
        assert!(debug.contains("redacted"));
    }
}
