# en-US est la source : toutes les autres langues ont exactement ces clés, avec les mêmes arguments.

# Le nom de cette langue, tel que ses locuteurs l’écrivent.
language-name = Français

## Une question dans le salon, sa correction, et ce qu’on dit à la personne qui répond.

quiz-posted = Question publiée ci-dessous. Elle se ferme { $closes }.
quiz-title = Quiz · { $deck }
quiz-typed-hint = Appuie sur **Répondre** et tape ta réponse : majuscules, accents et petites fautes de frappe ne comptent pas.
quiz-closes = Se ferme { $closes }.
quiz-footer = { $deck } · { $topic } · une réponse par personne ; je te dis en privé si tu as bon
quiz-answer-button = Répondre
quiz-question-gone = (cette question n’est plus dans le deck)
reveal-title = Fermée · la réponse est { $letter }
reveal-title-typed = Fermée · la réponse est ci-dessous
reveal-answered = { $answered ->
        [one] { $answered } réponse
        [many] { $answered } de réponses
       *[other] { $answered } réponses
    } · { $right ->
        [one] { $right } juste
       *[other] { $right } justes
    }
reveal-no-one = Personne.
reveal-why = Pourquoi
reveal-written-by = Écrite par
report-button = Signaler un problème
answered-right = ✅ Bonne réponse ! +{ $points ->
        [one] { $points } point
        [many] { $points } de points
       *[other] { $points } points
    }
answered-wrong = ❌ Pas tout à fait
answered-wrong-choice = ❌ Pas tout à fait : tu as choisi { $letter }
answered-the-answer = La réponse est **{ $letter }.** { $answer }
answered-typed-accepted = Tu as tapé « { $typed } » : réponse acceptée. La réponse est **{ $answer }**.
answered-typed-accepted-as = Tu as tapé « { $typed } », accepté comme **{ $accepted }** ; la réponse est **{ $answer }**.
answered-typed-wrong = Tu as tapé « { $typed } » ; la réponse est **{ $answer }**.

## Manches.

round-title = La manche commence
round-started = { $starter } a lancé une manche de { $total ->
        [one] { $total } question
        [many] { $total } de questions
       *[other] { $total } questions
    } du deck `{ $deck }`, { $seconds ->
        [one] { $seconds } seconde
        [many] { $seconds } de secondes
       *[other] { $seconds } secondes
    } par question. Réponds avec les boutons ; le classement s’affiche après chaque question.
round-started-topic = { $starter } a lancé une manche de { $total ->
        [one] { $total } question
        [many] { $total } de questions
       *[other] { $total } questions
    } du deck `{ $deck }` sur le thème { $topic }, { $seconds ->
        [one] { $seconds } seconde
        [many] { $seconds } de secondes
       *[other] { $seconds } secondes
    } par question. Réponds avec les boutons ; le classement s’affiche après chaque question.
round-no-answers = Aucune réponse pour l’instant.
round-row = **{ $place }.** { $who } · { $points ->
        [one] { $points } point
        [many] { $points } de points
       *[other] { $points } points
    } · { $right ->
        [one] { $right }/{ $answered } juste
       *[other] { $right }/{ $answered } justes
    }
round-row-fastest = **{ $place }.** { $who } · { $points ->
        [one] { $points } point
        [many] { $points } de points
       *[other] { $points } points
    } · { $right ->
        [one] { $right }/{ $answered } juste
       *[other] { $right }/{ $answered } justes
    } · { $fastest }× le plus rapide
round-standings = Classement après { $done ->
        [one] { $done } question
        [many] { $done } de questions
       *[other] { $done } questions
    } sur { $total }
round-final = Classement final
round-finished = Manche terminée : { $done ->
        [one] la question a été posée.
        [many] les { $done } de questions ont toutes été posées.
       *[other] les { $done } questions ont toutes été posées.
    }
round-stopped = Manche arrêtée après { $done ->
        [one] { $done } question
        [many] { $done } de questions
       *[other] { $done } questions
    } sur { $total }.
round-cannot-post = Manche terminée après { $done ->
        [one] { $done } question
        [many] { $done } de questions
       *[other] { $done } questions
    } sur { $total } : je n’ai pas pu publier la suivante.
round-points-count = Les points comptent dans `/score` et `/classement`.

## Scores et classements.

score-title = Score · { $name }
score-points = Points
score-rank = Rang
score-rank-of = #{ $rank } sur { $of }
score-accuracy = Taux de réussite
score-answered = Réponses
score-correct = Bonnes réponses
score-streak = Série
score-daily-streak = Série quotidienne
score-with-best = { $now } (record : { $best })
score-week = Cette semaine
score-month = Ce mois-ci
score-by-topic = Par thème, points faibles d’abord
score-topic-line = { $topic } : { $correct }/{ $answered } ({ $share })
score-period = { $points ->
        [one] { $points } point
        [many] { $points } de points
       *[other] { $points } points
    }
score-period-ranked = { $points ->
        [one] { $points } point
        [many] { $points } de points
       *[other] { $points } points
    } (#{ $rank })
leaderboard-server = Classement · ce serveur
leaderboard-channel = Classement · ce salon
leaderboard-week = Classement · cette semaine
leaderboard-month = Classement · ce mois-ci
leaderboard-last-week = Semaine dernière
leaderboard-last-month = Mois dernier
leaderboard-row = **{ $rank }.** { $who } · { $points ->
        [one] { $points } point
        [many] { $points } de points
       *[other] { $points } points
    } · { $correct ->
        [one] { $correct }/{ $answered } juste
       *[other] { $correct }/{ $answered } justes
    }
leaderboard-winner = **{ $place }.** { $who } · { $points ->
        [one] { $points } point
        [many] { $points } de points
       *[other] { $points } points
    }
leaderboard-empty = Personne n’a encore marqué de points sur cette période.
leaderboard-page = Page { $page } sur { $pages }
leaderboard-previous = Précédent
leaderboard-next = Suivant

## Decks et aide.

decks-title = Decks
decks-deck = { $title } · `{ $id }`
decks-own-deck = { $title } · `{ $id }` · de ce serveur
decks-summary = { $questions ->
        [one] { $questions } question
        [many] { $questions } de questions
       *[other] { $questions } questions
    }
    Thèmes : { $topics }
decks-language = Langue des questions : { $language }
decks-more = { $count ->
        [one] { $count } autre deck est chargé.
        [many] { $count } d’autres decks sont chargés.
       *[other] { $count } autres decks sont chargés.
    }
decks-set-aside = Le deck `{ $id }` de ce serveur ne s’est pas chargé au démarrage du bot et a été mis de côté ({ $why }). Ses scores et révisions sont conservés : importe-le à nouveau avec `/deck importer`, ou supprime-le avec `/deck supprimer`.
help-line = `/{ $command }` : { $description }

## La question du jour.

daily-title = Question du jour
daily-every-day = Une question chaque jour à **{ $time }** ({ $zone }) dans <#{ $channel }>, tirée du { $what }.
daily-from-deck = deck `{ $deck }`
daily-from-deck-topic = deck `{ $deck }`, thème { $topic }
daily-from-default = deck par défaut
daily-next = Prochaine publication
daily-next-at = { $local } ({ $relative })
daily-last-posted = Dernière publication
daily-last-error = Dernière erreur d’envoi
daily-error = { $date } : { $message } (dernier essai { $relative } ; nouvel essai à la prochaine publication)

## Réponses à taper.

typed-form-title = Réponse
typed-form-label = Ta réponse

## Flashcards et révisions.

card-flashcard = Flashcard
card-review = Révision
card-review-new = Révision · nouvelle carte
card-review-done = Révision · { $done ->
        [one] { $done } carte revue
        [many] { $done } de cartes revues
       *[other] { $done } cartes revues
    }
card-review-done-new = Révision · { $done ->
        [one] { $done } carte revue
        [many] { $done } de cartes revues
       *[other] { $done } cartes revues
    } · nouvelle carte
card-heading = { $heading } · { $deck }
card-reveal = Voir la réponse
card-answer = **Réponse :** { $answer }
card-written-by = *Écrite par { $who }*
card-back-footer = À quel point la connaissais-tu ? Chaque bouton indique quand tu la reverrais.
grade-again = À revoir
grade-hard = Difficile
grade-good = Correct
grade-easy = Facile
grade-button = { $grade } · { $interval }
graded-title = { $grade } : à dans { $interval }
graded-due = Prochaine révision { $due }. `/réviser` te la ramènera le moment venu.
session-nothing-due = Rien à réviser pour l’instant.
session-done = Terminé : { $reviewed ->
        [one] { $reviewed } carte revue
        [many] { $reviewed } de cartes revues
       *[other] { $reviewed } cartes revues
    }, { $share } retenues.
session-next = Prochaine carte { $next } ; { $tomorrow ->
        [one] { $tomorrow } carte à revoir demain.
        [many] { $tomorrow } de cartes à revoir demain.
       *[other] { $tomorrow } cartes à revoir demain.
    }
session-empty = Rien à réviser pour l’instant : les cartes rejoignent ton programme de révision quand tu évalues une `/flashcard` ou que tu réponds à une question de quiz.
reminder-title = C’est l’heure de réviser
reminder-due = { $due ->
        [one] Tu as { $due } carte à réviser.
        [many] Tu as { $due } de cartes à réviser.
       *[other] Tu as { $due } cartes à réviser.
    } Quelques minutes maintenant suffisent pour t’en souvenir pendant des semaines. Les cartes des decks propres à un serveur se révisent avec `/réviser` sur ce serveur.

## Suppression d’un deck.

deck-removed-note = Le deck de cette question a été supprimé par un admin du serveur ; les points restent acquis.
deck-removed = Le deck `{ $deck }` est supprimé de ce serveur. Les points gagnés avec lui restent acquis.

## Statistiques des questions.

stats-hardest-line = { $place }. { $question } · { $correct ->
        [one] { $correct } bonne réponse
        [many] { $correct } de bonnes réponses
       *[other] { $correct } bonnes réponses
    } sur { $answered }
stats-most-chose = choix le plus fréquent : « { $wrong } » ({ $count })
stats-title = Questions les plus difficiles · { $deck }
stats-title-topic = Questions les plus difficiles · { $deck } · { $topic }
stats-reported = Signalées comme erronées
stats-footer = { $answers ->
        [one] { $answers } réponse
        [many] { $answers } de réponses
       *[other] { $answers } réponses
    } sur ce serveur · questions avec au moins { $at_least ->
        [one] { $at_least } réponse
        [many] { $at_least } de réponses
       *[other] { $at_least } réponses
    }
stats-quiz-me = Me tester sur celles-ci
stats-flashcards = Flashcards
stats-cards-footer = Les réponses sont masquées : clique sur l’une d’elles pour la voir. Ci-dessous, une question en flashcard.

## /langue.

language-set = Langue choisie : { $language }. Les questions, corrections, manches et questions du jour de ce serveur s’affichent désormais dans cette langue. Les réponses privées suivent la langue Discord de chaque membre.
language-show-chosen = Langue des publications de ce serveur : { $language }, choisie avec `/langue choisir`.
language-show-discord = Langue des publications de ce serveur : { $language }, la langue du serveur dans Discord. `/langue choisir` permet d’en choisir une autre.
language-offered = Langues : { $languages }
language-reset = Les publications de ce serveur suivent à nouveau la langue du serveur dans Discord : { $language }.

## Statistiques et paramètres de révision.

review-stats-title = Stats de révision
review-stats-none = aucune révision pour l’instant
review-stats-retention = { $share } ({ $remembered } sur { $graded })
review-stats-new = Nouvelles
review-stats-learning = Apprentissage
review-stats-review = Révision
review-stats-remembered = { $days ->
        [one] Retenues, dernier jour
       *[other] Retenues, { $days } derniers jours
    }
review-stats-week = À revoir aujourd’hui et les 6 jours suivants
review-stats-settings = Paramètres
review-settings-title = Tes révisions
review-settings-reminder = un MP à **{ $time }** ({ $zone }) les jours où des cartes sont dues ; prochain : { $next }
review-settings-no-reminder = désactivé
review-settings = Rétention souhaitée **{ $retention }** · { $new_per_day ->
        [one] **{ $new_per_day }** nouvelle carte par jour
       *[other] **{ $new_per_day }** nouvelles cartes par jour
    } · la journée commence à minuit ({ $zone })
    Rappel : { $remind }

## Nombres et durées.

# Les nombres eux-mêmes sont écrits par le bot dans la notation de chaque langue (1,234.5 / 1 234,5).
# chrono strftime: %a day, %-d day of month, %b month, %Z zone.
format-date-time = %a %-d %b, %H:%M %Z
number-percent = { $n } %
# Les durées des boutons d’évaluation, aussi courtes que celles d’Anki : 10 min, 5 h, 4 j, 1,5 mois, 2,1 ans.
span-minutes = { $n } min
span-hours = { $n } h
span-days = { $n } j
span-months = { $n } mois
span-years = { $n ->
        [one] { $n } an
       *[other] { $n } ans
    }
