//! `/decks` and `/help`.

use std::fmt::Write as _;

use serenity::all::CreateEmbed;

use quizbot_domain::deck::library::Scope;
use quizbot_domain::deck::Library;

use super::{clip, BLURPLE, DESCRIPTION_MAX, FIELD_MAX};
use crate::i18n::{Lang, Words};
use crate::say;

/// The decks `scope` sees: bundled ones, then the server's own, marked as such.
/// A deck's language tag as its speakers name the language when the bot speaks it
/// ("Deutsch" for `de` or `de-AT`), else the tag itself.
fn language_name(tag: &str) -> String {
    match Lang::from_discord(tag) {
        Lang::EnUs if !tag.to_ascii_lowercase().starts_with("en") => tag.to_owned(),
        lang => Words(lang).get("language-name"),
    }
}

pub fn decks(w: Words, library: &Library, scope: Scope) -> CreateEmbed {
    // Fields share the embed's 6,000 characters: stop early and say how many are left out.
    const BUDGET: usize = 5_000;
    let mut embed = CreateEmbed::new()
        .title(w.get("decks-title"))
        .colour(BLURPLE);
    let mut used = 0;
    let mut shown = 0;
    let total = library.decks(scope).count();
    for deck in library.decks(scope) {
        let topics: Vec<String> = deck.topics().map(|(t, n)| format!("{t} ({n})")).collect();
        let key = if deck.owner.is_some() {
            "decks-own-deck"
        } else {
            "decks-deck"
        };
        let (title, id) = (deck.title(), deck.id.as_str());
        let name = clip(
            &w.with(key, &[("title", title.into()), ("id", id.into())]),
            256,
        );
        let topics = topics.join(", ");
        let mut value = say!(w, "decks-summary", questions = deck.len(), topics);
        if let Some(tag) = &deck.deck.language {
            let _ = write!(
                value,
                "\n{}",
                say!(w, "decks-language", language = language_name(tag))
            );
        }
        let value = clip(&value, FIELD_MAX);
        let size = name.chars().count() + value.chars().count();
        if shown == 24 || used + size > BUDGET {
            break;
        }
        used += size;
        shown += 1;
        embed = embed.field(name, value, false);
    }
    let mut notes = Vec::new();
    if shown < total {
        notes.push(say!(w, "decks-more", count = total - shown));
    }
    if let Some(guild) = scope {
        for (id, why) in library.set_aside_of(guild) {
            let note = say!(w, "decks-set-aside", id, why);
            notes.push(clip(&note, FIELD_MAX));
        }
    }
    if !notes.is_empty() {
        embed = embed.description(clip(&notes.join("\n\n"), 5_900 - used));
    }
    embed
}

pub fn help(w: Words, commands: &[(String, String)]) -> CreateEmbed {
    let mut text = String::new();
    for (command, description) in commands {
        let (command, description) = (command.as_str(), description.as_str());
        let _ = writeln!(text, "{}", say!(w, "help-line", command, description));
    }
    CreateEmbed::new()
        .title("quizbot")
        .description(clip(&text, DESCRIPTION_MAX))
        .colour(BLURPLE)
}
