//! What a user did wrong, in words the bot can answer with (ephemerally).

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UserError {
    #[error("This button is not one I recognise.")]
    NotRecognised,
    #[error("This question is closed.")]
    QuestionClosed,
    #[error("You already answered this question with {0}; your first answer stands.")]
    AlreadyAnswered(char),
    #[error("You already answered this question; your first answer stands.")]
    AlreadyTyped,
    #[error("There is no deck `{0}`. `/decks` lists the decks I have.")]
    UnknownDeck(String),
    #[error("Deck `{deck}` has no topic `{topic}`. `/decks` lists its topics.")]
    UnknownTopic { deck: String, topic: String },
    #[error("Deck `{0}` can only be used with `/flashcard` and `/review`, or as typed questions: some of its questions have no distractors and the deck too few different answers to make four options.")]
    FlashcardsOnly(String),
    #[error("You have not answered any question in this server yet: try `/quiz`.")]
    NoScore,
    #[error("{0} has not answered any question in this server yet.")]
    NoScoreFor(String),
    #[error("No question of deck `{deck}` has {at_least} answers in this server yet, so none can be called hard: try `/quiz` or a `/round`, then ask again.")]
    NoHardQuestions { deck: String, at_least: u32 },
    #[error("That page does not exist: there are {0} pages.")]
    NoSuchPage(usize),
    #[error("No one has scored in this {0} yet: try `/quiz`.")]
    EmptyLeaderboard(&'static str),
    #[error("Weekly and monthly tables are the server's: leave out `scope`, or pick `period: all` for this channel's table.")]
    ChannelPeriod,
    #[error("Use this in a server: it works with the server's scores.")]
    GuildOnly,
    #[error("I can't post in this channel: I need {0} here. Ask an admin to grant it, or use another channel.")]
    CannotPost(String),
    #[error("A round is already running in this channel (started by {starter}, {left} questions left). `/round stop` ends it.")]
    RoundRunning { starter: String, left: usize },
    #[error("No round is running in this channel.")]
    NoRound,
    #[error("Only {0}, who started this round, or a member with Manage Messages can stop it.")]
    NotYourRound(String),
    #[error("A deck `{0}` already exists. Upload again with `replace: True` to replace it; scores and reviews of questions it keeps are kept.")]
    DeckExists(String),
    #[error("`{0}` is a bundled deck, served to every server: it cannot be replaced or removed from Discord. Upload your version under another file name.")]
    BundledDeck(String),
    #[error(
        "This server has {0} decks of its own, the most it may have. `/deck remove` one first."
    )]
    TooManyDecks(usize),
    #[error("The bot holds as many servers' decks as its operator allows ({0} MiB in all), so it cannot take this one now. Remove a deck of this server's, or upload a smaller one; the operator has been told.")]
    DeckMemoryFull(usize),
    #[error("This deck would bring this server's topics to {total}, over the {max} a server may have (its scores keep a tally per topic). Use fewer topics.")]
    TooManyTopics { total: usize, max: usize },
    #[error("Another deck of this server's is being checked: try again in a moment.")]
    UploadInProgress,
    #[error("I am checking other servers' decks right now: try again in a moment.")]
    UploadsBusy,
    #[error("Slow down: you can use `/quiz` again in {0} s.")]
    Cooldown(i64),
    #[error("This channel already has {0} questions open. Answer those first, or try again once one closes.")]
    ChannelBusy(usize),
    #[error("You need the {0} permission to do this.")]
    NeedPermission(&'static str),
    #[error("This bot's web pages are off: its operator turns them on with QUIZBOT_WEB_ADDR (see the README).")]
    DashboardOff,
    /// A value a user typed that cannot be used; the text says why.
    #[error("{0}")]
    Invalid(String),
    #[error("I can't post in <#{channel}>: I need {missing} there. Ask an admin to grant it, or pick another channel.")]
    CannotPostIn { channel: u64, missing: String },
    #[error("This server has no daily question. `/daily set` schedules one.")]
    NoDaily,
    #[error(
        "Discord did not take the post just now ({0}); nothing was counted. Try again in a moment."
    )]
    DiscordBusy(String),
    #[error("This server has not set up suggestions yet: a member with Manage Server names the channel where reviewers see them with `/suggest setup`.")]
    NoReviewChannel,
    #[error("`{0}` is a bundled deck, served to every server: suggestions go into a deck of this server's own. Leave out `deck` to suggest for the server's `community` deck.")]
    SuggestToBundled(String),
    #[error("You have {0} suggestions waiting for review in this server, the most a member may have. `/suggest mine` lists them; suggest again once one is decided.")]
    TooManySuggestions(usize),
    #[error("This server has {0} suggestions waiting for review, the most it may have: try again once its reviewers have caught up.")]
    SuggestionsFull(usize),
    #[error("This suggestion is no longer here.")]
    UnknownSuggestion,
    #[error("This suggestion was already {0}.")]
    AlreadyDecided(String),
    #[error("The deck `{0}` this suggestion was for has been removed, so it cannot be added; its author has been told.")]
    SuggestedDeckGone(String),
    #[error("Only this server's reviewers decide on suggestions and reports: {0}.")]
    NotReviewer(String),
    #[error("You have {0} problem reports open in this server, the most a member may have: reviewers will get to them.")]
    TooManyReports(usize),
    #[error("This server has {0} problem reports open, the most it may have: try again once its reviewers have caught up.")]
    ReportsFull(usize),
    #[error("This report is no longer here.")]
    UnknownReport,
    #[error("This report was already handled.")]
    ReportClosed,
    #[error("This question is no longer in its deck.")]
    QuestionGone,
    #[error("`{0}` is a bundled deck: its questions cannot be edited or removed from Discord, only the report dismissed (the bot's operator sees reports on bundled decks).")]
    BundledReport(String),
    #[error("This is the last question of deck `{0}`: `/deck remove` removes the whole deck.")]
    LastQuestion(String),
    #[error("There is nothing to fix: your last form was sent, or the bot restarted since. Run the command again.")]
    NoDraft,
}
