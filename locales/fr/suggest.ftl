# Questions proposées et signalements de problèmes : les formulaires, les messages et boutons du salon de relecture,
# et ce qu’on dit à l’auteur et à la personne qui signale.

## Le formulaire de question (cinq champs) et les formulaires à un seul paragraphe.

form-question = Question
form-answer = Réponse
form-wrong = Fausses réponses, une par ligne (facultatif)
form-explanation = Explication (facultatif)
form-topic = Thème (facultatif)
form-suggest-title = Proposer une question
form-edit-suggestion = Modifier la proposition
form-edit-question = Modifier la question
form-reject-title = Refuser la proposition
form-reject-label = Motif du refus (transmis à l’auteur)
form-report-title = Signaler un problème
form-report-label = Qu’est-ce qui ne va pas dans cette question ?
form-refused = Cette question enfreint les règles du deck, elle n’a donc pas été envoyée ; **Corriger** rouvre le formulaire avec ce que tu as saisi.
    { $problems }
form-fix-it = Corriger

## Ce que les relecteurs voient dans le salon de relecture.

reviewers-role = les membres ayant le rôle <@&{ $role }>
reviewers-managers = les membres qui peuvent gérer les messages
suggestion-no-wrong = *(pas de mauvaises réponses : d’autres réponses du deck sont proposées)*
suggestion-title = Question proposée #{ $id } · deck `{ $deck }`
suggestion-by = Proposée par
suggestion-topic = Thème
suggestion-why = Pourquoi
suggestion-status = Statut
suggestion-waiting = En attente d’un relecteur : Approuver l’ajoute au deck, Modifier permet de la retoucher d’abord, Refuser permet de dire pourquoi.
suggestion-approved-by = ✅ Approuvée par <@{ $by }> : question `{ $question }` du deck `{ $deck }`.
suggestion-rejected-by = ❌ Refusée par <@{ $by }> : { $reason }
suggestion-closed = ❌ Clôturée : { $reason }
suggestion-approve = Approuver
suggestion-edit = Modifier
suggestion-reject = Refuser
report-no-answers = aucune réponse pour l’instant
report-answers = { $answers ->
        [one] { $answers } réponse
        [many] { $answers } de réponses
       *[other] { $answers } réponses
    }, { $right ->
        [one] { $right } juste
       *[other] { $right } justes
    } ({ $share })
report-numbers = { $asked ->
        [1] Posée une fois ici
       *[other] Posée { $asked } fois ici
    } · { $right } · signalements : { $reports }
report-title = Signalement #{ $id } · deck `{ $deck }` ({ $title })
report-what = Ce qui ne va pas
report-by = Signalé par
report-question = Question
report-statistics = Ses statistiques
report-bundled = Un deck intégré : c’est à l’opérateur du bot de le modifier, et il voit les signalements ouverts qui le concernent. Classe ce signalement sans suite une fois lu.
report-dismiss = Classer sans suite
report-edit = Modifier la question
report-remove = Supprimer la question
report-dismissed-by = Classé sans suite par <@{ $by }>.
report-edited-by = La question a été modifiée par <@{ $by }>.
report-removed-by = La question a été retirée de son deck par <@{ $by }>.

## Ce qu’on dit à l’auteur et à la personne qui signale.

suggestion-sent = Envoyée aux relecteurs dans <#{ $channel }>. Je te préviendrai quand une décision sera prise ; `/proposer suivi` indique où elle en est.
suggestion-not-posted = Je n’ai pas pu la publier dans le salon de relecture <#{ $channel }> ({ $why }), elle n’a donc pas été envoyée. Demande à un admin de m’autoriser à y publier (ou d’en choisir un autre avec `/proposer configurer`) ; **Corriger** la renvoie.
report-thanks = Merci ! Ton signalement a été transmis aux relecteurs de ce serveur.
report-not-posted = Je n’ai pas pu publier ton signalement dans le salon de relecture <#{ $channel }> ({ $why }). Demande à un admin de m’autoriser à y publier, puis signale à nouveau.
author-approved = ✅ Ta question proposée a été approuvée et ajoutée au deck `{ $deck }` : elle peut désormais tomber dans `/quiz`, avec ton nom sous sa réponse.
author-rejected = ❌ Ta question proposée n’a pas été ajoutée. Raison donnée par les relecteurs : { $reason }
author-title = Ta proposition
mine-waiting = ⏳ en attente de relecture
mine-approved = ✅ approuvée, dans le deck `{ $deck }`
mine-rejected = ❌ non ajoutée : { $reason }
mine-none = Tu n’as encore proposé aucune question sur ce serveur : `/proposer question` ouvre le formulaire.
mine-title = Tes propositions
suggest-set-up = Les propositions et signalements arrivent désormais dans <#{ $channel }>, où { $reviewers } en décident. Les membres proposent avec `/proposer question`, et signalent avec le bouton affiché sous chaque question une fois sa réponse révélée.
