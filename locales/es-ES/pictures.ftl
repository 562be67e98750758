# Las palabras de las imágenes: la tarjeta de `/puntos`, la de `/repasar estadísticas` y las preguntas más
# difíciles de `/estadísticas`. Las imágenes encogen la línea que no cabe en su sitio: cuanto más corta, más grande se lee.

## La tarjeta de puntuación.

picture-score-title = Puntuación de { $name }
picture-score-summary = { $points ->
        [one] { $points } punto
        [many] { $points } de puntos
       *[other] { $points } puntos
    } · { $share } de aciertos · { $answered ->
        [one] { $answered } respuesta
        [many] { $answered } de respuestas
       *[other] { $answered } respuestas
    }
picture-rank-of = de { $of }
picture-streak = Racha
picture-daily-streak = Racha diaria
picture-this-week = Esta semana
picture-with-best = { $now } · récord: { $best }
picture-week-points = { $points ->
        [one] { $points } punto
        [many] { $points } de puntos
       *[other] { $points } puntos
    }
picture-topics = Temas, de peor a mejor
picture-points-30 = Puntos, últimos 30 días
picture-in-all = { $total } en total
picture-best-day = mejor día: { $most }
picture-30-days-ago = hace 30 días
picture-today = hoy

## La tarjeta de repasos.

picture-review-title = Repasos de { $name }
picture-review-summary = { $cards ->
        [one] { $cards } tarjeta en tu calendario
        [many] { $cards } de tarjetas en tu calendario
       *[other] { $cards } tarjetas en tu calendario
    }
picture-count = { $n }
picture-new = Nuevas
picture-learning = En aprendizaje
picture-review = En repaso
picture-remembered = { $days ->
        [one] Recordadas, último día
        [many] Recordadas, últimos { $days } de días
       *[other] Recordadas, últimos { $days } días
    }
picture-no-reviews = Aún no has repasado tarjetas ya vistas
picture-remembered-of = { $remembered } de { $graded ->
        [one] { $graded } repaso
        [many] { $graded } de repasos
       *[other] { $graded } repasos
    }
picture-due-7 = Pendientes, próximos 7 días
picture-in-6-days = dentro de 6 días

## Las preguntas más difíciles.

picture-stats-title = Preguntas más difíciles de { $deck }
picture-hardest = Preguntas más difíciles
picture-stats-counted = { $answers ->
        [one] { $answers } respuesta contada en este servidor
        [many] { $answers } de respuestas contadas en este servidor
       *[other] { $answers } respuestas contadas en este servidor
    }
picture-stats-counted-topic = { $answers ->
        [one] { $answers } respuesta contada en este servidor · tema: { $topic }
        [many] { $answers } de respuestas contadas en este servidor · tema: { $topic }
       *[other] { $answers } respuestas contadas en este servidor · tema: { $topic }
    }
picture-stats-right = aciertos: { $correct } de { $answered }
picture-stats-right-chosen = aciertos: { $correct } de { $answered } · «{ $wrong }» elegida { $chosen }×
picture-by-topic = Por tema
