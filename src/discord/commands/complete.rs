//! Autocomplete for the `deck` and `topic` options, from the decks loaded now, and for
//! time zones.

use serenity::all::{AutocompleteChoice, CommandDataOption, CommandDataOptionValue};

use super::scope;
use crate::discord::Context;
use quizbot_domain::schedule;

/// Discord shows at most 25 choices.
const MAX_CHOICES: usize = 25;

fn matches(text: &str, partial: &str) -> bool {
    text.to_lowercase().contains(&partial.trim().to_lowercase())
}

pub async fn zone(_: Context<'_>, partial: &str) -> Vec<AutocompleteChoice> {
    schedule::zone_suggestions(partial, MAX_CHOICES)
        .into_iter()
        .map(|z| AutocompleteChoice::new(z, z))
        .collect()
}

pub async fn deck(ctx: Context<'_>, partial: &str) -> Vec<AutocompleteChoice> {
    ctx.data()
        .app
        .library()
        .decks(scope(ctx))
        .filter(|d| matches(&d.id, partial) || matches(d.title(), partial))
        .take(MAX_CHOICES)
        .map(|d| {
            let label: String = format!("{} ({})", d.title(), d.id)
                .chars()
                .take(100)
                .collect();
            AutocompleteChoice::new(label, d.id.clone())
        })
        .collect()
}

/// Topics of the deck already chosen in the same command (or the default deck).
pub async fn topic(ctx: Context<'_>, partial: &str) -> Vec<AutocompleteChoice> {
    let chosen = match ctx {
        poise::Context::Application(a) => find_string(&a.interaction.data.options, "deck"),
        poise::Context::Prefix(_) => None,
    };
    let Ok((deck, _)) = ctx.data().app.resolve(scope(ctx), chosen.as_deref(), None) else {
        return Vec::new();
    };
    deck.topics()
        .filter(|(t, _)| matches(t, partial))
        .take(MAX_CHOICES)
        .map(|(t, n)| AutocompleteChoice::new(format!("{t} ({n})"), t.to_owned()))
        .collect()
}

/// The value typed so far for option `name`, looking inside subcommands.
fn find_string(options: &[CommandDataOption], name: &str) -> Option<String> {
    options.iter().find_map(|o| match &o.value {
        CommandDataOptionValue::String(v) if o.name == name => Some(v.clone()),
        CommandDataOptionValue::Autocomplete { value, .. } if o.name == name => Some(value.clone()),
        CommandDataOptionValue::SubCommand(inner)
        | CommandDataOptionValue::SubCommandGroup(inner) => find_string(inner, name),
        _ => None,
    })
}

/// The languages a server may choose, each named in its own words.
pub async fn language(_: Context<'_>, partial: &str) -> Vec<AutocompleteChoice> {
    crate::i18n::Lang::SHIPPED
        .into_iter()
        .map(|lang| {
            let name = crate::i18n::Words(lang).get("language-name");
            (format!("{name} ({})", lang.code()), lang.code())
        })
        .filter(|(label, _)| matches(label, partial))
        .map(|(label, code)| AutocompleteChoice::new(label, code))
        .collect()
}
