# O que os admins do servidor recebem: envios e alterações de baralhos, a exportação das pontuações,
# os links do painel e as respostas ao parar uma rodada ou a pergunta do dia.

## Baralhos.

upload-refused = `{ $file }` não foi carregado e nada mudou. Problemas:
    ```
    { $problems }```
upload-done = O baralho `{ $deck }` ({ $title }) agora é deste servidor: { $questions ->
    [one] { $questions } pergunta
    [many] { $questions } perguntas
   *[other] { $questions } perguntas
}. Experimente `/quiz baralho:{ $deck }`.
download-note = `{ $file }`: edite e envie com `/baralho enviar` (com outro nome, se for um baralho que já vem com o bot).
default-deck-set = `{ $deck }` ({ $title }) agora é o baralho padrão deste servidor.

## A exportação das pontuações.

export-note = As pontuações deste servidor, uma linha por membro, e as estatísticas das perguntas, uma linha por pergunta feita aqui.
export-cut-scores = O arquivo completo passaria do limite de { $mib } MiB do Discord para anexos: ele traz { $rows ->
    [one] só { $rows } membro, o que tem mais pontos,
    [many] os { $rows } membros com mais pontos
   *[other] os { $rows } membros com mais pontos
} e deixa de fora { $left ->
    [one] mais { $left } membro
    [many] outros { $left } membros
   *[other] outros { $left } membros
}.
export-cut-questions = O arquivo completo passaria do limite de { $mib } MiB do Discord para anexos: ele traz { $rows ->
    [one] só { $rows } pergunta, a primeira em ordem de baralho e id,
    [many] as { $rows } primeiras perguntas em ordem de baralho e id
   *[other] as { $rows } primeiras perguntas em ordem de baralho e id
} e deixa de fora { $left ->
    [one] mais { $left } pergunta
    [many] outras { $left } perguntas
   *[other] outras { $left } perguntas
}.

## Links do painel.

dashboard-revoked-title = Todos os links do painel deste servidor foram revogados
dashboard-revoked = Os links criados até agora não abrem mais nada. Os membros recebem um novo com `/painel`.
dashboard-title = Seu link do painel
dashboard-open = Abrir páginas do servidor
dashboard-yours = Este link é pessoal: qualquer pessoa que o tiver vê estas páginas até { $expires }. Membros com a permissão Gerenciar servidor encerram todos os links com `/painel revogar:True`.
dashboard-yours-manager = Este link é pessoal: qualquer pessoa que o tiver vê estas páginas e a exportação das pontuações até { $expires }. Membros com a permissão Gerenciar servidor encerram todos os links com `/painel revogar:True`.

## Parar.

round-stopping = Parando a rodada: a seguir, o placar até agora.
daily-off = A pergunta do dia foi desativada. A última continua aberta até o horário de encerramento dela.
reminder-start = Começar a revisar
