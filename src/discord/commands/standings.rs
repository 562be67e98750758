//! `/score` and `/leaderboard`: what members have earned in this server.

use serenity::all::User;

use super::{place, with_picture};
use crate::discord::custom_id::Table;
use crate::discord::{embeds, words, Context, Data, Error};
use quizbot_domain::app::Place;
use quizbot_domain::error::UserError;
use quizbot_domain::ids::UserId;
use quizbot_domain::scores::{Page, Period, Scope};

/// Page `page` of leaderboard `table` in `place`: for the command and its page buttons. A
/// pass over the server's members, so off the async runtime.
pub async fn show_table(
    data: &Data,
    place: Place,
    table: Table,
    page: usize,
) -> Result<Page, Error> {
    let (scope, period) = match table {
        Table::Server => (Scope::Server, Period::All),
        Table::Channel => (Scope::Channel(place.channel), Period::All),
        Table::Week => (Scope::Server, Period::Week),
        Table::Month => (Scope::Server, Period::Month),
    };
    let app = data.app.clone();
    Ok(
        tokio::task::spawn_blocking(move || app.leaderboard(place.guild, scope, period, page))
            .await??,
    )
}

/// Your points, accuracy, streaks, rank, accuracy per topic and last 30 days, with a picture.
#[poise::command(slash_command, guild_only)]
pub async fn score(ctx: Context<'_>, user: Option<User>) -> Result<(), Error> {
    let place = place(ctx)?;
    let (who, name) = match &user {
        Some(u) => (u.id, u.display_name().to_owned()),
        None => (ctx.author().id, super::display_name(ctx)),
    };
    let app = ctx.data().app.clone();
    let card = tokio::task::spawn_blocking(move || app.score_card(place.guild, UserId(who.get())))
        .await?
        .ok_or_else(|| match &user {
            Some(_) => UserError::NoScoreFor(name.clone()),
            None => UserError::NoScore,
        })?;
    let embed = embeds::standings::score(words::channel(ctx), &name, &card);
    let w = words::channel(ctx);
    let reply = with_picture(embed, "score.png", move || {
        quizbot_domain::picture::score_card(&name, &card, &w)
    })
    .await;
    ctx.send(reply).await?;
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, poise::ChoiceParameter)]
pub enum LeaderboardScope {
    #[name = "server"]
    Server,
    #[name = "channel"]
    Channel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, poise::ChoiceParameter)]
pub enum LeaderboardPeriod {
    #[name = "all"]
    All,
    #[name = "week"]
    Week,
    #[name = "month"]
    Month,
}

/// Top 10 by points: this server's of all time, this week or month, or this channel's.
#[poise::command(slash_command, guild_only)]
pub async fn leaderboard(
    ctx: Context<'_>,
    scope: Option<LeaderboardScope>,
    period: Option<LeaderboardPeriod>,
    #[min = 1] page: Option<u32>,
) -> Result<(), Error> {
    let place = place(ctx)?;
    let table = match (scope, period) {
        (Some(LeaderboardScope::Channel), None | Some(LeaderboardPeriod::All)) => Table::Channel,
        (Some(LeaderboardScope::Channel), _) => return Err(UserError::ChannelPeriod.into()),
        (_, Some(LeaderboardPeriod::Week)) => Table::Week,
        (_, Some(LeaderboardPeriod::Month)) => Table::Month,
        _ => Table::Server,
    };
    let page = show_table(ctx.data(), place, table, page.unwrap_or(1) as usize).await?;
    let (embed, components) = embeds::standings::leaderboard(words::channel(ctx), &page, table);
    ctx.send(
        poise::CreateReply::default()
            .embed(embed)
            .components(components),
    )
    .await?;
    Ok(())
}
