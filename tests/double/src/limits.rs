//! Discord's documented limits, checked by the double the way Discord checks them, so a bot that
//! exceeds one fails a test (400 "Invalid Form Body") instead of failing in production.
//! Sources: developer docs, "Create Message", "Embed Limits", "Component Reference",
//! "Application Commands" (naming, options) and "Autocomplete" (25 choices).

use std::collections::HashSet;

use serde_json::Value;

/// (dotted path of the offending field, Discord error code, message).
pub(crate) type Problems = Vec<(String, &'static str, String)>;

pub(crate) fn items(value: &Value) -> impl Iterator<Item = &Value> {
    value.as_array().into_iter().flatten()
}

fn chars(value: &Value) -> usize {
    value.as_str().map_or(0, |s| s.chars().count())
}

#[derive(Default)]
struct Check(Problems);

impl Check {
    fn len(&mut self, path: impl Into<String>, value: &Value, min: usize, max: usize) {
        let n = chars(value);
        if n < min || n > max {
            let message = format!("Must be between {min} and {max} in length.");
            self.0.push((path.into(), "BASE_TYPE_BAD_LENGTH", message));
        }
    }

    fn count(&mut self, path: impl Into<String>, value: &Value, max: usize) {
        if items(value).count() > max {
            let message = format!("Must be {max} or fewer in length.");
            self.0.push((path.into(), "BASE_TYPE_MAX_LENGTH", message));
        }
    }

    fn add(&mut self, path: impl Into<String>, code: &'static str, message: &str) {
        self.0.push((path.into(), code, message.into()));
    }
}

/// A message body (channel message, webhook message or callback `data`): content 2,000; 10
/// embeds, each with title 256, description 4,096, 25 fields (name 1-256, value 1-1,024), footer
/// 2,048, author 256 and 6,000 in total; 5 rows of 5 components, custom ids 1-100 and unique,
/// labels 80.
pub(crate) fn message(message: &Value) -> Problems {
    let mut check = Check::default();
    check.len("content", &message["content"], 0, 2000);
    check.count("embeds", &message["embeds"], 10);
    for (i, embed) in items(&message["embeds"]).enumerate() {
        let texts = [
            ("title", &embed["title"], 256),
            ("description", &embed["description"], 4096),
            ("footer.text", &embed["footer"]["text"], 2048),
            ("author.name", &embed["author"]["name"], 256),
        ];
        let mut total = 0;
        for (field, text, max) in texts {
            check.len(format!("embeds.{i}.{field}"), text, 0, max);
            total += chars(text);
        }
        check.count(format!("embeds.{i}.fields"), &embed["fields"], 25);
        for (j, field) in items(&embed["fields"]).enumerate() {
            check.len(
                format!("embeds.{i}.fields.{j}.name"),
                &field["name"],
                1,
                256,
            );
            check.len(
                format!("embeds.{i}.fields.{j}.value"),
                &field["value"],
                1,
                1024,
            );
            total += chars(&field["name"]) + chars(&field["value"]);
        }
        if total > 6000 {
            let message = "Embed size exceeds maximum size of 6000";
            check.add(format!("embeds.{i}"), "BASE_TYPE_MAX_LENGTH", message);
        }
    }
    check.count("components", &message["components"], 5);
    let mut custom_ids = HashSet::new();
    for (i, row) in items(&message["components"]).enumerate() {
        check.count(format!("components.{i}.components"), &row["components"], 5);
        for (j, component) in items(&row["components"]).enumerate() {
            let at = format!("components.{i}.components.{j}");
            check.len(format!("{at}.label"), &component["label"], 0, 80);
            if let Some(custom_id) = component["custom_id"].as_str() {
                check.len(format!("{at}.custom_id"), &component["custom_id"], 1, 100);
                if !custom_ids.insert(custom_id) {
                    let message = "Component custom id cannot be duplicated";
                    check.add(
                        format!("{at}.custom_id"),
                        "COMPONENT_CUSTOM_ID_DUPLICATED",
                        message,
                    );
                }
            }
        }
    }
    check.0
}

/// A new message with no content, embeds, components or files (Discord: 50006).
pub(crate) fn is_empty(message: &Value, has_files: bool) -> bool {
    chars(&message["content"]) == 0
        && items(&message["embeds"]).next().is_none()
        && items(&message["components"]).next().is_none()
        && !has_files
}

/// A form (callback type 9) `data`: custom id 1-100, title 1-45, 1 to 5 rows of one text input
/// each (type 4: custom id 1-100, label 1-45, style 1 or 2, lengths within 0-4,000, value and
/// placeholder within their limits).
pub(crate) fn modal(data: &Value) -> Problems {
    let mut check = Check::default();
    check.len("custom_id", &data["custom_id"], 1, 100);
    check.len("title", &data["title"], 1, 45);
    let rows = items(&data["components"]).count();
    if !(1..=5).contains(&rows) {
        check.add(
            "components",
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 5 in length.",
        );
    }
    for (i, row) in items(&data["components"]).enumerate() {
        let inputs: Vec<&Value> = items(&row["components"]).collect();
        if row["type"].as_u64() != Some(1) || inputs.len() != 1 {
            let message = "A form row is an action row (type 1) with one text input.";
            check.add(format!("components.{i}"), "UNION_TYPE_CHOICES", message);
        }
        for (j, input) in inputs.into_iter().enumerate() {
            let at = format!("components.{i}.components.{j}");
            if input["type"].as_u64() != Some(4) {
                let message = "Only text inputs (type 4) go in a form.";
                check.add(format!("{at}.type"), "UNION_TYPE_CHOICES", message);
            }
            check.len(format!("{at}.custom_id"), &input["custom_id"], 1, 100);
            check.len(format!("{at}.label"), &input["label"], 1, 45);
            if !matches!(input["style"].as_u64(), Some(1 | 2)) {
                check.add(
                    format!("{at}.style"),
                    "BASE_TYPE_CHOICES",
                    "Value must be one of {1, 2}.",
                );
            }
            for (field, min) in [("min_length", 0), ("max_length", 1)] {
                let n = input[field].as_u64();
                if n.is_some_and(|n| n < min || n > 4000) {
                    let message = format!("int value should be between {min} and 4000.");
                    check.add(format!("{at}.{field}"), "NUMBER_TYPE_MIN_MAX", &message);
                }
            }
            check.len(format!("{at}.value"), &input["value"], 0, 4000);
            check.len(format!("{at}.placeholder"), &input["placeholder"], 0, 100);
        }
    }
    check.0
}

/// Autocomplete result `data`: 25 choices, names 1-100, string values 1-100.
pub(crate) fn choices(data: &Value) -> Problems {
    let mut check = Check::default();
    check.count("choices", &data["choices"], 25);
    for (i, choice) in items(&data["choices"]).enumerate() {
        check.len(format!("choices.{i}.name"), &choice["name"], 1, 100);
        if choice["value"].is_string() {
            check.len(format!("choices.{i}.value"), &choice["value"], 1, 100);
        }
    }
    check.0
}

/// A command list to register: 100 commands; chat-input names 1-32 lowercase letters, digits, `-`
/// or `_` and descriptions 1-100, for options too; 25 options and 25 choices; required options
/// first.
pub(crate) fn commands(commands: &Value) -> Problems {
    let mut check = Check::default();
    check.count("", commands, 100);
    for (i, command) in items(commands).enumerate() {
        if command["type"].as_u64().unwrap_or(1) == 1 {
            named(&mut check, &i.to_string(), command);
        }
        option_list(&mut check, &i.to_string(), &command["options"]);
    }
    check.0
}

fn named(check: &mut Check, at: &str, item: &Value) {
    command_name(check, format!("{at}.name"), &item["name"]);
    check.len(format!("{at}.description"), &item["description"], 1, 100);
    for (locale, name) in localizations(check, at, &item["name_localizations"]) {
        command_name(check, format!("{at}.name_localizations.{locale}"), name);
    }
    for (locale, text) in localizations(check, at, &item["description_localizations"]) {
        check.len(
            format!("{at}.description_localizations.{locale}"),
            text,
            1,
            100,
        );
    }
}

fn command_name(check: &mut Check, at: String, name: &Value) {
    let name = name.as_str().unwrap_or_default();
    let valid = |c: char| (c.is_alphanumeric() && !c.is_uppercase()) || c == '-' || c == '_';
    if name.is_empty() || name.chars().count() > 32 || !name.chars().all(valid) {
        let message = format!("Command name is invalid: {name:?}");
        check.add(at, "APPLICATION_COMMAND_INVALID_NAME", &message);
    }
}

/// Discord's locales, the keys a `*_localizations` map may have.
const LOCALES: [&str; 34] = [
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th",
    "zh-CN", "ja", "zh-TW", "ko", "he", "ar",
];

/// A `*_localizations` map's entries, each key checked to be one of Discord's locales.
fn localizations<'a>(check: &mut Check, at: &str, map: &'a Value) -> Vec<(&'a str, &'a Value)> {
    let entries: Vec<_> = map
        .as_object()
        .into_iter()
        .flatten()
        .map(|(locale, value)| (locale.as_str(), value))
        .collect();
    for (locale, _) in &entries {
        if !LOCALES.contains(locale) {
            let message = format!("Invalid locale: {locale:?}");
            check.add(format!("{at}.{locale}"), "INVALID_LOCALE", &message);
        }
    }
    entries
}

fn option_list(check: &mut Check, at: &str, options: &Value) {
    check.count(format!("{at}.options"), options, 25);
    let mut optional_seen = false;
    for (i, option) in items(options).enumerate() {
        let at = format!("{at}.options.{i}");
        named(check, &at, option);
        check.count(format!("{at}.choices"), &option["choices"], 25);
        for (j, choice) in items(&option["choices"]).enumerate() {
            let at = format!("{at}.choices.{j}");
            check.len(format!("{at}.name"), &choice["name"], 1, 100);
            for (locale, name) in localizations(check, &at, &choice["name_localizations"]) {
                check.len(format!("{at}.name_localizations.{locale}"), name, 1, 100);
            }
        }
        let required = option["required"].as_bool().unwrap_or(false);
        if required && optional_seen {
            let message = "Required options must be placed before non-required options";
            check.add(
                format!("{at}.required"),
                "APPLICATION_COMMAND_OPTIONS_ORDER",
                message,
            );
        }
        // Subcommands (type 1) and groups (type 2) are never "required".
        optional_seen |= !required && option["type"].as_u64().is_some_and(|t| t > 2);
        option_list(check, &at, &option["options"]);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::commands;

    #[test]
    fn localized_names_and_descriptions_follow_the_same_rules_as_the_defaults() {
        let command = |name_de: &str, locale: &str| {
            json!([{
                "name": "quiz", "description": "Post a question", "type": 1,
                "name_localizations": { "de": name_de },
                "description_localizations": { locale: "Eine Frage" },
                "options": [{
                    "name": "period", "description": "Which", "type": 3,
                    "choices": [{ "name": "all", "value": "all",
                                  "name_localizations": { "de": "x".repeat(101) } }],
                }],
            }])
        };
        let codes = |problems: super::Problems| -> Vec<String> {
            problems
                .into_iter()
                .map(|(path, code, _)| format!("{path} {code}"))
                .collect()
        };
        assert_eq!(
            codes(commands(&command("Frage stellen", "fr"))),
            [
                "0.name_localizations.de APPLICATION_COMMAND_INVALID_NAME",
                "0.options.0.choices.0.name_localizations.de BASE_TYPE_BAD_LENGTH",
            ]
        );
        assert_eq!(
            codes(commands(&command("frage", "xx"))),
            [
                "0.xx INVALID_LOCALE",
                "0.options.0.choices.0.name_localizations.de BASE_TYPE_BAD_LENGTH",
            ]
        );
    }
}
