# Les en-têtes de colonnes des deux fichiers CSV de `/scores exporter`. La réussite d’un membre par thème
# occupe une colonne par thème, intitulée `{ csv-accuracy }: <thème>` ; les mauvaises options les plus choisies sont numérotées.

## Scores, une ligne par membre.

csv-user-id = id utilisateur
csv-name = nom
csv-points = points
csv-answered = réponses
csv-correct = justes
csv-accuracy = réussite
csv-streak = série
csv-best-streak = meilleure série
csv-daily-streak = série quotidienne
csv-best-daily-streak = meilleure série quotidienne
csv-points-this-week = points cette semaine
csv-points-this-month = points ce mois-ci

## Statistiques des questions, une ligne par question.

csv-deck = deck
csv-question-id = id question
csv-topic = thème
csv-asked = fois posée
csv-answers = réponses
csv-right = justes
csv-share-right = taux de réussite
csv-median-seconds-to-right-under = délai médian des réponses justes (s)
csv-other-wrong = autres mauvaises réponses
csv-reports = signalements
csv-wrong-option = mauvaise réponse { $n }
csv-wrong-option-chosen = mauvaise réponse { $n } (fois choisie)
