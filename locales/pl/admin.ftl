# Co słyszą administratorzy serwera: przesyłanie i zmiany zestawów, eksport wyników, linki do panelu
# oraz odpowiedzi na zatrzymanie rundy lub pytania dnia.

## Zestawy.

upload-refused = Plik `{ $file }` nie został wczytany i nic się nie zmieniło. Problemy:
    ```
    { $problems }```
upload-done = Zestaw `{ $deck }` ({ $title }) należy teraz do tego serwera: { $questions ->
    [one] { $questions } pytanie
    [few] { $questions } pytania
    [many] { $questions } pytań
   *[other] { $questions } pytania
}. Wypróbuj `/quiz zestaw:{ $deck }`.
download-note = `{ $file }`: zmień plik i prześlij go przez `/zestaw prześlij` (pod inną nazwą, jeśli to wbudowany zestaw).
default-deck-set = `{ $deck }` ({ $title }) to teraz domyślny zestaw tego serwera.

## Eksport wyników.

export-note = Wyniki tego serwera (jeden wiersz na członka) i statystyki pytań (jeden wiersz na każde pytanie zadane na tym serwerze).
export-cut-scores = Cały plik przekroczyłby limit załączników Discorda ({ $mib } MiB): zawiera { $rows ->
    [one] pierwszego { $rows } członka
    [few] pierwszych { $rows } członków
    [many] pierwszych { $rows } członków
   *[other] pierwszych { $rows } członka
} według punktów, a pomija { $left ->
    [one] { $left } kolejnego
    [few] { $left } kolejnych
    [many] { $left } kolejnych
   *[other] { $left } kolejnego
}.
export-cut-questions = Cały plik przekroczyłby limit załączników Discorda ({ $mib } MiB): zawiera { $rows ->
    [one] pierwsze { $rows } pytanie
    [few] pierwsze { $rows } pytania
    [many] pierwszych { $rows } pytań
   *[other] pierwsze { $rows } pytania
} (według zestawu i id), a pomija { $left ->
    [one] { $left } kolejne
    [few] { $left } kolejne
    [many] { $left } kolejnych
   *[other] { $left } kolejnego
}.

## Linki do panelu.

dashboard-revoked-title = Wszystkie linki do panelu unieważnione
dashboard-revoked = Wszystkie dotychczasowe linki do panelu tego serwera już niczego nie otwierają. Członkowie dostaną nowy przez `/panel`.
dashboard-title = Twój link do panelu
dashboard-open = Otwórz strony serwera
dashboard-yours = Ten link jest twój: każdy, kto go ma, widzi te strony; link wygasa { $expires }. Członkowie z uprawnieniem Zarządzanie serwerem mogą unieważnić wszystkie linki przez `/panel unieważnij:True`.
dashboard-yours-manager = Ten link jest twój: każdy, kto go ma, widzi te strony i eksport wyników; link wygasa { $expires }. Członkowie z uprawnieniem Zarządzanie serwerem mogą unieważnić wszystkie linki przez `/panel unieważnij:True`.

## Zatrzymywanie.

round-stopping = Zatrzymuję rundę: poniżej dotychczasowa klasyfikacja.
daily-off = Pytanie dnia jest wyłączone. Ostatnie wysłane pytanie będzie otwarte, aż minie jego czas.
reminder-start = Zacznij powtórkę
