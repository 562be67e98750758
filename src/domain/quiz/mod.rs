//! The quiz engine: dealing options, grading typed answers, choosing questions without
//! repeats, open questions, and study-group rounds.

pub mod cycle;
pub mod open;
pub mod options;
pub mod round;
pub mod typed;

pub use cycle::Cycle;
pub use open::{
    Answer, OpenQuestion, Reveal, POINTS_FIRST, POINTS_RIGHT, TYPED_RIGHT, TYPED_WRONG,
};
pub use options::{deal, letter, Dealt, LETTERS, OPTIONS};
pub use round::{Round, RoundScore};
