//! Deck file formats, told apart by the file's extension: JSON, the bot's own, and tables
//! (`.csv` with commas, `.tsv` and `.txt` with tabs) as spreadsheets and flashcard apps write
//! them.

use std::path::Path;

use super::model::Deck;
use super::report::parse_deck;
use super::table::parse_table;
use super::Problem;

/// The extensions of deck files, JSON first.
pub const EXTENSIONS: [&str; 4] = ["json", "csv", "tsv", "txt"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Json,
    Table { delimiter: u8 },
}

impl FileFormat {
    /// The deck file names, as a folder listing shows them: `*.json, *.csv, ...`.
    pub fn patterns() -> String {
        EXTENSIONS.map(|x| format!("*.{x}")).join(", ")
    }

    /// The format a file name's extension (in any case) says, if it is a deck's.
    pub fn of(file: &Path) -> Option<FileFormat> {
        Self::of_extension(file.extension()?.to_str()?)
    }

    fn of_extension(extension: &str) -> Option<FileFormat> {
        match extension.to_ascii_lowercase().as_str() {
            "json" => Some(FileFormat::Json),
            "csv" => Some(FileFormat::Table { delimiter: b',' }),
            "tsv" | "txt" => Some(FileFormat::Table { delimiter: b'\t' }),
            _ => None,
        }
    }
}

/// The deck id a file name gives: the name without its deck extension.
pub fn deck_id(file_name: &str) -> Option<&str> {
    let (stem, extension) = file_name.rsplit_once('.')?;
    FileFormat::of_extension(extension).map(|_| stem)
}

/// Parses and validates a deck file of any format (JSON if its name says none).
pub fn parse(file: &Path, bytes: &[u8]) -> Result<Deck, Vec<Problem>> {
    match FileFormat::of(file) {
        Some(FileFormat::Table { delimiter }) => parse_table(file, bytes, delimiter),
        Some(FileFormat::Json) | None => parse_deck(file, bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_ids_by_extension() {
        assert_eq!(
            FileFormat::of(Path::new("a/b.JSON")),
            Some(FileFormat::Json)
        );
        assert_eq!(
            FileFormat::of(Path::new("b.csv")),
            Some(FileFormat::Table { delimiter: b',' })
        );
        assert_eq!(
            FileFormat::of(Path::new("b.txt")),
            Some(FileFormat::Table { delimiter: b'\t' })
        );
        assert_eq!(FileFormat::of(Path::new("b.md")), None);
        assert_eq!(deck_id("spanish.tsv"), Some("spanish"));
        assert_eq!(deck_id("a.b.csv"), Some("a.b"));
        assert_eq!(deck_id("notes.md"), None);
        assert_eq!(deck_id("json"), None);
    }
}
