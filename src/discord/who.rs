//! Who an interaction is from and where, as the domain names them: the one way a command, a
//! press or a submitted form becomes a `UserId`, a display name and a `Place`.

use serenity::all::{
    ChannelId as DiscordChannel, ComponentInteraction, GuildId as DiscordGuild, Member,
    ModalInteraction, User,
};

use quizbot_domain::app::Place;
use quizbot_domain::ids::{ChannelId, GuildId, UserId};

/// The sender of an interaction.
pub struct Who<'a> {
    pub user: UserId,
    /// Their name in the server, else their global one.
    pub name: &'a str,
    /// The server and channel, when it came from a server.
    pub place: Option<Place>,
    pub member: Option<&'a Member>,
}

impl<'a> Who<'a> {
    pub fn new(
        user: &'a User,
        member: Option<&'a Member>,
        guild: Option<DiscordGuild>,
        channel: DiscordChannel,
    ) -> Who<'a> {
        Who {
            user: UserId(user.id.get()),
            name: member.map_or_else(|| user.display_name(), |m| m.display_name()),
            place: place(guild, channel),
            member,
        }
    }

    pub fn pressed(press: &'a ComponentInteraction) -> Who<'a> {
        Who::new(
            &press.user,
            press.member.as_ref(),
            press.guild_id,
            press.channel_id,
        )
    }

    pub fn submitted(submit: &'a ModalInteraction) -> Who<'a> {
        Who::new(
            &submit.user,
            submit.member.as_ref(),
            submit.guild_id,
            submit.channel_id,
        )
    }
}

/// `channel` of `guild` as the domain names it; none outside a server.
pub fn place(guild: Option<DiscordGuild>, channel: DiscordChannel) -> Option<Place> {
    guild.map(|g| Place {
        guild: GuildId(g.get()),
        channel: ChannelId(channel.get()),
    })
}
