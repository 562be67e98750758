# O que um membro recebe em particular quando algo que ele pediu não pode ser feito.

error-went-wrong = Algo deu errado do meu lado; o erro foi registrado. Tente de novo.
error-unknown-command = Não conheço este comando (talvez ele tenha sido removido). O `/ajuda` lista os meus.
error-missing-permissions = Para usar isto, você precisa de: { $permissions }.
error-permissions-unknown = permissões que não consegui verificar
error-bad-option = Não consegui ler essa opção: { $error }

error-not-recognised = Não reconheço este botão.
error-question-closed = Esta pergunta já foi encerrada.
error-already-answered = Você já respondeu esta pergunta com { $letter }; vale a sua primeira resposta.
error-already-typed = Você já respondeu esta pergunta; vale a sua primeira resposta.
error-unknown-deck = O baralho `{ $deck }` não existe. O `/baralhos` lista os baralhos que eu tenho.
error-unknown-topic = O baralho `{ $deck }` não tem o tema `{ $topic }`. O `/baralhos` lista os temas dele.
error-flashcards-only = O baralho `{ $deck }` só pode ser usado com `/flashcard` e `/revisar`, ou com respostas digitadas: algumas perguntas dele não têm alternativas erradas, e o baralho tem poucas respostas diferentes para montar quatro opções.
error-no-score = Você ainda não respondeu nenhuma pergunta neste servidor: experimente o `/quiz`.
error-no-score-for = { $name } ainda não respondeu nenhuma pergunta neste servidor.
error-no-hard-questions = Nenhuma pergunta do baralho `{ $deck }` chegou a { $at_least ->
    [one] { $at_least } resposta
    [many] { $at_least } respostas
   *[other] { $at_least } respostas
} neste servidor ainda, então nenhuma pode ser considerada difícil: experimente o `/quiz` ou uma `/rodada` e depois tente de novo.
error-no-such-page = Essa página não existe: { $pages ->
    [0] não há nenhuma página
    [one] só há { $pages } página
    [many] há { $pages } páginas
   *[other] há { $pages } páginas
}.
error-empty-leaderboard = { $table ->
    [channel] Ninguém pontuou neste canal ainda: experimente o `/quiz`.
   *[server] Ninguém pontuou neste servidor ainda: experimente o `/quiz`.
}
error-channel-period = Os rankings semanal e mensal são do servidor inteiro: deixe `escopo` de fora ou escolha `período: geral` para ver o ranking deste canal.
error-guild-only = Use isto em um servidor: funciona com as pontuações do servidor.
error-cannot-post = Não consigo publicar neste canal. Permissões que me faltam aqui: { $missing }. Peça para um admin liberar ou use outro canal.
error-round-running = Já existe uma rodada em andamento neste canal (iniciada por { $starter }, { $left ->
    [0] já na última pergunta
    [one] falta { $left } pergunta
    [many] faltam { $left } perguntas
   *[other] faltam { $left } perguntas
}). O `/rodada parar` encerra a rodada.
error-no-round = Não há nenhuma rodada em andamento neste canal.
error-not-your-round = Só { $starter }, que iniciou esta rodada, ou um membro com a permissão Gerenciar mensagens pode pará-la.
error-deck-exists = Já existe um baralho `{ $deck }`. Envie de novo com `substituir: True` para substituí-lo; as pontuações e revisões das perguntas que continuarem nele são mantidas.
error-bundled-deck = `{ $deck }` é um baralho que já vem com o bot, disponível para todos os servidores: não dá para substituí-lo nem removê-lo pelo Discord. Envie a sua versão com outro nome de arquivo.
error-too-many-decks = Este servidor tem { $count ->
    [one] { $count } baralho próprio
    [many] { $count } baralhos próprios
   *[other] { $count } baralhos próprios
}, o máximo permitido. Use `/baralho remover` em um deles antes.
error-deck-memory-full = O bot já guarda o máximo de baralhos de servidores que o operador permite ({ $mib } MiB no total), então não pode aceitar este agora. Remova um baralho deste servidor ou envie um menor; o operador foi avisado.
error-too-many-topics = Com este baralho, o servidor passaria a ter { $total ->
    [one] { $total } tema
    [many] { $total } temas
   *[other] { $total } temas
}, acima do máximo de { $max } por servidor (as pontuações são contadas tema por tema). Use menos temas.
error-upload-in-progress = Outro baralho deste servidor está sendo verificado: tente de novo daqui a pouco.
error-uploads-busy = Estou verificando baralhos de outros servidores agora: tente de novo daqui a pouco.
error-cooldown = Calma aí: você pode usar o `/quiz` de novo em { $seconds } s.
error-channel-busy = Este canal já tem { $open ->
    [one] { $open } pergunta aberta
    [many] { $open } perguntas abertas
   *[other] { $open } perguntas abertas
}. Responda a essas primeiro ou tente de novo quando uma delas for encerrada.
error-need-permission = Você precisa da permissão { $permission } para fazer isso.
error-dashboard-off = As páginas web deste bot estão desativadas: o operador pode ativá-las com QUIZBOT_WEB_ADDR (veja o README).
error-cannot-post-in = Não consigo publicar em <#{ $channel }>. Permissões que me faltam lá: { $missing }. Peça para um admin liberar ou escolha outro canal.
error-no-daily = Este servidor não tem pergunta do dia. O `/pergunta-do-dia definir` agenda uma.
error-discord-busy = O Discord não aceitou a publicação agora ({ $why }); nada foi contado. Tente de novo daqui a pouco.
error-no-review-channel = Este servidor ainda não configurou as sugestões: um membro com a permissão Gerenciar servidor escolhe, com `/sugerir configurar`, o canal onde os revisores vão vê-las.
error-suggest-to-bundled = `{ $deck }` é um baralho que já vem com o bot, disponível para todos os servidores: as sugestões vão para um baralho próprio deste servidor. Deixe `baralho` de fora para sugerir para o baralho `community` do servidor.
error-too-many-suggestions = Você tem { $count ->
    [one] { $count } sugestão aguardando
    [many] { $count } sugestões aguardando
   *[other] { $count } sugestões aguardando
} revisão neste servidor, o máximo por membro. O `/sugerir minhas` mostra quais são; sugira de novo quando uma delas for decidida.
error-suggestions-full = Este servidor tem { $count ->
    [one] { $count } sugestão aguardando
    [many] { $count } sugestões aguardando
   *[other] { $count } sugestões aguardando
} revisão, o máximo permitido: tente de novo quando os revisores colocarem tudo em dia.
error-unknown-suggestion = Esta sugestão não existe mais.
error-already-approved = Esta sugestão já foi aprovada por { $by }.
error-already-rejected = Esta sugestão já foi recusada por { $by }.
error-already-closed = Esta sugestão já foi encerrada: { $reason }
error-suggested-deck-gone = O baralho `{ $deck }` desta sugestão foi removido, então ela não pode ser adicionada; quem a escreveu foi avisado.
error-not-reviewer = Só os revisores deste servidor decidem sobre sugestões e relatos de problema: { $who }.
error-too-many-reports = Você tem { $count ->
    [one] { $count } relato de problema aberto
    [many] { $count } relatos de problema abertos
   *[other] { $count } relatos de problema abertos
} neste servidor, o máximo por membro: os revisores vão cuidar deles.
error-reports-full = Este servidor tem { $count ->
    [one] { $count } relato de problema aberto
    [many] { $count } relatos de problema abertos
   *[other] { $count } relatos de problema abertos
}, o máximo permitido: tente de novo quando os revisores colocarem tudo em dia.
error-unknown-report = Este relato não existe mais.
error-report-closed = Este relato já foi analisado.
error-question-gone = Esta pergunta não está mais no baralho dela.
error-bundled-report = `{ $deck }` é um baralho que já vem com o bot: não dá para editar nem remover as perguntas dele pelo Discord, só descartar o relato (o operador do bot vê os relatos sobre esses baralhos).
error-last-question = Esta é a última pergunta do baralho `{ $deck }`: o `/baralho remover` remove o baralho inteiro.
error-no-draft = Não há nada para corrigir: seu último formulário já foi enviado, ou o bot reiniciou desde então. Use o comando de novo.
error-unknown-language = Eu não falo `{ $code }`. Eu falo: { $languages }.

## Valores digitados que não podem ser usados.

error-bad-time = `{ $time }` não é um horário: use HH:MM, em 24 horas, como 09:30.
error-unknown-zone = `{ $given }` não é um fuso horário que eu conheça: escolha um da lista (ex.: { $suggestion }).
error-retention-outside = Uma retenção desejada de { $given } fica fora do intervalo de { $min } a { $max }: abaixo disso, as revisões chegam tarde demais para ajudar; acima, a quantidade delas cresce muito para pouco ganho.
error-too-many-new = Não dá para ter { $given ->
    [one] { $given } cartão novo
    [many] { $given } cartões novos
   *[other] { $given } cartões novos
} por dia: o máximo que eu permito é { $max }, porque cada cartão novo volta depois para revisões.
error-reason-length = Diga o que está errado usando de 1 a { $max ->
    [one] { $max } caractere
    [many] { $max } caracteres
   *[other] { $max } caracteres
} (você usou { $given }).
error-edit-would-not-load = O baralho `{ $deck }` deixaria de carregar com esta alteração:
    { $problems }
error-not-this-servers-channel = <#{ $channel }> não é um canal deste servidor: escolha um canal daqui.
error-not-a-text-channel = <#{ $channel }> não é um canal de texto.
error-not-this-servers-role = <@&{ $role }> não é um cargo deste servidor: escolha um cargo daqui.
error-not-a-deck-file = `{ $name }` não é um baralho: envie um arquivo { $formats } (veja `quizbot check` no README).
error-deck-file-too-large = `{ $name }` tem mais de { $mib } MiB: divida o conteúdo em vários baralhos.

## As permissões do Discord, com os nomes das configurações dele.

permission-view-channel = Ver canal
permission-send-messages = Enviar mensagens
permission-embed-links = Inserir links
permission-attach-files = Anexar arquivos
permission-read-message-history = Ler histórico de mensagens
permission-manage-guild = Gerenciar servidor
permission-manage-messages = Gerenciar mensagens
permission-administrator = Administrador
