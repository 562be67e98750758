//! The decks the bot serves: the bundled ones (every `*.json` directly in the data folder),
//! served to every server, and each server's own (`servers/<guild id>/<deck id>.json`), served
//! in that server only. Looked up by id and topic within what a server sees.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::limits::{is_valid_id, MAX_ID};
use super::model::{Deck, Question};
use super::report::{parse_deck, Location, Problem, Report};
use crate::ids::GuildId;
use crate::review::CardKey;

/// The folder under the data folder that holds each server's own decks.
pub const SERVERS_DIR: &str = "servers";

/// A validated deck with its indexes.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedDeck {
    pub id: String,
    /// The server whose own deck this is; `None` for a bundled deck.
    pub owner: Option<GuildId>,
    pub deck: Deck,
    by_id: HashMap<String, usize>,
    /// Each question's review-card key, by position: open questions and review cards share
    /// its strings.
    keys: Vec<CardKey>,
    /// Topic and how many questions it has, in name order.
    topics: BTreeMap<String, usize>,
}

impl LoadedDeck {
    /// A bundled deck.
    pub fn new(id: String, deck: Deck) -> Self {
        Self::owned(id, None, deck)
    }

    /// A deck of `owner`'s own, or a bundled one.
    pub fn owned(id: String, owner: Option<GuildId>, deck: Deck) -> Self {
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
        let deck_id: Arc<str> = qualified(owner, &id).into();
        let keys = deck
            .questions
            .iter()
            .map(|q| CardKey::new(Arc::clone(&deck_id), q.id.as_str()))
            .collect();
        LoadedDeck {
            id,
            owner,
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

    /// This deck as a server's own.
    pub fn owned_by(self, guild: GuildId) -> Self {
        Self::owned(self.id, Some(guild), self.deck)
    }

    /// The deck's id as review cards and open questions name it: a server's own deck is
    /// named with its server, since two servers may each have a deck of the same id.
    pub fn qualified_id(&self) -> String {
        qualified(self.owner, &self.id)
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

/// `id`, or `guild/id` for a server's own deck (`/` is not in a deck id).
fn qualified(owner: Option<GuildId>, id: &str) -> String {
    match owner {
        None => id.to_owned(),
        Some(guild) => format!("{guild}/{id}"),
    }
}

/// All loaded decks: the bundled ones and each server's own, each by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    bundled: BTreeMap<String, Arc<LoadedDeck>>,
    own: HashMap<GuildId, BTreeMap<String, Arc<LoadedDeck>>>,
}

/// Who is asking: a server (which sees the bundled decks and its own) or a DM (`None`: the
/// bundled decks only).
pub type Scope = Option<GuildId>;

impl Library {
    /// A library of bundled decks.
    pub fn from_decks(decks: impl IntoIterator<Item = LoadedDeck>) -> Self {
        let mut library = Library::default();
        for deck in decks {
            library = library.with(deck);
        }
        library
    }

    /// Loads the bundled decks (every `*.json` directly in `dir`: any problem in any of them
    /// fails the whole load) and each server's own decks under `dir/servers/<guild id>/`. A
    /// server's deck with a problem is left out, and its problems are returned beside the
    /// library, so that one server's bad file never stops the bot for the others.
    pub fn load_dir(dir: &Path) -> Result<(Library, Vec<Problem>), Report> {
        let folder_problem = |message: String| Report {
            problems: vec![Problem {
                file: dir.to_owned(),
                at: Location::File,
                message,
            }],
        };
        let files = deck_files(dir)
            .map_err(|e| folder_problem(format!("cannot read the data folder: {e}")))?;
        if files.is_empty() {
            return Err(folder_problem(
                "no decks: put at least one deck file (*.json) in this folder".into(),
            ));
        }
        let mut library = Library::default();
        let mut problems = Vec::new();
        for file in files {
            match load_file(&file) {
                Ok(deck) => library = library.with(deck),
                Err(p) => problems.extend(p),
            }
        }
        if !problems.is_empty() {
            return Err(Report { problems });
        }
        let skipped = library.load_servers(&dir.join(SERVERS_DIR));
        Ok((library, skipped))
    }

    /// Adds every server's own decks found under `servers`; returns the problems of those left
    /// out.
    fn load_servers(&mut self, servers: &Path) -> Vec<Problem> {
        let Ok(entries) = std::fs::read_dir(servers) else {
            return Vec::new();
        };
        let mut problems = Vec::new();
        let mut folders: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        folders.sort();
        for folder in folders.into_iter().filter(|f| f.is_dir()) {
            let problem = |message: String| Problem {
                file: folder.clone(),
                at: Location::File,
                message,
            };
            let Some(guild) = folder
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.parse().ok())
                .map(GuildId)
            else {
                problems.push(problem("not a server id: left out".into()));
                continue;
            };
            let files = match deck_files(&folder) {
                Ok(files) => files,
                Err(e) => {
                    problems.push(problem(format!("cannot read: {e}")));
                    continue;
                }
            };
            for file in files {
                match load_file(&file) {
                    Ok(deck) if self.bundled.contains_key(&deck.id) => problems.push(Problem {
                        file,
                        at: Location::File,
                        message: format!(
                            "a bundled deck has the id `{}`: this server's deck is left out",
                            deck.id
                        ),
                    }),
                    Ok(deck) => *self = self.with(deck.owned_by(guild)),
                    Err(p) => problems.extend(p),
                }
            }
        }
        problems
    }

    /// Deck `id` as seen from `scope`.
    pub fn get(&self, scope: Scope, id: &str) -> Option<&Arc<LoadedDeck>> {
        self.bundled
            .get(id)
            .or_else(|| self.own.get(&scope?)?.get(id))
    }

    /// Whether `id` is a bundled deck's.
    pub fn is_bundled(&self, id: &str) -> bool {
        self.bundled.contains_key(id)
    }

    /// The card key of `question` in the deck named `deck` as cards name it (see
    /// [`LoadedDeck::qualified_id`]), if the library has it.
    pub fn key(&self, deck: &str, question: &str) -> Option<&CardKey> {
        self.by_qualified_id(deck)?.key(question)
    }

    /// The deck that cards and open questions name `deck` (see [`LoadedDeck::qualified_id`]).
    pub fn by_qualified_id(&self, deck: &str) -> Option<&Arc<LoadedDeck>> {
        match deck.split_once('/') {
            None => self.bundled.get(deck),
            Some((guild, id)) => self.own.get(&GuildId(guild.parse().ok()?))?.get(id),
        }
    }

    /// The question a card names, if the library still has it.
    pub fn question(&self, card: &CardKey) -> Option<&Question> {
        self.by_qualified_id(card.deck())?.question(card.question())
    }

    /// The first bundled deck: the one a command uses when it names none and the server has
    /// no default of its own.
    pub fn default_deck(&self) -> Option<&Arc<LoadedDeck>> {
        self.bundled.values().next()
    }

    /// The decks `scope` sees: the bundled ones, then the server's own, each by id.
    pub fn decks(&self, scope: Scope) -> impl Iterator<Item = &Arc<LoadedDeck>> {
        let own = scope.and_then(|g| self.own.get(&g));
        self.bundled
            .values()
            .chain(own.into_iter().flat_map(|o| o.values()))
    }

    /// How many decks of its own `guild` has.
    pub fn own_count(&self, guild: GuildId) -> usize {
        self.own.get(&guild).map_or(0, BTreeMap::len)
    }

    /// Every deck, bundled and own.
    pub fn all(&self) -> impl Iterator<Item = &Arc<LoadedDeck>> {
        self.bundled
            .values()
            .chain(self.own.values().flat_map(|o| o.values()))
    }

    /// This library with `deck` added, or replacing the deck of the same id and owner.
    pub fn with(&self, deck: LoadedDeck) -> Library {
        let mut library = self.clone();
        let decks = match deck.owner {
            None => &mut library.bundled,
            Some(guild) => library.own.entry(guild).or_default(),
        };
        decks.insert(deck.id.clone(), Arc::new(deck));
        library
    }

    /// This library without `guild`'s own deck `id`.
    pub fn without(&self, guild: GuildId, id: &str) -> Library {
        let mut library = self.clone();
        if let Some(decks) = library.own.get_mut(&guild) {
            decks.remove(id);
            if decks.is_empty() {
                library.own.remove(&guild);
            }
        }
        library
    }

    /// What `quizbot check` prints for a valid folder.
    pub fn summary(&self) -> String {
        let decks: Vec<_> = self.all().collect();
        let questions: usize = decks.iter().map(|d| d.len()).sum();
        let mut out = format!(
            "{} deck{}, {questions} questions\n",
            decks.len(),
            if decks.len() == 1 { "" } else { "s" }
        );
        for deck in decks {
            let whose = deck
                .owner
                .map(|g| format!(" [server {g}]"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "\n{}{whose}: {} ({} questions)",
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

/// The `*.json` files directly in `dir`, in name order.
fn deck_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Ok(files)
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
        let (lib, skipped) = Library::load_dir(dir.path()).unwrap();
        assert!(skipped.is_empty());
        let ids: Vec<_> = lib.decks(None).map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a-deck", "b-deck"]);
        assert_eq!(lib.default_deck().unwrap().id, "a-deck");
        let b = lib.get(None, "b-deck").unwrap();
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
        assert_eq!(lib.all().count(), 1);
        assert_eq!(lib.get(None, "d").unwrap().len(), 2);
    }

    #[test]
    fn a_servers_own_decks_are_seen_in_that_server_only_and_a_bad_one_is_left_out() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("shared.json"), deck_json(&["x"])).unwrap();
        let a = dir.path().join("servers/11");
        let b = dir.path().join("servers/22");
        std::fs::create_dir_all(&a).unwrap();
        std::fs::create_dir_all(&b).unwrap();
        std::fs::write(a.join("mine.json"), deck_json(&["m"])).unwrap();
        std::fs::write(a.join("shared.json"), deck_json(&["s"])).unwrap();
        std::fs::write(b.join("mine.json"), deck_json(&["n", "o"])).unwrap();
        std::fs::write(b.join("broken.json"), "{").unwrap();
        let (lib, skipped) = Library::load_dir(dir.path()).unwrap();
        let ids = |scope| {
            lib.decks(scope)
                .map(|d| d.qualified_id())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(None), ["shared"]);
        assert_eq!(ids(Some(GuildId(11))), ["shared", "11/mine"]);
        assert_eq!(ids(Some(GuildId(22))), ["shared", "22/mine"]);
        assert_eq!(lib.get(Some(GuildId(22)), "mine").unwrap().len(), 2);
        assert!(lib.get(Some(GuildId(33)), "mine").is_none());
        assert!(lib.get(None, "mine").is_none());
        assert!(lib.key("11/mine", "m").is_some());
        assert!(lib.key("11/mine", "n").is_none());
        assert!(lib.key("shared", "x").is_some());
        let text: Vec<String> = skipped.iter().map(|p| p.to_string()).collect();
        assert_eq!(skipped.len(), 2, "{text:?}");
        assert!(text.iter().any(|t| t.contains("broken.json")), "{text:?}");
        assert!(
            text.iter()
                .any(|t| t.contains("a bundled deck has the id `shared`")),
            "{text:?}"
        );
        let gone = lib.without(GuildId(11), "mine");
        assert_eq!(gone.own_count(GuildId(11)), 0);
        assert_eq!(lib.own_count(GuildId(11)), 1);
    }
}
