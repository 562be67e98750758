# The slash commands as Discord shows them: `command-<command>[-<subcommand>]` is a name, `-description`
# its description, `-<option>` an option's name (and its `-description`), `-<option>-<choice>` a choice.
# Names: 1-32 lower-case letters, digits, - or _, no spaces. Descriptions: at most 100 characters.
# en-US's names must stay the names the code dispatches on (a test checks); translate the others freely.

command-quiz = quiz
command-quiz-description = Post a multiple-choice question here; everyone may answer once within a minute.
command-quiz-deck = deck
command-quiz-deck-description = Deck to draw from (default: the first deck)
command-quiz-topic = topic
command-quiz-topic-description = Only questions on this topic

command-round = round
command-round-description = A study-group round in this channel: several questions, one after another.
command-round-start = start
command-round-start-description = Start a round here: questions one after another, standings after each; survives restarts.
command-round-start-questions = questions
command-round-start-questions-description = How many questions (1-25, default 10)
command-round-start-seconds = seconds
command-round-start-seconds-description = Seconds each question stays open (10-300, default 30)
command-round-start-deck = deck
command-round-start-deck-description = Deck to draw from (default: the first deck)
command-round-start-topic = topic
command-round-start-topic-description = Only questions on this topic
command-round-stop = stop
command-round-stop-description = Stop the round running here (its starter, or a member with Manage Messages).

command-daily = daily
command-daily-description = A question every day at a set time, answered and scored like `/quiz`.
command-daily-set = set
command-daily-set-description = Post a daily question in a channel at a local time (needs Manage Server).
command-daily-set-channel = channel
command-daily-set-channel-description = Where to post it
command-daily-set-time = time
command-daily-set-time-description = Local time, HH:MM (24-hour), e.g. 09:30
command-daily-set-timezone = timezone
command-daily-set-timezone-description = Time zone (IANA name, e.g. Europe/Berlin)
command-daily-set-deck = deck
command-daily-set-deck-description = Deck to draw from (default: the first deck)
command-daily-set-topic = topic
command-daily-set-topic-description = Only questions on this topic
command-daily-show = show
command-daily-show-description = The daily question's schedule, its next post, and the last delivery error.
command-daily-off = off
command-daily-off-description = Turn the daily question off (needs Manage Server).

command-flashcard = flashcard
command-flashcard-description = A personal flashcard: the question, then the answer, then grade yourself. No points.
command-flashcard-deck = deck
command-flashcard-deck-description = Deck to draw from (default: the first deck)
command-flashcard-topic = topic
command-flashcard-topic-description = Only questions on this topic

command-review = review
command-review-description = Review what is due (FSRS), or see your stats, set a reminder or your settings.
command-review-stats = stats
command-review-stats-description = Show your cards, how much you remembered, and the week ahead
command-review-remind = remind
command-review-remind-description = A DM on days when cards are due: a local time HH:MM, or off
command-review-timezone = timezone
command-review-timezone-description = Your time zone, for the reminder and when your day starts (IANA name)
command-review-retention = retention
command-review-retention-description = The share of cards you want to still know when they come due (0.70-0.97)
command-review-new-per-day = new_per_day
command-review-new-per-day-description = New cards a day (0-100)

command-score = score
command-score-description = Your points, accuracy, streaks, rank, accuracy per topic and last 30 days, with a picture.
command-score-user = user
command-score-user-description = Whose score (default: yours)

command-leaderboard = leaderboard
command-leaderboard-description = Top 10 by points: this server's of all time, this week or month, or this channel's.
command-leaderboard-scope = scope
command-leaderboard-scope-description = server (default) or channel: points earned in this channel
command-leaderboard-scope-server = server
command-leaderboard-scope-channel = channel
command-leaderboard-period = period
command-leaderboard-period-description = all (default), week (from Monday) or month, in the server's time zone
command-leaderboard-period-all = all
command-leaderboard-period-week = week
command-leaderboard-period-month = month
command-leaderboard-page = page
command-leaderboard-page-description = Page (10 a page)

command-stats = stats
command-stats-description = This server's hardest questions (by share right) and accuracy per topic, as a picture.
command-stats-deck = deck
command-stats-deck-description = Deck (default: the server's default deck)
command-stats-topic = topic
command-stats-topic-description = Only questions on this topic

command-suggest = suggest
command-suggest-description = Suggest a question for this server's decks, see yours, or set up their review.
command-suggest-question = question
command-suggest-question-description = Write a question; once a reviewer approves it, it joins the deck with your name.
command-suggest-question-deck = deck
command-suggest-question-deck-description = A deck of this server's (default: its community deck)
command-suggest-mine = mine
command-suggest-mine-description = Your suggestions in this server, and what the reviewers decided.
command-suggest-setup = setup
command-suggest-setup-description = Where suggestions and problem reports are reviewed, and by whom (needs Manage Server).
command-suggest-setup-channel = channel
command-suggest-setup-channel-description = The channel where reviewers see them
command-suggest-setup-role = role
command-suggest-setup-role-description = Who reviews (default: members who may manage messages)

command-decks = decks
command-decks-description = The decks you can use here: id, title, questions and topics.

command-deck = deck
command-deck-description = Manage this server's own decks.
command-deck-upload = upload
command-deck-upload-description = Upload a deck (JSON, CSV or TSV) as this server's own: checked like `quizbot check`, served at once.
command-deck-upload-file = file
command-deck-upload-file-description = The deck, a .json, .csv, .tsv or .txt file of at most 1 MiB; its name is the deck id
command-deck-upload-replace = replace
command-deck-upload-replace-description = Replace this server's deck of the same id (scores of questions it keeps stay)
command-deck-remove = remove
command-deck-remove-description = Remove one of this server's own decks; its open questions close, points stay.
command-deck-remove-deck = deck
command-deck-remove-deck-description = The deck to remove
command-deck-download = download
command-deck-download-description = A deck as a JSON file, to edit and upload again.
command-deck-download-deck = deck
command-deck-download-deck-description = The deck to download
command-deck-default = default
command-deck-default-description = The deck `/quiz`, `/round`, `/flashcard` and `/daily` use here when none is named.
command-deck-default-deck = deck
command-deck-default-deck-description = The deck to use by default in this server

command-scores = scores
command-scores-description = Take the server's scores and question statistics with you.
command-scores-export = export
command-scores-export-description = The server's scores and question statistics as two CSV files.

command-dashboard = dashboard
command-dashboard-description = A private link to this server's web pages (24 h); revoke:True ends every link (Manage Server).
command-dashboard-revoke = revoke
command-dashboard-revoke-description = True: every dashboard link of this server stops working (needs Manage Server)

command-help = help
command-help-description = What each command does.


command-language = language
command-language-description = The language of this server's questions, reveals, rounds and daily posts.
command-language-set = set
command-language-set-description = Post this server's questions and results in a language (needs Manage Server).
command-language-set-language = language
command-language-set-language-description = A language the bot speaks, e.g. de or pt-BR
command-language-show = show
command-language-show-description = The language of this server's posts, and the languages on offer.
command-language-reset = reset
command-language-reset-description = Follow the server's language in Discord again (needs Manage Server).
