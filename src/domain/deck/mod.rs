//! Decks: the file format, its limits, validation with a full report, and the loaded library.

pub mod library;
pub mod limits;
pub mod model;
pub mod report;

pub use library::{load_file, Library, LoadedDeck};
pub use model::{Deck, Question};
pub use report::{Location, Problem, Report};
