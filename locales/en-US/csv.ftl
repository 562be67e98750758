# The column headers of `/scores export`'s two CSV files. A member's accuracy per topic is a
# column each, headed `{ csv-accuracy }: <topic>`; the wrong options chosen most are numbered.

## Scores, one row per member.

csv-user-id = user_id
csv-name = name
csv-points = points
csv-answered = answered
csv-correct = correct
csv-accuracy = accuracy
csv-streak = streak
csv-best-streak = best_streak
csv-daily-streak = daily_streak
csv-best-daily-streak = best_daily_streak
csv-points-this-week = points_this_week
csv-points-this-month = points_this_month

## Question statistics, one row per question.

csv-deck = deck
csv-question-id = question_id
csv-topic = topic
csv-asked = asked
csv-answers = answers
csv-right = right
csv-share-right = share_right
csv-median-seconds-to-right-under = median_seconds_to_right_under
csv-other-wrong = other_wrong
csv-reports = reports
csv-wrong-option = wrong_option_{ $n }
csv-wrong-option-chosen = wrong_option_{ $n }_chosen
