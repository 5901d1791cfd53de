<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Command line</name>
    <message>
        <source>{path} already exists and is not Crampwise&apos;s; it was left as it is.</source>
        <translation>{path} existe déjà et n&apos;appartient pas à Crampwise ; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>The crampwise command is {path}.</source>
        <translation>La commande crampwise est {path}.</translation>
    </message>
    <message>
        <source>{folder} is not on your PATH yet: log out and in again (Debian and Ubuntu add it once it exists), or type {path} in full.</source>
        <translation>{folder} n&apos;est pas encore dans votre PATH : fermez la session et rouvrez-la (Debian et Ubuntu l&apos;ajoutent dès qu&apos;il existe), ou tapez {path} en entier.</translation>
    </message>
    <message>
        <source>Removed {count} file.</source>
        <translation>{count} fichier retiré.</translation>
    </message>
    <message>
        <source>Removed {count} files.</source>
        <translation>{count} fichiers retirés.</translation>
    </message>
    <message>
        <source>Installed {count} file; Crampwise is now in your applications menu.</source>
        <translation>{count} fichier installé ; Crampwise est maintenant dans votre menu des applications.</translation>
    </message>
    <message>
        <source>Installed {count} files; Crampwise is now in your applications menu.</source>
        <translation>{count} fichiers installés ; Crampwise est maintenant dans votre menu des applications.</translation>
    </message>
    <message>
        <source>It starts: {command}</source>
        <translation>Il lance : {command}</translation>
    </message>
</context>
<context>
    <name>CrampTray</name>
    <message>
        <source>Time for your evening stretches?</source>
        <translation>C’est l’heure de vos étirements du soir ?</translation>
    </message>
    <message>
        <source>Start the evening routine</source>
        <translation>Commencer la routine du soir</translation>
    </message>
    <message>
        <source>Evening check-in</source>
        <translation>Bilan du soir</translation>
    </message>
    <message>
        <source>Cramp now</source>
        <translation>Crampe maintenant</translation>
    </message>
    <message>
        <source>Evening routine</source>
        <translation>Routine du soir</translation>
    </message>
    <message>
        <source>Evening check-in…</source>
        <translation>Bilan du soir…</translation>
    </message>
    <message>
        <source>Open Crampwise</source>
        <translation>Ouvrir Crampwise</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Crampwise is still here</source>
        <translation>Crampwise est toujours là</translation>
    </message>
    <message>
        <source>Crampwise keeps running in the tray. Choose Quit in its menu to close it.</source>
        <translation>Crampwise reste ouvert dans la zone de notification. Pour le fermer, choisissez Quitter dans son menu.</translation>
    </message>
</context>
<context>
    <name>CustomPlans</name>
    <message>
        <source> (my copy)</source>
        <translation> (ma copie)</translation>
    </message>
    <message>
        <source> (my copy {0})</source>
        <translation> (ma copie {0})</translation>
    </message>
    <message>
        <source>Give the plan a name.</source>
        <translation>Donnez un nom au plan.</translation>
    </message>
    <message>
        <source>Shorten the name to {0} characters or fewer.</source>
        <translation>Raccourcissez le nom à {0} caractères au plus.</translation>
    </message>
    <message>
        <source>Shorten the note to {0} characters or fewer.</source>
        <translation>Raccourcissez la remarque à {0} caractères au plus.</translation>
    </message>
    <message>
        <source>Add at least one step.</source>
        <translation>Ajoutez au moins une étape.</translation>
    </message>
    <message>
        <source>A plan can have at most {0} steps: remove 1 step.</source>
        <translation>Un plan compte au plus {0} étapes : retirez-en une.</translation>
    </message>
    <message>
        <source>A plan can have at most {0} steps: remove {1} steps.</source>
        <translation>Un plan compte au plus {0} étapes : retirez-en {1}.</translation>
    </message>
    <message>
        <source>Step {0} ({1}) must hold for 1 to {2} seconds.</source>
        <translation>L’étape {0} ({1}) doit durer de 1 à {2} secondes.</translation>
    </message>
    <message>
        <source>Step {0} ({1}) must be repeated 1 to {2} times.</source>
        <translation>L’étape {0} ({1}) doit être répétée de 1 à {2} fois.</translation>
    </message>
    <message>
        <source>Step {0} ({1}) must rest for 0 to {2} seconds.</source>
        <translation>Le repos de l’étape {0} ({1}) doit durer de 0 à {2} secondes.</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} × {1}</source>
        <translation>{0} × {1}</translation>
    </message>
    <message>
        <source>{0} each leg</source>
        <translation>{0} par jambe</translation>
    </message>
    <message>
        <source>{0}, rest {1} s</source>
        <translation>{0}, repos {1} s</translation>
    </message>
    <message>
        <source>about {0} s</source>
        <translation>environ {0} s</translation>
    </message>
    <message>
        <source>about 1 min</source>
        <translation>environ 1 min</translation>
    </message>
    <message>
        <source>about {0} min</source>
        <translation>environ {0} min</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <source>This desktop has no system tray: Crampwise cannot keep running there.</source>
        <translation>Ce bureau n’a pas de zone de notification : Crampwise ne peut pas y rester ouvert.</translation>
    </message>
    <message>
        <source>No notification service: the bedtime reminder brings the Crampwise window to the front instead.</source>
        <translation>Aucun service de notifications : le rappel du soir affichera plutôt la fenêtre de Crampwise au premier plan.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
</context>
<context>
    <name>ExperimentPanel</name>
    <message>
        <source>Try a habit for a few weeks and see</source>
        <translation>Essayer une habitude quelques semaines pour voir</translation>
    </message>
    <message>
        <source>Try a &amp;habit…</source>
        <translation>Essayer une &amp;habitude…</translation>
    </message>
    <message>
        <source>Stop the e&amp;xperiment early…</source>
        <translation>Arrêter l&apos;e&amp;xpérience plus tôt…</translation>
    </message>
    <message>
        <source>Does a habit help your cramps? Try it in some weeks and not in others, and compare your nights.</source>
        <translation>Une habitude aide-t-elle contre vos crampes ? Essayez-la certaines semaines et pas d&apos;autres, puis comparez vos nuits.</translation>
    </message>
    <message>
        <source>Stop the experiment now? Last night still counts; the result will use the nights recorded so far.</source>
        <translation>Arrêter l&apos;expérience maintenant ? La nuit dernière compte encore ; le résultat portera sur les nuits notées jusqu&apos;ici.</translation>
    </message>
</context>
<context>
    <name>ExperimentSetupDialog</name>
    <message>
        <source>Try a habit for a few weeks and see</source>
        <translation>Essayer une habitude quelques semaines pour voir</translation>
    </message>
    <message>
        <source>Crampwise plans weeks “on” (with the habit) and “off” (as usual), in pairs in a random order, and compares your nights. Keep recording your nights, with or without cramps.</source>
        <translation>Crampwise prévoit des semaines « avec » (l&apos;habitude) et « sans » (comme d&apos;habitude), par paires dans un ordre tiré au sort, puis compare vos nuits. Continuez à noter vos nuits, avec ou sans crampes.</translation>
    </message>
    <message>
        <source>&amp;Habit:</source>
        <translation>&amp;Habitude :</translation>
    </message>
    <message>
        <source>for example: a banana at dinner</source>
        <translation>par exemple : une banane au dîner</translation>
    </message>
    <message>
        <source>&amp;Your habit:</source>
        <translation>&amp;Votre habitude :</translation>
    </message>
    <message>
        <source>{0} weeks</source>
        <translation>{0} semaines</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Not offered: “{habit}”, because {why}.</source>
        <translation>Non proposé : « {habit} », car {why}.</translation>
    </message>
    <message>
        <source>Medicines are not a habit to try on and off: never stop or change one yourself.</source>
        <translation>Un médicament n&apos;est pas une habitude à essayer par intermittence : ne l&apos;arrêtez ni ne le modifiez jamais de vous-même.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Your plan: start tonight.</source>
        <translation>Votre programme : on commence ce soir.</translation>
    </message>
</context>
<context>
    <name>HelpedChart</name>
    <message numerus="yes">
        <source>{step} (%n rated)</source>
        <translation>
            <numerusform>{step} (%n avis)</numerusform>
            <numerusform>{step} (%n avis)</numerusform>
        </translation>
    </message>
    <message>
        <source>What helped (% of the times it was rated)</source>
        <translation>Ce qui a aidé (% des fois où c’était évalué)</translation>
    </message>
</context>
<context>
    <name>HoursChart</name>
    <message>
        <source>Time of night (hour the cramp began)</source>
        <translation>Heure de la nuit (début de la crampe)</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Crampes</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Crampes</translation>
    </message>
    <message>
        <source>Possible triggers: nights with and without</source>
        <translation>Déclencheurs possibles : nuits avec et sans</translation>
    </message>
    <message>
        <source>Only recorded nights count: a night with a cramp, or one you said was without. Nights with nothing recorded are left out.</source>
        <translation>Seules les nuits notées comptent : une nuit avec crampe, ou une nuit que vous avez dite sans. Les nuits où rien n&apos;est noté sont laissées de côté.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Insights</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <source>Show the last 12 weeks</source>
        <translation>Afficher les 12 dernières semaines</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Show the whole diary</source>
        <translation>Afficher tout le journal</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Exporter le rapport PDF…</translation>
    </message>
    <message>
        <source>Export the report for your doctor as PDF</source>
        <translation>Exporter en PDF le rapport pour votre médecin</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the report for your doctor</source>
        <translation>Imprimer le rapport pour votre médecin</translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
    <message>
        <source>Reading your diary…</source>
        <translation>Lecture de votre journal…</translation>
    </message>
    <message>
        <source>Insights could not read the diary: {0}</source>
        <translation>Les tendances n’ont pas pu lire le journal : {0}</translation>
    </message>
    <message>
        <source>No episodes yet.</source>
        <translation>Aucune crampe notée pour l’instant.</translation>
    </message>
    <message>
        <source>When a cramp wakes you, press &lt;b&gt;Cramp now&lt;/b&gt; on Tonight. After a few weeks, this page shows when cramps come, where, and what helps.</source>
        <translation>Quand une crampe vous réveille, appuyez sur &lt;b&gt;Crampe maintenant&lt;/b&gt; dans Cette nuit. Après quelques semaines, cette page montre quand les crampes arrivent, où, et ce qui aide.</translation>
    </message>
    <message>
        <source>{night}, began {time}</source>
        <translation>{night}, début à {time}</translation>
    </message>
    <message>
        <source>lasted {0}</source>
        <translation>durée {0}</translation>
    </message>
    <message>
        <source>intensity {0}/10</source>
        <translation>intensité {0}/10</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) so far: patterns appear after a few weeks.</source>
        <translation>
            <numerusform>%n crampe notée pour l’instant : les tendances apparaissent après quelques semaines.</numerusform>
            <numerusform>%n crampes notées pour l’instant : les tendances apparaissent après quelques semaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep logging each cramp; charts of when, where and what helps appear here from {0} episodes on.</source>
        <translation>Continuez à noter chaque crampe : à partir de {0} crampes, des graphiques montrent ici quand, où et ce qui aide.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What helped&lt;/b&gt;: no relief step has been rated yet.</source>
        <translation>&lt;b&gt;Ce qui a aidé&lt;/b&gt; : aucune étape n’a encore été évaluée.</translation>
    </message>
    <message>
        <source>The report could not be saved: {0}</source>
        <translation>Le rapport n’a pas pu être enregistré : {0}</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>Rapport enregistré dans {0}.</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Le rapport a été envoyé à l’imprimante.</translation>
    </message>
</context>
<context>
    <name>IntensityChart</name>
    <message>
        <source>Intensity over time (weekly average, 0–10)</source>
        <translation>Intensité au fil du temps (moyenne par semaine, 0–10)</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensité</translation>
    </message>
</context>
<context>
    <name>LocationsChart</name>
    <message>
        <source>Where in the leg</source>
        <translation>Où dans la jambe</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Crampes</translation>
    </message>
</context>
<context>
    <name>Nights figures</name>
    <message>
        <source>No nights recorded yet. Answer “Last night?” in the morning or do the evening check-in: nights without cramps count as much as nights with them.</source>
        <translation>Aucune nuit notée pour l&apos;instant. Répondez à « Cette nuit ? » le matin ou faites le point du soir : les nuits sans crampes comptent autant que les nuits avec.</translation>
    </message>
    <message>
        <source>{factor}: {sentence}</source>
        <translation>{factor} : {sentence}</translation>
    </message>
    <message>
        <source>Not noted on any recorded night yet: {factors}.</source>
        <translation>Pas encore coché pour une nuit notée : {factors}.</translation>
    </message>
    <message>
        <source>{weeks} weeks from the night of {start} to that of {end}</source>
        <translation>{weeks} semaines, de la nuit du {start} à celle du {end}</translation>
    </message>
    <message>
        <source>No night of the plan is over yet.</source>
        <translation>Aucune nuit du programme n&apos;est encore passée.</translation>
    </message>
    <message>
        <source>Recorded nights</source>
        <translation>Nuits notées</translation>
    </message>
    <message>
        <source>Cramp nights a week</source>
        <translation>Nuits avec crampes par semaine</translation>
    </message>
    <message>
        <source>Episodes a night</source>
        <translation>Épisodes par nuit</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Intensité moyenne</translation>
    </message>
    <message>
        <source>“On” weeks (with the habit)</source>
        <translation>Semaines « avec » (l&apos;habitude)</translation>
    </message>
    <message>
        <source>“Off” weeks</source>
        <translation>Semaines « sans »</translation>
    </message>
    <message>
        <source>The habit was done on all {known} “on” nights where it was noted.</source>
        <translation>L&apos;habitude a été suivie les {known} nuits « avec » où c&apos;était noté.</translation>
    </message>
</context>
<context>
    <name>Patterns</name>
    <message>
        <source>Too few weeks in the diary to say anything yet.</source>
        <translation>Trop peu de semaines dans le journal pour conclure.</translation>
    </message>
    <message>
        <source>Timing only: these figures cannot show whether a medicine causes cramps. Don&apos;t stop or change a medicine yourself; ask your prescriber or pharmacist.</source>
        <translation>Simple coïncidence dans le temps : ces chiffres ne peuvent pas montrer qu’un médicament cause des crampes. N’arrêtez pas et ne changez pas un médicament vous-même ; demandez à votre médecin ou à votre pharmacien.</translation>
    </message>
    <message>
        <source>Started {name} on {day}</source>
        <translation>{name} : début le {day}</translation>
    </message>
    <message>
        <source>Stopped {name} on {day}</source>
        <translation>{name} : arrêt le {day}</translation>
    </message>
    <message>
        <source>{change}, before the diary began.</source>
        <translation>{change}, avant le début du journal.</translation>
    </message>
    <message>
        <source>no diary before</source>
        <translation>pas de journal avant</translation>
    </message>
    <message>
        <source>no diary after</source>
        <translation>pas de journal après</translation>
    </message>
    <message>
        <source>{rate} a week in the week before</source>
        <translation>{rate} par semaine la semaine d’avant</translation>
    </message>
    <message>
        <source>{rate} a week in the week after</source>
        <translation>{rate} par semaine la semaine d’après</translation>
    </message>
    <message>
        <source>{rate} a week in the {weeks} weeks before</source>
        <translation>{rate} par semaine dans les {weeks} semaines d’avant</translation>
    </message>
    <message>
        <source>{rate} a week in the {weeks} weeks after</source>
        <translation>{rate} par semaine dans les {weeks} semaines d’après</translation>
    </message>
    <message>
        <source>{change}: {before}, {after}.</source>
        <translation>{change} : {before}, {after}.</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>Week {0}</source>
        <translation>Semaine {0}</translation>
    </message>
    <message>
        <source>On: do it</source>
        <translation>Avec : à faire</translation>
    </message>
    <message>
        <source>Off: as usual</source>
        <translation>Sans : comme d&apos;habitude</translation>
    </message>
</context>
<context>
    <name>PlanDetails</name>
    <message>
        <source>Steps of the selected plan</source>
        <translation>Étapes du plan choisi</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>This saved plan does not match the steps this version of Crampwise knows (or the file was damaged), so it cannot be played. Delete it and make it again.</source>
        <translation>Ce plan enregistré ne correspond pas aux étapes que cette version de Crampwise connaît (ou le fichier est abîmé) : il ne peut pas être lancé. Supprimez-le et créez-le de nouveau.</translation>
    </message>
    <message>
        <source>Built in, read-only</source>
        <translation>Fourni, non modifiable</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Votre plan</translation>
    </message>
    <message>
        <source>⊘ Skipped for you: {0}</source>
        <translation>⊘ Sautée pour vous : {0}</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>New plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>For example: My physio routine</source>
        <translation>Par exemple : Ma routine de kiné</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nom du plan</translation>
    </message>
    <message>
        <source>Optional: who prescribed it, when, what to watch for</source>
        <translation>Facultatif : qui l’a prescrit, quand, à quoi faire attention</translation>
    </message>
    <message>
        <source>Note about the plan (optional)</source>
        <translation>Remarque sur le plan (facultatif)</translation>
    </message>
    <message>
        <source>What the plan is for</source>
        <translation>À quoi sert le plan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Remar&amp;que</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <source>Steps you can use</source>
        <translation>Étapes disponibles</translation>
    </message>
    <message>
        <source>Your plan&apos;s steps, in order</source>
        <translation>Les étapes de votre plan, dans l’ordre</translation>
    </message>
    <message>
        <source>&amp;Add →</source>
        <translation>&amp;Ajouter →</translation>
    </message>
    <message>
        <source>Add the selected step to the plan</source>
        <translation>Ajouter l’étape choisie au plan</translation>
    </message>
    <message>
        <source>← &amp;Remove</source>
        <translation>← &amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected step from the plan</source>
        <translation>Retirer l’étape choisie du plan</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move the selected step up</source>
        <translation>Monter l’étape choisie</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected step down</source>
        <translation>Descendre l’étape choisie</translation>
    </message>
    <message>
        <source>Enter on a step also adds it</source>
        <translation>Entrée sur une étape l’ajoute aussi</translation>
    </message>
    <message>
        <source>Your plan, in order</source>
        <translation>Votre plan, dans l’ordre</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>À corriger avant d’enregistrer</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Enregistrer le plan</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel and go back to the plans</source>
        <translation>Annuler et revenir aux plans</translation>
    </message>
    <message>
        <source>Your changes to this plan are not saved.</source>
        <translation>Vos modifications de ce plan ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard the changes and go back to the plans</source>
        <translation>Abandonner les modifications et revenir aux plans</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>Keep editing the plan</source>
        <translation>Continuer à modifier le plan</translation>
    </message>
    <message>
        <source>{title}. {kind}. Usually {timing}.</source>
        <translation>{title}. {kind}. D’habitude {timing}.</translation>
    </message>
    <message>
        <source>Edit “{0}”</source>
        <translation>Modifier « {0} »</translation>
    </message>
    <message>
        <source>New plan, from a copy</source>
        <translation>Nouveau plan, à partir d’une copie</translation>
    </message>
    <message>
        <source>Step {0}: {1}, {2}</source>
        <translation>Étape {0} : {1}, {2}</translation>
    </message>
    <message>
        <source>A plan can have at most {0} steps.</source>
        <translation>Un plan compte au plus {0} étapes.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Aucune étape pour l’instant</translation>
    </message>
    <message>
        <source>Before saving:</source>
        <translation>Avant d’enregistrer :</translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <source>Built in · read-only</source>
        <translation>Fournis · non modifiables</translation>
    </message>
    <message>
        <source>Your plans</source>
        <translation>Vos plans</translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
    <message>
        <source>None yet: press New plan, or copy a built-in plan.</source>
        <translation>Aucun pour l’instant : appuyez sur Nouveau plan, ou copiez un plan fourni.</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Fourni</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Le vôtre</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, read-only</source>
        <translation>{0}, non modifiable</translation>
    </message>
    <message>
        <source>Could not be read · select it to see why, or delete it</source>
        <translation>Illisible · choisissez-le pour voir pourquoi, ou supprimez-le</translation>
    </message>
    <message>
        <source>{0}. It could not be read; it can only be deleted.</source>
        <translation>{0}. Il n’a pas pu être lu ; on ne peut que le supprimer.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>For a cramp, right now</source>
        <translation>Pour une crampe, tout de suite</translation>
    </message>
    <message>
        <source>A routine to prevent cramps</source>
        <translation>Une routine pour prévenir les crampes</translation>
    </message>
    <message>
        <source>Unreadable plan #{0}</source>
        <translation>Plan illisible n° {0}</translation>
    </message>
    <message>
        <source>My relief plans</source>
        <translation>Mes plans de soulagement</translation>
    </message>
    <message>
        <source>Play a plan, or make your own from the same steps, for example what your physiotherapist prescribed. Built-in plans cannot be changed: copy one to start from it.</source>
        <translation>Lancez un plan, ou créez le vôtre avec les mêmes étapes, par exemple ce que votre kiné vous a prescrit. Les plans fournis ne se modifient pas : copiez-en un pour partir de lui.</translation>
    </message>
    <message>
        <source>Relief plans</source>
        <translation>Plans de soulagement</translation>
    </message>
    <message>
        <source>Yes, delete it</source>
        <translation>Oui, le supprimer</translation>
    </message>
    <message>
        <source>Yes, delete the plan</source>
        <translation>Oui, supprimer le plan</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Keep the plan</source>
        <translation>Garder le plan</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Play the selected plan</source>
        <translation>Lancer le plan choisi</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected plan</source>
        <translation>Modifier le plan choisi</translation>
    </message>
    <message>
        <source>&amp;Copy to my plans</source>
        <translation>&amp;Copier dans mes plans</translation>
    </message>
    <message>
        <source>Copy the selected plan to my plans</source>
        <translation>Copier le plan choisi dans mes plans</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected plan</source>
        <translation>Supprimer le plan choisi</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>No&amp;uveau plan</translation>
    </message>
    <message>
        <source>Make a new plan</source>
        <translation>Créer un nouveau plan</translation>
    </message>
    <message>
        <source>Your plans could not be read: {0}</source>
        <translation>Vos plans n’ont pas pu être lus : {0}</translation>
    </message>
    <message>
        <source>1 of your saved plans could not be read and is listed under Your plans; you can delete it. Nothing else is affected.</source>
        <translation>1 de vos plans enregistrés n’a pas pu être lu ; il figure sous Vos plans et vous pouvez le supprimer. Rien d’autre n’est touché.</translation>
    </message>
    <message>
        <source>{0} of your saved plans could not be read and are listed under Your plans; you can delete them. Nothing else is affected.</source>
        <translation>{0} de vos plans enregistrés n’ont pas pu être lus ; ils figurent sous Vos plans et vous pouvez les supprimer. Rien d’autre n’est touché.</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>Duplicate the selected plan</source>
        <translation>Dupliquer le plan choisi</translation>
    </message>
    <message>
        <source>The diary is not open yet: try again in a moment.</source>
        <translation>Le journal n’est pas encore ouvert : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>It could not be saved: {0}</source>
        <translation>Enregistrement impossible : {0}</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>« {0} » enregistré.</translation>
    </message>
    <message>
        <source>Delete “{0}”? This cannot be undone.</source>
        <translation>Supprimer « {0} » ? C’est définitif.</translation>
    </message>
    <message>
        <source>“{0}” could not be deleted: {1}</source>
        <translation>« {0} » n’a pas pu être supprimé : {1}</translation>
    </message>
    <message>
        <source>Deleted “{0}”.</source>
        <translation>« {0} » supprimé.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Crampwise cannot open its window: there is no screen to show it on (DISPLAY and WAYLAND_DISPLAY are not set). Start it from your desktop session.</source>
        <translation>Crampwise ne peut pas ouvrir sa fenêtre : aucun écran où l’afficher (DISPLAY et WAYLAND_DISPLAY ne sont pas définis). Lancez-le depuis votre session de bureau.</translation>
    </message>
    <message>
        <source>The command-line commands (crampwise log, list, check) work without a screen.</source>
        <translation>Les commandes en ligne (crampwise log, list, check) fonctionnent sans écran.</translation>
    </message>
    <message>
        <source>Crampwise cannot open its window: these system libraries are missing:</source>
        <translation>Crampwise ne peut pas ouvrir sa fenêtre : ces bibliothèques du système manquent :</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu install them with:</source>
        <translation>Sur Debian ou Ubuntu, installez-les avec :</translation>
    </message>
    <message>
        <source>On Fedora:</source>
        <translation>Sur Fedora :</translation>
    </message>
    <message>
        <source>The command-line commands (crampwise log, list, check) work without them.</source>
        <translation>Les commandes en ligne (crampwise log, list, check) fonctionnent sans elles.</translation>
    </message>
</context>
<context>
    <name>ReliefPlayer</name>
    <message>
        <source>Relief guide</source>
        <translation>Guide de soulagement</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>+{0} s</source>
        <translation>+{0} s</translation>
    </message>
    <message>
        <source>Add {0} seconds</source>
        <translation>Ajouter {0} secondes</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>End the relief plan</source>
        <translation>Arrêter le plan</translation>
    </message>
    <message>
        <source>Left arrow key</source>
        <translation>Touche flèche gauche</translation>
    </message>
    <message>
        <source>Space bar</source>
        <translation>Barre d’espace</translation>
    </message>
    <message>
        <source>Right arrow key</source>
        <translation>Touche flèche droite</translation>
    </message>
    <message>
        <source>Escape key</source>
        <translation>Touche Échap</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Son coupé</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Son activé</translation>
    </message>
    <message>
        <source>No steps to show</source>
        <translation>Aucune étape à montrer</translation>
    </message>
    <message>
        <source>Caution: {0}</source>
        <translation>Attention : {0}</translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>seconde</numerusform>
            <numerusform>secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>ReliefWords</name>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Rest · next: {0}</source>
        <translation>Repos · ensuite : {0}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>{0} · left leg</source>
        <translation>{0} · jambe gauche</translation>
    </message>
    <message>
        <source>{0} · right leg</source>
        <translation>{0} · jambe droite</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left.</source>
        <translation>
            <numerusform>Plus que %n seconde.</numerusform>
            <numerusform>Plus que %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Étape {0} sur {1}</translation>
    </message>
    <message>
        <source>Repetition {0} of {1}</source>
        <translation>Répétition {0} sur {1}</translation>
    </message>
    <message>
        <source>Skipped for you: “{0}”. {1} Ask your clinician.</source>
        <translation>Étape sautée pour vous : « {0} ». {1} Parlez-en à votre soignant.</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <source>Switch to the left leg</source>
        <translation>Passez à la jambe gauche</translation>
    </message>
    <message>
        <source>Switch to the right leg</source>
        <translation>Passez à la jambe droite</translation>
    </message>
    <message numerus="yes">
        <source>Rest %n second(s).</source>
        <translation>
            <numerusform>Repos %n seconde.</numerusform>
            <numerusform>Repos %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} Next: {1}.</source>
        <translation>{0} Ensuite : {1}.</translation>
    </message>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n second(s), left leg.</source>
        <translation>
            <numerusform>{0} : %n seconde, jambe gauche.</numerusform>
            <numerusform>{0} : %n secondes, jambe gauche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n second(s), right leg.</source>
        <translation>
            <numerusform>{0} : %n seconde, jambe droite.</numerusform>
            <numerusform>{0} : %n secondes, jambe droite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n second(s).</source>
        <translation>
            <numerusform>{0} : %n seconde.</numerusform>
            <numerusform>{0} : %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step {0} of {1}: {2}.</source>
        <translation>Étape {0} sur {1} : {2}.</translation>
    </message>
    <message>
        <source>Resumed. {0}</source>
        <translation>Reprise. {0}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Episodes</source>
        <translation>Crampes</translation>
    </message>
    <message>
        <source>Per week (avg)</source>
        <translation>Par semaine (moy.)</translation>
    </message>
    <message>
        <source>Episodes per week</source>
        <translation>Crampes par semaine</translation>
    </message>
    <message>
        <source>Time of night the cramps began (hour)</source>
        <translation>Heure de la nuit où les crampes ont commencé</translation>
    </message>
    <message>
        <source>Started {0}</source>
        <translation>{0} : début</translation>
    </message>
    <message>
        <source>Stopped {0}</source>
        <translation>{0} : arrêt</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>{0} weeks</source>
        <translation>{0} semaines</translation>
    </message>
    <message>
        <source>1 night</source>
        <translation>1 nuit</translation>
    </message>
    <message>
        <source>{0} nights</source>
        <translation>{0} nuits</translation>
    </message>
    <message>
        <source>Nights of {start} to {end} ({length})</source>
        <translation>Nuits du {start} au {end} ({length})</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Night leg cramps: diary report</source>
        <translation>Crampes nocturnes des jambes : rapport du journal</translation>
    </message>
    <message>
        <source>Made on {day} with Crampwise from the person&apos;s own diary. Times are on the local clock of each night.</source>
        <translation>Établi le {day} avec Crampwise à partir du journal tenu par la personne. Les heures sont celles de l’heure locale de chaque nuit.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>No episodes were logged in this period.</source>
        <translation>Aucune crampe notée sur cette période.</translation>
    </message>
    <message>
        <source>Episodes a week</source>
        <translation>Crampes par semaine</translation>
    </message>
    <message>
        <source>Nights with a cramp</source>
        <translation>Nuits avec une crampe</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>Nights woken by a cramp</source>
        <translation>Nuits avec réveil par une crampe</translation>
    </message>
    <message>
        <source>Median length</source>
        <translation>Durée médiane</translation>
    </message>
    <message>
        <source>Median intensity</source>
        <translation>Intensité médiane</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Leg: {sides}. Where: {places}.</source>
        <translation>Jambe : {sides}. Endroit : {places}.</translation>
    </message>
    <message>
        <source>Possible triggers: nights with and without</source>
        <translation>Déclencheurs possibles : nuits avec et sans</translation>
    </message>
    <message>
        <source>Personal experiment</source>
        <translation>Expérience personnelle</translation>
    </message>
    <message>
        <source>Medicines listed</source>
        <translation>Médicaments indiqués</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Aucun indiqué.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cramps before and after a change&lt;/b&gt; (whole diary):</source>
        <translation>&lt;b&gt;Crampes avant et après un changement&lt;/b&gt; (tout le journal) :</translation>
    </message>
    <message>
        <source>Conditions listed</source>
        <translation>Problèmes de santé indiqués</translation>
    </message>
    <message>
        <source>Warning signs ticked</source>
        <translation>Signes d’alerte cochés</translation>
    </message>
    <message>
        <source>None ticked in this period.</source>
        <translation>Aucun coché sur cette période.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Jambe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Endroit</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Soulagé</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Déclencheurs possibles</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No episodes in this period.</source>
        <translation>Aucune crampe sur cette période.</translation>
    </message>
    <message>
        <source>Crampwise report {start} to {end}</source>
        <translation>Rapport Crampwise du {start} au {end}</translation>
    </message>
    <message>
        <source>Print the Crampwise report</source>
        <translation>Imprimer le rapport Crampwise</translation>
    </message>
</context>
<context>
    <name>SidesChart</name>
    <message>
        <source>Which leg</source>
        <translation>Quelle jambe</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Crampes</translation>
    </message>
</context>
<context>
    <name>StepTiming</name>
    <message>
        <source> s</source>
        <comment>a suffix: seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold, in seconds</source>
        <translation>Maintien, en secondes</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Rest after each hold, in seconds</source>
        <translation>Repos après chaque maintien, en secondes</translation>
    </message>
    <message>
        <source>Usual timing</source>
        <translation>Durées habituelles</translation>
    </message>
    <message>
        <source>Use the step&apos;s usual timing</source>
        <translation>Reprendre les durées habituelles de l’étape</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Maintien</translation>
    </message>
    <message>
        <source>R&amp;epetitions</source>
        <translation>Répétition&amp;s</translation>
    </message>
    <message>
        <source>Res&amp;t</source>
        <translation>Rep&amp;os</translation>
    </message>
    <message>
        <source>Timing of the selected step</source>
        <translation>Durées de l’étape choisie</translation>
    </message>
    <message>
        <source>Select a step in your plan to set its timing.</source>
        <translation>Choisissez une étape de votre plan pour régler ses durées.</translation>
    </message>
    <message>
        <source>{0} · usual timing: {1}</source>
        <translation>{0} · durées habituelles : {1}</translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n episode(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n crampe&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n crampes&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; a week</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; par semaine</translation>
    </message>
    <message>
        <source>median length {0}</source>
        <translation>durée médiane {0}</translation>
    </message>
    <message>
        <source>median intensity {0}/10</source>
        <translation>intensité médiane {0}/10</translation>
    </message>
</context>
<context>
    <name>WeeksChart</name>
    <message>
        <source>Episodes per week (all time)</source>
        <translation>Crampes par semaine (depuis le début)</translation>
    </message>
    <message>
        <source>Episodes per week (last 12 weeks)</source>
        <translation>Crampes par semaine (12 dernières semaines)</translation>
    </message>
    <message>
        <source>Week beginning</source>
        <translation>Semaine du</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Stop the experiment?</source>
        <translation>Arrêter l&apos;expérience ?</translation>
    </message>
</context>
</TS>
