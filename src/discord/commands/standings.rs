//! `/score` and `/leaderboard`: what members have earned in this server.

use serenity::all::User;

use super::place;
use crate::discord::{embeds, Context, Error};
use crate::error::UserError;
use crate::ids::UserId;
use crate::scores::Scope;

/// Your points, accuracy, streaks, rank, and accuracy per topic (weakest first).
#[poise::command(slash_command, guild_only)]
pub async fn score(
    ctx: Context<'_>,
    #[description = "Whose score (default: yours)"] user: Option<User>,
) -> Result<(), Error> {
    let place = place(ctx)?;
    let (who, name) = match &user {
        Some(u) => (u.id, u.display_name().to_owned()),
        None => (ctx.author().id, super::display_name(ctx)),
    };
    let card = ctx
        .data()
        .app
        .score_card(place.guild, UserId(who.get()))
        .ok_or_else(|| match &user {
            Some(_) => UserError::NoScoreFor(name.clone()),
            None => UserError::NoScore,
        })?;
    ctx.send(poise::CreateReply::default().embed(embeds::score(&name, &card)))
        .await?;
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, poise::ChoiceParameter)]
pub enum LeaderboardScope {
    #[name = "server"]
    Server,
    #[name = "channel"]
    Channel,
}

/// Top 10 by points, in this server or in this channel (a study group's own table).
#[poise::command(slash_command, guild_only)]
pub async fn leaderboard(
    ctx: Context<'_>,
    #[description = "server (default) or channel: points earned in this channel"] scope: Option<
        LeaderboardScope,
    >,
    #[description = "Page (10 a page)"]
    #[min = 1]
    page: Option<u32>,
) -> Result<(), Error> {
    let place = place(ctx)?;
    let channel = scope == Some(LeaderboardScope::Channel);
    let scope = if channel {
        Scope::Channel(place.channel)
    } else {
        Scope::Server
    };
    let page = ctx
        .data()
        .app
        .leaderboard(place.guild, scope, page.unwrap_or(1) as usize)?;
    let (embed, components) = embeds::leaderboard(&page, channel);
    ctx.send(
        poise::CreateReply::default()
            .embed(embed)
            .components(components),
    )
    .await?;
    Ok(())
}
