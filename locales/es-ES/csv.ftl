# Los encabezados de columna de los dos archivos CSV de `/puntuaciones exportar`. La precisión de un miembro por
# tema ocupa una columna por tema, con el encabezado `{ csv-accuracy }: <tema>`; las opciones incorrectas más elegidas van numeradas.

## Puntuaciones, una fila por miembro.

csv-user-id = ID de usuario
csv-name = Nombre
csv-points = Puntos
csv-answered = Respondidas
csv-correct = Correctas
csv-accuracy = Precisión
csv-streak = Racha
csv-best-streak = Mejor racha
csv-daily-streak = Racha diaria
csv-best-daily-streak = Mejor racha diaria
csv-points-this-week = Puntos esta semana
csv-points-this-month = Puntos este mes

## Estadísticas de las preguntas, una fila por pregunta.

csv-deck = Mazo
csv-question-id = ID de pregunta
csv-topic = Tema
csv-asked = Veces preguntada
csv-answers = Respuestas
csv-right = Aciertos
csv-share-right = Tasa de aciertos
csv-median-seconds-to-right-under = Mediana de segundos hasta acertar (menos de)
csv-other-wrong = Otras incorrectas
csv-reports = Informes de problemas
csv-wrong-option = Opción incorrecta { $n }
csv-wrong-option-chosen = Opción incorrecta { $n }: veces elegida
