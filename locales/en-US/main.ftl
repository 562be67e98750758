# en-US is the source: every other locale has exactly these keys, with the same arguments.

# This language's own name, as its speakers write it.
language-name = English

## A question in the channel, its reveal, and what an answerer is told.

quiz-posted = Question posted below. It closes { $closes }.
quiz-title = Quiz · { $deck }
quiz-typed-hint = Press **Answer** and type it: case, accents and small typos do not count.
quiz-closes = Closes { $closes }.
quiz-footer = { $deck } · { $topic } · one answer each; I tell you privately if you were right
quiz-answer-button = Answer
quiz-question-gone = (this question is no longer in the deck)
reveal-title = Closed · the answer is { $letter }
reveal-title-typed = Closed · the answer is below
reveal-answered = { $answered } answered · { $right } right
reveal-no-one = No one.
reveal-why = Why
reveal-written-by = Written by
report-button = Report a problem
answered-right = ✅ Right! +{ $points ->
    [one] { $points } point
   *[other] { $points } points
}
answered-wrong = ❌ Not quite
answered-wrong-choice = ❌ Not quite: you chose { $letter }
answered-the-answer = The answer is **{ $letter }.** { $answer }
answered-typed-accepted = You typed “{ $typed }”, accepted: the answer is **{ $answer }**.
answered-typed-accepted-as = You typed “{ $typed }”, accepted as **{ $accepted }**; the answer is **{ $answer }**.
answered-typed-wrong = You typed “{ $typed }”; the answer is **{ $answer }**.

## Rounds.

round-title = Round starting
round-started = { $starter } started a round of { $total } questions from `{ $deck }`, { $seconds } seconds each. Answer with the buttons; standings follow each question.
round-started-topic = { $starter } started a round of { $total } questions from `{ $deck }` on { $topic }, { $seconds } seconds each. Answer with the buttons; standings follow each question.
round-no-answers = No answers yet.
round-row = **{ $place }.** { $who } · { $points } points · { $right }/{ $answered } right
round-row-fastest = **{ $place }.** { $who } · { $points } points · { $right }/{ $answered } right · fastest { $fastest }×
round-standings = Round standings after { $done } of { $total }
round-final = Final standings
round-finished = Round over: all { $done } questions asked.
round-stopped = Round stopped after { $done } of { $total } questions.
round-cannot-post = Round ended after { $done } of { $total } questions: I could not post the next one.
round-points-count = Points count in `/score` and `/leaderboard`.

## Scores and leaderboards.

score-title = Score · { $name }
score-points = Points
score-rank = Rank
score-rank-of = #{ $rank } of { $of }
score-accuracy = Accuracy
score-answered = Answered
score-correct = Correct
score-streak = Streak
score-daily-streak = Daily streak
score-with-best = { $now } (best { $best })
score-week = This week
score-month = This month
score-by-topic = By topic, weakest first
score-topic-line = { $topic }: { $correct }/{ $answered } ({ $share })
score-period = { $points } points
score-period-ranked = { $points } points (#{ $rank })
leaderboard-server = Leaderboard · this server
leaderboard-channel = Leaderboard · this channel
leaderboard-week = Leaderboard · this week
leaderboard-month = Leaderboard · this month
leaderboard-last-week = Last week
leaderboard-last-month = Last month
leaderboard-row = **{ $rank }.** { $who } · { $points } points · { $correct }/{ $answered } right
leaderboard-winner = **{ $place }.** { $who } · { $points } points
leaderboard-empty = No one has scored yet in this period.
leaderboard-page = Page { $page } of { $pages }
leaderboard-previous = Previous
leaderboard-next = Next

## Decks and help.

decks-title = Decks
decks-deck = { $title } · `{ $id }`
decks-own-deck = { $title } · `{ $id }` · this server's
decks-summary = { $questions } questions
    Topics: { $topics }
decks-language = Questions in { $language }
decks-more = { $count } more decks are loaded.
decks-set-aside = Deck `{ $id }` of this server's did not load when the bot started and is set aside ({ $why }). Its scores and reviews are kept: upload it again with `/deck upload`, or `/deck remove` it.
help-line = `/{ $command }`: { $description }

## The daily question.

daily-title = Daily question
daily-every-day = Every day at **{ $time }** ({ $zone }) in <#{ $channel }>, from { $what }.
daily-from-deck = `{ $deck }`
daily-from-deck-topic = `{ $deck }`, topic { $topic }
daily-from-default = the default deck
daily-next = Next post
daily-next-at = { $local } ({ $relative })
daily-last-posted = Last posted
daily-last-error = Last delivery error
daily-error = { $date }: { $message } (tried { $relative }; next try at the next post)

## Typed answers.

typed-form-title = Answer
typed-form-label = Your answer

## Flashcards and reviews.

card-flashcard = Flashcard
card-review = Review
card-review-new = Review · new card
card-review-done = Review · { $done } done
card-review-done-new = Review · { $done } done · new card
card-heading = { $heading } · { $deck }
card-reveal = Reveal
card-answer = **Answer:** { $answer }
card-written-by = *Written by { $who }*
card-back-footer = How well did you know it? Each button says when you would see it again.
grade-again = Again
grade-hard = Hard
grade-good = Good
grade-easy = Easy
grade-button = { $grade } · { $interval }
graded-title = { $grade }: see you in { $interval }
graded-due = Due again { $due }. `/review` brings it back when it is due.
session-nothing-due = Nothing is due.
session-done = Done: { $reviewed } reviewed, { $share } remembered.
session-next = Next card { $next }; { $tomorrow } due tomorrow.
session-empty = Nothing to review yet: cards join your schedule when you grade a `/flashcard` or answer a quiz question.
reminder-title = Time to review
reminder-due = { $due ->
    [one] 1 card is due for review.
   *[other] { $due } cards are due for review.
} A few minutes now keeps them for weeks. Cards of a server's own decks are reviewed with `/review` in that server.

## Deck removal.

deck-removed-note = This question's deck was removed by a server admin; points stay.
deck-removed = Deck `{ $deck }` is removed from this server. Points earned with it stay.

## Question statistics.

stats-hardest-line = { $place }. { $question } · { $correct } of { $answered } right
stats-most-chose = most chose “{ $wrong }” ({ $count })
stats-title = Hardest questions · { $deck }
stats-title-topic = Hardest questions · { $deck } · { $topic }
stats-reported = Reported as wrong
stats-footer = { $answers } answers in this server · questions with at least { $at_least } answers
stats-quiz-me = Quiz me on these
stats-flashcards = Flashcards
stats-cards-footer = Answers are hidden: tap one to see it. Below, one as a flashcard.

## /language.

language-set = This server's questions, reveals, rounds and daily posts are now in { $language }. Private replies follow each member's own Discord language.
language-show-chosen = This server's posts are in { $language }, as chosen with `/language set`.
language-show-discord = This server's posts are in { $language }, the server's language in Discord. `/language set` chooses another.
language-offered = Languages: { $languages }
language-reset = This server's posts follow the server's language in Discord again: { $language }.

## Review statistics and settings.

review-stats-title = Review stats
review-stats-none = no reviews yet
review-stats-retention = { $share } ({ $remembered } of { $graded })
review-stats-new = New
review-stats-learning = Learning
review-stats-review = Review
review-stats-remembered = Remembered, last { $days } days
review-stats-week = Due, today and the next 6 days
review-stats-settings = Settings
review-settings-title = Your reviews
review-settings-reminder = a DM at **{ $time }** ({ $zone }) on days when cards are due; next { $next }
review-settings-no-reminder = off
review-settings = Desired retention **{ $retention }** · **{ $new_per_day }** new cards a day · days start at midnight { $zone }
    Reminder: { $remind }

## Numbers and time spans.

# A date and time as chrono's strftime lays it out (%a day, %e day of month, %b month, %Z zone);
# the day and month names come in the language's own words.
format-date-time = %a %e %b %H:%M %Z
# Numbers themselves are written in each language's notation by the bot (1,234.5 / 1.234,5).
number-percent = { $n }%
# The spans on the grade buttons, as short as Anki's: 10m, 5h, 4d, 1.5mo, 2.1y.
span-minutes = { $n }m
span-hours = { $n }h
span-days = { $n }d
span-months = { $n }mo
span-years = { $n }y
