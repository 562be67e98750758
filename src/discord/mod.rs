//! The Discord adapter, and the only module that imports serenity or poise: it turns
//! interactions into calls on [`App`] and the results into embeds and buttons.
//!
//! - `commands/`: the slash commands (poise), one file per group, and autocomplete.
//! - `interactions`: button presses. `custom_id`: the ids those buttons carry.
//! - `questions`: posting questions as channel messages and closing them on time.
//! - `rounds`: driving a study-group round from its first question to its final standings.
//! - `daily`: the scheduler that posts each server's daily question on time.
//! - `reminders`: the scheduler that DMs each learner's review reminder on time.
//! - `wake`: what those two schedulers sleep on.
//! - `embeds/`: what every reply looks like, within Discord's limits, a file per feature
//!   (quiz, round, standings, stats, study, info, daily, suggest).
//! - `suggestions`: presses and submitted forms of suggestions and problem reports.
//! - `words`: which language a reply is in (the user's, or the server's), and Discord's
//!   permission names.
//! - `errors`: the one place errors become replies (ephemeral) or log lines.
//! - `who`: who an interaction is from and where, as the domain names them.
//! - `metering`: what goes into the operators' metrics (interactions, failed answers, samples).

mod commands;
pub mod custom_id;
mod daily;
mod embeds;
mod errors;
mod interactions;
mod metering;
mod questions;
mod reminders;
mod rounds;
mod suggestions;
mod wake;
mod who;
mod words;

use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use serenity::all::{
    ClientBuilder, ConnectionStage, FullEvent, GatewayIntents, GuildId, Http, HttpBuilder,
    Interaction,
};
use tokio::sync::watch;
use tokio::task::JoinSet;

use crate::metrics::Metrics;
use crate::Config;
use quizbot_domain::App;

pub type Error = anyhow::Error;
pub type Context<'a> = poise::Context<'a, Data, Error>;

/// What every command and button handler gets.
pub struct Data {
    pub app: Arc<App>,
    /// Turns true at shutdown: timers stop and leave their questions to the snapshot.
    pub stop: watch::Receiver<bool>,
    /// Work that must finish before the final snapshot (running rounds).
    pub tasks: Tasks,
    /// The HTTP client serenity uses, shared for downloading uploaded decks.
    pub downloads: reqwest::Client,
    pub metrics: Arc<Metrics>,
    /// Makes `/dashboard`'s links; `None` while the dashboard is off.
    pub dashboard: Option<Arc<crate::web::Links>>,
}

/// Background work that shutdown waits for.
#[derive(Clone, Default)]
pub struct Tasks(Arc<std::sync::Mutex<JoinSet<()>>>);

impl Tasks {
    fn set(&self) -> std::sync::MutexGuard<'_, JoinSet<()>> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub fn spawn(&self, work: impl Future<Output = ()> + Send + 'static) {
        let mut set = self.set();
        while set.try_join_next().is_some() {}
        set.spawn(work);
    }

    /// Waits for every task, at most `limit`.
    async fn wait(&self, limit: Duration) {
        let mut set = std::mem::take(&mut *self.set());
        let all = async { while set.join_next().await.is_some() {} };
        if tokio::time::timeout(limit, all).await.is_err() {
            tracing::warn!("background work did not finish in {limit:?}; it was cut short");
        }
    }
}

/// Connects to Discord and serves until `shutdown`, then writes the final snapshot.
pub async fn serve(
    config: Config,
    app: Arc<App>,
    metrics: Arc<Metrics>,
    dashboard: Option<Arc<crate::web::Links>>,
    shutdown: impl Future<Output = ()> + Send,
) -> anyhow::Result<()> {
    let (stop_tx, stop) = watch::channel(false);
    let downloads = reqwest::Client::builder()
        .use_rustls_tls()
        .build()
        .context("cannot build the HTTP client")?;
    let http = HttpBuilder::new(config.token.expose()).client(downloads.clone());
    let http = match &config.api_base {
        // serenity's rate limiter talks to discord.com whatever the proxy says; the double
        // does not rate-limit, so it is off only there.
        Some(base) => http.proxy(base).ratelimiter_disabled(true).build(),
        None => http.build(),
    };
    let dev_guild = config.dev_guild;
    let setup_app = app.clone();
    let setup_stop = stop.clone();
    let tasks = Tasks::default();
    let setup_tasks = tasks.clone();
    let setup_metrics = metrics.clone();
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: commands::all(),
            on_error: |error| Box::pin(errors::on_error(error)),
            // Before the command runs, so that what it posts is in the server's language.
            pre_command: |ctx| {
                Box::pin(async move {
                    if let poise::Context::Application(a) = ctx {
                        let locale = a.interaction.guild_locale.as_deref();
                        words::note_server(&ctx.data().app, ctx.guild_id(), locale);
                    }
                })
            },
            post_command: |ctx| {
                Box::pin(async move {
                    tracing::info!(
                        command = %ctx.command().qualified_name,
                        user = %ctx.author().id,
                        guild = ?ctx.guild_id().map(|g| g.get()),
                        channel = %ctx.channel_id(),
                        "command used"
                    );
                })
            },
            event_handler: |ctx, event, _framework, data| {
                Box::pin(async move {
                    match event {
                        FullEvent::InteractionCreate {
                            interaction: Interaction::Component(press),
                        } => {
                            let locale = press.guild_locale.as_deref();
                            words::note_server(&data.app, press.guild_id, locale);
                            if let Err(e) = interactions::handle(ctx, data, press).await {
                                errors::answer_press(ctx, data, press, e).await;
                            }
                        }
                        FullEvent::InteractionCreate {
                            interaction: Interaction::Modal(submit),
                        } => {
                            let locale = submit.guild_locale.as_deref();
                            words::note_server(&data.app, submit.guild_id, locale);
                            if let Err(e) = interactions::submitted(ctx, data, submit).await {
                                errors::answer_submit(ctx, data, submit, e).await;
                            }
                        }
                        FullEvent::GuildCreate { guild, .. } => {
                            let locale = Some(guild.preferred_locale.as_str());
                            words::note_server(&data.app, Some(guild.id), locale);
                        }
                        // Logged inside the span that names the shard (see `metering`).
                        FullEvent::Ready { data_about_bot } => {
                            let servers = data_about_bot.guilds.len();
                            tracing::info!(servers, "shard ready");
                        }
                        FullEvent::ShardStageUpdate { event } => match event.new {
                            ConnectionStage::Connected => tracing::info!("shard connected"),
                            ConnectionStage::Disconnected => tracing::warn!(
                                "shard disconnected; it reconnects while the others serve"
                            ),
                            stage => tracing::debug!(%stage, "shard"),
                        },
                        _ => {}
                    }
                    Ok(())
                })
            },
            ..Default::default()
        })
        .setup(move |ctx, ready, framework| {
            Box::pin(async move {
                let commands = &framework.options().commands;
                match dev_guild {
                    Some(g) => {
                        poise::builtins::register_in_guild(ctx, commands, GuildId::new(g)).await?
                    }
                    None => poise::builtins::register_globally(ctx, commands).await?,
                }
                // poise runs this once, on the first shard's READY: the commands are registered,
                // the timers rearmed and the scheduler started once, whatever the shard count.
                tracing::info!(bot = %ready.user.name, dev_guild, "connected; commands registered");
                questions::rearm(ctx.http.clone(), setup_app.clone(), setup_stop.clone());
                for (place, stopped) in setup_app.resume_rounds() {
                    tracing::info!(channel = %place.channel, "round resumed");
                    setup_tasks.spawn(rounds::drive(
                        ctx.http.clone(),
                        setup_app.clone(),
                        place,
                        stopped,
                        setup_stop.clone(),
                    ));
                }
                // Catch-up happens before any interaction is served, so it never races one.
                daily::post_due(&ctx.http, &setup_app, &setup_stop).await;
                tokio::spawn(daily::run(
                    ctx.http.clone(),
                    setup_app.clone(),
                    setup_stop.clone(),
                ));
                tokio::spawn(reminders::run(
                    ctx.http.clone(),
                    setup_app.clone(),
                    setup_stop.clone(),
                ));
                Ok(Data {
                    app: setup_app,
                    stop: setup_stop,
                    tasks: setup_tasks,
                    downloads,
                    metrics: setup_metrics,
                    dashboard,
                })
            })
        })
        .build();
    let framework = metering::Metered {
        framework,
        metrics: metrics.clone(),
    };
    // Everything the bot does arrives as interactions; GUILDS keeps servers and channels in the
    // cache. Any other intent would send every message, reaction and typing event of every
    // server down the shards for nothing.
    let mut client = ClientBuilder::new_with_http(http, GatewayIntents::GUILDS)
        .framework(framework)
        .await
        .context("cannot set up the Discord client")?;
    let shards = client.shard_manager.clone();
    metrics.set_sampler(metering::sampler(
        app.clone(),
        client.cache.clone(),
        shards.clone(),
    ));
    // Asked before the snapshot timer starts, so a refusal here leaves nothing running.
    let total = match config.shards {
        Some(pinned) => pinned,
        None => recommended_shards(&client.http).await?,
    };
    let snapshots = tokio::spawn(snapshot_every(
        app.clone(),
        metrics.clone(),
        config.snapshot_every,
        stop.clone(),
    ));
    tracing::info!(shards = total, "connecting");
    // serenity starts the shards one after another, 5 s apart, as Discord allows any bot.
    let mut connection = tokio::spawn(async move { client.start_shards(total).await });
    let outcome = tokio::select! {
        () = shutdown => None,
        ended = &mut connection => Some(ended),
    };
    tracing::info!("shutting down");
    stop_tx.send_replace(true);
    tasks.wait(Duration::from_secs(10)).await;
    shards.shutdown_all().await;
    let ended = match outcome {
        Some(ended) => ended,
        None => stopped(connection).await,
    };
    let _ = snapshots.await;
    snapshot(&app, &metrics)
        .await
        .context("the final snapshot failed")?;
    tracing::info!(path = %app.store.path().display(), "snapshot written; bye");
    ended
        .context("the Discord connection task failed")?
        .context("the Discord connection failed")
}

/// How long the connection task has to end once `shutdown_all` has returned: it then has
/// nothing left to wait for but being scheduled.
const CONNECTION_END: Duration = Duration::from_secs(1);

/// The connection's outcome after `shutdown_all`. serenity ends `start_shards` only when a
/// shard was running: a stop while the first shard is still connecting (or between two
/// attempts) would leave it waiting for ever, so it is cut short instead, as a clean end.
async fn stopped(
    mut connection: tokio::task::JoinHandle<serenity::Result<()>>,
) -> Result<serenity::Result<()>, tokio::task::JoinError> {
    match tokio::time::timeout(CONNECTION_END, &mut connection).await {
        Ok(ended) => ended,
        Err(_) => {
            tracing::info!("no shard was running; the connection is cut short");
            connection.abort();
            Ok(Ok(()))
        }
    }
}

/// The shard count Discord recommends for this bot (`GET /gateway/bot`).
async fn recommended_shards(http: &Http) -> anyhow::Result<u32> {
    let gateway = http
        .get_bot_gateway()
        .await
        .context("cannot ask Discord how many shards to connect (GET /gateway/bot)")?;
    let limit = &gateway.session_start_limit;
    tracing::info!(
        shards = gateway.shards,
        identifies_left = limit.remaining,
        max_concurrency = limit.max_concurrency,
        "Discord's recommendation"
    );
    if limit.remaining < u64::from(gateway.shards) {
        tracing::warn!(
            "Discord allows {} more connections until {} s from now; some shards wait until then",
            limit.remaining,
            limit.reset_after / 1000
        );
    }
    Ok(gateway.shards.max(1))
}

async fn snapshot_every(
    app: Arc<App>,
    metrics: Arc<Metrics>,
    every: Duration,
    mut stop: watch::Receiver<bool>,
) {
    let mut ticks = tokio::time::interval(every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = ticks.tick() => {}
            _ = stop.wait_for(|stopped| *stopped) => return,
        }
        match snapshot(&app, &metrics).await {
            Ok(true) => tracing::debug!("snapshot written"),
            Ok(false) => {}
            Err(e) => tracing::error!("{e}"),
        }
    }
}

/// A snapshot if anything changed, timed and measured for the metrics.
async fn snapshot(app: &App, metrics: &Metrics) -> anyhow::Result<bool> {
    let started = Instant::now();
    match app.store.snapshot().await {
        Ok(true) => {
            let took = started.elapsed();
            let bytes = tokio::fs::metadata(app.store.path())
                .await
                .map_or(0, |m| m.len());
            metrics.snapshot_written(took, bytes);
            Ok(true)
        }
        Ok(false) => {
            metrics.snapshot_current();
            Ok(false)
        }
        Err(e) => {
            metrics.snapshot_failed();
            Err(e.into())
        }
    }
}
