//! The decks the bot serves: loaded from the data folder, looked up by id and topic.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::limits::{is_valid_id, MAX_ID};
use super::model::{Deck, Question};
use super::report::{parse_deck, Location, Problem, Report};
use crate::review::CardKey;

/// A validated deck with its indexes.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedDeck {
    pub id: String,
    pub deck: Deck,
    by_id: HashMap<String, usize>,
    /// Each question's review-card key, by position: open questions and review cards share
    /// its strings.
    keys: Vec<CardKey>,
    /// Topic and how many questions it has, in name order.
    topics: BTreeMap<String, usize>,
}

impl LoadedDeck {
    pub fn new(id: String, deck: Deck) -> Self {
        let by_id = deck
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.clone(), i))
            .collect();
        let mut topics = BTreeMap::new();
        for q in &deck.questions {
            *topics.entry(q.topic.clone()).or_insert(0) += 1;
        }
        let deck_id: Arc<str> = id.as_str().into();
        let keys = deck
            .questions
            .iter()
            .map(|q| CardKey::new(Arc::clone(&deck_id), q.id.as_str()))
            .collect();
        LoadedDeck {
            id,
            deck,
            by_id,
            keys,
            topics,
        }
    }

    /// Parses and validates `bytes` as the deck `id` read from `file`.
    pub fn parse(id: &str, file: &Path, bytes: &[u8]) -> Result<Self, Vec<Problem>> {
        let id_problem = (!is_valid_id(id)).then(|| Problem {
            file: file.to_owned(),
            at: Location::File,
            message: format!(
                "the file name is the deck id: use 1 to {MAX_ID} characters of a-z, 0-9 and '-' before .json"
            ),
        });
        match (parse_deck(file, bytes), id_problem) {
            (Ok(deck), None) => Ok(LoadedDeck::new(id.to_owned(), deck)),
            (Ok(_), Some(p)) => Err(vec![p]),
            (Err(mut problems), p) => {
                problems.splice(0..0, p);
                Err(problems)
            }
        }
    }

    pub fn title(&self) -> &str {
        &self.deck.title
    }

    pub fn len(&self) -> usize {
        self.deck.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.deck.questions.is_empty()
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.by_id.get(id).map(|&i| &self.deck.questions[i])
    }

    /// Question `id`'s review-card key.
    pub fn key(&self, id: &str) -> Option<&CardKey> {
        self.by_id.get(id).and_then(|&i| self.keys.get(i))
    }

    pub fn questions(&self) -> &[Question] {
        &self.deck.questions
    }

    /// The questions on `topic`, or all of them.
    pub fn questions_in<'a>(
        &'a self,
        topic: Option<&'a str>,
    ) -> impl Iterator<Item = &'a Question> {
        self.deck
            .questions
            .iter()
            .filter(move |q| topic.is_none_or(|t| q.topic == t))
    }

    /// Topics with their question counts, in name order.
    pub fn topics(&self) -> impl Iterator<Item = (&str, usize)> {
        self.topics.iter().map(|(t, n)| (t.as_str(), *n))
    }

    /// The deck's own spelling of `topic`, matched case-insensitively.
    pub fn find_topic(&self, topic: &str) -> Option<&str> {
        let wanted = topic.trim();
        self.topics
            .keys()
            .find(|t| t.eq_ignore_ascii_case(wanted))
            .map(String::as_str)
    }
}

/// All loaded decks, by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    decks: BTreeMap<String, Arc<LoadedDeck>>,
}

impl Library {
    pub fn from_decks(decks: impl IntoIterator<Item = LoadedDeck>) -> Self {
        Library {
            decks: decks
                .into_iter()
                .map(|d| (d.id.clone(), Arc::new(d)))
                .collect(),
        }
    }

    /// Loads every `*.json` directly in `dir`; any problem in any file fails the whole load.
    pub fn load_dir(dir: &Path) -> Result<Library, Report> {
        let folder_problem = |message: String| Report {
            problems: vec![Problem {
                file: dir.to_owned(),
                at: Location::File,
                message,
            }],
        };
        let entries = std::fs::read_dir(dir)
            .map_err(|e| folder_problem(format!("cannot read the data folder: {e}")))?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(folder_problem(
                "no decks: put at least one deck file (*.json) in this folder".into(),
            ));
        }
        let mut decks = Vec::new();
        let mut problems = Vec::new();
        for file in files {
            match load_file(&file) {
                Ok(deck) => decks.push(deck),
                Err(p) => problems.extend(p),
            }
        }
        if problems.is_empty() {
            Ok(Library::from_decks(decks))
        } else {
            Err(Report { problems })
        }
    }

    pub fn get(&self, id: &str) -> Option<&Arc<LoadedDeck>> {
        self.decks.get(id)
    }

    /// The review-card key of `question` in `deck`, if the library has it.
    pub fn key(&self, deck: &str, question: &str) -> Option<&CardKey> {
        self.get(deck)?.key(question)
    }

    /// The deck used when a command names none: the first by id.
    pub fn default_deck(&self) -> Option<&Arc<LoadedDeck>> {
        self.decks.values().next()
    }

    pub fn decks(&self) -> impl Iterator<Item = &Arc<LoadedDeck>> {
        self.decks.values()
    }

    pub fn len(&self) -> usize {
        self.decks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.decks.is_empty()
    }

    /// This library with `deck` added, or replacing the deck of the same id.
    pub fn with(&self, deck: LoadedDeck) -> Library {
        let mut decks = self.decks.clone();
        decks.insert(deck.id.clone(), Arc::new(deck));
        Library { decks }
    }

    /// What `quizbot check` prints for a valid folder.
    pub fn summary(&self) -> String {
        let questions: usize = self.decks().map(|d| d.len()).sum();
        let mut out = format!(
            "{} deck{}, {questions} questions\n",
            self.len(),
            if self.len() == 1 { "" } else { "s" }
        );
        for deck in self.decks() {
            let _ = writeln!(
                out,
                "\n{}: {} ({} questions)",
                deck.id,
                deck.title(),
                deck.len()
            );
            for (topic, n) in deck.topics() {
                let _ = writeln!(out, "  {topic:<32} {n:>4}");
            }
        }
        out
    }
}

/// Loads one deck file; its id is the file stem.
pub fn load_file(file: &Path) -> Result<LoadedDeck, Vec<Problem>> {
    let bytes = std::fs::read(file).map_err(|e| {
        vec![Problem {
            file: file.to_owned(),
            at: Location::File,
            message: format!("cannot read: {e}"),
        }]
    })?;
    let id = file
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    LoadedDeck::parse(&id, file, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn deck_json(ids: &[&str]) -> String {
        let questions: Vec<_> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| {
                json!({
                    "id": id, "topic": if i % 2 == 0 { "Even" } else { "odd" },
                    "question": format!("Q {id}?"), "answer": "right",
                    "distractors": ["w1", "w2", "w3"]
                })
            })
            .collect();
        json!({"title": "T", "description": "D", "questions": questions}).to_string()
    }

    #[test]
    fn loads_every_json_file_and_ignores_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b-deck.json"), deck_json(&["x", "y", "z"])).unwrap();
        std::fs::write(dir.path().join("a-deck.json"), deck_json(&["x"])).unwrap();
        std::fs::write(dir.path().join("notes.txt"), "not a deck").unwrap();
        std::fs::create_dir(dir.path().join("sub.json")).unwrap();
        let lib = Library::load_dir(dir.path()).unwrap();
        let ids: Vec<_> = lib.decks().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a-deck", "b-deck"]);
        assert_eq!(lib.default_deck().unwrap().id, "a-deck");
        let b = lib.get("b-deck").unwrap();
        assert_eq!(b.question("y").unwrap().question, "Q y?");
        assert_eq!(b.topics().collect::<Vec<_>>(), [("Even", 2), ("odd", 1)]);
        assert_eq!(b.find_topic(" even "), Some("Even"));
        assert_eq!(b.find_topic("none"), None);
        let summary = lib.summary();
        assert!(summary.starts_with("2 decks, 4 questions"), "{summary}");
        assert!(summary.contains("b-deck: T (3 questions)"), "{summary}");
    }

    #[test]
    fn problems_from_every_file_are_collected() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("good.json"), deck_json(&["x"])).unwrap();
        std::fs::write(dir.path().join("dup.json"), deck_json(&["x", "x"])).unwrap();
        std::fs::write(dir.path().join("broken.json"), "{").unwrap();
        std::fs::write(dir.path().join("Bad Name.json"), deck_json(&["x"])).unwrap();
        let report = Library::load_dir(dir.path()).unwrap_err();
        let text = report.to_string();
        assert_eq!(report.problems.len(), 3, "{text}");
        assert!(
            text.contains("Bad Name.json: the file name is the deck id"),
            "{text}"
        );
        assert!(
            text.contains("broken.json: line 1, column 1: invalid JSON"),
            "{text}"
        );
        assert!(
            text.contains("dup.json: question 2 (\"x\"): duplicate id"),
            "{text}"
        );
        assert!(text.ends_with("3 problems in 3 files"), "{text}");
    }

    #[test]
    fn an_empty_or_missing_folder_is_a_problem() {
        let dir = tempfile::tempdir().unwrap();
        let text = Library::load_dir(dir.path()).unwrap_err().to_string();
        assert!(text.contains("no decks"), "{text}");
        let text = Library::load_dir(&dir.path().join("missing"))
            .unwrap_err()
            .to_string();
        assert!(text.contains("cannot read the data folder"), "{text}");
    }

    #[test]
    fn with_replaces_a_deck_of_the_same_id() {
        let one =
            LoadedDeck::parse("d", Path::new("d.json"), deck_json(&["x"]).as_bytes()).unwrap();
        let two =
            LoadedDeck::parse("d", Path::new("d.json"), deck_json(&["x", "y"]).as_bytes()).unwrap();
        let lib = Library::from_decks([one]).with(two);
        assert_eq!(lib.len(), 1);
        assert_eq!(lib.get("d").unwrap().len(), 2);
    }
}
