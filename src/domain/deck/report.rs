//! Validation of deck files: every problem at once, each with its file and place.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{Map, Value};

use super::limits::*;
use super::model::{Deck, Question};

/// Where in a deck file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File,
    Position {
        line: usize,
        column: usize,
    },
    Field(&'static str),
    /// `index` counts from 1, as a person reading the file would.
    Question {
        index: usize,
        id: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub at: Location,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.file.display())?;
        match &self.at {
            Location::File => {}
            Location::Position { line, column } => write!(f, "line {line}, column {column}: ")?,
            Location::Field(name) => write!(f, "`{name}`: ")?,
            Location::Question {
                index,
                id: Some(id),
            } => write!(f, "question {index} ({id:?}): ")?,
            Location::Question { index, id: None } => write!(f, "question {index}: ")?,
        }
        f.write_str(&self.message)
    }
}

/// Every problem found in one or more deck files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    /// The report as lines, cut to fit `max_chars` with a count of what was left out.
    pub fn truncated(&self, max_chars: usize) -> String {
        let mut out = String::new();
        for (shown, problem) in self.problems.iter().enumerate() {
            let line = format!("{problem}\n");
            let rest = self.problems.len() - shown;
            let tail = format!("... and {rest} more problems\n");
            if out.chars().count() + line.chars().count() + tail.chars().count() > max_chars {
                out.push_str(&tail);
                return out;
            }
            out.push_str(&line);
        }
        out
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.problems {
            writeln!(f, "{problem}")?;
        }
        let files: std::collections::BTreeSet<_> = self.problems.iter().map(|p| &p.file).collect();
        let s = if self.problems.len() == 1 { "" } else { "s" };
        write!(
            f,
            "{} problem{s} in {} file{}",
            self.problems.len(),
            files.len(),
            if files.len() == 1 { "" } else { "s" }
        )
    }
}

impl std::error::Error for Report {}

/// `text` cut to [`MAX_QUOTE`] characters, for quoting in a problem.
pub fn quote(text: &str) -> Cow<'_, str> {
    match text.char_indices().nth(MAX_QUOTE) {
        None => Cow::Borrowed(text),
        Some((cut, _)) => Cow::Owned(format!("{}…", &text[..cut])),
    }
}

/// Problems as they are found: the first [`MAX_PROBLEMS`] kept, the rest only counted, so
/// that a file built to have a problem per byte costs no more to check than a valid one.
#[derive(Default)]
pub(super) struct Findings {
    kept: Vec<Found>,
    more: usize,
}

impl Findings {
    pub(super) fn push(&mut self, found: impl FnOnce() -> Found) {
        if self.kept.len() < MAX_PROBLEMS {
            self.kept.push(found());
        } else {
            self.more += 1;
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.kept.is_empty()
    }

    pub(super) fn into_problems(self, file: &Path) -> Vec<Problem> {
        let mut problems: Vec<Problem> = self
            .kept
            .into_iter()
            .map(|(at, message)| Problem {
                file: file.to_owned(),
                at,
                message,
            })
            .collect();
        if self.more > 0 {
            problems.push(Problem {
                file: file.to_owned(),
                at: Location::File,
                message: format!("and {} more problems", self.more),
            });
        }
        problems
    }
}

/// Parses and validates one deck file's bytes. Linear in their size, whatever they hold.
pub fn parse_deck(file: &Path, bytes: &[u8]) -> Result<Deck, Vec<Problem>> {
    if let Some(p) = size_problem(file, bytes.len()) {
        return Err(vec![p]);
    }
    let mut found = Findings::default();
    // The common case, a valid deck, costs one typed parse; only a broken one pays for the
    // slower walk that finds all of its problems.
    match serde_json::from_slice::<Deck>(bytes) {
        Ok(deck) => {
            check_meta(
                &deck.title,
                &deck.description,
                &deck.source,
                deck.language.as_deref(),
                &mut found,
            );
            check_questions(
                deck.questions.iter().enumerate(),
                deck.questions.len(),
                &JsonPlace,
                &mut found,
            );
            if found.is_empty() {
                Ok(deck)
            } else {
                Err(found.into_problems(file))
            }
        }
        Err(e) if e.is_data() => match serde_json::from_slice::<Value>(bytes) {
            Ok(value) => {
                structural_problems(&value, &mut found);
                if found.is_empty() {
                    // What a `Value` cannot see, such as a repeated key, only the typed
                    // parse reports; a deck is never refused without a reason.
                    return Err(vec![located_problem(file, &e, "")]);
                }
                Err(found.into_problems(file))
            }
            Err(e) => Err(vec![syntax_problem(file, &e)]),
        },
        Err(e) => Err(vec![syntax_problem(file, &e)]),
    }
}

/// A file too large to read, whatever its format.
pub(super) fn size_problem(file: &Path, len: usize) -> Option<Problem> {
    (len > MAX_DECK_BYTES).then(|| Problem {
        file: file.to_owned(),
        at: Location::File,
        message: format!(
            "{len} bytes, at most {MAX_DECK_BYTES} (1 MiB): split it into several decks"
        ),
    })
}

fn syntax_problem(file: &Path, e: &serde_json::Error) -> Problem {
    located_problem(file, e, "invalid JSON: ")
}

fn located_problem(file: &Path, e: &serde_json::Error, prefix: &str) -> Problem {
    let message = e.to_string();
    // serde_json appends " at line L column C"; the location is shown separately.
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(head, _)| head);
    Problem {
        file: file.to_owned(),
        at: Location::Position {
            line: e.line(),
            column: e.column(),
        },
        message: format!("{prefix}{message}"),
    }
}

pub(super) type Found = (Location, String);

/// The part of a question a problem is about, for formats that can point at its cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Id,
    Topic,
    Question,
    Answer,
    Explanation,
    /// Counting from 0, in the question's list.
    Distractor(usize),
    /// Counting from 0, in the question's list.
    Accept(usize),
}

/// Where a problem with part of the question at `index` (from 0) is, and where a problem with
/// the deck's list of questions as a whole is.
pub(super) trait Place {
    fn question(&self, index: usize, question: &Question, part: Part) -> Location;
    fn questions(&self) -> Location;
}

/// A JSON deck names a question by its number and id.
struct JsonPlace;

impl Place for JsonPlace {
    fn question(&self, index: usize, question: &Question, _: Part) -> Location {
        Location::Question {
            index: index + 1,
            id: Some(quote_id(&question.id)),
        }
    }

    fn questions(&self) -> Location {
        Location::Field("questions")
    }
}

/// A question typed into a form names its problems by the form's fields.
struct FormPlace;

impl Place for FormPlace {
    fn question(&self, _: usize, _: &Question, part: Part) -> Location {
        Location::Field(match part {
            Part::Id | Part::Question => "Question",
            Part::Topic => "Topic",
            Part::Answer | Part::Accept(_) => "Answer",
            Part::Explanation => "Explanation",
            Part::Distractor(_) => "Wrong options",
        })
    }

    fn questions(&self) -> Location {
        Location::File
    }
}

/// The deck rules for one question typed into a form (a suggestion), each problem as the
/// checker words it for a file, led by the form field it is in.
pub fn check_form(question: &Question) -> Vec<String> {
    let mut found = Findings::default();
    check_questions(std::iter::once((0, question)), 1, &FormPlace, &mut found);
    found
        .kept
        .into_iter()
        .map(|(at, message)| match at {
            Location::Field(field) => format!("{field}: {message}"),
            _ => message,
        })
        .collect()
}

const FIELDS: [&str; 6] = [
    "title",
    "description",
    "source",
    "language",
    "format",
    "questions",
];

/// For a file that is JSON but not a deck: every field that is wrong, and every question.
fn structural_problems(value: &Value, found: &mut Findings) {
    let Value::Object(map) = value else {
        found.push(|| {
            (
                Location::File,
                "a deck is a JSON object with `title`, `description`, `source` and `questions`"
                    .into(),
            )
        });
        return;
    };
    for k in map.keys().filter(|k| !FIELDS.contains(&k.as_str())) {
        found.push(|| {
            (
                Location::File,
                format!(
                    "unknown field `{}`, expected one of {}",
                    quote(k),
                    FIELDS.map(|f| format!("`{f}`")).join(", ")
                ),
            )
        });
    }
    let title = string_field(map, "title", true, found);
    let description = string_field(map, "description", true, found);
    let source = string_field(map, "source", false, found);
    let language = map
        .contains_key("language")
        .then(|| string_field(map, "language", false, found));
    check_meta(&title, &description, &source, language.as_deref(), found);

    match map.get("questions") {
        None => found.push(|| (Location::Field("questions"), "missing".into())),
        Some(Value::Array(items)) => {
            let questions: Vec<(usize, Question)> = items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| match Question::deserialize(item) {
                    Ok(q) => Some((i, q)),
                    Err(e) => {
                        found.push(|| {
                            let id = item.get("id").and_then(Value::as_str).map(quote_id);
                            (Location::Question { index: i + 1, id }, cut(e.to_string()))
                        });
                        None
                    }
                })
                .collect();
            check_questions(
                questions.iter().map(|(i, q)| (*i, q)),
                items.len(),
                &JsonPlace,
                found,
            );
        }
        Some(_) => found.push(|| {
            (
                Location::Field("questions"),
                "must be a list of questions".into(),
            )
        }),
    }
}

/// A question's id as a problem names it.
fn quote_id(id: &str) -> String {
    quote(id).into_owned()
}

/// A parser's message, which may quote any amount of the file, cut to a few quotes' length.
fn cut(message: String) -> String {
    match message.char_indices().nth(4 * MAX_QUOTE) {
        None => message,
        Some((at, _)) => format!("{}…", &message[..at]),
    }
}

fn string_field(
    map: &Map<String, Value>,
    name: &'static str,
    required: bool,
    found: &mut Findings,
) -> String {
    match map.get(name) {
        Some(Value::String(s)) => s.clone(),
        None if !required => String::new(),
        None => {
            found.push(|| (Location::Field(name), "missing".into()));
            "-".into()
        }
        Some(_) => {
            found.push(|| (Location::Field(name), "must be a string".into()));
            "-".into()
        }
    }
}

fn too_long(text: &str, max: usize) -> Option<String> {
    // No more characters than bytes: most texts need no count.
    if text.len() <= max {
        return None;
    }
    let len = text.chars().count();
    (len > max).then(|| format!("{len} characters, at most {max} fit in a Discord message"))
}

pub(super) fn check_meta(
    title: &str,
    description: &str,
    source: &str,
    language: Option<&str>,
    found: &mut Findings,
) {
    let title_empty = title
        .trim()
        .is_empty()
        .then(|| "must not be empty".to_owned());
    let language = language.filter(|l| !is_language_tag(l)).map(|l| {
        format!(
            "`{}` is not a language tag: write one like `en`, `de` or `pt-BR`",
            quote(l)
        )
    });
    for (field, message) in [
        ("title", title_empty.or_else(|| too_long(title, MAX_TITLE))),
        ("description", too_long(description, MAX_DESCRIPTION)),
        ("source", too_long(source, MAX_SOURCE)),
        ("language", language),
    ] {
        if let Some(m) = message {
            found.push(|| (Location::Field(field), m));
        }
    }
}

/// Whether `tag` has the shape of a BCP 47 language tag: a language of two or three letters,
/// then subtags of one to eight letters or digits (`en`, `pt-BR`, `zh-Hant-TW`).
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    tag.len() <= 35
        && (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// An option as compared with the others: two options that read the same are the same
/// (case, runs of white space, and full stops at the end do not count). An ASCII text, as
/// nearly all are, is compared word by word where it lies, with no copy, since every option
/// of a large deck is compared. Anything else is lowercased whole first (`to_lowercase` knows
/// the Greek final sigma).
#[derive(Debug)]
struct Normalised<'a>(Cow<'a, str>);

/// The text with its trailing full stops and white space cut off, lowercased if not ASCII.
fn normalised(text: &str) -> Normalised<'_> {
    let kept = text.trim_end_matches(|c: char| c == '.' || c.is_whitespace());
    Normalised(if kept.is_ascii() {
        Cow::Borrowed(kept)
    } else {
        Cow::Owned(kept.to_lowercase())
    })
}

/// A text as [`Normalised`] compares it, as one string to hash or compare in bulk: two texts
/// that read the same have the same key.
pub(crate) fn answer_key(text: &str) -> String {
    let kept = normalised(text);
    let mut key = String::with_capacity(kept.0.len());
    for word in kept.0.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    }
    key
}

impl PartialEq for Normalised<'_> {
    /// The same words in the same order, whatever the white space between them; ASCII case
    /// is ignored, and any other was lowercased already.
    fn eq(&self, other: &Self) -> bool {
        let (mut a, mut b) = (self.0.split_whitespace(), other.0.split_whitespace());
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
                _ => return false,
            }
        }
    }
}

/// `in_file` counts every entry of the file's list, including those that did not parse.
/// Options are compared pairwise only within the distractor limit, so the check stays linear
/// in the deck's size.
pub(super) fn check_questions<'a>(
    questions: impl Iterator<Item = (usize, &'a Question)>,
    in_file: usize,
    place: &impl Place,
    found: &mut Findings,
) {
    if in_file > MAX_QUESTIONS {
        found.push(|| {
            (
                place.questions(),
                format!("{in_file} questions, at most {MAX_QUESTIONS} in one deck: split it"),
            )
        });
    }
    let mut first_with_id: HashMap<&str, usize> = HashMap::new();
    for (i, q) in questions {
        let mut say =
            |part: Part, message: String| found.push(|| (place.question(i, q, part), message));
        if !is_valid_id(&q.id) {
            say(Part::Id, format!(
                "id must be 1 to {MAX_ID} characters of a-z, 0-9 and '-' (it stays stable when the text changes)"
            ));
        }
        if let Some(first) = first_with_id.insert(&q.id, i + 1) {
            first_with_id.insert(&q.id, first);
            say(
                Part::Id,
                format!("duplicate id, question {first} has it too"),
            );
        }
        for (part, field, text, max) in [
            (Part::Topic, "topic", &q.topic, MAX_TOPIC),
            (Part::Question, "question", &q.question, MAX_QUESTION),
            (Part::Answer, "answer", &q.answer, MAX_OPTION),
        ] {
            if text.trim().is_empty() {
                say(part, format!("`{field}` must not be empty"));
            } else if let Some(m) = too_long(text, max) {
                say(part, format!("`{field}` is {m}"));
            }
        }
        if let Some(explanation) = &q.explanation {
            if explanation.trim().is_empty() {
                say(
                    Part::Explanation,
                    "`explanation` is empty: leave it out instead".into(),
                );
            } else if let Some(m) = too_long(explanation, MAX_EXPLANATION) {
                say(Part::Explanation, format!("`explanation` is {m}"));
            }
        }
        let answer = normalised(&q.answer);
        let mut accepted: Vec<Normalised> = Vec::new();
        if q.accept.len() > MAX_DISTRACTORS {
            say(
                Part::Accept(MAX_DISTRACTORS),
                format!(
                    "{} accepted answers, at most {MAX_DISTRACTORS}",
                    q.accept.len()
                ),
            );
        } else {
            for (a, text) in q.accept.iter().enumerate() {
                let n = a + 1;
                if text.trim().is_empty() {
                    say(Part::Accept(a), format!("accepted answer {n} is empty"));
                } else if let Some(m) = too_long(text, MAX_OPTION) {
                    say(Part::Accept(a), format!("accepted answer {n} is {m}"));
                }
                accepted.push(normalised(text));
            }
        }
        if q.distractors.len() > MAX_DISTRACTORS {
            say(
                Part::Distractor(MAX_DISTRACTORS),
                format!(
                    "{} distractors, at most {MAX_DISTRACTORS}",
                    q.distractors.len()
                ),
            );
            continue;
        }
        let mut seen: Vec<Normalised> = Vec::new();
        for (d, text) in q.distractors.iter().enumerate() {
            let n = d + 1;
            let norm = normalised(text);
            let part = Part::Distractor(d);
            if text.trim().is_empty() {
                say(part, format!("distractor {n} is empty"));
            } else if let Some(m) = too_long(text, MAX_OPTION) {
                say(part, format!("distractor {n} is {m}"));
            } else if norm == answer {
                say(part, format!("distractor {n} is the same as the answer"));
            } else if accepted.contains(&norm) {
                say(part, format!("distractor {n} is an accepted answer"));
            } else if seen.contains(&norm) {
                say(
                    part,
                    format!("distractor {n} repeats an earlier distractor"),
                );
            }
            seen.push(norm);
        }
    }
    if in_file == 0 {
        found.push(|| {
            (
                place.questions(),
                "a deck needs at least one question".into(),
            )
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn question(id: &str) -> Value {
        json!({
            "id": id,
            "topic": "basics",
            "question": "What does `await` do?",
            "answer": "It suspends the coroutine until the awaited object completes.",
            "distractors": ["It blocks the thread.", "It starts a thread.", "It forks a process."],
            "explanation": "Suspending hands control back to the event loop."
        })
    }

    fn deck_with(questions: Vec<Value>) -> Value {
        json!({"title": "T", "description": "D", "source": "S", "questions": questions})
    }

    fn problems(value: &Value) -> Vec<Problem> {
        parse_deck(Path::new("d.json"), value.to_string().as_bytes()).unwrap_err()
    }

    fn messages(value: &Value) -> Vec<String> {
        problems(value).iter().map(|p| p.to_string()).collect()
    }

    fn assert_one(value: &Value, needle: &str) {
        let all = messages(value);
        assert_eq!(all.len(), 1, "{all:#?}");
        assert!(all[0].contains(needle), "{all:#?} lacks {needle:?}");
    }

    /// Decks built to be as costly as possible to check, each just under 1 MiB.
    fn hostile_decks() -> Vec<(&'static str, Vec<u8>)> {
        let huge_id = "x".repeat(500_000);
        let mut empty = question("empty");
        empty["distractors"] = json!(vec![""; 300_000]);
        let mut distinct = question("distinct");
        distinct["distractors"] = json!((0..100_000).map(|i| format!("d{i}")).collect::<Vec<_>>());
        let many: Vec<Value> = (0..9_000)
            .map(|i| json!({"id": format!("Q{i}"), "topic": "", "question": "", "answer": "", "distractors": []}))
            .collect();
        let deep = format!("{}{}", "[".repeat(500_000), "]".repeat(500_000));
        [
            (
                "a huge id",
                deck_with(vec![question(&huge_id), question(&huge_id)]).to_string(),
            ),
            (
                "300,000 empty distractors",
                deck_with(vec![empty]).to_string(),
            ),
            (
                "100,000 distinct distractors",
                deck_with(vec![distinct]).to_string(),
            ),
            ("9,000 broken questions", deck_with(many).to_string()),
            ("deep nesting", deep),
        ]
        .into_iter()
        .map(|(what, text)| (what, text.into_bytes()))
        .collect()
    }

    #[test]
    fn a_deck_built_to_be_costly_gets_a_short_report_quoting_little() {
        for (what, bytes) in hostile_decks() {
            assert!(
                bytes.len() <= MAX_DECK_BYTES,
                "{what}: {} bytes",
                bytes.len()
            );
            let problems = parse_deck(Path::new("d.json"), &bytes).unwrap_err();
            assert!(
                problems.len() <= MAX_PROBLEMS + 1,
                "{what}: {}",
                problems.len()
            );
            for p in &problems {
                let text = p.to_string();
                assert!(
                    text.chars().count() <= 400,
                    "{what}: {} chars",
                    text.chars().count()
                );
            }
        }
        let many = &hostile_decks()[3].1;
        let problems = parse_deck(Path::new("d.json"), many).unwrap_err();
        let last = problems.last().unwrap().to_string();
        assert!(last.contains("more problems"), "{last}");
        assert!(problems[0]
            .to_string()
            .contains("9000 questions, at most 2000"));
    }

    #[test]
    fn a_deck_over_a_mebibyte_is_refused_unread() {
        let problems =
            parse_deck(Path::new("d.json"), &vec![b' '; MAX_DECK_BYTES + 1]).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("at most 1048576"));
    }

    #[test]
    fn a_valid_deck_parses() {
        let deck = parse_deck(
            Path::new("d.json"),
            deck_with(vec![question("a")]).to_string().as_bytes(),
        )
        .unwrap();
        assert_eq!(deck.questions[0].id, "a");
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let p = parse_deck(Path::new("d.json"), b"{\n  \"title\": \"T\",\n  oops\n}").unwrap_err();
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].at, Location::Position { line: 3, column: 3 });
        assert_eq!(
            p[0].to_string(),
            "d.json: line 3, column 3: invalid JSON: key must be a string"
        );
    }

    #[test]
    fn truncated_and_non_utf8_files_are_syntax_errors() {
        for bytes in [&b"{\"title\": \"T\""[..], b"\xff\xfe", b""] {
            let p = parse_deck(Path::new("d.json"), bytes).unwrap_err();
            assert!(matches!(p[0].at, Location::Position { .. }), "{p:?}");
        }
    }

    #[test]
    fn a_deck_may_say_its_language_as_a_bcp_47_tag() {
        for tag in ["en", "pt-BR", "zh-Hant-TW", "de-1996"] {
            let mut deck = deck_with(vec![question("a")]);
            deck["language"] = json!(tag);
            let parsed = parse_deck(Path::new("d.json"), deck.to_string().as_bytes());
            assert_eq!(
                parsed.map(|d| d.language),
                Ok(Some(tag.to_owned())),
                "{tag}"
            );
        }
        for tag in ["English", "e", "en_US", "en-", "pt-BRAZILIAN", ""] {
            let mut deck = deck_with(vec![question("a")]);
            deck["language"] = json!(tag);
            assert_one(&deck, "is not a language tag");
        }
    }

    #[test]
    fn a_repeated_key_is_a_problem_with_its_place() {
        let p = parse_deck(
            Path::new("d.json"),
            br#"{"title":"T","description":"","questions":[{"id":"a","topic":"t","question":"Q","answer":"A","distractors":["b","c","d"],"answer":"A"}]}"#,
        )
        .unwrap_err();
        assert_eq!(p.len(), 1);
        assert!(
            p[0].to_string().contains("duplicate field `answer`"),
            "{}",
            p[0]
        );
        assert!(matches!(p[0].at, Location::Position { line: 1, .. }));
    }

    #[test]
    fn not_an_object() {
        assert_one(&json!([1, 2]), "a deck is a JSON object");
    }

    #[test]
    fn missing_and_unknown_fields_are_all_reported() {
        let mut q = question("b");
        q.as_object_mut().unwrap().remove("answer");
        let mut extra = question("c");
        extra["hint"] = json!("x");
        let all = messages(&json!({"questions": [question("a"), q, extra], "author": "me"}));
        assert!(
            all.iter().any(|m| m.contains("unknown field `author`")),
            "{all:#?}"
        );
        assert!(
            all.iter().any(|m| m.contains("`title`: missing")),
            "{all:#?}"
        );
        assert!(
            all.iter().any(|m| m.contains("`description`: missing")),
            "{all:#?}"
        );
        assert!(
            all.iter()
                .any(|m| m.contains("question 2 (\"b\"): missing field `answer`")),
            "{all:#?}"
        );
        assert!(
            all.iter()
                .any(|m| m.contains("question 3 (\"c\"): unknown field `hint`")),
            "{all:#?}"
        );
        assert_eq!(all.len(), 5, "{all:#?}");
    }

    #[test]
    fn wrong_types() {
        assert_one(
            &json!({"title": 3, "description": "D", "questions": [question("a")]}),
            "`title`: must be a string",
        );
        assert_one(
            &json!({"title": "T", "description": "D", "questions": {}}),
            "must be a list",
        );
    }

    #[test]
    fn no_questions() {
        assert_one(&deck_with(vec![]), "at least one question");
    }

    #[test]
    fn empty_title() {
        let mut d = deck_with(vec![question("a")]);
        d["title"] = json!("  ");
        assert_one(&d, "`title`: must not be empty");
    }

    #[test]
    fn bad_ids() {
        for id in ["", "Has Caps", "a:b", &"x".repeat(41)] {
            assert_one(
                &deck_with(vec![question(id)]),
                "id must be 1 to 40 characters",
            );
        }
    }

    #[test]
    fn duplicate_ids_name_both_questions() {
        assert_one(
            &deck_with(vec![question("a"), question("b"), question("a")]),
            "question 3 (\"a\"): duplicate id, question 1 has it too",
        );
    }

    #[test]
    fn empty_texts() {
        for field in ["topic", "question", "answer"] {
            let mut q = question("a");
            q[field] = json!(" ");
            assert_one(&deck_with(vec![q]), &format!("`{field}` must not be empty"));
        }
        let mut q = question("a");
        q["explanation"] = json!("");
        assert_one(&deck_with(vec![q]), "`explanation` is empty");
    }

    #[test]
    fn explanation_is_optional() {
        let mut q = question("a");
        q.as_object_mut().unwrap().remove("explanation");
        assert!(parse_deck(
            Path::new("d.json"),
            deck_with(vec![q]).to_string().as_bytes()
        )
        .is_ok());
    }

    #[test]
    fn a_format_is_choice_or_typed_for_a_question_or_the_deck() {
        let mut q = question("a");
        q["format"] = json!("typed");
        let mut d = deck_with(vec![q, question("b")]);
        d["format"] = json!("choice");
        let deck = parse_deck(Path::new("d.json"), d.to_string().as_bytes()).unwrap();
        assert_eq!(deck.format, Some(crate::deck::model::Format::Choice));
        assert_eq!(
            deck.questions[0].format,
            Some(crate::deck::model::Format::Typed)
        );
        let mut q = question("a");
        q["format"] = json!("free text");
        assert_one(&deck_with(vec![q]), "unknown variant `free text`");
    }

    #[test]
    fn distractors_are_optional_and_never_an_accepted_answer() {
        let mut q = question("a");
        q.as_object_mut().unwrap().remove("distractors");
        let mut few = question("b");
        few["distractors"] = json!(["one"]);
        few["accept"] = json!(["It suspends the coroutine"]);
        assert!(parse_deck(
            Path::new("d.json"),
            deck_with(vec![q, few.clone()]).to_string().as_bytes()
        )
        .is_ok());
        few["accept"] = json!(["One.", " "]);
        let all = messages(&deck_with(vec![few]));
        assert_eq!(all.len(), 2, "{all:#?}");
        assert!(all[0].contains("accepted answer 2 is empty"), "{all:#?}");
        assert!(
            all[1].contains("distractor 1 is an accepted answer"),
            "{all:#?}"
        );
    }

    #[test]
    fn options_read_the_same_across_case_spaces_final_stops_and_scripts() {
        let same = |a: &str, b: &str| normalised(a) == normalised(b);
        assert!(same("It  Blocks .", "it blocks"));
        assert!(same(" it\tblocks..", "IT BLOCKS"));
        assert!(same("It\u{a0}blocks.", "it blocks"), "a non-ASCII space");
        assert!(same("it blocks", "It\u{a0}Blocks"), "either way round");
        assert!(same("ΟΔΟΣ.", "οδο\u{3c2}"), "a final sigma");
        assert!(same("Café  crème", "café crème."));
        assert!(!same("it blocks", "it block"));
        assert!(!same("it blocks", "itblocks"));
        assert!(!same("it blocks", "it blocks now"));
        assert!(!same("Café", "cafe"));
        assert!(!same("a.b", "a b"));
        for (a, b) in [("It  Blocks .", "it blocks"), ("ΟΔΟΣ.", "οδο\u{3c2}")] {
            assert_eq!(answer_key(a), answer_key(b));
        }
        assert_ne!(answer_key("it blocks"), answer_key("itblocks"));
    }

    #[test]
    fn distractor_equal_to_answer_or_repeated() {
        let mut q = question("a");
        q["distractors"] = json!([
            "it suspends the coroutine until the awaited object  completes",
            "It blocks.",
            "it blocks .",
            "Other."
        ]);
        let all = messages(&deck_with(vec![q]));
        assert_eq!(all.len(), 2, "{all:#?}");
        assert!(all[0].contains("distractor 1 is the same as the answer"));
        assert!(all[1].contains("distractor 3 repeats an earlier distractor"));
    }

    #[test]
    fn over_long_texts_say_how_long_and_the_limit() {
        let cases = [
            ("question", MAX_QUESTION),
            ("answer", MAX_OPTION),
            ("topic", MAX_TOPIC),
            ("explanation", MAX_EXPLANATION),
        ];
        for (field, max) in cases {
            let mut q = question("a");
            q[field] = json!("é".repeat(max + 1));
            assert_one(
                &deck_with(vec![q]),
                &format!("`{field}` is {} characters, at most {max}", max + 1),
            );
            let mut q = question("a");
            q[field] = json!("é".repeat(max));
            assert!(parse_deck(
                Path::new("d.json"),
                deck_with(vec![q]).to_string().as_bytes()
            )
            .is_ok());
        }
        let mut q = question("a");
        q["distractors"][1] = json!("x".repeat(MAX_OPTION + 1));
        assert_one(&deck_with(vec![q]), "distractor 2 is 501 characters");
        let mut d = deck_with(vec![question("a")]);
        d["title"] = json!("x".repeat(MAX_TITLE + 1));
        assert_one(&d, "`title`: 201 characters");
    }

    #[test]
    fn every_problem_in_a_file_is_reported_in_one_pass() {
        let mut few = question("few");
        few["distractors"] = json!(["x", "X."]);
        let mut long = question("long");
        long["answer"] = json!("x".repeat(MAX_OPTION + 1));
        let all = messages(&deck_with(vec![question("a"), question("a"), few, long]));
        assert_eq!(all.len(), 3, "{all:#?}");
    }

    #[test]
    fn report_truncates_with_a_count_of_what_is_left_out() {
        let problems = (0..50)
            .map(|i| Problem {
                file: "d.json".into(),
                at: Location::Question { index: i, id: None },
                message: "x".repeat(40),
            })
            .collect();
        let report = Report { problems };
        let short = report.truncated(500);
        assert!(short.chars().count() <= 500);
        assert!(short.ends_with("more problems\n"), "{short}");
        assert!(report.to_string().ends_with("50 problems in 1 file"));
        assert_eq!(report.truncated(100_000).lines().count(), 50);
    }
}
