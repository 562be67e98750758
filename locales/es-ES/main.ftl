# en-US es el original: todas las demás traducciones tienen exactamente estas claves, con los mismos argumentos.

# El nombre de este idioma, tal como lo escriben sus hablantes.
language-name = Español

## Una pregunta en el canal, su solución y lo que se le dice a quien responde.

quiz-posted = He publicado la pregunta aquí abajo. Se cierra { $closes }.
quiz-title = Pregunta · { $deck }
quiz-typed-hint = Pulsa **Responder** y escribe la respuesta: no cuentan las mayúsculas, las tildes ni las erratas pequeñas.
quiz-closes = Se cierra { $closes }.
quiz-footer = { $deck } · { $topic } · una respuesta por persona; te digo en privado si has acertado
quiz-answer-button = Responder
quiz-question-gone = (esta pregunta ya no está en el mazo)
reveal-title = Cerrada · la respuesta es la { $letter }
reveal-title-typed = Cerrada · la respuesta está abajo
reveal-answered = { $answered ->
        [one] { $answered } respuesta
        [many] { $answered } de respuestas
       *[other] { $answered } respuestas
    } · { $right ->
        [one] { $right } correcta
        [many] { $right } de correctas
       *[other] { $right } correctas
    }
reveal-no-one = Nadie.
reveal-why = ¿Por qué?
reveal-written-by = Escrita por
report-button = Informar de un problema
answered-right = ✅ ¡Correcto! +{ $points ->
        [one] { $points } punto
        [many] { $points } de puntos
       *[other] { $points } puntos
    }
answered-wrong = ❌ Casi, pero no
answered-wrong-choice = ❌ Casi, pero no: has elegido la { $letter }
answered-the-answer = La respuesta es la **{ $letter }.** { $answer }
answered-typed-accepted = Has escrito «{ $typed }» y vale: la respuesta es **{ $answer }**.
answered-typed-accepted-as = Has escrito «{ $typed }», que vale como **{ $accepted }**; la respuesta es **{ $answer }**.
answered-typed-wrong = Has escrito «{ $typed }»; la respuesta es **{ $answer }**.

## Rondas.

round-title = Empieza la ronda
round-started = { $starter } ha empezado una ronda de { $total ->
        [one] { $total } pregunta
        [many] { $total } de preguntas
       *[other] { $total } preguntas
    } de `{ $deck }`, { $seconds ->
        [one] { $seconds } segundo
        [many] { $seconds } de segundos
       *[other] { $seconds } segundos
    } por pregunta. Responde con los botones; después de cada pregunta verás la clasificación.
round-started-topic = { $starter } ha empezado una ronda de { $total ->
        [one] { $total } pregunta
        [many] { $total } de preguntas
       *[other] { $total } preguntas
    } de `{ $deck }` sobre { $topic }, { $seconds ->
        [one] { $seconds } segundo
        [many] { $seconds } de segundos
       *[other] { $seconds } segundos
    } por pregunta. Responde con los botones; después de cada pregunta verás la clasificación.
round-no-answers = Aún no hay respuestas.
round-row = **{ $place }.** { $who } · { $points ->
        [one] { $points } punto
        [many] { $points } de puntos
       *[other] { $points } puntos
    } · { $right }/{ $answered } aciertos
round-row-fastest = **{ $place }.** { $who } · { $points ->
        [one] { $points } punto
        [many] { $points } de puntos
       *[other] { $points } puntos
    } · { $right }/{ $answered } aciertos · { $fastest }× la respuesta más rápida
round-standings = Clasificación de la ronda tras { $done } de { $total }
round-final = Clasificación final
round-finished = { $done ->
        [one] Ronda terminada: ya se ha hecho la única pregunta.
       *[other] Ronda terminada: ya se han hecho las { $done } preguntas.
    }
round-stopped = Ronda detenida tras { $done } de { $total ->
        [one] { $total } pregunta
        [many] { $total } de preguntas
       *[other] { $total } preguntas
    }.
round-cannot-post = La ronda ha terminado tras { $done } de { $total ->
        [one] { $total } pregunta
        [many] { $total } de preguntas
       *[other] { $total } preguntas
    }: no he podido publicar la siguiente.
round-points-count = Los puntos cuentan en `/puntos` y `/ranking`.

## Puntuaciones y rankings.

score-title = Puntuación · { $name }
score-points = Puntos
score-rank = Puesto
score-rank-of = #{ $rank } de { $of }
score-accuracy = Precisión
score-answered = Respondidas
score-correct = Correctas
score-streak = Racha
score-daily-streak = Racha diaria
score-with-best = { $now } (récord: { $best })
score-week = Esta semana
score-month = Este mes
score-by-topic = Por tema, de peor a mejor
score-topic-line = { $topic }: { $correct }/{ $answered } ({ $share })
score-period = { $points ->
        [one] { $points } punto
        [many] { $points } de puntos
       *[other] { $points } puntos
    }
score-period-ranked = { $points ->
        [one] { $points } punto
        [many] { $points } de puntos
       *[other] { $points } puntos
    } (#{ $rank })
leaderboard-server = Ranking · este servidor
leaderboard-channel = Ranking · este canal
leaderboard-week = Ranking · esta semana
leaderboard-month = Ranking · este mes
leaderboard-last-week = La semana pasada
leaderboard-last-month = El mes pasado
leaderboard-row = **{ $rank }.** { $who } · { $points ->
        [one] { $points } punto
        [many] { $points } de puntos
       *[other] { $points } puntos
    } · { $correct }/{ $answered } aciertos
leaderboard-winner = **{ $place }.** { $who } · { $points ->
        [one] { $points } punto
        [many] { $points } de puntos
       *[other] { $points } puntos
    }
leaderboard-empty = Nadie ha puntuado todavía en este periodo.
leaderboard-page = Página { $page } de { $pages }
leaderboard-previous = Anterior
leaderboard-next = Siguiente

## Mazos y ayuda.

decks-title = Mazos
decks-deck = { $title } · `{ $id }`
decks-own-deck = { $title } · `{ $id }` · de este servidor
decks-summary = { $questions ->
        [one] { $questions } pregunta
        [many] { $questions } de preguntas
       *[other] { $questions } preguntas
    }
    Temas: { $topics }
decks-language = Idioma de las preguntas: { $language }
decks-more = { $count ->
        [one] Hay otro mazo cargado.
        [many] Hay otros { $count } de mazos cargados.
       *[other] Hay otros { $count } mazos cargados.
    }
decks-set-aside = El mazo `{ $id }` de este servidor no se cargó al arrancar el bot y se ha apartado ({ $why }). Sus puntuaciones y repasos se conservan: vuelve a subirlo con `/mazo subir` o elimínalo con `/mazo eliminar`.
help-line = `/{ $command }`: { $description }

## La pregunta diaria.

daily-title = Pregunta diaria
daily-every-day = Todos los días a las **{ $time }** ({ $zone }) en <#{ $channel }>. Mazo: { $what }.
daily-from-deck = `{ $deck }`
daily-from-deck-topic = `{ $deck }`, tema { $topic }
daily-from-default = el predeterminado
daily-next = Próxima publicación
daily-next-at = { $local } ({ $relative })
daily-last-posted = Última publicación
daily-last-error = Último error de envío
daily-error = { $date }: { $message } (último intento: { $relative }; el siguiente, en la próxima publicación)

## Respuestas escritas.

typed-form-title = Respuesta
typed-form-label = Tu respuesta

## Tarjetas y repasos.

card-flashcard = Tarjeta
card-review = Repaso
card-review-new = Repaso · tarjeta nueva
card-review-done = Repaso · llevas { $done }
card-review-done-new = Repaso · llevas { $done } · tarjeta nueva
card-heading = { $heading } · { $deck }
card-reveal = Ver respuesta
card-answer = **Respuesta:** { $answer }
card-written-by = *Escrita por { $who }*
card-back-footer = ¿Te la sabías bien? Cada botón indica cuándo volverías a verla.
grade-again = Otra vez
grade-hard = Difícil
grade-good = Bien
grade-easy = Fácil
grade-button = { $grade } · { $interval }
graded-title = { $grade }: nos vemos dentro de { $interval }
graded-due = Próximo repaso: { $due }. `/repasar` te la volverá a traer cuando toque.
session-nothing-due = No tienes nada pendiente.
session-done = Terminado: { $reviewed ->
        [one] { $reviewed } tarjeta repasada
        [many] { $reviewed } de tarjetas repasadas
       *[other] { $reviewed } tarjetas repasadas
    }; has recordado el { $share }.
session-next = Próxima tarjeta: { $next }; { $tomorrow ->
        [one] mañana te toca { $tomorrow } tarjeta
        [many] mañana te tocan { $tomorrow } de tarjetas
       *[other] mañana te tocan { $tomorrow } tarjetas
    }.
session-empty = Todavía no tienes nada que repasar: las tarjetas entran en tu calendario cuando calificas una `/tarjeta` o respondes una pregunta.
reminder-title = Hora de repasar
reminder-due = { $due ->
        [one] Tienes { $due } tarjeta pendiente de repaso. Unos minutos ahora y la recordarás durante semanas.
        [many] Tienes { $due } de tarjetas pendientes de repaso. Unos minutos ahora y las recordarás durante semanas.
       *[other] Tienes { $due } tarjetas pendientes de repaso. Unos minutos ahora y las recordarás durante semanas.
    } Las tarjetas de los mazos propios de un servidor se repasan con `/repasar` en ese servidor.

## Eliminación de mazos.

deck-removed-note = Un administrador del servidor ha eliminado el mazo de esta pregunta; los puntos se mantienen.
deck-removed = Se ha eliminado el mazo `{ $deck }` de este servidor. Los puntos conseguidos con él se mantienen.

## Estadísticas de las preguntas.

stats-hardest-line = { $place }. { $question } · aciertos: { $correct } de { $answered }
stats-most-chose = la más elegida: «{ $wrong }» ({ $count })
stats-title = Preguntas más difíciles · { $deck }
stats-title-topic = Preguntas más difíciles · { $deck } · { $topic }
stats-reported = Señaladas como erróneas
stats-footer = { $answers ->
        [one] { $answers } respuesta
        [many] { $answers } de respuestas
       *[other] { $answers } respuestas
    } en este servidor · preguntas con al menos { $at_least ->
        [one] { $at_least } respuesta
        [many] { $at_least } de respuestas
       *[other] { $at_least } respuestas
    }
stats-quiz-me = Pregúntame estas
stats-flashcards = Tarjetas
stats-cards-footer = Las respuestas están ocultas: toca una para verla. Abajo, una en forma de tarjeta.

## /idioma.

language-set = Las preguntas, soluciones, rondas y publicaciones diarias de este servidor ahora están en { $language }. Las respuestas privadas siguen el idioma de Discord de cada miembro.
language-show-chosen = Las publicaciones de este servidor están en { $language }, elegido con `/idioma elegir`.
language-show-discord = Las publicaciones de este servidor están en { $language }, el idioma del servidor en Discord. Usa `/idioma elegir` para elegir otro.
language-offered = Idiomas: { $languages }
language-reset = Las publicaciones de este servidor vuelven a seguir el idioma del servidor en Discord: { $language }.

## Estadísticas y ajustes de repaso.

review-stats-title = Estadísticas de repaso
review-stats-none = aún no hay repasos
review-stats-retention = { $share } ({ $remembered } de { $graded })
review-stats-new = Nuevas
review-stats-learning = En aprendizaje
review-stats-review = En repaso
review-stats-remembered = { $days ->
        [one] Recordadas, último día
        [many] Recordadas, últimos { $days } de días
       *[other] Recordadas, últimos { $days } días
    }
review-stats-week = Pendientes, hoy y los próximos 6 días
review-stats-settings = Ajustes
review-settings-title = Tus repasos
review-settings-reminder = un MD a las **{ $time }** ({ $zone }) los días con tarjetas pendientes; el próximo, { $next }
review-settings-no-reminder = desactivado
review-settings = Retención deseada: **{ $retention }** · { $new_per_day ->
        [one] **{ $new_per_day }** tarjeta nueva al día
        [many] **{ $new_per_day }** de tarjetas nuevas al día
       *[other] **{ $new_per_day }** tarjetas nuevas al día
    } · el día empieza a medianoche ({ $zone })
    Recordatorio: { $remind }

## Números y periodos de tiempo.

# El bot escribe los números en la notación de cada idioma (1,234.5 / 1.234,5).
# chrono strftime: %a day, %-d day of month, %b month, %Z zone.
format-date-time = %a, %-d %b, %H:%M %Z
number-percent = { $n } %
# Los periodos de los botones de calificación, tan cortos como en Anki: 10 min, 5 h, 4 d, 1,5 meses, 2,1 años.
span-minutes = { $n } min
span-hours = { $n } h
span-days = { $n } d
span-months = { $n ->
        [one] { $n } mes
       *[other] { $n } meses
    }
span-years = { $n ->
        [one] { $n } año
       *[other] { $n } años
    }
