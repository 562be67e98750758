# What server admins are told: deck uploads and changes, the scores export, dashboard links,
# and the answers to stopping a round or the daily question.

## Decks.

upload-refused = `{ $file }` was not loaded and nothing changed. Problems:
    ```
    { $problems }```
upload-done = Deck `{ $deck }` ({ $title }) is this server's now: { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}. Try `/quiz deck:{ $deck }`.
download-note = `{ $file }`: edit it and `/deck upload` it (under another name if it is a bundled deck).
default-deck-set = `{ $deck }` ({ $title }) is this server's default deck now.

## The scores export.

export-note = This server's scores, one row per member, and its question statistics, one row per question asked here.
export-cut-scores = The whole file would be over Discord's { $mib } MiB for an attachment: it has the first { $rows } members by points, and leaves out { $left } more.
export-cut-questions = The whole file would be over Discord's { $mib } MiB for an attachment: it has the first { $rows } questions by deck and id, and leaves out { $left } more.

## Dashboard links.

dashboard-revoked-title = Every dashboard link of this server is revoked
dashboard-revoked = Links made before now open nothing. Members get a new one with `/dashboard`.
dashboard-title = Your dashboard link
dashboard-open = Open this server's pages
dashboard-yours = It is yours: anyone with it sees these pages until { $expires }. Managers end every link with `/dashboard revoke:True`.
dashboard-yours-manager = It is yours: anyone with it sees these pages and the scores export until { $expires }. Managers end every link with `/dashboard revoke:True`.

## Stopping.

round-stopping = Stopping the round: the standings so far follow.
daily-off = The daily question is off. The last one stays open until its time.
reminder-start = Start reviewing
