# Propozycje pytań i zgłoszenia problemów: formularze, wiadomości i przyciski na kanale recenzji
# oraz to, co słyszą autor propozycji i osoba zgłaszająca problem.

## Formularz pytania (pięć pól) i formularze z jednym akapitem.

form-question = Pytanie
form-answer = Odpowiedź
form-wrong = Błędne opcje, jedna na wiersz (opcjonalnie)
form-explanation = Wyjaśnienie (opcjonalnie)
form-topic = Temat (opcjonalnie)
form-suggest-title = Zaproponuj pytanie
form-edit-suggestion = Edytuj propozycję
form-edit-question = Edytuj pytanie
form-reject-title = Odrzuć propozycję
form-reject-label = Dlaczego nie? (powód trafi do autora)
form-report-title = Zgłoś problem
form-report-label = Co jest nie tak z tym pytaniem?
form-refused = To pytanie łamie zasady zestawu, więc nie zostało wysłane; **Popraw** otworzy formularz ponownie z twoim tekstem.
    { $problems }
form-fix-it = Popraw

## Co widzą recenzenci na kanale recenzji.

reviewers-role = członkowie z rolą <@&{ $role }>
reviewers-managers = członkowie z uprawnieniem Zarządzanie wiadomościami
suggestion-no-wrong = *(brak błędnych opcji: do wyboru będą inne odpowiedzi z zestawu)*
suggestion-title = Propozycja pytania #{ $id } · zestaw `{ $deck }`
suggestion-by = Autor propozycji
suggestion-topic = Temat
suggestion-why = Wyjaśnienie
suggestion-status = Status
suggestion-waiting = Czeka na recenzenta: „Zatwierdź” dodaje pytanie do zestawu, „Edytuj” pozwala je najpierw zmienić, „Odrzuć” – podać powód odmowy.
suggestion-approved-by = ✅ Zatwierdzona przez <@{ $by }>: pytanie `{ $question }` w zestawie `{ $deck }`.
suggestion-rejected-by = ❌ Odrzucona przez <@{ $by }>: { $reason }
suggestion-closed = ❌ Zamknięta: { $reason }
suggestion-approve = Zatwierdź
suggestion-edit = Edytuj
suggestion-reject = Odrzuć
report-no-answers = jeszcze brak odpowiedzi
report-answers = { $answers ->
    [one] { $answers } odpowiedź, poprawne: { $right } ({ $share })
    [few] { $answers } odpowiedzi, poprawne: { $right } ({ $share })
    [many] { $answers } odpowiedzi, poprawne: { $right } ({ $share })
   *[other] { $answers } odpowiedzi, poprawne: { $right } ({ $share })
}
report-numbers = { $asked ->
    [one] Zadane tu raz
    [few] Zadane tu { $asked } razy
    [many] Zadane tu { $asked } razy
   *[other] Zadane tu { $asked } razy
} · { $right } · zgłoszenia problemów: { $reports }
report-title = Zgłoszenie problemu #{ $id } · zestaw `{ $deck }` ({ $title })
report-what = Co jest nie tak
report-by = Autor zgłoszenia
report-question = Pytanie
report-statistics = Statystyki pytania
report-bundled = To wbudowany zestaw: zmieniać go może tylko operator bota, który widzi otwarte zgłoszenia do tego zestawu. Odrzuć zgłoszenie, gdy je przeczytasz.
report-dismiss = Odrzuć
report-edit = Edytuj pytanie
report-remove = Usuń pytanie
report-dismissed-by = Odrzucone przez <@{ $by }>.
report-edited-by = Pytanie zostało poprawione przez <@{ $by }>.
report-removed-by = Pytanie zostało usunięte z zestawu przez <@{ $by }>.

## Co słyszą autor propozycji i osoba zgłaszająca problem.

suggestion-sent = Wysłano do recenzentów na kanale <#{ $channel }>. Dam ci znać, gdy zapadnie decyzja; `/propozycje moje` pokaże, na jakim etapie jest propozycja.
suggestion-not-posted = Nie udało mi się opublikować propozycji na kanale recenzji <#{ $channel }> ({ $why }), więc nie została wysłana. Poproś administratora, żeby pozwolił mi tam pisać (albo wybrał inny kanał przez `/propozycje konfiguracja`); **Popraw** wyśle ją ponownie.
report-thanks = Dziękuję! Twoje zgłoszenie trafiło do recenzentów tego serwera.
report-not-posted = Nie udało mi się opublikować twojego zgłoszenia na kanale recenzji <#{ $channel }> ({ $why }). Poproś administratora, żeby pozwolił mi tam pisać, a potem zgłoś problem jeszcze raz.
author-approved = ✅ Twoja propozycja pytania została zatwierdzona i dodana do zestawu `{ $deck }`: od teraz może pojawić się w `/quiz`, z twoim podpisem pod odpowiedzią.
author-rejected = ❌ Twoja propozycja pytania nie została dodana. Powód podany przez recenzentów: { $reason }
author-title = Twoja propozycja
mine-waiting = ⏳ czeka na recenzję
mine-approved = ✅ zatwierdzona, w zestawie `{ $deck }`
mine-rejected = ❌ nie została dodana: { $reason }
mine-none = Nie masz jeszcze żadnej propozycji pytania na tym serwerze: `/propozycje pytanie` otwiera formularz.
mine-title = Twoje propozycje
suggest-set-up = Propozycje i zgłoszenia problemów trafiają teraz na kanał <#{ $channel }>, gdzie decydują o nich { $reviewers }. Członkowie proponują pytania przez `/propozycje pytanie`, a problemy zgłaszają przyciskiem „Zgłoś problem” pod każdym zamkniętym pytaniem.
