# Co członek słyszy prywatnie, gdy nie da się zrobić tego, o co poprosił.

error-went-wrong = Coś poszło nie tak po mojej stronie; błąd został zapisany. Spróbuj ponownie.
error-unknown-command = Nie znam tego polecenia (może zostało usunięte). `/pomoc` pokazuje moje polecenia.
error-missing-permissions = Potrzebujesz do tego uprawnień: { $permissions }.
error-permissions-unknown = nie udało mi się sprawdzić, jakich
error-bad-option = Nie mogę odczytać tej opcji: { $error }

error-not-recognised = Nie rozpoznaję tego przycisku.
error-question-closed = To pytanie jest już zamknięte.
error-already-answered = To pytanie ma już twoją odpowiedź ({ $letter }); liczy się pierwsza odpowiedź.
error-already-typed = To pytanie ma już twoją odpowiedź; liczy się pierwsza odpowiedź.
error-unknown-deck = Nie ma zestawu `{ $deck }`. `/zestawy` pokazuje dostępne zestawy.
error-unknown-topic = Zestaw `{ $deck }` nie ma tematu `{ $topic }`. `/zestawy` pokazuje jego tematy.
error-flashcards-only = Zestawu `{ $deck }` można używać tylko z `/fiszka` i `/powtórka` albo jako pytań z wpisywaną odpowiedzią: niektóre jego pytania nie mają błędnych opcji, a w zestawie jest za mało różnych odpowiedzi, żeby ułożyć cztery warianty.
error-no-score = Nie masz jeszcze żadnej odpowiedzi na tym serwerze: spróbuj `/quiz`.
error-no-score-for = { $name } nie ma jeszcze żadnej odpowiedzi na tym serwerze.
error-no-hard-questions = Żadne pytanie z zestawu `{ $deck }` nie ma jeszcze na tym serwerze { $at_least ->
    [one] { $at_least } odpowiedzi
    [few] { $at_least } odpowiedzi
    [many] { $at_least } odpowiedzi
   *[other] { $at_least } odpowiedzi
}, więc żadnego nie można nazwać trudnym: zagraj w `/quiz` albo `/runda`, a potem zapytaj znowu.
error-no-such-page = Nie ma takiej strony: { $pages ->
    [one] jest tylko { $pages } strona
    [few] są { $pages } strony
    [many] jest { $pages } stron
   *[other] jest { $pages } strony
}.
error-empty-leaderboard = { $table ->
    [channel] Nikt jeszcze nie zdobył punktów na tym kanale: spróbuj `/quiz`.
   *[server] Nikt jeszcze nie zdobył punktów na tym serwerze: spróbuj `/quiz`.
}
error-channel-period = Rankingi tygodniowe i miesięczne są tylko dla całego serwera: pomiń `zakres` albo wybierz `okres: od początku`, żeby zobaczyć ranking tego kanału.
error-guild-only = Użyj tego na serwerze: to polecenie korzysta z wyników serwera.
error-cannot-post = Nie mogę pisać na tym kanale, bo brakuje mi tu uprawnień: { $missing }. Poproś administratora o ich nadanie albo użyj innego kanału.
error-round-running = Na tym kanale trwa już runda (rozpoczęta przez { $starter }; { $left ->
    [one] zostało { $left } pytanie
    [few] zostały { $left } pytania
    [many] zostało { $left } pytań
   *[other] zostało { $left } pytania
}). `/runda stop` ją kończy.
error-no-round = Na tym kanale nie trwa żadna runda.
error-not-your-round = Tę rundę może zatrzymać tylko osoba, która ją rozpoczęła ({ $starter }), albo członek z uprawnieniem Zarządzanie wiadomościami.
error-deck-exists = Zestaw `{ $deck }` już istnieje. Prześlij go ponownie z `zastąp: True`, żeby go zastąpić; wyniki i powtórki pytań, które w nim zostaną, są zachowane.
error-bundled-deck = `{ $deck }` to wbudowany zestaw, dostępny na każdym serwerze: nie można go zastąpić ani usunąć z poziomu Discorda. Prześlij swoją wersję pod inną nazwą pliku.
error-too-many-decks = Ten serwer ma { $count ->
    [one] { $count } własny zestaw
    [few] { $count } własne zestawy
    [many] { $count } własnych zestawów
   *[other] { $count } własnego zestawu
}, czyli najwięcej, ile może. Najpierw usuń jeden przez `/zestaw usuń`.
error-deck-memory-full = Bot przechowuje już tyle zestawów serwerów, ile pozwala jego operator (łącznie { $mib } MiB), więc nie może teraz przyjąć tego. Usuń któryś zestaw tego serwera albo prześlij mniejszy; operator został powiadomiony.
error-too-many-topics = Z tym zestawem serwer miałby { $total ->
    [one] { $total } temat
    [few] { $total } tematy
    [many] { $total } tematów
   *[other] { $total } tematu
}, a może mieć najwyżej { $max } (wyniki są liczone osobno dla każdego tematu). Użyj mniej tematów.
error-upload-in-progress = Sprawdzam właśnie inny zestaw tego serwera: spróbuj ponownie za chwilę.
error-uploads-busy = Sprawdzam teraz zestawy innych serwerów: spróbuj ponownie za chwilę.
error-cooldown = Zwolnij: możesz znowu użyć `/quiz` za { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
error-channel-busy = Na tym kanale { $open ->
    [one] jest już { $open } otwarte pytanie
    [few] są już { $open } otwarte pytania
    [many] jest już { $open } otwartych pytań
   *[other] jest już { $open } otwartego pytania
}. Najpierw na nie odpowiedz albo spróbuj ponownie, gdy któreś się zamknie.
error-need-permission = Do tego potrzebujesz uprawnienia { $permission }.
error-dashboard-off = Strony WWW tego bota są wyłączone: operator włącza je przez QUIZBOT_WEB_ADDR (zob. README).
error-cannot-post-in = Nie mogę pisać na kanale <#{ $channel }>, bo brakuje mi tam uprawnień: { $missing }. Poproś administratora o ich nadanie albo wybierz inny kanał.
error-no-daily = Ten serwer nie ma pytania dnia. Ustawisz je przez `/pytanie-dnia ustaw`.
error-discord-busy = Discord nie przyjął wiadomości ({ $why }); nic nie zostało policzone. Spróbuj ponownie za chwilę.
error-no-review-channel = Ten serwer nie ma jeszcze skonfigurowanych propozycji: członek z uprawnieniem Zarządzanie serwerem wskazuje przez `/propozycje konfiguracja` kanał, na którym recenzenci je widzą.
error-suggest-to-bundled = `{ $deck }` to wbudowany zestaw, dostępny na każdym serwerze: propozycje trafiają do własnego zestawu tego serwera. Pomiń `zestaw`, żeby zaproponować pytanie do zestawu `community` tego serwera.
error-too-many-suggestions = Masz na tym serwerze { $count ->
    [one] { $count } propozycję czekającą
    [few] { $count } propozycje czekające
    [many] { $count } propozycji czekających
   *[other] { $count } propozycji czekającej
} na recenzję, czyli najwięcej, ile może mieć jedna osoba. `/propozycje moje` je pokazuje; zaproponuj kolejną, gdy któraś zostanie rozpatrzona.
error-suggestions-full = Na tym serwerze { $count ->
    [one] czeka na recenzję { $count } propozycja
    [few] czekają na recenzję { $count } propozycje
    [many] czeka na recenzję { $count } propozycji
   *[other] czeka na recenzję { $count } propozycji
}, czyli najwięcej, ile może: spróbuj ponownie, gdy recenzenci nadrobią zaległości.
error-unknown-suggestion = Tej propozycji już tu nie ma.
error-already-approved = Ta propozycja została już zatwierdzona przez { $by }.
error-already-rejected = Ta propozycja została już odrzucona przez { $by }.
error-already-closed = Ta propozycja została już zamknięta: { $reason }
error-suggested-deck-gone = Zestaw `{ $deck }`, do którego była ta propozycja, został usunięty, więc nie można jej dodać; autor został powiadomiony.
error-not-reviewer = O propozycjach i zgłoszeniach decydują tylko recenzenci tego serwera: { $who }.
error-too-many-reports = Masz na tym serwerze { $count ->
    [one] { $count } otwarte zgłoszenie problemu
    [few] { $count } otwarte zgłoszenia problemów
    [many] { $count } otwartych zgłoszeń problemów
   *[other] { $count } otwartego zgłoszenia problemów
}, czyli najwięcej, ile może mieć jedna osoba: recenzenci się nimi zajmą.
error-reports-full = Na tym serwerze { $count ->
    [one] jest { $count } otwarte zgłoszenie problemu
    [few] są { $count } otwarte zgłoszenia problemów
    [many] jest { $count } otwartych zgłoszeń problemów
   *[other] jest { $count } otwartego zgłoszenia problemów
}, czyli najwięcej, ile może: spróbuj ponownie, gdy recenzenci nadrobią zaległości.
error-unknown-report = Tego zgłoszenia już tu nie ma.
error-report-closed = To zgłoszenie zostało już rozpatrzone.
error-question-gone = Tego pytania nie ma już w zestawie.
error-bundled-report = `{ $deck }` to wbudowany zestaw: jego pytań nie można edytować ani usuwać z poziomu Discorda, można tylko odrzucić zgłoszenie (zgłoszenia dotyczące wbudowanych zestawów widzi operator bota).
error-last-question = To ostatnie pytanie w zestawie `{ $deck }`: `/zestaw usuń` usuwa cały zestaw.
error-no-draft = Nie ma czego poprawiać: twój ostatni formularz został już wysłany albo bot w międzyczasie się zrestartował. Użyj polecenia jeszcze raz.
error-unknown-language = Nie znam języka `{ $code }`. Znam: { $languages }.

## Wpisane wartości, których nie da się użyć.

error-bad-time = `{ $time }` to nie jest godzina: użyj formatu GG:MM (24-godzinnego), np. 09:30.
error-unknown-zone = Nie znam strefy czasowej `{ $given }`: wybierz którąś z listy (np. { $suggestion }).
error-retention-outside = Pożądana retencja { $given } jest poza zakresem { $min }-{ $max }: przy niższej powtórki przychodzą za późno, żeby pomóc; przy wyższej ich liczba gwałtownie rośnie, a zysk jest niewielki.
error-too-many-new = { $given ->
    [one] { $given } nowa fiszka
    [few] { $given } nowe fiszki
    [many] { $given } nowych fiszek
   *[other] { $given } nowej fiszki
} dziennie to za dużo – pozwalam na najwyżej { $max }: każda nowa fiszka potem wraca na powtórki.
error-reason-length = Opis problemu musi mieć od 1 do { $max } znaków (wpisano: { $given }).
error-edit-would-not-load = Zestaw `{ $deck }` nie wczytałby się po tej zmianie:
    { $problems }
error-not-this-servers-channel = <#{ $channel }> nie jest kanałem tego serwera: wybierz jeden z jego kanałów.
error-not-a-text-channel = <#{ $channel }> nie jest kanałem tekstowym.
error-not-this-servers-role = <@&{ $role }> nie jest rolą tego serwera: wybierz jedną z jego ról.
error-not-a-deck-file = `{ $name }` nie jest zestawem: prześlij plik w formacie { $formats } (zob. `quizbot check` w README).
error-deck-file-too-large = Plik `{ $name }` ma więcej niż { $mib } MiB: podziel go na kilka zestawów.

## Uprawnienia Discorda, tak jak nazywają je jego ustawienia.

permission-view-channel = Wyświetlanie kanału
permission-send-messages = Wysyłanie wiadomości
permission-embed-links = Osadzanie linków
permission-attach-files = Załączanie plików
permission-read-message-history = Czytanie historii wiadomości
permission-manage-guild = Zarządzanie serwerem
permission-manage-messages = Zarządzanie wiadomościami
permission-administrator = Administrator
