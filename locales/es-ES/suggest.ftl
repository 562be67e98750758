# Preguntas sugeridas e informes de problemas: los formularios, las publicaciones y botones del canal de revisión,
# y lo que se les dice a quien sugiere y a quien informa.

## El formulario de pregunta (cinco campos) y los formularios de un párrafo.

form-question = Pregunta
form-answer = Respuesta
form-wrong = Opciones erróneas, una por línea (opcional)
form-explanation = Explicación (opcional)
form-topic = Tema (opcional)
form-suggest-title = Sugerir una pregunta
form-edit-suggestion = Editar la sugerencia
form-edit-question = Editar la pregunta
form-reject-title = Rechazar la sugerencia
form-reject-label = ¿Por qué no? (se le dirá al autor)
form-report-title = Informar de un problema
form-report-label = ¿Qué problema tiene esta pregunta?
form-refused = Esa pregunta incumple las normas del mazo, así que no se ha enviado; **Corregir** vuelve a abrir el formulario con lo que habías escrito.
    { $problems }
form-fix-it = Corregir

## Lo que ven los revisores en el canal de revisión.

reviewers-role = los miembros con el rol <@&{ $role }>
reviewers-managers = los miembros que pueden gestionar mensajes
suggestion-no-wrong = *(sin opciones incorrectas: se ofrecen otras respuestas del mazo)*
suggestion-title = Pregunta sugerida #{ $id } · mazo `{ $deck }`
suggestion-by = Sugerida por
suggestion-topic = Tema
suggestion-why = ¿Por qué?
suggestion-status = Estado
suggestion-waiting = Pendiente de revisión: Aprobar la añade al mazo, Editar permite cambiarla antes y Rechazar permite explicar el motivo.
suggestion-approved-by = ✅ Aprobada por <@{ $by }>: pregunta `{ $question }` del mazo `{ $deck }`.
suggestion-rejected-by = ❌ Rechazada por <@{ $by }>: { $reason }
suggestion-closed = ❌ Cerrada: { $reason }
suggestion-approve = Aprobar
suggestion-edit = Editar
suggestion-reject = Rechazar
report-no-answers = aún sin respuestas
report-answers = { $answers ->
        [one] { $answers } respuesta
        [many] { $answers } de respuestas
       *[other] { $answers } respuestas
    }, { $right ->
        [one] { $right } correcta
        [many] { $right } de correctas
       *[other] { $right } correctas
    } ({ $share })
report-numbers = { $asked ->
        [one] Preguntada una vez aquí
        [many] Preguntada { $asked } de veces aquí
       *[other] Preguntada { $asked } veces aquí
    } · { $right } · informes de problemas: { $reports }
report-title = Informe de problema #{ $id } · mazo `{ $deck }` ({ $title })
report-what = Qué falla
report-by = Enviado por
report-question = Pregunta
report-statistics = Sus estadísticas
report-bundled = Es un mazo incluido con el bot: cambiarlo le corresponde a quien gestiona el bot, que ve los informes abiertos sobre él. Descarta el informe cuando lo hayas leído.
report-dismiss = Descartar
report-edit = Editar la pregunta
report-remove = Eliminar la pregunta
report-dismissed-by = Descartado por <@{ $by }>.
report-edited-by = <@{ $by }> ha editado la pregunta.
report-removed-by = <@{ $by }> ha eliminado la pregunta de su mazo.

## Lo que se les dice a quien sugiere y a quien informa.

suggestion-sent = Enviada a los revisores en <#{ $channel }>. Te avisaré cuando se decida; `/sugerir mías` muestra en qué punto está.
suggestion-not-posted = No he podido publicarla en el canal de revisión <#{ $channel }> ({ $why }), así que no se ha enviado. Pide a un administrador que me deje publicar allí (o que elija otro canal con `/sugerir configurar`); **Corregir** la vuelve a enviar.
report-thanks = Gracias: tu informe ya está en manos de los revisores de este servidor.
report-not-posted = No he podido publicar tu informe en el canal de revisión <#{ $channel }> ({ $why }). Pide a un administrador que me deje publicar allí y luego vuelve a informar del problema.
author-approved = ✅ Se ha aprobado tu pregunta sugerida y se ha añadido al mazo `{ $deck }`: a partir de ahora puede salir en `/pregunta`, con tu nombre debajo de la respuesta.
author-rejected = ❌ No se ha añadido tu pregunta sugerida. Motivo de los revisores: { $reason }
author-title = Tu sugerencia
mine-waiting = ⏳ pendiente de revisión
mine-approved = ✅ aprobada, en el mazo `{ $deck }`
mine-rejected = ❌ no añadida: { $reason }
mine-none = Todavía no has sugerido ninguna pregunta en este servidor: `/sugerir pregunta` abre el formulario.
mine-title = Tus sugerencias
suggest-set-up = Las sugerencias y los informes de problemas irán ahora a <#{ $channel }>, donde { $reviewers } decidirán sobre ellos. Los miembros pueden sugerir preguntas con `/sugerir pregunta` e informar de problemas con el botón que aparece bajo cada pregunta cerrada.
