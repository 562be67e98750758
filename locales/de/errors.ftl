# Was einem Mitglied privat gesagt wird, wenn etwas, worum es gebeten hat, nicht geht.

error-went-wrong = Bei mir ist etwas schiefgelaufen; es wurde protokolliert. Bitte versuch es noch einmal.
error-unknown-command = Diesen Befehl kenne ich nicht (vielleicht wurde er entfernt). `/hilfe` listet meine auf.
error-missing-permissions = Dafür brauchst du: { $permissions }.
error-permissions-unknown = Berechtigungen, die ich nicht prüfen konnte
error-bad-option = Diese Option konnte ich nicht lesen: { $error }

error-not-recognised = Diesen Button kenne ich nicht.
error-question-closed = Diese Frage ist geschlossen.
error-already-answered = Du hast diese Frage schon mit { $letter } beantwortet; deine erste Antwort zählt.
error-already-typed = Du hast diese Frage schon beantwortet; deine erste Antwort zählt.
error-unknown-deck = Es gibt kein Deck `{ $deck }`. `/decks` zeigt dir meine Decks.
error-unknown-topic = Das Deck `{ $deck }` hat kein Thema `{ $topic }`. `/decks` zeigt dir seine Themen.
error-flashcards-only = Das Deck `{ $deck }` lässt sich nur mit `/karteikarte` und `/wiederholen` oder mit eingetippten Antworten nutzen: Einige seiner Fragen haben keine falschen Antwortmöglichkeiten, und das Deck hat zu wenige verschiedene Antworten für vier Optionen.
error-no-score = Du hast auf diesem Server noch keine Frage beantwortet: Probier mal `/quiz`.
error-no-score-for = { $name } hat auf diesem Server noch keine Frage beantwortet.
error-no-hard-questions = Keine Frage aus dem Deck `{ $deck }` hat auf diesem Server schon { $at_least ->
    [one] { $at_least } Antwort
   *[other] { $at_least } Antworten
}, also kann noch keine als schwer gelten: Probier `/quiz` oder eine `/runde` und frag dann noch einmal.
error-no-such-page = Diese Seite gibt es nicht: Es gibt { $pages ->
    [one] { $pages } Seite
   *[other] { $pages } Seiten
}.
error-empty-leaderboard = { $table ->
    [channel] In diesem Kanal hat noch niemand Punkte geholt: Probier mal `/quiz`.
   *[server] Auf diesem Server hat noch niemand Punkte geholt: Probier mal `/quiz`.
}
error-channel-period = Wochen- und Monatsranglisten gibt es nur für den ganzen Server: Lass `bereich` weg oder wähle `zeitraum: Gesamt` für die Rangliste dieses Kanals.
error-guild-only = Das geht nur auf einem Server, denn es nutzt die Punktestände des Servers.
error-cannot-post = Ich kann in diesem Kanal nicht posten, weil mir hier etwas fehlt: { $missing }. Bitte einen Admin darum oder nimm einen anderen Kanal.
error-round-running = In diesem Kanal läuft schon eine Runde (gestartet von { $starter }, noch { $left ->
    [one] { $left } Frage
   *[other] { $left } Fragen
}). `/runde stoppen` beendet sie.
error-no-round = In diesem Kanal läuft keine Runde.
error-not-your-round = Nur wer die Runde gestartet hat ({ $starter }) oder ein Mitglied mit „Nachrichten verwalten“ kann sie stoppen.
error-deck-exists = Ein Deck `{ $deck }` gibt es schon. Lade es mit `ersetzen: True` erneut hoch, um es zu ersetzen; Punktestände und Wiederholungen der Fragen, die es behält, bleiben erhalten.
error-bundled-deck = `{ $deck }` ist ein mitgeliefertes Deck für alle Server: Es kann nicht über Discord ersetzt oder entfernt werden. Lade deine Version unter einem anderen Dateinamen hoch.
error-too-many-decks = Dieser Server hat { $count ->
    [one] { $count } eigenes Deck
   *[other] { $count } eigene Decks
}, mehr geht nicht. Entferne zuerst eins mit `/deck entfernen`.
error-deck-memory-full = Der Bot hat schon so viele Server-Decks geladen, wie sein Betreiber erlaubt ({ $mib } MiB insgesamt), und kann dieses gerade nicht aufnehmen. Entferne ein Deck dieses Servers oder lade ein kleineres hoch; der Betreiber wurde informiert.
error-too-many-topics = Mit diesem Deck hätte dieser Server { $total ->
    [one] { $total } Thema
   *[other] { $total } Themen
}, mehr als erlaubt (höchstens { $max }; die Punktestände werden pro Thema gezählt). Nimm weniger Themen.
error-upload-in-progress = Gerade wird schon ein anderes Deck dieses Servers geprüft: Versuch es gleich noch einmal.
error-uploads-busy = Ich prüfe gerade Decks anderer Server: Versuch es gleich noch einmal.
error-cooldown = Nicht so schnell: Du kannst `/quiz` in { $seconds } s wieder nutzen.
error-channel-busy = In diesem Kanal { $open ->
    [one] ist schon { $open } Frage
   *[other] sind schon { $open } Fragen
} offen. Beantworte erst diese oder versuch es wieder, sobald eine schließt.
error-need-permission = Dafür brauchst du die Berechtigung „{ $permission }“.
error-dashboard-off = Die Webseiten dieses Bots sind ausgeschaltet: Sein Betreiber schaltet sie mit QUIZBOT_WEB_ADDR ein (siehe README).
error-cannot-post-in = Ich kann nicht in <#{ $channel }> posten, weil mir dort etwas fehlt: { $missing }. Bitte einen Admin darum oder wähle einen anderen Kanal.
error-no-daily = Dieser Server hat keine Tagesfrage. Mit `/tagesfrage einrichten` planst du eine.
error-discord-busy = Discord hat den Post gerade nicht angenommen ({ $why }); es wurde nichts gezählt. Versuch es gleich noch einmal.
error-no-review-channel = Auf diesem Server sind Vorschläge noch nicht eingerichtet: Ein Mitglied mit „Server verwalten“ legt mit `/vorschlagen einrichten` den Kanal fest, in dem die Prüfer sie sehen.
error-suggest-to-bundled = `{ $deck }` ist ein mitgeliefertes Deck für alle Server: Vorschläge kommen in ein eigenes Deck dieses Servers. Lass `deck` weg, um etwas für das `community`-Deck des Servers vorzuschlagen.
error-too-many-suggestions = Du hast auf diesem Server { $count ->
    [one] { $count } Vorschlag
   *[other] { $count } Vorschläge
} in Prüfung, mehr geht nicht. `/vorschlagen meine` zeigt sie dir; schlag wieder etwas vor, sobald über einen entschieden ist.
error-suggestions-full = Dieser Server hat { $count ->
    [one] { $count } Vorschlag
   *[other] { $count } Vorschläge
} in Prüfung, mehr geht nicht: Versuch es wieder, sobald die Prüfer sie abgearbeitet haben.
error-unknown-suggestion = Diesen Vorschlag gibt es nicht mehr.
error-already-approved = Dieser Vorschlag wurde bereits von { $by } angenommen.
error-already-rejected = Dieser Vorschlag wurde bereits von { $by } abgelehnt.
error-already-closed = Dieser Vorschlag wurde bereits geschlossen: { $reason }
error-suggested-deck-gone = Das Deck `{ $deck }`, für das dieser Vorschlag gedacht war, wurde entfernt, daher kann er nicht hinzugefügt werden; wer ihn eingereicht hat, wurde informiert.
error-not-reviewer = Über Vorschläge und Meldungen entscheiden nur die Prüfer dieses Servers: { $who }.
error-too-many-reports = Du hast auf diesem Server { $count ->
    [one] { $count } offene Problemmeldung
   *[other] { $count } offene Problemmeldungen
}, mehr geht nicht: Die Prüfer kümmern sich darum.
error-reports-full = Dieser Server hat { $count ->
    [one] { $count } offene Problemmeldung
   *[other] { $count } offene Problemmeldungen
}, mehr geht nicht: Versuch es wieder, sobald die Prüfer sie abgearbeitet haben.
error-unknown-report = Diese Meldung gibt es nicht mehr.
error-report-closed = Diese Meldung wurde bereits bearbeitet.
error-question-gone = Diese Frage ist nicht mehr in ihrem Deck.
error-bundled-report = `{ $deck }` ist ein mitgeliefertes Deck: Seine Fragen können nicht über Discord bearbeitet oder entfernt werden, nur die Meldung kann verworfen werden (der Betreiber des Bots sieht Meldungen zu mitgelieferten Decks).
error-last-question = Das ist die letzte Frage im Deck `{ $deck }`: `/deck entfernen` entfernt das ganze Deck.
error-no-draft = Es gibt nichts zu korrigieren: Dein letztes Formular wurde schon gesendet, oder der Bot wurde seitdem neu gestartet. Führ den Befehl noch einmal aus.
error-unknown-language = `{ $code }` spreche ich nicht. Ich spreche: { $languages }.

## Eingaben, die sich nicht verwenden lassen.

error-bad-time = `{ $time }` ist keine Uhrzeit: Gib sie als HH:MM im 24-Stunden-Format an, z. B. 09:30.
error-unknown-zone = `{ $given }` ist keine Zeitzone, die ich kenne: Wähle eine aus der Liste (z. B. { $suggestion }).
error-retention-outside = Eine gewünschte Behaltensquote von { $given } liegt außerhalb von { $min }–{ $max }: Darunter kommen die Wiederholungen zu spät, um noch zu helfen; darüber steigt ihre Zahl steil an, ohne viel zu bringen.
error-too-many-new = { $given ->
    [one] { $given } neue Karte pro Tag ist
   *[other] { $given } neue Karten pro Tag sind
} mehr als die { $max }, die ich erlaube: Jede davon kommt später zum Wiederholen zurück.
error-reason-length = Beschreibe in 1 bis { $max } Zeichen, was nicht stimmt (es waren { $given }).
error-edit-would-not-load = Mit dieser Änderung ließe sich das Deck `{ $deck }` nicht mehr laden:
    { $problems }
error-not-this-servers-channel = <#{ $channel }> gehört nicht zu diesem Server: Wähle einen Kanal dieses Servers.
error-not-a-text-channel = <#{ $channel }> ist kein Textkanal.
error-not-this-servers-role = <@&{ $role }> gehört nicht zu diesem Server: Wähle eine Rolle dieses Servers.
error-not-a-deck-file = `{ $name }` ist kein Deck: Lade eine Datei im Format { $formats } hoch (siehe `quizbot check` in der README).
error-deck-file-too-large = `{ $name }` ist größer als { $mib } MiB: Teile die Datei auf mehrere Decks auf.

## Die Berechtigungen von Discord, so wie sie in den Einstellungen heißen.

permission-view-channel = Kanal ansehen
permission-send-messages = Nachrichten senden
permission-embed-links = Links einbetten
permission-attach-files = Dateien anhängen
permission-read-message-history = Nachrichtenverlauf anzeigen
permission-manage-guild = Server verwalten
permission-manage-messages = Nachrichten verwalten
permission-administrator = Administrator
