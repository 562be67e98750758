# Suggested questions and problem reports: the forms, the review channel's posts and buttons,
# and what the author and the reporter are told.

## The question form (five fields) and the one-paragraph forms.

form-question = Question
form-answer = Answer
form-wrong = Wrong options, one a line (optional)
form-explanation = Explanation (optional)
form-topic = Topic (optional)
form-suggest-title = Suggest a question
form-edit-suggestion = Edit the suggestion
form-edit-question = Edit the question
form-reject-title = Reject the suggestion
form-reject-label = Why not? (the author is told)
form-report-title = Report a problem
form-report-label = What is wrong with this question?
form-refused = That question breaks the deck rules, so it was not sent; **Fix it** opens the form again with what you typed.
    { $problems }
form-fix-it = Fix it

## What reviewers see in the review channel.

reviewers-role = members with the role <@&{ $role }>
reviewers-managers = members who may manage messages
suggestion-no-wrong = *(no wrong options: other answers of the deck are offered)*
suggestion-title = Suggested question #{ $id } · deck `{ $deck }`
suggestion-by = Suggested by
suggestion-topic = Topic
suggestion-why = Why
suggestion-status = Status
suggestion-waiting = Waiting for a reviewer: Approve adds it to the deck, Edit changes it first, Reject says why not.
suggestion-approved-by = ✅ Approved by <@{ $by }>: question `{ $question }` of deck `{ $deck }`.
suggestion-rejected-by = ❌ Rejected by <@{ $by }>: { $reason }
suggestion-closed = ❌ Closed: { $reason }
suggestion-approve = Approve
suggestion-edit = Edit
suggestion-reject = Reject
report-no-answers = no answers yet
report-answers = { $answers ->
    [one] { $answers } answer, { $right } right ({ $share })
   *[other] { $answers } answers, { $right } right ({ $share })
}
report-numbers = { $asked ->
    [one] Asked once here
   *[other] Asked { $asked } times here
} · { $right } · problem reports: { $reports }
report-title = Problem report #{ $id } · deck `{ $deck }` ({ $title })
report-what = What is wrong
report-by = Reported by
report-question = Question
report-statistics = Its statistics
report-bundled = A bundled deck: it is the bot's operator's to change, and they see open reports on it. Dismiss once you have read it.
report-dismiss = Dismiss
report-edit = Edit the question
report-remove = Remove it
report-dismissed-by = Dismissed by <@{ $by }>.
report-edited-by = The question was edited by <@{ $by }>.
report-removed-by = The question was removed from its deck by <@{ $by }>.

## What the author and the reporter are told.

suggestion-sent = Sent to the reviewers in <#{ $channel }>. You will hear from me when it is decided; `/suggest mine` shows where it stands.
suggestion-not-posted = I could not post it in the review channel <#{ $channel }> ({ $why }), so it was not sent. Ask an admin to let me post there (or to pick another with `/suggest setup`); **Fix it** sends it again.
report-thanks = Thank you: your report is with this server's reviewers.
report-not-posted = I could not post your report in the review channel <#{ $channel }> ({ $why }). Ask an admin to let me post there, then report again.
author-approved = ✅ Your suggested question was approved and added to the deck `{ $deck }`: it can come up in `/quiz` from now on, with your name under its answer.
author-rejected = ❌ Your suggested question was not added. The reviewers' reason: { $reason }
author-title = Your suggestion
mine-waiting = ⏳ waiting for review
mine-approved = ✅ approved, in deck `{ $deck }`
mine-rejected = ❌ not added: { $reason }
mine-none = You have not suggested a question in this server yet: `/suggest question` opens the form.
mine-title = Your suggestions
suggest-set-up = Suggestions and problem reports now go to <#{ $channel }>, where { $reviewers } decide on them. Members suggest with `/suggest question`, and report with the button under every revealed question.
