//! The dashboard: every server's pages on the web, server-rendered HTML readable without
//! JavaScript, opened by the signed links `/dashboard` hands out. Plain axum and maud, no
//! Discord: the adapter only asks [`Links`] for a link.
//!
//! - `token`: what a link holds, signed and checked. `key_file`: the generated key.
//! - `pages`: the pages' HTML. `markdown`: deck text rendered with HTML escaped.
//!
//! A link `/link/<token>` is exchanged at once for an HttpOnly, SameSite=Strict cookie scoped
//! to its server's pages, and a page that moves on to them, so the token stays out of the
//! history and referrers. Every page is a GET that reads a copy of the server's state taken
//! under the store's lock and rendered after it is released.

mod key_file;
mod markdown;
mod pages;
pub mod token;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use chrono::{DateTime, Utc};

use crate::config::Web;
use crate::metrics::Server;
use quizbot_domain::ids::{GuildId, UserId};
use quizbot_domain::App;
use token::{Grant, Key, Refused};

/// How long a link opens its server's pages.
pub const LINK_HOURS: i64 = 24;

/// A request gets this long to be answered.
const REQUEST_TIME: Duration = Duration::from_secs(10);

const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
                   form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

/// Makes the links `/dashboard` answers with.
#[derive(Debug)]
pub struct Links {
    key: Key,
    public_url: String,
}

impl Links {
    /// The key from `web`'s secret, or the key file beside the snapshot at `state_path`.
    pub fn new(web: &Web, state_path: &std::path::Path) -> anyhow::Result<Links> {
        let key = match &web.secret {
            Some(secret) => secret.expose().to_vec(),
            None => key_file::load_or_create(&key_file::path_beside(state_path))?,
        };
        Ok(Links {
            key: Key::new(key),
            public_url: web.public_url.clone(),
        })
    }

    /// A link for `user` to `guild`'s pages, valid [`LINK_HOURS`] from `now`, and its expiry.
    pub fn make(
        &self,
        guild: GuildId,
        user: UserId,
        manager: bool,
        links: u32,
        now: DateTime<Utc>,
    ) -> (String, DateTime<Utc>) {
        let expires = now + chrono::Duration::hours(LINK_HOURS);
        let token = self.key.sign(&Grant {
            guild,
            user,
            manager,
            expires,
            links,
        });
        (format!("{}/link/{token}", self.public_url), expires)
    }
}

#[derive(Clone)]
struct Shared {
    app: Arc<App>,
    links: Arc<Links>,
    /// Cookies are marked Secure when users reach the pages over TLS.
    secure: bool,
}

/// Binds `web`'s address (recording the bound one) and serves the pages until stopped.
pub async fn serve(web: &Web, app: Arc<App>, links: Arc<Links>) -> anyhow::Result<Server> {
    let listener = tokio::net::TcpListener::bind(web.endpoint.addr())
        .await
        .with_context(|| {
            format!(
                "cannot listen on QUIZBOT_WEB_ADDR={} for the dashboard",
                web.endpoint.addr()
            )
        })?;
    let bound: SocketAddr = listener
        .local_addr()
        .context("cannot read the dashboard's address")?;
    web.endpoint.set_bound(bound);
    let shared = Shared {
        app,
        links,
        secure: web.public_url.starts_with("https://"),
    };
    let router = Router::new()
        .route("/style.css", get(style))
        .route("/link/:token", get(exchange))
        .route("/servers/:guild", get(overview))
        .route("/servers/:guild/hardest", get(hardest))
        .route("/servers/:guild/me", get(me))
        .route("/servers/:guild/decks", get(decks))
        .route("/servers/:guild/decks/:deck", get(deck))
        .route("/servers/:guild/export.csv", get(export))
        .fallback(|| async { (StatusCode::NOT_FOUND, Html(pages::not_found())) })
        .layer(middleware::from_fn(bounded))
        .with_state(shared);
    tracing::info!(%bound, public = %web.public_url, "dashboard served");
    Ok(crate::metrics::spawn(listener, router, "dashboard"))
}

/// Every answer's headers, and the bounds on every request: no body, [`REQUEST_TIME`].
async fn bounded(request: Request, next: Next) -> Response {
    let has_body = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .is_some_and(|n| n.as_bytes() != b"0")
        || request.headers().contains_key(header::TRANSFER_ENCODING);
    let mut response = if has_body {
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            "these pages take no request body",
        )
            .into_response()
    } else {
        match tokio::time::timeout(REQUEST_TIME, next.run(request)).await {
            Ok(response) => response,
            Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "the page took too long").into_response(),
        }
    };
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::CACHE_CONTROL, "no-store"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

async fn style() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8")],
        include_str!("style.css"),
    )
}

fn refused(why: Refused) -> Response {
    (StatusCode::FORBIDDEN, Html(pages::refused(why))).into_response()
}

fn cookie_name(guild: GuildId) -> String {
    format!("quizbot_{}", guild.0)
}

/// `/link/<token>`: a valid token becomes the server's cookie, and the browser moves on to
/// its pages (from this page, so the SameSite=Strict cookie goes with it).
async fn exchange(State(s): State<Shared>, Path(token): Path<String>) -> Response {
    let now = s.app.clock.now();
    let grant = match s.links.key.verify(&token, now) {
        Ok(grant) => grant,
        Err(why) => return refused(why),
    };
    if let Err(why) = grant.check(grant.guild, s.app.dashboard_links(grant.guild)) {
        return refused(why);
    }
    let max_age = (grant.expires - now).num_seconds().max(0);
    let guild = grant.guild;
    let cookie = format!(
        "{}={token}; Path=/servers/{}; Max-Age={max_age}; HttpOnly; SameSite=Strict{}",
        cookie_name(guild),
        guild.0,
        if s.secure { "; Secure" } else { "" }
    );
    let to = format!("/servers/{}", guild.0);
    let mut response = Html(pages::moving_on(&to)).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// The grant of the cookie for `guild`, checked now.
fn grant(s: &Shared, guild: GuildId, headers: &HeaderMap) -> Result<Grant, Refused> {
    let name = cookie_name(guild);
    let token = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, token)| token)
        .ok_or(Refused::Missing)?;
    s.links
        .key
        .verify(token, s.app.clock.now())
        .and_then(|g| g.check(guild, s.app.dashboard_links(guild)))
}

/// Who may see `guild`'s pages: refused without a valid cookie.
macro_rules! granted {
    ($s:expr, $guild:expr, $headers:expr) => {
        match grant(&$s, GuildId($guild), &$headers) {
            Ok(grant) => grant,
            Err(why) => return refused(why),
        }
    };
}

#[derive(Debug, serde::Deserialize)]
struct Board {
    board: Option<String>,
    page: Option<usize>,
}

async fn overview(
    State(s): State<Shared>,
    Path(guild): Path<u64>,
    Query(board): Query<Board>,
    headers: HeaderMap,
) -> Response {
    let grant = granted!(s, guild, headers);
    Html(pages::overview(
        &s.app,
        &grant,
        board.board.as_deref(),
        board.page.unwrap_or(1),
    ))
    .into_response()
}

async fn hardest(State(s): State<Shared>, Path(guild): Path<u64>, headers: HeaderMap) -> Response {
    let grant = granted!(s, guild, headers);
    Html(pages::hardest(&s.app, &grant)).into_response()
}

async fn me(State(s): State<Shared>, Path(guild): Path<u64>, headers: HeaderMap) -> Response {
    let grant = granted!(s, guild, headers);
    Html(pages::me(&s.app, &grant)).into_response()
}

async fn decks(State(s): State<Shared>, Path(guild): Path<u64>, headers: HeaderMap) -> Response {
    let grant = granted!(s, guild, headers);
    Html(pages::decks(&s.app, &grant)).into_response()
}

async fn deck(
    State(s): State<Shared>,
    Path((guild, deck)): Path<(u64, String)>,
    headers: HeaderMap,
) -> Response {
    let grant = granted!(s, guild, headers);
    match pages::deck(&s.app, &grant, &deck) {
        Some(page) => Html(page).into_response(),
        None => (StatusCode::NOT_FOUND, Html(pages::not_found())).into_response(),
    }
}

/// Managers' download of the server's scores, as `/scores export` gives them.
async fn export(State(s): State<Shared>, Path(guild): Path<u64>, headers: HeaderMap) -> Response {
    let grant = granted!(s, guild, headers);
    if !grant.manager {
        return (StatusCode::FORBIDDEN, Html(pages::managers_only(&grant))).into_response();
    }
    let (app, guild) = (s.app.clone(), grant.guild);
    // A pass over the server's members, off the runtime; as large as Discord's export at most.
    let slot = app.costly_job().await;
    let csv = tokio::task::spawn_blocking(move || {
        let _slot = slot;
        let mut out = Vec::new();
        app.export_scores(guild, &crate::i18n::Words::EN, &mut out, EXPORT_MAX)
            .map(|_| out)
    })
    .await;
    match csv {
        Ok(Ok(csv)) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"scores.csv\"",
                ),
            ],
            csv,
        )
            .into_response(),
        _ => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// The most a download of the scores may be: what one request may cost.
const EXPORT_MAX: usize = 10 << 20;
