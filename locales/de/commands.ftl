# Die Slash-Befehle, wie Discord sie zeigt: `command-<Befehl>[-<Unterbefehl>]` ist ein Name, `-description`
# seine Beschreibung, `-<Option>` der Name einer Option (mit ihrer `-description`), `-<Option>-<Auswahl>` eine Auswahl.
# Namen: 1-32 Kleinbuchstaben, Ziffern, - oder _, keine Leerzeichen. Beschreibungen: höchstens 100 Zeichen.
# Die Namen in en-US müssen die bleiben, nach denen der Code verteilt (ein Test prüft das); alle anderen frei übersetzen.

command-quiz = quiz
command-quiz-description = Postet hier eine Multiple-Choice-Frage; alle können innerhalb einer Minute einmal antworten.
command-quiz-deck = deck
command-quiz-deck-description = Deck, aus dem gezogen wird (Standard: das erste Deck)
command-quiz-topic = thema
command-quiz-topic-description = Nur Fragen zu diesem Thema

command-round = runde
command-round-description = Eine Lerngruppen-Runde in diesem Kanal: mehrere Fragen nacheinander.
command-round-start = starten
command-round-start-description = Starte hier eine Runde: Fragen nacheinander, Zwischenstand nach jeder; übersteht Neustarts.
command-round-start-questions = fragen
command-round-start-questions-description = Wie viele Fragen (1–25, Standard 10)
command-round-start-seconds = sekunden
command-round-start-seconds-description = Wie viele Sekunden jede Frage offen bleibt (10–300, Standard 30)
command-round-start-deck = deck
command-round-start-deck-description = Deck, aus dem gezogen wird (Standard: das erste Deck)
command-round-start-topic = thema
command-round-start-topic-description = Nur Fragen zu diesem Thema
command-round-stop = stoppen
command-round-stop-description = Stoppe die Runde hier (nur wer sie gestartet hat oder ein Mitglied mit „Nachrichten verwalten“).

command-daily = tagesfrage
command-daily-description = Jeden Tag zu einer festen Uhrzeit eine Frage, beantwortet und gewertet wie bei `/quiz`.
command-daily-set = einrichten
command-daily-set-description = Postet täglich zu einer festen Ortszeit eine Frage in einem Kanal (braucht „Server verwalten“).
command-daily-set-channel = kanal
command-daily-set-channel-description = Wo sie gepostet wird
command-daily-set-time = uhrzeit
command-daily-set-time-description = Ortszeit, HH:MM (24-Stunden-Format), z. B. 09:30
command-daily-set-timezone = zeitzone
command-daily-set-timezone-description = Zeitzone (IANA-Name, z. B. Europe/Berlin)
command-daily-set-deck = deck
command-daily-set-deck-description = Deck, aus dem gezogen wird (Standard: das erste Deck)
command-daily-set-topic = thema
command-daily-set-topic-description = Nur Fragen zu diesem Thema
command-daily-show = anzeigen
command-daily-show-description = Zeitplan der Tagesfrage, ihr nächster Post und der letzte Zustellfehler.
command-daily-off = ausschalten
command-daily-off-description = Schalte die Tagesfrage aus (braucht „Server verwalten“).

command-flashcard = karteikarte
command-flashcard-description = Eine persönliche Karteikarte: erst Frage, dann Antwort, dann bewertest du dich. Keine Punkte.
command-flashcard-deck = deck
command-flashcard-deck-description = Deck, aus dem gezogen wird (Standard: das erste Deck)
command-flashcard-topic = thema
command-flashcard-topic-description = Nur Fragen zu diesem Thema

command-review = wiederholen
command-review-description = Wiederhole Fälliges (FSRS), sieh dir deine Statistik an oder stell Erinnerung und Einstellungen ein.
command-review-stats = statistik
command-review-stats-description = Zeigt deine Karten, wie viel du behalten hast, und die kommende Woche
command-review-remind = erinnerung
command-review-remind-description = Eine Direktnachricht an Tagen mit fälligen Karten: eine Ortszeit HH:MM oder off
command-review-timezone = zeitzone
command-review-timezone-description = Deine Zeitzone, für die Erinnerung und den Beginn deines Tages (IANA-Name)
command-review-retention = behaltensquote
command-review-retention-description = Anteil der Karten, die du noch wissen willst, wenn sie fällig werden (0.70-0.97)
command-review-new-per-day = neue_pro_tag
command-review-new-per-day-description = Neue Karten pro Tag (0–100)

command-score = punktestand
command-score-description = Deine Punkte, Trefferquote, Serien, Rang, Quote pro Thema und letzte 30 Tage, mit Grafik.
command-score-user = mitglied
command-score-user-description = Wessen Punktestand (Standard: deiner)

command-leaderboard = rangliste
command-leaderboard-description = Top 10 nach Punkten: dieser Server insgesamt, diese Woche, dieser Monat oder dieser Kanal.
command-leaderboard-scope = bereich
command-leaderboard-scope-description = Server (Standard) oder Kanal: in diesem Kanal geholte Punkte
command-leaderboard-scope-server = Server
command-leaderboard-scope-channel = Kanal
command-leaderboard-period = zeitraum
command-leaderboard-period-description = Gesamt (Standard), diese Woche (ab Montag) oder dieser Monat, in der Zeitzone des Servers
command-leaderboard-period-all = Gesamt
command-leaderboard-period-week = Diese Woche
command-leaderboard-period-month = Dieser Monat
command-leaderboard-page = seite
command-leaderboard-page-description = Seite (10 pro Seite)

command-stats = statistik
command-stats-description = Die schwersten Fragen dieses Servers (nach Trefferquote) und die Quote pro Thema, als Grafik.
command-stats-deck = deck
command-stats-deck-description = Deck (Standard: das Standarddeck des Servers)
command-stats-topic = thema
command-stats-topic-description = Nur Fragen zu diesem Thema

command-suggest = vorschlagen
command-suggest-description = Schlag eine Frage für die Decks dieses Servers vor, sieh deine an oder richte die Prüfung ein.
command-suggest-question = frage
command-suggest-question-description = Schreib eine Frage; sobald ein Prüfer sie annimmt, kommt sie mit deinem Namen ins Deck.
command-suggest-question-deck = deck
command-suggest-question-deck-description = Ein Deck dieses Servers (Standard: sein community-Deck)
command-suggest-mine = meine
command-suggest-mine-description = Deine Vorschläge auf diesem Server und wie die Prüfer entschieden haben.
command-suggest-setup = einrichten
command-suggest-setup-description = Wo und von wem Vorschläge und Problemmeldungen geprüft werden (braucht „Server verwalten“).
command-suggest-setup-channel = kanal
command-suggest-setup-channel-description = Der Kanal, in dem die Prüfer sie sehen
command-suggest-setup-role = rolle
command-suggest-setup-role-description = Wer prüft (Standard: Mitglieder, die Nachrichten verwalten dürfen)

command-decks = decks
command-decks-description = Die Decks, die du hier nutzen kannst: ID, Titel, Fragen und Themen.

command-deck = deck
command-deck-description = Verwalte die eigenen Decks dieses Servers.
command-deck-upload = hochladen
command-deck-upload-description = Lade ein eigenes Deck (JSON, CSV oder TSV) hoch: geprüft wie `quizbot check`, sofort aktiv.
command-deck-upload-file = datei
command-deck-upload-file-description = Das Deck als .json-, .csv-, .tsv- oder .txt-Datei, höchstens 1 MiB; ihr Name ist die Deck-ID
command-deck-upload-replace = ersetzen
command-deck-upload-replace-description = Ersetzt das Deck dieses Servers mit derselben ID (Punkte behaltener Fragen bleiben)
command-deck-remove = entfernen
command-deck-remove-description = Entferne ein eigenes Deck dieses Servers; offene Fragen schließen, Punkte bleiben.
command-deck-remove-deck = deck
command-deck-remove-deck-description = Das Deck, das entfernt werden soll
command-deck-download = herunterladen
command-deck-download-description = Ein Deck als JSON-Datei, zum Bearbeiten und erneuten Hochladen.
command-deck-download-deck = deck
command-deck-download-deck-description = Das Deck, das du herunterladen willst
command-deck-default = standard
command-deck-default-description = Das Deck, das `/quiz`, `/runde`, `/karteikarte` und `/tagesfrage` hier ohne Angabe nutzen.
command-deck-default-deck = deck
command-deck-default-deck-description = Das Deck, das auf diesem Server standardmäßig genutzt wird

command-scores = punktestände
command-scores-description = Nimm die Punktestände und Fragestatistiken des Servers mit.
command-scores-export = exportieren
command-scores-export-description = Die Punktestände und Fragestatistiken des Servers als zwei CSV-Dateien.

command-dashboard = dashboard
command-dashboard-description = Privater Link zu den Webseiten des Servers (24 h); widerrufen:True beendet alle (Server verwalten).
command-dashboard-revoke = widerrufen
command-dashboard-revoke-description = True: Kein Dashboard-Link dieses Servers funktioniert mehr (braucht „Server verwalten“)

command-help = hilfe
command-help-description = Was jeder Befehl macht.


command-language = sprache
command-language-description = Die Sprache der Fragen, Auflösungen, Runden und Tagesfragen dieses Servers.
command-language-set = festlegen
command-language-set-description = Legt die Sprache für Fragen und Ergebnisse dieses Servers fest (braucht „Server verwalten“).
command-language-set-language = sprache
command-language-set-language-description = Eine Sprache, die der Bot spricht, z. B. de oder pt-BR
command-language-show = anzeigen
command-language-show-description = Die Sprache der Posts dieses Servers und die verfügbaren Sprachen.
command-language-reset = zurücksetzen
command-language-reset-description = Wieder der Serversprache in Discord folgen (braucht „Server verwalten“).
