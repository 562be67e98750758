# en-US é a origem: todas as outras localidades têm exatamente estas chaves, com os mesmos argumentos.

# O nome deste idioma, como quem o fala escreve.
language-name = Português (Brasil)

## Uma pergunta no canal, o gabarito e o que é dito a quem responde.

quiz-posted = Pergunta publicada abaixo; ela será encerrada { $closes }.
quiz-title = Quiz · { $deck }
quiz-typed-hint = Clique em **Responder** e digite a resposta: maiúsculas, acentos e pequenos erros de digitação não importam.
quiz-closes = Encerra { $closes }.
quiz-footer = { $deck } · { $topic } · uma resposta por pessoa; eu aviso em particular se você acertou
quiz-answer-button = Responder
quiz-question-gone = (esta pergunta não está mais no baralho)
reveal-title = Encerrada · a resposta é { $letter }
reveal-title-typed = Encerrada · a resposta está abaixo
reveal-answered = { $answered ->
    [0] ninguém respondeu
    [one] { $answered } respondeu
    [many] { $answered } responderam
   *[other] { $answered } responderam
} · { $right ->
    [0] ninguém acertou
    [one] { $right } acertou
    [many] { $right } acertaram
   *[other] { $right } acertaram
}
reveal-no-one = Ninguém.
reveal-why = Por quê
reveal-written-by = Autoria
report-button = Relatar problema
answered-right = ✅ Acertou! +{ $points ->
    [one] { $points } ponto
    [many] { $points } pontos
   *[other] { $points } pontos
}
answered-wrong = ❌ Não foi dessa vez
answered-wrong-choice = ❌ Não foi dessa vez: você escolheu { $letter }
answered-the-answer = A resposta é **{ $letter }.** { $answer }
answered-typed-accepted = Você digitou “{ $typed }”: aceito! A resposta é **{ $answer }**.
answered-typed-accepted-as = Você digitou “{ $typed }”, aceito como **{ $accepted }**; a resposta é **{ $answer }**.
answered-typed-wrong = Você digitou “{ $typed }”; a resposta é **{ $answer }**.

## Rodadas.

round-title = Rodada começando
round-started = { $starter } iniciou uma rodada de { $total ->
    [one] { $total } pergunta
    [many] { $total } perguntas
   *[other] { $total } perguntas
} do baralho `{ $deck }`, com { $seconds ->
    [one] { $seconds } segundo
    [many] { $seconds } segundos
   *[other] { $seconds } segundos
} para cada uma. Responda pelos botões; o placar aparece depois de cada pergunta.
round-started-topic = { $starter } iniciou uma rodada de { $total ->
    [one] { $total } pergunta
    [many] { $total } perguntas
   *[other] { $total } perguntas
} do baralho `{ $deck }` sobre { $topic }, com { $seconds ->
    [one] { $seconds } segundo
    [many] { $seconds } segundos
   *[other] { $seconds } segundos
} para cada uma. Responda pelos botões; o placar aparece depois de cada pergunta.
round-no-answers = Nenhuma resposta ainda.
round-row = **{ $place }.** { $who } · { $points ->
    [0] { $points } pontos
    [one] { $points } ponto
    [many] { $points } pontos
   *[other] { $points } pontos
} · { $right }/{ $answered } acertos
round-row-fastest = **{ $place }.** { $who } · { $points ->
    [0] { $points } pontos
    [one] { $points } ponto
    [many] { $points } pontos
   *[other] { $points } pontos
} · { $right }/{ $answered } acertos · resposta mais rápida { $fastest }×
round-standings = Placar da rodada após { $done } de { $total }
round-final = Placar final
round-finished = Fim da rodada: { $done ->
    [one] a única pergunta foi feita.
    [many] todas as { $done } perguntas foram feitas.
   *[other] todas as { $done } perguntas foram feitas.
}
round-stopped = Rodada interrompida após { $done } de { $total ->
    [one] { $total } pergunta.
    [many] { $total } perguntas.
   *[other] { $total } perguntas.
}
round-cannot-post = Rodada encerrada após { $done } de { $total ->
    [one] { $total } pergunta
    [many] { $total } perguntas
   *[other] { $total } perguntas
}: não consegui publicar a próxima.
round-points-count = Os pontos contam no `/pontos` e no `/ranking`.

## Pontuações e rankings.

score-title = Pontuação · { $name }
score-points = Pontos
score-rank = Posição
score-rank-of = #{ $rank } de { $of }
score-accuracy = Taxa de acerto
score-answered = Respondidas
score-correct = Corretas
score-streak = Sequência
score-daily-streak = Sequência diária
score-with-best = { $now } (recorde: { $best })
score-week = Esta semana
score-month = Este mês
score-by-topic = Por tema, do mais fraco ao mais forte
score-topic-line = { $topic }: { $correct }/{ $answered } ({ $share })
score-period = { $points ->
    [0] { $points } pontos
    [one] { $points } ponto
    [many] { $points } pontos
   *[other] { $points } pontos
}
score-period-ranked = { $points ->
    [0] { $points } pontos
    [one] { $points } ponto
    [many] { $points } pontos
   *[other] { $points } pontos
} (#{ $rank })
leaderboard-server = Ranking · este servidor
leaderboard-channel = Ranking · este canal
leaderboard-week = Ranking · esta semana
leaderboard-month = Ranking · este mês
leaderboard-last-week = Semana passada
leaderboard-last-month = Mês passado
leaderboard-row = **{ $rank }.** { $who } · { $points ->
    [0] { $points } pontos
    [one] { $points } ponto
    [many] { $points } pontos
   *[other] { $points } pontos
} · { $correct }/{ $answered } acertos
leaderboard-winner = **{ $place }.** { $who } · { $points ->
    [0] { $points } pontos
    [one] { $points } ponto
    [many] { $points } pontos
   *[other] { $points } pontos
}
leaderboard-empty = Ninguém pontuou neste período ainda.
leaderboard-page = Página { $page } de { $pages }
leaderboard-previous = Anterior
leaderboard-next = Próxima

## Baralhos e ajuda.

decks-title = Baralhos
decks-deck = { $title } · `{ $id }`
decks-own-deck = { $title } · `{ $id }` · deste servidor
decks-summary = { $questions ->
        [one] { $questions } pergunta
        [many] { $questions } perguntas
       *[other] { $questions } perguntas
    }
    Temas: { $topics }
decks-language = Perguntas em { $language }
decks-more = { $count ->
    [one] Há mais { $count } baralho carregado.
    [many] Há mais { $count } baralhos carregados.
   *[other] Há mais { $count } baralhos carregados.
}
decks-set-aside = O baralho `{ $id }` deste servidor não carregou quando o bot foi iniciado e ficou de lado ({ $why }). As pontuações e revisões dele estão guardadas: envie o baralho de novo com `/baralho enviar` ou remova com `/baralho remover`.
help-line = `/{ $command }`: { $description }

## A pergunta do dia.

daily-title = Pergunta do dia
daily-every-day = Todo dia às **{ $time }** ({ $zone }) em <#{ $channel }>, usando { $what }.
daily-from-deck = o baralho `{ $deck }`
daily-from-deck-topic = o baralho `{ $deck }`, tema { $topic }
daily-from-default = o baralho padrão
daily-next = Próxima publicação
daily-next-at = { $local } ({ $relative })
daily-last-posted = Última publicação
daily-last-error = Último erro de envio
daily-error = { $date }: { $message } (tentei { $relative }; tento de novo na próxima publicação)

## Respostas digitadas.

typed-form-title = Resposta
typed-form-label = Sua resposta

## Flashcards e revisões.

card-flashcard = Flashcard
card-review = Revisão
card-review-new = Revisão · cartão novo
card-review-done = Revisão · { $done ->
    [one] { $done } feita
    [many] { $done } feitas
   *[other] { $done } feitas
}
card-review-done-new = Revisão · { $done ->
    [one] { $done } feita
    [many] { $done } feitas
   *[other] { $done } feitas
} · cartão novo
card-heading = { $heading } · { $deck }
card-reveal = Mostrar resposta
card-answer = **Resposta:** { $answer }
card-written-by = *Autoria: { $who }*
card-back-footer = Quanto você lembrava? Cada botão mostra quando este cartão volta para você.
grade-again = De novo
grade-hard = Difícil
grade-good = Bom
grade-easy = Fácil
grade-button = { $grade } · { $interval }
graded-title = { $grade }: nos vemos em { $interval }
graded-due = Próxima revisão: { $due }. O `/revisar` traz o cartão de volta quando chegar a hora.
session-nothing-due = Nada para revisar agora.
session-done = Pronto: { $reviewed ->
    [one] { $reviewed } cartão revisado
    [many] { $reviewed } cartões revisados
   *[other] { $reviewed } cartões revisados
}, e você lembrou de { $share }.
session-next = Próximo cartão: { $next }; { $tomorrow ->
    [0] nenhum cartão para amanhã.
    [one] { $tomorrow } cartão para amanhã.
    [many] { $tomorrow } cartões para amanhã.
   *[other] { $tomorrow } cartões para amanhã.
}
session-empty = Nada para revisar ainda: os cartões entram na sua agenda quando você avalia um `/flashcard` ou responde a uma pergunta de quiz.
reminder-title = Hora de revisar
reminder-due = { $due ->
    [one] Você tem { $due } cartão para revisar.
    [many] Você tem { $due } cartões para revisar.
   *[other] Você tem { $due } cartões para revisar.
} Alguns minutos agora e você se lembra deles por semanas. Os cartões dos baralhos próprios de um servidor são revisados com `/revisar` nesse servidor.

## Remoção de baralho.

deck-removed-note = O baralho desta pergunta foi removido por um admin do servidor; os pontos continuam valendo.
deck-removed = O baralho `{ $deck }` foi removido deste servidor. Os pontos ganhos com ele continuam valendo.

## Estatísticas das perguntas.

stats-hardest-line = { $place }. { $question } · { $correct ->
    [0] { $correct } de { $answered } acertaram
    [one] { $correct } de { $answered } acertou
    [many] { $correct } de { $answered } acertaram
   *[other] { $correct } de { $answered } acertaram
}
stats-most-chose = mais escolhida: “{ $wrong }” ({ $count })
stats-title = Perguntas mais difíceis · { $deck }
stats-title-topic = Perguntas mais difíceis · { $deck } · { $topic }
stats-reported = Relatadas como erradas
stats-footer = { $answers ->
    [one] { $answers } resposta
    [many] { $answers } respostas
   *[other] { $answers } respostas
} neste servidor · perguntas com pelo menos { $at_least ->
    [one] { $at_least } resposta
    [many] { $at_least } respostas
   *[other] { $at_least } respostas
}
stats-quiz-me = Fazer quiz com estas
stats-flashcards = Flashcards
stats-cards-footer = As respostas estão ocultas: clique em uma para ver. Abaixo, uma delas como flashcard.

## /idioma.

language-set = As perguntas, gabaritos, rodadas e perguntas do dia deste servidor agora estão em { $language }. As respostas privadas seguem o idioma do Discord de cada membro.
language-show-chosen = As publicações deste servidor estão em { $language }, como escolhido com `/idioma definir`.
language-show-discord = As publicações deste servidor estão em { $language }, o idioma do servidor no Discord. Use `/idioma definir` para escolher outro.
language-offered = Idiomas: { $languages }
language-reset = As publicações deste servidor voltaram a seguir o idioma do servidor no Discord: { $language }.

## Estatísticas e preferências de revisão.

review-stats-title = Estatísticas de revisão
review-stats-none = nenhuma revisão ainda
review-stats-retention = { $share } ({ $remembered } de { $graded })
review-stats-new = Novos
review-stats-learning = Aprendendo
review-stats-review = Em revisão
review-stats-remembered = { $days ->
    [one] Lembrados no último dia
   *[other] Lembrados nos últimos { $days } dias
}
review-stats-week = Pendentes: hoje e os próximos 6 dias
review-stats-settings = Preferências
review-settings-title = Suas revisões
review-settings-reminder = uma mensagem direta às **{ $time }** ({ $zone }) nos dias com cartões pendentes; a próxima { $next }
review-settings-no-reminder = desativado
review-settings = Retenção desejada **{ $retention }** · { $new_per_day ->
        [0] **nenhum** cartão novo
        [one] **{ $new_per_day }** cartão novo
        [many] **{ $new_per_day }** cartões novos
       *[other] **{ $new_per_day }** cartões novos
    } por dia · o dia começa à meia-noite ({ $zone })
    Lembrete: { $remind }

## Números e intervalos de tempo.

# Os números em si são escritos pelo bot na notação de cada idioma (1.234,5 em português).
# chrono strftime: %a day, %-d day of month, %b month, %Z zone.
format-date-time = %a, %-d de %b, %H:%M %Z
number-percent = { $n }%
# Os intervalos nos botões de avaliação, curtos como os do Anki: 10min, 5h, 4d, 1,5me, 2,1a.
span-minutes = { $n }min
span-hours = { $n }h
span-days = { $n }d
span-months = { $n }me
span-years = { $n }a
