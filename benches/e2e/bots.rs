//! The two bots under load, each a child process so that its CPU time and memory are its own:
//! the real bot (the release `quizbot` binary, configured by environment as an operator would)
//! and the bare bot (this bench's binary re-run with `--bare-bot`, see `bare.rs`).

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Which bot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Quizbot,
    Bare,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Quizbot => "quizbot",
            Kind::Bare => "bare bot",
        }
    }
}

/// A running bot process; killed when dropped.
pub struct Bot {
    pub child: Child,
}

impl Bot {
    /// Starts `kind` against the double at `api_base`; the real bot reads `state` and the
    /// repository's decks, and runs in `dir` (so no `.env` of the repository applies).
    pub fn start(kind: Kind, api_base: &str, state: &Path, dir: &Path) -> Bot {
        let mut command;
        match kind {
            Kind::Quizbot => {
                command = Command::new(env!("CARGO_BIN_EXE_quizbot"));
                command.env_clear();
                let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
                command
                    .env("QUIZBOT_DATA", data)
                    .env("QUIZBOT_STATE", state);
            }
            Kind::Bare => {
                command = Command::new(std::env::current_exe().expect("the bench's own path"));
                command.env_clear().arg("--bare-bot");
            }
        }
        let child = command
            .current_dir(dir)
            .env("DISCORD_TOKEN", "bench-token")
            .env("QUIZBOT_DISCORD_API_BASE", api_base)
            .env("RUST_LOG", "warn")
            .stdout(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start the {}: {e}", kind.name()));
        Bot { child }
    }

    /// CPU time (user + system) and resident memory so far.
    pub fn usage(&self) -> Usage {
        Usage::of(self.child.id())
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A process's CPU time and resident memory, from `/proc/<pid>/stat` and `/proc/<pid>/statm`.
#[derive(Clone, Copy, Debug)]
pub struct Usage {
    pub cpu: Duration,
    pub resident_bytes: u64,
}

impl Usage {
    pub fn of(pid: u32) -> Usage {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("/proc/<pid>/stat");
        // The command name, in parentheses, may hold spaces: count fields after its end.
        let after = &stat[stat.rfind(')').expect("stat has the command name") + 2..];
        let fields: Vec<&str> = after.split_whitespace().collect();
        // utime and stime are fields 14 and 15 of stat(5); `after` starts at field 3.
        let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
        let statm =
            std::fs::read_to_string(format!("/proc/{pid}/statm")).expect("/proc/<pid>/statm");
        let pages: u64 = statm.split_whitespace().nth(1).unwrap().parse().unwrap();
        let (tick_hz, page) = system();
        Usage {
            cpu: Duration::from_secs_f64(ticks as f64 / tick_hz as f64),
            resident_bytes: pages * page,
        }
    }
}

/// CPU time the whole machine spent busy so far (every core, every process), from
/// `/proc/stat`: with the bots' and the bench's own, it tells how much other work shared the
/// machine during a measurement.
pub fn machine_busy() -> Duration {
    let stat = std::fs::read_to_string("/proc/stat").expect("/proc/stat");
    let cpu = stat.lines().next().expect("the cpu line");
    // user nice system idle iowait irq softirq steal: all but idle and iowait were busy.
    let ticks: Vec<u64> = cpu
        .split_whitespace()
        .skip(1)
        .take(8)
        .map(|t| t.parse().expect("ticks"))
        .collect();
    let busy: u64 = ticks
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != 3 && *i != 4)
        .map(|(_, t)| t)
        .sum();
    Duration::from_secs_f64(busy as f64 / system().0 as f64)
}

/// Clock ticks per second and the page size, from `getconf` (100 and 4096 if it fails).
fn system() -> (u64, u64) {
    static SYSTEM: std::sync::OnceLock<(u64, u64)> = std::sync::OnceLock::new();
    *SYSTEM.get_or_init(|| {
        let getconf = |name: &str, default: u64| {
            let out = Command::new("getconf").arg(name).output();
            out.ok()
                .and_then(|o| String::from_utf8(o.stdout).ok())
                .and_then(|s| s.trim().parse().ok())
                .unwrap_or(default)
        };
        (getconf("CLK_TCK", 100), getconf("PAGESIZE", 4096))
    })
}
