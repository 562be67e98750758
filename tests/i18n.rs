//! The translations against their source: every locale under `locales/` has exactly en-US's
//! files, messages and arguments, parses cleanly, and every message the code names exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

const SOURCE: &str = "en-US";

/// One `.ftl` file's messages, each with the arguments it uses.
type Messages = BTreeMap<String, BTreeSet<String>>;

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn read(path: &Path) -> Result<Messages, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let resource = fluent_syntax::parser::parse(text.as_str())
        .map_err(|(_, errors)| format!("{}: does not parse: {errors:?}", path.display()))?;
    let mut messages = Messages::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut arguments = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern(value, &mut arguments);
                }
                for attribute in &message.attributes {
                    pattern(&attribute.value, &mut arguments);
                }
                messages.insert(message.id.name.to_owned(), arguments);
            }
            Entry::Junk { content } => {
                return Err(format!("{}: cannot read {content:?}", path.display()))
            }
            _ => {}
        }
    }
    Ok(messages)
}

fn pattern(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_arguments(expression, into);
        }
    }
}

fn expression_arguments(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline(selector, into);
            for variant in variants {
                pattern(&variant.value, into);
            }
        }
        Expression::Inline(expression) => inline(expression, into),
    }
}

fn inline(expression: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline(argument, into);
            }
            for argument in &arguments.named {
                inline(&argument.value, into);
            }
        }
        InlineExpression::Placeable { expression } => expression_arguments(expression, into),
        _ => {}
    }
}

/// Every locale folder's files, by locale code and file name.
fn all() -> BTreeMap<String, BTreeMap<String, Messages>> {
    let mut all = BTreeMap::new();
    let mut errors = Vec::new();
    for folder in std::fs::read_dir(locales()).expect("locales/ is readable") {
        let folder = folder.expect("locales/ lists").path();
        let code = folder
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let mut files = BTreeMap::new();
        for file in std::fs::read_dir(&folder).expect("a locale folder is readable") {
            let path = file.expect("a locale folder lists").path();
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            if !name.ends_with(".ftl") {
                errors.push(format!("{code}/{name}: not a .ftl file"));
                continue;
            }
            match read(&path) {
                Ok(messages) => {
                    files.insert(name, messages);
                }
                Err(error) => errors.push(error),
            }
        }
        all.insert(code, files);
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    all
}

#[test]
fn every_locale_has_exactly_en_us_messages_with_the_same_arguments() {
    let all = all();
    let source = &all[SOURCE];
    let mut problems = Vec::new();
    for (code, files) in &all {
        for (file, messages) in source {
            let Some(translated) = files.get(file) else {
                problems.push(format!("{code}/{file}: missing (en-US has it)"));
                continue;
            };
            for (key, arguments) in messages {
                let Some(theirs) = translated.get(key) else {
                    problems.push(format!("{code}/{file}: `{key}` missing"));
                    continue;
                };
                for argument in arguments.difference(theirs) {
                    problems.push(format!("{code}/{file}: `{key}` leaves out ${argument}"));
                }
                for argument in theirs.difference(arguments) {
                    problems.push(format!(
                        "{code}/{file}: `{key}` uses ${argument}, en-US does not"
                    ));
                }
            }
            for key in translated.keys().filter(|key| !messages.contains_key(*key)) {
                problems.push(format!("{code}/{file}: `{key}` is not in en-US"));
            }
        }
        for file in files.keys().filter(|file| !source.contains_key(*file)) {
            problems.push(format!("{code}/{file}: en-US has no such file"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_shipped_language_has_a_folder() {
    let all = all();
    for lang in quizbot::i18n::Lang::SHIPPED {
        assert!(
            all.contains_key(lang.code()),
            "locales/{} is missing",
            lang.code()
        );
    }
    assert_eq!(
        all.len(),
        quizbot::i18n::Lang::SHIPPED.len(),
        "a folder per shipped language, no other"
    );
}

/// The message keys the code names literally: `say!(w, "key", ...)`, `w.get("key")`,
/// `w.with("key", ...)`, `w.has("key")`.
fn keys_in(source: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for opener in ["say!(", ".get(", ".with(", ".has("] {
        for (at, _) in source.match_indices(opener) {
            let rest = &source[at + opener.len()..];
            let literal = match opener {
                "say!(" => rest.find(',').map(|comma| rest[comma + 1..].trim_start()),
                _ => Some(rest),
            };
            let Some(key) = literal
                .and_then(|l| l.strip_prefix('"'))
                .and_then(|l| l.split('"').next())
            else {
                continue;
            };
            let looks_like_key = key.contains('-')
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if looks_like_key {
                keys.push(key.to_owned());
            }
        }
    }
    keys
}

fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("src/ lists").path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

#[test]
fn every_message_the_code_names_is_in_en_us() {
    let all = all();
    let known: BTreeSet<&String> = all[SOURCE].values().flat_map(|m| m.keys()).collect();
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut named = 0;
    let mut missing = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("a source file is readable");
        for key in keys_in(&source) {
            named += 1;
            if !known.contains(&key) {
                missing.push(format!("{}: `{key}`", file.display()));
            }
        }
    }
    assert!(
        named > 100,
        "the scan finds the code's messages ({named} found)"
    );
    assert!(
        missing.is_empty(),
        "not in locales/en-US:\n{}",
        missing.join("\n")
    );
}

/// Discord takes at most 45 characters for a form's title and each field's label; the bot cuts
/// longer ones, so every language's must fit whole.
#[test]
fn form_titles_and_labels_fit_discords_45_characters_in_every_locale() {
    let mut long = Vec::new();
    for folder in std::fs::read_dir(locales()).expect("locales/ is readable") {
        let folder = folder.expect("locales/ lists").path();
        for file in std::fs::read_dir(&folder).expect("a locale folder is readable") {
            let path = file.expect("a locale folder lists").path();
            let text = std::fs::read_to_string(&path).expect("a locale file is readable");
            let Ok(resource) = fluent_syntax::parser::parse(text.as_str()) else {
                continue; // reported by the parity test
            };
            for entry in &resource.body {
                let Entry::Message(message) = entry else {
                    continue;
                };
                let key = message.id.name;
                let form = (key.starts_with("form-") || key.starts_with("typed-form-"))
                    && key != "form-refused";
                let Some(value) = message.value.as_ref().filter(|_| form) else {
                    continue;
                };
                let shown: String = value
                    .elements
                    .iter()
                    .map(|e| match e {
                        PatternElement::TextElement { value } => *value,
                        PatternElement::Placeable { .. } => "…",
                    })
                    .collect();
                if shown.chars().count() > 45 {
                    long.push(format!("{}: `{key}` = {shown:?}", path.display()));
                }
            }
        }
    }
    assert!(long.is_empty(), "past 45 characters:\n{}", long.join("\n"));
}
