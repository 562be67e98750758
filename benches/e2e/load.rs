//! Presses at a fixed offered rate, each timed from the double writing its INTERACTION_CREATE
//! frame to the double reading the bot's callback POST.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use discord_double::fixtures::{self, Member, EVERYONE};
use discord_double::Double;
use serde_json::Value;
use tokio::sync::Notify;
use tokio::task::JoinSet;

use crate::bots::{machine_busy, Bot, Usage};
use crate::world::{self, World};

/// Discord's deadline for acknowledging an interaction.
pub const DEADLINE: Duration = Duration::from_secs(3);

/// Makes presses that are each a different member's first answer to an open question, spread
/// over every server in turn.
pub struct Presser {
    world: World,
    /// The message each open question is on, by open id.
    messages: Vec<Value>,
    next: u64,
}

impl Presser {
    pub fn new(world: World) -> Presser {
        let mut messages = vec![Value::Null];
        for server in 0..world.servers {
            for nth in 0..world.open_per_server {
                let open = world::open_id(&world, server, nth);
                messages.push(world::message(server, open));
            }
        }
        Presser {
            world,
            messages,
            next: 0,
        }
    }

    /// How many presses are left before members would answer a question a second time.
    pub fn left(&self) -> u64 {
        self.world.servers * self.world.members * self.world.open_per_server - self.next
    }

    /// The next press and its interaction token.
    pub fn press(&mut self) -> (Value, String) {
        assert!(
            self.left() > 0,
            "every member has answered every open question"
        );
        let i = self.next;
        self.next += 1;
        let World {
            servers, members, ..
        } = self.world;
        let (server, round) = (i % servers, i / servers);
        let (member, nth) = (round % members, round / members);
        let open = world::open_id(&self.world, server, nth);
        let presser = Member {
            user_id: world::user_id(server, member),
            name: "member",
            permissions: EVERYONE,
        };
        let custom_id = format!("q1:{open}:{}", i % 4);
        let payload = fixtures::button(&custom_id, &self.messages[open as usize])
            .in_guild(world::guild_id(server))
            .by(&presser)
            .build();
        let token = payload["token"].as_str().expect("a token").to_string();
        (payload, token)
    }
}

/// Every interaction callback the double has read: token -> (when, status).
#[derive(Clone)]
pub struct Callbacks {
    seen: Arc<Mutex<HashMap<String, (Instant, u16)>>>,
    changed: Arc<Notify>,
}

impl Callbacks {
    /// Starts collecting `double`'s callbacks.
    pub fn listen(double: &Double) -> Callbacks {
        let callbacks = Callbacks {
            seen: Arc::default(),
            changed: Arc::default(),
        };
        let mut arrivals = double.subscribe();
        let collected = callbacks.clone();
        tokio::spawn(async move {
            while let Some(arrival) = arrivals.recv().await {
                if !arrival.path.ends_with("/callback") {
                    continue;
                }
                if let Some(token) = arrival.interaction_token {
                    let seen = &mut collected.seen.lock().unwrap();
                    seen.insert(token, (arrival.at, arrival.status));
                    collected.changed.notify_one();
                }
            }
        });
        callbacks
    }

    pub fn get(&self, token: &str) -> Option<(Instant, u16)> {
        self.seen.lock().unwrap().get(token).copied()
    }

    /// Waits until each of `tokens` has a callback, or until `deadline`.
    pub async fn wait_for(&self, tokens: &[String], deadline: Instant) {
        let mut from = 0;
        loop {
            {
                let seen = self.seen.lock().unwrap();
                while from < tokens.len() && seen.contains_key(&tokens[from]) {
                    from += 1;
                }
            }
            if from == tokens.len() {
                return;
            }
            tokio::select! {
                () = self.changed.notified() => {}
                () = tokio::time::sleep_until(deadline.into()) => return,
            }
        }
    }
}

/// What one bot did at one offered rate.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub presses: usize,
    /// Press to callback of each press that got one, sorted.
    pub latencies: Vec<Duration>,
    /// Presses with no callback within [`DEADLINE`].
    pub late: usize,
    /// Callbacks the double refused (not 204): a malformed answer.
    pub refused: usize,
    /// The bot's CPU time from the first press to the last callback.
    pub cpu: Duration,
    /// CPU time of everything else on the machine meanwhile, the bench and its double aside:
    /// the noise of a shared machine.
    pub others: Duration,
    /// CPU time of this process (the presses and the double answering them) meanwhile.
    pub bench_cpu: Duration,
    /// How long the measurement took, first press to last callback.
    pub window: Duration,
    pub resident_bytes: u64,
    /// From the first press written to the last.
    pub sending: Duration,
}

impl Outcome {
    /// The `q`-quantile (nearest rank) of the latencies.
    pub fn quantile(&self, q: f64) -> Duration {
        if self.latencies.is_empty() {
            return Duration::ZERO;
        }
        let rank = (q * self.latencies.len() as f64).ceil() as usize;
        self.latencies[rank.clamp(1, self.latencies.len()) - 1]
    }

    pub fn max(&self) -> Duration {
        self.latencies.last().copied().unwrap_or_default()
    }

    /// CPU time per 1,000 presses.
    pub fn cpu_per_1000(&self) -> Duration {
        self.cpu.mul_f64(1000.0 / self.presses.max(1) as f64)
    }
}

/// Offers `rate` presses a second for `secs` seconds, then waits for the callbacks (at most
/// [`DEADLINE`] after the last press).
pub async fn offer(
    double: &Double,
    bot: &Bot,
    presser: &mut Presser,
    callbacks: &Callbacks,
    rate: u32,
    secs: u32,
) -> Outcome {
    let total = (rate * secs) as usize;
    let before = bot.usage();
    let bench_before = Usage::of(std::process::id());
    let busy_before = machine_busy();
    let start = Instant::now();
    let mut sending = JoinSet::new();
    for i in 0..total {
        let due = start + Duration::from_secs_f64(i as f64 / f64::from(rate));
        // The timer wakes on whole milliseconds: at high rates, the presses due by then go
        // out together, as they would from many members.
        if due > Instant::now() {
            tokio::time::sleep_until(due.into()).await;
        }
        let (payload, token) = presser.press();
        let double = double.clone();
        sending.spawn(async move { (token, double.interact(&payload).await) });
    }
    let mut written = Vec::with_capacity(total);
    while let Some(sent) = sending.join_next().await {
        written.push(sent.expect("a press"));
    }
    let first = written.iter().map(|(_, at)| *at).min().unwrap_or(start);
    let last = written.iter().map(|(_, at)| *at).max().unwrap_or(start);
    let tokens: Vec<String> = written.iter().map(|(token, _)| token.clone()).collect();
    callbacks.wait_for(&tokens, last + DEADLINE).await;
    let after = bot.usage();
    let bench_after = Usage::of(std::process::id());
    let busy = machine_busy().saturating_sub(busy_before);
    let window = start.elapsed();
    let mut latencies = Vec::with_capacity(total);
    let (mut late, mut refused) = (0, 0);
    for (token, at) in &written {
        match callbacks.get(token) {
            Some((answered, status)) => {
                let took = answered.saturating_duration_since(*at);
                latencies.push(took);
                late += usize::from(took > DEADLINE);
                refused += usize::from(status != 204);
            }
            None => late += 1,
        }
    }
    latencies.sort_unstable();
    Outcome {
        presses: total,
        latencies,
        late,
        refused,
        cpu: after.cpu.saturating_sub(before.cpu),
        bench_cpu: bench_after.cpu.saturating_sub(bench_before.cpu),
        others: busy
            .saturating_sub(after.cpu.saturating_sub(before.cpu))
            .saturating_sub(bench_after.cpu.saturating_sub(bench_before.cpu)),
        window,
        resident_bytes: after.resident_bytes,
        sending: last - first,
    }
}
