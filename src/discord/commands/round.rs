//! `/round start` and `/round stop`: a study group quizzing itself in its channel.

use serenity::all::Permissions;

use super::{check_can_post, complete, display_name, has, place};
use crate::discord::{embeds, rounds, words, Context, Error};
use quizbot_domain::app::RoundSpec;
use quizbot_domain::ids::UserId;
use quizbot_domain::quiz::round::*;

/// A study-group round in this channel: several questions, one after another.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("start", "stop"),
    subcommand_required
)]
pub async fn round(_: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Start a round here: questions one after another, standings after each; survives restarts.
#[poise::command(slash_command, guild_only)]
pub async fn start(
    ctx: Context<'_>,
    #[min = 1]
    #[max = 25]
    questions: Option<u8>,
    #[min = 10]
    #[max = 300]
    seconds: Option<u16>,
    #[autocomplete = "complete::deck"] deck: Option<String>,
    #[autocomplete = "complete::topic"] topic: Option<String>,
) -> Result<(), Error> {
    let place = place(ctx)?;
    check_can_post(ctx)?;
    let spec = RoundSpec {
        questions: questions
            .unwrap_or(DEFAULT_QUESTIONS)
            .clamp(MIN_QUESTIONS, MAX_QUESTIONS),
        seconds: seconds
            .unwrap_or(DEFAULT_SECONDS)
            .clamp(MIN_SECONDS, MAX_SECONDS),
        deck,
        topic,
    };
    let data = ctx.data();
    let starter = UserId(ctx.author().id.get());
    let (round, stopped) = data
        .app
        .start_round(place, starter, &display_name(ctx), &spec)?;
    let announced = ctx
        .send(
            poise::CreateReply::default()
                .embed(embeds::round::round_started(words::channel(ctx), &round)),
        )
        .await;
    if let Err(e) = announced {
        // Nothing drives a round whose start was never announced: free the channel.
        data.app.end_round(place);
        return Err(e.into());
    }
    let driver = rounds::drive(
        ctx.serenity_context().http.clone(),
        data.app.clone(),
        place,
        stopped,
        data.stop.clone(),
    );
    data.tasks.spawn(driver);
    Ok(())
}

/// Stop the round running here (its starter, or a member with Manage Messages).
#[poise::command(slash_command, guild_only)]
pub async fn stop(ctx: Context<'_>) -> Result<(), Error> {
    let place = place(ctx)?;
    let may_manage = has(ctx, Permissions::MANAGE_MESSAGES);
    ctx.data()
        .app
        .stop_round(place, UserId(ctx.author().id.get()), may_manage)?;
    ctx.send(
        poise::CreateReply::default()
            .embed(embeds::note(&words::private(ctx).get("round-stopping")))
            .ephemeral(true),
    )
    .await?;
    Ok(())
}
