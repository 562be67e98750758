//! Presses at a fixed offered rate, each timed from the double writing its INTERACTION_CREATE
//! frame to the double reading the bot's callback POST.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use discord_double::fixtures::{self, Member, APP_ID, EVERYONE};
use discord_double::Double;
use serde_json::Value;
use tokio::sync::watch;
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

/// What the double has read of the bot's answers to interactions, by interaction token:
/// callbacks, and the first follow-up message of a deferred one.
#[derive(Clone)]
pub struct Callbacks {
    seen: Arc<Mutex<Seen>>,
    /// Bumped at each arrival; every waiter watches it.
    changed: Arc<watch::Sender<u64>>,
}

#[derive(Default)]
struct Seen {
    callbacks: HashMap<String, Callback>,
    followups: HashMap<String, Instant>,
}

/// An interaction callback as the double read it.
#[derive(Clone, Copy, Debug)]
pub struct Callback {
    pub at: Instant,
    pub status: u16,
    /// 4: answered at once; 5: deferred, a follow-up message to come.
    pub kind: Option<u64>,
}

/// When an interaction was done with: its callback, or the follow-up of a deferred one.
#[derive(Clone, Copy, Debug)]
pub struct Done {
    pub at: Instant,
    pub deferred: bool,
}

impl Callbacks {
    /// Starts collecting `double`'s callbacks and follow-ups.
    pub fn listen(double: &Double) -> Callbacks {
        let callbacks = Callbacks {
            seen: Arc::default(),
            changed: Arc::new(watch::channel(0).0),
        };
        let mut arrivals = double.subscribe();
        let collected = callbacks.clone();
        tokio::spawn(async move {
            while let Some(arrival) = arrivals.recv().await {
                let Some(token) = arrival.interaction_token else {
                    continue;
                };
                let followup = arrival.method == "POST"
                    && arrival
                        .path
                        .ends_with(&format!("/webhooks/{APP_ID}/{token}"));
                {
                    let seen = &mut collected.seen.lock().unwrap();
                    if arrival.path.ends_with("/callback") {
                        let callback = Callback {
                            at: arrival.at,
                            status: arrival.status,
                            kind: arrival.callback_type,
                        };
                        seen.callbacks.insert(token, callback);
                    } else if followup {
                        seen.followups.entry(token).or_insert(arrival.at);
                    } else {
                        continue;
                    }
                }
                collected.changed.send_modify(|n| *n += 1);
            }
        });
        callbacks
    }

    pub fn get(&self, token: &str) -> Option<Callback> {
        self.seen.lock().unwrap().callbacks.get(token).copied()
    }

    /// Waits until `ready` finds what it looks for in what has been seen, or until `deadline`.
    async fn wait_until<T>(
        &self,
        deadline: Instant,
        mut ready: impl FnMut(&Seen) -> Option<T>,
    ) -> Option<T> {
        let mut changed = self.changed.subscribe();
        loop {
            // Marked seen before looking, so an arrival after the look wakes the wait.
            changed.borrow_and_update();
            if let Some(found) = ready(&self.seen.lock().unwrap()) {
                return Some(found);
            }
            tokio::select! {
                _ = changed.changed() => {}
                () = tokio::time::sleep_until(deadline.into()) => return None,
            }
        }
    }

    /// Waits until each of `tokens` has a callback, or until `deadline`.
    pub async fn wait_for(&self, tokens: &[String], deadline: Instant) {
        let mut from = 0;
        self.wait_until(deadline, |seen| {
            while from < tokens.len() && seen.callbacks.contains_key(&tokens[from]) {
                from += 1;
            }
            (from == tokens.len()).then_some(())
        })
        .await;
    }

    /// Waits for the callback of the interaction `token`, until `deadline`.
    pub async fn wait_callback(&self, token: &str, deadline: Instant) -> Option<Callback> {
        self.wait_until(deadline, |seen| seen.callbacks.get(token).copied())
            .await
    }

    /// Waits until the interaction `token` is done with: answered at once, or deferred and
    /// followed up; `None` if that is not before `deadline`.
    pub async fn wait_done(&self, token: &str, deadline: Instant) -> Option<Done> {
        self.wait_until(deadline, |seen| {
            let callback = seen.callbacks.get(token)?;
            if callback.kind != Some(5) {
                return Some(Done {
                    at: callback.at,
                    deferred: false,
                });
            }
            let at = *seen.followups.get(token)?;
            Some(Done { at, deferred: true })
        })
        .await
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

/// Offers `rate` interactions a second (each `next()`, with its token) for `secs` seconds, then waits for the callbacks (at most
/// [`DEADLINE`] after the last press).
pub async fn offer(
    double: &Double,
    bot: &Bot,
    mut next: impl FnMut() -> (Value, String),
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
        let (payload, token) = next();
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
            Some(callback) => {
                let took = callback.at.saturating_duration_since(*at);
                latencies.push(took);
                late += usize::from(took > DEADLINE);
                refused += usize::from(callback.status != 204);
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
