//! The bot's own words in its members' languages: one Fluent file per language under
//! `locales/<code>/` (en-US is the source, the others translate it key for key), compiled into
//! the binary. [`Lang`] is a language the bot speaks, [`Words`] renders a message of the files
//! in one of them. Deck content (questions, answers, explanations) is never translated.
//!
//! Which language: a private reply is in the user's Discord locale; what a whole channel sees is
//! in the server's (`/language set`, else the locale Discord gives the server). A locale the
//! bot does not ship falls back to its language's one (es-419 to es-ES), else to en-US.
//!
//! The pseudo-locale `qps-ploc` is for tests: it renders en-US wrapped in `⟦…⟧` and a third
//! longer, so that a test can find any text that bypasses the files, and text that would not
//! fit once translated. Discord never sends it, and `/language set` does not offer it.

use std::borrow::Cow;
use std::collections::HashMap;

pub use fluent_templates::fluent_bundle::FluentValue as Value;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en-US",
        // Unicode isolation marks around each argument would end up inside mentions,
        // timestamps and code spans, which Discord would then not render.
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(format_number));
        },
    };
}

/// A language the bot speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    EnUs,
    De,
    EsEs,
    Fr,
    PtBr,
    Ru,
    Pl,
    /// Tests only (see the module's documentation).
    Pseudo,
}

impl Lang {
    /// The languages shipped to users, en-US first.
    pub const SHIPPED: [Lang; 7] = [
        Lang::EnUs,
        Lang::De,
        Lang::EsEs,
        Lang::Fr,
        Lang::PtBr,
        Lang::Ru,
        Lang::Pl,
    ];

    /// Its Discord locale code, which is also its folder under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::EnUs => "en-US",
            Lang::De => "de",
            Lang::EsEs => "es-ES",
            Lang::Fr => "fr",
            Lang::PtBr => "pt-BR",
            Lang::Ru => "ru",
            Lang::Pl => "pl",
            Lang::Pseudo => PSEUDO,
        }
    }

    /// The shipped language whose code is `code` (any case), if one is.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::SHIPPED
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language to answer a Discord locale in: the same locale, else one of the same
    /// language (`es-419` → es-ES, `en-GB` → en-US), else en-US.
    pub fn from_discord(locale: &str) -> Lang {
        if locale == PSEUDO {
            return Lang::Pseudo;
        }
        let language = |code: &str| code.split('-').next().map(str::to_ascii_lowercase);
        Lang::from_code(locale)
            .or_else(|| {
                Lang::SHIPPED
                    .into_iter()
                    .find(|l| language(l.code()) == language(locale))
            })
            .unwrap_or(Lang::EnUs)
    }

    fn id(self) -> LanguageIdentifier {
        let code = match self {
            Lang::Pseudo => Lang::EnUs.code(),
            lang => lang.code(),
        };
        code.parse()
            .unwrap_or_else(|_| unreachable!("{code} is a valid language tag"))
    }
}

const PSEUDO: &str = "qps-ploc";

/// The pseudo-locale's marks: each message it renders starts and ends with them.
pub const PSEUDO_OPEN: char = '⟦';
pub const PSEUDO_CLOSE: char = '⟧';

/// The messages of the files in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words(pub Lang);

impl Words {
    pub const EN: Words = Words(Lang::EnUs);

    /// The message `key` without arguments.
    pub fn get(self, key: &str) -> String {
        self.with(key, &[])
    }

    /// The message `key` with `args` (see [`say!`](crate::say)).
    pub fn with(self, key: &str, args: &[(&'static str, Value<'_>)]) -> String {
        let args: HashMap<Cow<'static, str>, Value<'_>> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        let text = LOCALES.try_lookup_with_args(&self.0.id(), key, &args);
        let text = text.unwrap_or_else(|| {
            // Every key the code names is in en-US (tests/i18n.rs checks); a miss is a bug.
            debug_assert!(false, "no message `{key}` in locales/en-US");
            key.to_owned()
        });
        match self.0 {
            Lang::Pseudo => pseudo(&text),
            _ => text,
        }
    }

    /// `at` as the pattern `format-date-time` of this language lays it out, with its day and
    /// month names: "Mon  1 Jun 19:30 CEST", "Mo, 1. Jun, 19:30 CEST".
    pub fn date_time<Tz: chrono::TimeZone>(self, at: &chrono::DateTime<Tz>) -> String
    where
        Tz::Offset: std::fmt::Display,
    {
        let locale = match self.0 {
            Lang::EnUs | Lang::Pseudo => chrono::Locale::en_US,
            Lang::De => chrono::Locale::de_DE,
            Lang::EsEs => chrono::Locale::es_ES,
            Lang::Fr => chrono::Locale::fr_FR,
            Lang::PtBr => chrono::Locale::pt_BR,
            Lang::Ru => chrono::Locale::ru_RU,
            Lang::Pl => chrono::Locale::pl_PL,
        };
        // The pattern is a message of its own, not marked in the pseudo-locale: the marks
        // would be read as part of the pattern.
        let pattern = Words(match self.0 {
            Lang::Pseudo => Lang::EnUs,
            lang => lang,
        })
        .get("format-date-time");
        at.format_localized(&pattern, locale).to_string()
    }

    /// Whether `key` has a message (in this language or, failing that, in en-US).
    pub fn has(self, key: &str) -> bool {
        LOCALES
            .try_lookup_with_args(&self.0.id(), key, &HashMap::new())
            .is_some()
    }
}

/// How a language writes numbers: its decimal mark, the mark between groups of three digits,
/// and from how many digits it groups at all (CLDR's minimum grouping: Spanish and Polish
/// write 1234 but 12 345).
struct Notation {
    decimal: char,
    group: char,
    group_from: usize,
}

impl intl_memoizer::Memoizable for Notation {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let (decimal, group, group_from) = match lang.language.as_str() {
            "de" | "pt" => (',', '.', 4),
            "es" => (',', '.', 5),
            "fr" => (',', '\u{202f}', 4),
            "ru" => (',', '\u{a0}', 4),
            "pl" => (',', '\u{a0}', 5),
            _ => ('.', ',', 4),
        };
        Ok(Notation {
            decimal,
            group,
            group_from,
        })
    }
}

impl Notation {
    /// `value` with at most `fraction` decimals (trailing zeros dropped), grouped.
    fn write(&self, value: f64, fraction: usize) -> String {
        let text = format!("{:.*}", fraction, value.abs());
        let (whole, decimals) = text.split_once('.').unwrap_or((&text, ""));
        let decimals = decimals.trim_end_matches('0');
        let mut out = String::new();
        if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('-');
        }
        let grouped = whole.len() >= self.group_from;
        for (i, digit) in whole.chars().enumerate() {
            if grouped && i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(self.group);
            }
            out.push(digit);
        }
        if !decimals.is_empty() {
            out.push(self.decimal);
            out.push_str(decimals);
        }
        out
    }
}

/// Writes every number an argument carries in its bundle's language.
fn format_number(
    value: &Value<'_>,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    use fluent_templates::fluent_bundle::memoizer::MemoizerKind;
    let Value::Number(number) = value else {
        return None;
    };
    let fraction = number.options.maximum_fraction_digits.unwrap_or(2);
    intls
        .with_try_get_threadsafe::<Notation, _, _>((), |n| n.write(number.value, fraction))
        .ok()
}

/// `text` as the pseudo-locale shows it: marked, and a third longer.
fn pseudo(text: &str) -> String {
    let pad = text.chars().count().div_ceil(3);
    format!("{PSEUDO_OPEN}{text}{}{PSEUDO_CLOSE}", "·".repeat(pad))
}

/// The words pictures and exports ask for (see [`quizbot_domain::labels::Say`]).
impl quizbot_domain::labels::Say for Words {
    fn say(
        &self,
        key: &'static str,
        args: &[(&'static str, quizbot_domain::labels::Arg<'_>)],
    ) -> String {
        use quizbot_domain::labels::Arg;
        let args: Vec<(&'static str, Value<'_>)> = args
            .iter()
            .map(|&(name, arg)| {
                let value = match arg {
                    Arg::Count(n) => Value::from(n),
                    Arg::Share(share) => self.percent(share).into(),
                    Arg::Text(text) => text.into(),
                };
                (name, value)
            })
            .collect();
        self.with(key, &args)
    }

    fn percent(&self, share: f64) -> String {
        self.with("number-percent", &[("n", (share * 100.0).round().into())])
    }
}

/// `say!(words, "key", name = value, other, ...)`: the message `key` in `words`, with its
/// arguments; a bare `other` passes the variable of that name.
#[macro_export]
macro_rules! say {
    (@value $name:ident) => { $name };
    (@value $name:ident, $value:expr) => { $value };
    ($words:expr, $key:literal $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $words.with(
            $key,
            &[$((
                stringify!($name),
                $crate::i18n::Value::from($crate::say!(@value $name $(, $value)?)),
            )),*],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_discord_locale_falls_back_to_its_language_then_to_english() {
        assert_eq!(Lang::from_discord("de"), Lang::De);
        assert_eq!(Lang::from_discord("es-419"), Lang::EsEs);
        assert_eq!(Lang::from_discord("pt-BR"), Lang::PtBr);
        assert_eq!(Lang::from_discord("en-GB"), Lang::EnUs);
        assert_eq!(Lang::from_discord("ja"), Lang::EnUs);
        assert_eq!(Lang::from_discord(""), Lang::EnUs);
        assert_eq!(Lang::from_code("PL"), Some(Lang::Pl));
        assert_eq!(Lang::from_code("qps-ploc"), None, "not offered to users");
    }

    #[test]
    fn numbers_are_written_in_each_languages_notation() {
        let n = |lang, value: f64| Words(lang).with("picture-count", &[("n", value.into())]);
        assert_eq!(n(Lang::EnUs, 1234567.0), "1,234,567");
        assert_eq!(n(Lang::EnUs, 999.0), "999");
        assert_eq!(n(Lang::EnUs, 1.5), "1.5");
        assert_eq!(n(Lang::De, 1234.5), "1.234,5");
        assert_eq!(n(Lang::EsEs, 1234.0), "1234");
        assert_eq!(n(Lang::EsEs, 12345.0), "12.345");
        assert_eq!(n(Lang::Fr, 12345.0), "12\u{202f}345");
        assert_eq!(n(Lang::Pl, 0.85), "0,85");
        assert_eq!(n(Lang::Ru, 2.0), "2");
    }

    #[test]
    fn dates_have_each_languages_day_and_month_names() {
        use chrono::TimeZone;
        let at = chrono_tz::Europe::Berlin
            .with_ymd_and_hms(2026, 6, 1, 19, 30, 0)
            .unwrap();
        let shown: Vec<String> = [Lang::EnUs, Lang::De, Lang::Fr, Lang::Pl]
            .map(|lang| Words(lang).date_time(&at))
            .to_vec();
        assert_eq!(
            shown,
            [
                "Mon  1 Jun 19:30 CEST",
                "Mo, 1. Jun, 19:30 CEST",
                "lun. 1 juin, 19:30 CEST",
                "pon, 1 cze, 19:30 CEST"
            ]
        );
    }

    #[test]
    fn the_pseudo_locale_marks_and_lengthens_every_message() {
        let text = say!(Words(Lang::Pseudo), "language-name");
        assert!(text.starts_with(PSEUDO_OPEN) && text.ends_with(PSEUDO_CLOSE));
        assert!(text.contains("English"));
        assert!(text.chars().count() >= "English".len() * 4 / 3);
    }
}
