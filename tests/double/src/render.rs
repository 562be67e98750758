//! The shapes of what the double answers and sends: Message objects built from a request body,
//! registered commands echoed back, and the bot user, application, channel, guild and member
//! objects. Each has every field serenity 0.12.5 needs to deserialise it.

use serde_json::{json, Value};

use crate::fixtures::{user, APP_ID, EVERYONE};

fn now() -> String {
    chrono::Utc::now().to_rfc3339()
}

/// The bot's user (its id is the application's, as in READY).
pub(crate) fn bot_user() -> Value {
    json!({
        "id": APP_ID.to_string(), "username": "quizbot", "discriminator": "0",
        "global_name": null, "avatar": null, "bot": true, "verified": true, "mfa_enabled": false,
    })
}

/// `GET /oauth2/applications/@me`, which poise calls at start.
pub(crate) fn application() -> Value {
    json!({
        "id": APP_ID.to_string(), "name": "quizbot", "icon": null, "description": "",
        "bot_public": true, "bot_require_code_grant": false, "verify_key": "0",
        "owner": user(1, "owner"), "team": null, "flags": 0,
    })
}

/// A registered command: the request's `command` with the fields Discord adds.
pub(crate) fn command(mut command: Value, id: u64, guild: Option<u64>) -> Value {
    command["id"] = json!(id.to_string());
    command["application_id"] = json!(APP_ID.to_string());
    command["version"] = json!("1");
    if command["type"].is_null() {
        command["type"] = json!(1);
    }
    if command["description"].is_null() {
        command["description"] = json!("");
    }
    if let Some(guild) = guild {
        command["guild_id"] = json!(guild.to_string());
    }
    command
}

/// A message object: `previous` (or defaults) with the content, embeds, components, flags and
/// attachments of `body` applied; embeds get `"type": "rich"` and buttons `"disabled"`.
pub(crate) fn message(
    id: u64,
    channel: u64,
    body: &Value,
    previous: Option<&Value>,
    attachments: Option<Value>,
    webhook: bool,
) -> Value {
    let mut message = previous.cloned().unwrap_or_else(|| {
        json!({
            "id": id.to_string(), "channel_id": channel.to_string(), "author": bot_user(),
            "content": "", "timestamp": now(), "edited_timestamp": null, "tts": false,
            "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [],
            "embeds": [], "components": [], "reactions": [], "pinned": false, "type": 0, "flags": 0,
        })
    });
    if previous.is_some() {
        message["edited_timestamp"] = json!(now());
    }
    if webhook {
        message["webhook_id"] = json!(APP_ID.to_string());
        message["application_id"] = json!(APP_ID.to_string());
    }
    for (key, empty) in [
        ("content", json!("")),
        ("embeds", json!([])),
        ("components", json!([])),
        ("flags", json!(0)),
        ("tts", json!(false)),
    ] {
        match body.get(key) {
            Some(Value::Null) => message[key] = empty,
            Some(value) => message[key] = value.clone(),
            None => {}
        }
    }
    for embed in message["embeds"].as_array_mut().into_iter().flatten() {
        embed["type"] = json!("rich");
    }
    for row in message["components"].as_array_mut().into_iter().flatten() {
        for component in row["components"].as_array_mut().into_iter().flatten() {
            if component["disabled"].is_null() {
                component["disabled"] = json!(false);
            }
        }
    }
    if let Some(attachments) = attachments {
        message["attachments"] = attachments;
    }
    message
}

/// A text channel of `guild` where the bot is denied `bot_denied` by a member overwrite.
pub(crate) fn channel(id: u64, guild: u64, bot_denied: u64) -> Value {
    let overwrite = json!({
        "id": APP_ID.to_string(), "type": 1, "allow": "0", "deny": bot_denied.to_string(),
    });
    let overwrites = if bot_denied == 0 {
        vec![]
    } else {
        vec![overwrite]
    };
    json!({
        "id": id.to_string(), "type": 0, "guild_id": guild.to_string(),
        "name": format!("channel-{id}"),
        "position": 0, "permission_overwrites": overwrites, "topic": null, "nsfw": false,
        "last_message_id": null, "rate_limit_per_user": 0, "parent_id": null, "flags": 0,
    })
}

/// The bot's DM channel with `user`, whose id is the user's.
pub(crate) fn dm_channel(recipient: u64) -> Value {
    json!({
        "id": recipient.to_string(), "type": 1, "last_message_id": null, "flags": 0,
        "recipients": [user(recipient, &format!("user{recipient}"))],
    })
}

/// A guild whose `@everyone` role has [`EVERYONE`].
pub(crate) fn guild(id: u64) -> Value {
    let everyone = json!({
        "id": id.to_string(), "name": "@everyone", "color": 0,
        "colors": { "primary_color": 0, "secondary_color": null, "tertiary_color": null },
        "hoist": false, "icon": null, "unicode_emoji": null, "position": 0,
        "permissions": EVERYONE.to_string(), "managed": false, "mentionable": false, "flags": 0,
    });
    json!({
        "id": id.to_string(), "name": format!("guild-{id}"), "icon": null, "icon_hash": null,
        "splash": null, "discovery_splash": null, "owner_id": "1", "afk_channel_id": null,
        "afk_timeout": 300, "widget_enabled": false, "widget_channel_id": null,
        "verification_level": 0, "default_message_notifications": 0, "explicit_content_filter": 0,
        "roles": [everyone], "emojis": [], "features": [], "mfa_level": 0, "application_id": null,
        "system_channel_id": null, "system_channel_flags": 0, "rules_channel_id": null,
        "max_presences": null, "max_members": 500000, "vanity_url_code": null, "description": null,
        "banner": null, "premium_tier": 0, "premium_subscription_count": 0,
        "preferred_locale": "en-US", "public_updates_channel_id": null,
        "max_video_channel_users": 25, "max_stage_video_channel_users": 50, "nsfw_level": 0,
        "stickers": [], "premium_progress_bar_enabled": false, "safety_alerts_channel_id": null,
    })
}

/// Member `user_id` of `guild`, with no roles (the bot when `user_id` is [`APP_ID`]).
pub(crate) fn member(guild: u64, user_id: u64) -> Value {
    let user = if user_id == APP_ID {
        bot_user()
    } else {
        user(user_id, &format!("user{user_id}"))
    };
    json!({
        "user": user, "guild_id": guild.to_string(), "nick": null, "avatar": null, "roles": [],
        "joined_at": "2024-01-01T00:00:00+00:00", "premium_since": null, "deaf": false,
        "mute": false, "flags": 0, "pending": false,
    })
}

/// The GUILD_CREATE dispatch of guild `id`: the guild with the bot as its only member and
/// `channels` (channel objects), as Discord sends it to a bot that is in the guild.
pub(crate) fn guild_create(id: u64, channels: Vec<Value>) -> Value {
    let mut guild = guild(id);
    let mut bot = member(id, APP_ID);
    if let Some(bot) = bot.as_object_mut() {
        bot.remove("guild_id");
    }
    let extra = json!({
        "joined_at": "2024-01-01T00:00:00+00:00", "large": false, "unavailable": false,
        "member_count": 1, "members": [bot], "channels": channels, "threads": [],
        "presences": [], "voice_states": [], "stage_instances": [], "guild_scheduled_events": [],
    });
    if let (Some(guild), Value::Object(extra)) = (guild.as_object_mut(), extra) {
        guild.extend(extra);
    }
    guild
}
