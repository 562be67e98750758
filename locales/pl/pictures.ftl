# Słowa na obrazkach: karta z `/wynik`, karta z `/powtórka statystyki` i najtrudniejsze pytania
# z `/statystyki`. Wiersz, który się nie mieści, zostaje pomniejszony, więc krótszy jest czytelniejszy.

## Karta wyników.

picture-score-title = Wyniki: { $name }
picture-score-summary = { $points ->
    [one] { $points } punkt
    [few] { $points } punkty
    [many] { $points } punktów
   *[other] { $points } punktu
} · { $share } poprawnych · { $answered ->
    [one] { $answered } odpowiedź
    [few] { $answered } odpowiedzi
    [many] { $answered } odpowiedzi
   *[other] { $answered } odpowiedzi
}
picture-rank-of = z { $of }
picture-streak = Seria
picture-daily-streak = Dni z rzędu
picture-this-week = W tym tygodniu
picture-with-best = { $now } · rekord { $best }
picture-week-points = { $points ->
    [one] { $points } punkt
    [few] { $points } punkty
    [many] { $points } punktów
   *[other] { $points } punktu
}
picture-topics = Tematy, od najsłabszego
picture-points-30 = Punkty, ostatnie 30 dni
picture-in-all = łącznie { $total }
picture-best-day = najlepszy dzień: { $most }
picture-30-days-ago = 30 dni temu
picture-today = dziś

## Karta powtórek.

picture-review-title = Powtórki: { $name }
picture-review-summary = { $cards ->
    [one] { $cards } fiszka w twoim planie
    [few] { $cards } fiszki w twoim planie
    [many] { $cards } fiszek w twoim planie
   *[other] { $cards } fiszki w twoim planie
}
picture-count = { $n }
picture-new = Nowe
picture-learning = W nauce
picture-review = Powtarzane
picture-remembered = { $days ->
    [one] Zapamiętane, ostatni { $days } dzień
    [few] Zapamiętane, ostatnie { $days } dni
    [many] Zapamiętane, ostatnie { $days } dni
   *[other] Zapamiętane, ostatnie { $days } dnia
}
picture-no-reviews = Jeszcze brak powtórek znanych już fiszek
picture-remembered-of = { $remembered } z { $graded ->
    [one] { $graded } powtórki
    [few] { $graded } powtórek
    [many] { $graded } powtórek
   *[other] { $graded } powtórki
}
picture-due-7 = Do powtórki w ciągu 7 dni
picture-in-6-days = za 6 dni

## Najtrudniejsze pytania.

picture-stats-title = Najtrudniejsze pytania · { $deck }
picture-hardest = Najtrudniejsze pytania
picture-stats-counted = { $answers ->
    [one] { $answers } odpowiedź policzona na tym serwerze
    [few] { $answers } odpowiedzi policzone na tym serwerze
    [many] { $answers } odpowiedzi policzonych na tym serwerze
   *[other] { $answers } odpowiedzi policzonej na tym serwerze
}
picture-stats-counted-topic = { $answers ->
    [one] { $answers } odpowiedź policzona na tym serwerze · temat: { $topic }
    [few] { $answers } odpowiedzi policzone na tym serwerze · temat: { $topic }
    [many] { $answers } odpowiedzi policzonych na tym serwerze · temat: { $topic }
   *[other] { $answers } odpowiedzi policzonej na tym serwerze · temat: { $topic }
}
picture-stats-right = { $correct } z { $answered } dobrze
picture-stats-right-chosen = { $correct } z { $answered } dobrze · „{ $wrong }” wybrano { $chosen }×
picture-by-topic = Według tematów
