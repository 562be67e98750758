//! Deck files: arbitrary bytes, arbitrary JSON, deck-shaped JSON and valid decks that break
//! exactly one rule, through [`LoadedDeck::parse`].

use super::*;

/// Characters deck text is made of: ASCII, an accent, a combining mark, CJK, an emoji, spaces and
/// punctuation, so that a length is counted in characters and never in bytes.
const POOL: &[char] = &[
    'a', 'Z', '7', ' ', '`', 'é', '\u{301}', '€', '中', '😀', '.', '\n', 'q',
];

/// `prefix` then pool characters, `len` characters in all (a cheap deterministic fill: long texts
/// need not shrink character by character).
fn fill(prefix: &str, len: usize, seed: u64) -> String {
    let mut out = prefix.to_owned();
    let mut x = seed | 1;
    for _ in prefix.chars().count()..len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push(POOL[(x % POOL.len() as u64) as usize]);
    }
    out
}

/// Text of `min..=max` characters starting with `prefix`, often at or just under `max`.
fn text(prefix: String, min: usize, max: usize) -> impl Strategy<Value = String> {
    let min = min.max(prefix.chars().count());
    let len = prop_oneof![
        2 => min..=max,
        1 => max.saturating_sub(2).max(min)..=max,
        1 => min..=(min + 20).min(max),
    ];
    (len, any::<u64>()).prop_map(move |(len, seed)| fill(&prefix, len, seed))
}

fn blank() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["", " ", "  ", "\n", "\t \r\n", "\u{3000}"]).prop_map(str::to_owned)
}

/// `[a-z0-9-]{1,40}`, written independently of the crate's own check.
fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 40 && id.chars().all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-'))
}

fn bad_id() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-z0-9-]{41,50}",
        "[a-z0-9-]{0,10}[A-Z _:.é\u{0}]{1,2}[a-z0-9-]{0,10}",
    ]
}

#[derive(Debug, Clone)]
struct QuestionSpec {
    id: String,
    topic: String,
    question: String,
    answer: String,
    distractors: Vec<String>,
    explanation: Option<String>,
}

#[derive(Debug, Clone)]
struct DeckSpec {
    title: String,
    description: String,
    source: Option<String>,
    questions: Vec<QuestionSpec>,
}

impl DeckSpec {
    fn to_value(&self) -> Value {
        let questions: Vec<Value> = self
            .questions
            .iter()
            .map(|q| {
                let mut v = json!({
                    "id": q.id, "topic": q.topic, "question": q.question, "answer": q.answer,
                    "distractors": q.distractors,
                });
                if let Some(e) = &q.explanation {
                    v["explanation"] = json!(e);
                }
                v
            })
            .collect();
        let mut deck = json!({
            "title": self.title, "description": self.description, "questions": questions,
        });
        if let Some(s) = &self.source {
            deck["source"] = json!(s);
        }
        deck
    }
}

fn question_spec(id: String) -> impl Strategy<Value = QuestionSpec> {
    let distractors = (3usize..=6).prop_flat_map(|n| {
        (0..n)
            .map(|k| text(format!("D{k}: "), 5, MAX_OPTION))
            .collect::<Vec<_>>()
    });
    (
        text("t".into(), 1, MAX_TOPIC),
        text("Q".into(), 1, MAX_QUESTION),
        text("A: ".into(), 4, MAX_OPTION),
        distractors,
        prop::option::of(text("E".into(), 1, MAX_EXPLANATION)),
    )
        .prop_map(
            move |(topic, question, answer, distractors, explanation)| QuestionSpec {
                id: id.clone(),
                topic,
                question,
                answer,
                distractors,
                explanation,
            },
        )
}

/// A deck that obeys every rule, with texts of every length up to the limits.
fn valid_deck() -> impl Strategy<Value = DeckSpec> {
    let questions = prop::collection::hash_set("[a-z0-9-]{1,40}", 1..=3)
        .prop_flat_map(|ids| ids.into_iter().map(question_spec).collect::<Vec<_>>());
    (
        text("T".into(), 1, MAX_TITLE),
        text(String::new(), 0, MAX_DESCRIPTION),
        prop::option::of(text(String::new(), 0, MAX_SOURCE)),
        questions,
    )
        .prop_map(|(title, description, source, questions)| DeckSpec {
            title,
            description,
            source,
            questions,
        })
}

/// Two options that read the same: case, runs of whitespace and a final full stop do not count.
fn reads_the_same(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .trim_end_matches('.')
            .to_lowercase()
    };
    norm(a) == norm(b)
}

/// `text` written another way that reads the same: in capitals, with a space before, a full
/// stop after, or a space doubled, as `variant` says (and room allows).
fn reads_the_same_variant(text: &str, variant: u8) -> String {
    let room = chars(text) < MAX_OPTION;
    match variant {
        1 => text.to_uppercase(),
        2 if room => format!(" {text}"),
        // A space before the final full stop is left out here: see the ignored
        // `a_space_before_a_final_full_stop_still_reads_the_same`.
        3 if room && !text.ends_with(char::is_whitespace) => format!("{text}."),
        4 if room => text.replacen(' ', "  ", 1),
        _ => text.to_owned(),
    }
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// A deck that loaded obeys every rule of the format (checked here without the crate's code).
pub(super) fn assert_obeys_every_rule(id: &str, deck: &LoadedDeck) -> TestResult {
    prop_assert!(valid_id(id), "deck id {id:?} loaded");
    prop_assert_eq!(&deck.id, id);
    let d = &deck.deck;
    prop_assert!(!d.title.trim().is_empty() && chars(&d.title) <= MAX_TITLE);
    prop_assert!(chars(&d.description) <= MAX_DESCRIPTION);
    prop_assert!(chars(&d.source) <= MAX_SOURCE);
    prop_assert!(!d.questions.is_empty(), "a deck without questions loaded");
    prop_assert_eq!(deck.len(), d.questions.len());
    let mut ids = HashSet::new();
    for q in &d.questions {
        prop_assert!(valid_id(&q.id), "question id {:?} loaded", q.id);
        prop_assert!(ids.insert(q.id.as_str()), "duplicate id {:?} loaded", q.id);
        prop_assert_eq!(deck.question(&q.id), Some(q));
        for (text, max) in [
            (&q.topic, MAX_TOPIC),
            (&q.question, MAX_QUESTION),
            (&q.answer, MAX_OPTION),
        ] {
            prop_assert!(!text.trim().is_empty() && chars(text) <= max, "{q:?}");
        }
        if let Some(e) = &q.explanation {
            prop_assert!(!e.trim().is_empty() && chars(e) <= MAX_EXPLANATION);
        }
        for a in &q.accept {
            prop_assert!(!a.trim().is_empty() && chars(a) <= MAX_OPTION, "{q:?}");
            prop_assert!(!q.distractors.iter().any(|d| reads_the_same(d, a)), "{q:?}");
        }
        for (i, d) in q.distractors.iter().enumerate() {
            prop_assert!(!d.trim().is_empty() && chars(d) <= MAX_OPTION, "{q:?}");
            prop_assert!(!reads_the_same(d, &q.answer), "{q:?}");
            for earlier in &q.distractors[..i] {
                prop_assert!(!reads_the_same(d, earlier), "{q:?}");
            }
        }
    }
    let topics: usize = deck.topics().map(|(_, n)| n).sum();
    prop_assert_eq!(topics, deck.len());
    Ok(())
}

/// Whatever the bytes: no panic; a deck that obeys every rule, or problems that each name the file.
fn check_deck_outcome(id: &str, bytes: &[u8]) -> TestResult {
    let path = PathBuf::from(format!("/decks folder/{id}.json"));
    match LoadedDeck::parse(id, &path, bytes) {
        Ok(deck) => assert_obeys_every_rule(id, &deck),
        Err(problems) => {
            prop_assert!(
                !problems.is_empty(),
                "refused with no problem: {}",
                String::from_utf8_lossy(bytes)
            );
            let head = format!("{}: ", path.display());
            for p in &problems {
                let shown = p.to_string();
                prop_assert!(shown.starts_with(&head), "{shown:?} does not name the file");
                prop_assert_eq!(&p.file, &path);
            }
            Ok(())
        }
    }
}

fn deck_id() -> impl Strategy<Value = String> {
    prop_oneof![9 => "[a-z0-9-]{1,40}", 1 => bad_id().prop_filter("no '/'", |s| !s.contains('/') && !s.contains('\0'))]
}

fn small_option_text() -> impl Strategy<Value = Json> {
    prop_oneof![
        40 => "[a-z]{1,4}( [a-z]{1,4})?".prop_map(Json::Str),
        2 => prop::sample::select(vec![
            "a", "A", "a.", " a ", "b", "B  ", "c", "", " ", "x y", "x  y.", "X Y",
        ])
        .prop_map(|s| Json::Str(s.to_owned())),
        1 => "(?s).{0,8}".prop_map(Json::Str),
        1 => json_leaf(),
    ]
}

fn maybe(weight: f64, s: impl Strategy<Value = Json>) -> impl Strategy<Value = Option<Json>> {
    prop::option::weighted(weight, s)
}

/// JSON shaped like a deck, with fields missing, mistyped, blank, equal or repeated often enough
/// that both valid and invalid decks come out.
fn deck_like_json() -> impl Strategy<Value = Json> {
    let id = prop_oneof![
        12 => "[a-z0-9-]{1,40}".prop_map(Json::Str),
        3 => prop::sample::select(vec!["a", "b", "a-1", "A", "", "x:y", "é"])
            .prop_map(|s| Json::Str(s.to_owned())),
        1 => json_leaf(),
    ];
    let string = || {
        prop_oneof![
            30 => "[a-zA-Z ]{0,11}[a-z]".prop_map(Json::Str),
            1 => blank().prop_map(Json::Str),
            1 => json_leaf(),
        ]
    };
    let distractors = prop_oneof![
        10 => prop::collection::vec(small_option_text(), 3..6).prop_map(Json::Arr),
        1 => prop::collection::vec(small_option_text(), 0..3).prop_map(Json::Arr),
        1 => json_leaf(),
    ];
    let question = (
        maybe(0.98, id),
        maybe(0.98, string()),
        maybe(0.98, string()),
        maybe(0.98, small_option_text()),
        maybe(0.98, distractors),
        maybe(0.5, string()),
        maybe(
            0.05,
            (key(), json_leaf()).prop_map(|(k, v)| Json::object(vec![(k, v)])),
        ),
    )
        .prop_map(
            |(id, topic, question, answer, distractors, explanation, extra)| {
                let mut pairs = Vec::new();
                for (k, v) in [
                    ("id", id),
                    ("topic", topic),
                    ("question", question),
                    ("answer", answer),
                    ("distractors", distractors),
                    ("explanation", explanation),
                ] {
                    if let Some(v) = v {
                        pairs.push((k.to_owned(), v));
                    }
                }
                if let Some(Json::Obj(extra)) = extra {
                    pairs.extend(extra);
                }
                Json::object(pairs)
            },
        );
    let questions = prop_oneof![
        10 => prop::collection::vec(question, 1..4).prop_map(Json::Arr),
        1 => Just(Json::Arr(Vec::new())),
        1 => json_tree(),
    ];
    (
        maybe(0.98, string()),
        maybe(0.98, string()),
        maybe(0.5, string()),
        maybe(0.98, questions),
        prop::option::weighted(0.05, (key(), json_leaf())),
    )
        .prop_map(|(title, description, source, questions, extra)| {
            let mut pairs = Vec::new();
            for (k, v) in [
                ("title", title),
                ("description", description),
                ("source", source),
                ("questions", questions),
            ] {
                if let Some(v) = v {
                    pairs.push((k.to_owned(), v));
                }
            }
            pairs.extend(extra);
            Json::object(pairs)
        })
}

/// One rule broken in an otherwise valid deck.
#[derive(Debug, Clone)]
enum Break {
    RemoveTop(&'static str),
    TopNotString(&'static str, Value),
    QuestionsNotList(Value),
    UnknownTop(String),
    BlankTitle(String),
    TopTooLong(&'static str, usize),
    NoQuestions,
    RemoveField(Index, &'static str),
    UnknownField(Index, String),
    FieldWrongType(Index, &'static str, Value),
    BadId(Index, String),
    DuplicateId(Index),
    BlankText(Index, &'static str, String),
    TooLong(Index, &'static str, usize, u64),
    BlankExplanation(Index, String),
    DistractorAccepted(Index, Index, u8),
    DistractorIsAnswer(Index, Index, u8),
    DistractorRepeats(Index, Index, Index),
    BlankDistractor(Index, Index, String),
    LongDistractor(Index, Index, usize, u64),
    BadFileName(String),
    Truncated(Index),
}

fn not_a_string() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        Just(json!(1.5)),
        Just(json!([])),
        Just(json!(["x"])),
        Just(json!({})),
        Just(json!({"a": "b"})),
    ]
}

fn unknown_key(known: &'static [&'static str]) -> impl Strategy<Value = String> {
    "[a-z_]{1,12}".prop_filter("unknown", move |k| !known.contains(&k.as_str()))
}

const DECK_FIELDS: &[&str] = &["title", "description", "source", "format", "questions"];
const QUESTION_FIELDS: &[&str] = &[
    "id",
    "topic",
    "question",
    "answer",
    "distractors",
    "accept",
    "format",
    "explanation",
];

fn breakage() -> impl Strategy<Value = Break> {
    let i = any::<Index>;
    prop_oneof![
        prop::sample::select(vec!["title", "description", "questions"]).prop_map(Break::RemoveTop),
        (
            prop::sample::select(vec!["title", "description", "source"]),
            not_a_string()
        )
            .prop_map(|(f, v)| Break::TopNotString(f, v)),
        prop_oneof![
            Just(Value::Null),
            Just(json!("q")),
            Just(json!(3)),
            Just(json!({}))
        ]
        .prop_map(Break::QuestionsNotList),
        unknown_key(DECK_FIELDS).prop_map(Break::UnknownTop),
        blank().prop_map(Break::BlankTitle),
        (
            prop::sample::select(vec!["title", "description", "source"]),
            1usize..=3
        )
            .prop_map(|(f, n)| Break::TopTooLong(f, n)),
        Just(Break::NoQuestions),
        (
            i(),
            prop::sample::select(vec!["id", "topic", "question", "answer"])
        )
            .prop_map(|(q, f)| Break::RemoveField(q, f)),
        (i(), unknown_key(QUESTION_FIELDS)).prop_map(|(q, k)| Break::UnknownField(q, k)),
        (
            i(),
            prop::sample::select(vec!["id", "topic", "question", "answer"]),
            not_a_string()
        )
            .prop_map(|(q, f, v)| Break::FieldWrongType(q, f, v)),
        (
            i(),
            not_a_string().prop_filter("null is no explanation", |v| !v.is_null())
        )
            .prop_map(|(q, v)| Break::FieldWrongType(q, "explanation", v)),
        (
            i(),
            prop_oneof![
                Just(Value::Null),
                Just(json!("a, b, c")),
                Just(json!(3)),
                Just(json!({})),
                Just(json!(["b", 2, "c"])),
                Just(json!(["b", null, "c", "d"]))
            ]
        )
            .prop_map(|(q, v)| Break::FieldWrongType(q, "distractors", v)),
        (i(), bad_id()).prop_map(|(q, id)| Break::BadId(q, id)),
        i().prop_map(Break::DuplicateId),
        (
            i(),
            prop::sample::select(vec!["topic", "question", "answer"]),
            blank()
        )
            .prop_map(|(q, f, b)| Break::BlankText(q, f, b)),
        (
            i(),
            prop::sample::select(vec!["topic", "question", "answer", "explanation"]),
            1usize..=3,
            any::<u64>()
        )
            .prop_map(|(q, f, n, seed)| Break::TooLong(q, f, n, seed)),
        (i(), blank()).prop_map(|(q, b)| Break::BlankExplanation(q, b)),
        (i(), i(), 0u8..5).prop_map(|(q, d, v)| Break::DistractorAccepted(q, d, v)),
        (i(), i(), 0u8..5).prop_map(|(q, d, v)| Break::DistractorIsAnswer(q, d, v)),
        (i(), i(), i()).prop_map(|(q, d, e)| Break::DistractorRepeats(q, d, e)),
        (i(), i(), blank()).prop_map(|(q, d, b)| Break::BlankDistractor(q, d, b)),
        (i(), i(), 1usize..=3, any::<u64>())
            .prop_map(|(q, d, n, seed)| Break::LongDistractor(q, d, n, seed)),
        bad_id()
            .prop_filter("a file name", |s| !s.contains('/') && !s.contains('\0'))
            .prop_map(Break::BadFileName),
        i().prop_map(Break::Truncated),
    ]
}

/// What breaking the rule must produce: the deck id and bytes to parse, a piece of the one
/// problem's text, and the question (from 1) it must be placed at.
struct Broken {
    id: String,
    bytes: Vec<u8>,
    needle: String,
    question: Option<usize>,
}

fn break_one_rule(spec: &DeckSpec, how: &Break) -> Broken {
    let mut deck = spec.to_value();
    let n = spec.questions.len();
    let mut id = "a-deck".to_owned();
    let mut at = None;
    let q = |i: &Index| i.index(n);
    let needle = match how {
        Break::RemoveTop(f) => {
            deck.as_object_mut().unwrap().remove(*f);
            format!("`{f}`: missing")
        }
        Break::TopNotString(f, v) => {
            deck[*f] = v.clone();
            format!("`{f}`: must be a string")
        }
        Break::QuestionsNotList(v) => {
            deck["questions"] = v.clone();
            "`questions`: must be a list of questions".into()
        }
        Break::UnknownTop(k) => {
            deck[k.as_str()] = json!("x");
            format!("unknown field `{k}`")
        }
        Break::BlankTitle(b) => {
            deck["title"] = json!(b);
            "`title`: must not be empty".into()
        }
        Break::TopTooLong(f, extra) => {
            let max = match *f {
                "title" => MAX_TITLE,
                "description" => MAX_DESCRIPTION,
                _ => MAX_SOURCE,
            };
            deck[*f] = json!(fill("L", max + extra, 7));
            format!(
                "`{f}`: {} characters, at most {max} fit in a Discord message",
                max + extra
            )
        }
        Break::NoQuestions => {
            deck["questions"] = json!([]);
            "`questions`: a deck needs at least one question".into()
        }
        Break::RemoveField(i, f) => {
            at = Some(q(i) + 1);
            deck["questions"][q(i)].as_object_mut().unwrap().remove(*f);
            format!("missing field `{f}`")
        }
        Break::UnknownField(i, k) => {
            at = Some(q(i) + 1);
            deck["questions"][q(i)][k.as_str()] = json!("x");
            format!("unknown field `{k}`")
        }
        Break::FieldWrongType(i, f, v) => {
            at = Some(q(i) + 1);
            deck["questions"][q(i)][*f] = v.clone();
            "invalid type".into()
        }
        Break::BadId(i, bad) => {
            at = Some(q(i) + 1);
            deck["questions"][q(i)]["id"] = json!(bad);
            format!("id must be 1 to {MAX_ID} characters of a-z, 0-9 and '-'")
        }
        Break::DuplicateId(i) => {
            at = Some(n + 1);
            let copy = deck["questions"][q(i)].clone();
            deck["questions"].as_array_mut().unwrap().push(copy);
            format!("duplicate id, question {} has it too", q(i) + 1)
        }
        Break::BlankText(i, f, b) => {
            at = Some(q(i) + 1);
            deck["questions"][q(i)][*f] = json!(b);
            format!("`{f}` must not be empty")
        }
        Break::TooLong(i, f, extra, seed) => {
            at = Some(q(i) + 1);
            let max = match *f {
                "topic" => MAX_TOPIC,
                "question" => MAX_QUESTION,
                "answer" => MAX_OPTION,
                _ => MAX_EXPLANATION,
            };
            deck["questions"][q(i)][*f] = json!(fill("Long: ", max + extra, *seed));
            format!(
                "`{f}` is {} characters, at most {max} fit in a Discord message",
                max + extra
            )
        }
        Break::BlankExplanation(i, b) => {
            at = Some(q(i) + 1);
            deck["questions"][q(i)]["explanation"] = json!(b);
            "`explanation` is empty: leave it out instead".into()
        }
        Break::DistractorAccepted(i, d, variant) => {
            let question = &spec.questions[q(i)];
            at = Some(q(i) + 1);
            let d = d.index(question.distractors.len());
            let accepted = reads_the_same_variant(&question.distractors[d], *variant);
            deck["questions"][q(i)]["accept"] = json!(["something else entirely", accepted]);
            format!("distractor {} is an accepted answer", d + 1)
        }
        Break::DistractorIsAnswer(i, d, variant) => {
            let question = &spec.questions[q(i)];
            at = Some(q(i) + 1);
            let d = d.index(question.distractors.len());
            let same = reads_the_same_variant(&question.answer, *variant);
            deck["questions"][q(i)]["distractors"][d] = json!(same);
            format!("distractor {} is the same as the answer", d + 1)
        }
        Break::DistractorRepeats(i, d, e) => {
            let question = &spec.questions[q(i)];
            at = Some(q(i) + 1);
            let d = 1 + d.index(question.distractors.len() - 1);
            let earlier = e.index(d);
            deck["questions"][q(i)]["distractors"][d] = json!(question.distractors[earlier]);
            format!("distractor {} repeats an earlier distractor", d + 1)
        }
        Break::BlankDistractor(i, d, b) => {
            at = Some(q(i) + 1);
            let d = d.index(spec.questions[q(i)].distractors.len());
            deck["questions"][q(i)]["distractors"][d] = json!(b);
            format!("distractor {} is empty", d + 1)
        }
        Break::LongDistractor(i, d, extra, seed) => {
            at = Some(q(i) + 1);
            let d = d.index(spec.questions[q(i)].distractors.len());
            deck["questions"][q(i)]["distractors"][d] =
                json!(fill("Long: ", MAX_OPTION + extra, *seed));
            format!(
                "distractor {} is {} characters, at most {MAX_OPTION}",
                d + 1,
                MAX_OPTION + extra
            )
        }
        Break::BadFileName(bad) => {
            id = bad.clone();
            "the file name is the deck id".into()
        }
        Break::Truncated(cut) => {
            let bytes = serde_json::to_vec(&deck).unwrap();
            let cut = cut.index(bytes.len());
            return Broken {
                id,
                bytes: bytes[..cut].to_vec(),
                needle: "invalid JSON".into(),
                question: None,
            };
        }
    };
    Broken {
        id,
        bytes: serde_json::to_vec(&deck).unwrap(),
        needle,
        question: at,
    }
}

/// The bundled deck's bytes, as a starting point for damaged decks.
fn bundled_deck_bytes() -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/async-python.json")).unwrap()
}

proptest! {
    #![proptest_config(config(2000))]

    /// Arbitrary bytes, and the bundled deck with bytes cut, changed or inserted, never panic the
    /// deck parser: they load as a deck that obeys every rule, or are refused with at least one
    /// problem, each of which names the file.
    #[test]
    fn deck_bytes_load_or_are_refused_with_problems_naming_the_file(
        id in deck_id(),
        bytes in damaged_bytes(bundled_deck_bytes()),
    ) {
        check_deck_outcome(&id, &bytes)?;
    }

    /// Arbitrary JSON documents (any shape, bounded depth and size) never panic the deck parser:
    /// a valid deck, or at least one problem naming the file.
    #[test]
    fn deck_json_of_any_shape_loads_or_is_refused_with_problems_naming_the_file(
        id in deck_id(),
        doc in json_tree(),
    ) {
        check_deck_outcome(&id, doc.text().as_bytes())?;
    }

    /// Deck-shaped JSON with fields missing, mistyped, blank, repeated or equal to the answer: the
    /// decks that load obey every rule (valid, unique ids; at least three distractors that read
    /// differently from the answer and from each other; every text within its limit), the others
    /// are refused with problems naming the file.
    #[test]
    fn deck_shaped_json_loads_only_when_it_obeys_every_rule(
        id in deck_id(),
        doc in deck_like_json(),
    ) {
        check_deck_outcome(&id, doc.text().as_bytes())?;
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// A deck that obeys every rule, with texts up to their exact limits in multi-byte and
    /// combining characters, loads, and loads as written.
    #[test]
    fn valid_decks_up_to_the_limits_load_as_written(spec in valid_deck()) {
        let bytes = serde_json::to_vec(&spec.to_value()).unwrap();
        let deck = LoadedDeck::parse("a-deck", Path::new("a-deck.json"), &bytes);
        let deck = match deck {
            Ok(deck) => deck,
            Err(problems) => {
                let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                return Err(TestCaseError::fail(format!("a valid deck was refused: {shown:#?}")));
            }
        };
        assert_obeys_every_rule("a-deck", &deck)?;
        prop_assert_eq!(&deck.deck.title, &spec.title);
        prop_assert_eq!(&deck.deck.description, &spec.description);
        prop_assert_eq!(&deck.deck.source, spec.source.as_deref().unwrap_or(""));
        let expected: Vec<Question> = spec
            .questions
            .iter()
            .map(|q| Question {
                id: q.id.clone(),
                topic: q.topic.clone(),
                question: q.question.clone(),
                answer: q.answer.clone(),
                distractors: q.distractors.clone(),
                explanation: q.explanation.clone(),
                accept: Vec::new(),
                format: None,
                author: None,
            })
            .collect();
        prop_assert_eq!(&deck.deck.questions, &expected);
    }

    /// A valid deck that breaks exactly one rule is refused with exactly one problem, which names
    /// the file, says which rule (and, for a question's rule, which question by its position).
    #[test]
    fn a_deck_breaking_one_rule_gets_one_problem_naming_that_rule(
        spec in valid_deck(),
        how in breakage(),
    ) {
        let broken = break_one_rule(&spec, &how);
        let path = PathBuf::from(format!("decks/{}.json", broken.id));
        let problems = match LoadedDeck::parse(&broken.id, &path, &broken.bytes) {
            Ok(_) => return Err(TestCaseError::fail(format!("{how:?} was accepted"))),
            Err(problems) => problems,
        };
        let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        prop_assert_eq!(shown.len(), 1, "{:?}: {:#?}", how, shown);
        let head = format!("{}: ", path.display());
        prop_assert!(shown[0].starts_with(&head), "{:?}: {:?}", how, shown[0]);
        prop_assert!(
            shown[0].contains(&broken.needle),
            "{:?}: {:?} does not say {:?}", how, shown[0], broken.needle
        );
        if let Some(question) = broken.question {
            let place = format!("{head}question {question}");
            prop_assert!(shown[0].starts_with(&place), "{:?}: {:?} is not at {}", how, shown[0], place);
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// A deck file whose JSON repeats a key (at the top or in a question; a valid deck with one
    /// key written twice) is refused with at least one problem naming the file, and a data folder
    /// holding it does not load (it is not silently skipped).
    #[test]
    fn a_deck_repeating_a_key_is_refused_with_a_problem(
        spec in valid_deck(),
        in_question in any::<bool>(),
        which in any::<Index>(),
    ) {
        let value = spec.to_value();
        let text = with_repeated_key(&value, in_question, which).text();
        let path = Path::new("decks/dup.json");
        if let Err(problems) = LoadedDeck::parse("dup", path, text.as_bytes()) {
            prop_assert!(!problems.is_empty(), "refused with no problem: {}", text);
            for p in &problems {
                prop_assert!(p.to_string().starts_with("decks/dup.json: "), "{}", p);
            }
            let dir = scratch_dir();
            std::fs::write(dir.path().join("dup.json"), &text).unwrap();
            std::fs::write(dir.path().join("good.json"), serde_json::to_vec(&value).unwrap()).unwrap();
            let loaded = quizbot_domain::deck::Library::load_dir(dir.path());
            prop_assert!(
                loaded.is_err(),
                "a folder with a refused deck loaded: {:?}",
                loaded.map(|(l, _)| l.decks(None).map(|d| d.id.clone()).collect::<Vec<_>>())
            );
        }
    }

    /// Options that differ only in case, runs of whitespace and a final full stop read the same,
    /// also when the full stop follows a space: a distractor that is the answer plus " ." is
    /// refused as the same as the answer.
    #[test]
    fn a_space_before_a_final_full_stop_still_reads_the_same(
        spec in valid_deck(),
        q in any::<Index>(),
        d in any::<Index>(),
        gap in prop::sample::select(vec![" ", "  ", "\n", " \t"]),
    ) {
        let qi = q.index(spec.questions.len());
        let question = &spec.questions[qi];
        let d = d.index(question.distractors.len());
        let same = format!("{}{gap}.", question.answer.trim_end());
        prop_assume!(chars(&same) <= MAX_OPTION);
        let mut deck = spec.to_value();
        deck["questions"][qi]["distractors"][d] = json!(same);
        let problems = LoadedDeck::parse("d", Path::new("d.json"), &serde_json::to_vec(&deck).unwrap());
        let shown: Vec<String> = problems.err().unwrap_or_default().iter().map(|p| p.to_string()).collect();
        let needle = format!("question {} ({:?}): distractor {} is the same as the answer", qi + 1, question.id, d + 1);
        prop_assert!(
            shown.len() == 1 && shown[0].contains(&needle),
            "answer {:?}, distractor {:?}: {:?}", question.answer, same, shown
        );
    }
}

fn to_json(value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => Json::Num(n.to_string()),
        Value::String(s) => Json::Str(s.clone()),
        Value::Array(items) => Json::Arr(items.iter().map(to_json).collect()),
        Value::Object(map) => Json::Obj(map.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
    }
}

/// `deck` with one of its keys written a second time (same value), at the top or in a question.
fn with_repeated_key(deck: &Value, in_question: bool, which: Index) -> Json {
    let mut doc = to_json(deck);
    let Json::Obj(top) = &mut doc else {
        unreachable!()
    };
    let pairs = if in_question {
        let questions = top.iter_mut().find(|(k, _)| k == "questions").unwrap();
        let Json::Arr(items) = &mut questions.1 else {
            unreachable!()
        };
        let Json::Obj(pairs) = &mut items[0] else {
            unreachable!()
        };
        pairs
    } else {
        top
    };
    let repeated = pairs[which.index(pairs.len())].clone();
    pairs.push(repeated);
    doc
}
