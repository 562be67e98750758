//! `/daily set`, `/daily show`, `/daily off`: the server's daily question.

use serenity::all::{GuildChannel, Permissions};

use super::{check_postable, complete, place, require, scope};
use crate::discord::{embeds, words, Context, Error};
use quizbot_domain::error::UserError;
use quizbot_domain::ids::ChannelId;
use quizbot_domain::schedule::{self, DailySchedule};

/// A question every day at a set time, answered and scored like `/quiz`.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("set", "show", "off"),
    subcommand_required
)]
pub async fn daily(_: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Post a daily question in a channel at a local time (needs Manage Server).
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn set(
    ctx: Context<'_>,
    #[channel_types("Text")] channel: GuildChannel,
    time: String,
    #[autocomplete = "complete::zone"] timezone: String,
    #[autocomplete = "complete::deck"] deck: Option<String>,
    #[autocomplete = "complete::topic"] topic: Option<String>,
) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD)?;
    let place = place(ctx)?;
    let time = schedule::parse_time(&time).map_err(UserError::Schedule)?;
    let zone = schedule::parse_zone(&timezone).map_err(UserError::Schedule)?;
    let app = &ctx.data().app;
    let (deck, topic) = app.resolve(scope(ctx), deck.as_deref(), topic.as_deref())?;
    check_postable(ctx, place, &channel).await?;
    let schedule = DailySchedule::new(
        ChannelId(channel.id.get()),
        time,
        zone,
        Some(deck.id.clone()),
        topic,
        app.clock.now(),
    );
    let stored = app.set_daily(place.guild, schedule);
    ctx.send(poise::CreateReply::default().embed(embeds::daily::daily(
        words::channel(ctx),
        &stored,
        app.clock.now(),
    )))
    .await?;
    Ok(())
}

/// The daily question's schedule, its next post, and the last delivery error.
#[poise::command(slash_command, guild_only)]
pub async fn show(ctx: Context<'_>) -> Result<(), Error> {
    let place = place(ctx)?;
    let app = &ctx.data().app;
    let schedule = app.daily(place.guild).ok_or(UserError::NoDaily)?;
    ctx.send(poise::CreateReply::default().embed(embeds::daily::daily(
        words::channel(ctx),
        &schedule,
        app.clock.now(),
    )))
    .await?;
    Ok(())
}

/// Turn the daily question off (needs Manage Server).
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn off(ctx: Context<'_>) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD)?;
    let place = place(ctx)?;
    ctx.data().app.daily_off(place.guild)?;
    ctx.send(
        poise::CreateReply::default().embed(embeds::note(&words::channel(ctx).get("daily-off"))),
    )
    .await?;
    Ok(())
}
