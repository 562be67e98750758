//! Performance as users feel it: the whole bot, end to end, against a bare serenity + poise bot.
//!
//! `cargo bench --bench e2e` runs the real bot (the release `quizbot` binary) and a bare bot
//! (`bare.rs`), each a child process against its own Discord double (`discord-double`), and:
//!
//! - presses answer buttons at 200, 1,000 and 5,000 presses a second for 10 s each, spread over
//!   1,000 servers and 100,000 members, each press a member's first answer to an open question;
//!   per rate and bot: press (INTERACTION_CREATE written) to callback (POST read) latency, presses
//!   with no callback within 3 s, CPU time per 1,000 presses and resident memory;
//! - restarts the bot on a snapshot of 1,000,000 score rows with 10,000 servers announced in
//!   READY/GUILD_CREATE over the 8 shards the double recommends, and times process start to the
//!   first press answered (on shard 0) against `serde_json::Value` parsing the same file, with
//!   the resident memory then and, once, the time until every shard is connected; and the same
//!   for a one-server bot;
//! - times another server's `/help` while a server of 100,000 members over 1,000 topics
//!   exports its scores and two others upload a costly deck, against the same `/help` idle
//!   (`help.rs`).
//!
//! It ends with a `== ... ==` summary: each figure beside its baseline, ratios, and the targets.
//! `cargo bench --bench e2e -- help` (or `presses`, `restart`, several) runs only those phases.
//! Without `--bench` (`cargo test --bench e2e`) it does a smoke run of about half a minute.

mod bare;
mod bots;
mod help;
mod load;
#[path = "../common/wide_header.rs"]
mod wide_header;
mod world;

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use discord_double::{Double, Options};

use bots::{Bot, Kind};
use load::{Callbacks, Outcome, Presser};
use world::{Big, World};

/// What a run does.
struct Plan {
    load: World,
    /// Offered rates, presses a second, each for `secs`.
    rates: &'static [u32],
    secs: u32,
    /// Unmeasured presses first (rate, seconds): connections and caches warm up.
    warmup: (u32, u32),
    restart: World,
    small: World,
    /// Restarts and Value parses per figure (the median is kept).
    repeats: usize,
    help: help::Plan,
}

const FULL: Plan = Plan {
    load: World {
        servers: 1_000,
        members: 100,
        open_per_server: 2,
        shards: 1,
        big: None,
    },
    rates: &[200, 1_000, 5_000],
    secs: 10,
    warmup: (500, 2),
    restart: World {
        servers: 10_000,
        members: 100,
        open_per_server: 1,
        shards: 8,
        big: None,
    },
    small: World {
        servers: 1,
        members: 100,
        open_per_server: 1,
        shards: 1,
        big: None,
    },
    repeats: 3,
    help: help::Plan {
        world: HELP_WORLD,
        header_bytes: 1 << 20,
        rate: 50,
        secs: 10,
        warmup: (50, 1),
    },
};

/// Server A of the `/help` phase, B, and two servers that upload.
const HELP_WORLD: World = World {
    servers: 4,
    members: 100,
    open_per_server: 0,
    shards: 1,
    big: Some(Big {
        members: 100_000,
        topics: 1_000,
    }),
};

const SMOKE: Plan = Plan {
    load: World {
        servers: 10,
        members: 10,
        open_per_server: 2,
        shards: 1,
        big: None,
    },
    rates: &[50],
    secs: 1,
    warmup: (20, 1),
    restart: World {
        servers: 20,
        members: 10,
        open_per_server: 1,
        shards: 2,
        big: None,
    },
    small: World {
        servers: 1,
        members: 10,
        open_per_server: 1,
        shards: 1,
        big: None,
    },
    repeats: 1,
    help: help::Plan {
        world: World {
            members: 10,
            big: Some(Big {
                members: 1_000,
                topics: 100,
            }),
            ..HELP_WORLD
        },
        header_bytes: 64 << 10,
        rate: 20,
        secs: 1,
        warmup: (20, 1),
    },
};

/// The phases, in the order they run; naming some (`cargo bench --bench e2e -- help`) runs
/// only those.
const PHASES: [&str; 3] = ["presses", "restart", "help"];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--bare-bot") {
        return bare::main();
    }
    let plan = if args.iter().any(|a| a == "--bench") {
        &FULL
    } else {
        &SMOKE
    };
    // Cargo passes its own flags (`--bench`) and the test harness's filters: phases are the
    // arguments that name one.
    let named: Vec<&str> = PHASES
        .into_iter()
        .filter(|phase| args.iter().any(|a| a == phase))
        .collect();
    let phases = if named.is_empty() {
        PHASES.to_vec()
    } else {
        named
    };
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    runtime.block_on(run(plan, &phases));
    ExitCode::SUCCESS
}

/// One bot under load, with its own double.
struct Subject {
    kind: Kind,
    double: Double,
    bot: Bot,
    callbacks: Callbacks,
    presser: Presser,
}

async fn run(plan: &Plan, phases: &[&str]) {
    let machine = machine();
    eprintln!("e2e: {machine}; phases {}", phases.join(", "));
    let dir = tempfile::tempdir().expect("a temporary folder");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let questions = world::deck_questions(&data);
    let mut s = format!("\n{machine}\n");
    let mut targets = String::new();
    if phases.contains(&"presses") {
        let outcomes = presses(plan, dir.path(), &questions).await;
        s.push_str(&presses_summary(plan, &outcomes));
        targets.push_str(&presses_targets(&outcomes));
    }
    if phases.contains(&"restart") {
        let restarts = restarts(plan, dir.path(), &questions).await;
        s.push_str(&restart_summary(&restarts));
        targets.push_str(&restart_targets(&restarts));
    }
    if phases.contains(&"help") {
        let figures = help::run(&plan.help, dir.path(), &questions).await;
        s.push_str(&help::summary(&figures));
        targets.push_str(&help::targets(&figures));
    }
    print!("{s}\n== e2e: targets ==\n{targets}");
}

/// Presses at each rate, quizbot and the bare bot in turn: (rate, quizbot, bare bot).
async fn presses(
    plan: &Plan,
    dir: &Path,
    questions: &[(String, String)],
) -> Vec<(u32, Outcome, Outcome)> {
    let load_state = dir.join("load.json");
    world::write_snapshot(&load_state, &plan.load, questions);
    let mut subjects = Vec::new();
    for kind in [Kind::Quizbot, Kind::Bare] {
        subjects.push(start(kind, plan.load, &load_state, dir).await);
    }
    let (rate, secs) = plan.warmup;
    for s in &mut subjects {
        let presser = &mut s.presser;
        let warm = load::offer(
            &s.double,
            &s.bot,
            || presser.press(),
            &s.callbacks,
            rate,
            secs,
        )
        .await;
        assert_eq!(
            warm.refused,
            0,
            "the double refused {} callbacks",
            s.kind.name()
        );
    }
    // Rate by rate, each bot in turn, so a change in the machine's load hits both.
    let mut outcomes: Vec<(u32, Outcome, Outcome)> = Vec::new();
    for &rate in plan.rates {
        let mut pair = Vec::new();
        for s in &mut subjects {
            eprintln!("e2e: {} at {rate}/s for {} s", s.kind.name(), plan.secs);
            let presser = &mut s.presser;
            let outcome = load::offer(
                &s.double,
                &s.bot,
                || presser.press(),
                &s.callbacks,
                rate,
                plan.secs,
            )
            .await;
            assert_eq!(
                outcome.refused,
                0,
                "the double refused {}'s callbacks",
                s.kind.name()
            );
            pair.push(outcome);
        }
        let bare = pair.pop().expect("the bare bot's outcome");
        let quizbot = pair.pop().expect("quizbot's outcome");
        outcomes.push((rate, quizbot, bare));
    }
    outcomes
}

/// Restarts on a large snapshot, quizbot and the bare bot, and on a one-server one.
async fn restarts(plan: &Plan, dir: &Path, questions: &[(String, String)]) -> Restarts {
    eprintln!("e2e: restarts");
    let restart_state = dir.join("restart.json");
    world::write_snapshot(&restart_state, &plan.restart, questions);
    let size = std::fs::metadata(&restart_state)
        .expect("the snapshot")
        .len();
    let bytes = std::fs::read(&restart_state).expect("the snapshot");
    let parse = median(plan.repeats, || {
        let started = Instant::now();
        let value: serde_json::Value = serde_json::from_slice(&bytes).expect("it parses");
        let took = started.elapsed();
        drop(value);
        took
    });
    drop(bytes);
    let mut big = Vec::new();
    let mut bare = Vec::new();
    // Every shard connected takes serenity's 5 s per shard: timed once.
    let mut all_shards = None;
    for repeat in 0..plan.repeats {
        let run = downtime(
            Kind::Quizbot,
            plan.restart,
            &restart_state,
            dir,
            repeat == 0,
        );
        let run = run.await;
        all_shards = all_shards.or(run.all_shards);
        big.push(run);
        bare.push(downtime(Kind::Bare, plan.restart, &restart_state, dir, false).await);
    }
    let small_state = dir.join("small.json");
    world::write_snapshot(&small_state, &plan.small, questions);
    let mut small = Vec::new();
    for _ in 0..plan.repeats {
        small.push(downtime(Kind::Quizbot, plan.small, &small_state, dir, false).await);
    }
    Restarts {
        rows: plan.restart.servers * plan.restart.members,
        servers: plan.restart.servers,
        shards: plan.restart.shards,
        all_shards,
        size,
        parse,
        big: median_of(big),
        bare: median_of(bare),
        small: median_of(small),
        small_rows: plan.small.servers * plan.small.members,
    }
}

/// A double announcing the world's servers on as many shards as it recommends, recording
/// nothing and checking no payload, for long runs.
async fn double_for(world: World) -> Double {
    Double::start_with(Options {
        record: false,
        check_payloads: false,
        guilds: (0..world.servers).map(world::guild_id).collect(),
        shards: world.shards,
        ..Options::default()
    })
    .await
}

/// Starts `kind` on its own double announcing the world's servers, and waits until it has
/// connected and registered its commands.
async fn start(kind: Kind, world: World, state: &Path, dir: &Path) -> Subject {
    let double = double_for(world).await;
    let callbacks = Callbacks::listen(&double);
    let bot = Bot::start(kind, &double.base_url(), state, dir);
    double.wait_ready().await;
    let presser = Presser::new(world);
    Subject {
        kind,
        double,
        bot,
        callbacks,
        presser,
    }
}

/// Time from starting `kind` to the first press answered (and to its first shard's gateway
/// session), its resident memory then, and, if asked for, when every shard was connected and
/// the resident memory then.
#[derive(Clone, Copy, Debug)]
struct Downtime {
    identified: Duration,
    answered: Duration,
    resident_bytes: u64,
    all_shards: Option<(Duration, u64)>,
}

async fn downtime(
    kind: Kind,
    world: World,
    state: &Path,
    dir: &Path,
    until_all_shards: bool,
) -> Downtime {
    let double = double_for(world).await;
    let callbacks = Callbacks::listen(&double);
    let (press, token) = Presser::new(world).press();
    let started = Instant::now();
    let bot = Bot::start(kind, &double.base_url(), state, dir);
    let what = format!("the {} to identify", kind.name());
    double
        .wait_gateway(&what, Duration::from_secs(60), |connections| {
            connections
                .iter()
                .any(|c| c.session.is_some())
                .then_some(())
        })
        .await;
    let identified = started.elapsed();
    double.interact(&press).await;
    let limit = Instant::now() + Duration::from_secs(60);
    callbacks
        .wait_for(std::slice::from_ref(&token), limit)
        .await;
    let answered = callbacks
        .get(&token)
        .unwrap_or_else(|| panic!("the {} answered no press within a minute", kind.name()));
    assert_eq!(
        answered.status,
        204,
        "the double refused the {}'s answer",
        kind.name()
    );
    let resident_bytes = bot.usage().resident_bytes;
    let all_shards = if until_all_shards {
        double.wait_shards(world.shards).await;
        Some((started.elapsed(), bot.usage().resident_bytes))
    } else {
        None
    };
    Downtime {
        identified,
        answered: answered.at - started,
        resident_bytes,
        all_shards,
    }
}

fn median(repeats: usize, mut measure: impl FnMut() -> Duration) -> Duration {
    let mut runs: Vec<Duration> = (0..repeats).map(|_| measure()).collect();
    runs.sort_unstable();
    runs[runs.len() / 2]
}

fn median_of(mut runs: Vec<Downtime>) -> Downtime {
    runs.sort_unstable_by_key(|d| d.answered);
    runs[runs.len() / 2]
}

struct Restarts {
    rows: u64,
    servers: u64,
    shards: u32,
    /// When quizbot had every shard connected in its first restart, and its memory then.
    all_shards: Option<(Duration, u64)>,
    size: u64,
    parse: Duration,
    big: Downtime,
    bare: Downtime,
    small: Downtime,
    small_rows: u64,
}

/// The CPU model, cores and load average, for the summary.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name")?.split(':').nth(1))
        .map_or("unknown CPU", str::trim)
        .to_string();
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    format!("{model}, {cores} cores, load average {}", load.join(" "))
}

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1e3;
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.2} s", d.as_secs_f64())
    }
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-9)
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "MISSED"
    }
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn presses_summary(plan: &Plan, outcomes: &[(u32, Outcome, Outcome)]) -> String {
    let mut s = String::new();
    let w = &mut s;
    let World {
        servers, members, ..
    } = plan.load;
    writeln!(
        w,
        "\n== e2e: presses, quizbot against a bare serenity + poise bot =="
    )
    .unwrap();
    writeln!(
        w,
        "{} servers, {} members; press = INTERACTION_CREATE written -> callback POST read; \
         others = cores busy with other work meanwhile; double/1k = CPU \
         of the presses and the double per 1,000",
        thousands(servers),
        thousands(servers * members)
    )
    .unwrap();
    writeln!(
        w,
        "{:>7} {:<9} {:>9} {:>9} {:>9} {:>9} {:>7} {:>12} {:>8} {:>8} {:>7} {:>12}",
        "rate/s",
        "bot",
        "p50",
        "p99",
        "p99.9",
        "max",
        ">3 s",
        "CPU/1k",
        "RSS",
        "sent in",
        "others",
        "double/1k"
    )
    .unwrap();
    for (rate, quizbot, bare) in outcomes {
        for (name, o) in [("quizbot", quizbot), ("bare", bare)] {
            writeln!(
                w,
                "{:>7} {:<9} {:>9} {:>9} {:>9} {:>9} {:>7} {:>12} {:>5} MB {:>6.2} s {:>7.2} {:>12}",
                thousands(u64::from(*rate)),
                name,
                ms(o.quantile(0.5)),
                ms(o.quantile(0.99)),
                ms(o.quantile(0.999)),
                ms(o.max()),
                o.late,
                ms(o.cpu_per_1000()),
                o.resident_bytes >> 20,
                o.sending.as_secs_f64(),
                o.others.as_secs_f64() / o.window.as_secs_f64().max(1e-9),
                ms(o.bench_cpu.mul_f64(1000.0 / o.presses.max(1) as f64)),
            )
            .unwrap();
        }
        writeln!(
            w,
            "{:>7} {:<9} {:>8.2}x {:>8.2}x {:>8.2}x {:>8.2}x {:>7} {:>11.2}x",
            "",
            "ratio",
            ratio(quizbot.quantile(0.5), bare.quantile(0.5)),
            ratio(quizbot.quantile(0.99), bare.quantile(0.99)),
            ratio(quizbot.quantile(0.999), bare.quantile(0.999)),
            ratio(quizbot.max(), bare.max()),
            "",
            ratio(quizbot.cpu_per_1000(), bare.cpu_per_1000()),
        )
        .unwrap();
    }
    s
}

fn restart_summary(r: &Restarts) -> String {
    let mut s = String::new();
    let w = &mut s;
    writeln!(
        w,
        "\n== e2e: restart, process start to the first press answered =="
    )
    .unwrap();
    writeln!(
        w,
        "quizbot, {} score rows ({} MB snapshot), {} servers on {} shards: {} (shard 0's \
         session at {}; {} MB resident)",
        thousands(r.rows),
        r.size >> 20,
        thousands(r.servers),
        r.shards,
        ms(r.big.answered),
        ms(r.big.identified),
        r.big.resident_bytes >> 20
    )
    .unwrap();
    if let Some((all, resident)) = r.all_shards {
        writeln!(
            w,
            "  every shard connected at {} (serenity starts one shard each 5 s); {} MB resident",
            ms(all),
            resident >> 20
        )
        .unwrap();
    }
    writeln!(
        w,
        "  baseline serde_json::from_slice::<Value> of the file: {} -> {:.2}x",
        ms(r.parse),
        ratio(r.big.answered, r.parse)
    )
    .unwrap();
    writeln!(
        w,
        "  bare bot, same {} servers, no state: {} (identify at {})",
        thousands(r.servers),
        ms(r.bare.answered),
        ms(r.bare.identified)
    )
    .unwrap();
    writeln!(
        w,
        "quizbot, 1 server, {} score rows: {} (identify at {})",
        r.small_rows,
        ms(r.small.answered),
        ms(r.small.identified)
    )
    .unwrap();
    s
}

fn presses_targets(outcomes: &[(u32, Outcome, Outcome)]) -> String {
    let mut s = String::new();
    let w = &mut s;
    let at = |rate: u32| outcomes.iter().find(|(r, _, _)| *r == rate);
    if let Some((_, q, b)) = at(1_000) {
        let x = ratio(q.quantile(0.99), b.quantile(0.99));
        writeln!(
            w,
            "p99 at 1,000/s <= 1.5x bare: {x:.2}x {}",
            verdict(x <= 1.5)
        )
        .unwrap();
        writeln!(
            w,
            "no press past 3 s at 1,000/s: {} {}",
            q.late,
            verdict(q.late == 0)
        )
        .unwrap();
    }
    if let Some((_, q, b)) = at(5_000) {
        let x = ratio(q.quantile(0.99), b.quantile(0.99));
        writeln!(
            w,
            "p99 at 5,000/s <= 2x bare: {x:.2}x {}",
            verdict(x <= 2.0)
        )
        .unwrap();
        writeln!(
            w,
            "presses past 3 s at 5,000/s: quizbot {}, bare bot {} (reported)",
            q.late, b.late
        )
        .unwrap();
    }
    let cpu: Vec<String> = outcomes
        .iter()
        .map(|(rate, q, b)| {
            let x = ratio(q.cpu_per_1000(), b.cpu_per_1000());
            format!("{x:.2}x at {}/s", thousands(u64::from(*rate)))
        })
        .collect();
    let cpu_met = outcomes
        .iter()
        .all(|(_, q, b)| ratio(q.cpu_per_1000(), b.cpu_per_1000()) <= 1.5);
    writeln!(
        w,
        "CPU per 1,000 presses <= 1.5x bare: {} {}",
        cpu.join(", "),
        verdict(cpu_met)
    )
    .unwrap();
    s
}

fn restart_targets(r: &Restarts) -> String {
    let mut s = String::new();
    let w = &mut s;
    let x = ratio(r.big.answered, r.parse);
    writeln!(
        w,
        "restart with {} rows <= 2x the Value parse: {x:.2}x {}; under 3 s: {} {}",
        thousands(r.rows),
        verdict(x <= 2.0),
        ms(r.big.answered),
        verdict(r.big.answered < Duration::from_secs(3))
    )
    .unwrap();
    s
}
