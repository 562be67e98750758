# Quelle ist en-US: Jede andere Sprache hat genau diese Schlüssel, mit denselben Argumenten.

# Der eigene Name dieser Sprache, so wie ihre Sprecher ihn schreiben.
language-name = Deutsch

## Eine Frage im Kanal, ihre Auflösung und was jemandem gesagt wird, der antwortet.

quiz-posted = Die Frage steht unten. Sie schließt { $closes }.
quiz-title = Quiz · { $deck }
quiz-typed-hint = Drück auf **Antworten** und tippe deine Antwort ein: Groß-/Kleinschreibung, Akzente und kleine Tippfehler spielen keine Rolle.
quiz-closes = Schließt { $closes }.
quiz-footer = { $deck } · { $topic } · eine Antwort pro Person; ob du richtig liegst, sag ich dir privat
quiz-answer-button = Antworten
quiz-question-gone = (diese Frage ist nicht mehr im Deck)
reveal-title = Geschlossen · die Antwort ist { $letter }
reveal-title-typed = Geschlossen · die Antwort steht unten
reveal-answered = { $answered ->
    [one] { $answered } Antwort
   *[other] { $answered } Antworten
} · { $right } richtig
reveal-no-one = Niemand.
reveal-why = Erklärung
reveal-written-by = Geschrieben von
report-button = Problem melden
answered-right = ✅ Richtig! +{ $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
}
answered-wrong = ❌ Nicht ganz
answered-wrong-choice = ❌ Nicht ganz: Du hast { $letter } gewählt
answered-the-answer = Die Antwort ist **{ $letter }.** { $answer }
answered-typed-accepted = Du hast „{ $typed }“ eingegeben – akzeptiert: Die Antwort ist **{ $answer }**.
answered-typed-accepted-as = Du hast „{ $typed }“ eingegeben – akzeptiert als **{ $accepted }**; die Antwort ist **{ $answer }**.
answered-typed-wrong = Du hast „{ $typed }“ eingegeben; die Antwort ist **{ $answer }**.

## Runden.

round-title = Runde beginnt
round-started = { $starter } hat eine Runde mit { $total ->
    [one] { $total } Frage
   *[other] { $total } Fragen
} aus `{ $deck }` gestartet, je { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
}. Antworte mit den Buttons; nach jeder Frage gibt’s den Zwischenstand.
round-started-topic = { $starter } hat eine Runde mit { $total ->
    [one] { $total } Frage
   *[other] { $total } Fragen
} aus `{ $deck }` zum Thema { $topic } gestartet, je { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
}. Antworte mit den Buttons; nach jeder Frage gibt’s den Zwischenstand.
round-no-answers = Noch keine Antworten.
round-row = **{ $place }.** { $who } · { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
} · { $right }/{ $answered } richtig
round-row-fastest = **{ $place }.** { $who } · { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
} · { $right }/{ $answered } richtig · { $fastest }× am schnellsten
round-standings = Zwischenstand nach Frage { $done } von { $total }
round-final = Endstand
round-finished = Runde vorbei: { $done ->
    [one] { $done } Frage
   *[other] alle { $done } Fragen
} gestellt.
round-stopped = Runde nach { $done } von { $total ->
    [one] { $total } Frage
   *[other] { $total } Fragen
} gestoppt.
round-cannot-post = Runde nach { $done } von { $total ->
    [one] { $total } Frage
   *[other] { $total } Fragen
} beendet: Ich konnte die nächste nicht posten.
round-points-count = Die Punkte fließen in `/punktestand` und `/rangliste` ein.

## Punktestände und Ranglisten.

score-title = Punktestand · { $name }
score-points = Punkte
score-rank = Rang
score-rank-of = #{ $rank } von { $of }
score-accuracy = Trefferquote
score-answered = Beantwortet
score-correct = Richtig
score-streak = Serie
score-daily-streak = Tagesserie
score-with-best = { $now } (Rekord { $best })
score-week = Diese Woche
score-month = Dieser Monat
score-by-topic = Nach Thema, schwächstes zuerst
score-topic-line = { $topic }: { $correct }/{ $answered } ({ $share })
score-period = { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
}
score-period-ranked = { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
} (#{ $rank })
leaderboard-server = Rangliste · dieser Server
leaderboard-channel = Rangliste · dieser Kanal
leaderboard-week = Rangliste · diese Woche
leaderboard-month = Rangliste · dieser Monat
leaderboard-last-week = Letzte Woche
leaderboard-last-month = Letzter Monat
leaderboard-row = **{ $rank }.** { $who } · { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
} · { $correct }/{ $answered } richtig
leaderboard-winner = **{ $place }.** { $who } · { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
}
leaderboard-empty = In diesem Zeitraum hat noch niemand Punkte geholt.
leaderboard-page = Seite { $page } von { $pages }
leaderboard-previous = Zurück
leaderboard-next = Weiter

## Decks und Hilfe.

decks-title = Decks
decks-deck = { $title } · `{ $id }`
decks-own-deck = { $title } · `{ $id }` · von diesem Server
decks-summary = { $questions ->
    [one] { $questions } Frage
   *[other] { $questions } Fragen
}
    Themen: { $topics }
decks-language = Sprache der Fragen: { $language }
decks-more = { $count ->
    [one] { $count } weiteres Deck ist
   *[other] { $count } weitere Decks sind
} geladen.
decks-set-aside = Das Deck `{ $id }` dieses Servers wurde beim Start des Bots nicht geladen und vorerst beiseitegelegt ({ $why }). Seine Punktestände und Wiederholungen bleiben erhalten: Lade es mit `/deck hochladen` erneut hoch oder entferne es mit `/deck entfernen`.
help-line = `/{ $command }`: { $description }

## Die Tagesfrage.

daily-title = Tagesfrage
daily-every-day = Jeden Tag um **{ $time }** ({ $zone }) in <#{ $channel }>, aus { $what }.
daily-from-deck = `{ $deck }`
daily-from-deck-topic = `{ $deck }`, Thema { $topic }
daily-from-default = dem Standarddeck
daily-next = Nächster Post
daily-next-at = { $local } ({ $relative })
daily-last-posted = Zuletzt gepostet
daily-last-error = Letzter Zustellfehler
daily-error = { $date }: { $message } (Versuch { $relative }; nächster Versuch beim nächsten Post)

## Eingetippte Antworten.

typed-form-title = Antwort
typed-form-label = Deine Antwort

## Karteikarten und Wiederholungen.

card-flashcard = Karteikarte
card-review = Wiederholung
card-review-new = Wiederholung · neue Karte
card-review-done = Wiederholung · { $done } erledigt
card-review-done-new = Wiederholung · { $done } erledigt · neue Karte
card-heading = { $heading } · { $deck }
card-reveal = Aufdecken
card-answer = **Antwort:** { $answer }
card-written-by = *Geschrieben von { $who }*
card-back-footer = Wie gut wusstest du es? Jeder Button zeigt, wann du die Karte wiedersiehst.
grade-again = Nochmal
grade-hard = Schwer
grade-good = Gut
grade-easy = Einfach
grade-button = { $grade } · { $interval }
graded-title = { $grade }: wieder in { $interval }
graded-due = Wieder fällig { $due }. `/wiederholen` holt die Karte zurück, sobald sie fällig ist.
session-nothing-due = Gerade ist nichts fällig.
session-done = Fertig: { $reviewed ->
    [one] { $reviewed } Karte
   *[other] { $reviewed } Karten
} wiederholt, { $share } gewusst.
session-next = Nächste Karte { $next }; morgen { $tomorrow ->
    [one] { $tomorrow } Karte
   *[other] { $tomorrow } Karten
} fällig.
session-empty = Noch nichts zu wiederholen: Karten kommen in deinen Plan, sobald du eine `/karteikarte` bewertest oder eine Quizfrage beantwortest.
reminder-title = Zeit zum Wiederholen
reminder-due = { $due ->
    [one] { $due } Karte ist zur Wiederholung fällig.
   *[other] { $due } Karten sind zur Wiederholung fällig.
} Ein paar Minuten jetzt, und du behältst sie wochenlang. Karten aus den eigenen Decks eines Servers wiederholst du mit `/wiederholen` auf diesem Server.

## Entfernen eines Decks.

deck-removed-note = Das Deck dieser Frage wurde von einem Server-Admin entfernt; die Punkte bleiben.
deck-removed = Das Deck `{ $deck }` wurde von diesem Server entfernt. Punkte, die damit geholt wurden, bleiben erhalten.

## Fragestatistik.

stats-hardest-line = { $place }. { $question } · { $correct } von { $answered } richtig
stats-most-chose = die meisten wählten „{ $wrong }“ ({ $count })
stats-title = Schwerste Fragen · { $deck }
stats-title-topic = Schwerste Fragen · { $deck } · { $topic }
stats-reported = Als falsch gemeldet
stats-footer = { $answers ->
    [one] { $answers } Antwort
   *[other] { $answers } Antworten
} auf diesem Server · Fragen mit mindestens { $at_least ->
    [one] { $at_least } Antwort
   *[other] { $at_least } Antworten
}
stats-quiz-me = Frag mich das ab
stats-flashcards = Karteikarten
stats-cards-footer = Die Antworten sind versteckt: Tippe eine an, um sie zu sehen. Darunter eine als Karteikarte.

## /sprache.

language-set = Die Sprache für Fragen, Auflösungen, Runden und Tagesfragen dieses Servers ist jetzt { $language }. Private Rückmeldungen richten sich nach der Discord-Sprache des jeweiligen Mitglieds.
language-show-chosen = Sprache der Posts dieses Servers: { $language }, festgelegt mit `/sprache festlegen`.
language-show-discord = Sprache der Posts dieses Servers: { $language }, die Serversprache in Discord. Mit `/sprache festlegen` wählst du eine andere.
language-offered = Sprachen: { $languages }
language-reset = Die Posts dieses Servers folgen wieder der Serversprache in Discord: { $language }.

## Wiederholungsstatistik und Einstellungen.

review-stats-title = Wiederholungsstatistik
review-stats-none = noch keine Wiederholungen
review-stats-retention = { $share } ({ $remembered } von { $graded })
review-stats-new = Neu
review-stats-learning = Lernen
review-stats-review = Wiederholen
review-stats-remembered = { $days ->
    [one] Gewusst, letzter Tag
   *[other] Gewusst, letzte { $days } Tage
}
review-stats-week = Fällig: heute und die nächsten 6 Tage
review-stats-settings = Einstellungen
review-settings-title = Deine Wiederholungen
review-settings-reminder = eine Direktnachricht um **{ $time }** ({ $zone }) an Tagen mit fälligen Karten; die nächste { $next }
review-settings-no-reminder = aus
review-settings = Gewünschte Behaltensquote **{ $retention }** · { $new_per_day ->
    [one] **{ $new_per_day }** neue Karte
   *[other] **{ $new_per_day }** neue Karten
} pro Tag · Tage beginnen um Mitternacht ({ $zone })
    Erinnerung: { $remind }

## Zahlen und Zeitspannen.

# Die Zahlen selbst schreibt der Bot in der Schreibweise der jeweiligen Sprache (1,234.5 / 1.234,5).
# chrono strftime: %a day, %-d day of month, %b month, %Z zone.
format-date-time = %a, %-d. %b, %H:%M %Z
number-percent = { $n } %
# Die Zeitspannen auf den Bewertungsbuttons, so kurz wie bei Anki: 10 Min., 5 Std., 4 T., 1,5 Mon., 2,1 J.
span-minutes = { $n } Min.
span-hours = { $n } Std.
span-days = { $n } T.
span-months = { $n } Mon.
span-years = { $n } J.
