//! Another server's `/help` while one server's admins spend the bot as they can: server A's
//! admin exports the scores of its many members over many topics (`/scores export`, deferred,
//! done once its follow-up is read) and the admins of two other servers each upload a deck
//! whose header names unknown columns up to 1 MiB (`/deck upload`, deferred likewise); each
//! is sent again as soon as it is done, so the work lasts the whole measurement, or, when the
//! bot refused it at once ("try again in a moment"), after [`RETRY_AFTER`]. Server B's
//! `/help`, answered at once, is timed from INTERACTION_CREATE written to its callback read,
//! idle and then under that work, at the same offered rate.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use discord_double::fixtures::{self, perms, InteractionBuilder, Member, EVERYONE};
use discord_double::Double;
use serde_json::Value;
use tokio::sync::oneshot;

use crate::bots::{Bot, Kind};
use crate::load::{self, Callbacks, Outcome};
use crate::wide_header::wide_header;
use crate::world::{self, World};
use crate::{ms, ratio, thousands, verdict};

/// The phase's sizes.
pub struct Plan {
    /// Server 0 is A (big), 1 is B, 2 and 3 upload.
    pub world: World,
    /// The costly upload's size.
    pub header_bytes: usize,
    /// `/help` offered a second, for `secs` idle and as long loaded.
    pub rate: u32,
    pub secs: u32,
    /// Unmeasured `/help` first (rate, seconds).
    pub warmup: (u32, u32),
}

const EXPORTER: u64 = 0;
const ASKER: u64 = 1;
const UPLOADERS: [u64; 2] = [2, 3];

/// How long one export or upload may take before the phase gives up on it.
const JOB_LIMIT: Duration = Duration::from_secs(120);

/// How long an admin waits before the next command after one the bot refused at once (told to
/// try again in a moment): a person reads the refusal and types or picks the command again in
/// Discord's client, which takes about this long; resending the instant the reply arrives
/// measures a flood no admin can send, not the admins' work.
const RETRY_AFTER: Duration = Duration::from_secs(1);

/// What the phase measured.
pub struct Figures {
    pub members: u64,
    pub topics: u64,
    pub header_bytes: usize,
    pub rate: u32,
    pub secs: u32,
    pub idle: Outcome,
    pub loaded: Outcome,
    pub exports: Jobs,
    /// Both uploaders' jobs.
    pub uploads: Jobs,
}

/// The background work one admin (or two) did while `/help` was measured.
#[derive(Default)]
pub struct Jobs {
    /// Interaction written to follow-up read, of each deferred one, sorted.
    pub took: Vec<Duration>,
    /// Answered at once instead of deferred: refused before any work (a quota).
    pub at_once: usize,
    /// Not done within [`JOB_LIMIT`].
    pub unfinished: usize,
}

impl Jobs {
    fn add(&mut self, other: Jobs) {
        self.took.extend(other.took);
        self.took.sort_unstable();
        self.at_once += other.at_once;
        self.unfinished += other.unfinished;
    }

    pub fn median(&self) -> Duration {
        self.took
            .get(self.took.len() / 2)
            .copied()
            .unwrap_or_default()
    }
}

/// `builder` by server `server`'s admin, in its channel.
fn by_admin(builder: InteractionBuilder, server: u64) -> InteractionBuilder {
    let admin = Member {
        user_id: world::user_id(server, 999),
        name: "admin",
        permissions: EVERYONE | perms::MANAGE_GUILD,
    };
    in_server(builder, server).by(&admin)
}

fn in_server(builder: InteractionBuilder, server: u64) -> InteractionBuilder {
    builder
        .in_guild(world::guild_id(server))
        .channel(world::channel_id(server))
}

fn token(payload: &Value) -> String {
    payload["token"].as_str().expect("a token").to_string()
}

pub async fn run(plan: &Plan, dir: &Path, questions: &[(String, String)]) -> Figures {
    let big = plan.world.big.expect("server A is big");
    let state = dir.join("help.json");
    world::write_snapshot(&state, &plan.world, questions);
    let double = crate::double_for(plan.world).await;
    let callbacks = Callbacks::listen(&double);
    let bot = Bot::start(Kind::Quizbot, &double.base_url(), &state, dir);
    double.wait_ready().await;

    let mut asked = 0;
    let mut help = || {
        let member = Member {
            user_id: world::user_id(ASKER, asked % plan.world.members),
            name: "member",
            permissions: EVERYONE,
        };
        asked += 1;
        let payload = in_server(fixtures::command("help"), ASKER)
            .by(&member)
            .build();
        let token = token(&payload);
        (payload, token)
    };
    let (rate, secs) = plan.warmup;
    load::offer(&double, &bot, &mut help, &callbacks, rate, secs).await;
    eprintln!("e2e: /help idle at {}/s for {} s", plan.rate, plan.secs);
    let idle = load::offer(&double, &bot, &mut help, &callbacks, plan.rate, plan.secs).await;

    let header = wide_header(plan.header_bytes);
    let size = u32::try_from(header.len()).expect("a small file");
    let url = double.serve_file("wide.csv", "text/csv", header);
    let upload =
        fixtures::subcommand("deck", "upload").attachment_opt("file", 4242, "wide.csv", &url, size);
    let work = [
        (EXPORTER, fixtures::subcommand("scores", "export")),
        (UPLOADERS[0], upload.clone()),
        (UPLOADERS[1], upload),
    ];
    let stop = Arc::new(AtomicBool::new(false));
    let mut under_way = Vec::new();
    let mut jobs = Vec::new();
    for (server, builder) in work {
        let (started, started_rx) = oneshot::channel();
        under_way.push(started_rx);
        let (double, callbacks, stop) = (double.clone(), callbacks.clone(), stop.clone());
        let builder = by_admin(builder, server);
        jobs.push(tokio::spawn(async move {
            repeat(&double, &callbacks, &builder, &stop, started).await
        }));
    }
    for started in under_way {
        started.await.expect("the work started");
    }
    eprintln!(
        "e2e: /help at {}/s for {} s during an export and two uploads",
        plan.rate, plan.secs
    );
    let loaded = load::offer(&double, &bot, &mut help, &callbacks, plan.rate, plan.secs).await;
    stop.store(true, Ordering::Relaxed);
    let mut done = Vec::new();
    for job in jobs {
        done.push(job.await.expect("a job"));
    }
    let mut uploads = Jobs::default();
    for job in done.split_off(1) {
        uploads.add(job);
    }
    let exports = done.pop().expect("the exports");
    for (what, outcome) in [("idle", &idle), ("loaded", &loaded)] {
        assert_eq!(
            outcome.refused, 0,
            "the double refused {what} /help replies"
        );
    }
    Figures {
        members: big.members,
        topics: big.topics,
        header_bytes: plan.header_bytes,
        rate: plan.rate,
        secs: plan.secs,
        idle,
        loaded,
        exports,
        uploads,
    }
}

/// Sends interactions built like `builder`, each once the one before is done (and
/// [`RETRY_AFTER`] later if it was refused at once), until `stop`; says when the first is
/// under way (its callback read, deferred or not).
async fn repeat(
    double: &Double,
    callbacks: &Callbacks,
    builder: &InteractionBuilder,
    stop: &AtomicBool,
    started: oneshot::Sender<()>,
) -> Jobs {
    let mut jobs = Jobs::default();
    let mut started = Some(started);
    while !stop.load(Ordering::Relaxed) {
        let payload = builder.clone().build();
        let token = token(&payload);
        let sent = double.interact(&payload).await;
        let limit = sent + JOB_LIMIT;
        if let Some(started) = started.take() {
            callbacks.wait_callback(&token, limit).await;
            let _ = started.send(());
        }
        let Some(done) = callbacks.wait_done(&token, limit).await else {
            jobs.unfinished += 1;
            break;
        };
        if done.deferred {
            jobs.took.push(done.at - sent);
        } else {
            jobs.at_once += 1;
            tokio::time::sleep(RETRY_AFTER).await;
        }
    }
    jobs.took.sort_unstable();
    jobs
}

pub fn summary(f: &Figures) -> String {
    let mut s = String::new();
    let w = &mut s;
    writeln!(
        w,
        "\n== e2e: another server's /help while one exports and two upload =="
    )
    .unwrap();
    writeln!(
        w,
        "server A: {} members x {} topics, its admin running /scores export again and again; \
         two servers' admins /deck upload of a {} KiB header of unknown columns likewise \
         (a command refused at once sent again {} s later); \
         server B's /help at {}/s for {} s idle, then as long during that work; bot, others = \
         cores busy with the bot, with other work",
        thousands(f.members),
        thousands(f.topics),
        f.header_bytes >> 10,
        RETRY_AFTER.as_secs(),
        f.rate,
        f.secs
    )
    .unwrap();
    writeln!(
        w,
        "{:<8} {:>9} {:>9} {:>9} {:>7} {:>9} {:>7}",
        "/help", "p50", "p99", "max", ">3 s", "bot", "others"
    )
    .unwrap();
    for (name, o) in [("idle", &f.idle), ("loaded", &f.loaded)] {
        writeln!(
            w,
            "{:<8} {:>9} {:>9} {:>9} {:>7} {:>9.2} {:>7.2}",
            name,
            ms(o.quantile(0.5)),
            ms(o.quantile(0.99)),
            ms(o.max()),
            o.late,
            cores(o.cpu, o.window),
            cores(o.others, o.window),
        )
        .unwrap();
    }
    for (what, jobs) in [("exports", &f.exports), ("uploads", &f.uploads)] {
        writeln!(
            w,
            "{what}: {} done (written -> follow-up read: median {}, max {}), {} answered at \
             once (refused before any work: told to try again, sent again {} s later), {} not \
             done in {} s",
            jobs.took.len(),
            ms(jobs.median()),
            ms(jobs.took.last().copied().unwrap_or_default()),
            jobs.at_once,
            RETRY_AFTER.as_secs(),
            jobs.unfinished,
            JOB_LIMIT.as_secs()
        )
        .unwrap();
    }
    s
}

/// CPU time spent over `window`, as cores kept busy.
fn cores(cpu: Duration, window: Duration) -> f64 {
    cpu.as_secs_f64() / window.as_secs_f64().max(1e-9)
}

pub fn targets(f: &Figures) -> String {
    let (idle, loaded) = (f.idle.quantile(0.99), f.loaded.quantile(0.99));
    let x = ratio(loaded, idle);
    format!(
        "another server's /help p99 during an export and two uploads <= 2x idle: {} vs {} = \
         {x:.2}x {}; /help with no reply in 3 s: {} (idle {})\n",
        ms(loaded),
        ms(idle),
        verdict(x <= 2.0),
        f.loaded.late,
        f.idle.late
    )
}
