# Ce qu’on dit en privé à un membre quand ce qu’il a demandé est impossible.

error-went-wrong = Un problème est survenu de mon côté ; il a été enregistré. Réessaie.
error-unknown-command = Je ne connais pas cette commande (elle a peut-être été supprimée). `/aide` liste les miennes.
error-missing-permissions = Tu as besoin de { $permissions } pour faire ça.
error-permissions-unknown = permissions que je n’ai pas pu vérifier
error-bad-option = Je n’ai pas pu lire cette option : { $error }

error-not-recognised = Je ne reconnais pas ce bouton.
error-question-closed = Cette question est fermée.
error-already-answered = Tu as déjà répondu { $letter } à cette question ; seule ta première réponse compte.
error-already-typed = Tu as déjà répondu à cette question ; seule ta première réponse compte.
error-unknown-deck = Il n’y a pas de deck `{ $deck }`. `/decks` liste les decks disponibles.
error-unknown-topic = Le deck `{ $deck }` n’a pas de thème `{ $topic }`. `/decks` liste ses thèmes.
error-flashcards-only = Le deck `{ $deck }` ne s’utilise qu’avec `/flashcard` et `/réviser`, ou en questions à taper : certaines de ses questions n’ont pas de mauvaises réponses proposées, et le deck n’a pas assez de réponses différentes pour former quatre choix.
error-no-score = Tu n’as encore répondu à aucune question sur ce serveur : essaie `/quiz`.
error-no-score-for = { $name } n’a encore répondu à aucune question sur ce serveur.
error-no-hard-questions = Aucune question du deck `{ $deck }` n’a encore atteint { $at_least ->
        [one] { $at_least } réponse
        [many] { $at_least } de réponses
       *[other] { $at_least } réponses
    } sur ce serveur, donc aucune ne peut être jugée difficile : essaie `/quiz` ou une `/manche`, puis redemande.
error-no-such-page = Cette page n’existe pas : il y a { $pages ->
        [one] { $pages } page
        [many] { $pages } de pages
       *[other] { $pages } pages
    }.
error-empty-leaderboard = { $table ->
        [channel] Personne n’a encore marqué de points dans ce salon : essaie `/quiz`.
       *[server] Personne n’a encore marqué de points sur ce serveur : essaie `/quiz`.
    }
error-channel-period = Les classements de la semaine et du mois sont ceux du serveur : n’indique pas `portée`, ou choisis `période: tout` pour le classement de ce salon.
error-guild-only = Utilise cette commande sur un serveur : elle s’appuie sur les scores du serveur.
error-cannot-post = Je ne peux pas publier dans ce salon : il me faut { $missing } ici. Demande à un admin de me l’accorder, ou utilise un autre salon.
error-round-running = Une manche est déjà en cours dans ce salon (lancée par { $starter }, { $left ->
        [one] { $left } question restante
        [many] { $left } de questions restantes
       *[other] { $left } questions restantes
    }). `/manche arrêter` y met fin.
error-no-round = Aucune manche n’est en cours dans ce salon.
error-not-your-round = Seuls { $starter }, qui a lancé cette manche, et les membres ayant la permission Gérer les messages peuvent l’arrêter.
error-deck-exists = Un deck `{ $deck }` existe déjà. Importe-le à nouveau avec `remplacer: True` pour le remplacer ; les scores et révisions des questions qu’il garde sont conservés.
error-bundled-deck = `{ $deck }` est un deck intégré, fourni à tous les serveurs : il ne peut être ni remplacé ni supprimé depuis Discord. Importe ta version sous un autre nom de fichier.
error-too-many-decks = Ce serveur a déjà importé { $count ->
        [one] { $count } deck
        [many] { $count } de decks
       *[other] { $count } decks
    }, le maximum autorisé. Supprimes-en un d’abord avec `/deck supprimer`.
error-deck-memory-full = Le bot héberge déjà autant de decks de serveurs que son opérateur le permet ({ $mib } Mio au total), il ne peut donc pas accepter celui-ci pour l’instant. Supprime un deck de ce serveur ou importe-en un plus petit ; l’opérateur a été prévenu.
error-too-many-topics = Ce deck porterait le nombre de thèmes de ce serveur à { $total }, au-delà des { $max } autorisés par serveur (ses scores sont comptés thème par thème). Utilise moins de thèmes.
error-upload-in-progress = Un autre deck de ce serveur est en cours de vérification : réessaie dans un instant.
error-uploads-busy = Je vérifie les decks d’autres serveurs en ce moment : réessaie dans un instant.
error-cooldown = Pas si vite : tu pourras réutiliser `/quiz` dans { $seconds } s.
error-channel-busy = Ce salon a déjà { $open ->
        [one] { $open } question ouverte
        [many] { $open } de questions ouvertes
       *[other] { $open } questions ouvertes
    }. Réponds d’abord à celles-ci, ou réessaie dès qu’une question se ferme.
error-need-permission = Tu as besoin de la permission { $permission } pour faire ça.
error-dashboard-off = Les pages web de ce bot sont désactivées : son opérateur les active avec QUIZBOT_WEB_ADDR (voir le README).
error-cannot-post-in = Je ne peux pas publier dans <#{ $channel }> : il me faut { $missing } là-bas. Demande à un admin de me l’accorder, ou choisis un autre salon.
error-no-daily = Ce serveur n’a pas de question du jour. `/quotidien programmer` en programme une.
error-discord-busy = Discord n’a pas accepté la publication à l’instant ({ $why }) ; rien n’a été compté. Réessaie dans un instant.
error-no-review-channel = Ce serveur n’a pas encore configuré les propositions : un membre ayant la permission Gérer le serveur doit choisir, avec `/proposer configurer`, le salon où les relecteurs les voient.
error-suggest-to-bundled = `{ $deck }` est un deck intégré, fourni à tous les serveurs : les propositions vont dans un deck propre à ce serveur. N’indique pas `deck` pour proposer dans le deck `community` du serveur.
error-too-many-suggestions = Tu as { $count ->
        [one] { $count } proposition
        [many] { $count } de propositions
       *[other] { $count } propositions
    } en attente de relecture sur ce serveur, le maximum par membre. `/proposer suivi` les liste ; propose à nouveau dès qu’une décision est prise.
error-suggestions-full = Ce serveur a { $count ->
        [one] { $count } proposition
        [many] { $count } de propositions
       *[other] { $count } propositions
    } en attente de relecture, le maximum autorisé : réessaie quand ses relecteurs auront rattrapé leur retard.
error-unknown-suggestion = Cette proposition n’existe plus.
error-already-approved = Cette proposition a déjà été approuvée par { $by }.
error-already-rejected = Cette proposition a déjà été refusée par { $by }.
error-already-closed = Cette proposition a déjà été clôturée : { $reason }
error-suggested-deck-gone = Le deck `{ $deck }` visé par cette proposition a été supprimé, elle ne peut donc pas être ajoutée ; son auteur a été prévenu.
error-not-reviewer = Seuls les relecteurs de ce serveur décident des propositions et des signalements : { $who }.
error-too-many-reports = Tu as { $count ->
        [one] { $count } signalement ouvert
        [many] { $count } de signalements ouverts
       *[other] { $count } signalements ouverts
    } sur ce serveur, le maximum par membre : les relecteurs vont s’en occuper.
error-reports-full = Ce serveur a { $count ->
        [one] { $count } signalement ouvert
        [many] { $count } de signalements ouverts
       *[other] { $count } signalements ouverts
    }, le maximum autorisé : réessaie quand ses relecteurs auront rattrapé leur retard.
error-unknown-report = Ce signalement n’existe plus.
error-report-closed = Ce signalement a déjà été traité.
error-question-gone = Cette question n’est plus dans son deck.
error-bundled-report = `{ $deck }` est un deck intégré : ses questions ne peuvent être ni modifiées ni supprimées depuis Discord, seul le signalement peut être classé sans suite (l’opérateur du bot voit les signalements sur les decks intégrés).
error-last-question = C’est la dernière question du deck `{ $deck }` : `/deck supprimer` supprime le deck entier.
error-no-draft = Il n’y a rien à corriger : ton dernier formulaire a été envoyé, ou le bot a redémarré depuis. Relance la commande.
error-unknown-language = Je ne parle pas `{ $code }`. Je parle : { $languages }.

## Valeurs saisies inutilisables.

error-bad-time = `{ $time }` n’est pas une heure : utilise le format HH:MM sur 24 h, par exemple 09:30.
error-unknown-zone = `{ $given }` n’est pas un fuseau horaire que je connais : choisis-en un dans la liste (ex. { $suggestion }).
error-retention-outside = Une rétention souhaitée de { $given } n’est pas comprise entre { $min } et { $max } : en dessous, les révisions arrivent trop tard pour être utiles ; au-dessus, leur nombre explose pour un gain minime.
error-too-many-new = { $given ->
        [one] { $given } nouvelle carte par jour
        [many] { $given } de nouvelles cartes par jour
       *[other] { $given } nouvelles cartes par jour
    }, c’est plus que les { $max } que j’autorise : chaque carte revient ensuite en révision.
error-reason-length = Décris le problème en 1 à { $max ->
        [one] { $max } caractère
        [many] { $max } de caractères
       *[other] { $max } caractères
    } (tu en as saisi { $given }).
error-edit-would-not-load = Le deck `{ $deck }` ne se chargerait plus avec cette modification :
    { $problems }
error-not-this-servers-channel = <#{ $channel }> n’est pas un salon de ce serveur : choisis un de ses salons.
error-not-a-text-channel = <#{ $channel }> n’est pas un salon textuel.
error-not-this-servers-role = <@&{ $role }> n’est pas un rôle de ce serveur : choisis un de ses rôles.
error-not-a-deck-file = `{ $name }` n’est pas un deck : importe un fichier { $formats } (voir `quizbot check` dans le README).
error-deck-file-too-large = `{ $name }` dépasse { $mib } Mio : répartis-le en plusieurs decks.

## Les permissions de Discord, telles que ses paramètres les nomment.

permission-view-channel = Voir le salon
permission-send-messages = Envoyer des messages
permission-embed-links = Intégrer des liens
permission-attach-files = Joindre des fichiers
permission-read-message-history = Voir les anciens messages
permission-manage-guild = Gérer le serveur
permission-manage-messages = Gérer les messages
permission-administrator = Administrateur
