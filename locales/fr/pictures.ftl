# Les mots des images : la carte de `/score`, celle de `/réviser stats` et les questions les plus difficiles de `/stats`.
# Les images rétrécissent une ligne qui ne tient pas à sa place : plus c’est court, plus c’est gros.

## La carte de score.

picture-score-title = Score · { $name }
picture-score-summary = { $points ->
        [one] { $points } point
        [many] { $points } de points
       *[other] { $points } points
    } · { $share } de réussite · { $answered ->
        [one] { $answered } réponse
        [many] { $answered } de réponses
       *[other] { $answered } réponses
    }
picture-rank-of = sur { $of }
picture-streak = Série
picture-daily-streak = Série quotidienne
picture-this-week = Cette semaine
picture-with-best = { $now } · record { $best }
picture-week-points = { $points ->
        [one] { $points } point
        [many] { $points } de points
       *[other] { $points } points
    }
picture-topics = Thèmes, points faibles d’abord
picture-points-30 = Points, 30 derniers jours
picture-in-all = { $total } au total
picture-best-day = meilleur jour : { $most }
picture-30-days-ago = il y a 30 jours
picture-today = aujourd’hui

## La carte des révisions.

picture-review-title = Révisions · { $name }
picture-review-summary = { $cards ->
        [one] { $cards } carte dans ton programme
        [many] { $cards } de cartes dans ton programme
       *[other] { $cards } cartes dans ton programme
    }
picture-count = { $n }
picture-new = Nouvelles
picture-learning = Apprentissage
picture-review = Révision
picture-remembered = { $days ->
        [one] Retenues, dernier jour
       *[other] Retenues, { $days } derniers jours
    }
picture-no-reviews = Pas encore de révision de cartes déjà vues
picture-remembered-of = { $graded ->
        [one] { $remembered } sur { $graded } révision
        [many] { $remembered } sur { $graded } de révisions
       *[other] { $remembered } sur { $graded } révisions
    }
picture-due-7 = À revoir, 7 prochains jours
picture-in-6-days = dans 6 jours

## Les questions les plus difficiles.

picture-stats-title = Questions les plus difficiles · { $deck }
picture-hardest = Questions les plus difficiles
picture-stats-counted = { $answers ->
        [one] { $answers } réponse comptée sur ce serveur
        [many] { $answers } de réponses comptées sur ce serveur
       *[other] { $answers } réponses comptées sur ce serveur
    }
picture-stats-counted-topic = { $answers ->
        [one] { $answers } réponse comptée sur ce serveur · thème : { $topic }
        [many] { $answers } de réponses comptées sur ce serveur · thème : { $topic }
       *[other] { $answers } réponses comptées sur ce serveur · thème : { $topic }
    }
picture-stats-right = { $correct ->
        [one] { $correct } bonne réponse sur { $answered }
        [many] { $correct } de bonnes réponses sur { $answered }
       *[other] { $correct } bonnes réponses sur { $answered }
    }
picture-stats-right-chosen = { $correct ->
        [one] { $correct } bonne réponse sur { $answered }
        [many] { $correct } de bonnes réponses sur { $answered }
       *[other] { $correct } bonnes réponses sur { $answered }
    } · « { $wrong } » choisi { $chosen } fois
picture-by-topic = Par thème
