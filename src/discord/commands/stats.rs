//! `/stats`: the server's hardest questions and accuracy per topic, as a picture with the
//! same in words, and buttons to study them.

use super::{complete, place, with_picture};
use crate::discord::{embeds, words, Context, Error};

/// This server's hardest questions (by share right) and accuracy per topic, as a picture.
#[poise::command(slash_command, guild_only)]
pub async fn stats(
    ctx: Context<'_>,
    #[autocomplete = "complete::deck"] deck: Option<String>,
    #[autocomplete = "complete::topic"] topic: Option<String>,
) -> Result<(), Error> {
    let place = place(ctx)?;
    let report = ctx
        .data()
        .app
        .stats(place.guild, deck.as_deref(), topic.as_deref())?;
    let w = words::channel(ctx);
    let (embed, components) = embeds::stats::stats(w, &report);
    let reply = with_picture(embed, "stats.png", move || {
        quizbot_domain::picture::stats(&report, &w)
    })
    .await;
    ctx.send(reply.components(components)).await?;
    Ok(())
}
