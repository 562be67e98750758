//! Which language each reply is in (the words themselves are in `locales/`, see
//! [`crate::i18n`]): a private reply in the user's Discord locale, what a channel sees in its
//! server's language.

use serenity::all::{GuildId, Permissions};

use super::Context;
use crate::i18n::{Lang, Words};
use crate::say;
use quizbot_domain::ids::RoleId;
use quizbot_domain::App;

/// For a private reply to the user of a command.
pub fn private(ctx: Context<'_>) -> Words {
    user(ctx.locale().unwrap_or_default())
}

/// For a private reply to a user whose Discord locale is `locale`.
pub fn user(locale: &str) -> Words {
    Words(Lang::from_discord(locale))
}

/// For what `guild`'s channels see; en-US while the server's locale is unknown.
pub fn server(app: &App, guild: quizbot_domain::ids::GuildId) -> Words {
    app.server_locale(guild).map_or(Words::EN, |l| user(&l))
}

/// Remembers the locale Discord gives `guild`: every interaction in it carries it, and so does
/// the server's arrival on a connection (`GUILD_CREATE`).
pub fn note_server(app: &App, guild: Option<GuildId>, locale: Option<&str>) {
    if let (Some(guild), Some(locale)) = (guild, locale) {
        app.note_discord_locale(quizbot_domain::ids::GuildId(guild.get()), locale);
    }
}

/// The languages a server may choose, each in its own words: "English (en-US), Deutsch (de), …".
pub fn offered() -> String {
    Lang::SHIPPED
        .iter()
        .map(|&lang| format!("{} ({})", Words(lang).get("language-name"), lang.code()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// For what the channel of a command sees (a public reply, a post).
pub fn channel(ctx: Context<'_>) -> Words {
    ctx.guild_id().map_or(Words::EN, |g| {
        server(&ctx.data().app, quizbot_domain::ids::GuildId(g.get()))
    })
}

/// Discord permission bits as its settings name them, in `w`: "View Channel, Send Messages".
/// One the files do not name keeps serenity's (English) name.
pub fn permission_names(w: Words, bits: u64) -> String {
    let permissions = Permissions::from_bits_truncate(bits);
    permissions
        .iter_names()
        .map(|(flag, permission)| {
            let key = format!("permission-{}", flag.to_ascii_lowercase().replace('_', "-"));
            if w.has(&key) {
                w.get(&key)
            } else {
                permission.get_permission_names().join(", ")
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Who reviews suggestions and reports: a role's members, else those who manage messages.
pub fn reviewers(w: Words, role: Option<RoleId>) -> String {
    match role {
        Some(role) => say!(w, "reviewers-role", role = role.to_string()),
        None => w.get("reviewers-managers"),
    }
}
