//! [`Recorded`]: one REST request as the double saw it and answered it, with the accessors tests
//! assert with (callback type, message content, embed text, custom ids).

use serde_json::Value;

use crate::limits::items;
use crate::rest::snowflake;

/// One REST request the bot made, and the status the double answered with.
#[derive(Clone, Debug)]
pub struct Recorded {
    pub method: String,
    /// The full path, e.g. `/api/v10/channels/42/messages`.
    pub path: String,
    pub query: Option<String>,
    /// The JSON body; for multipart/form-data the parsed `payload_json` part; `Null` without body.
    pub json: Value,
    /// Multipart file parts: (filename, bytes).
    pub files: Vec<(String, Vec<u8>)>,
    /// Each file part's `Content-Type` ("" without one), in the order of `files`.
    pub file_types: Vec<String>,
    pub status: u16,
    /// The JSON the double answered (e.g. the created message, with the id it assigned); `Null`
    /// when the answer was empty (204) or not JSON.
    pub answer: Value,
}

impl Recorded {
    /// `method` matches and the path ends with `path_suffix`.
    pub fn is(&self, method: &str, path_suffix: &str) -> bool {
        self.method == method && self.path.ends_with(path_suffix)
    }

    /// An interaction callback (`POST /interactions/{id}/{token}/callback`)?
    pub fn is_callback(&self) -> bool {
        self.method == "POST" && self.path.ends_with("/callback")
    }

    /// The callback type (`json["type"]`): 4 message, 5 deferred, 6 deferred update, 7 update
    /// message, 8 autocomplete result, 9 modal.
    pub fn kind(&self) -> Option<u64> {
        self.json["type"].as_u64()
    }

    /// A callback or webhook request made with this interaction's token.
    pub fn for_interaction(&self, interaction: &Value) -> bool {
        let token = interaction["token"].as_str().unwrap_or_default();
        self.path.split('/').any(|segment| segment == token)
    }

    /// The message the request sends: `json["data"]` for callbacks, `json` otherwise.
    pub fn message(&self) -> &Value {
        if self.is_callback() {
            &self.json["data"]
        } else {
            &self.json
        }
    }

    /// The message content ("" when absent).
    pub fn content(&self) -> &str {
        self.message()["content"].as_str().unwrap_or_default()
    }

    /// The ephemeral flag (64) is set on the message.
    pub fn is_ephemeral(&self) -> bool {
        self.message()["flags"].as_u64().unwrap_or(0) & 64 != 0
    }

    /// Title, description, field names and values, and footer of every embed, one per line.
    pub fn embed_text(&self) -> String {
        let mut text = Vec::new();
        for embed in items(&self.message()["embeds"]) {
            text.push(&embed["title"]);
            text.push(&embed["description"]);
            for field in items(&embed["fields"]) {
                text.push(&field["name"]);
                text.push(&field["value"]);
            }
            text.push(&embed["footer"]["text"]);
        }
        let text: Vec<&str> = text.into_iter().filter_map(Value::as_str).collect();
        text.join("\n")
    }

    /// The id of the object the double answered with (e.g. the message it created).
    pub fn answer_id(&self) -> u64 {
        let id = snowflake(&self.answer["id"]);
        id.unwrap_or_else(|| panic!("double: no id in the answer to {}", self.line()))
    }

    /// The custom ids of every component of the message, row by row.
    pub fn custom_ids(&self) -> Vec<String> {
        custom_ids(self.message())
    }

    /// The autocomplete choices' names (callback type 8).
    pub fn choices(&self) -> Vec<String> {
        let names = items(&self.json["data"]["choices"]).filter_map(|c| c["name"].as_str());
        names.map(str::to_string).collect()
    }

    /// `METHOD /path?query -> status`, with the answer when it is an error.
    pub(crate) fn line(&self) -> String {
        let query = self
            .query
            .as_ref()
            .map(|q| format!("?{q}"))
            .unwrap_or_default();
        let line = format!("{} {}{query} -> {}", self.method, self.path, self.status);
        match self.status {
            400.. => format!("{line} {}", self.answer),
            _ => line,
        }
    }
}

/// The custom ids of the components of a message JSON.
pub fn custom_ids(message: &Value) -> Vec<String> {
    let components = items(&message["components"]).flat_map(|row| items(&row["components"]));
    let ids = components.filter_map(|c| c["custom_id"].as_str());
    ids.map(str::to_string).collect()
}
