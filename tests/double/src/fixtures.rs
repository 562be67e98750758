//! INTERACTION_CREATE payloads shaped like the examples in Discord's documentation
//! (interaction object, application command data, message component data, autocomplete, modal
//! submit data), built
//! with [`InteractionBuilder`]. Every payload has the fields serenity 0.12.5 needs to
//! deserialise it; [`Double::interact`](crate::Double::interact) checks that before
//! sending, so a broken fixture fails loudly instead of being dropped by serenity.
//!
//! ```ignore
//! let ping = fixtures::command("ping").str_opt("word", "hi").by(&fixtures::ALICE).build();
//! let start = fixtures::subcommand("round", "start").int_opt("questions", 5).build();
//! let press = fixtures::button("answer:1:2", &double.message(message_id)).by(&BOB).build();
//! let hint = fixtures::autocomplete("round").sub("start").focused("deck", "ge").build();
//! let typed = fixtures::modal_submit("m1:1", &[("answer", "Paris")], &message).by(&BOB).build();
//! let form = fixtures::form_submit("w1:n", &[("question", "Why?")]).by(&BOB).build();
//! let dm = fixtures::command("round").in_dm(BOB.user_id, BOB.name).build();
//! ```

use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::{json, Map, Value};

/// The guild every guild interaction comes from (the double's default guild).
pub const GUILD: u64 = 100;
/// The channel interactions come from unless [`InteractionBuilder::channel`] says otherwise.
pub const CHANNEL: u64 = 42;
/// The application id, which is also the bot user's id (as in READY).
pub const APP_ID: u64 = 2000;
/// The id the fixtures give every slash command in `data.id` (poise dispatches by name).
pub const COMMAND_ID: u64 = 3000;

/// Permission bits (Discord's values).
pub mod perms {
    pub const MANAGE_GUILD: u64 = 1 << 5;
    pub const ADD_REACTIONS: u64 = 1 << 6;
    pub const VIEW_CHANNEL: u64 = 1 << 10;
    pub const MANAGE_MESSAGES: u64 = 1 << 13;
    pub const SEND_MESSAGES: u64 = 1 << 11;
    pub const EMBED_LINKS: u64 = 1 << 14;
    pub const ATTACH_FILES: u64 = 1 << 15;
    pub const READ_MESSAGE_HISTORY: u64 = 1 << 16;
    pub const USE_APPLICATION_COMMANDS: u64 = 1 << 31;
}

/// What an ordinary member (and, by default, the bot) may do in a channel: the `@everyone`
/// permissions of the double's guild and the default `app_permissions` of an interaction.
pub const EVERYONE: u64 = perms::ADD_REACTIONS
    | perms::VIEW_CHANNEL
    | perms::SEND_MESSAGES
    | perms::EMBED_LINKS
    | perms::ATTACH_FILES
    | perms::READ_MESSAGE_HISTORY
    | perms::USE_APPLICATION_COMMANDS;

/// A guild member who invokes interactions. `permissions` goes into `member.permissions` (the
/// member's permissions in the channel, as Discord computes them).
#[derive(Clone, Copy, Debug)]
pub struct Member {
    pub user_id: u64,
    pub name: &'static str,
    pub permissions: u64,
}

/// An ordinary member.
pub const ALICE: Member = Member {
    user_id: 501,
    name: "alice",
    permissions: EVERYONE,
};
/// Another ordinary member.
pub const BOB: Member = Member {
    user_id: 502,
    name: "bob",
    permissions: EVERYONE,
};

/// A Discord user object.
pub fn user(id: u64, name: &str) -> Value {
    json!({
        "id": id.to_string(),
        "username": name,
        "discriminator": "0",
        "global_name": name,
        "avatar": null,
        "public_flags": 0,
    })
}

/// A slash command (`type` 2) named `name`, by [`ALICE`] in [`GUILD`]/[`CHANNEL`].
pub fn command(name: &str) -> InteractionBuilder {
    InteractionBuilder::new(
        2,
        json!({ "id": COMMAND_ID.to_string(), "name": name, "type": 1 }),
    )
}

/// `/{command} {sub}`: `data.options = [{type: 1, name: sub, options: [..]}]`; options added
/// afterwards go inside the subcommand.
pub fn subcommand(command_name: &str, sub: &str) -> InteractionBuilder {
    command(command_name).sub(sub)
}

/// An autocomplete request (`type` 4) for command `name`; add the option being typed with
/// [`InteractionBuilder::focused`].
pub fn autocomplete(name: &str) -> InteractionBuilder {
    InteractionBuilder {
        kind: 4,
        ..command(name)
    }
}

/// A click (`type` 3) on the button `custom_id` of `message`, which must be the full message
/// the button is on, e.g. [`Double::message`](crate::Double::message) or
/// [`Double::original`](crate::Double::original).
pub fn button(custom_id: &str, message: &Value) -> InteractionBuilder {
    let channel = message["channel_id"]
        .as_str()
        .and_then(|c| c.parse().ok())
        .unwrap_or(CHANNEL);
    InteractionBuilder {
        message: Some(message.clone()),
        channel,
        ..InteractionBuilder::new(3, json!({ "custom_id": custom_id, "component_type": 2 }))
    }
}

/// A form (`type` 5) with custom id `custom_id` submitted with `fields` (each text input's
/// custom id and value), opened from a button of `message` (the full message).
pub fn modal_submit(
    custom_id: &str,
    fields: &[(&str, &str)],
    message: &Value,
) -> InteractionBuilder {
    let rows: Vec<Value> = fields
        .iter()
        .map(|(id, value)| {
            json!({ "type": 1, "components": [{ "type": 4, "custom_id": id, "value": value }] })
        })
        .collect();
    InteractionBuilder {
        kind: 5,
        data: json!({ "custom_id": custom_id, "components": rows }),
        ..button(custom_id, message)
    }
}

/// A form (`type` 5) opened by a slash command (so with no message), submitted with
/// `fields` (each text input's custom id and value).
pub fn form_submit(custom_id: &str, fields: &[(&str, &str)]) -> InteractionBuilder {
    let mut builder = modal_submit(custom_id, fields, &Value::Null);
    builder.message = None;
    builder
}

#[derive(Clone)]
enum Invoker {
    Guild(Member),
    Dm { user_id: u64, name: String },
}

/// Builds one INTERACTION_CREATE payload; see the module docs. A clone builds another
/// interaction alike, with its own id and token.
#[derive(Clone)]
pub struct InteractionBuilder {
    kind: u8,
    data: Value,
    sub: Option<String>,
    options: Vec<Value>,
    resolved: Map<String, Value>,
    invoker: Invoker,
    guild: u64,
    channel: u64,
    app_permissions: u64,
    message: Option<Value>,
    roles: Vec<String>,
    locale: String,
    guild_locale: String,
}

static NEXT_INTERACTION: AtomicU64 = AtomicU64::new(700_000);

impl InteractionBuilder {
    fn new(kind: u8, data: Value) -> Self {
        InteractionBuilder {
            kind,
            data,
            sub: None,
            options: Vec::new(),
            resolved: Map::new(),
            invoker: Invoker::Guild(ALICE),
            guild: GUILD,
            channel: CHANNEL,
            app_permissions: EVERYONE,
            message: None,
            roles: Vec::new(),
            locale: "en-US".to_owned(),
            guild_locale: "en-US".to_owned(),
        }
    }

    /// The invoking user's Discord language (`locale`; default `en-US`).
    pub fn locale(mut self, locale: &str) -> Self {
        self.locale = locale.to_owned();
        self
    }

    /// The server's Discord language (`guild_locale`; default `en-US`).
    pub fn guild_locale(mut self, locale: &str) -> Self {
        self.guild_locale = locale.to_owned();
        self
    }

    /// Puts the options into subcommand `sub` of the command.
    // `.sub("start")` reads as the `/round start` it builds; it is not a subtraction.
    #[allow(clippy::should_implement_trait)]
    pub fn sub(mut self, sub: &str) -> Self {
        self.sub = Some(sub.to_string());
        self
    }

    fn opt(mut self, kind: u8, name: &str, value: Value) -> Self {
        self.options
            .push(json!({ "type": kind, "name": name, "value": value }));
        self
    }

    fn resolve(&mut self, map: &str, id: u64, object: Value) {
        let entry = self.resolved.entry(map).or_insert_with(|| json!({}));
        entry[id.to_string()] = object;
    }

    /// A string option (type 3).
    pub fn str_opt(self, name: &str, value: &str) -> Self {
        self.opt(3, name, json!(value))
    }

    /// An integer option (type 4).
    pub fn int_opt(self, name: &str, value: i64) -> Self {
        self.opt(4, name, json!(value))
    }

    /// A boolean option (type 5).
    pub fn bool_opt(self, name: &str, value: bool) -> Self {
        self.opt(5, name, json!(value))
    }

    /// A user option (type 6), with the user (and, in a guild, the member) in `data.resolved`.
    pub fn user_opt(mut self, name: &str, user_id: u64) -> Self {
        self.resolve("users", user_id, user(user_id, &format!("user{user_id}")));
        let member = json!({
            "roles": [], "joined_at": "2024-01-01T00:00:00+00:00", "nick": null,
            "permissions": EVERYONE.to_string(), "flags": 0,
        });
        self.resolve("members", user_id, member);
        self.opt(6, name, json!(user_id.to_string()))
    }

    /// A channel option (type 7), with a text channel `channel-{id}` in `data.resolved` where
    /// the invoker has [`EVERYONE`] permissions.
    pub fn channel_opt(mut self, name: &str, channel_id: u64) -> Self {
        let channel = json!({
            "id": channel_id.to_string(), "name": format!("channel-{channel_id}"), "type": 0,
            "permissions": EVERYONE.to_string(),
        });
        self.resolve("channels", channel_id, channel);
        self.opt(7, name, json!(channel_id.to_string()))
    }

    /// A role option (type 8), with role `role-{id}` of the interaction's guild in
    /// `data.resolved`.
    pub fn role_opt(mut self, name: &str, role_id: u64) -> Self {
        let role = json!({
            "id": role_id.to_string(), "name": format!("role-{role_id}"), "color": 0,
            "colors": { "primary_color": 0, "secondary_color": null, "tertiary_color": null },
            "hoist": false, "icon": null, "unicode_emoji": null, "position": 1,
            "permissions": "0", "managed": false, "mentionable": false, "flags": 0,
        });
        self.resolve("roles", role_id, role);
        self.opt(8, name, json!(role_id.to_string()))
    }

    /// The invoking member has `roles` (ids of the guild's roles; none by default).
    pub fn roles(mut self, roles: &[u64]) -> Self {
        self.roles = roles.iter().map(u64::to_string).collect();
        self
    }

    /// An attachment option (type 11), with the attachment in `data.resolved`; `url` is where
    /// the bot downloads it from (see [`Double::serve_file`](crate::Double::serve_file)).
    pub fn attachment_opt(
        mut self,
        name: &str,
        id: u64,
        filename: &str,
        url: &str,
        size: u32,
    ) -> Self {
        let attachment = json!({
            "id": id.to_string(), "filename": filename, "size": size, "url": url,
            "proxy_url": url, "content_type": content_type_of(filename), "ephemeral": true,
        });
        self.resolve("attachments", id, attachment);
        self.opt(11, name, json!(id.to_string()))
    }

    /// The option the user is typing in an autocomplete request: `{"focused": true}` with the
    /// partial text as a string value.
    pub fn focused(mut self, name: &str, partial: &str) -> Self {
        self.options
            .push(json!({ "type": 3, "name": name, "value": partial, "focused": true }));
        self
    }

    /// Invoked by `member` in [`GUILD`] (the default is [`ALICE`]).
    pub fn by(mut self, member: &Member) -> Self {
        self.invoker = Invoker::Guild(*member);
        self
    }

    /// Invoked in guild `guild` instead of [`GUILD`] (pair it with [`channel`](Self::channel):
    /// a channel belongs to one guild).
    pub fn in_guild(mut self, guild: u64) -> Self {
        self.guild = guild;
        self
    }

    /// Invoked in a DM with the bot: `user` instead of `guild_id` + `member`, and the DM channel
    /// gets the user's id unless [`channel`](Self::channel) is called afterwards.
    pub fn in_dm(mut self, user_id: u64, name: &str) -> Self {
        self.invoker = Invoker::Dm {
            user_id,
            name: name.to_string(),
        };
        self.channel = user_id;
        self
    }

    /// The channel the interaction comes from.
    pub fn channel(mut self, channel_id: u64) -> Self {
        self.channel = channel_id;
        self
    }

    /// The bot's permissions in the channel (`app_permissions`; default [`EVERYONE`]).
    pub fn app_permissions(mut self, bits: u64) -> Self {
        self.app_permissions = bits;
        self
    }

    /// The payload, with a fresh interaction id and token `tok-{id}`.
    pub fn build(self) -> Value {
        let id = NEXT_INTERACTION.fetch_add(1, Ordering::Relaxed);
        let mut resolved = self.resolved;
        if let Invoker::Dm { .. } = self.invoker {
            resolved.remove("members"); // no members outside a guild
        }
        let mut data = self.data;
        if matches!(self.kind, 2 | 4) {
            data["options"] = match self.sub {
                Some(sub) => json!([{ "type": 1, "name": sub, "options": self.options }]),
                None => Value::Array(self.options),
            };
            if !resolved.is_empty() {
                data["resolved"] = Value::Object(resolved);
            }
        }
        let mut payload = json!({
            "id": id.to_string(),
            "application_id": APP_ID.to_string(),
            "type": self.kind,
            "data": data,
            "channel_id": self.channel.to_string(),
            "token": format!("tok-{id}"),
            "version": 1,
            "locale": self.locale,
            "entitlements": [],
            "attachment_size_limit": 26_214_400,
            "app_permissions": self.app_permissions.to_string(),
        });
        match self.invoker {
            Invoker::Guild(member) => {
                payload["guild_id"] = json!(self.guild.to_string());
                payload["guild_locale"] = json!(self.guild_locale);
                payload["context"] = json!(0);
                payload["authorizing_integration_owners"] = json!({ "0": self.guild.to_string() });
                payload["channel"] = json!({
                    "id": self.channel.to_string(), "type": 0, "name": "quiz",
                    "guild_id": self.guild.to_string(), "permissions": member.permissions.to_string(),
                });
                payload["member"] = json!({
                    "user": user(member.user_id, member.name),
                    "roles": self.roles, "nick": null, "avatar": null, "premium_since": null,
                    "joined_at": "2024-01-01T00:00:00+00:00", "deaf": false, "mute": false,
                    "pending": false, "flags": 0, "permissions": member.permissions.to_string(),
                });
            }
            Invoker::Dm { user_id, name } => {
                payload["context"] = json!(1);
                payload["authorizing_integration_owners"] = json!({ "0": "0" });
                payload["channel"] = json!({
                    "id": self.channel.to_string(), "type": 1,
                    "recipients": [user(user_id, &name)],
                });
                payload["user"] = user(user_id, &name);
            }
        }
        if let Some(message) = self.message {
            payload["message"] = message;
        }
        payload
    }
}

fn content_type_of(filename: &str) -> &'static str {
    match filename.rsplit('.').next().unwrap_or_default() {
        "json" => "application/json; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "toml" => "application/toml; charset=utf-8",
        "yaml" | "yml" => "application/x-yaml; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
