//! `/quiz`: one question in the channel, open to everyone for a minute.

use chrono::Duration;

use super::{check_can_post, complete, place};
use crate::discord::{embeds, questions, words, Context, Error};

/// How long a `/quiz` question stays open.
pub const OPEN_FOR: Duration = Duration::seconds(60);

/// Post a multiple-choice question here; everyone may answer once within a minute.
#[poise::command(slash_command, guild_only)]
pub async fn quiz(
    ctx: Context<'_>,
    #[autocomplete = "complete::deck"] deck: Option<String>,
    #[autocomplete = "complete::topic"] topic: Option<String>,
) -> Result<(), Error> {
    let place = place(ctx)?;
    check_can_post(ctx)?;
    let data = ctx.data();
    let user = quizbot_domain::ids::UserId(ctx.author().id.get());
    let posted = data
        .app
        .quiz(place, user, deck.as_deref(), topic.as_deref(), OPEN_FOR)?;
    questions::post(ctx.serenity_context().http.clone(), data, &posted).await?;
    ctx.send(
        poise::CreateReply::default()
            .embed(embeds::quiz::posted(words::private(ctx), posted.closes_at))
            .ephemeral(true),
    )
    .await?;
    Ok(())
}
