//! Length limits for deck text, derived from what Discord accepts once a question is rendered.
//!
//! A quiz message puts the question and four lettered options in one embed description
//! (4,096 characters); the reveal adds the explanation as a field (1,024) and a list of who was
//! right; a flashcard shows question, answer and explanation in one description. The limits
//! below keep the worst case of each inside those bounds with room for formatting, which the
//! rendering tests in `discord::embeds` check.

/// Deck and question ids, and deck file stems: they travel inside button ids (100 characters).
pub const MAX_ID: usize = 40;
pub const MAX_TITLE: usize = 200;
pub const MAX_DESCRIPTION: usize = 1_000;
pub const MAX_SOURCE: usize = 1_000;
/// Topics are offered as autocomplete choices (100 characters).
pub const MAX_TOPIC: usize = 60;
pub const MAX_QUESTION: usize = 1_500;
/// The answer and each distractor: four of them share the quiz embed with the question.
pub const MAX_OPTION: usize = 500;
/// Shown as one embed field (1,024) after the reveal.
pub const MAX_EXPLANATION: usize = 1_000;
pub const MIN_DISTRACTORS: usize = 3;

/// What one deck may cost to check and to hold: any server's admin can upload one.
pub const MAX_DECK_BYTES: usize = 1024 * 1024;
pub const MAX_QUESTIONS: usize = 2_000;
pub const MAX_DISTRACTORS: usize = 10;
/// A server's own decks, besides the bundled ones.
pub const MAX_OWN_DECKS: usize = 25;
/// Topics a server's scores may tally (each member's row keeps a tally per topic answered):
/// a deck that would bring the server past it is refused.
pub const MAX_TOPICS: usize = 1_000;
/// Costly jobs (upload checks, score exports) running at once in the whole bot: at most this
/// many, and one core fewer than the machine has, so that they never take every core and the
/// bot goes on answering everyone else. One upload is checked per server at a time.
pub const MAX_COSTLY_JOBS: usize = 2;
/// How long an upload waits for a costly-job slot before it is told to try again.
pub const UPLOAD_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

/// The costly jobs this machine may run at once: [`MAX_COSTLY_JOBS`], and a core left free.
pub fn costly_jobs_allowed() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    MAX_COSTLY_JOBS.min(cores.saturating_sub(1)).max(1)
}
/// The default for the file bytes of every server's own decks together, which the bot holds
/// in memory (`QUIZBOT_DECK_MEMORY_MIB`).
pub const DEFAULT_DECK_MEMORY_MIB: usize = 256;
/// A report lists this many problems, then says how many more there are.
pub const MAX_PROBLEMS: usize = 50;
/// A problem quotes at most this many characters of what the file says (an id, a key).
pub const MAX_QUOTE: usize = 60;

/// `[a-z0-9-]{1,40}`.
pub fn is_valid_id(id: &str) -> bool {
    (1..=MAX_ID).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_lowercase_kebab() {
        assert!(is_valid_id("event-loop"));
        assert!(is_valid_id("q1"));
        assert!(is_valid_id(&"a".repeat(MAX_ID)));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id(&"a".repeat(MAX_ID + 1)));
        assert!(!is_valid_id("Event-Loop"));
        assert!(!is_valid_id("event loop"));
        assert!(!is_valid_id("événement"));
        assert!(!is_valid_id("a:b"));
    }
}
