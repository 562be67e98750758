# Os comandos de barra como o Discord os mostra: `command-<comando>[-<subcomando>]` é um nome, `-description`
# a descrição dele, `-<opção>` o nome de uma opção (e o `-description` dela), `-<opção>-<escolha>` uma escolha.
# Nomes: 1-32 letras minúsculas, dígitos, - ou _, sem espaços. Descrições: no máximo 100 caracteres.
# Os nomes do en-US precisam continuar sendo os nomes usados pelo código (um teste verifica); os outros podem ser traduzidos livremente.

command-quiz = quiz
command-quiz-description = Publique aqui uma pergunta de múltipla escolha; cada pessoa pode responder uma vez em até um minuto.
command-quiz-deck = baralho
command-quiz-deck-description = De qual baralho tirar a pergunta (padrão: o primeiro baralho)
command-quiz-topic = tema
command-quiz-topic-description = Só perguntas deste tema

command-round = rodada
command-round-description = Uma rodada para o grupo de estudo neste canal: várias perguntas, uma depois da outra.
command-round-start = iniciar
command-round-start-description = Inicie uma rodada aqui: perguntas em sequência, placar após cada uma; continua se o bot reiniciar.
command-round-start-questions = perguntas
command-round-start-questions-description = Quantas perguntas (1-25, padrão 10)
command-round-start-seconds = segundos
command-round-start-seconds-description = Segundos que cada pergunta fica aberta (10-300, padrão 30)
command-round-start-deck = baralho
command-round-start-deck-description = De qual baralho tirar as perguntas (padrão: o primeiro baralho)
command-round-start-topic = tema
command-round-start-topic-description = Só perguntas deste tema
command-round-stop = parar
command-round-stop-description = Pare a rodada em andamento aqui (quem a iniciou ou um membro com Gerenciar mensagens).

command-daily = pergunta-do-dia
command-daily-description = Uma pergunta todo dia em um horário definido, respondida e pontuada como no `/quiz`.
command-daily-set = definir
command-daily-set-description = Publique uma pergunta do dia em um canal, no horário local (requer Gerenciar servidor).
command-daily-set-channel = canal
command-daily-set-channel-description = Onde publicar
command-daily-set-time = hora
command-daily-set-time-description = Horário local, HH:MM (24 horas), ex.: 09:30
command-daily-set-timezone = fuso
command-daily-set-timezone-description = Fuso horário (nome IANA, ex.: America/Sao_Paulo)
command-daily-set-deck = baralho
command-daily-set-deck-description = De qual baralho tirar as perguntas (padrão: o primeiro baralho)
command-daily-set-topic = tema
command-daily-set-topic-description = Só perguntas deste tema
command-daily-show = ver
command-daily-show-description = A programação da pergunta do dia, a próxima publicação e o último erro de envio.
command-daily-off = desativar
command-daily-off-description = Desative a pergunta do dia (requer Gerenciar servidor).

command-flashcard = flashcard
command-flashcard-description = Um flashcard só para você: a pergunta, depois a resposta, e você se avalia. Sem pontos.
command-flashcard-deck = baralho
command-flashcard-deck-description = De qual baralho tirar o cartão (padrão: o primeiro baralho)
command-flashcard-topic = tema
command-flashcard-topic-description = Só perguntas deste tema

command-review = revisar
command-review-description = Revise o que está pendente (FSRS), veja estatísticas, defina um lembrete ou ajuste preferências.
command-review-stats = estatísticas
command-review-stats-description = Veja seus cartões, quanto você lembrou e o que vem na próxima semana
command-review-remind = lembrete
command-review-remind-description = Uma mensagem direta nos dias com cartões pendentes: horário local HH:MM, ou off
command-review-timezone = fuso
command-review-timezone-description = Seu fuso horário, para o lembrete e para saber quando seu dia começa (nome IANA)
command-review-retention = retenção
command-review-retention-description = A fração dos cartões que você quer ainda lembrar quando chegar a hora de revisá-los (0.70-0.97)
command-review-new-per-day = novos_por_dia
command-review-new-per-day-description = Cartões novos por dia (0-100)

command-score = pontos
command-score-description = Seus pontos, taxa de acerto, sequências, posição, acerto por tema e últimos 30 dias, com imagem.
command-score-user = membro
command-score-user-description = De quem é a pontuação (padrão: a sua)

command-leaderboard = ranking
command-leaderboard-description = Top 10 por pontos: do servidor desde sempre, na semana ou no mês, ou deste canal.
command-leaderboard-scope = escopo
command-leaderboard-scope-description = servidor (padrão) ou canal: pontos ganhos neste canal
command-leaderboard-scope-server = servidor
command-leaderboard-scope-channel = canal
command-leaderboard-period = período
command-leaderboard-period-description = geral (padrão), semana (desde segunda) ou mês, no fuso horário do servidor
command-leaderboard-period-all = geral
command-leaderboard-period-week = semana
command-leaderboard-period-month = mês
command-leaderboard-page = página
command-leaderboard-page-description = Página (10 por página)

command-stats = estatísticas
command-stats-description = As perguntas mais difíceis deste servidor (por taxa de acerto) e o acerto por tema, em imagem.
command-stats-deck = baralho
command-stats-deck-description = Baralho (padrão: o baralho padrão do servidor)
command-stats-topic = tema
command-stats-topic-description = Só perguntas deste tema

command-suggest = sugerir
command-suggest-description = Sugira uma pergunta para os baralhos deste servidor, veja as suas ou configure a revisão.
command-suggest-question = pergunta
command-suggest-question-description = Escreva uma pergunta; quando um revisor aprovar, ela entra no baralho com o seu nome.
command-suggest-question-deck = baralho
command-suggest-question-deck-description = Um baralho deste servidor (padrão: o baralho community do servidor)
command-suggest-mine = minhas
command-suggest-mine-description = Suas sugestões neste servidor e o que os revisores decidiram.
command-suggest-setup = configurar
command-suggest-setup-description = Onde e por quem as sugestões e relatos de problema são revisados (requer Gerenciar servidor).
command-suggest-setup-channel = canal
command-suggest-setup-channel-description = O canal onde os revisores veem as sugestões
command-suggest-setup-role = cargo
command-suggest-setup-role-description = Quem revisa (padrão: membros que podem gerenciar mensagens)

command-decks = baralhos
command-decks-description = Os baralhos que você pode usar aqui: id, título, perguntas e temas.

command-deck = baralho
command-deck-description = Gerencie os baralhos próprios deste servidor.
command-deck-upload = enviar
command-deck-upload-description = Envie um baralho próprio (JSON, CSV ou TSV): verificado como no `quizbot check`, disponível na hora.
command-deck-upload-file = arquivo
command-deck-upload-file-description = O baralho: arquivo .json, .csv, .tsv ou .txt de até 1 MiB; o nome dele é o id do baralho
command-deck-upload-replace = substituir
command-deck-upload-replace-description = Substituir o baralho do servidor com o mesmo id (pontos das perguntas que ficarem são mantidos)
command-deck-remove = remover
command-deck-remove-description = Remova um baralho próprio do servidor; as perguntas abertas dele são encerradas, os pontos ficam.
command-deck-remove-deck = baralho
command-deck-remove-deck-description = O baralho a remover
command-deck-download = baixar
command-deck-download-description = Um baralho como arquivo JSON, para editar e enviar de novo.
command-deck-download-deck = baralho
command-deck-download-deck-description = O baralho a baixar
command-deck-default = padrão
command-deck-default-description = O baralho que `/quiz`, `/rodada`, `/flashcard` e `/pergunta-do-dia` usam aqui por padrão.
command-deck-default-deck = baralho
command-deck-default-deck-description = O baralho a usar por padrão neste servidor

command-scores = dados
command-scores-description = Leve com você as pontuações e as estatísticas de perguntas do servidor.
command-scores-export = exportar
command-scores-export-description = As pontuações e as estatísticas de perguntas do servidor em dois arquivos CSV.

command-dashboard = painel
command-dashboard-description = Link privado para as páginas web do servidor (24 h); revogar:True anula todos (Gerenciar servidor).
command-dashboard-revoke = revogar
command-dashboard-revoke-description = True: todos os links do painel deste servidor param de funcionar (requer Gerenciar servidor)

command-help = ajuda
command-help-description = O que cada comando faz.


command-language = idioma
command-language-description = O idioma das perguntas, gabaritos, rodadas e perguntas do dia deste servidor.
command-language-set = definir
command-language-set-description = Publique as perguntas e resultados deste servidor em um idioma (requer Gerenciar servidor).
command-language-set-language = idioma
command-language-set-language-description = Um idioma que o bot fala, ex.: de ou pt-BR
command-language-show = ver
command-language-show-description = O idioma das publicações deste servidor e os idiomas disponíveis.
command-language-reset = redefinir
command-language-reset-description = Volte a seguir o idioma do servidor no Discord (requer Gerenciar servidor).
