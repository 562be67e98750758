//! `/decks` and `/help`.

use super::scope;
use crate::discord::{embeds, words, Context, Error};

/// The decks you can use here: id, title, questions and topics.
#[poise::command(slash_command)]
pub async fn decks(ctx: Context<'_>) -> Result<(), Error> {
    let library = ctx.data().app.library();
    ctx.send(poise::CreateReply::default().embed(embeds::info::decks(
        words::channel(ctx),
        &library,
        scope(ctx),
    )))
    .await?;
    Ok(())
}

/// What each command does.
#[poise::command(slash_command)]
pub async fn help(ctx: Context<'_>) -> Result<(), Error> {
    let w = words::private(ctx);
    let lines = super::localize::help_lines(&ctx.framework().options().commands, w.0);
    ctx.send(
        poise::CreateReply::default()
            .embed(embeds::info::help(w, &lines))
            .ephemeral(true),
    )
    .await?;
    Ok(())
}
