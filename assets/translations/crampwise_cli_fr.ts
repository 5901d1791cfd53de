<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Command line</name>
    <message>
        <source>Relief and a diary for night leg cramps. With no command, opens the window.</source>
        <translation>Soulagement et journal des crampes nocturnes aux jambes. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>keep the diary in DIR (default: the user data folder; or ${env})</source>
        <translation>garder le journal dans DIR (par défaut : le dossier de données de l&apos;utilisateur ; ou ${env})</translation>
    </message>
    <message>
        <source>speak this language in this run (also ${env}); the saved setting stays as it is</source>
        <translation>utiliser cette langue pour cette fois (ou ${env}) ; le réglage enregistré ne change pas</translation>
    </message>
    <message>
        <source>open the window on a temporary diary, use every page once, and report</source>
        <translation>ouvrir la fenêtre sur un journal temporaire, passer par chaque page et rendre compte</translation>
    </message>
    <message>
        <source>check the diary; repair it from a backup if it is damaged</source>
        <translation>vérifier le journal ; le réparer à partir d&apos;une sauvegarde s&apos;il est endommagé</translation>
    </message>
    <message>
        <source>put a backup in place of the diary</source>
        <translation>remettre une sauvegarde à la place du journal</translation>
    </message>
    <message>
        <source>backup file (default: the newest good one)</source>
        <translation>fichier de sauvegarde (par défaut : la plus récente en bon état)</translation>
    </message>
    <message>
        <source>end the cramp that is going on (started with --ongoing)</source>
        <translation>terminer la crampe en cours (commencée avec --ongoing)</translation>
    </message>
    <message>
        <source>when it ended (default: now)</source>
        <translation>quand elle s&apos;est terminée (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>advice for the stored or the given health profile</source>
        <translation>conseils pour le profil de santé enregistré ou celui indiqué</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par un programme</translation>
    </message>
    <message>
        <source>a health condition, by id (repeatable): {ids}</source>
        <translation>un problème de santé, par identifiant (répétable) : {ids}</translation>
    </message>
    <message>
        <source>a medicine, generic or brand name (repeatable)</source>
        <translation>un médicament, nom générique ou commercial (répétable)</translation>
    </message>
    <message>
        <source>whose emergency numbers: GB, FR, BE, CH, CA, US or other (default: the saved setting, else the system&apos;s country)</source>
        <translation>les numéros d&apos;urgence de quel pays : GB, FR, BE, CH, CA, US ou other (par défaut : le réglage enregistré, sinon le pays du système)</translation>
    </message>
    <message>
        <source>add Crampwise to this user&apos;s applications menu, and a crampwise command to ~/.local/bin</source>
        <translation>ajouter Crampwise au menu des applications de cet utilisateur, et une commande crampwise dans ~/.local/bin</translation>
    </message>
    <message>
        <source>remove them again</source>
        <translation>les retirer</translation>
    </message>
    <message>
        <source>only the crampwise command (what scripts/run-app.sh does); quiet if it is there</source>
        <translation>seulement la commande crampwise (ce que fait scripts/run-app.sh) ; rien n&apos;est dit si elle est déjà là</translation>
    </message>
    <message>
        <source>install under PREFIX/share and PREFIX/bin (default ~/.local)</source>
        <translation>installer sous PREFIX/share et PREFIX/bin (par défaut ~/.local)</translation>
    </message>
    <message>
        <source>play the three cues and speak one phrase, then say what worked</source>
        <translation>jouer les trois signaux et dire une phrase, puis indiquer ce qui a fonctionné</translation>
    </message>
    <message>
        <source>1 to 100 (default: the volume set in Crampwise)</source>
        <translation>de 1 à 100 (par défaut : le volume réglé dans Crampwise)</translation>
    </message>
    <message>
        <source>list episodes, newest first</source>
        <translation>lister les crampes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>only nights from DATE (YYYY-MM-DD)</source>
        <translation>seulement les nuits à partir de DATE (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>log a cramp episode</source>
        <translation>noter une crampe</translation>
    </message>
    <message>
        <source>{places} (repeatable)</source>
        <translation>{places} (répétable)</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>de 0 à 10</translation>
    </message>
    <message>
        <source>e.g. 3m, 90s, 1h5m</source>
        <translation>ex. : 3m, 90s, 1h5m</translation>
    </message>
    <message>
        <source>the cramp is still going on</source>
        <translation>la crampe dure encore</translation>
    </message>
    <message>
        <source>start time, &apos;YYYY-MM-DD HH:MM&apos; on this computer&apos;s clock, or with an offset (&apos;2026-10-25 02:30+01:00&apos;); not in the future (default: now)</source>
        <translation>heure du début, « AAAA-MM-JJ HH:MM » à l&apos;horloge de cet ordinateur, ou avec un décalage (« 2026-10-25 02:30+01:00 ») ; pas dans le futur (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>possible trigger (repeatable): {ids}; any other words are kept as your own trigger</source>
        <translation>déclencheur possible (répétable) : {ids} ; tout autre mot est gardé comme votre propre déclencheur</translation>
    </message>
    <message>
        <source>free note</source>
        <translation>note libre</translation>
    </message>
    <message>
        <source>a cramp longer than 6 hours is not plausible</source>
        <translation>une crampe de plus de 6 heures n&apos;est pas plausible</translation>
    </message>
    <message>
        <source>Logged episode {id}: {night}.</source>
        <translation>Crampe n° {id} notée : {night}.</translation>
    </message>
    <message>
        <source>Kept as your own trigger, not one of the app&apos;s: {tags}.</source>
        <translation>Gardé comme votre propre déclencheur, hors de la liste de l&apos;application : {tags}.</translation>
    </message>
    <message>
        <source>Kept as your own triggers, not among the app&apos;s: {tags}.</source>
        <translation>Gardés comme vos propres déclencheurs, hors de la liste de l&apos;application : {tags}.</translation>
    </message>
    <message>
        <source>no cramp is going on (crampwise list shows the diary)</source>
        <translation>aucune crampe n&apos;est en cours (crampwise list montre le journal)</translation>
    </message>
    <message>
        <source>Ended episode {id}: a cramp of {length}.</source>
        <translation>Épisode {id} terminé : une crampe de {length}.</translation>
    </message>
    <message>
        <source>the advice files are broken: {problem}</source>
        <translation>les fichiers de conseils sont abîmés : {problem}</translation>
    </message>
    <message>
        <source>sources: {ids}</source>
        <translation>sources : {ids}</translation>
    </message>
    <message>
        <source>Not recognised (no advice given for it): {name}</source>
        <translation>Non reconnu (aucun conseil donné pour lui) : {name}</translation>
    </message>
    <message>
        <source>Damaged text in {table} row {row} ({column}): it is shown with the damaged characters replaced by �.</source>
        <translation>Texte endommagé dans {table}, ligne {row} ({column}) : il est affiché avec les caractères endommagés remplacés par �.</translation>
    </message>
    <message>
        <source>{count} backup in {folder}.</source>
        <translation>{count} sauvegarde dans {folder}.</translation>
    </message>
    <message>
        <source>{count} backups in {folder}.</source>
        <translation>{count} sauvegardes dans {folder}.</translation>
    </message>
    <message>
        <source>The diary at {path} is healthy.</source>
        <translation>Le journal {path} est en bon état.</translation>
    </message>
    <message>
        <source>no good backup found in {folder}</source>
        <translation>aucune sauvegarde en bon état dans {folder}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>Restored {backup}. The previous diary was kept as {kept}.</source>
        <translation>{backup} a été remise en place. L&apos;ancien journal a été conservé sous le nom {kept}.</translation>
    </message>
    <message>
        <source>No episodes yet.</source>
        <translation>Aucune crampe pour l&apos;instant.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has bytes that are not UTF-8 text; check your terminal&apos;s encoding</source>
        <translation>&apos;{text}&apos; contient des octets qui ne sont pas du texte UTF-8 ; vérifiez l&apos;encodage de votre terminal</translation>
    </message>
    <message>
        <source>give a folder</source>
        <translation>indiquez un dossier</translation>
    </message>
    <message>
        <source>the language must be {choices}</source>
        <translation>la langue doit être {choices}</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} ou {last}</translation>
    </message>
    <message>
        <source>side must be {choices}</source>
        <translation>le côté doit être {choices}</translation>
    </message>
    <message>
        <source>unknown place {place!r} (one of: {known})</source>
        <translation>endroit inconnu {place!r} (au choix : {known})</translation>
    </message>
    <message>
        <source>intensity must be a whole number from 0 to 10</source>
        <translation>l&apos;intensité doit être un nombre entier de 0 à 10</translation>
    </message>
    <message>
        <source>volume must be a whole number from 1 to 100</source>
        <translation>le volume doit être un nombre entier de 1 à 100</translation>
    </message>
    <message>
        <source>{text!r} is far too long for a cramp (at most 6 hours)</source>
        <translation>{text!r} est bien trop long pour une crampe (6 heures au plus)</translation>
    </message>
    <message>
        <source>{text!r} is not a duration (try 3m, 90s or 1h5m)</source>
        <translation>{text!r} n&apos;est pas une durée (essayez 3m, 90s ou 1h5m)</translation>
    </message>
    <message>
        <source>{text!r} is not a date (use YYYY-MM-DD)</source>
        <translation>{text!r} n&apos;est pas une date (écrivez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>unknown condition {text!r} (one of: {known})</source>
        <translation>problème de santé inconnu {text!r} (au choix : {known})</translation>
    </message>
    <message>
        <source>unknown factor {text!r} (one of: {known})</source>
        <translation>facteur inconnu {text!r} (au choix : {known})</translation>
    </message>
    <message>
        <source>the number of drinks must be a whole number from 0 to {limit}</source>
        <translation>le nombre de verres doit être un nombre entier de 0 à {limit}</translation>
    </message>
    <message>
        <source>an experiment lasts {choices} weeks, not {text}</source>
        <translation>un essai dure {choices} semaines, pas {text}</translation>
    </message>
    <message>
        <source>the seed must be a whole number from 0 to {limit}</source>
        <translation>la graine (seed) doit être un nombre entier de 0 à {limit}</translation>
    </message>
    <message>
        <source>{text!r} is not a date and time (use &apos;YYYY-MM-DD HH:MM&apos;)</source>
        <translation>{text!r} n&apos;est pas une date et une heure (écrivez « AAAA-MM-JJ HH:MM »)</translation>
    </message>
    <message>
        <source>{text!r} is too far in the past</source>
        <translation>{text!r} est trop loin dans le passé</translation>
    </message>
    <message>
        <source>{text!r} is in the future (it is {now} now): give the time the cramp started</source>
        <translation>{text!r} est dans le futur (il est {now}) : indiquez l&apos;heure où la crampe a commencé</translation>
    </message>
    <message>
        <source>{text} did not happen on this computer&apos;s clock: at {before} the clocks went forward to {after}. Give a time before {before} or from {after} on.</source>
        <translation>{text} n&apos;a pas existé à l&apos;horloge de cet ordinateur : à {before}, on est passé directement à {after} (changement d&apos;heure). Indiquez une heure avant {before} ou à partir de {after}.</translation>
    </message>
    <message>
        <source>{time} happened twice that night: at {before} the clocks went back to {after}. The first {time} (UTC{first}) was stored; for the second, give --at &apos;{text}{second}&apos;.</source>
        <translation>{time} a eu lieu deux fois cette nuit-là : à {before}, on est revenu à {after} (changement d&apos;heure). Le premier {time} (UTC{first}) a été enregistré ; pour le second, indiquez --at &apos;{text}{second}&apos;.</translation>
    </message>
    <message>
        <source>{text!r} is not a region (a two-letter country code such as FR, or &apos;other&apos;)</source>
        <translation>{text!r} n&apos;est pas une région (un code de pays à deux lettres comme FR, ou « other »)</translation>
    </message>
    <message>
        <source>the paper size must be a4 or letter</source>
        <translation>le format de papier doit être a4 ou letter</translation>
    </message>
    <message>
        <source>write a PDF report of the diary to show a doctor or nurse</source>
        <translation>écrire un rapport PDF du journal à montrer à un médecin ou à une infirmière</translation>
    </message>
    <message>
        <source>Write a PDF report of the nights FROM..TO: summary, charts, medicines, warning signs and every episode. Default: the last {weeks} weeks.</source>
        <translation>Écrit un rapport PDF des nuits FROM..TO : résumé, graphiques, médicaments, signes d&apos;alerte et chaque crampe. Par défaut : les {weeks} dernières semaines.</translation>
    </message>
    <message>
        <source>first night, YYYY-MM-DD (default: {weeks} weeks before --to)</source>
        <translation>première nuit, AAAA-MM-JJ (par défaut : {weeks} semaines avant --to)</translation>
    </message>
    <message>
        <source>last night (default: today)</source>
        <translation>dernière nuit (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>where to write it (default: crampwise-report-YYYY-MM-DD.pdf in this folder)</source>
        <translation>où l&apos;écrire (par défaut : crampwise-report-AAAA-MM-JJ.pdf dans ce dossier)</translation>
    </message>
    <message>
        <source>paper size (default: Letter in the US, Canada, Mexico and the Philippines, else A4)</source>
        <translation>format du papier (par défaut : Letter aux États-Unis, au Canada, au Mexique et aux Philippines, A4 ailleurs)</translation>
    </message>
    <message>
        <source>record a night: the evening&apos;s factors, and how it went</source>
        <translation>noter une nuit : les facteurs de la soirée, et comment elle s&apos;est passée</translation>
    </message>
    <message>
        <source>the night, named by its evening (YYYY-MM-DD; default: tonight)</source>
        <translation>la nuit, désignée par sa soirée (AAAA-MM-JJ ; par défaut : cette nuit)</translation>
    </message>
    <message>
        <source>a factor of that day (repeatable): {ids}</source>
        <translation>un facteur de la journée (répétable) : {ids}</translation>
    </message>
    <message>
        <source>how many alcoholic drinks</source>
        <translation>combien de verres d&apos;alcool</translation>
    </message>
    <message>
        <source>the night went without cramps</source>
        <translation>la nuit s&apos;est passée sans crampe</translation>
    </message>
    <message>
        <source>there were cramps that night</source>
        <translation>il y a eu des crampes cette nuit-là</translation>
    </message>
    <message>
        <source>list the recorded nights, oldest first</source>
        <translation>lister les nuits notées, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <source>compare cramp nights with and without each factor</source>
        <translation>comparer les nuits avec crampes, avec et sans chaque facteur</translation>
    </message>
    <message>
        <source>first night (YYYY-MM-DD; default: the first recorded)</source>
        <translation>première nuit (AAAA-MM-JJ ; par défaut : la première notée)</translation>
    </message>
    <message>
        <source>last night (YYYY-MM-DD; default: tonight)</source>
        <translation>dernière nuit (AAAA-MM-JJ ; par défaut : cette nuit)</translation>
    </message>
    <message>
        <source>cramps</source>
        <translation>crampes</translation>
    </message>
    <message>
        <source>no cramps</source>
        <translation>sans crampe</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Recorded. {night}: {status}; factors: {factors}.</source>
        <translation>C&apos;est noté. {night} : {status} ; facteurs : {factors}.</translation>
    </message>
    <message>
        <source>--from {start} is after --to {end}; the first night must come before the last</source>
        <translation>--from {start} est après --to {end} ; la première nuit doit précéder la dernière</translation>
    </message>
    <message>
        <source>No recorded nights yet.</source>
        <translation>Aucune nuit notée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name such as {example}</source>
        <translation>{path} est un dossier ; indiquez un nom de fichier, par exemple {example}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>could not write {path}: {reason}</source>
        <translation>impossible d&apos;écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} episode, nights of {start} to {end}).</source>
        <translation>{path} est écrit ({count} crampe, nuits du {start} au {end}).</translation>
    </message>
    <message>
        <source>Wrote {path} ({count} episodes, nights of {start} to {end}).</source>
        <translation>{path} est écrit ({count} crampes, nuits du {start} au {end}).</translation>
    </message>
    <message>
        <source>try a habit in on and off weeks</source>
        <translation>essayer une habitude, une semaine avec, une semaine sans</translation>
    </message>
    <message>
        <source>plan an experiment from tonight</source>
        <translation>préparer un essai à partir de cette nuit</translation>
    </message>
    <message>
        <source>the habit to try: {ids}</source>
        <translation>l&apos;habitude à essayer : {ids}</translation>
    </message>
    <message>
        <source>your own habit in a few words (with --habit own)</source>
        <translation>votre propre habitude, en quelques mots (avec --habit own)</translation>
    </message>
    <message>
        <source>4, 6 or 8</source>
        <translation>4, 6 ou 8</translation>
    </message>
    <message>
        <source>the seed of the plan&apos;s random order (default: a new one)</source>
        <translation>la graine (seed) de l&apos;ordre tiré au sort (par défaut : une nouvelle)</translation>
    </message>
    <message>
        <source>say whether tonight is an on or an off week</source>
        <translation>dire si cette semaine est une semaine « avec » ou « sans »</translation>
    </message>
    <message>
        <source>stop the experiment (last night still counts)</source>
        <translation>arrêter l&apos;essai (la nuit dernière compte encore)</translation>
    </message>
    <message>
        <source>compare the on and off weeks so far</source>
        <translation>comparer jusqu&apos;ici les semaines « avec » et « sans »</translation>
    </message>
    <message>
        <source>on</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>off</source>
        <translation>sans</translation>
    </message>
    <message>
        <source>Experiment planned: {habit}, for {weeks} weeks from the night of {start}.</source>
        <translation>Essai prévu : {habit}, pendant {weeks} semaines à partir de la nuit du {start}.</translation>
    </message>
    <message>
        <source>Week {week}: {start} to {end}, {arm}</source>
        <translation>Semaine {week} : du {start} au {end}, {arm}</translation>
    </message>
    <message>
        <source>No experiment is running.</source>
        <translation>Aucun essai n&apos;est en cours.</translation>
    </message>
    <message>
        <source>Experiment stopped: the nights up to that of {last} count.</source>
        <translation>Essai arrêté : les nuits jusqu&apos;à celle du {last} comptent.</translation>
    </message>
    <message>
        <source>No experiment yet.</source>
        <translation>Aucun essai pour l&apos;instant.</translation>
    </message>
    <message>
        <source>“{arm}” weeks: {cramps} cramp nights of {nights} recorded</source>
        <translation>Semaines « {arm} » : {cramps} nuits avec crampes sur {nights} notées</translation>
    </message>
</context>
</TS>
