# Los comandos de barra tal como los muestra Discord: `command-<comando>[-<subcomando>]` es un nombre, `-description`
# su descripción, `-<opción>` el nombre de una opción (y su `-description`), `-<opción>-<valor>` un valor a elegir.
# Nombres: de 1 a 32 letras minúsculas, cifras, - o _, sin espacios. Descripciones: 100 caracteres como máximo.
# Los nombres de en-US deben seguir siendo los que usa el código para despachar (lo comprueba un test); los demás se traducen libremente.

command-quiz = pregunta
command-quiz-description = Publica aquí una pregunta tipo test; todos pueden responder una vez durante un minuto.
command-quiz-deck = mazo
command-quiz-deck-description = Mazo del que sacar las preguntas (por defecto: el primero)
command-quiz-topic = tema
command-quiz-topic-description = Solo preguntas de este tema

command-round = ronda
command-round-description = Una ronda para el grupo de estudio en este canal: varias preguntas seguidas.
command-round-start = empezar
command-round-start-description = Empieza aquí una ronda: preguntas seguidas y clasificación tras cada una; resiste reinicios del bot.
command-round-start-questions = preguntas
command-round-start-questions-description = Cuántas preguntas (1-25, por defecto 10)
command-round-start-seconds = segundos
command-round-start-seconds-description = Segundos que sigue abierta cada pregunta (10-300, por defecto 30)
command-round-start-deck = mazo
command-round-start-deck-description = Mazo del que sacar las preguntas (por defecto: el primero)
command-round-start-topic = tema
command-round-start-topic-description = Solo preguntas de este tema
command-round-stop = parar
command-round-stop-description = Detén la ronda en marcha aquí (quien la empezó o un miembro con Gestionar mensajes).

command-daily = diaria
command-daily-description = Una pregunta al día a una hora fija, que se responde y puntúa como `/pregunta`.
command-daily-set = programar
command-daily-set-description = Publica una pregunta diaria en un canal a una hora local (requiere Gestionar servidor).
command-daily-set-channel = canal
command-daily-set-channel-description = Dónde publicarla
command-daily-set-time = hora
command-daily-set-time-description = Hora local, HH:MM (24 horas), p. ej. 09:30
command-daily-set-timezone = zona_horaria
command-daily-set-timezone-description = Zona horaria (nombre IANA, p. ej. Europe/Madrid)
command-daily-set-deck = mazo
command-daily-set-deck-description = Mazo del que sacar las preguntas (por defecto: el primero)
command-daily-set-topic = tema
command-daily-set-topic-description = Solo preguntas de este tema
command-daily-show = ver
command-daily-show-description = El horario de la pregunta diaria, su próxima publicación y el último error de envío.
command-daily-off = desactivar
command-daily-off-description = Desactiva la pregunta diaria (requiere Gestionar servidor).

command-flashcard = tarjeta
command-flashcard-description = Una tarjeta personal: la pregunta, luego la respuesta y después te calificas. Sin puntos.
command-flashcard-deck = mazo
command-flashcard-deck-description = Mazo del que sacar las preguntas (por defecto: el primero)
command-flashcard-topic = tema
command-flashcard-topic-description = Solo preguntas de este tema

command-review = repasar
command-review-description = Repasa lo pendiente (FSRS), mira tus estadísticas o configura un recordatorio o tus ajustes.
command-review-stats = estadísticas
command-review-stats-description = Muestra tus tarjetas, cuánto has recordado y los próximos siete días
command-review-remind = recordatorio
command-review-remind-description = Un MD los días con tarjetas pendientes: una hora local HH:MM, u off para quitarlo
command-review-timezone = zona_horaria
command-review-timezone-description = Tu zona horaria, para el recordatorio y para saber cuándo empieza tu día (nombre IANA)
command-review-retention = retención
command-review-retention-description = Proporción de tarjetas que quieres seguir sabiendo cuando toque repasarlas (0.70-0.97)
command-review-new-per-day = nuevas_por_día
command-review-new-per-day-description = Tarjetas nuevas al día (0-100)

command-score = puntos
command-score-description = Tus puntos, precisión, rachas, puesto, precisión por tema y últimos 30 días, con una imagen.
command-score-user = usuario
command-score-user-description = De quién es la puntuación (por defecto: la tuya)

command-leaderboard = ranking
command-leaderboard-description = Top 10 por puntos: del servidor desde siempre, de esta semana o mes, o de este canal.
command-leaderboard-scope = alcance
command-leaderboard-scope-description = servidor (por defecto) o canal: puntos ganados en este canal
command-leaderboard-scope-server = servidor
command-leaderboard-scope-channel = canal
command-leaderboard-period = periodo
command-leaderboard-period-description = total (por defecto), semana (desde el lunes) o mes, en la zona horaria del servidor
command-leaderboard-period-all = total
command-leaderboard-period-week = semana
command-leaderboard-period-month = mes
command-leaderboard-page = página
command-leaderboard-page-description = Página (10 por página)

command-stats = estadísticas
command-stats-description = Las preguntas más difíciles del servidor (por % de aciertos) y la precisión por tema, en una imagen.
command-stats-deck = mazo
command-stats-deck-description = Mazo (por defecto: el mazo predeterminado del servidor)
command-stats-topic = tema
command-stats-topic-description = Solo preguntas de este tema

command-suggest = sugerir
command-suggest-description = Sugiere una pregunta para los mazos del servidor, mira las tuyas o configura su revisión.
command-suggest-question = pregunta
command-suggest-question-description = Escribe una pregunta; cuando un revisor la apruebe, entrará en el mazo con tu nombre.
command-suggest-question-deck = mazo
command-suggest-question-deck-description = Un mazo de este servidor (por defecto: su mazo community)
command-suggest-mine = mías
command-suggest-mine-description = Tus sugerencias en este servidor y lo que han decidido los revisores.
command-suggest-setup = configurar
command-suggest-setup-description = Dónde y por quién se revisan sugerencias e informes de problemas (requiere Gestionar servidor).
command-suggest-setup-channel = canal
command-suggest-setup-channel-description = El canal donde los revisores verán las sugerencias y los informes
command-suggest-setup-role = rol
command-suggest-setup-role-description = Quién revisa (por defecto: los miembros que pueden gestionar mensajes)

command-decks = mazos
command-decks-description = Los mazos que puedes usar aquí: id, título, preguntas y temas.

command-deck = mazo
command-deck-description = Gestiona los mazos propios de este servidor.
command-deck-upload = subir
command-deck-upload-description = Sube un mazo propio (JSON, CSV o TSV): se comprueba como `quizbot check` y se activa al momento.
command-deck-upload-file = archivo
command-deck-upload-file-description = El mazo: un archivo .json, .csv, .tsv o .txt de 1 MiB como máximo; su nombre es el id del mazo
command-deck-upload-replace = reemplazar
command-deck-upload-replace-description = Reemplaza el mazo del servidor con ese id (las puntuaciones de las preguntas que sigan se mantienen)
command-deck-remove = eliminar
command-deck-remove-description = Elimina un mazo propio del servidor; sus preguntas abiertas se cierran y los puntos se mantienen.
command-deck-remove-deck = mazo
command-deck-remove-deck-description = El mazo que quieres eliminar
command-deck-download = descargar
command-deck-download-description = Un mazo como archivo JSON, para editarlo y volver a subirlo.
command-deck-download-deck = mazo
command-deck-download-deck-description = El mazo que quieres descargar
command-deck-default = predeterminado
command-deck-default-description = El mazo que usan aquí `/pregunta`, `/ronda`, `/tarjeta` y `/diaria` si no se indica ninguno.
command-deck-default-deck = mazo
command-deck-default-deck-description = El mazo que se usará por defecto en este servidor

command-scores = puntuaciones
command-scores-description = Llévate las puntuaciones y las estadísticas de preguntas del servidor.
command-scores-export = exportar
command-scores-export-description = Las puntuaciones y las estadísticas de preguntas del servidor en dos archivos CSV.

command-dashboard = panel
command-dashboard-description = Enlace privado a las páginas web del servidor (24 h); revocar:True anula todos (Gestionar servidor).
command-dashboard-revoke = revocar
command-dashboard-revoke-description = True: todos los enlaces al panel de este servidor dejan de funcionar (requiere Gestionar servidor)

command-help = ayuda
command-help-description = Qué hace cada comando.


command-language = idioma
command-language-description = El idioma de las preguntas, soluciones, rondas y publicaciones diarias del servidor.
command-language-set = elegir
command-language-set-description = Publica las preguntas y los resultados del servidor en un idioma (requiere Gestionar servidor).
command-language-set-language = idioma
command-language-set-language-description = Un idioma que habla el bot, p. ej. de o pt-BR
command-language-show = ver
command-language-show-description = El idioma de las publicaciones del servidor y los idiomas disponibles.
command-language-reset = restablecer
command-language-reset-description = Vuelve a seguir el idioma del servidor en Discord (requiere Gestionar servidor).
