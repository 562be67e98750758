# Nagłówki kolumn w dwóch plikach CSV z `/wyniki eksportuj`. Skuteczność członka w każdym temacie to
# osobna kolumna z nagłówkiem `{ csv-accuracy }: <temat>`; najczęściej wybierane błędne opcje są numerowane.

## Wyniki, jeden wiersz na członka.

csv-user-id = id użytkownika
csv-name = nazwa
csv-points = punkty
csv-answered = odpowiedzi
csv-correct = poprawne
csv-accuracy = skuteczność
csv-streak = seria
csv-best-streak = najlepsza seria
csv-daily-streak = dni z rzędu
csv-best-daily-streak = rekord dni z rzędu
csv-points-this-week = punkty w tym tygodniu
csv-points-this-month = punkty w tym miesiącu

## Statystyki pytań, jeden wiersz na pytanie.

csv-deck = zestaw
csv-question-id = id pytania
csv-topic = temat
csv-asked = ile razy zadane
csv-answers = odpowiedzi
csv-right = poprawne
csv-share-right = odsetek poprawnych
csv-median-seconds-to-right-under = mediana sekund do poprawnej odpowiedzi
csv-other-wrong = inne błędne
csv-reports = zgłoszenia
csv-wrong-option = błędna opcja { $n }
csv-wrong-option-chosen = błędna opcja { $n }: ile razy wybrana
