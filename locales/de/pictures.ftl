# Die Wörter auf den Grafiken: die Karte von `/punktestand`, die Karte von `/wiederholen statistik`
# und die schwersten Fragen von `/statistik`. Eine Zeile, die nicht auf ihren Platz passt, wird
# verkleinert: Kürzer heißt größer.

## Die Punktestand-Karte.

picture-score-title = Punktestand von { $name }
picture-score-summary = { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
} · { $share } richtig · { $answered } beantwortet
picture-rank-of = von { $of }
picture-streak = Serie
picture-daily-streak = Tagesserie
picture-this-week = Diese Woche
picture-with-best = { $now } · Rekord { $best }
picture-week-points = { $points ->
    [one] { $points } Punkt
   *[other] { $points } Punkte
}
picture-topics = Themen, schwächstes zuerst
picture-points-30 = Punkte, letzte 30 Tage
picture-in-all = { $total } insgesamt
picture-best-day = bester Tag: { $most }
picture-30-days-ago = vor 30 Tagen
picture-today = heute

## Die Wiederholungskarte.

picture-review-title = Wiederholungen von { $name }
picture-review-summary = { $cards ->
    [one] { $cards } Karte in deinem Plan
   *[other] { $cards } Karten in deinem Plan
}
picture-count = { $n }
picture-new = Neu
picture-learning = Lernen
picture-review = Wiederholen
picture-remembered = { $days ->
    [one] Gewusst, letzter Tag
   *[other] Gewusst, letzte { $days } Tage
}
picture-no-reviews = Noch keine Wiederholungen schon gesehener Karten
picture-remembered-of = { $remembered } von { $graded ->
    [one] { $graded } Wiederholung
   *[other] { $graded } Wiederholungen
}
picture-due-7 = Fällig, nächste 7 Tage
picture-in-6-days = in 6 Tagen

## Die schwersten Fragen.

picture-stats-title = Schwerste Fragen aus { $deck }
picture-hardest = Schwerste Fragen
picture-stats-counted = { $answers ->
    [one] { $answers } Antwort auf diesem Server gezählt
   *[other] { $answers } Antworten auf diesem Server gezählt
}
picture-stats-counted-topic = { $answers ->
    [one] { $answers } Antwort auf diesem Server gezählt · Thema: { $topic }
   *[other] { $answers } Antworten auf diesem Server gezählt · Thema: { $topic }
}
picture-stats-right = { $correct } von { $answered } richtig
picture-stats-right-chosen = { $correct } von { $answered } richtig · „{ $wrong }“ { $chosen }× gewählt
picture-by-topic = Nach Thema
