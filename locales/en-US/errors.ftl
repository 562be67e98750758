# What a member is told privately when something they asked for cannot be done.

error-went-wrong = Something went wrong on my side; it has been logged. Please try again.
error-unknown-command = I don't know this command (it may have been removed). `/help` lists mine.
error-missing-permissions = You need { $permissions } to use this.
error-permissions-unknown = permissions I could not check
error-bad-option = I could not read that option: { $error }

error-not-recognised = This button is not one I recognise.
error-question-closed = This question is closed.
error-already-answered = You already answered this question with { $letter }; your first answer stands.
error-already-typed = You already answered this question; your first answer stands.
error-unknown-deck = There is no deck `{ $deck }`. `/decks` lists the decks I have.
error-unknown-topic = Deck `{ $deck }` has no topic `{ $topic }`. `/decks` lists its topics.
error-flashcards-only = Deck `{ $deck }` can only be used with `/flashcard` and `/review`, or as typed questions: some of its questions have no distractors and the deck too few different answers to make four options.
error-no-score = You have not answered any question in this server yet: try `/quiz`.
error-no-score-for = { $name } has not answered any question in this server yet.
error-no-hard-questions = No question of deck `{ $deck }` has { $at_least } answers in this server yet, so none can be called hard: try `/quiz` or a `/round`, then ask again.
error-no-such-page = That page does not exist: there { $pages ->
    [one] is { $pages } page
   *[other] are { $pages } pages
}.
error-empty-leaderboard = { $table ->
    [channel] No one has scored in this channel yet: try `/quiz`.
   *[server] No one has scored in this server yet: try `/quiz`.
}
error-channel-period = Weekly and monthly tables are the server's: leave out `scope`, or pick `period: all` for this channel's table.
error-guild-only = Use this in a server: it works with the server's scores.
error-cannot-post = I can't post in this channel: I need { $missing } here. Ask an admin to grant it, or use another channel.
error-round-running = A round is already running in this channel (started by { $starter }, { $left } questions left). `/round stop` ends it.
error-no-round = No round is running in this channel.
error-not-your-round = Only { $starter }, who started this round, or a member with Manage Messages can stop it.
error-deck-exists = A deck `{ $deck }` already exists. Upload again with `replace: True` to replace it; scores and reviews of questions it keeps are kept.
error-bundled-deck = `{ $deck }` is a bundled deck, served to every server: it cannot be replaced or removed from Discord. Upload your version under another file name.
error-too-many-decks = This server has { $count } decks of its own, the most it may have. `/deck remove` one first.
error-deck-memory-full = The bot holds as many servers' decks as its operator allows ({ $mib } MiB in all), so it cannot take this one now. Remove a deck of this server's, or upload a smaller one; the operator has been told.
error-too-many-topics = This deck would bring this server's topics to { $total }, over the { $max } a server may have (its scores keep a tally per topic). Use fewer topics.
error-upload-in-progress = Another deck of this server's is being checked: try again in a moment.
error-uploads-busy = I am checking other servers' decks right now: try again in a moment.
error-cooldown = Slow down: you can use `/quiz` again in { $seconds } s.
error-channel-busy = This channel already has { $open } questions open. Answer those first, or try again once one closes.
error-need-permission = You need the { $permission } permission to do this.
error-dashboard-off = This bot's web pages are off: its operator turns them on with QUIZBOT_WEB_ADDR (see the README).
error-cannot-post-in = I can't post in <#{ $channel }>: I need { $missing } there. Ask an admin to grant it, or pick another channel.
error-no-daily = This server has no daily question. `/daily set` schedules one.
error-discord-busy = Discord did not take the post just now ({ $why }); nothing was counted. Try again in a moment.
error-no-review-channel = This server has not set up suggestions yet: a member with Manage Server names the channel where reviewers see them with `/suggest setup`.
error-suggest-to-bundled = `{ $deck }` is a bundled deck, served to every server: suggestions go into a deck of this server's own. Leave out `deck` to suggest for the server's `community` deck.
error-too-many-suggestions = You have { $count } suggestions waiting for review in this server, the most a member may have. `/suggest mine` lists them; suggest again once one is decided.
error-suggestions-full = This server has { $count } suggestions waiting for review, the most it may have: try again once its reviewers have caught up.
error-unknown-suggestion = This suggestion is no longer here.
error-already-approved = This suggestion was already approved by { $by }.
error-already-rejected = This suggestion was already rejected by { $by }.
error-already-closed = This suggestion was already closed: { $reason }
error-suggested-deck-gone = The deck `{ $deck }` this suggestion was for has been removed, so it cannot be added; its author has been told.
error-not-reviewer = Only this server's reviewers decide on suggestions and reports: { $who }.
error-too-many-reports = You have { $count } problem reports open in this server, the most a member may have: reviewers will get to them.
error-reports-full = This server has { $count } problem reports open, the most it may have: try again once its reviewers have caught up.
error-unknown-report = This report is no longer here.
error-report-closed = This report was already handled.
error-question-gone = This question is no longer in its deck.
error-bundled-report = `{ $deck }` is a bundled deck: its questions cannot be edited or removed from Discord, only the report dismissed (the bot's operator sees reports on bundled decks).
error-last-question = This is the last question of deck `{ $deck }`: `/deck remove` removes the whole deck.
error-no-draft = There is nothing to fix: your last form was sent, or the bot restarted since. Run the command again.
error-unknown-language = I don't speak `{ $code }`. I speak: { $languages }.

## Values typed that cannot be used.

error-bad-time = `{ $time }` is not a time: use HH:MM, 24-hour, like 09:30.
error-unknown-zone = `{ $given }` is not a time zone I know: pick one from the list (e.g. { $suggestion }).
error-retention-outside = A desired retention of { $given } is outside { $min }-{ $max }: below, reviews come too late to help; above, their number grows steeply for little gain.
error-too-many-new = { $given } new cards a day is more than the { $max } I allow: each one comes back for reviews.
error-reason-length = Say what is wrong in 1 to { $max } characters ({ $given } given).
error-edit-would-not-load = Deck `{ $deck }` would not load with this change:
    { $problems }
error-not-this-servers-channel = <#{ $channel }> is not a channel of this server: pick one of its own.
error-not-a-text-channel = <#{ $channel }> is not a text channel.
error-not-this-servers-role = <@&{ $role }> is not a role of this server: pick one of its own.
error-not-a-deck-file = `{ $name }` is not a deck: upload a { $formats } file (see `quizbot check` in the README).
error-deck-file-too-large = `{ $name }` is larger than { $mib } MiB: split it into several decks.

## Discord's permissions, as its settings name them.

permission-view-channel = View Channel
permission-send-messages = Send Messages
permission-embed-links = Embed Links
permission-attach-files = Attach Files
permission-read-message-history = Read Message History
permission-manage-guild = Manage Server
permission-manage-messages = Manage Messages
permission-administrator = Administrator
