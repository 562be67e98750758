//! The words the domain asks for: a picture's labels and an export's headers are messages
//! of `locales/` named by key, with their arguments; the adapter renders them ([`Say`]) in
//! the reader's language, so the domain never holds a sentence of its own.

/// Renders what the domain draws or writes for people (pictures, export headers) in the
/// reader's language.
pub trait Say {
    /// The message `key` with `args`.
    fn say(&self, key: &'static str, args: &[(&'static str, Arg<'_>)]) -> String;
    /// A share from 0 to 1 as a whole percentage.
    fn percent(&self, share: f64) -> String;
}

/// An argument of a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// A count: formatted with the language's digit grouping, and choosing plural forms.
    Count(u64),
    /// A share from 0 to 1, shown as a percentage.
    Share(f64),
    Text(&'a str),
}

/// Words where no language is loaded (tests, benchmarks): each message's key and arguments,
/// as they came.
pub struct Keys;

impl Say for Keys {
    fn say(&self, key: &'static str, args: &[(&'static str, Arg<'_>)]) -> String {
        let mut text = key.to_owned();
        for (name, arg) in args {
            text.push_str(&format!(" {name}={arg:?}"));
        }
        text
    }

    fn percent(&self, share: f64) -> String {
        format!("{:.0}%", share * 100.0)
    }
}
