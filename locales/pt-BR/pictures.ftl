# As palavras das imagens: o cartão do `/pontos`, o cartão do `/revisar estatísticas` e as perguntas
# mais difíceis do `/estatísticas`. As imagens encolhem uma linha que não cabe no espaço dela, então quanto mais curta, maior fica.

## O cartão de pontuação.

picture-score-title = Pontuação de { $name }
picture-score-summary = { $points ->
    [0] { $points } pontos
    [one] { $points } ponto
    [many] { $points } pontos
   *[other] { $points } pontos
} · { $share } de acerto · { $answered ->
    [0] { $answered } respondidas
    [one] { $answered } respondida
    [many] { $answered } respondidas
   *[other] { $answered } respondidas
}
picture-rank-of = de { $of }
picture-streak = Sequência
picture-daily-streak = Sequência diária
picture-this-week = Esta semana
picture-with-best = { $now } · recorde { $best }
picture-week-points = { $points ->
    [0] { $points } pontos
    [one] { $points } ponto
    [many] { $points } pontos
   *[other] { $points } pontos
}
picture-topics = Temas, mais fracos primeiro
picture-points-30 = Pontos, últimos 30 dias
picture-in-all = { $total } no total
picture-best-day = melhor dia { $most }
picture-30-days-ago = há 30 dias
picture-today = hoje

## O cartão de revisões.

picture-review-title = Revisões de { $name }
picture-review-summary = { $cards ->
    [0] { $cards } cartões na sua agenda
    [one] { $cards } cartão na sua agenda
    [many] { $cards } cartões na sua agenda
   *[other] { $cards } cartões na sua agenda
}
picture-count = { $n }
picture-new = Novos
picture-learning = Aprendendo
picture-review = Em revisão
picture-remembered = { $days ->
    [one] Lembrados no último dia
   *[other] Lembrados nos últimos { $days } dias
}
picture-no-reviews = Ainda sem revisões de cartões já vistos
picture-remembered-of = { $remembered } de { $graded ->
    [one] { $graded } revisão
    [many] { $graded } revisões
   *[other] { $graded } revisões
}
picture-due-7 = Pendentes, próximos 7 dias
picture-in-6-days = em 6 dias

## As perguntas mais difíceis.

picture-stats-title = Perguntas mais difíceis de { $deck }
picture-hardest = Perguntas mais difíceis
picture-stats-counted = { $answers ->
    [0] { $answers } respostas contadas neste servidor
    [one] { $answers } resposta contada neste servidor
    [many] { $answers } respostas contadas neste servidor
   *[other] { $answers } respostas contadas neste servidor
}
picture-stats-counted-topic = { $answers ->
    [0] { $answers } respostas contadas neste servidor · tema: { $topic }
    [one] { $answers } resposta contada neste servidor · tema: { $topic }
    [many] { $answers } respostas contadas neste servidor · tema: { $topic }
   *[other] { $answers } respostas contadas neste servidor · tema: { $topic }
}
picture-stats-right = { $correct ->
    [0] { $correct } de { $answered } acertaram
    [one] { $correct } de { $answered } acertou
    [many] { $correct } de { $answered } acertaram
   *[other] { $correct } de { $answered } acertaram
}
picture-stats-right-chosen = { $correct ->
    [0] { $correct } de { $answered } acertaram
    [one] { $correct } de { $answered } acertou
    [many] { $correct } de { $answered } acertaram
   *[other] { $correct } de { $answered } acertaram
} · “{ $wrong }” escolhida { $chosen }×
picture-by-topic = Por tema
