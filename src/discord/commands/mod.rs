//! The slash commands, one file per group. What Discord shows of them (names, descriptions,
//! options, choices) comes from the `command-*` messages of `locales/`, see `localize`.

mod admin;
mod complete;
mod daily;
mod dashboard;
mod info;
mod language;
mod localize;
mod quiz;
mod round;
mod standings;
mod stats;
mod study;
mod suggest;

pub use quiz::OPEN_FOR;
pub use standings::show_table;
pub use study::session_view;

use serenity::all::{ChannelType, CreateAttachment, CreateEmbed, GuildChannel, Permissions};

use super::{who, Context, Data, Error};
use quizbot_domain::app::Place;
use quizbot_domain::deck::library::Scope;
use quizbot_domain::error::UserError;
use quizbot_domain::picture::PictureError;

/// Every command, with its descriptions and localizations from `locales/`.
pub fn all() -> Vec<poise::Command<Data, Error>> {
    let mut commands = vec![
        quiz::quiz(),
        round::round(),
        daily::daily(),
        study::flashcard(),
        study::review(),
        standings::score(),
        standings::leaderboard(),
        stats::stats(),
        suggest::suggest(),
        info::decks(),
        admin::deck(),
        admin::scores(),
        dashboard::dashboard(),
        language::language(),
        info::help(),
    ];
    localize::localize(&mut commands);
    commands
}

/// The server and channel a guild command was used in.
fn place(ctx: Context<'_>) -> Result<Place, UserError> {
    who::place(ctx.guild_id(), ctx.channel_id()).ok_or(UserError::GuildOnly)
}

/// Whose decks a command sees: this server's (with the bundled ones), or in a DM the bundled
/// ones only.
fn scope(ctx: Context<'_>) -> Scope {
    ctx.guild_id()
        .map(|g| quizbot_domain::ids::GuildId(g.get()))
}

/// What the bot needs where it posts questions.
pub(super) const TO_POST: Permissions = Permissions::VIEW_CHANNEL
    .union(Permissions::SEND_MESSAGES)
    .union(Permissions::EMBED_LINKS);

/// What `granted` lacks for posting, if anything. Administrator counts as all: serenity's
/// own helpers do not count it.
fn missing_to_post(granted: Permissions) -> Option<u64> {
    (!granted.administrator() && !granted.contains(TO_POST)).then(|| (TO_POST - granted).bits())
}

/// Refuses up front, naming what is missing, when the bot could not post here.
fn check_can_post(ctx: Context<'_>) -> Result<(), UserError> {
    let poise::Context::Application(app_ctx) = ctx else {
        return Ok(());
    };
    match app_ctx
        .interaction
        .app_permissions
        .and_then(missing_to_post)
    {
        Some(missing) => Err(UserError::CannotPost(missing)),
        None => Ok(()),
    }
}

/// The member's permissions in this channel, as Discord computed them for the interaction.
fn member_permissions(ctx: Context<'_>) -> Permissions {
    match ctx {
        poise::Context::Application(a) => a
            .interaction
            .member
            .as_ref()
            .and_then(|m| m.permissions)
            .unwrap_or_else(Permissions::empty),
        poise::Context::Prefix(_) => Permissions::empty(),
    }
}

/// Checked here, not only through Discord's default permissions, which a server can loosen.
fn has(ctx: Context<'_>, permission: Permissions) -> bool {
    let granted = member_permissions(ctx);
    granted.administrator() || granted.contains(permission)
}

fn require(ctx: Context<'_>, permission: Permissions) -> Result<(), UserError> {
    if has(ctx, permission) {
        Ok(())
    } else {
        Err(UserError::NeedPermission(permission.bits()))
    }
}

/// A reply of `embed` with the picture `draw` makes attached as `name` and shown in the
/// embed. Drawing runs off the async runtime; if it fails or panics, that is logged and the
/// reply goes without the picture: the embed says it all in words.
async fn with_picture(
    embed: CreateEmbed,
    name: &'static str,
    draw: impl FnOnce() -> Result<Vec<u8>, PictureError> + Send + 'static,
) -> poise::CreateReply {
    let started = std::time::Instant::now();
    let png = match tokio::task::spawn_blocking(draw).await {
        Ok(Ok(png)) => png,
        Ok(Err(e)) => {
            tracing::error!(picture = name, "cannot draw the picture: {e}");
            return poise::CreateReply::default().embed(embed);
        }
        Err(e) => {
            tracing::error!(picture = name, "drawing the picture failed: {e}");
            return poise::CreateReply::default().embed(embed);
        }
    };
    tracing::debug!(picture = name, bytes = png.len(), elapsed = ?started.elapsed(), "picture drawn");
    poise::CreateReply::default()
        .embed(embed.attachment(name))
        .attachment(CreateAttachment::bytes(png, name))
}

/// Refuses a channel the bot would post in later (the daily question's, the review
/// channel) unless it is a text channel of this server where the bot's own permissions (roles
/// and overwrites) let it post, naming what is missing.
async fn check_postable(
    ctx: Context<'_>,
    place: Place,
    channel: &GuildChannel,
) -> Result<(), Error> {
    // Discord offers only this server's channels, but the id comes from the client.
    if channel.guild_id.get() != place.guild.0 {
        return Err(UserError::NotThisServersChannel(channel.id.get()).into());
    }
    if channel.kind != ChannelType::Text && channel.kind != ChannelType::News {
        return Err(UserError::NotATextChannel(channel.id.get()).into());
    }
    let http = &ctx.serenity_context().http;
    let guild = channel.guild_id.to_partial_guild(http).await?;
    let me = channel
        .guild_id
        .member(http, ctx.framework().bot_id)
        .await?;
    match missing_to_post(guild.user_permissions_in(channel, &me)) {
        Some(missing) => Err(UserError::CannotPostIn {
            channel: channel.id.get(),
            missing,
        }
        .into()),
        None => Ok(()),
    }
}

/// The member's name in this server, or their global one.
fn display_name(ctx: Context<'_>) -> String {
    let member = match ctx {
        poise::Context::Application(a) => a.interaction.member.as_deref(),
        poise::Context::Prefix(_) => None,
    };
    who::Who::new(ctx.author(), member, ctx.guild_id(), ctx.channel_id())
        .name
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_picture_that_fails_or_panics_leaves_the_embed_alone() {
        let embed = || CreateEmbed::new().title("t");
        let drawn = with_picture(embed(), "p.png", || Ok(vec![1, 2, 3])).await;
        assert_eq!(drawn.attachments.len(), 1);
        assert_eq!(drawn.embeds, [embed().attachment("p.png")]);
        let failed = with_picture(embed(), "p.png", || Err(PictureError::Pixmap(0))).await;
        let panicked = with_picture(embed(), "p.png", || panic!("drawing")).await;
        for reply in [failed, panicked] {
            assert!(reply.attachments.is_empty());
            assert_eq!(reply.embeds, [embed()]);
        }
    }
}
