//! The quiz engine: dealing options, choosing questions without repeats, and open questions.

pub mod cycle;
pub mod open;
pub mod options;

pub use cycle::Cycle;
pub use open::{Answer, OpenQuestion, Reveal, POINTS_FIRST, POINTS_RIGHT};
pub use options::{deal, letter, Dealt, LETTERS, OPTIONS};
