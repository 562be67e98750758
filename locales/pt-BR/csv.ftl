# Os cabeçalhos das colunas dos dois arquivos CSV do `/dados exportar`. A taxa de acerto de um membro
# em cada tema ocupa uma coluna, com o cabeçalho `{ csv-accuracy }: <tema>`; as opções erradas mais escolhidas são numeradas.

## Pontuações, uma linha por membro.

csv-user-id = ID do usuário
csv-name = nome
csv-points = pontos
csv-answered = respondidas
csv-correct = corretas
csv-accuracy = taxa de acerto
csv-streak = sequência
csv-best-streak = melhor sequência
csv-daily-streak = sequência diária
csv-best-daily-streak = melhor sequência diária
csv-points-this-week = pontos nesta semana
csv-points-this-month = pontos neste mês

## Estatísticas das perguntas, uma linha por pergunta.

csv-deck = baralho
csv-question-id = ID da pergunta
csv-topic = tema
csv-asked = vezes feita
csv-answers = respostas
csv-right = acertos
csv-share-right = taxa de acerto
csv-median-seconds-to-right-under = mediana de segundos até acertar (abaixo de)
csv-other-wrong = outras respostas erradas
csv-reports = relatos
csv-wrong-option = opção errada { $n }
csv-wrong-option-chosen = escolhas da opção errada { $n }
