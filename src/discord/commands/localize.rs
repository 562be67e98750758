//! Command names, descriptions, options and choices in every shipped language, from the
//! `command-*` messages of `locales/`: `command-deck-upload` is `/deck upload`'s name,
//! `command-deck-upload-description` its description, `command-deck-upload-file` and
//! `-file-description` its option `file`, `command-leaderboard-period-week` a choice. en-US's
//! descriptions are the ones Discord shows by default (and `/help` lists); its names are the
//! names the code dispatches on, which a test checks.

use std::collections::HashMap;

use crate::discord::{Data, Error};
use crate::i18n::{Lang, Words};

type Command = poise::Command<Data, Error>;

/// Fills every command's descriptions from en-US and its localizations from the other
/// shipped languages.
pub fn localize(commands: &mut [Command]) {
    for command in commands {
        localize_command(command, "command");
    }
}

fn localize_command(command: &mut Command, parent: &str) {
    let key = format!("{parent}-{}", key_part(&command.name));
    localize_text(&key, &mut command.name_localizations);
    command.description = Some(description(&key, &mut command.description_localizations));
    for parameter in &mut command.parameters {
        let key = format!("{key}-{}", key_part(&parameter.name));
        localize_text(&key, &mut parameter.name_localizations);
        parameter.description = Some(description(&key, &mut parameter.description_localizations));
        for choice in &mut parameter.choices {
            localize_text(
                &format!("{key}-{}", key_part(&choice.name)),
                &mut choice.localizations,
            );
        }
    }
    for sub in &mut command.subcommands {
        localize_command(sub, &key);
    }
}

/// `key` in every shipped language but en-US, into `into`.
fn localize_text(key: &str, into: &mut HashMap<String, String>) {
    for lang in Lang::SHIPPED.into_iter().skip(1) {
        into.insert(lang.code().to_owned(), Words(lang).get(key));
    }
}

/// `{key}-description` in en-US, with the other languages' into `into`.
fn description(key: &str, into: &mut HashMap<String, String>) -> String {
    let key = format!("{key}-description");
    localize_text(&key, into);
    Words::EN.get(&key)
}

/// A name as it appears in a message id: lower case, anything but letters and digits a `-`.
fn key_part(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// Every command's (and subcommand's) name and description in `lang`, for `/help`:
/// `("deck upload", "Add a deck ...")`.
pub fn help_lines(commands: &[Command], lang: Lang) -> Vec<(String, String)> {
    let w = Words(lang);
    let mut lines = Vec::new();
    for command in commands {
        let key = format!("command-{}", key_part(&command.name));
        let name = w.get(&key);
        if command.subcommands.is_empty() {
            lines.push((name.clone(), w.get(&format!("{key}-description"))));
        }
        for sub in &command.subcommands {
            let key = format!("{key}-{}", key_part(&sub.name));
            let line = format!("{name} {}", w.get(&key));
            lines.push((line, w.get(&format!("{key}-description"))));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Discord's rules for a command or option name: 1-32 lower-case letters (of any script),
    /// digits, `-` or `_`.
    fn valid_name(name: &str) -> bool {
        let count = name.chars().count();
        (1..=32).contains(&count)
            && name.chars().all(|c| {
                c == '-' || c == '_' || c.is_numeric() || (c.is_alphabetic() && !c.is_uppercase())
            })
    }

    fn valid_description(text: &str) -> bool {
        (1..=100).contains(&text.chars().count())
    }

    fn check(command: &Command, errors: &mut Vec<String>) {
        let mut names = vec![(command.name.clone(), "en-US".to_owned())];
        names.extend(
            command
                .name_localizations
                .iter()
                .map(|(l, n)| (n.clone(), l.clone())),
        );
        let mut descriptions: Vec<_> = command.description_localizations.iter().collect();
        let en = (
            "en-US".to_owned(),
            command.description.clone().unwrap_or_default(),
        );
        descriptions.push((&en.0, &en.1));
        for parameter in &command.parameters {
            names.extend(
                parameter
                    .name_localizations
                    .iter()
                    .map(|(l, n)| (n.clone(), l.clone())),
            );
            names.push((parameter.name.clone(), "en-US".to_owned()));
            descriptions.extend(parameter.description_localizations.iter());
            for choice in &parameter.choices {
                for (locale, label) in &choice.localizations {
                    if !valid_description(label) {
                        errors.push(format!("{locale}: choice `{label}` of /{}", command.name));
                    }
                }
            }
        }
        for (name, locale) in names {
            if !valid_name(&name) {
                errors.push(format!("{locale}: name `{name}` in /{}", command.name));
            }
        }
        for (locale, text) in descriptions {
            if !valid_description(text) {
                errors.push(format!(
                    "{locale}: description `{text}` of /{}",
                    command.name
                ));
            }
        }
        for sub in &command.subcommands {
            check(sub, errors);
        }
    }

    #[test]
    fn every_command_is_localized_in_every_language_within_discords_rules() {
        let commands = crate::discord::commands::all();
        let mut errors = Vec::new();
        for command in &commands {
            check(command, &mut errors);
            assert_eq!(
                command.name_localizations.len(),
                Lang::SHIPPED.len() - 1,
                "/{} has a name in every shipped language",
                command.name
            );
        }
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    /// en-US's names are the code's: Discord sends the default name, which poise dispatches on.
    #[test]
    fn en_us_names_are_the_names_the_code_dispatches_on() {
        fn walk(command: &Command, parent: &str, wrong: &mut Vec<String>) {
            let key = format!("{parent}-{}", key_part(&command.name));
            if Words::EN.get(&key) != command.name {
                wrong.push(key.clone());
            }
            for parameter in &command.parameters {
                let key = format!("{key}-{}", key_part(&parameter.name));
                if Words::EN.get(&key) != parameter.name {
                    wrong.push(key.clone());
                }
                for choice in &parameter.choices {
                    let key = format!("{key}-{}", key_part(&choice.name));
                    if Words::EN.get(&key) != choice.name {
                        wrong.push(key);
                    }
                }
            }
            for sub in &command.subcommands {
                walk(sub, &key, wrong);
            }
        }
        let mut wrong = Vec::new();
        for command in &crate::discord::commands::all() {
            walk(command, "command", &mut wrong);
        }
        assert!(
            wrong.is_empty(),
            "en-US names differ from the code's: {wrong:?}"
        );
    }
}
