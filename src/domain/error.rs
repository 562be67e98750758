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
    /// The bot's missing permissions where it would post (Discord's permission bits).
    CannotPost(u64),
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
    /// The member lacks this permission (Discord's permission bits).
    NeedPermission(u64),
    DashboardOff,
    /// A time or time zone typed for a schedule.
    Schedule(crate::schedule::ScheduleError),
    /// A desired retention outside the range the scheduler allows, all in hundredths.
    RetentionOutside {
        given: u32,
        min: u32,
        max: u32,
    },
    TooManyNewPerDay {
        given: u32,
        max: u32,
    },
    /// A rejection's reason or a report's text of `given` characters, past 1..=`max`.
    ReasonLength {
        given: usize,
        max: usize,
    },
    /// A reviewer's edit of `deck` that would leave it unloadable; `problems` is the deck check's.
    EditWouldNotLoad {
        deck: String,
        problems: String,
    },
    NotThisServersChannel(u64),
    NotATextChannel(u64),
    NotThisServersRole(u64),
    /// An upload whose name has no deck format's extension.
    NotADeckFile(String),
    DeckFileTooLarge(String),
    CannotPostIn {
        channel: u64,
        missing: u64,
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
    /// Reviewers are members with this role, or (none) those who may manage messages.
    NotReviewer(Option<crate::ids::RoleId>),
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
