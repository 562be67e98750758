# Źródłem jest en-US: każdy inny język ma dokładnie te same klucze, z tymi samymi argumentami.

# Nazwa tego języka, tak jak zapisują ją jego użytkownicy.
language-name = Polski

## Pytanie na kanale, jego rozwiązanie i to, co słyszy osoba odpowiadająca.

quiz-posted = Pytanie pojawiło się poniżej. Zamknie się { $closes }.
quiz-title = Quiz · { $deck }
quiz-typed-hint = Kliknij **Odpowiedz** i wpisz odpowiedź: wielkość liter, znaki diakrytyczne i drobne literówki nie mają znaczenia.
quiz-closes = Zamknie się { $closes }.
quiz-footer = { $deck } · { $topic } · jedna odpowiedź na osobę; prywatnie dam ci znać, czy odpowiedź jest dobra
quiz-answer-button = Odpowiedz
quiz-question-gone = (tego pytania nie ma już w zestawie)
reveal-title = Zamknięte · poprawna odpowiedź: { $letter }
reveal-title-typed = Zamknięte · poprawna odpowiedź poniżej
reveal-answered = { $answered ->
    [one] { $answered } odpowiedź
    [few] { $answered } odpowiedzi
    [many] { $answered } odpowiedzi
   *[other] { $answered } odpowiedzi
} · { $right ->
    [one] { $right } poprawna
    [few] { $right } poprawne
    [many] { $right } poprawnych
   *[other] { $right } poprawnej
}
reveal-no-one = Nikt.
reveal-why = Wyjaśnienie
reveal-written-by = Autor
report-button = Zgłoś problem
answered-right = ✅ Dobrze! +{ $points ->
    [one] { $points } punkt
    [few] { $points } punkty
    [many] { $points } punktów
   *[other] { $points } punktu
}
answered-wrong = ❌ Nie tym razem
answered-wrong-choice = ❌ Nie tym razem: twój wybór to { $letter }
answered-the-answer = Poprawna odpowiedź to **{ $letter }.** { $answer }
answered-typed-accepted = Twoja odpowiedź „{ $typed }” została zaliczona: poprawna odpowiedź to **{ $answer }**.
answered-typed-accepted-as = Twoja odpowiedź „{ $typed }” została zaliczona jako **{ $accepted }**; poprawna odpowiedź to **{ $answer }**.
answered-typed-wrong = Twoja odpowiedź: „{ $typed }”; poprawna odpowiedź to **{ $answer }**.

## Rundy.

round-title = Runda się zaczyna
round-started = { $starter } rozpoczyna rundę: { $total ->
    [one] { $total } pytanie
    [few] { $total } pytania
    [many] { $total } pytań
   *[other] { $total } pytania
} z zestawu `{ $deck }`, { $seconds ->
    [one] { $seconds } sekunda
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
} na każde. Odpowiadaj przyciskami; po każdym pytaniu pokażę klasyfikację.
round-started-topic = { $starter } rozpoczyna rundę: { $total ->
    [one] { $total } pytanie
    [few] { $total } pytania
    [many] { $total } pytań
   *[other] { $total } pytania
} z zestawu `{ $deck }` (temat: { $topic }), { $seconds ->
    [one] { $seconds } sekunda
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
} na każde. Odpowiadaj przyciskami; po każdym pytaniu pokażę klasyfikację.
round-no-answers = Jeszcze nikt nie odpowiedział.
round-row = **{ $place }.** { $who } · { $points ->
    [one] { $points } punkt
    [few] { $points } punkty
    [many] { $points } punktów
   *[other] { $points } punktu
} · { $right }/{ $answered } dobrze
round-row-fastest = **{ $place }.** { $who } · { $points ->
    [one] { $points } punkt
    [few] { $points } punkty
    [many] { $points } punktów
   *[other] { $points } punktu
} · { $right }/{ $answered } dobrze · najszybciej { $fastest }×
round-standings = Klasyfikacja po pytaniu { $done } z { $total }
round-final = Klasyfikacja końcowa
round-finished = Koniec rundy: { $done ->
    [one] zadano { $done } pytanie
    [few] zadano wszystkie { $done } pytania
    [many] zadano wszystkie { $done } pytań
   *[other] zadano wszystkie { $done } pytania
}.
round-stopped = Runda zatrzymana po { $done } z { $total ->
    [one] { $total } pytania
    [few] { $total } pytań
    [many] { $total } pytań
   *[other] { $total } pytania
}.
round-cannot-post = Runda zakończona po { $done } z { $total ->
    [one] { $total } pytania
    [few] { $total } pytań
    [many] { $total } pytań
   *[other] { $total } pytania
}: nie udało mi się wysłać następnego.
round-points-count = Punkty liczą się do `/wynik` i `/ranking`.

## Wyniki i rankingi.

score-title = Wynik · { $name }
score-points = Punkty
score-rank = Miejsce
score-rank-of = #{ $rank } z { $of }
score-accuracy = Skuteczność
score-answered = Odpowiedzi
score-correct = Poprawne
score-streak = Seria
score-daily-streak = Dni z rzędu
score-with-best = { $now } (rekord { $best })
score-week = W tym tygodniu
score-month = W tym miesiącu
score-by-topic = Według tematów, od najsłabszego
score-topic-line = { $topic }: { $correct }/{ $answered } ({ $share })
score-period = { $points ->
    [one] { $points } punkt
    [few] { $points } punkty
    [many] { $points } punktów
   *[other] { $points } punktu
}
score-period-ranked = { $points ->
    [one] { $points } punkt
    [few] { $points } punkty
    [many] { $points } punktów
   *[other] { $points } punktu
} (#{ $rank })
leaderboard-server = Ranking · ten serwer
leaderboard-channel = Ranking · ten kanał
leaderboard-week = Ranking · ten tydzień
leaderboard-month = Ranking · ten miesiąc
leaderboard-last-week = Zeszły tydzień
leaderboard-last-month = Zeszły miesiąc
leaderboard-row = **{ $rank }.** { $who } · { $points ->
    [one] { $points } punkt
    [few] { $points } punkty
    [many] { $points } punktów
   *[other] { $points } punktu
} · { $correct }/{ $answered } dobrze
leaderboard-winner = **{ $place }.** { $who } · { $points ->
    [one] { $points } punkt
    [few] { $points } punkty
    [many] { $points } punktów
   *[other] { $points } punktu
}
leaderboard-empty = W tym okresie nikt jeszcze nie zdobył punktów.
leaderboard-page = Strona { $page } z { $pages }
leaderboard-previous = Poprzednia
leaderboard-next = Następna

## Zestawy i pomoc.

decks-title = Zestawy
decks-deck = { $title } · `{ $id }`
decks-own-deck = { $title } · `{ $id }` · z tego serwera
decks-summary = { $questions ->
        [one] { $questions } pytanie
        [few] { $questions } pytania
        [many] { $questions } pytań
       *[other] { $questions } pytania
    }
    Tematy: { $topics }
decks-language = Język pytań: { $language }
decks-more = Wczytano jeszcze { $count ->
    [one] { $count } zestaw
    [few] { $count } zestawy
    [many] { $count } zestawów
   *[other] { $count } zestawu
}.
decks-set-aside = Zestaw `{ $id }` tego serwera nie wczytał się przy starcie bota i został odłożony na bok ({ $why }). Jego wyniki i powtórki są zachowane: prześlij go ponownie przez `/zestaw prześlij` albo usuń go przez `/zestaw usuń`.
help-line = `/{ $command }`: { $description }

## Pytanie dnia.

daily-title = Pytanie dnia
daily-every-day = Codziennie o **{ $time }** ({ $zone }) na kanale <#{ $channel }>, z { $what }.
daily-from-deck = zestawu `{ $deck }`
daily-from-deck-topic = zestawu `{ $deck }`, temat: { $topic }
daily-from-default = domyślnego zestawu
daily-next = Następne pytanie
daily-next-at = { $local } ({ $relative })
daily-last-posted = Ostatnio wysłane
daily-last-error = Ostatni błąd wysyłki
daily-error = { $date }: { $message } (ostatnia próba { $relative }; kolejna przy następnej wysyłce)

## Odpowiedzi wpisywane.

typed-form-title = Odpowiedź
typed-form-label = Twoja odpowiedź

## Fiszki i powtórki.

card-flashcard = Fiszka
card-review = Powtórka
card-review-new = Powtórka · nowa fiszka
card-review-done = Powtórka · zrobione: { $done }
card-review-done-new = Powtórka · zrobione: { $done } · nowa fiszka
card-heading = { $heading } · { $deck }
card-reveal = Pokaż odpowiedź
card-answer = **Odpowiedź:** { $answer }
card-written-by = *Autor: { $who }*
card-back-footer = Jak dobrze to znasz? Na każdym przycisku widać, kiedy zobaczysz tę fiszkę znowu.
grade-again = Powtórz
grade-hard = Trudne
grade-good = Dobre
grade-easy = Łatwe
grade-button = { $grade } · { $interval }
graded-title = { $grade }: do zobaczenia za { $interval }
graded-due = Kolejna powtórka { $due }. `/powtórka` pokaże ci tę fiszkę, gdy przyjdzie pora.
session-nothing-due = Nie masz nic do powtórki.
session-done = Gotowe: { $reviewed ->
    [one] { $reviewed } powtórzona fiszka
    [few] { $reviewed } powtórzone fiszki
    [many] { $reviewed } powtórzonych fiszek
   *[other] { $reviewed } powtórzonej fiszki
}, zapamiętano { $share }.
session-next = Następna fiszka { $next }; jutro do powtórki: { $tomorrow ->
    [one] { $tomorrow } fiszka
    [few] { $tomorrow } fiszki
    [many] { $tomorrow } fiszek
   *[other] { $tomorrow } fiszki
}.
session-empty = Nie masz jeszcze nic do powtórki: fiszki trafiają do twojego planu, gdy ocenisz fiszkę z `/fiszka` albo odpowiesz na pytanie z quizu.
reminder-title = Czas na powtórkę
reminder-due = { $due ->
    [one] { $due } fiszka czeka na powtórkę.
    [few] { $due } fiszki czekają na powtórkę.
    [many] { $due } fiszek czeka na powtórkę.
   *[other] { $due } fiszki czeka na powtórkę.
} Kilka minut teraz, a zapamiętasz je na tygodnie. Fiszki z własnych zestawów danego serwera powtarzasz przez `/powtórka` na tym serwerze.

## Usunięcie zestawu.

deck-removed-note = Zestaw tego pytania został usunięty przez administratora serwera; punkty zostają.
deck-removed = Zestaw `{ $deck }` został usunięty z tego serwera. Zdobyte w nim punkty zostają.

## Statystyki pytań.

stats-hardest-line = { $place }. { $question } · { $correct } z { $answered } dobrze
stats-most-chose = najczęściej wybierana: „{ $wrong }” ({ $count })
stats-title = Najtrudniejsze pytania · { $deck }
stats-title-topic = Najtrudniejsze pytania · { $deck } · { $topic }
stats-reported = Zgłoszone jako błędne
stats-footer = { $answers ->
    [one] { $answers } odpowiedź
    [few] { $answers } odpowiedzi
    [many] { $answers } odpowiedzi
   *[other] { $answers } odpowiedzi
} na tym serwerze · pytania, które mają co najmniej { $at_least ->
    [one] { $at_least } odpowiedź
    [few] { $at_least } odpowiedzi
    [many] { $at_least } odpowiedzi
   *[other] { $at_least } odpowiedzi
}
stats-quiz-me = Quiz z tych pytań
stats-flashcards = Fiszki
stats-cards-footer = Odpowiedzi są ukryte: kliknij którąś, żeby ją zobaczyć. Poniżej jedno pytanie jako fiszka.

## /język.

language-set = Pytania, rozwiązania, rundy i pytania dnia na tym serwerze są teraz w języku: { $language }. Prywatne odpowiedzi bota są w języku, który każdy członek ma ustawiony w swoim Discordzie.
language-show-chosen = Język moich wiadomości na tym serwerze: { $language } (wybrany przez `/język ustaw`).
language-show-discord = Język moich wiadomości na tym serwerze: { $language } – to język serwera ustawiony w Discordzie. Inny wybierzesz przez `/język ustaw`.
language-offered = Języki: { $languages }
language-reset = Na tym serwerze znowu piszę w języku serwera ustawionym w Discordzie: { $language }.

## Statystyki i ustawienia powtórek.

review-stats-title = Statystyki powtórek
review-stats-none = jeszcze brak powtórek
review-stats-retention = { $share } ({ $remembered } z { $graded })
review-stats-new = Nowe
review-stats-learning = W nauce
review-stats-review = Powtarzane
review-stats-remembered = { $days ->
    [one] Zapamiętane, ostatni { $days } dzień
    [few] Zapamiętane, ostatnie { $days } dni
    [many] Zapamiętane, ostatnie { $days } dni
   *[other] Zapamiętane, ostatnie { $days } dnia
}
review-stats-week = Do powtórki: dziś i przez kolejne 6 dni
review-stats-settings = Ustawienia
review-settings-title = Twoje powtórki
review-settings-reminder = wiadomość prywatna o **{ $time }** ({ $zone }) w dni, gdy masz fiszki do powtórki; następna { $next }
review-settings-no-reminder = wyłączone
review-settings = Pożądana retencja **{ $retention }** · { $new_per_day ->
    [one] **{ $new_per_day }** nowa fiszka
    [few] **{ $new_per_day }** nowe fiszki
    [many] **{ $new_per_day }** nowych fiszek
   *[other] **{ $new_per_day }** nowej fiszki
} dziennie · dzień zaczyna się o północy ({ $zone })
    Przypomnienie: { $remind }

## Liczby i odcinki czasu.

# Same liczby bot zapisuje w notacji danego języka (1 234,5 / 1,234.5).
# chrono strftime: %a day, %-d day of month, %b month, %Z zone.
format-date-time = %a, %-d %b, %H:%M %Z
number-percent = { $n }%
# Odcinki czasu na przyciskach ocen, tak krótkie jak w Anki: 10 min, 5 godz., 4 d, 1,5 mies., 2,1 r.
span-minutes = { $n } min
span-hours = { $n } godz.
span-days = { $n } d
span-months = { $n } mies.
span-years = { $n } r.
