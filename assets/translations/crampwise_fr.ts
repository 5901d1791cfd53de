<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdviceCards</name>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Worth considering</source>
        <translation>À envisager</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bon à savoir</translation>
    </message>
    <message>
        <source>Emergency: call now</source>
        <translation>Urgence : appelez maintenant</translation>
    </message>
    <message>
        <source>Get seen today</source>
        <translation>À faire voir aujourd&apos;hui</translation>
    </message>
    <message>
        <source>See a doctor soon</source>
        <translation>Consultez bientôt un médecin</translation>
    </message>
    <message>
        <source>Warning sign</source>
        <translation>Signe d&apos;alerte</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Prudence</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Sources: {0}</source>
        <translation>Sources : {0}</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <source>Where was the cramp</source>
        <translation>Où était la crampe</translation>
    </message>
    <message>
        <source>Selected: {0}. Focused: {1}. Arrow keys move, Space selects.</source>
        <translation>Choisi : {0}. Zone active : {1}. Les flèches déplacent, Espace choisit.</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>Tap where it hurt (arrows and Space work too)</source>
        <translation>Touchez l&apos;endroit douloureux (ou flèches et Espace)</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Evening check-in</source>
        <translation>Bilan du soir</translation>
    </message>
    <message>
        <source>What was today like? Tick what applies.</source>
        <translation>Comment s’est passée la journée ? Cochez ce qui s’applique.</translation>
    </message>
    <message>
        <source>Evening routine done</source>
        <translation>Routine du soir faite</translation>
    </message>
    <message>
        <source>Caffeine after 2 p.m.</source>
        <translation>Caféine après 14 h</translation>
    </message>
    <message>
        <source>Heavy sweating or a hot day</source>
        <translation>Forte sueur ou journée chaude</translation>
    </message>
    <message>
        <source>A new or changed medicine</source>
        <translation>Médicament nouveau ou modifié</translation>
    </message>
    <message>
        <source>How many?</source>
        <translation>Combien ?</translation>
    </message>
    <message numerus="yes">
        <source> drink(s)</source>
        <translation>
            <numerusform> verre</numerusform>
            <numerusform> verres</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of drinks</source>
        <translation>Nombre de verres</translation>
    </message>
    <message>
        <source>Anything else:</source>
        <translation>Autre chose :</translation>
    </message>
    <message>
        <source>your own words, separated by commas</source>
        <translation>vos propres mots, séparés par des virgules</translation>
    </message>
    <message>
        <source>Your own factors, separated by commas</source>
        <translation>Vos propres facteurs, séparés par des virgules</translation>
    </message>
    <message>
        <source>That night:</source>
        <translation>Cette nuit-là :</translation>
    </message>
    <message>
        <source>No cramps</source>
        <translation>Pas de crampes</translation>
    </message>
    <message>
        <source>I had cramps</source>
        <translation>J’ai eu des crampes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>CrampNowView</name>
    <message>
        <source>Finish it</source>
        <translation>La terminer</translation>
    </message>
    <message>
        <source>Finish the unfinished cramp</source>
        <translation>Terminer la crampe restée ouverte</translation>
    </message>
    <message>
        <source>Add details</source>
        <translation>Ajouter des détails</translation>
    </message>
    <message>
        <source>Finish the unfinished cramp and add details</source>
        <translation>Terminer la crampe restée ouverte et ajouter des détails</translation>
    </message>
    <message>
        <source>Cramp now</source>
        <translation>J&apos;ai une crampe</translation>
    </message>
    <message>
        <source>Starts timing a cramp. Space or Enter.</source>
        <translation>Commence à chronométrer la crampe. Espace ou Entrée.</translation>
    </message>
    <message>
        <source>Press Space or Enter. Everything else can wait until morning.</source>
        <translation>Appuyez sur Espace ou Entrée. Tout le reste peut attendre demain matin.</translation>
    </message>
    <message>
        <source>Add a past episode…</source>
        <translation>Ajouter une crampe passée…</translation>
    </message>
    <message>
        <source>Add a past episode</source>
        <translation>Ajouter une crampe passée</translation>
    </message>
    <message>
        <source>Opens a form for a cramp you did not time.</source>
        <translation>Ouvre un formulaire pour une crampe qui n&apos;a pas été chronométrée.</translation>
    </message>
    <message>
        <source>Evening check-in…</source>
        <translation>Bilan du soir…</translation>
    </message>
    <message>
        <source>Evening check-in</source>
        <translation>Bilan du soir</translation>
    </message>
    <message>
        <source>Ten seconds on what today held: exercise, drinks, the routine.</source>
        <translation>Dix secondes sur votre journée : sport, boissons, routine du soir.</translation>
    </message>
</context>
<context>
    <name>CrampRunningView</name>
    <message>
        <source>Time since the cramp started</source>
        <translation>Temps écoulé depuis le début de la crampe</translation>
    </message>
    <message>
        <source>It&apos;s over (Enter)</source>
        <translation>C&apos;est fini (Entrée)</translation>
    </message>
    <message>
        <source>It&apos;s over</source>
        <translation>C&apos;est fini</translation>
    </message>
    <message>
        <source>Ends the cramp and stores how long it lasted.</source>
        <translation>Termine la crampe et enregistre sa durée.</translation>
    </message>
    <message>
        <source>L</source>
        <comment>key: left leg</comment>
        <translation>G</translation>
    </message>
    <message>
        <source>R</source>
        <comment>key: right leg</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>Calf (C)</source>
        <translation>Mollet (C)</translation>
    </message>
    <message>
        <source>Calf plan</source>
        <translation>Plan pour le mollet</translation>
    </message>
    <message>
        <source>Foot or toes (F)</source>
        <translation>Pied ou orteils (F)</translation>
    </message>
    <message>
        <source>Foot or toes plan</source>
        <translation>Plan pour le pied ou les orteils</translation>
    </message>
    <message>
        <source>Left leg ({0})</source>
        <translation>Jambe gauche ({0})</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Jambe gauche</translation>
    </message>
    <message>
        <source>Right leg ({0})</source>
        <translation>Jambe droite ({0})</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Jambe droite</translation>
    </message>
    <message>
        <source>Is the cramp still going?</source>
        <translation>La crampe dure-t-elle encore ?</translation>
    </message>
    <message>
        <source>Yes, still cramping</source>
        <translation>Oui, toujours</translation>
    </message>
    <message>
        <source>No, it&apos;s over</source>
        <translation>Non, c&apos;est fini</translation>
    </message>
    <message>
        <source>Ends the cramp, like It&apos;s over.</source>
        <translation>Termine la crampe, comme « C&apos;est fini ».</translation>
    </message>
    <message>
        <source>That was the whole plan. Press Enter (It&apos;s over) when the cramp has eased, or start the plan again.</source>
        <translation>Le plan est terminé. Appuyez sur Entrée (C&apos;est fini) quand la crampe est passée, ou recommencez le plan.</translation>
    </message>
    <message>
        <source>Start the plan again</source>
        <translation>Recommencer le plan</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>the diary is still opening.</source>
        <translation>le journal est encore en cours d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Not saved yet: {0}</source>
        <translation>Pas encore enregistré : {0}</translation>
    </message>
    <message>
        <source>The diary could not be opened: {0}</source>
        <translation>Impossible d&apos;ouvrir le journal : {0}</translation>
    </message>
    <message>
        <source>The diary is not open yet: try again in a moment.</source>
        <translation>Le journal n&apos;est pas encore ouvert : réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>EpisodeDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not saved yet: the diary is not available. Try again.</source>
        <translation>Pas encore enregistré : le journal n&apos;est pas disponible. Réessayez.</translation>
    </message>
</context>
<context>
    <name>EpisodeForm</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Last night 3:00</source>
        <translation>Cette nuit à 3 h</translation>
    </message>
    <message>
        <source>Started last night at 3:00</source>
        <translation>Commencée cette nuit à 3 h</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>À l&apos;instant</translation>
    </message>
    <message>
        <source>Started just now</source>
        <translation>Commencée à l&apos;instant</translation>
    </message>
    <message>
        <source>15 min ago</source>
        <translation>Il y a 15 min</translation>
    </message>
    <message>
        <source>Started 15 minutes ago</source>
        <translation>Commencée il y a 15 minutes</translation>
    </message>
    <message>
        <source>30 min ago</source>
        <translation>Il y a 30 min</translation>
    </message>
    <message>
        <source>Started 30 minutes ago</source>
        <translation>Commencée il y a 30 minutes</translation>
    </message>
    <message>
        <source>60 min ago</source>
        <translation>Il y a 1 heure</translation>
    </message>
    <message>
        <source>Started 60 minutes ago</source>
        <translation>Commencée il y a une heure</translation>
    </message>
    <message>
        <source>About 2 minutes long</source>
        <translation>Environ 2 minutes</translation>
    </message>
    <message>
        <source>It lasted about 2 minutes</source>
        <translation>Elle a duré environ 2 minutes</translation>
    </message>
    <message>
        <source>Where (tap the leg)</source>
        <translation>Où (touchez la jambe)</translation>
    </message>
    <message>
        <source>How strong (0 = barely, 10 = worst)</source>
        <translation>Force de la douleur (0 = à peine, 10 = la pire)</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <source>It woke me up</source>
        <translation>Elle m&apos;a réveillé(e)</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>je ne sais pas</translation>
    </message>
    <message>
        <source>Minutes to fall asleep again</source>
        <translation>Minutes pour vous rendormir</translation>
    </message>
    <message>
        <source>Relief helped</source>
        <translation>Ça m&apos;a soulagé(e)</translation>
    </message>
    <message>
        <source>Didn&apos;t help</source>
        <translation>Ça n&apos;a pas aidé</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Did the relief steps help?</source>
        <translation>Les gestes de soulagement ont-ils aidé ?</translation>
    </message>
    <message>
        <source>How long it lasted</source>
        <translation>Durée de la crampe</translation>
    </message>
    <message>
        <source>Arrows change it a minute at a time; or type 3 min 20 s.</source>
        <translation>Les flèches la changent d&apos;une minute ; vous pouvez aussi taper 3 min 20 s.</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Déclencheurs possibles</translation>
    </message>
    <message>
        <source>Your own, separated by commas (e.g. long walk)</source>
        <translation>Les vôtres, séparés par des virgules (ex. : longue marche)</translation>
    </message>
    <message>
        <source>Your own triggers</source>
        <translation>Vos propres déclencheurs</translation>
    </message>
    <message>
        <source>Separate them with commas.</source>
        <translation>Séparez-les par des virgules.</translation>
    </message>
    <message>
        <source>Warning signs (tick any you noticed)</source>
        <translation>Signes d&apos;alerte (cochez ceux que vous avez remarqués)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the details</source>
        <translation>Enregistrer les détails</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Export your diary</source>
        <translation>Exporter votre journal</translation>
    </message>
    <message>
        <source>Complete copy (*.json);;Spreadsheet (*.csv)</source>
        <translation>Copie complète (*.json);;Tableur (*.csv)</translation>
    </message>
    <message>
        <source>Import a Crampwise export</source>
        <translation>Importer un export de Crampwise</translation>
    </message>
    <message>
        <source>Crampwise exports (*.json *.csv)</source>
        <translation>Exports de Crampwise (*.json *.csv)</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>L&apos;export a échoué : {0}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n episode(s) to {0}.</source>
        <translation>
            <numerusform>%n épisode exporté dans {0}.</numerusform>
            <numerusform>%n épisodes exportés dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Rien n&apos;a été importé : {0}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Lasted</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Soulagé ?</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Only nights from</source>
        <translation>Seulement les nuits du</translation>
    </message>
    <message>
        <source>Only show nights between two dates</source>
        <translation>N&apos;afficher que les nuits entre deux dates</translation>
    </message>
    <message>
        <source>First night</source>
        <translation>Première nuit</translation>
    </message>
    <message>
        <source>Last night</source>
        <translation>Dernière nuit</translation>
    </message>
    <message>
        <source>Only this place</source>
        <translation>Seulement cet endroit</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Episodes, newest first</source>
        <translation>Épisodes, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>Enter edits the selected episode, Delete removes it, Ctrl+Z undoes.</source>
        <translation>Entrée modifie l&apos;épisode choisi, Suppr l&apos;efface, Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>No episodes yet. When a cramp wakes you, press Cramp now on Tonight.</source>
        <translation>Aucun épisode pour l&apos;instant. Quand une crampe vous réveille, appuyez sur « J&apos;ai une crampe » dans « Cette nuit ».</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nuits</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected episode</source>
        <translation>Modifier l&apos;épisode choisi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected episode</source>
        <translation>Supprimer l&apos;épisode choisi</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n episode(s)</source>
        <translation>
            <numerusform>{0} sur %n épisode</numerusform>
            <numerusform>{0} sur %n épisodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit episode</source>
        <translation>Modifier l&apos;épisode</translation>
    </message>
    <message>
        <source>Episode saved.</source>
        <translation>Épisode enregistré.</translation>
    </message>
    <message>
        <source>Deleted the cramp of {0}. Ctrl+Z undoes.</source>
        <translation>La crampe du {0} est supprimée. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Episode restored.</source>
        <translation>Épisode rétabli.</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Worth trying</source>
        <translation>À essayer</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Avec prudence</translation>
    </message>
    <message>
        <source>Not recommended</source>
        <translation>Déconseillé</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>moderate evidence</source>
        <translation>preuves modérées</translation>
    </message>
    <message>
        <source>low-certainty evidence</source>
        <translation>preuves peu sûres</translation>
    </message>
    <message>
        <source>very low-certainty evidence</source>
        <translation>preuves très peu sûres</translation>
    </message>
    <message>
        <source>expert opinion</source>
        <translation>avis d&apos;experts</translation>
    </message>
    <message>
        <source>no evidence found</source>
        <translation>aucune preuve trouvée</translation>
    </message>
    <message>
        <source>About night leg cramps</source>
        <translation>Les crampes nocturnes des jambes</translation>
    </message>
    <message>
        <source>What helps, and how sure we are</source>
        <translation>Ce qui aide, et avec quelle certitude</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0} : {1}.</translation>
    </message>
    <message>
        <source>When to see a doctor</source>
        <translation>Quand consulter un médecin</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>What night cramps are, what helps, and when to see a doctor.</source>
        <translation>Ce que sont les crampes nocturnes, ce qui aide et quand consulter un médecin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prévention</translation>
    </message>
    <message>
        <source>Relief plans</source>
        <translation>Plans de soulagement</translation>
    </message>
    <message>
        <source>Health profile</source>
        <translation>Profil de santé</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Comprendre</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Choose a page. Ctrl+1 to Ctrl+7 also work.</source>
        <translation>Choisissez une page. Ctrl+1 à Ctrl+7 marchent aussi.</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>Cette nuit</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J&apos;ai compris</translation>
    </message>
    <message>
        <source>Hides this notice. It will not be shown again.</source>
        <translation>Masque ce message. Il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Closes Crampwise and opens it again in the chosen language.</source>
        <translation>Ferme Crampwise et le rouvre dans la langue choisie.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Restart later</source>
        <translation>Redémarrer plus tard</translation>
    </message>
    <message>
        <source>Opening your diary…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Crampwise helps you ease and track night leg cramps. It does not diagnose anything and does not replace a doctor, nurse or pharmacist. It never tells you to change a medicine, except to pass on official safety advice. Warning signs always come first.</source>
        <translation>Crampwise vous aide à soulager et à suivre vos crampes nocturnes. Il ne pose aucun diagnostic et ne remplace ni un médecin, ni un infirmier, ni un pharmacien. Il ne vous dit jamais de modifier un médicament, sauf pour relayer une consigne de sécurité officielle. Les signes d&apos;alerte passent toujours en premier.</translation>
    </message>
    <message numerus="yes">
        <source>Saved now: %n cramp(s) that had been waiting.</source>
        <translation>
            <numerusform>Enregistrée maintenant : %n crampe qui attendait.</numerusform>
            <numerusform>Enregistrées maintenant : %n crampes qui attendaient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sounds are unavailable on this computer: {0}</source>
        <translation>Les sons ne sont pas disponibles sur cet ordinateur : {0}</translation>
    </message>
    <message>
        <source>Emergency numbers updated for your country.</source>
        <translation>Numéros d&apos;urgence mis à jour pour votre pays.</translation>
    </message>
    <message>
        <source>The setting applies now but could not be saved: {0}</source>
        <translation>Le réglage s&apos;applique tout de suite, mais n&apos;a pas pu être enregistré : {0}</translation>
    </message>
    <message>
        <source>Restart Crampwise to switch to {0}.</source>
        <translation>Redémarrez Crampwise pour changer de langue ({0}).</translation>
    </message>
</context>
<context>
    <name>MorningQuestion</name>
    <message>
        <source>Last night?</source>
        <translation>La nuit dernière ?</translation>
    </message>
    <message>
        <source>No cramps</source>
        <translation>Pas de crampes</translation>
    </message>
    <message>
        <source>I had cramps</source>
        <translation>J’ai eu des crampes</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Last night? Any cramps?</source>
        <translation>La nuit dernière, des crampes ?</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>Nights view</name>
    <message>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Comment elle s’est passée</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Facteurs</translation>
    </message>
    <message>
        <source>Drinks</source>
        <translation>Verres</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Crampes</translation>
    </message>
    <message>
        <source>No cramps</source>
        <translation>Pas de crampes</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseignée</translation>
    </message>
</context>
<context>
    <name>NightsView</name>
    <message>
        <source>Recorded nights, newest first</source>
        <translation>Nuits renseignées, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Enter edits the night&apos;s check-in, Delete removes it, Ctrl+Z undoes.</source>
        <translation>Entrée modifie le bilan de la nuit, Suppr le supprime, Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>No nights recorded yet. Answer “Last night?” in the morning, or do the evening check-in.</source>
        <translation>Aucune nuit renseignée pour l’instant. Répondez à « La nuit dernière ? » le matin, ou faites le bilan du soir.</translation>
    </message>
    <message>
        <source>Edit check-in…</source>
        <translation>Modifier le bilan…</translation>
    </message>
    <message>
        <source>Delete check-in</source>
        <translation>Supprimer le bilan</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Check-in saved.</source>
        <translation>Bilan enregistré.</translation>
    </message>
    <message>
        <source>This night is recorded by its cramps: delete them on the Episodes tab.</source>
        <translation>Cette nuit est renseignée par ses crampes : supprimez-les dans l’onglet Épisodes.</translation>
    </message>
    <message>
        <source>Check-in deleted. Ctrl+Z undoes.</source>
        <translation>Bilan supprimé. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Check-in restored.</source>
        <translation>Bilan rétabli.</translation>
    </message>
</context>
<context>
    <name>PreventionPage</name>
    <message>
        <source>Evening routine</source>
        <translation>Routine du soir</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>Environ %n minute.</numerusform>
            <numerusform>Environ %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the evening routine</source>
        <translation>Commencer la routine du soir</translation>
    </message>
    <message numerus="yes">
        <source>Plays about %n minute(s) of guided stretches. Escape stops it.</source>
        <translation>
            <numerusform>Environ %n minute d&apos;étirements guidés. Échap l&apos;arrête.</numerusform>
            <numerusform>Environ %n minutes d&apos;étirements guidés. Échap l&apos;arrête.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your advice</source>
        <translation>Vos conseils</translation>
    </message>
    <message>
        <source>Based on your profile and the last seven nights. Crampwise does not diagnose; it never replaces your doctor, nurse or pharmacist.</source>
        <translation>D&apos;après votre profil et les sept dernières nuits. Crampwise ne pose pas de diagnostic ; il ne remplace jamais votre médecin, votre infirmier ou votre pharmacien.</translation>
    </message>
    <message>
        <source>Your advice, warning signs first</source>
        <translation>Vos conseils, signes d&apos;alerte en premier</translation>
    </message>
    <message>
        <source>Routine stopped.</source>
        <translation>Routine arrêtée.</translation>
    </message>
    <message>
        <source>Routine done. Sleep well.</source>
        <translation>Routine terminée. Bonne nuit.</translation>
    </message>
    <message>
        <source>Not noted in tonight&apos;s check-in: {0}</source>
        <translation>Non noté dans le bilan de ce soir : {0}</translation>
    </message>
    <message>
        <source>“{0}” is not recognised, so no advice is given for it.</source>
        <translation>« {0} » n&apos;est pas reconnu : aucun conseil n&apos;est donné pour ce produit.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Tell Crampwise about your health so its advice fits you: some steps are unsafe with some conditions, and some medicines make cramps more likely. This stays on this computer.</source>
        <translation>Parlez de votre santé à Crampwise pour que ses conseils vous correspondent : certains gestes sont déconseillés avec certaines maladies, et certains médicaments favorisent les crampes. Ces informations restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Problèmes de santé</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Type a medicine&apos;s name (generic or brand)…</source>
        <translation>Tapez le nom d&apos;un médicament (générique ou marque)…</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Nom du médicament</translation>
    </message>
    <message>
        <source>Type a name, then press Enter or Add. Suggestions appear as you type.</source>
        <translation>Tapez un nom, puis appuyez sur Entrée ou Ajouter. Des suggestions apparaissent pendant la saisie.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add this medicine</source>
        <translation>Ajouter ce médicament</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Reconnu comme</translation>
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
        <source>Your medicines</source>
        <translation>Vos médicaments</translation>
    </message>
    <message>
        <source>Select a medicine to give the dates it was started or stopped.</source>
        <translation>Choisissez un médicament pour indiquer quand vous l&apos;avez commencé ou arrêté.</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Commencé le</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Arrêté le</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected medicine</source>
        <translation>Retirer le médicament choisi</translation>
    </message>
    <message>
        <source>Dates are optional: with them, Insights can compare your cramps before and after.</source>
        <translation>Les dates sont facultatives : avec elles, « Tendances » peut comparer vos crampes avant et après.</translation>
    </message>
    <message>
        <source>Profile saved. Your advice is updated.</source>
        <translation>Profil enregistré. Vos conseils sont à jour.</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Non reconnu</translation>
    </message>
    <message>
        <source>“{0}” is already in your list.</source>
        <translation>« {0} » est déjà dans votre liste.</translation>
    </message>
    <message>
        <source>“{0}” is already in your list, as “{1}”.</source>
        <translation>« {0} » est déjà dans votre liste, sous le nom « {1} ».</translation>
    </message>
    <message>
        <source>“{0}” is kept but not recognised: no advice is given for it.</source>
        <translation>« {0} » est gardé, mais pas reconnu : aucun conseil n&apos;est donné pour ce produit.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Rates cover the night of {start}, when the diary began.</source>
        <translation>Les moyennes portent sur la nuit du {start}, début du journal.</translation>
    </message>
    <message>
        <source>Rates cover the night of {start}.</source>
        <translation>Les moyennes portent sur la nuit du {start}.</translation>
    </message>
    <message>
        <source>Rates cover the {n} nights from {start}, when the diary began, to {end}.</source>
        <translation>Les moyennes portent sur les {n} nuits du {start} (début du journal) au {end}.</translation>
    </message>
    <message>
        <source>Rates cover the {n} nights from {start} to {end}.</source>
        <translation>Les moyennes portent sur les {n} nuits du {start} au {end}.</translation>
    </message>
    <message>
        <source>{0} not recorded</source>
        <translation>non précisé pour {0}</translation>
    </message>
    <message>
        <source>1 night with a cramp, woken by it on {woken}</source>
        <translation>1 nuit avec une crampe, {woken} avec réveil</translation>
    </message>
    <message>
        <source>{n} nights with a cramp, woken by it on {woken}</source>
        <translation>{n} nuits avec une crampe, dont {woken} avec réveil</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>no way to play sounds was found. Install PulseAudio or PipeWire to hear them.</source>
        <translation>aucun moyen de jouer les sons n&apos;a été trouvé. Installez PulseAudio ou PipeWire pour les entendre.</translation>
    </message>
    <message>
        <source>no sound output was found. Is a sound service such as PulseAudio or PipeWire running?</source>
        <translation>aucune sortie audio n&apos;a été trouvée. Un service de son comme PulseAudio ou PipeWire est-il lancé ?</translation>
    </message>
</context>
<context>
    <name>TonightPage</name>
    <message>
        <source>Add a past episode</source>
        <translation>Ajouter une crampe passée</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Cramp started at {0}</source>
        <translation>Crampe commencée à {0}</translation>
    </message>
    <message>
        <source>Cramp started. It will be saved as soon as the diary opens.</source>
        <translation>Crampe commencée. Elle sera enregistrée dès que le journal sera ouvert.</translation>
    </message>
    <message>
        <source>Saved: a cramp of {0}.</source>
        <translation>Enregistré : une crampe de {0}.</translation>
    </message>
    <message>
        <source>Not saved. Your entry is still here: try Save again.</source>
        <translation>Pas enregistré. Votre saisie est toujours là : appuyez de nouveau sur Enregistrer.</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Détails enregistrés.</translation>
    </message>
    <message>
        <source>Saved. You can add details later from History.</source>
        <translation>Enregistré. Vous pourrez ajouter des détails plus tard, dans l&apos;Historique.</translation>
    </message>
    <message>
        <source>Last night is recorded: no cramps.</source>
        <translation>La nuit dernière est notée : pas de crampes.</translation>
    </message>
    <message>
        <source>Past episode saved.</source>
        <translation>Crampe passée enregistrée.</translation>
    </message>
    <message>
        <source>A cramp from {0} was never marked as over. Finish it at {1}?</source>
        <translation>Une crampe du {0} n&apos;a jamais été marquée comme finie. La terminer à {1} ?</translation>
    </message>
    <message>
        <source>The unfinished cramp is saved.</source>
        <translation>La crampe restée ouverte est enregistrée.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Export the unsaved entries</source>
        <translation>Exporter les saisies non enregistrées</translation>
    </message>
    <message>
        <source>Crampwise export (*.json)</source>
        <translation>Export Crampwise (*.json)</translation>
    </message>
</context>
<context>
    <name>UnsavedBanner</name>
    <message>
        <source>{0}, still going</source>
        <translation>{0}, toujours en cours</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message numerus="yes">
        <source>Kept on this screen: %n cramp(s) ({0}). Crampwise tries again every few seconds: keep this window open.</source>
        <translation>
            <numerusform>Gardée sur cet écran : %n crampe ({0}). Crampwise réessaie toutes les quelques secondes : laissez cette fenêtre ouverte.</numerusform>
            <numerusform>Gardées sur cet écran : %n crampes ({0}). Crampwise réessaie toutes les quelques secondes : laissez cette fenêtre ouverte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>Cramps not saved yet</source>
        <translation>Crampes pas encore enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s) could not be saved to your diary yet.</source>
        <translation>
            <numerusform>%n crampe n&apos;a pas encore pu être enregistrée dans votre journal.</numerusform>
            <numerusform>%n crampes n&apos;ont pas encore pu être enregistrées dans votre journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you close Crampwise now, they are lost. Keep it open and it keeps trying, or export them to a file first: Diary → Import adds them back later.</source>
        <translation>Si vous fermez Crampwise maintenant, elles seront perdues. Laissez-le ouvert et il continuera d&apos;essayer, ou exportez-les d&apos;abord dans un fichier : Journal → Importer les ajoutera plus tard.</translation>
    </message>
    <message>
        <source>Keep Crampwise open</source>
        <translation>Garder Crampwise ouvert</translation>
    </message>
    <message>
        <source>Export unsaved entries…</source>
        <translation>Exporter les saisies non enregistrées…</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Fermer et les perdre</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Calf</source>
        <translation>Mollet</translation>
    </message>
    <message>
        <source>Foot sole</source>
        <translation>Plante du pied</translation>
    </message>
    <message>
        <source>Toes</source>
        <translation>Orteils</translation>
    </message>
    <message>
        <source>Shin</source>
        <translation>Tibia</translation>
    </message>
    <message>
        <source>Back of thigh</source>
        <translation>Arrière de la cuisse</translation>
    </message>
    <message>
        <source>Front of thigh</source>
        <translation>Avant de la cuisse</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Hard or unusual exercise</source>
        <translation>Effort intense ou inhabituel</translation>
    </message>
    <message>
        <source>Long sitting or standing</source>
        <translation>Longtemps assis ou debout</translation>
    </message>
    <message>
        <source>Little to drink</source>
        <translation>Peu bu</translation>
    </message>
    <message>
        <source>Heavy sweating</source>
        <translation>Forte transpiration</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcool</translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation>Caféine</translation>
    </message>
    <message>
        <source>Cold room</source>
        <translation>Pièce froide</translation>
    </message>
    <message>
        <source>New or changed medication</source>
        <translation>Médicament nouveau ou modifié</translation>
    </message>
    <message>
        <source>Sudden weakness or numbness of a leg, an arm or the face</source>
        <translation>Faiblesse ou engourdissement soudain d&apos;une jambe, d&apos;un bras ou du visage</translation>
    </message>
    <message>
        <source>A leg suddenly cold, pale, painful or numb</source>
        <translation>Une jambe soudain froide, pâle, douloureuse ou insensible</translation>
    </message>
    <message>
        <source>One leg swollen, warm or red</source>
        <translation>Une jambe gonflée, chaude ou rouge</translation>
    </message>
    <message>
        <source>Pain that stays long after the cramp</source>
        <translation>Douleur qui dure longtemps après la crampe</translation>
    </message>
    <message>
        <source>Cramp over 10 minutes, not eased by stretching</source>
        <translation>Crampe de plus de 10 minutes, non soulagée par l&apos;étirement</translation>
    </message>
    <message>
        <source>Dark (cola-coloured) urine</source>
        <translation>Urines foncées (couleur de cola)</translation>
    </message>
    <message>
        <source>Muscle pain or weakness unlike your usual cramps</source>
        <translation>Douleur ou faiblesse musculaire différente de vos crampes habituelles</translation>
    </message>
    <message>
        <source>Calf pain when walking that eases with rest</source>
        <translation>Douleur au mollet à la marche, qui passe au repos</translation>
    </message>
    <message>
        <source>Breathless, chest pain or coughing blood</source>
        <translation>Essoufflement, douleur dans la poitrine ou crachats de sang</translation>
    </message>
    <message>
        <source>Weakness, numbness or twitching that built up over weeks</source>
        <translation>Faiblesse, engourdissement ou tressautements apparus peu à peu, sur des semaines</translation>
    </message>
    <message>
        <source>Dark urine or unexplained muscle pain (older entry)</source>
        <translation>Urines foncées ou douleurs musculaires inexpliquées (ancienne saisie)</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Jambe gauche</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Jambe droite</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Les deux jambes</translation>
    </message>
    <message>
        <source>Left {0}</source>
        <translation>{0} (jambe gauche)</translation>
    </message>
    <message>
        <source>Right {0}</source>
        <translation>{0} (jambe droite)</translation>
    </message>
    <message>
        <source>{0} on both legs</source>
        <translation>{0} (les deux jambes)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Intensity {0} of 10</source>
        <translation>Intensité {0} sur 10</translation>
    </message>
    <message>
        <source>barely</source>
        <translation>à peine</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>worst</source>
        <translation>la pire</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0} à {1}</translation>
    </message>
    <message>
        <source>Night of {0}–{1}</source>
        <translation>Nuit du {0} au {1}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Night theme in the evening and at night</source>
        <translation>Thème de nuit le soir et la nuit</translation>
    </message>
    <message>
        <source>Follow the system&apos;s colours</source>
        <translation>Suivre les couleurs du système</translation>
    </message>
    <message>
        <source>Always night</source>
        <translation>Toujours le thème de nuit</translation>
    </message>
    <message>
        <source>Always day</source>
        <translation>Toujours le thème de jour</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Tonight</source>
        <translation>&amp;Cette nuit</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Tendances</translation>
    </message>
    <message>
        <source>&amp;Prevention</source>
        <translation>&amp;Prévention</translation>
    </message>
    <message>
        <source>&amp;Relief plans</source>
        <translation>Plans de &amp;soulagement</translation>
    </message>
    <message>
        <source>Health pro&amp;file</source>
        <translation>Pro&amp;fil de santé</translation>
    </message>
    <message>
        <source>&amp;Learn</source>
        <translation>Co&amp;mprendre</translation>
    </message>
    <message>
        <source>Mute relief sounds</source>
        <translation>Couper les sons pendant le soulagement</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window closes</source>
        <translation>Rester dans la zone de notification quand la fenêtre se ferme</translation>
    </message>
    <message>
        <source>Bedtime reminder for the evening routine</source>
        <translation>Rappel au coucher pour la routine du soir</translation>
    </message>
    <message>
        <source>Start Crampwise when I log in</source>
        <translation>Lancer Crampwise à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>Reduce motion (no moving countdown ring)</source>
        <translation>Réduire les animations (anneau du compte à rebours immobile)</translation>
    </message>
    <message>
        <source>Very quiet</source>
        <translation>Très doux</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Doux</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Loud</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Doctor &amp;report (PDF)…</source>
        <translation>&amp;Rapport pour le médecin (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Where your data is…</source>
        <translation>&amp;Où sont vos données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>Sound volume</source>
        <translation>Volume du son</translation>
    </message>
    <message>
        <source>Test sounds…</source>
        <translation>Tester les sons…</translation>
    </message>
    <message>
        <source>Playing the three cues…</source>
        <translation>Lecture des trois signaux sonores…</translation>
    </message>
    <message>
        <source>Test sounds</source>
        <translation>Test des sons</translation>
    </message>
    <message>
        <source>Country for emergency numbers</source>
        <translation>Pays des numéros d&apos;urgence</translation>
    </message>
    <message>
        <source>This computer&apos;s country ({0})</source>
        <translation>Pays de cet ordinateur ({0})</translation>
    </message>
    <message>
        <source>Where your data is</source>
        <translation>Où sont vos données</translation>
    </message>
    <message>
        <source>Your diary, health profile, settings and backups stay on this computer, readable by your user account alone. Crampwise sends nothing anywhere. They are in this folder:</source>
        <translation>Votre journal, votre profil de santé, vos réglages et vos sauvegardes restent sur cet ordinateur, lisibles par votre seul compte. Crampwise n&apos;envoie rien nulle part. Ils sont dans ce dossier :</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>_OptionalDate</name>
    <message>
        <source>{0}: the date is known</source>
        <translation>{0} : date connue</translation>
    </message>
    <message>
        <source>Tick the box first to give a date.</source>
        <translation>Cochez d&apos;abord la case pour indiquer une date.</translation>
    </message>
</context>
</TS>
