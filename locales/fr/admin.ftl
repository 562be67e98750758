# Ce qu’on dit aux admins d’un serveur : imports et modifications de decks, export des scores,
# liens du tableau de bord, et réponses à l’arrêt d’une manche ou de la question du jour.

## Decks.

upload-refused = `{ $file }` n’a pas été chargé et rien n’a changé. Problèmes :
    ```
    { $problems }```
upload-done = Le deck `{ $deck }` ({ $title }) appartient désormais à ce serveur : { $questions ->
        [one] { $questions } question
        [many] { $questions } de questions
       *[other] { $questions } questions
    }. Essaie `/quiz deck:{ $deck }`.
download-note = `{ $file }` : modifie-le, puis réimporte-le avec `/deck importer` (sous un autre nom s’il s’agit d’un deck intégré).
default-deck-set = `{ $deck }` ({ $title }) est désormais le deck par défaut de ce serveur.

## L’export des scores.

export-note = Les scores de ce serveur, une ligne par membre, et ses statistiques de questions, une ligne par question posée ici.
export-cut-scores = Le fichier complet dépasserait la limite de { $mib } Mio de Discord pour une pièce jointe : il ne contient que { $rows ->
        [one] le premier membre
       *[other] les { $rows } premiers membres
    } par nombre de points ; { $left ->
        [one] { $left } autre est omis
       *[other] { $left } autres sont omis
    }.
export-cut-questions = Le fichier complet dépasserait la limite de { $mib } Mio de Discord pour une pièce jointe : il ne contient que { $rows ->
        [one] la première question
       *[other] les { $rows } premières questions
    }, triées par deck et par id ; { $left ->
        [one] { $left } autre est omise
       *[other] { $left } autres sont omises
    }.

## Liens du tableau de bord.

dashboard-revoked-title = Tous les liens du tableau de bord de ce serveur sont révoqués
dashboard-revoked = Les liens créés jusqu’ici n’ouvrent plus rien. Les membres en obtiennent un nouveau avec `/tableau-de-bord`.
dashboard-title = Ton lien vers le tableau de bord
dashboard-open = Ouvrir le tableau de bord
dashboard-yours = Ce lien t’est personnel : toute personne qui le possède peut voir ces pages jusqu’au { $expires }. Un membre ayant la permission Gérer le serveur peut couper tous les liens avec `/tableau-de-bord révoquer:True`.
dashboard-yours-manager = Ce lien t’est personnel : toute personne qui le possède peut voir ces pages et l’export des scores jusqu’au { $expires }. Un membre ayant la permission Gérer le serveur peut couper tous les liens avec `/tableau-de-bord révoquer:True`.

## Arrêts.

round-stopping = Arrêt de la manche : voici le classement à ce stade.
daily-off = La question du jour est désactivée. La dernière reste ouverte jusqu’à l’heure prévue.
reminder-start = Commencer à réviser
