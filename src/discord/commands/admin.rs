//! Server admins' commands: `/deck upload|remove|download|default` manage this server's own
//! decks (the bundled ones are read-only from Discord), `/scores export` takes the server's
//! scores and question statistics with them. Changing decks needs Manage Server, checked here as well as by Discord.

use std::path::Path;
use std::time::Duration;

use serenity::all::{Attachment, CreateAttachment, Permissions};

use super::{complete, place, require, scope};
use crate::discord::{embeds, questions, words, Context, Error};
use crate::say;
use quizbot_domain::deck::format::{deck_id, FileFormat};
use quizbot_domain::deck::limits::MAX_DECK_BYTES;
use quizbot_domain::deck::LoadedDeck;
use quizbot_domain::error::UserError;

const DOWNLOAD_TIMEOUT: Duration = Duration::from_secs(15);

/// The largest file Discord takes in any server (boosted ones take more); two of them fit in
/// one message's 25 MiB.
const ATTACHMENT_MAX: usize = 10 << 20;

/// Manage this server's own decks.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("upload", "remove", "download", "default"),
    subcommand_required
)]
pub async fn deck(_: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Upload a deck (JSON, CSV or TSV) as this server's own: checked like `quizbot check`, served
/// at once.
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn upload(
    ctx: Context<'_>,
    file: Attachment,
    replace: Option<bool>,
) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD)?;
    let guild = place(ctx)?.guild;
    let Some(id) = deck_id(&file.filename) else {
        return Err(UserError::NotADeckFile(file.filename.clone()).into());
    };
    if file.size as usize > MAX_DECK_BYTES {
        return Err(too_big(&file.filename).into());
    }
    let replace = replace.unwrap_or(false);
    let app = ctx.data().app.clone();
    app.may_upload(guild, id, replace)?;
    // Only the uploader sees the outcome: a report may quote the file. Deferred first: the
    // upload may wait its turn for a moment.
    ctx.defer_ephemeral().await?;
    let checking = ctx.data().app.begin_check(guild).await?;
    let bytes = fetch(&ctx.data().downloads, &file).await?;
    let (id, name) = (id.to_owned(), file.filename.clone());
    // Checking is linear in the file's size, but a 1 MiB file is still work for a core.
    let parsed = tokio::task::spawn_blocking(move || {
        let file = Path::new(&name);
        LoadedDeck::parse(&id, file, &bytes).map(|deck| {
            // A server's own deck is kept as JSON, the form `/deck download` gives back.
            let bytes = match FileFormat::of(file) {
                Some(FileFormat::Json) => bytes,
                _ => deck.json(),
            };
            (deck, bytes)
        })
    })
    .await?;
    // Checked: given back before any answer, so that the uploader's next upload finds it free.
    drop(checking);
    let (deck, bytes) = match parsed {
        Ok(parsed) => parsed,
        Err(problems) => {
            let report = quizbot_domain::deck::Report { problems };
            let text = say!(
                words::private(ctx),
                "upload-refused",
                file = file.filename.as_str(),
                problems = report.truncated(embeds::DESCRIPTION_MAX - 200)
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
    let summary = say!(
        words::private(ctx),
        "upload-done",
        deck = deck.id.as_str(),
        title = deck.title(),
        questions = deck.len()
    );
    let installed =
        tokio::task::spawn_blocking(move || app.install_deck(guild, deck, &bytes, replace))
            .await??;
    if let Err(UserError::DeckMemoryFull(mib)) = &installed {
        tracing::warn!(
            server = %guild,
            mib,
            "an upload was refused: servers' decks use the memory QUIZBOT_DECK_MEMORY_MIB allows"
        );
    }
    let dropped = installed?;
    if dropped.open + dropped.cards > 0 {
        tracing::info!(
            ?dropped,
            "deck replaced; state of removed questions dropped"
        );
    }
    ctx.send(
        poise::CreateReply::default()
            .embed(embeds::note(&summary))
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

/// Remove one of this server's own decks; its open questions close, points stay.
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn remove(
    ctx: Context<'_>,
    #[autocomplete = "complete::deck"] deck: String,
) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD)?;
    let guild = place(ctx)?.guild;
    let app = ctx.data().app.clone();
    let id = deck.trim().to_owned();
    let removed = {
        let id = id.clone();
        tokio::task::spawn_blocking(move || app.remove_deck(guild, &id)).await???
    };
    let http = &ctx.serenity_context().http;
    let app = &ctx.data().app;
    let note = embeds::note(&words::channel(ctx).get("deck-removed-note"));
    for closed in &removed {
        questions::reveal(http, app, closed, Some(note.clone())).await;
    }
    ctx.send(
        poise::CreateReply::default()
            .embed(embeds::note(&say!(
                words::private(ctx),
                "deck-removed",
                deck = id.as_str()
            )))
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

/// A deck as a JSON file, to edit and upload again.
#[poise::command(slash_command, guild_only)]
pub async fn download(
    ctx: Context<'_>,
    #[autocomplete = "complete::deck"] deck: String,
) -> Result<(), Error> {
    let (name, bytes) = ctx.data().app.deck_file(scope(ctx), deck.trim())?;
    ctx.send(
        poise::CreateReply::default()
            .embed(embeds::note(&say!(
                words::private(ctx),
                "download-note",
                file = name.as_str()
            )))
            .attachment(CreateAttachment::bytes(bytes, name))
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

/// The deck `/quiz`, `/round`, `/flashcard` and `/daily` use here when none is named.
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn default(
    ctx: Context<'_>,
    #[autocomplete = "complete::deck"] deck: String,
) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD)?;
    let guild = place(ctx)?.guild;
    let chosen = ctx.data().app.set_default_deck(guild, deck.trim())?;
    ctx.send(
        poise::CreateReply::default()
            .embed(embeds::note(&say!(
                words::private(ctx),
                "default-deck-set",
                deck = chosen.id.as_str(),
                title = chosen.title()
            )))
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

fn too_big(name: &str) -> UserError {
    UserError::DeckFileTooLarge(name.to_owned())
}

/// The attachment's bytes, stopping as soon as it exceeds the limit, whatever its declared size.
async fn fetch(client: &reqwest::Client, file: &Attachment) -> Result<Vec<u8>, Error> {
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

/// Take the server's scores and question statistics with you.
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

/// The server's scores and question statistics as two CSV files.
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn export(ctx: Context<'_>) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD)?;
    let guild = place(ctx)?.guild;
    // A large server's export is seconds of work: answered within Discord's 3 s, privately.
    ctx.defer_ephemeral().await?;
    let app = ctx.data().app.clone();
    let slot = app.costly_job().await;
    let w = words::private(ctx);
    let (scores, questions) = tokio::task::spawn_blocking(move || {
        let _slot = slot;
        let mut scores = Vec::new();
        let scores_written = app.export_scores(guild, &w, &mut scores, ATTACHMENT_MAX)?;
        let mut questions = Vec::new();
        let questions_written = app.export_stats(guild, &w, &mut questions, ATTACHMENT_MAX)?;
        std::io::Result::Ok(((scores, scores_written), (questions, questions_written)))
    })
    .await??;
    let mut text = w.get("export-note");
    for (written, key) in [
        (scores.1, "export-cut-scores"),
        (questions.1, "export-cut-questions"),
    ] {
        if written.left_out > 0 {
            let cut = w.with(
                key,
                &[
                    ("mib", (ATTACHMENT_MAX >> 20).into()),
                    ("rows", written.rows.into()),
                    ("left", written.left_out.into()),
                ],
            );
            text.push_str(&format!("\n\n{cut}"));
        }
    }
    ctx.send(
        poise::CreateReply::default()
            .embed(embeds::note(&text))
            .attachment(CreateAttachment::bytes(
                scores.0,
                format!("quizbot-scores-{guild}.csv"),
            ))
            .attachment(CreateAttachment::bytes(
                questions.0,
                format!("quizbot-questions-{guild}.csv"),
            ))
            .ephemeral(true),
    )
    .await?;
    Ok(())
}
