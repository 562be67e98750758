# Perguntas sugeridas e relatos de problema: os formulários, as publicações e os botões do canal de revisão,
# e o que é dito a quem sugeriu e a quem relatou.

## O formulário da pergunta (cinco campos) e os formulários de um parágrafo.

form-question = Pergunta
form-answer = Resposta
form-wrong = Opções erradas, uma por linha (opcional)
form-explanation = Explicação (opcional)
form-topic = Tema (opcional)
form-suggest-title = Sugerir uma pergunta
form-edit-suggestion = Editar a sugestão
form-edit-question = Editar a pergunta
form-reject-title = Recusar a sugestão
form-reject-label = Por que não? (quem sugeriu será avisado)
form-report-title = Relatar um problema
form-report-label = O que há de errado com esta pergunta?
form-refused = Essa pergunta não segue as regras do baralho, então não foi enviada; **Corrigir** abre o formulário de novo com o que você digitou.
    { $problems }
form-fix-it = Corrigir

## O que os revisores veem no canal de revisão.

reviewers-role = membros com o cargo <@&{ $role }>
reviewers-managers = membros que podem gerenciar mensagens
suggestion-no-wrong = *(sem opções erradas: são oferecidas outras respostas do baralho)*
suggestion-title = Pergunta sugerida #{ $id } · baralho `{ $deck }`
suggestion-by = Sugerida por
suggestion-topic = Tema
suggestion-why = Por quê
suggestion-status = Status
suggestion-waiting = Aguardando um revisor: Aprovar adiciona a pergunta ao baralho, Editar permite alterá-la antes, Recusar informa o motivo.
suggestion-approved-by = ✅ Aprovada por <@{ $by }>: pergunta `{ $question }` do baralho `{ $deck }`.
suggestion-rejected-by = ❌ Recusada por <@{ $by }>: { $reason }
suggestion-closed = ❌ Encerrada: { $reason }
suggestion-approve = Aprovar
suggestion-edit = Editar
suggestion-reject = Recusar
report-no-answers = nenhuma resposta ainda
report-answers = { $answers ->
    [one] { $answers } resposta
    [many] { $answers } respostas
   *[other] { $answers } respostas
}, { $right ->
    [0] nenhuma certa
    [one] { $right } certa
    [many] { $right } certas
   *[other] { $right } certas
} ({ $share })
report-numbers = { $asked ->
    [0] Ainda não foi feita aqui
    [one] Feita uma vez aqui
    [many] Feita { $asked } vezes aqui
   *[other] Feita { $asked } vezes aqui
} · { $right } · relatos de problema: { $reports }
report-title = Relato de problema #{ $id } · baralho `{ $deck }` ({ $title })
report-what = O que está errado
report-by = Relatado por
report-question = Pergunta
report-statistics = Estatísticas da pergunta
report-bundled = Um baralho que já vem com o bot: quem pode alterá-lo é o operador do bot, que vê os relatos abertos sobre ele. Depois de ler, descarte o relato.
report-dismiss = Descartar
report-edit = Editar a pergunta
report-remove = Remover a pergunta
report-dismissed-by = Descartado por <@{ $by }>.
report-edited-by = A pergunta foi editada por <@{ $by }>.
report-removed-by = A pergunta foi removida do baralho por <@{ $by }>.

## O que é dito a quem sugeriu e a quem relatou.

suggestion-sent = Enviada aos revisores em <#{ $channel }>. Eu aviso você quando houver uma decisão; o `/sugerir minhas` mostra em que pé ela está.
suggestion-not-posted = Não consegui publicá-la no canal de revisão <#{ $channel }> ({ $why }), então ela não foi enviada. Peça para um admin me deixar publicar lá (ou escolher outro canal com `/sugerir configurar`); **Corrigir** envia de novo.
report-thanks = Obrigado! Seu relato foi encaminhado aos revisores deste servidor.
report-not-posted = Não consegui publicar seu relato no canal de revisão <#{ $channel }> ({ $why }). Peça para um admin me deixar publicar lá e depois relate o problema de novo.
author-approved = ✅ Sua pergunta sugerida foi aprovada e adicionada ao baralho `{ $deck }`: a partir de agora ela pode aparecer no `/quiz`, com o seu nome abaixo da resposta.
author-rejected = ❌ Sua pergunta sugerida não foi adicionada. Motivo dos revisores: { $reason }
author-title = Sua sugestão
mine-waiting = ⏳ aguardando revisão
mine-approved = ✅ aprovada, no baralho `{ $deck }`
mine-rejected = ❌ não adicionada: { $reason }
mine-none = Você ainda não sugeriu nenhuma pergunta neste servidor: o `/sugerir pergunta` abre o formulário.
mine-title = Suas sugestões
suggest-set-up = Agora as sugestões e os relatos de problema vão para <#{ $channel }>, onde { $reviewers } decidem sobre eles. Os membros sugerem com `/sugerir pergunta` e relatam problemas pelo botão abaixo de cada pergunta encerrada.
