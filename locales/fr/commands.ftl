# Les commandes slash telles que Discord les affiche : `command-<commande>[-<sous-commande>]` est un nom, `-description`
# sa description, `-<option>` le nom d’une option (et son `-description`), `-<option>-<choix>` un choix.
# Noms : 1 à 32 lettres minuscules, chiffres, - ou _, sans espaces. Descriptions : 100 caractères au plus.
# Les noms en-US doivent rester ceux sur lesquels le code s’aiguille (un test le vérifie) ; les autres se traduisent librement.

command-quiz = quiz
command-quiz-description = Publie ici une question à choix multiples ; chacun peut répondre une fois dans la minute.
command-quiz-deck = deck
command-quiz-deck-description = Deck où piocher (par défaut : le premier deck)
command-quiz-topic = thème
command-quiz-topic-description = Uniquement les questions de ce thème

command-round = manche
command-round-description = Une manche de groupe d’étude dans ce salon : plusieurs questions à la suite.
command-round-start = lancer
command-round-start-description = Lance une manche ici : questions à la suite, classement après chacune ; survit aux redémarrages.
command-round-start-questions = questions
command-round-start-questions-description = Nombre de questions (1-25, 10 par défaut)
command-round-start-seconds = secondes
command-round-start-seconds-description = Durée d’ouverture de chaque question en secondes (10-300, 30 par défaut)
command-round-start-deck = deck
command-round-start-deck-description = Deck où piocher (par défaut : le premier deck)
command-round-start-topic = thème
command-round-start-topic-description = Uniquement les questions de ce thème
command-round-stop = arrêter
command-round-stop-description = Arrête la manche en cours ici (la personne qui l’a lancée, ou un membre avec Gérer les messages).

command-daily = quotidien
command-daily-description = Une question chaque jour à heure fixe, avec réponses et points comme pour `/quiz`.
command-daily-set = programmer
command-daily-set-description = Publie une question du jour dans un salon à une heure locale (nécessite Gérer le serveur).
command-daily-set-channel = salon
command-daily-set-channel-description = Où la publier
command-daily-set-time = heure
command-daily-set-time-description = Heure locale, HH:MM (sur 24 h), ex. 09:30
command-daily-set-timezone = fuseau-horaire
command-daily-set-timezone-description = Fuseau horaire (nom IANA, ex. Europe/Paris)
command-daily-set-deck = deck
command-daily-set-deck-description = Deck où piocher (par défaut : le premier deck)
command-daily-set-topic = thème
command-daily-set-topic-description = Uniquement les questions de ce thème
command-daily-show = voir
command-daily-show-description = Le programme de la question du jour, sa prochaine publication et la dernière erreur d’envoi.
command-daily-off = désactiver
command-daily-off-description = Désactive la question du jour (nécessite Gérer le serveur).

command-flashcard = flashcard
command-flashcard-description = Une flashcard perso : la question, puis la réponse, puis tu t’évalues. Sans points.
command-flashcard-deck = deck
command-flashcard-deck-description = Deck où piocher (par défaut : le premier deck)
command-flashcard-topic = thème
command-flashcard-topic-description = Uniquement les questions de ce thème

command-review = réviser
command-review-description = Révise les cartes dues (FSRS), consulte tes stats, règle un rappel ou tes paramètres.
command-review-stats = stats
command-review-stats-description = Affiche tes cartes, ce que tu as retenu et la semaine à venir
command-review-remind = rappel
command-review-remind-description = Un MP les jours où des cartes sont dues : une heure locale HH:MM, ou « off »
command-review-timezone = fuseau-horaire
command-review-timezone-description = Ton fuseau horaire, pour le rappel et le début de ta journée (nom IANA)
command-review-retention = rétention
command-review-retention-description = La part des cartes que tu veux encore retenir au moment de les revoir (0.70-0.97)
command-review-new-per-day = nouvelles_par_jour
command-review-new-per-day-description = Nouvelles cartes par jour (0-100)

command-score = score
command-score-description = Tes points, ta réussite globale et par thème, tes séries, ton rang, tes 30 derniers jours, en image.
command-score-user = membre
command-score-user-description = Le membre dont voir le score (par défaut : toi)

command-leaderboard = classement
command-leaderboard-description = Top 10 des points : ce serveur depuis toujours, cette semaine ou ce mois, ou ce salon.
command-leaderboard-scope = portée
command-leaderboard-scope-description = serveur (par défaut) ou salon : les points gagnés dans ce salon
command-leaderboard-scope-server = serveur
command-leaderboard-scope-channel = salon
command-leaderboard-period = période
command-leaderboard-period-description = tout (par défaut), semaine (depuis lundi) ou mois, dans le fuseau horaire du serveur
command-leaderboard-period-all = tout
command-leaderboard-period-week = semaine
command-leaderboard-period-month = mois
command-leaderboard-page = page
command-leaderboard-page-description = Page (10 par page)

command-stats = stats
command-stats-description = Questions les plus difficiles du serveur (par taux de réussite) et réussite par thème, en image.
command-stats-deck = deck
command-stats-deck-description = Deck (par défaut : le deck par défaut du serveur)
command-stats-topic = thème
command-stats-topic-description = Uniquement les questions de ce thème

command-suggest = proposer
command-suggest-description = Propose une question pour les decks de ce serveur, consulte les tiennes ou configure leur relecture.
command-suggest-question = question
command-suggest-question-description = Écris une question ; une fois approuvée par un relecteur, elle rejoint le deck avec ton nom.
command-suggest-question-deck = deck
command-suggest-question-deck-description = Un deck de ce serveur (par défaut : son deck « community »)
command-suggest-mine = suivi
command-suggest-mine-description = Tes propositions sur ce serveur, et ce qu’en ont décidé les relecteurs.
command-suggest-setup = configurer
command-suggest-setup-description = Où et par qui les propositions et signalements sont relus (nécessite Gérer le serveur).
command-suggest-setup-channel = salon
command-suggest-setup-channel-description = Le salon où les relecteurs les voient
command-suggest-setup-role = rôle
command-suggest-setup-role-description = Qui relit (par défaut : les membres qui peuvent gérer les messages)

command-decks = decks
command-decks-description = Les decks utilisables ici : id, titre, questions et thèmes.

command-deck = deck
command-deck-description = Gère les decks propres à ce serveur.
command-deck-upload = importer
command-deck-upload-description = Importe un deck (JSON, CSV ou TSV) pour le serveur : vérifié comme `quizbot check`, dispo aussitôt.
command-deck-upload-file = fichier
command-deck-upload-file-description = Le deck, un fichier .json, .csv, .tsv ou .txt d’au plus 1 Mio ; son nom devient l’id du deck
command-deck-upload-replace = remplacer
command-deck-upload-replace-description = Remplace le deck du serveur de même id (les scores des questions conservées restent)
command-deck-remove = supprimer
command-deck-remove-description = Supprime un deck propre à ce serveur ; ses questions ouvertes se ferment, les points restent.
command-deck-remove-deck = deck
command-deck-remove-deck-description = Le deck à supprimer
command-deck-download = télécharger
command-deck-download-description = Un deck en fichier JSON, à modifier puis réimporter.
command-deck-download-deck = deck
command-deck-download-deck-description = Le deck à télécharger
command-deck-default = par-défaut
command-deck-default-description = Le deck que `/quiz`, `/manche`, `/flashcard` et `/quotidien` utilisent ici si aucun n’est précisé.
command-deck-default-deck = deck
command-deck-default-deck-description = Le deck à utiliser par défaut sur ce serveur

command-scores = scores
command-scores-description = Emporte les scores et les statistiques de questions du serveur.
command-scores-export = exporter
command-scores-export-description = Les scores et les statistiques de questions du serveur, en deux fichiers CSV.

command-dashboard = tableau-de-bord
command-dashboard-description = Lien privé vers les pages web du serveur (24 h) ; révoquer:True les coupe tous (Gérer le serveur).
command-dashboard-revoke = révoquer
command-dashboard-revoke-description = True : plus aucun lien du tableau de bord de ce serveur ne fonctionne (nécessite Gérer le serveur)

command-help = aide
command-help-description = Ce que fait chaque commande.


command-language = langue
command-language-description = La langue des questions, corrections, manches et questions du jour de ce serveur.
command-language-set = choisir
command-language-set-description = Publie les questions et résultats de ce serveur dans une langue (nécessite Gérer le serveur).
command-language-set-language = langue
command-language-set-language-description = Une langue que parle le bot, ex. de ou pt-BR
command-language-show = voir
command-language-show-description = La langue des publications de ce serveur, et les langues disponibles.
command-language-reset = réinitialiser
command-language-reset-description = Revient à la langue du serveur définie dans Discord (nécessite Gérer le serveur).
