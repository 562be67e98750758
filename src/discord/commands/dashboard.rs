//! `/dashboard`: a private link to this server's web pages, and revoking every such link.

use serenity::all::{CreateEmbed, Permissions};

use super::{has, place, require};
use crate::discord::{words, Context, Error};
use quizbot_domain::error::UserError;
use quizbot_domain::ids::UserId;

/// A private link to this server's web pages (24 h); revoke:True ends every link (Manage Server).
#[poise::command(slash_command, guild_only)]
pub async fn dashboard(ctx: Context<'_>, revoke: Option<bool>) -> Result<(), Error> {
    let guild = place(ctx)?.guild;
    let links = ctx
        .data()
        .dashboard
        .clone()
        .ok_or(UserError::DashboardOff)?;
    let app = &ctx.data().app;
    let w = words::private(ctx);
    let embed = if revoke.unwrap_or(false) {
        require(ctx, Permissions::MANAGE_GUILD)?;
        app.revoke_dashboard_links(guild);
        CreateEmbed::new()
            .title(w.get("dashboard-revoked-title"))
            .description(w.get("dashboard-revoked"))
    } else {
        let manager = has(ctx, Permissions::MANAGE_GUILD);
        let (url, expires) = links.make(
            guild,
            UserId(ctx.author().id.get()),
            manager,
            app.dashboard_links(guild),
            app.clock.now(),
        );
        let key = if manager {
            "dashboard-yours-manager"
        } else {
            "dashboard-yours"
        };
        let yours = w.with(
            key,
            &[("expires", format!("<t:{}:f>", expires.timestamp()).into())],
        );
        let open = w.get("dashboard-open");
        CreateEmbed::new()
            .title(w.get("dashboard-title"))
            .description(format!("[{open}]({url})\n{url}\n\n{yours}"))
    };
    ctx.send(poise::CreateReply::default().embed(embed).ephemeral(true))
        .await?;
    Ok(())
}
