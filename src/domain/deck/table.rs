//! Decks as tables: CSV and TSV files as spreadsheets write them, and as Anki ("Notes in Plain
//! Text") and Quizlet export flashcards. A table is read into the same [`Deck`] as a JSON file
//! and checked by the same rules; every problem is placed at its line and column, where a
//! column counts fields, as a spreadsheet shows them.
//!
//! Columns are named by a header row (`question`, `answer`, `topic`, `explanation`, `id`,
//! `format`, and `distractor` and `accept` as often as needed), or, without one, the first two
//! columns are the question and the answer. Anki's `#key:value` lines at the top
//! (`#separator:`, `#html:`, `#columns:`, `#deck column:` ...) are understood, as are `#title:`,
//! `#description:`, `#source:`, `#language:`, `#topic:` and `#format:` for what a table has no
//! column for.

use std::collections::{HashMap, HashSet};
use std::path::Path;

#[cfg(test)]
use super::limits::{MAX_DECK_BYTES, MAX_PROBLEMS};
use super::limits::{MAX_ID, MAX_QUESTIONS};
use super::model::{Deck, Format, Question};
use super::report::{check_meta, check_questions, quote, size_problem, Findings, Part, Place};
use super::{Location, Problem};

/// The topic of a question whose table gives none.
pub const DEFAULT_TOPIC: &str = "general";

/// Parses and validates a table of questions, its fields separated by `delimiter` unless the
/// file says otherwise. Linear in the size of `bytes`, whatever they hold.
pub fn parse_table(file: &Path, bytes: &[u8], delimiter: u8) -> Result<Deck, Vec<Problem>> {
    if let Some(p) = size_problem(file, bytes.len()) {
        return Err(vec![p]);
    }
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Err(vec![Problem {
            file: file.to_owned(),
            at: Location::File,
            message: "UTF-16 text: save the file as UTF-8".into(),
        }]);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let (headers, body) = Headers::read(bytes, delimiter);
    let mut found = Findings::default();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(headers.delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(body);
    let mut columns: Option<Columns> = headers.columns.as_ref().and_then(|names| {
        Columns::named(names.iter().map(String::as_str), headers.lines, &mut found)
    });
    let mut rows: Vec<Row> = Vec::new();
    let mut questions: Vec<Question> = Vec::new();
    let mut in_file = 0;
    let mut record = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize) + headers.lines;
                found.push(|| (Location::Position { line, column: 1 }, e.to_string()));
                break;
            }
        }
        let line = record.position().map_or(0, |p| p.line() as usize) + headers.lines;
        // The record's text checked once, then cut into its fields.
        let cells: Vec<&str> = match std::str::from_utf8(record.as_slice()) {
            Ok(text) => (0..record.len())
                .filter_map(|i| text.get(record.range(i)?))
                .collect(),
            Err(_) => {
                let column = record
                    .iter()
                    .position(|field| std::str::from_utf8(field).is_err())
                    .unwrap_or(0);
                found.push(|| {
                    (
                        Location::Position {
                            line,
                            column: column + 1,
                        },
                        "not UTF-8 text: save the file as UTF-8".into(),
                    )
                });
                Vec::new()
            }
        };
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let columns = match &columns {
            Some(columns) => columns,
            None => {
                let named = Columns::named(cells.iter().copied(), line, &mut found);
                let is_header = named.is_some();
                let columns = columns.insert(named.unwrap_or_else(|| Columns::plain(&headers)));
                if is_header {
                    continue;
                }
                columns
            }
        };
        in_file += 1;
        // A file of tiny rows past the limit is counted, not held.
        if questions.len() < MAX_QUESTIONS {
            let (question, row) = columns.question(&cells, line, &headers, &mut found);
            questions.push(question);
            rows.push(row);
        }
    }
    let questions = with_ids(questions);
    let deck = Deck {
        title: headers.title.clone().unwrap_or_else(|| {
            file.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        }),
        description: headers.description.clone().unwrap_or_default(),
        source: headers.source.clone().unwrap_or_default(),
        language: headers.language.clone(),
        format: headers.format,
        questions,
    };
    check_meta(
        &deck.title,
        &deck.description,
        &deck.source,
        deck.language.as_deref(),
        &mut found,
    );
    let place = TablePlace {
        rows: &rows,
        columns: columns.as_ref(),
    };
    check_questions(
        deck.questions.iter().enumerate(),
        in_file,
        &place,
        &mut found,
    );
    if found.is_empty() {
        Ok(deck)
    } else {
        Err(found.into_problems(file))
    }
}

/// What the `#` lines at the top of the file say.
#[derive(Debug)]
struct Headers {
    delimiter: u8,
    /// How many lines they take: data lines are counted after them.
    lines: usize,
    html: bool,
    /// Columns (from 0) that hold Anki's note ids, note types and tags, not note fields.
    skipped: HashSet<usize>,
    /// Anki's deck column: its last `::` part is the topic.
    deck: Option<usize>,
    columns: Option<Vec<String>>,
    title: Option<String>,
    description: Option<String>,
    source: Option<String>,
    language: Option<String>,
    topic: Option<String>,
    format: Option<Format>,
}

impl Headers {
    /// The header lines at the start of `bytes`, and the rest of the file.
    fn read(bytes: &[u8], delimiter: u8) -> (Headers, &[u8]) {
        let mut headers = Headers {
            delimiter,
            lines: 0,
            html: true,
            skipped: HashSet::new(),
            deck: None,
            columns: None,
            title: None,
            description: None,
            source: None,
            language: None,
            topic: None,
            format: None,
        };
        let mut separator_given = false;
        let mut rest = bytes;
        while rest.starts_with(b"#") {
            let end = rest
                .iter()
                .position(|&b| b == b'\n')
                .map_or(rest.len(), |i| i + 1);
            let Ok(line) = std::str::from_utf8(&rest[..end]) else {
                break;
            };
            let Some((key, value)) = line[1..].split_once(':') else {
                break;
            };
            let value = value.trim_end_matches(['\r', '\n']);
            let column = || {
                value
                    .trim()
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
            };
            match key.trim().to_ascii_lowercase().as_str() {
                "separator" => match separator(value) {
                    Some(d) => {
                        headers.delimiter = d;
                        separator_given = true;
                    }
                    None => break,
                },
                "html" => headers.html = !value.trim().eq_ignore_ascii_case("false"),
                "columns" => {
                    let d = char::from(headers.delimiter);
                    headers.columns = Some(value.split(d).map(str::to_owned).collect());
                }
                "guid column" | "notetype column" | "tags column" => {
                    headers.skipped.extend(column());
                }
                "deck column" => {
                    headers.deck = column();
                    headers.skipped.extend(column());
                }
                "deck" => headers.topic = Some(topic_of_deck(value).to_owned()),
                "notetype" | "tags" | "if matches" => {}
                "title" => headers.title = Some(value.trim().to_owned()),
                "description" => headers.description = Some(value.trim().to_owned()),
                "source" => headers.source = Some(value.trim().to_owned()),
                "language" => headers.language = Some(value.trim().to_owned()),
                "topic" => headers.topic = Some(value.trim().to_owned()),
                "format" => match Format::parse(value) {
                    Some(format) => headers.format = Some(format),
                    None => break,
                },
                _ => break,
            }
            headers.lines += 1;
            rest = &rest[end..];
        }
        if !separator_given && delimiter == b',' {
            // Spreadsheets in much of Europe write `;` in a CSV file, a decimal comma being `,`.
            let (commas, semicolons) = unquoted_in_first_record(rest);
            if semicolons > 0 && commas == 0 {
                headers.delimiter = b';';
            }
        }
        (headers, rest)
    }
}

/// How many commas and semicolons the first record has outside quotes.
fn unquoted_in_first_record(bytes: &[u8]) -> (usize, usize) {
    let (mut quoted, mut commas, mut semicolons) = (false, 0, 0);
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    (commas, semicolons)
}

/// Anki's names for separators, or the character itself.
fn separator(value: &str) -> Option<u8> {
    match value.trim().to_ascii_lowercase().as_str() {
        "tab" | "\\t" => Some(b'\t'),
        "comma" => Some(b','),
        "semicolon" => Some(b';'),
        "pipe" => Some(b'|'),
        "colon" => Some(b':'),
        "space" => Some(b' '),
        _ => match value.as_bytes() {
            [b] if b.is_ascii() => Some(*b),
            _ => None,
        },
    }
}

/// `Languages::Spanish::Verbs` is topic `Verbs`.
fn topic_of_deck(deck: &str) -> &str {
    deck.rsplit("::").next().unwrap_or(deck).trim()
}

/// Which column (from 0) holds what.
#[derive(Debug, Clone)]
struct Columns {
    question: usize,
    answer: usize,
    topic: Option<usize>,
    /// An Anki deck name, whose last part is the topic.
    deck: Option<usize>,
    explanation: Option<usize>,
    id: Option<usize>,
    format: Option<usize>,
    distractors: Vec<usize>,
    accept: Vec<usize>,
}

/// The column names a header may use; `distractor` and `accept` may repeat.
const KNOWN: [&str; 8] = [
    "question",
    "answer",
    "topic",
    "explanation",
    "distractor",
    "accept",
    "id",
    "format",
];

impl Columns {
    /// The columns a header row names, if `cells` is one (it names `question` and `answer`);
    /// its unknown and repeated names are problems found at `line`. Each name is compared
    /// with the few known ones, in any case, without being copied: a header may name
    /// hundreds of thousands of columns.
    fn named<'a>(
        cells: impl Iterator<Item = &'a str> + Clone,
        line: usize,
        found: &mut Findings,
    ) -> Option<Columns> {
        let names = |name: &'static str| cells.clone().any(|c| c.trim().eq_ignore_ascii_case(name));
        if !(names("question") && names("answer")) {
            return None;
        }
        let mut columns = Columns {
            question: 0,
            answer: 0,
            topic: None,
            deck: None,
            explanation: None,
            id: None,
            distractors: Vec::new(),
            accept: Vec::new(),
            format: None,
        };
        // The column (from 1) each single-column name was first seen in.
        let mut seen = [0usize; KNOWN.len()];
        for (i, cell) in cells.enumerate() {
            let at = Location::Position {
                line,
                column: i + 1,
            };
            let name = cell.trim();
            let Some(known) = KNOWN.iter().position(|k| name.eq_ignore_ascii_case(k)) else {
                found.push(|| {
                    let message = if name.is_empty() {
                        format!("a column with no name: name it one of {}", KNOWN.join(", "))
                    } else {
                        format!(
                            "unknown column `{}`, expected one of {}",
                            quote(name),
                            KNOWN.join(", ")
                        )
                    };
                    (at, message)
                });
                continue;
            };
            match KNOWN[known] {
                "distractor" => columns.distractors.push(i),
                "accept" => columns.accept.push(i),
                single if seen[known] > 0 => {
                    let first = seen[known];
                    found.push(|| (at, format!("column `{single}` repeats column {first}")));
                }
                single => {
                    seen[known] = i + 1;
                    match single {
                        "question" => columns.question = i,
                        "answer" => columns.answer = i,
                        "topic" => columns.topic = Some(i),
                        "explanation" => columns.explanation = Some(i),
                        "id" => columns.id = Some(i),
                        _ => columns.format = Some(i),
                    }
                }
            }
        }
        Some(columns)
    }

    /// Without a header row: the first two columns that hold note fields.
    fn plain(headers: &Headers) -> Columns {
        let mut fields = (0..).filter(|i| !headers.skipped.contains(i));
        let question = fields.next().unwrap_or(0);
        let answer = fields.next().unwrap_or(1);
        Columns {
            question,
            answer,
            topic: None,
            deck: headers.deck,
            explanation: None,
            id: None,
            distractors: Vec::new(),
            accept: Vec::new(),
            format: None,
        }
    }

    /// The question in `cells`, with an empty id if the row gives none.
    fn question(
        &self,
        cells: &[&str],
        line: usize,
        headers: &Headers,
        found: &mut Findings,
    ) -> (Question, Row) {
        let cell = |i: Option<usize>| {
            let text = i.and_then(|i| cells.get(i)).copied().unwrap_or_default();
            if headers.html {
                from_html(text)
            } else {
                text.trim().to_owned()
            }
        };
        let present = |text: String| (!text.is_empty()).then_some(text);
        let topic = present(cell(self.topic))
            .or_else(|| present(topic_of_deck(&cell(self.deck)).to_owned()))
            .or_else(|| headers.topic.clone())
            .unwrap_or_else(|| DEFAULT_TOPIC.to_owned());
        // Only the columns this row has cells in: a header of many columns costs each row no
        // more than its own cells (the columns are in ascending order).
        let filled = |columns: &[usize]| -> (Vec<String>, Vec<usize>) {
            columns
                .iter()
                .take_while(|&&i| i < cells.len())
                .filter_map(|&i| Some((present(cell(Some(i)))?, i)))
                .unzip()
        };
        let (distractors, distractor_columns) = filled(&self.distractors);
        let (accept, accept_columns) = filled(&self.accept);
        let question = Question {
            id: cell(self.id),
            topic,
            question: cell(Some(self.question)),
            answer: cell(Some(self.answer)),
            distractors,
            explanation: present(cell(self.explanation)),
            accept,
            author: None,
            format: present(cell(self.format)).and_then(|text| {
                let format = Format::parse(&text);
                if format.is_none() {
                    let column = self.format.unwrap_or_default() + 1;
                    found.push(|| {
                        (
                            Location::Position { line, column },
                            format!("`format` is `{}`: write `choice` or `typed`", quote(&text)),
                        )
                    });
                }
                format
            }),
        };
        let row = Row {
            line,
            distractors: distractor_columns,
            accept: accept_columns,
        };
        (question, row)
    }
}

/// Where a question's row is, and which columns its distractors and accepted answers came
/// from.
#[derive(Debug)]
struct Row {
    line: usize,
    distractors: Vec<usize>,
    accept: Vec<usize>,
}

struct TablePlace<'a> {
    rows: &'a [Row],
    columns: Option<&'a Columns>,
}

impl Place for TablePlace<'_> {
    fn question(&self, index: usize, _: &Question, part: Part) -> Location {
        let (Some(row), Some(columns)) = (self.rows.get(index), self.columns) else {
            return Location::File;
        };
        let column = match part {
            Part::Question => Some(columns.question),
            Part::Id => columns.id,
            Part::Topic => columns.topic.or(columns.deck),
            Part::Answer => Some(columns.answer),
            Part::Explanation => columns.explanation,
            Part::Distractor(d) => row.distractors.get(d).copied(),
            Part::Accept(a) => row.accept.get(a).copied(),
        };
        Location::Position {
            line: row.line,
            column: column.unwrap_or(columns.question) + 1,
        }
    }

    fn questions(&self) -> Location {
        Location::File
    }
}

/// The questions with an id for each that has none, made from the words of its question, so
/// that editing or adding other rows leaves it alone. Of questions whose words are the same,
/// the first keeps them and the others add a hash of their text (and, for the very same text,
/// a count).
pub(crate) fn with_ids(mut questions: Vec<Question>) -> Vec<Question> {
    let mut taken: HashSet<String> = questions
        .iter()
        .filter(|q| !q.id.is_empty())
        .map(|q| q.id.clone())
        .collect();
    // Where each slug's count goes on from, so that many questions of the same text cost one
    // try each, not one per earlier copy.
    let mut counts: HashMap<String, usize> = HashMap::new();
    for q in questions.iter_mut().filter(|q| q.id.is_empty()) {
        let slug = slug(&q.question);
        let hash = format!("{:06x}", fnv1a(q.question.as_bytes()) & 0xff_ffff);
        let first = [slug.clone(), fit(&slug, &hash)]
            .into_iter()
            .find(|id| !taken.contains(id));
        let id = first.unwrap_or_else(|| {
            let base = fit(&slug, &hash);
            let next = counts.entry(base).or_insert(2);
            loop {
                let id = fit(&slug, &format!("{hash}-{next}"));
                *next += 1;
                if !taken.contains(&id) {
                    break id;
                }
            }
        });
        taken.insert(id.clone());
        q.id = id;
    }
    questions
}

/// The words of `text` in lowercase ASCII joined by `-`, at most 32 characters (room for a
/// suffix), or `q` if it has none.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().map(without_accent) {
        if c.is_ascii_alphanumeric() {
            if out.len() == 32 {
                break;
            }
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            if out.len() >= 31 {
                break;
            }
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "q".into()
    } else {
        out.into()
    }
}

/// `slug-suffix`, the slug cut so that the whole fits in an id.
fn fit(slug: &str, suffix: &str) -> String {
    let room = MAX_ID.saturating_sub(suffix.len() + 1);
    let cut = slug[..slug.len().min(room)].trim_end_matches('-');
    format!("{cut}-{suffix}")
}

/// A Latin letter with an accent as its plain letter.
pub(crate) fn without_accent(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'À'..='Å' | 'Ā' | 'Ă' | 'Ą' => 'A',
        'ç' | 'ć' | 'č' => 'c',
        'Ç' | 'Ć' | 'Č' => 'C',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'È'..='Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => 'E',
        'ì'..='ï' | 'ī' | 'į' => 'i',
        'Ì'..='Ï' | 'Ī' | 'Į' => 'I',
        'ñ' | 'ń' | 'ň' => 'n',
        'Ñ' | 'Ń' | 'Ň' => 'N',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'Ò'..='Ö' | 'Ø' | 'Ō' | 'Ő' => 'O',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'Ù'..='Ü' | 'Ū' | 'Ů' | 'Ű' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' | 'Ÿ' => 'Y',
        'ś' | 'š' => 's',
        'Ś' | 'Š' => 'S',
        'ź' | 'ż' | 'ž' => 'z',
        'Ź' | 'Ż' | 'Ž' => 'Z',
        other => other,
    }
}

/// A stable 64-bit hash (FNV-1a): ids must not change between builds, which the standard
/// library's hashers do not promise.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Anki's HTML as Markdown: line breaks, bold, italics, underline and code kept, other tags and
/// sound references dropped, entities decoded. A `<` that starts no known tag is text, so
/// `Vec<T>` stays as written.
pub fn from_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(['<', '&', '[']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let replaced = match rest.as_bytes()[0] {
            b'<' => tag(rest),
            b'&' => entity(rest),
            _ => sound(rest),
        };
        match replaced {
            Some((with, len)) => {
                out.push_str(&with);
                rest = &rest[len..];
            }
            None => {
                // `<`, `&` and `[` are one byte each.
                out.push_str(&rest[..1]);
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.trim().to_owned()
}

/// A known tag at the start of `text` as Markdown, and its length.
fn tag(text: &str) -> Option<(String, usize)> {
    let end = within(text, 200, b'>')?;
    let inner = &text[1..end];
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name_len = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    let (name, after) = inner.split_at(name_len);
    if !(after.is_empty() || after.starts_with([' ', '/', '\t', '\n'])) {
        return None;
    }
    let markdown = match name.to_ascii_lowercase().as_str() {
        "br" => "\n",
        "div" | "p" | "li" if !closing => "\n",
        "div" | "p" | "li" | "span" | "font" | "a" | "sup" | "sub" | "img" | "ul" | "ol"
        | "small" | "big" | "hr" => "",
        "b" | "strong" => "**",
        "i" | "em" => "*",
        "u" => "__",
        "s" | "strike" | "del" => "~~",
        "code" => "`",
        _ => return None,
    };
    Some((markdown.to_owned(), end + 1))
}

/// An HTML entity at the start of `text` as its character, and its length.
fn entity(text: &str) -> Option<(String, usize)> {
    let end = within(text, 12, b';')?;
    let name = &text[1..end];
    let c = match name {
        "nbsp" => ' ',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let code = match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => name.strip_prefix('#')?.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((c.to_string(), end + 1))
}

/// Anki's `[sound:file.mp3]`, which a message cannot play, dropped.
fn sound(text: &str) -> Option<(String, usize)> {
    if !text.starts_with("[sound:") {
        return None;
    }
    Some((String::new(), within(text, 300, b']')? + 1))
}

/// Where `byte` (ASCII) is in the first `max` bytes of `text`: markup is looked for nearby
/// only, so that a file of unclosed brackets is still read in linear time.
fn within(text: &str, max: usize, byte: u8) -> Option<usize> {
    text.bytes().take(max).position(|b| b == byte)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(name: &str, text: &str) -> Result<Deck, Vec<String>> {
        let delimiter = if name.ends_with(".csv") { b',' } else { b'\t' };
        parse_table(Path::new(name), text.as_bytes(), delimiter)
            .map_err(|p| p.iter().map(ToString::to_string).collect())
    }

    const HEADED: &str = "question,answer,distractor,distractor,distractor,topic\n\
        What is 2+2?,4,3,5,22,maths\n\
        \"Say \"\"hi\"\",\nthen wave\",hello,bye,ciao,salut,words\n";

    #[test]
    fn a_header_names_the_columns_and_quoted_fields_keep_newlines() {
        let deck = parse("sums.csv", HEADED).unwrap();
        assert_eq!(deck.title, "sums");
        assert_eq!(deck.questions.len(), 2);
        let q = &deck.questions[1];
        assert_eq!(q.question, "Say \"hi\",\nthen wave");
        assert_eq!(q.answer, "hello");
        assert_eq!(q.distractors, ["bye", "ciao", "salut"]);
        assert_eq!(q.topic, "words");
        assert_eq!(deck.questions[0].id, "what-is-2-2");
        assert_eq!(q.id, "say-hi-then-wave");
    }

    #[test]
    fn a_byte_order_mark_and_crlf_are_read_through() {
        let text = format!("\u{feff}{}", HEADED.replace('\n', "\r\n"));
        let deck = parse("sums.csv", &text).unwrap();
        assert_eq!(deck.questions[0].question, "What is 2+2?");
        assert_eq!(deck.questions[1].question, "Say \"hi\",\r\nthen wave");
    }

    #[test]
    fn problems_name_the_line_and_the_column() {
        let text = "question,answer,distractor,distractor,distractor,colour,accept,accept\n\
            Q1,A1,x,y,z,red,,\n\
            Q2,,x,y,z,blue,,\n\
            Q3,A3,x,A3,z,green,,\n\
            Q4,A4,x,y,z,red,, Y \n";
        let all = parse("d.csv", text).unwrap_err();
        assert_eq!(
            all,
            [
                "d.csv: line 1, column 6: unknown column `colour`, expected one of question, answer, topic, explanation, distractor, accept, id, format",
                "d.csv: line 3, column 2: `answer` must not be empty",
                "d.csv: line 4, column 4: distractor 2 is the same as the answer",
                "d.csv: line 5, column 4: distractor 2 is an accepted answer",
            ]
        );
        let deck = parse(
            "d.csv",
            &text
                .replace(",colour", "")
                .replace(",red", "")
                .replace(",blue", "")
                .replace(",green", "")
                .replace("Q2,,", "Q2,A2,")
                .replace("x,A3", "x,w")
                .replace(" Y ", "yes"),
        )
        .unwrap();
        assert_eq!(deck.questions[3].accept, ["yes"]);
    }

    #[test]
    fn a_row_after_a_quoted_newline_is_counted_on_its_own_line() {
        let text = "question,answer,distractor,distractor,distractor\n\
            \"two\nlines\",a,b,c,d\n\
            Q,,b,c,d\n";
        let all = parse("d.csv", text).unwrap_err();
        assert_eq!(all, ["d.csv: line 4, column 2: `answer` must not be empty"]);
    }

    #[test]
    fn not_utf8_and_utf16_are_reported() {
        let p = parse_table(Path::new("d.csv"), b"question,answer\nq,\xff\n", b',').unwrap_err();
        assert_eq!(
            p[0].to_string(),
            "d.csv: line 2, column 2: not UTF-8 text: save the file as UTF-8"
        );
        let p = parse_table(Path::new("d.txt"), b"\xff\xfeq\x00", b'\t').unwrap_err();
        assert!(p[0].message.contains("UTF-16"), "{p:?}");
    }

    #[test]
    fn ids_come_from_the_question_and_stay_when_other_rows_change() {
        let rows = |before: &str, after: &str| {
            let text = format!(
                "question,answer,distractor,distractor,distractor\n{before}\
                 Qu'est-ce qu'un café ?,a,b,c,d\nWhat is it?,a,b,c,d\nWhat is it?,e,b,c,d\n{after}"
            );
            parse("d.csv", &text).unwrap().questions
        };
        let ids = |qs: &[Question]| qs.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
        let before = ids(&rows("", ""));
        let after = ids(&rows("Something new,a,b,c,d\n", "What is it,x,b,c,d\n"));
        assert_eq!(before[0], "qu-est-ce-qu-un-cafe");
        assert_eq!(before[1], "what-is-it");
        assert!(before[2].starts_with("what-is-it-"), "{before:?}");
        assert_eq!(after[1..4], before[..]);
        assert!(after[4].starts_with("what-is-it-") && !before.contains(&after[4]));
        let long = slug(&"word ".repeat(30));
        assert!(long.len() <= 32 && !long.ends_with('-'), "{long}");
        assert!(fit(&long, "abcdef-12").len() <= MAX_ID);
        assert_eq!(slug("日本語"), "q");
    }

    #[test]
    fn anki_html_becomes_markdown() {
        assert_eq!(
            from_html("<b>Bold</b>&nbsp;and <i>it</i><br>next<div>line</div>[sound:a.mp3]"),
            "**Bold** and *it*\nnext\nline"
        );
        assert_eq!(
            from_html("Vec<T> & 1 < 2 &#233;&#x41;"),
            "Vec<T> & 1 < 2 éA"
        );
        assert_eq!(
            from_html("<span style=\"x\">kept</span><img src=\"a.png\">"),
            "kept"
        );
        assert_eq!(from_html("a &bogus; [b] <"), "a &bogus; [b] <");
    }

    #[test]
    fn anki_headers_choose_separator_html_and_columns() {
        let text = "#separator:Semicolon\n#html:false\n#guid column:1\n#deck column:2\n\
            g1;Langs::Spanish;<b>hola</b>;hello\n";
        let deck = parse("d.txt", text).unwrap();
        assert_eq!(deck.questions[0].question, "<b>hola</b>");
        assert_eq!(deck.questions[0].answer, "hello");
        assert_eq!(deck.questions[0].topic, "Spanish");
        let text = "#separator:tab\n#html:true\n#title:Spanish\n#columns:question\tanswer\tdistractor\tdistractor\tdistractor\n\
            <b>hola</b>\thello\tbye\tno\tyes\n";
        let deck = parse("d.txt", text).unwrap();
        assert_eq!(deck.title, "Spanish");
        assert_eq!(deck.questions[0].question, "**hola**");
        assert_eq!(deck.questions[0].topic, DEFAULT_TOPIC);
    }

    #[test]
    fn formats_come_from_a_column_or_a_header_line() {
        let deck = parse(
            "d.csv",
            "#format:typed\nquestion,answer,format\nA?,a,\nB?,b,Choice\nC?,c,typed\n",
        )
        .unwrap();
        assert_eq!(deck.format, Some(Format::Typed));
        let formats: Vec<_> = deck.questions.iter().map(|q| q.format).collect();
        assert_eq!(formats, [None, Some(Format::Choice), Some(Format::Typed)]);
        let all = parse("d.csv", "question,answer,format\nA?,a,free\n").unwrap_err();
        assert_eq!(
            all,
            ["d.csv: line 2, column 3: `format` is `free`: write `choice` or `typed`"]
        );
    }

    #[test]
    fn a_semicolon_csv_is_read_as_such() {
        let deck = parse(
            "d.csv",
            "question;answer;distractor;distractor;distractor\nq;a;b;c;d\n",
        )
        .unwrap();
        assert_eq!(deck.questions[0].answer, "a");
        assert_eq!(unquoted_in_first_record(b"\"a;\nb\",c\nd;e"), (1, 0));
    }

    /// A header of some 200,000 different unknown names (1 MiB), each looked up once: the
    /// report says the first problems and counts the rest.
    #[test]
    fn a_mebibyte_header_of_unknown_names_is_reported_in_one_pass() {
        let mut header = String::from("question,answer");
        let mut n = 0;
        while header.len() < MAX_DECK_BYTES - 100 {
            header.push_str(&format!(",c{n}"));
            n += 1;
        }
        let problems = parse("wide.csv", &format!("{header}\nQ?,A\n")).unwrap_err();
        assert_eq!(problems.len(), MAX_PROBLEMS + 1, "{problems:?}");
        assert!(
            problems[0].contains("unknown column `c0`"),
            "{}",
            problems[0]
        );
        assert!(problems[MAX_PROBLEMS].contains(&format!("{} more problems", n - MAX_PROBLEMS)));
    }

    /// Many columns of accepted answers, and rows that fill only two: each row costs its own
    /// cells.
    #[test]
    fn rows_shorter_than_a_wide_header_read_only_their_cells() {
        let columns = ",accept".repeat(50_000);
        let rows = "Q?,A\n".repeat(MAX_QUESTIONS);
        let text = format!("#format:typed\nquestion,answer{columns}\n{rows}");
        let deck = parse("wide.tsv", &text.replace(',', "\t"));
        // Every question is the same text: ids made unique by a count each.
        let deck = deck.unwrap();
        let ids: HashSet<&str> = deck.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids.len(), MAX_QUESTIONS);
        assert!(deck.questions.iter().all(|q| q.accept.is_empty()));
    }
}
