//! What a user did wrong, as kinds with their arguments: the adapter words each one in the
//! user's language (`src/discord/errors.rs`, the messages in `locales/`) and answers it
//! privately. The `Display` here is for logs only.

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub enum UserError {
    NotRecognised,
    QuestionClosed,
    AlreadyAnswered(char),
    AlreadyTyped,
    UnknownDeck(String),
    UnknownTopic {
        deck: String,
        topic: String,
    },
    FlashcardsOnly(String),
    NoScore,
    NoScoreFor(String),
    NoHardQuestions {
        deck: String,
        at_least: u32,
    },
    NoSuchPage(usize),
    EmptyLeaderboard(&'static str),
    ChannelPeriod,
    GuildOnly,
    CannotPost(String),
    RoundRunning {
        starter: String,
        left: usize,
    },
    NoRound,
    NotYourRound(String),
    DeckExists(String),
    BundledDeck(String),
    TooManyDecks(usize),
    DeckMemoryFull(usize),
    TooManyTopics {
        total: usize,
        max: usize,
    },
    UploadInProgress,
    UploadsBusy,
    Cooldown(i64),
    ChannelBusy(usize),
    NeedPermission(&'static str),
    DashboardOff,
    /// A value a user typed that cannot be used; the text says why.
    Invalid(String),
    CannotPostIn {
        channel: u64,
        missing: String,
    },
    NoDaily,
    DiscordBusy(String),
    NoReviewChannel,
    SuggestToBundled(String),
    TooManySuggestions(usize),
    SuggestionsFull(usize),
    UnknownSuggestion,
    AlreadyDecided(crate::suggest::Decision),
    SuggestedDeckGone(String),
    NotReviewer(String),
    TooManyReports(usize),
    ReportsFull(usize),
    UnknownReport,
    ReportClosed,
    QuestionGone,
    BundledReport(String),
    LastQuestion(String),
    NoDraft,
    /// A language code the bot does not ship (`/language set`).
    UnknownLanguage(String),
}
