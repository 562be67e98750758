//! Server admins' commands: `/deck upload` brings their own material, `/scores export` takes
//! their data with them. Both need Manage Server, checked here as well as by Discord.

use std::path::Path;
use std::time::Duration;

use serenity::all::{Attachment, CreateAttachment, Permissions};

use super::{place, require};
use crate::deck::LoadedDeck;
use crate::discord::{embeds, Context, Error};
use crate::error::UserError;

/// Decks are small; anything bigger is a mistake (or worse).
pub const MAX_DECK_BYTES: usize = 1024 * 1024;
const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(15);

/// Manage the decks this bot serves.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("upload"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn deck(_: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Upload a JSON deck: checked like `quizbot check`, served at once if valid.
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn upload(
    ctx: Context<'_>,
    #[description = "The deck, a .json file of at most 1 MiB; its name is the deck id"]
    file: Attachment,
    #[description = "Replace the deck of the same id (scores of questions it keeps are kept)"]
    replace: Option<bool>,
) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD, "Manage Server")?;
    let Some(id) = file.filename.strip_suffix(".json") else {
        return Err(UserError::Invalid(format!(
            "`{}` is not a deck: upload a `.json` file (see `quizbot check` in the README).",
            file.filename
        ))
        .into());
    };
    if file.size as usize > MAX_DECK_BYTES {
        return Err(too_big(&file.filename).into());
    }
    let app = ctx.data().app.clone();
    app.may_install(id, replace.unwrap_or(false))?;
    ctx.defer().await?;
    let bytes = download(&ctx.data().downloads, &file).await?;
    let deck = match LoadedDeck::parse(id, Path::new(&file.filename), &bytes) {
        Ok(deck) => deck,
        Err(problems) => {
            let report = crate::deck::Report { problems };
            let text = format!(
                "`{}` was not loaded and nothing changed. Problems:\n```\n{}```",
                file.filename,
                report.truncated(embeds::DESCRIPTION_MAX - 200)
            );
            ctx.send(
                poise::CreateReply::default()
                    .embed(embeds::error(&text))
                    .ephemeral(true),
            )
            .await?;
            return Ok(());
        }
    };
    let summary = format!(
        "Deck `{}` ({}) is loaded: {} questions. Try `/quiz deck:{}`.",
        deck.id,
        deck.title(),
        deck.len(),
        deck.id
    );
    let dropped = tokio::task::spawn_blocking(move || app.install_deck(deck, &bytes)).await??;
    if dropped.open + dropped.cards > 0 {
        tracing::info!(
            ?dropped,
            "deck replaced; state of removed questions dropped"
        );
    }
    ctx.send(poise::CreateReply::default().embed(embeds::note(&summary)))
        .await?;
    Ok(())
}

fn too_big(name: &str) -> UserError {
    UserError::Invalid(format!(
        "`{name}` is larger than 1 MiB: split it into several decks."
    ))
}

/// The attachment's bytes, stopping as soon as it exceeds the limit, whatever its declared size.
async fn download(client: &reqwest::Client, file: &Attachment) -> Result<Vec<u8>, Error> {
    let mut response = client
        .get(&file.url)
        .timeout(DOWNLOAD_TIMEOUT)
        .send()
        .await?
        .error_for_status()?;
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        bytes.extend_from_slice(&chunk);
        if bytes.len() > MAX_DECK_BYTES {
            return Err(too_big(&file.filename).into());
        }
    }
    Ok(bytes)
}

/// Take the server's scores with you.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("export"),
    subcommand_required,
    default_member_permissions = "MANAGE_GUILD"
)]
pub async fn scores(_: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// The server's scores as a CSV file: one row per member, accuracy per topic.
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn export(ctx: Context<'_>) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD, "Manage Server")?;
    let place = place(ctx)?;
    let csv = ctx.data().app.export_scores(place.guild);
    let file = CreateAttachment::bytes(csv, format!("quizbot-scores-{}.csv", place.guild));
    ctx.send(
        poise::CreateReply::default()
            .embed(embeds::note("This server's scores, one row per member."))
            .attachment(file)
            .ephemeral(true),
    )
    .await?;
    Ok(())
}
