//! `/suggest question`, `/suggest mine`, `/suggest setup`: members write questions for the
//! server's decks, reviewers approve them (their buttons are in `discord/suggestions.rs`).

use serenity::all::{CreateInteractionResponse, GuildChannel, Permissions, Role};

use super::{check_postable, complete, place, require};
use crate::discord::custom_id::{CustomId, Written};
use crate::discord::{embeds, words, Context, Error};
use quizbot_domain::error::UserError;
use quizbot_domain::ids::{ChannelId, RoleId, UserId};
use quizbot_domain::suggest::{Draft, ReviewSetup};

/// Suggest a question for this server's decks, see yours, or set up their review.
#[poise::command(
    slash_command,
    guild_only,
    subcommands("question", "mine", "setup"),
    subcommand_required
)]
pub async fn suggest(_: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Write a question; once a reviewer approves it, it joins the deck with your name.
#[poise::command(slash_command, guild_only)]
pub async fn question(
    ctx: Context<'_>,
    #[autocomplete = "complete::deck"] deck: Option<String>,
) -> Result<(), Error> {
    let place = place(ctx)?;
    let deck = deck.map(|d| d.trim().to_owned()).filter(|d| !d.is_empty());
    let user = UserId(ctx.author().id.get());
    ctx.data()
        .app
        .may_suggest(place.guild, user, deck.as_deref())?;
    let poise::Context::Application(a) = ctx else {
        return Ok(());
    };
    let form = embeds::suggest::draft_form(
        words::private(ctx),
        &CustomId::Written(Written::Suggestion { deck }),
        "form-suggest-title",
        &Draft::default(),
    );
    a.interaction
        .create_response(ctx.http(), CreateInteractionResponse::Modal(form))
        .await?;
    Ok(())
}

/// Your suggestions in this server, and what the reviewers decided.
#[poise::command(slash_command, guild_only)]
pub async fn mine(ctx: Context<'_>) -> Result<(), Error> {
    let place = place(ctx)?;
    let user = UserId(ctx.author().id.get());
    let list = ctx.data().app.suggestions_of(place.guild, user);
    ctx.send(
        poise::CreateReply::default()
            .embed(embeds::suggest::mine(words::private(ctx), &list))
            .ephemeral(true),
    )
    .await?;
    Ok(())
}

/// Where suggestions and problem reports are reviewed, and by whom (needs Manage Server).
#[poise::command(slash_command, guild_only, default_member_permissions = "MANAGE_GUILD")]
pub async fn setup(
    ctx: Context<'_>,
    #[channel_types("Text")] channel: GuildChannel,
    role: Option<Role>,
) -> Result<(), Error> {
    require(ctx, Permissions::MANAGE_GUILD)?;
    let place = place(ctx)?;
    check_postable(ctx, place, &channel).await?;
    if let Some(role) = role.as_ref().filter(|r| r.guild_id.get() != place.guild.0) {
        return Err(UserError::NotThisServersRole(role.id.get()).into());
    }
    let setup = ReviewSetup {
        channel: ChannelId(channel.id.get()),
        role: role.map(|r| RoleId(r.id.get())),
    };
    ctx.data().app.set_review(place.guild, setup);
    ctx.send(
        poise::CreateReply::default().embed(embeds::suggest::set_up(words::channel(ctx), &setup)),
    )
    .await?;
    Ok(())
}
