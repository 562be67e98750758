//! `/language`: the language of what this server's channels see (questions, reveals, rounds,
//! standings, daily posts). Private replies follow each member's own Discord language.

use serenity::all::Permissions;

use super::{complete, place, require};
use crate::discord::{embeds, words, Context, Error};
use crate::i18n::{Lang, Words};
use crate::say;
use quizbot_domain::error::UserError;

#[poise::command(
    slash_command,
    guild_only,
    subcommands("set", "show", "reset"),
    subcommand_required
)]
pub async fn language(_: Context<'_>) -> Result<(), Error> {
    Ok(())
}

#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn set(
    ctx: Context<'_>,
    #[autocomplete = "complete::language"] language: String,
) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD)?;
    let guild = place(ctx)?.guild;
    let lang = Lang::from_code(language.trim())
        .ok_or_else(|| UserError::UnknownLanguage(language.trim().to_owned()))?;
    ctx.data()
        .app
        .set_language(guild, Some(lang.code().to_owned()));
    tracing::info!(%guild, language = lang.code(), "server language set");
    let w = Words(lang);
    let text = say!(w, "language-set", language = w.get("language-name"));
    ctx.send(poise::CreateReply::default().embed(embeds::note(&text)))
        .await?;
    Ok(())
}

#[poise::command(slash_command, guild_only)]
pub async fn show(ctx: Context<'_>) -> Result<(), Error> {
    let guild = place(ctx)?.guild;
    let w = words::channel(ctx);
    let key = match ctx.data().app.chosen_language(guild) {
        Some(_) => "language-show-chosen",
        None => "language-show-discord",
    };
    let text = w.with(key, &[("language", w.get("language-name").into())]);
    let text = format!(
        "{text}\n\n{}",
        say!(w, "language-offered", languages = words::offered())
    );
    ctx.send(
        poise::CreateReply::default()
            .embed(embeds::note(&text))
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn reset(ctx: Context<'_>) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD)?;
    let guild = place(ctx)?.guild;
    ctx.data().app.set_language(guild, None);
    tracing::info!(%guild, "server language reset");
    let w = words::channel(ctx);
    let text = say!(w, "language-reset", language = w.get("language-name"));
    ctx.send(poise::CreateReply::default().embed(embeds::note(&text)))
        .await?;
    Ok(())
}
