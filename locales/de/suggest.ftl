# Vorgeschlagene Fragen und Problemmeldungen: die Formulare, die Posts und Buttons im Prüfkanal
# und was Autor und Meldende erfahren.

## Das Frageformular (fünf Felder) und die Formulare mit einem Absatz.

form-question = Frage
form-answer = Antwort
form-wrong = Falsche Antworten, eine pro Zeile (optional)
form-explanation = Erklärung (optional)
form-topic = Thema (optional)
form-suggest-title = Frage vorschlagen
form-edit-suggestion = Vorschlag bearbeiten
form-edit-question = Frage bearbeiten
form-reject-title = Vorschlag ablehnen
form-reject-label = Warum nicht? (wird dem Autor mitgeteilt)
form-report-title = Problem melden
form-report-label = Was stimmt mit dieser Frage nicht?
form-refused = Diese Frage verstößt gegen die Deck-Regeln und wurde deshalb nicht gesendet; **Korrigieren** öffnet das Formular erneut mit deinen Eingaben.
    { $problems }
form-fix-it = Korrigieren

## Was die Prüfer im Prüfkanal sehen.

reviewers-role = Mitglieder mit der Rolle <@&{ $role }>
reviewers-managers = Mitglieder, die Nachrichten verwalten dürfen
suggestion-no-wrong = *(keine falschen Antworten: Zur Auswahl stehen stattdessen andere Antworten aus dem Deck)*
suggestion-title = Vorgeschlagene Frage #{ $id } · Deck `{ $deck }`
suggestion-by = Vorgeschlagen von
suggestion-topic = Thema
suggestion-why = Erklärung
suggestion-status = Status
suggestion-waiting = Wartet auf Prüfung: „Annehmen“ fügt die Frage dem Deck hinzu, „Bearbeiten“ ändert sie vorher, „Ablehnen“ lehnt sie mit Begründung ab.
suggestion-approved-by = ✅ Angenommen von <@{ $by }>: Frage `{ $question }` im Deck `{ $deck }`.
suggestion-rejected-by = ❌ Abgelehnt von <@{ $by }>: { $reason }
suggestion-closed = ❌ Geschlossen: { $reason }
suggestion-approve = Annehmen
suggestion-edit = Bearbeiten
suggestion-reject = Ablehnen
report-no-answers = noch keine Antworten
report-answers = { $answers ->
    [one] { $answers } Antwort, { $right } richtig ({ $share })
   *[other] { $answers } Antworten, { $right } richtig ({ $share })
}
report-numbers = { $asked ->
    [one] Hier einmal gestellt
   *[other] Hier { $asked }-mal gestellt
} · { $right } · Problemmeldungen: { $reports }
report-title = Problemmeldung #{ $id } · Deck `{ $deck }` ({ $title })
report-what = Was nicht stimmt
report-by = Gemeldet von
report-question = Frage
report-statistics = Statistik der Frage
report-bundled = Ein mitgeliefertes Deck: Ändern kann es nur der Betreiber des Bots, und er sieht offene Meldungen dazu. Verwirf die Meldung, sobald du sie gelesen hast.
report-dismiss = Verwerfen
report-edit = Frage bearbeiten
report-remove = Frage entfernen
report-dismissed-by = Verworfen von <@{ $by }>.
report-edited-by = Die Frage wurde von <@{ $by }> bearbeitet.
report-removed-by = Die Frage wurde von <@{ $by }> aus ihrem Deck entfernt.

## Was Autor und Meldende erfahren.

suggestion-sent = An die Prüfer in <#{ $channel }> gesendet. Ich melde mich, sobald darüber entschieden ist; `/vorschlagen meine` zeigt dir den Stand.
suggestion-not-posted = Ich konnte deinen Vorschlag nicht im Prüfkanal <#{ $channel }> posten ({ $why }), daher wurde er nicht gesendet. Bitte einen Admin, mich dort posten zu lassen (oder mit `/vorschlagen einrichten` einen anderen Kanal zu wählen); **Korrigieren** sendet ihn erneut.
report-thanks = Danke! Deine Meldung liegt jetzt bei den Prüfern dieses Servers.
report-not-posted = Ich konnte deine Meldung nicht im Prüfkanal <#{ $channel }> posten ({ $why }). Bitte einen Admin, mich dort posten zu lassen, und melde das Problem dann noch einmal.
author-approved = ✅ Deine vorgeschlagene Frage wurde angenommen und dem Deck `{ $deck }` hinzugefügt: Sie kann ab jetzt bei `/quiz` drankommen, mit deinem Namen unter der Antwort.
author-rejected = ❌ Deine vorgeschlagene Frage wurde nicht aufgenommen. Begründung der Prüfer: { $reason }
author-title = Dein Vorschlag
mine-waiting = ⏳ wartet auf Prüfung
mine-approved = ✅ angenommen, im Deck `{ $deck }`
mine-rejected = ❌ nicht aufgenommen: { $reason }
mine-none = Du hast auf diesem Server noch keine Frage vorgeschlagen: `/vorschlagen frage` öffnet das Formular.
mine-title = Deine Vorschläge
suggest-set-up = Vorschläge und Problemmeldungen landen jetzt in <#{ $channel }>. Darüber entscheiden { $reviewers }. Mitglieder schlagen mit `/vorschlagen frage` etwas vor und melden Probleme über den Button unter jeder aufgelösten Frage.
