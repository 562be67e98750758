//! The decks the bot serves: the bundled ones (every deck file directly in the data folder:
//! `*.json`, `*.csv`, `*.tsv`, `*.txt`), served to every server, and each server's own
//! (`servers/<guild id>/<deck id>.json` or a table), served in that server only. Looked up by id and topic within what a server sees.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::format::{self, FileFormat};
use super::limits::{is_valid_id, MAX_ID, MIN_DISTRACTORS};
use super::model::{Deck, Format, Question};
use super::report::{answer_key, Location, Problem, Report};
use crate::deck::CardKey;
use crate::ids::GuildId;

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
    /// Questions whose options are topped up with other questions' answers.
    drawn: usize,
    /// Questions that cannot be given four options that way either.
    short: usize,
    /// The size of the file it was read from: what a server's decks count against the
    /// bot's memory quota for them.
    size: usize,
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
        let (drawn, short) = drawn_options(&deck);
        LoadedDeck {
            id,
            owner,
            deck,
            by_id,
            keys,
            topics,
            drawn,
            short,
            size: 0,
        }
    }

    /// How `question` (of this deck) is answered.
    pub fn format_of(&self, question: &Question) -> Format {
        format_of(&self.deck, question)
    }

    /// How many questions have their missing distractors drawn from other answers.
    pub fn drawn(&self) -> usize {
        self.drawn
    }

    /// Whether some multiple-choice question cannot be dealt four different options: the deck
    /// is for flashcards then (and typed questions), not for multiple choice.
    pub fn flashcards_only(&self) -> bool {
        self.short > 0
    }

    /// Parses and validates `bytes` as the deck `id` read from `file`.
    pub fn parse(id: &str, file: &Path, bytes: &[u8]) -> Result<Self, Vec<Problem>> {
        let id_problem = (!is_valid_id(id)).then(|| Problem {
            file: file.to_owned(),
            at: Location::File,
            message: format!(
                "the file name is the deck id: use 1 to {MAX_ID} characters of a-z, 0-9 and '-' before its extension"
            ),
        });
        match (format::parse(file, bytes), id_problem) {
            (Ok(deck), None) => Ok(LoadedDeck {
                size: bytes.len(),
                ..LoadedDeck::new(id.to_owned(), deck)
            }),
            (Ok(_), Some(p)) => Err(vec![p]),
            (Err(mut problems), p) => {
                problems.splice(0..0, p);
                Err(problems)
            }
        }
    }

    /// The deck as a JSON file, pretty-printed for editing.
    pub fn json(&self) -> Vec<u8> {
        // A deck that loaded is plain strings and lists: serialising it cannot fail.
        serde_json::to_vec_pretty(&self.deck).unwrap_or_default()
    }

    /// This deck as a server's own.
    pub fn owned_by(self, guild: GuildId) -> Self {
        Self {
            size: self.size,
            ..Self::owned(self.id, Some(guild), self.deck)
        }
    }

    /// The size in bytes of the file it was read from (0 for a deck built in code).
    pub fn size(&self) -> usize {
        self.size
    }

    /// This deck as kept in a file of `size` bytes.
    pub fn stored_as(self, size: usize) -> Self {
        Self { size, ..self }
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

    /// Each question's card key, in deck order.
    pub fn keys(&self) -> &[CardKey] {
        &self.keys
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

fn format_of(deck: &Deck, question: &Question) -> Format {
    question.format.or(deck.format).unwrap_or_default()
}

/// How many multiple-choice questions have fewer distractors than a quiz shows, and how many
/// of those cannot be made up from the deck's other answers (distinct, and neither the
/// question's answer, one it accepts, nor one of its distractors), as [`crate::quiz::deal`]
/// draws them.
fn drawn_options(deck: &Deck) -> (usize, usize) {
    let questions = &deck.questions;
    let few: Vec<&Question> = questions
        .iter()
        .filter(|q| format_of(deck, q) == Format::Choice && q.distractors.len() < MIN_DISTRACTORS)
        .collect();
    if few.is_empty() {
        return (0, 0);
    }
    let answers: HashSet<String> = questions.iter().map(|q| answer_key(&q.answer)).collect();
    let short = few
        .iter()
        .filter(|q| {
            let excluded: HashSet<String> = std::iter::once(&q.answer)
                .chain(&q.accept)
                .chain(&q.distractors)
                .map(|text| answer_key(text))
                .filter(|key| answers.contains(key))
                .collect();
            q.distractors.len() + answers.len() - excluded.len() < MIN_DISTRACTORS
        })
        .count();
    (few.len(), short)
}

/// `id`, or `guild/id` for a server's own deck (`/` is not in a deck id).
pub(crate) fn qualified(owner: Option<GuildId>, id: &str) -> String {
    match owner {
        None => id.to_owned(),
        Some(guild) => format!("{guild}/{id}"),
    }
}

/// All loaded decks: the bundled ones and each server's own, each by id. Each server's decks
/// sit behind their own `Arc`, so a changed copy of the library (an upload) copies pointers
/// per server, never another server's decks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    bundled: BTreeMap<String, Arc<LoadedDeck>>,
    own: HashMap<GuildId, Arc<BTreeMap<String, Arc<LoadedDeck>>>>,
    /// Server decks that did not load at start, by server and deck id, with why: what refers
    /// to them is kept until an admin removes them or a later start loads them.
    aside: HashMap<GuildId, BTreeMap<String, String>>,
    /// The file sizes of every server's own decks together.
    own_bytes: usize,
}

/// Who is asking: a server (which sees the bundled decks and its own) or a DM (`None`: the
/// bundled decks only).
pub type Scope = Option<GuildId>;

/// The folder in a server's folder where its decks that did not load at start are moved,
/// each beside a `<file>.why` saying why.
pub const ASIDE_DIR: &str = "set-aside";

impl Library {
    /// A library of bundled decks.
    pub fn from_decks(decks: impl IntoIterator<Item = LoadedDeck>) -> Self {
        let mut library = Library::default();
        for deck in decks {
            library.insert(deck);
        }
        library
    }

    /// Loads the bundled decks (every deck file directly in `dir`: any problem in any of them
    /// fails the whole load) and each server's own decks under `dir/servers/<guild id>/`. A
    /// server's deck with a problem is set aside (moved to its folder's `set-aside/`, see
    /// [`ASIDE_DIR`]), and its problems are returned beside the library, so that one server's
    /// bad file never stops the bot for the others. Decks set aside before are tried again.
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
            return Err(folder_problem(format!(
                "no decks: put at least one deck file ({}) in this folder",
                FileFormat::patterns()
            )));
        }
        let mut library = Library::default();
        let mut problems = Vec::new();
        for file in files {
            match load_file(&file) {
                Ok(deck) if library.bundled.contains_key(&deck.id) => {
                    problems.push(same_id(file, &deck.id));
                }
                Ok(deck) => library.insert(deck),
                Err(p) => problems.extend(p),
            }
        }
        if !problems.is_empty() {
            return Err(Report { problems });
        }
        let skipped = library.load_servers(&dir.join(SERVERS_DIR));
        Ok((library, skipped))
    }

    /// Adds every server's own decks found under `servers` (and those set aside before that
    /// load now); sets aside those that do not, and returns their problems.
    fn load_servers(&mut self, servers: &Path) -> Vec<Problem> {
        let Ok(entries) = std::fs::read_dir(servers) else {
            return Vec::new();
        };
        let mut problems = Vec::new();
        let mut folders: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()) || e.path().is_dir())
            .map(|e| e.path())
            .collect();
        folders.sort();
        for folder in folders {
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
            let mut listed = match listing(&folder) {
                Ok(listed) => listed,
                Err(e) => {
                    problems.push(problem(format!("cannot read: {e}")));
                    continue;
                }
            };
            if listed.aside {
                // Set aside at an earlier start: back in the folder, to be tried with the others.
                let aside = folder.join(ASIDE_DIR);
                for file in deck_files(&aside).unwrap_or_default() {
                    if let Some(name) = file.file_name() {
                        let back = folder.join(name);
                        if !back.exists() && std::fs::rename(&file, &back).is_ok() {
                            let _ = std::fs::remove_file(why_file(&file));
                            listed.decks.push(back);
                        }
                    }
                }
                listed.decks.sort();
            }
            let files = listed.decks;
            for file in files {
                let found = match load_file(&file) {
                    Ok(deck) if self.bundled.contains_key(&deck.id) => vec![Problem {
                        file: file.clone(),
                        at: Location::File,
                        message: format!(
                            "a bundled deck has the id `{}`: this server's deck is set aside",
                            deck.id
                        ),
                    }],
                    Ok(deck)
                        if self
                            .own
                            .get(&guild)
                            .is_some_and(|o| o.contains_key(&deck.id)) =>
                    {
                        vec![same_id(file.clone(), &deck.id)]
                    }
                    Ok(deck) => {
                        self.insert(deck.owned_by(guild));
                        continue;
                    }
                    Err(p) => p,
                };
                self.set_aside(guild, &file, &found);
                problems.extend(found);
            }
        }
        problems
    }

    /// Moves `file`, a deck of `guild` that did not load, out of the decks' way with a note of
    /// why, and remembers it as set aside.
    fn set_aside(&mut self, guild: GuildId, file: &Path, problems: &[Problem]) {
        let Some(id) = file
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(format::deck_id)
        else {
            return;
        };
        let why = problems
            .first()
            .map(|p| p.message.clone())
            .unwrap_or_default();
        if let (Some(folder), Some(name)) = (file.parent(), file.file_name()) {
            let aside = folder.join(ASIDE_DIR);
            let moved = aside.join(name);
            let report = Report {
                problems: problems.to_vec(),
            };
            // If the folder cannot be written, the file stays where it is: it is set aside in
            // memory all the same, and tried again at the next start.
            let _ = std::fs::create_dir_all(&aside)
                .and_then(|()| std::fs::rename(file, &moved))
                .and_then(|()| std::fs::write(why_file(&moved), report.to_string()));
        }
        self.aside
            .entry(guild)
            .or_default()
            .entry(id.to_owned())
            .or_insert(why);
    }

    /// Adds `deck`, or replaces the deck of the same id and owner.
    fn insert(&mut self, deck: LoadedDeck) {
        match deck.owner {
            None => {
                self.bundled.insert(deck.id.clone(), Arc::new(deck));
            }
            Some(guild) => {
                if let Some(aside) = self.aside.get_mut(&guild) {
                    aside.remove(&deck.id);
                }
                self.own_bytes += deck.size;
                let decks = Arc::make_mut(self.own.entry(guild).or_default());
                if let Some(old) = decks.insert(deck.id.clone(), Arc::new(deck)) {
                    self.own_bytes -= old.size;
                }
            }
        }
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
        self.own.get(&guild).map_or(0, |decks| decks.len())
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
        library.insert(deck);
        library
    }

    /// This library without `guild`'s own deck `id` (loaded or set aside).
    pub fn without(&self, guild: GuildId, id: &str) -> Library {
        let mut library = self.clone();
        if let Some(decks) = library.own.get_mut(&guild) {
            if let Some(old) = Arc::make_mut(decks).remove(id) {
                library.own_bytes -= old.size;
            }
            if decks.is_empty() {
                library.own.remove(&guild);
            }
        }
        if let Some(aside) = library.aside.get_mut(&guild) {
            aside.remove(id);
            if aside.is_empty() {
                library.aside.remove(&guild);
            }
        }
        library
    }

    /// The file sizes of every server's own decks together.
    pub fn own_bytes(&self) -> usize {
        self.own_bytes
    }

    /// `guild`'s decks that did not load at start, with why.
    pub fn set_aside_of(&self, guild: GuildId) -> impl Iterator<Item = (&str, &str)> {
        self.aside
            .get(&guild)
            .into_iter()
            .flatten()
            .map(|(id, why)| (id.as_str(), why.as_str()))
    }

    /// Whether `guild`'s deck `id` was set aside at start (its state is kept).
    pub fn is_set_aside(&self, guild: GuildId, id: &str) -> bool {
        self.aside
            .get(&guild)
            .is_some_and(|aside| aside.contains_key(id))
    }

    /// Whether state naming question `question` of `deck` (a qualified id, see
    /// [`LoadedDeck::qualified_id`]) is still worth keeping: the library has it, or its deck
    /// is set aside.
    pub fn keeps(&self, deck: &str, question: &str) -> bool {
        self.key(deck, question).is_some()
            || deck.split_once('/').is_some_and(|(guild, id)| {
                guild
                    .parse()
                    .is_ok_and(|g| self.is_set_aside(GuildId(g), id))
            })
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
            let drawn = match deck.drawn {
                0 => String::new(),
                n => format!(", {n} with options drawn from other answers"),
            };
            let _ = writeln!(
                out,
                "\n{}{whose}: {} ({} questions{drawn})",
                deck.id,
                deck.title(),
                deck.len()
            );
            if deck.flashcards_only() {
                let _ = writeln!(
                    out,
                    "  flashcards only: {} questions cannot get four different options (give them distractors, or the deck more answers)",
                    deck.short
                );
            }
            for (topic, n) in deck.topics() {
                let _ = writeln!(out, "  {topic:<32} {n:>4}");
            }
        }
        out
    }
}

/// The deck files directly in `dir`, in name order.
fn deck_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    Ok(listing(dir)?.decks)
}

/// A folder's deck files (sorted) and whether it has a set-aside folder, from one read of it.
struct Listing {
    decks: Vec<PathBuf>,
    aside: bool,
}

fn listing(dir: &Path) -> std::io::Result<Listing> {
    let mut listing = Listing {
        decks: Vec::new(),
        aside: false,
    };
    for entry in std::fs::read_dir(dir)?.filter_map(Result::ok) {
        let path = entry.path();
        // The entry's own type costs no lookup; a link is followed to what it names.
        let kind = entry.file_type()?;
        let (file, folder) = if kind.is_symlink() {
            (path.is_file(), path.is_dir())
        } else {
            (kind.is_file(), kind.is_dir())
        };
        if file && FileFormat::of(&path).is_some() {
            listing.decks.push(path);
        } else if folder && entry.file_name() == ASIDE_DIR {
            listing.aside = true;
        }
    }
    listing.decks.sort();
    Ok(listing)
}

/// `file` gives deck `id`, as an earlier file in its folder does.
fn same_id(file: PathBuf, id: &str) -> Problem {
    Problem {
        file,
        at: Location::File,
        message: format!("another file in this folder is deck `{id}` too: keep one of them"),
    }
}

/// The note beside a set-aside deck file that says why it was set aside (not a deck file
/// name, so it is never read as one).
pub fn why_file(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_owned();
    name.push(".why");
    file.with_file_name(name)
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
        std::fs::write(dir.path().join("notes.md"), "not a deck").unwrap();
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
    fn tables_load_beside_json_and_two_files_of_one_id_are_a_problem() {
        let dir = tempfile::tempdir().unwrap();
        let table = "question\tanswer\tdistractor\tdistractor\tdistractor\nQ?\tA\tB\tC\tD\n";
        std::fs::write(dir.path().join("a.json"), deck_json(&["x"])).unwrap();
        std::fs::write(dir.path().join("b.tsv"), table).unwrap();
        std::fs::write(dir.path().join("c.CSV"), table.replace('\t', ",")).unwrap();
        let (lib, _) = Library::load_dir(dir.path()).unwrap();
        let ids: Vec<_> = lib.decks(None).map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert_eq!(
            lib.get(None, "b").unwrap().question("q").unwrap().answer,
            "A"
        );
        std::fs::write(dir.path().join("a.txt"), table).unwrap();
        let text = Library::load_dir(dir.path()).unwrap_err().to_string();
        assert!(
            text.contains("a.txt: another file in this folder is deck `a` too"),
            "{text}"
        );
    }

    #[test]
    fn too_few_answers_make_a_deck_for_flashcards_unless_its_questions_are_typed() {
        let table = "question,answer\nWet?,yes\nCold?,no\nHot?,No.\n";
        let parse = |text: &str| LoadedDeck::parse("yn", Path::new("yn.csv"), text.as_bytes());
        let deck = parse(table).unwrap();
        assert_eq!((deck.drawn(), deck.flashcards_only()), (3, true));
        let deck = parse(&format!("#format:typed\n{table}")).unwrap();
        assert_eq!((deck.drawn(), deck.flashcards_only()), (0, false));
        let deck = parse(&format!("{table}Dry?,maybe\n")).unwrap();
        assert_eq!((deck.drawn(), deck.flashcards_only()), (4, true));
        let deck = parse(&format!("{table}Dry?,maybe\nOld?,perhaps\n")).unwrap();
        assert_eq!((deck.drawn(), deck.flashcards_only()), (5, false));
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
