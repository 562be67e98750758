//! `/decks` and `/help`.

use super::scope;
use crate::discord::{embeds, words, Context, Error};

/// The decks you can use here: id, title, questions and topics.
#[poise::command(slash_command)]
pub async fn decks(ctx: Context<'_>) -> Result<(), Error> {
    let library = ctx.data().app.library();
    ctx.send(poise::CreateReply::default().embed(embeds::decks(
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
    let mut lines = Vec::new();
    for command in &ctx.framework().options().commands {
        let subcommands: Vec<_> = command.subcommands.iter().collect();
        if subcommands.is_empty() {
            lines.push((
                command.name.clone(),
                command.description.clone().unwrap_or_default(),
            ));
        }
        for sub in subcommands {
            lines.push((
                format!("{} {}", command.name, sub.name),
                sub.description.clone().unwrap_or_default(),
            ));
        }
    }
    ctx.send(
        poise::CreateReply::default()
            .embed(embeds::help(words::private(ctx), &lines))
            .ephemeral(true),
    )
    .await?;
    Ok(())
}
