# Lo que se le dice en privado a un miembro cuando no se puede hacer algo que ha pedido.

error-went-wrong = Algo ha fallado por mi parte; ya ha quedado registrado. Vuelve a intentarlo.
error-unknown-command = No conozco este comando (puede que lo hayan quitado). `/ayuda` muestra los míos.
error-missing-permissions = Para usar esto necesitas: { $permissions }.
error-permissions-unknown = permisos que no he podido comprobar
error-bad-option = No he podido leer esa opción: { $error }

error-not-recognised = No reconozco este botón.
error-question-closed = Esta pregunta ya está cerrada.
error-already-answered = Ya has respondido a esta pregunta con la { $letter }; solo cuenta la primera respuesta.
error-already-typed = Ya has respondido a esta pregunta; solo cuenta la primera respuesta.
error-unknown-deck = No existe el mazo `{ $deck }`. `/mazos` muestra los mazos que tengo.
error-unknown-topic = El mazo `{ $deck }` no tiene el tema `{ $topic }`. `/mazos` muestra sus temas.
error-flashcards-only = El mazo `{ $deck }` solo se puede usar con `/tarjeta` y `/repasar`, o como preguntas de respuesta escrita: algunas de sus preguntas no tienen opciones incorrectas y el mazo tiene muy pocas respuestas distintas para formar cuatro opciones.
error-no-score = Todavía no has respondido ninguna pregunta en este servidor: prueba con `/pregunta`.
error-no-score-for = { $name } todavía no ha respondido ninguna pregunta en este servidor.
error-no-hard-questions = Ninguna pregunta del mazo `{ $deck }` tiene aún { $at_least ->
        [one] { $at_least } respuesta
        [many] { $at_least } de respuestas
       *[other] { $at_least } respuestas
    } en este servidor, así que ninguna se puede considerar difícil: prueba con `/pregunta` o con una `/ronda` y vuelve a consultarlo.
error-no-such-page = Esa página no existe: { $pages ->
        [one] solo hay { $pages } página
        [many] hay { $pages } de páginas
       *[other] hay { $pages } páginas
    }.
error-empty-leaderboard = { $table ->
        [channel] Nadie ha puntuado todavía en este canal: prueba con `/pregunta`.
       *[server] Nadie ha puntuado todavía en este servidor: prueba con `/pregunta`.
    }
error-channel-period = Los rankings semanales y mensuales son de todo el servidor: quita `alcance` o elige `periodo: total` para ver el de este canal.
error-guild-only = Usa esto en un servidor: funciona con las puntuaciones del servidor.
error-cannot-post = No puedo publicar en este canal; aquí me faltan estos permisos: { $missing }. Pide a un administrador que me los conceda o usa otro canal.
error-round-running = Ya hay una ronda en marcha en este canal (la ha empezado { $starter }; { $left ->
        [one] queda { $left } pregunta
        [many] quedan { $left } de preguntas
       *[other] quedan { $left } preguntas
    }). `/ronda parar` la termina.
error-no-round = No hay ninguna ronda en marcha en este canal.
error-not-your-round = Solo pueden pararla { $starter }, que la ha empezado, o un miembro con el permiso Gestionar mensajes.
error-deck-exists = Ya existe un mazo `{ $deck }`. Vuelve a subirlo con `reemplazar: True` para reemplazarlo; se conservan las puntuaciones y los repasos de las preguntas que se mantengan.
error-bundled-deck = `{ $deck }` es un mazo incluido con el bot y disponible en todos los servidores: no se puede reemplazar ni eliminar desde Discord. Sube tu versión con otro nombre de archivo.
error-too-many-decks = { $count ->
        [one] Este servidor ya tiene { $count } mazo propio, el máximo permitido.
        [many] Este servidor ya tiene { $count } de mazos propios, el máximo permitido.
       *[other] Este servidor ya tiene { $count } mazos propios, el máximo permitido.
    } Primero elimina uno con `/mazo eliminar`.
error-deck-memory-full = El bot ya guarda tantos mazos de servidores como permite quien lo gestiona ({ $mib } MiB en total), así que ahora no puede aceptar este. Elimina un mazo de este servidor o sube uno más pequeño; ya se ha avisado a quien gestiona el bot.
error-too-many-topics = Con este mazo, el número de temas del servidor llegaría a { $total }, por encima del máximo de { $max } (sus puntuaciones llevan un recuento por tema). Usa menos temas.
error-upload-in-progress = Ya se está comprobando otro mazo de este servidor: vuelve a intentarlo en un momento.
error-uploads-busy = Ahora mismo estoy comprobando mazos de otros servidores: vuelve a intentarlo en un momento.
error-cooldown = Más despacio: podrás volver a usar `/pregunta` dentro de { $seconds } s.
error-channel-busy = { $open ->
        [one] Este canal ya tiene { $open } pregunta abierta. Respóndela primero o vuelve a intentarlo cuando se cierre.
        [many] Este canal ya tiene { $open } de preguntas abiertas. Respóndelas primero o vuelve a intentarlo cuando se cierre alguna.
       *[other] Este canal ya tiene { $open } preguntas abiertas. Respóndelas primero o vuelve a intentarlo cuando se cierre alguna.
    }
error-need-permission = Necesitas el permiso { $permission } para hacer esto.
error-dashboard-off = Las páginas web de este bot están desactivadas: quien gestiona el bot puede activarlas con QUIZBOT_WEB_ADDR (consulta el README).
error-cannot-post-in = No puedo publicar en <#{ $channel }>; allí me faltan estos permisos: { $missing }. Pide a un administrador que me los conceda o elige otro canal.
error-no-daily = Este servidor no tiene pregunta diaria. Prográmala con `/diaria programar`.
error-discord-busy = Discord no ha aceptado la publicación ahora mismo ({ $why }); no se ha contado nada. Vuelve a intentarlo en un momento.
error-no-review-channel = Este servidor aún no ha configurado las sugerencias: un miembro con el permiso Gestionar servidor debe elegir con `/sugerir configurar` el canal donde las verán los revisores.
error-suggest-to-bundled = `{ $deck }` es un mazo incluido con el bot y disponible en todos los servidores: las sugerencias van a un mazo propio del servidor. Deja vacío `mazo` para sugerir en el mazo `community` del servidor.
error-too-many-suggestions = { $count ->
        [one] Tienes { $count } sugerencia pendiente de revisión en este servidor, el máximo por miembro.
        [many] Tienes { $count } de sugerencias pendientes de revisión en este servidor, el máximo por miembro.
       *[other] Tienes { $count } sugerencias pendientes de revisión en este servidor, el máximo por miembro.
    } `/sugerir mías` te las muestra; podrás volver a sugerir cuando se decida alguna.
error-suggestions-full = { $count ->
        [one] Este servidor tiene { $count } sugerencia pendiente de revisión, el máximo permitido: vuelve a intentarlo cuando los revisores se hayan puesto al día.
        [many] Este servidor tiene { $count } de sugerencias pendientes de revisión, el máximo permitido: vuelve a intentarlo cuando los revisores se hayan puesto al día.
       *[other] Este servidor tiene { $count } sugerencias pendientes de revisión, el máximo permitido: vuelve a intentarlo cuando los revisores se hayan puesto al día.
    }
error-unknown-suggestion = Esta sugerencia ya no existe.
error-already-approved = { $by } ya ha aprobado esta sugerencia.
error-already-rejected = { $by } ya ha rechazado esta sugerencia.
error-already-closed = Esta sugerencia ya está cerrada: { $reason }
error-suggested-deck-gone = Se ha eliminado el mazo `{ $deck }` al que iba esta sugerencia, así que no se puede añadir; ya se ha avisado a quien la hizo.
error-not-reviewer = Solo los revisores de este servidor deciden sobre las sugerencias y los informes: { $who }.
error-too-many-reports = { $count ->
        [one] Tienes { $count } informe de problema abierto en este servidor, el máximo por miembro: los revisores se ocuparán de él.
        [many] Tienes { $count } de informes de problemas abiertos en este servidor, el máximo por miembro: los revisores se ocuparán de ellos.
       *[other] Tienes { $count } informes de problemas abiertos en este servidor, el máximo por miembro: los revisores se ocuparán de ellos.
    }
error-reports-full = { $count ->
        [one] Este servidor tiene { $count } informe de problema abierto, el máximo permitido: vuelve a intentarlo cuando los revisores se hayan puesto al día.
        [many] Este servidor tiene { $count } de informes de problemas abiertos, el máximo permitido: vuelve a intentarlo cuando los revisores se hayan puesto al día.
       *[other] Este servidor tiene { $count } informes de problemas abiertos, el máximo permitido: vuelve a intentarlo cuando los revisores se hayan puesto al día.
    }
error-unknown-report = Este informe ya no existe.
error-report-closed = Este informe ya se ha gestionado.
error-question-gone = Esta pregunta ya no está en su mazo.
error-bundled-report = `{ $deck }` es un mazo incluido con el bot: sus preguntas no se pueden editar ni eliminar desde Discord, solo se puede descartar el informe (quien gestiona el bot ve los informes sobre los mazos incluidos).
error-last-question = Es la última pregunta del mazo `{ $deck }`: `/mazo eliminar` elimina el mazo entero.
error-no-draft = No hay nada que corregir: tu último formulario ya se envió o el bot se ha reiniciado desde entonces. Vuelve a usar el comando.
error-unknown-language = No hablo `{ $code }`. Hablo: { $languages }.

## Valores escritos que no se pueden usar.

error-bad-time = `{ $time }` no es una hora válida: usa HH:MM en formato de 24 horas, como 09:30.
error-unknown-zone = No conozco la zona horaria `{ $given }`: elige una de la lista (p. ej., { $suggestion }).
error-retention-outside = Una retención deseada de { $given } está fuera del rango { $min }-{ $max }: por debajo, los repasos llegan demasiado tarde para servir de algo; por encima, su número se dispara a cambio de muy poco.
error-too-many-new = { $given ->
        [one] { $given } tarjeta nueva al día es más de las { $max } que permito: cada una vuelve luego en los repasos.
        [many] { $given } de tarjetas nuevas al día son más de las { $max } que permito: cada una vuelve luego en los repasos.
       *[other] { $given } tarjetas nuevas al día son más de las { $max } que permito: cada una vuelve luego en los repasos.
    }
error-reason-length = Explica qué falla (de 1 a { $max } caracteres; has escrito { $given }).
error-edit-would-not-load = Con este cambio, el mazo `{ $deck }` no se cargaría:
    { $problems }
error-not-this-servers-channel = <#{ $channel }> no es un canal de este servidor: elige uno que sí lo sea.
error-not-a-text-channel = <#{ $channel }> no es un canal de texto.
error-not-this-servers-role = <@&{ $role }> no es un rol de este servidor: elige uno que sí lo sea.
error-not-a-deck-file = `{ $name }` no es un mazo: sube un archivo { $formats } (consulta `quizbot check` en el README).
error-deck-file-too-large = `{ $name }` ocupa más de { $mib } MiB: divídelo en varios mazos.

## Los permisos de Discord, tal como se llaman en sus ajustes.

permission-view-channel = Ver canal
permission-send-messages = Enviar mensajes
permission-embed-links = Insertar enlaces
permission-attach-files = Adjuntar archivos
permission-read-message-history = Leer el historial de mensajes
permission-manage-guild = Gestionar servidor
permission-manage-messages = Gestionar mensajes
permission-administrator = Administrador
