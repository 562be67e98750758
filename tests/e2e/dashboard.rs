//! The dashboard: `/dashboard`'s link opened in a real browser (Debian's Chromium, headless).

use super::*;
use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::protocol::cdp::Emulation::{MediaFeature, SetEmulatedMedia};
use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
use headless_chrome::{Browser, LaunchOptions};
use std::ffi::OsStr;
use std::sync::atomic::{AtomicBool, Ordering};

const CHROMIUM: &str = "/usr/bin/chromium";
const PUBLIC: &str = "https://quiz.example.test";

const MALLORY: Member = Member {
    user_id: 505,
    name: "<script>alert(1)</script>",
    permissions: EVERYONE,
};

fn browser(profile: &Path) -> Browser {
    assert!(
        Path::new(CHROMIUM).exists(),
        "the dashboard is tested in Chromium: install it with `apt-get install -y chromium` (.ci/run does)"
    );
    let flags = [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
    Browser::new(
        LaunchOptions::default_builder()
            .path(Some(CHROMIUM.into()))
            .headless(true)
            .sandbox(false)
            .user_data_dir(Some(profile.to_owned()))
            .window_size(Some((1100, 900)))
            .args(flags.iter().map(OsStr::new).collect())
            .build()
            .unwrap(),
    )
    .expect("Chromium starts")
}

fn shot(tab: &headless_chrome::Tab, name: &str) {
    let png = tab
        .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
        .unwrap();
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, png).unwrap();
}

/// What the browser saw: the leaderboard's text, the hardest questions' text, whether a
/// dialog opened, and the address it ended on.
struct Seen {
    leaderboard: String,
    hardest: String,
    /// The bundled deck's page: its questions.
    deck: String,
    dialog: bool,
    landed: String,
}

fn browse(link: String, base: String, profile: PathBuf) -> Seen {
    let browser = browser(&profile);
    let tab = browser.new_tab().unwrap();
    let dialog = Arc::new(AtomicBool::new(false));
    let opened = dialog.clone();
    tab.add_event_listener(Arc::new(move |event: &Event| {
        if let Event::PageJavascriptDialogOpening(_) = event {
            opened.store(true, Ordering::SeqCst);
        }
    }))
    .unwrap();
    tab.navigate_to(&link).unwrap();
    let table = tab.wait_for_element("#leaderboard").unwrap();
    let leaderboard = table.get_inner_text().unwrap();
    let landed = tab.get_url();
    shot(&tab, "dashboard-light.png");
    tab.call_method(SetEmulatedMedia {
        media: None,
        features: Some(vec![MediaFeature {
            name: "prefers-color-scheme".into(),
            value: "dark".into(),
        }]),
    })
    .unwrap();
    shot(&tab, "dashboard-dark.png");
    tab.navigate_to(&format!("{base}/hardest")).unwrap();
    let hardest = tab
        .wait_for_element("#hardest")
        .unwrap()
        .get_inner_text()
        .unwrap();
    shot(&tab, "dashboard-hardest-dark.png");
    tab.set_bounds(headless_chrome::types::Bounds::Normal {
        left: None,
        top: None,
        width: Some(390.0),
        height: Some(844.0),
    })
    .unwrap();
    tab.navigate_to(&format!("{base}/me")).unwrap();
    tab.wait_for_element("#forecast").unwrap();
    shot(&tab, "dashboard-phone.png");
    tab.navigate_to(&format!("{base}/decks/async-python"))
        .unwrap();
    let deck = tab
        .wait_for_element("main")
        .unwrap()
        .get_inner_text()
        .unwrap();
    shot(&tab, "dashboard-deck-phone.png");
    Seen {
        leaderboard,
        hardest,
        deck,
        dialog: dialog.load(Ordering::SeqCst),
        landed,
    }
}

/// The link in `/dashboard`'s private answer, at the address the test's server is bound to.
fn link_in(reply: &Recorded, bound: std::net::SocketAddr) -> String {
    let text = reply.embed_text();
    let link = text
        .split_whitespace()
        .find_map(|word| word.strip_prefix(PUBLIC))
        .filter(|rest| rest.starts_with("/link/"))
        .unwrap_or_else(|| panic!("no link to {PUBLIC} in {text}"));
    format!("http://{bound}{}", link.trim_end_matches(')'))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dashboard_link_opens_the_pages_in_a_browser_safely_and_revoking_ends_it() {
    let endpoint = quizbot::config::MetricsEndpoint::new("127.0.0.1:0".parse().unwrap());
    let web = endpoint.clone();
    let bot = Bot::builder()
        .tuned(move |c| {
            c.web = Some(quizbot::config::Web {
                endpoint: web.clone(),
                public_url: PUBLIC.into(),
                secret: None,
            });
        })
        .start()
        .await;
    let q = bot.quiz(&ALICE, 1).await;
    let asked = q.asked();
    bot.press(q.right(), &q.message, &MALLORY).await;
    bot.press(q.wrong(), &q.message, &BOB).await;
    bot.press(q.wrong(), &q.message, &CAROL).await;

    let reply = bot.command("dashboard", &MALLORY, &[]).await;
    assert!(reply.is_ephemeral(), "a link is personal");
    let bound = endpoint.bound().expect("the dashboard is listening");
    let link = link_in(&reply, bound);
    let key = bot.dir().join("dashboard.key");
    assert_eq!(
        std::fs::read(&key).unwrap().len(),
        32,
        "a key made beside the snapshot"
    );

    let base = format!("http://{bound}/servers/{}", fixtures::GUILD);
    let profile = bot.dir().join("chromium");
    let seen = tokio::task::spawn_blocking({
        let (link, base) = (link.clone(), base.clone());
        move || browse(link, base, profile)
    })
    .await
    .unwrap();
    assert_eq!(seen.landed, base, "the token leaves the address bar");
    assert!(
        seen.leaderboard.contains("<script>alert(1)</script>"),
        "the name is shown as text: {}",
        seen.leaderboard
    );
    assert!(!seen.dialog, "no script of a member's name ran");
    // Rendered as Markdown, as Discord shows it: code spans lose their backticks.
    let rendered = asked.replace('`', "");
    assert!(seen.hardest.contains(&rendered), "{}", seen.hardest);
    assert!(seen.hardest.contains("67% chose it"), "{}", seen.hardest);
    assert!(
        seen.deck.contains(&rendered) && !seen.deck.contains('`'),
        "the deck's questions, Markdown rendered: {}",
        seen.deck
    );

    let http = reqwest::Client::new();
    let page = http.get(&link).send().await.unwrap();
    let csp = page.headers()["content-security-policy"].to_str().unwrap();
    assert!(
        csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"),
        "{csp}"
    );
    assert_eq!(page.headers()["referrer-policy"], "no-referrer");
    assert_eq!(page.headers()["x-content-type-options"], "nosniff");
    let cookie = page.headers()["set-cookie"].to_str().unwrap();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    // The export is a managers' download: a member's cookie is refused, an admin's served.
    let export = |cookie: String| {
        let http = http.clone();
        let url = format!("{base}/export.csv");
        async move { http.get(url).header("cookie", cookie).send().await.unwrap() }
    };
    let session = |set: &str| set.split(';').next().unwrap().to_owned();
    assert_eq!(export(session(cookie)).await.status(), 403);
    let admin = link_in(&bot.command("dashboard", &ADMIN, &[]).await, bound);
    let admin = http.get(&admin).send().await.unwrap();
    let admin = session(admin.headers()["set-cookie"].to_str().unwrap());
    let csv = export(admin).await;
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let csv = csv.text().await.unwrap();
    assert!(csv.lines().count() >= 4 && csv.contains("bob"), "{csv}");

    let forged = link.replacen("/link/v1.100.505.", "/link/v1.100.501.", 1);
    assert_ne!(forged, link);
    let refused = http.get(&forged).send().await.unwrap();
    assert_eq!(refused.status(), 403);
    assert!(
        refused.text().await.unwrap().contains("/dashboard"),
        "says how to get a new link"
    );
    let post = http.post(&link).send().await.unwrap();
    assert_eq!(post.status(), 405, "only GET");

    let revoke = fixtures::command("dashboard")
        .by(&ALICE)
        .bool_opt("revoke", true)
        .build();
    bot.reply(&revoke).await.says("Manage Server");
    let revoke = fixtures::command("dashboard")
        .by(&ADMIN)
        .bool_opt("revoke", true)
        .build();
    bot.reply(&revoke).await.says("revoked");
    let after = http.get(&link).send().await.unwrap();
    assert_eq!(after.status(), 403, "a revoked link opens nothing");
    assert!(after.text().await.unwrap().contains("revoked"));
    bot.shutdown().await;
}
