# Lo que se les dice a los administradores del servidor: subidas y cambios de mazos, la exportación de puntuaciones,
# los enlaces al panel y las respuestas al detener una ronda o la pregunta diaria.

## Mazos.

upload-refused = No se ha cargado `{ $file }` y no ha cambiado nada. Problemas:
    ```
    { $problems }```
upload-done = El mazo `{ $deck }` ({ $title }) ya es de este servidor: { $questions ->
        [one] { $questions } pregunta
        [many] { $questions } de preguntas
       *[other] { $questions } preguntas
    }. Prueba con `/pregunta mazo:{ $deck }`.
download-note = `{ $file }`: edítalo y vuelve a subirlo con `/mazo subir` (con otro nombre si es un mazo incluido con el bot).
default-deck-set = `{ $deck }` ({ $title }) es ahora el mazo predeterminado de este servidor.

## La exportación de puntuaciones.

export-note = Las puntuaciones de este servidor, una fila por miembro, y sus estadísticas de preguntas, una fila por cada pregunta hecha aquí.
export-cut-scores = El archivo completo superaría los { $mib } MiB que Discord permite por archivo adjunto: incluye { $rows ->
        [one] solo al miembro con más puntos
       *[other] a los { $rows } miembros con más puntos
    } y deja fuera { $left ->
        [one] a { $left } más
       *[other] a otros { $left }
    }.
export-cut-questions = El archivo completo superaría los { $mib } MiB que Discord permite por archivo adjunto: incluye, por orden de mazo e id, { $rows ->
        [one] solo la primera pregunta
       *[other] las { $rows } primeras preguntas
    } y deja fuera { $left ->
        [one] { $left } más
       *[other] otras { $left }
    }.

## Enlaces al panel.

dashboard-revoked-title = Enlaces al panel revocados
dashboard-revoked = Los enlaces creados hasta ahora ya no abren nada. Los miembros pueden conseguir uno nuevo con `/panel`.
dashboard-title = Tu enlace al panel
dashboard-open = Abrir el panel
dashboard-yours = Es tuyo: cualquiera que lo tenga podrá ver estas páginas hasta el { $expires }. Quienes tienen el permiso Gestionar servidor pueden anular todos los enlaces con `/panel revocar:True`.
dashboard-yours-manager = Es tuyo: cualquiera que lo tenga podrá ver estas páginas y la exportación de puntuaciones hasta el { $expires }. Quienes tienen el permiso Gestionar servidor pueden anular todos los enlaces con `/panel revocar:True`.

## Al detener.

round-stopping = Detengo la ronda; a continuación, la clasificación hasta el momento.
daily-off = La pregunta diaria está desactivada. La última sigue abierta hasta su hora de cierre.
reminder-start = Empezar a repasar
