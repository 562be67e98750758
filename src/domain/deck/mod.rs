//! Decks: the file formats (JSON, CSV and TSV), their limits, validation with a full report,
//! and the loaded library.

pub mod format;
pub mod library;
pub mod limits;
pub mod model;
pub mod report;
pub mod table;

pub use library::{load_file, Library, LoadedDeck};
pub use model::{CardKey, Deck, Question};
pub use report::{Location, Problem, Report};
