//! `/daily set`, `/daily show`, `/daily off`: the server's daily question.

use serenity::all::{ChannelType, GuildChannel, Permissions};

use super::{complete, missing_to_post, place, require, scope};
use crate::discord::{embeds, Context, Error};
use crate::error::UserError;
use crate::ids::ChannelId;
use crate::schedule::{self, DailySchedule};

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
    #[description = "Where to post it"]
    #[channel_types("Text")]
    channel: GuildChannel,
    #[description = "Local time, HH:MM (24-hour), e.g. 09:30"] time: String,
    #[description = "Time zone (IANA name, e.g. Europe/Berlin)"]
    #[autocomplete = "complete::zone"]
    timezone: String,
    #[description = "Deck to draw from (default: the first deck)"]
    #[autocomplete = "complete::deck"]
    deck: Option<String>,
    #[description = "Only questions on this topic"]
    #[autocomplete = "complete::topic"]
    topic: Option<String>,
) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD, "Manage Server")?;
    let place = place(ctx)?;
    let time = schedule::parse_time(&time).map_err(|e| UserError::Invalid(e.to_string()))?;
    let zone = schedule::parse_zone(&timezone).map_err(|e| UserError::Invalid(e.to_string()))?;
    let app = &ctx.data().app;
    let (deck, topic) = app.resolve(scope(ctx), deck.as_deref(), topic.as_deref())?;
    // Discord offers only this server's channels, but the id comes from the client.
    if channel.guild_id.get() != place.guild.0 {
        return Err(UserError::Invalid(format!(
            "<#{}> is not a channel of this server: pick one of its own.",
            channel.id
        ))
        .into());
    }
    check_bot_can_post(ctx, &channel).await?;
    let schedule = DailySchedule::new(
        ChannelId(channel.id.get()),
        time,
        zone,
        Some(deck.id.clone()),
        topic,
        app.clock.now(),
    );
    let stored = app.set_daily(place.guild, schedule);
    ctx.send(poise::CreateReply::default().embed(embeds::daily(&stored, app.clock.now())))
        .await?;
    Ok(())
}

/// Checks the bot's own permissions in `channel` (roles and overwrites), naming what is missing.
async fn check_bot_can_post(ctx: Context<'_>, channel: &GuildChannel) -> Result<(), Error> {
    if channel.kind != ChannelType::Text && channel.kind != ChannelType::News {
        return Err(UserError::Invalid(format!("<#{}> is not a text channel.", channel.id)).into());
    }
    let http = &ctx.serenity_context().http;
    let guild = channel.guild_id.to_partial_guild(http).await?;
    let me = channel
        .guild_id
        .member(http, ctx.framework().bot_id)
        .await?;
    match missing_to_post(guild.user_permissions_in(channel, &me)) {
        Some(missing) => Err(UserError::CannotPostIn {
            channel: channel.id.get(),
            missing,
        }
        .into()),
        None => Ok(()),
    }
}

/// The daily question's schedule, its next post, and the last delivery error.
#[poise::command(slash_command, guild_only)]
pub async fn show(ctx: Context<'_>) -> Result<(), Error> {
    let place = place(ctx)?;
    let app = &ctx.data().app;
    let schedule = app.daily(place.guild).ok_or(UserError::NoDaily)?;
    ctx.send(poise::CreateReply::default().embed(embeds::daily(&schedule, app.clock.now())))
        .await?;
    Ok(())
}

/// Turn the daily question off (needs Manage Server).
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn off(ctx: Context<'_>) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD, "Manage Server")?;
    let place = place(ctx)?;
    ctx.data().app.daily_off(place.guild)?;
    ctx.send(poise::CreateReply::default().embed(embeds::note(
        "The daily question is off. The last one stays open until its time.",
    )))
    .await?;
    Ok(())
}
