//! `/dashboard`: a private link to this server's web pages, and revoking every such link.

use serenity::all::{CreateEmbed, Permissions};

use super::{has, place, require};
use crate::discord::{Context, Error};
use crate::error::UserError;
use crate::ids::UserId;

/// A private link to this server's web pages (24 h); revoke:True ends every link (Manage Server).
#[poise::command(slash_command, guild_only)]
pub async fn dashboard(
    ctx: Context<'_>,
    #[description = "True: every dashboard link of this server stops working (needs Manage Server)"]
    revoke: Option<bool>,
) -> Result<(), Error> {
    let guild = place(ctx)?.guild;
    let links = ctx
        .data()
        .dashboard
        .clone()
        .ok_or(UserError::DashboardOff)?;
    let app = &ctx.data().app;
    let embed = if revoke.unwrap_or(false) {
        require(ctx, Permissions::MANAGE_GUILD, "Manage Server")?;
        app.revoke_dashboard_links(guild);
        CreateEmbed::new()
            .title("Every dashboard link of this server is revoked")
            .description(
                "Links made before now open nothing. Members get a new one with `/dashboard`.",
            )
    } else {
        let manager = has(ctx, Permissions::MANAGE_GUILD);
        let (url, expires) = links.make(
            guild,
            UserId(ctx.author().id.get()),
            manager,
            app.dashboard_links(guild),
            app.clock.now(),
        );
        CreateEmbed::new().title("Your dashboard link").description(format!(
            "[Open this server's pages]({url})\n{url}\n\nIt is yours: anyone with it sees these pages{} until <t:{}:f>. Managers end every link with `/dashboard revoke:True`.",
            if manager { " and the scores export" } else { "" },
            expires.timestamp()
        ))
    };
    ctx.send(poise::CreateReply::default().embed(embed).ephemeral(true))
        .await?;
    Ok(())
}
