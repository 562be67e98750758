//! What the adapter records into [`Metrics`]: each interaction's kind and handling time (by
//! wrapping poise's framework, the one place every interaction passes through whole, which
//! also puts the shard in every log line of its handling), the HTTP status of answers Discord
//! refused, and the values read at each scrape.

use std::borrow::Cow;
use std::sync::Arc;
use std::time::Instant;

use tracing::Instrument as _;

use serenity::all::{
    Cache, CommandData, CommandDataOptionValue, Context as SerenityContext, FullEvent, HttpError,
    Interaction, ShardManager,
};

use super::custom_id::{CustomId, Written};
use super::{Data, Error};
use crate::metrics::{Metrics, Sample, Sampler};
use quizbot_domain::App;

/// poise's framework, timing every interaction from dispatch to the end of its handling.
pub struct Metered {
    pub framework: poise::Framework<Data, Error>,
    pub metrics: Arc<Metrics>,
}

#[serenity::async_trait]
impl serenity::framework::Framework for Metered {
    async fn init(&mut self, client: &serenity::Client) {
        self.framework.init(client).await;
    }

    async fn dispatch(&self, ctx: SerenityContext, event: FullEvent) {
        let kind = match &event {
            FullEvent::InteractionCreate { interaction } => Some(self.kind(interaction)),
            _ => None,
        };
        let started = Instant::now();
        // Every line logged while handling the event names the shard it came in on.
        let shard = tracing::info_span!("shard", id = ctx.shard_id.0);
        self.framework.dispatch(ctx, event).instrument(shard).await;
        if let Some(kind) = kind {
            self.metrics.interaction(kind, started.elapsed());
        }
    }
}

impl Metered {
    /// A command's qualified name (`round start`), or what kind of button or request it is.
    /// Only names the bot has become labels, so a forged interaction cannot add series.
    fn kind(&self, interaction: &Interaction) -> Cow<'static, str> {
        match interaction {
            Interaction::Command(command) => self.command(&command.data),
            Interaction::Component(press) => match CustomId::parse(&press.data.custom_id) {
                Some(CustomId::Answer { .. }) => "answer".into(),
                Some(CustomId::Flashcard { .. }) => "flashcard".into(),
                Some(CustomId::Review { .. } | CustomId::StartReview) => "review".into(),
                Some(CustomId::Page { .. }) => "page".into(),
                Some(CustomId::Type { .. }) => "typed answer form".into(),
                Some(CustomId::Hardest { .. }) => "hardest questions".into(),
                Some(CustomId::Suggestion { .. } | CustomId::FixIt) => "suggestion".into(),
                Some(CustomId::Report { .. } | CustomId::Reported { .. }) => "report".into(),
                Some(CustomId::Form { .. } | CustomId::Written(_)) | None => {
                    "unrecognised button".into()
                }
            },
            Interaction::Modal(submit) => match CustomId::parse(&submit.data.custom_id) {
                Some(CustomId::Written(Written::Report { .. } | Written::EditedQuestion(_))) => {
                    "report form".into()
                }
                Some(CustomId::Written(_)) => "suggestion form".into(),
                _ => "typed answer".into(),
            },
            Interaction::Autocomplete(_) => "autocomplete".into(),
            _ => "other".into(),
        }
    }

    fn command(&self, data: &CommandData) -> Cow<'static, str> {
        let commands = &self.framework.options().commands;
        let Some(mut command) = commands.iter().find(|c| c.name == data.name) else {
            return "unknown command".into();
        };
        let mut options = &data.options;
        while let Some((sub, inner)) = options.first().and_then(|o| match &o.value {
            CommandDataOptionValue::SubCommand(inner)
            | CommandDataOptionValue::SubCommandGroup(inner) => command
                .subcommands
                .iter()
                .find(|c| c.name == o.name)
                .map(|c| (c, inner)),
            _ => None,
        }) {
            command = sub;
            options = inner;
        }
        Cow::Owned(command.qualified_name.clone())
    }
}

/// Records `error` as a failed answer if it came from Discord's API.
pub fn failed_answer(metrics: &Metrics, error: &Error) {
    if let Some(serenity::Error::Http(http)) = error.downcast_ref::<serenity::Error>() {
        failed_request(metrics, http);
    }
}

/// Records a request to Discord's API that failed, by its status.
pub fn failed_request(metrics: &Metrics, error: &HttpError) {
    match error {
        HttpError::UnsuccessfulRequest(response) => {
            metrics.callback_error(Some(response.status_code.as_u16()));
        }
        HttpError::Request(_) => metrics.callback_error(None),
        _ => {}
    }
}

/// What each scrape reads: open questions from the domain, servers from serenity's cache, and
/// each shard's heartbeat latency from its runner.
pub fn sampler(app: Arc<App>, cache: Arc<Cache>, shards: Arc<ShardManager>) -> Sampler {
    Box::new(move || {
        let (app, cache, shards) = (app.clone(), cache.clone(), shards.clone());
        Box::pin(async move {
            let gateway_latency = shards
                .runners
                .lock()
                .await
                .iter()
                .map(|(id, runner)| (id.0, runner.latency))
                .collect();
            Sample {
                open_questions: app.closing_times().len(),
                bundled_reports: app.open_bundled_reports(),
                servers: cache.guild_count() + cache.unavailable_guilds().len(),
                gateway_latency,
            }
        })
    })
}
