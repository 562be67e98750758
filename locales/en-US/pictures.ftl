# The words on the pictures: `/score`'s card, `/review stats`' card and `/stats`' hardest
# questions. The pictures shrink a line that does not fit its place, so shorter reads larger.

## The score card.

picture-score-title = Score card of { $name }
picture-score-summary = { $points ->
    [one] { $points } point
   *[other] { $points } points
} · { $share } right · { $answered } answered
picture-rank-of = of { $of }
picture-streak = Streak
picture-daily-streak = Daily streak
picture-this-week = This week
picture-with-best = { $now } · best { $best }
picture-week-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
picture-topics = Topics, weakest first
picture-points-30 = Points, last 30 days
picture-in-all = { $total } in all
picture-best-day = best day { $most }
picture-30-days-ago = 30 days ago
picture-today = today

## The review card.

picture-review-title = Reviews of { $name }
picture-review-summary = { $cards ->
    [one] { $cards } card in your schedule
   *[other] { $cards } cards in your schedule
}
picture-count = { $n }
picture-new = New
picture-learning = Learning
picture-review = Review
picture-remembered = Remembered, last { $days } days
picture-no-reviews = No reviews of cards met before yet
picture-remembered-of = { $remembered } of { $graded } reviews
picture-due-7 = Due, next 7 days
picture-in-6-days = in 6 days

## The hardest questions.

picture-stats-title = Hardest questions of { $deck }
picture-hardest = Hardest questions
picture-stats-counted = { $answers ->
    [one] { $answers } answer counted in this server
   *[other] { $answers } answers counted in this server
}
picture-stats-counted-topic = { $answers ->
    [one] { $answers } answer counted in this server · topic: { $topic }
   *[other] { $answers } answers counted in this server · topic: { $topic }
}
picture-stats-right = { $correct } of { $answered } right
picture-stats-right-chosen = { $correct } of { $answered } right · “{ $wrong }” chosen { $chosen }×
picture-by-topic = By topic
