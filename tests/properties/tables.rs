//! Decks as tables: any CSV or TSV that loads is the deck `quizbot import` writes as JSON, which
//! loads with the same questions; a table written from known questions loads as them; and any
//! bytes under a table's name load as a deck that obeys every rule or give a report.

use quizbot_domain::deck::model::Format;

use super::decks::assert_obeys_every_rule;
use super::*;

/// A cell's text: never blank, with the characters a table must quote (delimiters, quotes,
/// line breaks) and some that are several bytes long.
fn cell(prefix: &'static str) -> impl Strategy<Value = String> {
    "[a-zZ7é中😀][a-zZ7 ,\"\t\n\r.;:'é中😀]{0,24}".prop_map(move |s| format!("{prefix}{s}"))
}

#[derive(Debug, Clone)]
struct Row {
    question: String,
    answer: String,
    topic: String,
    explanation: Option<String>,
    distractors: [String; 3],
    accept: Option<String>,
    typed: bool,
}

fn row() -> impl Strategy<Value = Row> {
    (
        cell(""),
        cell("a "),
        "[a-z][a-z ]{0,20}",
        prop::option::of(cell("")),
        [cell("d1 "), cell("d2 "), cell("d3 ")],
        prop::option::of(cell("x ")),
        any::<bool>(),
    )
        .prop_map(
            |(question, answer, topic, explanation, distractors, accept, typed)| Row {
                question,
                answer,
                topic,
                explanation,
                distractors,
                accept,
                typed,
            },
        )
}

#[derive(Debug, Clone)]
struct Table {
    rows: Vec<Row>,
    /// Column names in file order; `None` for a table without a header (question, answer).
    header: Option<Vec<&'static str>>,
    delimiter: u8,
    crlf: bool,
    bom: bool,
}

impl Table {
    fn extension(&self) -> &'static str {
        match self.delimiter {
            b',' => "csv",
            _ => "tsv",
        }
    }

    fn bytes(&self) -> Vec<u8> {
        let terminator = if self.crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        };
        let mut out = Vec::new();
        if self.bom {
            out.extend_from_slice("\u{feff}".as_bytes());
        }
        let mut writer = csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .terminator(terminator)
            .from_writer(out);
        let columns = self
            .header
            .clone()
            .unwrap_or_else(|| vec!["question", "answer"]);
        if self.header.is_some() {
            writer.write_record(&columns).unwrap();
        }
        for row in &self.rows {
            let mut distractors = row.distractors.iter();
            let cells: Vec<&str> = columns
                .iter()
                .map(|c| match *c {
                    "question" => row.question.as_str(),
                    "answer" => &row.answer,
                    "topic" => &row.topic,
                    "explanation" => row.explanation.as_deref().unwrap_or(""),
                    "accept" => row.accept.as_deref().unwrap_or(""),
                    "format" if row.typed => "typed",
                    "format" => "",
                    _ => distractors.next().map_or("", String::as_str),
                })
                .collect();
            writer.write_record(&cells).unwrap();
        }
        writer.into_inner().unwrap()
    }
}

fn table() -> impl Strategy<Value = Table> {
    let header = prop_oneof![
        3 => Just(vec![
            "question", "answer", "topic", "explanation", "distractor", "distractor", "distractor",
            "accept", "format",
        ])
        .prop_shuffle()
        .prop_map(Some),
        1 => Just(None),
    ];
    (
        prop::collection::vec(row(), 1..12),
        header,
        prop::sample::select(vec![b',', b'\t']),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(rows, header, delimiter, crlf, bom)| Table {
            rows,
            header,
            delimiter,
            crlf,
            bom,
        })
}

/// The bytes of a small table with a header, quoting and a line break in a field, to damage.
fn sample_table() -> Vec<u8> {
    b"question,answer,distractor,distractor,distractor,topic\n\
      What is 2+2?,4,3,5,22,maths\n\
      \"Say \"\"hi\"\",\nthen wave\",hello,bye,ciao,salut,words\n"
        .to_vec()
}

/// Whatever the bytes: no panic; a deck that obeys every rule, or at most a report's worth of
/// problems, each naming the file and placed at a line or at the whole file.
fn check_table_outcome(id: &str, extension: &str, bytes: &[u8]) -> TestResult {
    let path = PathBuf::from(format!("/decks folder/{id}.{extension}"));
    match LoadedDeck::parse(id, &path, bytes) {
        Ok(deck) => assert_obeys_every_rule(id, &deck),
        Err(problems) => {
            prop_assert!(!problems.is_empty(), "refused with no problem");
            prop_assert!(problems.len() <= MAX_PROBLEMS + 1, "{}", problems.len());
            for p in &problems {
                prop_assert_eq!(&p.file, &path);
                prop_assert!(
                    matches!(p.at, Location::Position { .. } | Location::File),
                    "{p}"
                );
            }
            Ok(())
        }
    }
}

proptest! {
    #![proptest_config(config(500))]

    /// A table written from questions loads as them (texts trimmed, ids made from the
    /// question), and the JSON deck `quizbot import` writes from it loads as the same deck.
    #[test]
    fn tables_load_as_written_and_round_trip_through_json(table in table()) {
        let path = PathBuf::from(format!("/decks/cards.{}", table.extension()));
        let loaded = LoadedDeck::parse("cards", &path, &table.bytes());
        let deck = match loaded {
            Ok(deck) => deck,
            Err(problems) => {
                let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
                return Err(TestCaseError::fail(format!("refused: {shown:#?}")));
            }
        };
        assert_obeys_every_rule("cards", &deck)?;
        prop_assert_eq!(&deck.deck.title, "cards");
        prop_assert_eq!(deck.len(), table.rows.len());
        for (q, row) in deck.questions().iter().zip(&table.rows) {
            prop_assert_eq!(&q.question, row.question.trim());
            prop_assert_eq!(&q.answer, row.answer.trim());
            if table.header.is_none() {
                prop_assert!(q.distractors.is_empty());
            } else {
                prop_assert_eq!(&q.topic, row.topic.trim());
                prop_assert_eq!(q.explanation.as_deref(), row.explanation.as_deref().map(str::trim));
                let distractors: Vec<&str> = row.distractors.iter().map(|d| d.trim()).collect();
                prop_assert_eq!(&q.distractors, &distractors);
                let accept: Vec<&str> = row.accept.iter().map(|a| a.trim()).collect();
                prop_assert_eq!(&q.accept, &accept);
                prop_assert_eq!(q.format, row.typed.then_some(Format::Typed));
            }
        }
        let json = deck.json();
        let again = LoadedDeck::parse("cards", Path::new("/decks/cards.json"), &json);
        prop_assert_eq!(again.map(|d| d.deck), Ok(deck.deck.clone()));
    }

    /// Arbitrary bytes, and a small table with bytes cut, changed or inserted, never panic the
    /// table reader, whatever the extension.
    #[test]
    fn table_bytes_load_or_are_refused_with_located_problems(
        bytes in damaged_bytes(sample_table()),
        extension in prop::sample::select(vec!["csv", "tsv", "txt"]),
    ) {
        check_table_outcome("cards", extension, &bytes)?;
    }
}
