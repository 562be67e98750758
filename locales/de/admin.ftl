# Was Server-Admins erfahren: Hochladen und Ändern von Decks, der Export der Punktestände,
# Dashboard-Links und die Antworten auf das Stoppen einer Runde oder der Tagesfrage.

## Decks.

upload-refused = `{ $file }` wurde nicht geladen, es hat sich nichts geändert. Probleme:
    ```
    { $problems }```
upload-done = Das Deck `{ $deck }` ({ $title }) gehört jetzt diesem Server: { $questions ->
    [one] { $questions } Frage
   *[other] { $questions } Fragen
}. Probier mal `/quiz deck:{ $deck }`.
download-note = `{ $file }`: Bearbeite die Datei und lade sie mit `/deck hochladen` wieder hoch (unter einem anderen Namen, wenn es ein mitgeliefertes Deck ist).
default-deck-set = `{ $deck }` ({ $title }) ist jetzt das Standarddeck dieses Servers.

## Der Export der Punktestände.

export-note = Die Punktestände dieses Servers, eine Zeile pro Mitglied, und seine Fragestatistik, eine Zeile pro hier gestellter Frage.
export-cut-scores = Die ganze Datei wäre größer als die { $mib } MiB, die Discord für einen Anhang erlaubt: Sie enthält nur { $rows ->
    [one] das Mitglied
   *[other] die { $rows } Mitglieder
} mit den meisten Punkten, { $left ->
    [one] { $left } weiteres fehlt
   *[other] { $left } weitere fehlen
}.
export-cut-questions = Die ganze Datei wäre größer als die { $mib } MiB, die Discord für einen Anhang erlaubt: Sie enthält nur { $rows ->
    [one] die erste Frage
   *[other] die ersten { $rows } Fragen
} nach Deck und ID, { $left ->
    [one] { $left } weitere fehlt
   *[other] { $left } weitere fehlen
}.

## Dashboard-Links.

dashboard-revoked-title = Alle Dashboard-Links dieses Servers sind widerrufen
dashboard-revoked = Links, die vorher erstellt wurden, öffnen nichts mehr. Mitglieder holen sich mit `/dashboard` einen neuen.
dashboard-title = Dein Dashboard-Link
dashboard-open = Serverseiten öffnen
dashboard-yours = Der Link gehört dir: Wer ihn hat, sieht diese Seiten bis { $expires }. Wer „Server verwalten“ hat, beendet alle Links mit `/dashboard widerrufen:True`.
dashboard-yours-manager = Der Link gehört dir: Wer ihn hat, sieht diese Seiten und den Export der Punktestände bis { $expires }. Wer „Server verwalten“ hat, beendet alle Links mit `/dashboard widerrufen:True`.

## Stoppen.

round-stopping = Die Runde wird gestoppt: Es folgt der bisherige Stand.
daily-off = Die Tagesfrage ist ausgeschaltet. Die letzte bleibt offen, bis ihre Zeit abläuft.
reminder-start = Wiederholung starten
