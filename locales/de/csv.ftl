# Die Spaltenüberschriften der beiden CSV-Dateien von `/punktestände exportieren`. Die Trefferquote
# eines Mitglieds pro Thema steht je in einer Spalte mit der Überschrift `{ csv-accuracy }: <Thema>`;
# die am häufigsten gewählten falschen Optionen sind nummeriert.

## Punktestände, eine Zeile pro Mitglied.

csv-user-id = Benutzer-ID
csv-name = Name
csv-points = Punkte
csv-answered = Beantwortet
csv-correct = Richtig
csv-accuracy = Trefferquote
csv-streak = Serie
csv-best-streak = Beste Serie
csv-daily-streak = Tagesserie
csv-best-daily-streak = Beste Tagesserie
csv-points-this-week = Punkte diese Woche
csv-points-this-month = Punkte diesen Monat

## Fragestatistik, eine Zeile pro Frage.

csv-deck = Deck
csv-question-id = Frage-ID
csv-topic = Thema
csv-asked = Gestellt
csv-answers = Antworten
csv-right = Richtig
csv-share-right = Anteil richtig
csv-median-seconds-to-right-under = Median Sekunden bis richtig (unter)
csv-other-wrong = Sonstige falsche Antworten
csv-reports = Meldungen
csv-wrong-option = Falsche Option { $n }
csv-wrong-option-chosen = Falsche Option { $n }, wie oft gewählt
