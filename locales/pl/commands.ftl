# Polecenia z ukośnikiem tak, jak pokazuje je Discord: `command-<polecenie>[-<podpolecenie>]` to nazwa, `-description`
# jej opis, `-<opcja>` nazwa opcji (i jej `-description`), `-<opcja>-<wybór>` wybór.
# Nazwy: 1-32 małe litery, cyfry, - lub _, bez spacji. Opisy: najwyżej 100 znaków.
# Nazwy en-US muszą pozostać nazwami, po których kod rozpoznaje polecenia (sprawdza to test); pozostałe tłumacz swobodnie.

command-quiz = quiz
command-quiz-description = Wyślij tu pytanie z odpowiedziami do wyboru; każdy może odpowiedzieć raz w ciągu minuty.
command-quiz-deck = zestaw
command-quiz-deck-description = Z którego zestawu losować (domyślnie: pierwszy zestaw)
command-quiz-topic = temat
command-quiz-topic-description = Tylko pytania z tego tematu

command-round = runda
command-round-description = Runda dla grupy na tym kanale: kilka pytań, jedno po drugim.
command-round-start = start
command-round-start-description = Zacznij tu rundę: pytania jedno po drugim, po każdym klasyfikacja; przetrwa restart bota.
command-round-start-questions = pytania
command-round-start-questions-description = Ile pytań (1-25, domyślnie 10)
command-round-start-seconds = sekundy
command-round-start-seconds-description = Ile sekund na każde pytanie (10-300, domyślnie 30)
command-round-start-deck = zestaw
command-round-start-deck-description = Z którego zestawu losować (domyślnie: pierwszy zestaw)
command-round-start-topic = temat
command-round-start-topic-description = Tylko pytania z tego tematu
command-round-stop = stop
command-round-stop-description = Zatrzymaj tu rundę (może ten, kto ją zaczął, lub członek z uprawnieniem Zarządzanie wiadomościami).

command-daily = pytanie-dnia
command-daily-description = Pytanie codziennie o stałej porze, z odpowiedziami i punktami jak w `/quiz`.
command-daily-set = ustaw
command-daily-set-description = Wysyłaj pytanie dnia na kanał o wybranej godzinie lokalnej (wymaga: Zarządzanie serwerem).
command-daily-set-channel = kanał
command-daily-set-channel-description = Gdzie je wysyłać
command-daily-set-time = godzina
command-daily-set-time-description = Godzina lokalna, GG:MM (format 24-godzinny), np. 09:30
command-daily-set-timezone = strefa-czasowa
command-daily-set-timezone-description = Strefa czasowa (nazwa IANA, np. Europe/Warsaw)
command-daily-set-deck = zestaw
command-daily-set-deck-description = Z którego zestawu losować (domyślnie: pierwszy zestaw)
command-daily-set-topic = temat
command-daily-set-topic-description = Tylko pytania z tego tematu
command-daily-show = pokaż
command-daily-show-description = Harmonogram pytania dnia, najbliższe pytanie i ostatni błąd wysyłki.
command-daily-off = wyłącz
command-daily-off-description = Wyłącz pytanie dnia (wymaga: Zarządzanie serwerem).

command-flashcard = fiszka
command-flashcard-description = Prywatna fiszka: pytanie, potem odpowiedź, a na koniec oceniasz, jak ci poszło. Bez punktów.
command-flashcard-deck = zestaw
command-flashcard-deck-description = Z którego zestawu losować (domyślnie: pierwszy zestaw)
command-flashcard-topic = temat
command-flashcard-topic-description = Tylko pytania z tego tematu

command-review = powtórka
command-review-description = Powtórz fiszki, na które przyszła pora (FSRS), albo zobacz statystyki, ustaw przypomnienie i opcje.
command-review-stats = statystyki
command-review-stats-description = Pokaż swoje fiszki, ile zapamiętujesz i co czeka cię w najbliższym tygodniu
command-review-remind = przypomnienie
command-review-remind-description = Wiadomość prywatna w dni, gdy masz fiszki do powtórki: godzina GG:MM albo off
command-review-timezone = strefa-czasowa
command-review-timezone-description = Twoja strefa czasowa: do przypomnienia i początku twojego dnia (nazwa IANA)
command-review-retention = retencja
command-review-retention-description = Jaki odsetek fiszek chcesz wciąż pamiętać, gdy przyjdzie ich pora (0.70-0.97)
command-review-new-per-day = nowe_dziennie
command-review-new-per-day-description = Ile nowych fiszek dziennie (0-100)

command-score = wynik
command-score-description = Twoje punkty, skuteczność, serie, miejsce, skuteczność wg tematów i ostatnie 30 dni – na obrazku.
command-score-user = użytkownik
command-score-user-description = Czyj wynik (domyślnie: twój)

command-leaderboard = ranking
command-leaderboard-description = Top 10 wg punktów: na serwerze od początku, w tym tygodniu lub miesiącu, albo na tym kanale.
command-leaderboard-scope = zakres
command-leaderboard-scope-description = serwer (domyślnie) lub kanał: punkty zdobyte na tym kanale
command-leaderboard-scope-server = serwer
command-leaderboard-scope-channel = kanał
command-leaderboard-period = okres
command-leaderboard-period-description = od początku (domyślnie), tydzień (od poniedziałku) lub miesiąc, w strefie czasowej serwera
command-leaderboard-period-all = od początku
command-leaderboard-period-week = tydzień
command-leaderboard-period-month = miesiąc
command-leaderboard-page = strona
command-leaderboard-page-description = Strona (10 pozycji na stronę)

command-stats = statystyki
command-stats-description = Najtrudniejsze pytania serwera (wg odsetka dobrych odpowiedzi) i skuteczność wg tematów, na obrazku.
command-stats-deck = zestaw
command-stats-deck-description = Zestaw (domyślnie: domyślny zestaw serwera)
command-stats-topic = temat
command-stats-topic-description = Tylko pytania z tego tematu

command-suggest = propozycje
command-suggest-description = Zaproponuj pytanie do zestawów serwera, zobacz swoje propozycje albo skonfiguruj ich recenzowanie.
command-suggest-question = pytanie
command-suggest-question-description = Napisz pytanie; gdy recenzent je zatwierdzi, trafi do zestawu z twoim podpisem.
command-suggest-question-deck = zestaw
command-suggest-question-deck-description = Zestaw tego serwera (domyślnie: jego zestaw community)
command-suggest-mine = moje
command-suggest-mine-description = Twoje propozycje na tym serwerze i decyzje recenzentów.
command-suggest-setup = konfiguracja
command-suggest-setup-description = Gdzie i przez kogo recenzowane są propozycje i zgłoszenia (wymaga: Zarządzanie serwerem).
command-suggest-setup-channel = kanał
command-suggest-setup-channel-description = Kanał, na którym recenzenci je widzą
command-suggest-setup-role = rola
command-suggest-setup-role-description = Kto recenzuje (domyślnie: członkowie z uprawnieniem Zarządzanie wiadomościami)

command-decks = zestawy
command-decks-description = Zestawy, których możesz tu używać: id, tytuł, liczba pytań i tematy.

command-deck = zestaw
command-deck-description = Zarządzaj własnymi zestawami tego serwera.
command-deck-upload = prześlij
command-deck-upload-description = Prześlij własny zestaw serwera (JSON, CSV lub TSV): sprawdzany jak `quizbot check`, gotowy od razu.
command-deck-upload-file = plik
command-deck-upload-file-description = Zestaw: plik .json, .csv, .tsv lub .txt, maks. 1 MiB; nazwa pliku to id zestawu
command-deck-upload-replace = zastąp
command-deck-upload-replace-description = Zastąp zestaw serwera o tym samym id (wyniki pytań, które w nim zostaną, są zachowane)
command-deck-remove = usuń
command-deck-remove-description = Usuń własny zestaw serwera; jego otwarte pytania się zamkną, punkty zostają.
command-deck-remove-deck = zestaw
command-deck-remove-deck-description = Zestaw do usunięcia
command-deck-download = pobierz
command-deck-download-description = Zestaw jako plik JSON, do edycji i ponownego przesłania.
command-deck-download-deck = zestaw
command-deck-download-deck-description = Zestaw do pobrania
command-deck-default = domyślny
command-deck-default-description = Zestaw, którego `/quiz`, `/runda`, `/fiszka` i `/pytanie-dnia` używają tu, gdy nie podasz innego.
command-deck-default-deck = zestaw
command-deck-default-deck-description = Zestaw używany domyślnie na tym serwerze

command-scores = wyniki
command-scores-description = Zabierz ze sobą wyniki serwera i statystyki pytań.
command-scores-export = eksportuj
command-scores-export-description = Wyniki serwera i statystyki pytań jako dwa pliki CSV.

command-dashboard = panel
command-dashboard-description = Prywatny link do stron WWW serwera (24 h); unieważnij:True wyłącza wszystkie (Zarządzanie serwerem).
command-dashboard-revoke = unieważnij
command-dashboard-revoke-description = True: wszystkie linki do panelu tego serwera przestają działać (wymaga: Zarządzanie serwerem)

command-help = pomoc
command-help-description = Co robi każde polecenie.


command-language = język
command-language-description = Język pytań, rozwiązań, rund i pytań dnia na tym serwerze.
command-language-set = ustaw
command-language-set-description = Ustaw język pytań i wyników na tym serwerze (wymaga: Zarządzanie serwerem).
command-language-set-language = język
command-language-set-language-description = Język, który zna bot, np. de lub pt-BR
command-language-show = pokaż
command-language-show-description = Język, w którym bot pisze na tym serwerze, i dostępne języki.
command-language-reset = resetuj
command-language-reset-description = Wróć do języka serwera ustawionego w Discordzie (wymaga: Zarządzanie serwerem).
