<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>Backup</name>
    <message>
        <source>Your diary file was damaged ({problem}). It was kept as {kept} and a new, empty diary was started; no backup was found.</source>
        <translation>Le fichier de votre journal était endommagé ({problem}). Il a été conservé sous le nom {kept} et un nouveau journal vide a été commencé : aucune sauvegarde n'a été trouvée.</translation>
    </message>
    <message>
        <source>Your diary file was damaged ({problem}). It was kept as {kept} and the backup from the newest backup was restored: entries made after that may be missing.</source>
        <translation>Le fichier de votre journal était endommagé ({problem}). Il a été conservé sous le nom {kept} et la sauvegarde la plus récente a été restaurée : les entrées faites après elle peuvent manquer.</translation>
    </message>
    <message>
        <source>Your diary file was damaged ({problem}). It was kept as {kept} and the backup from {taken:%d %b %Y at %H:%M} was restored: entries made after that may be missing.</source>
        <translation>Le fichier de votre journal était endommagé ({problem}). Il a été conservé sous le nom {kept} et la sauvegarde du {taken:%d/%m/%Y} à {taken:%H:%M} a été restaurée : les entrées faites depuis peuvent manquer.</translation>
    </message>
    <message>
        <source>it is not a database file</source>
        <translation>ce n'est pas un fichier de base de données</translation>
    </message>
    <message>
        <source>it cannot be read ({error})</source>
        <translation>il est illisible ({error})</translation>
    </message>
    <message>
        <source>{path} cannot be opened: it belongs to another user, or its permissions do not let you read and write it. Nothing was changed. Give it back to your user (ls -l shows the owner), or run Crampwise as the user it belongs to.</source>
        <translation>Impossible d'ouvrir {path} : il appartient à un autre utilisateur, ou ses droits ne vous permettent pas de le lire et de le modifier. Rien n'a été changé. Rendez-le à votre utilisateur (ls -l montre son propriétaire), ou lancez Crampwise avec l'utilisateur à qui il appartient.</translation>
    </message>
    <message>
        <source>The diary at {path} cannot be opened ({error}). Nothing was changed.</source>
        <translation>Impossible d'ouvrir le journal {path} ({error}). Rien n'a été changé.</translation>
    </message>
    <message>
        <source>its contents failed a consistency check</source>
        <translation>son contenu n'a pas passé le contrôle de cohérence</translation>
    </message>
    <message>
        <source>Crampwise is open (a window or a command is using the diary): close it first, then try again.</source>
        <translation>Crampwise est ouvert (une fenêtre ou une commande utilise le journal) : fermez-le d'abord, puis réessayez.</translation>
    </message>
    <message>
        <source>replaced on request</source>
        <translation>remplacé à votre demande</translation>
    </message>
    <message>
        <source>The diary looks damaged ({problem}), but Crampwise has it open elsewhere. Close every Crampwise window, then run: crampwise check</source>
        <translation>Le journal semble endommagé ({problem}), mais Crampwise l'a ouvert ailleurs. Fermez toutes les fenêtres de Crampwise, puis lancez : crampwise check</translation>
    </message>
</context>
<context>
    <name>Episode</name>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>Please check {field}: {problem}</source>
        <translation>Vérifiez « {field} » : {problem}</translation>
    </message>
    <message>
        <source>needs a time zone offset</source>
        <translation>il manque le décalage horaire</translation>
    </message>
    <message>
        <source>the time zone offset must be whole minutes</source>
        <translation>le décalage horaire doit être un nombre entier de minutes</translation>
    </message>
    <message>
        <source>must be on 1 January 2000 or later</source>
        <translation>doit être le 1er janvier 2000 ou après</translation>
    </message>
    <message>
        <source>is in the future: check the date (and this computer's clock)</source>
        <translation>est dans le futur : vérifiez la date (et l'horloge de cet ordinateur)</translation>
    </message>
    <message>
        <source>must be a whole number from {first} to {last}</source>
        <translation>doit être un nombre entier de {first} à {last}</translation>
    </message>
    <message>
        <source>contains an invalid character (a lone surrogate)</source>
        <translation>contient un caractère non valable (un substitut Unicode isolé)</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters)</source>
        <translation>trop long ({limit} caractères au maximum)</translation>
    </message>
    <message>
        <source>the end must come after the start</source>
        <translation>la fin doit venir après le début</translation>
    </message>
    <message>
        <source>a cramp longer than 6 hours is not plausible</source>
        <translation>une crampe de plus de 6 heures n'est pas plausible</translation>
    </message>
    <message>
        <source>must be left, right or both</source>
        <translation>doit être gauche, droite ou les deux</translation>
    </message>
    <message>
        <source>unknown place {place!r}</source>
        <translation>endroit inconnu : {place!r}</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 10</source>
        <translation>doit être un nombre entier de 0 à 10</translation>
    </message>
    <message>
        <source>must be between 0 and 1440 minutes</source>
        <translation>doit être entre 0 et 1440 minutes</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>at most {limit} tags</source>
        <translation>{limit} déclencheurs au maximum</translation>
    </message>
    <message>
        <source>{tag!r} is not a valid tag</source>
        <translation>{tag!r} n'est pas un déclencheur valable</translation>
    </message>
    <message>
        <source>{tag!r} contains control characters</source>
        <translation>{tag!r} contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>unknown sign {sign!r}</source>
        <translation>signe inconnu : {sign!r}</translation>
    </message>
    <message>
        <source>at most {limit} relief steps</source>
        <translation>{limit} étapes de soulagement au maximum</translation>
    </message>
    <message>
        <source>invalid relief step id</source>
        <translation>identifiant d'étape de soulagement non valable</translation>
    </message>
</context>
<context>
    <name>Episode field</name>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>started at</source>
        <translation>début</translation>
    </message>
    <message>
        <source>ended at</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>side</source>
        <translation>côté</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>endroits</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>intensité</translation>
    </message>
    <message>
        <source>woke from sleep</source>
        <translation>réveil</translation>
    </message>
    <message>
        <source>minutes to sleep again</source>
        <translation>minutes pour se rendormir</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>étapes de soulagement</translation>
    </message>
    <message>
        <source>helped</source>
        <translation>soulagement</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>déclencheurs</translation>
    </message>
    <message>
        <source>red flags</source>
        <translation>signes d'alerte</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>épisode</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>conditions</source>
        <translation>problèmes de santé</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>médicaments</translation>
    </message>
</context>
<context>
    <name>Experiments</name>
    <message>
        <source>unknown habit {habit!r}; known habits: {known}</source>
        <translation>habitude inconnue {habit!r} ; habitudes connues : {known}</translation>
    </message>
    <message>
        <source>“{habit}” is not offered: {because}.</source>
        <translation>« {habit} » n'est pas proposé : {because}.</translation>
    </message>
    <message>
        <source>say what your own habit is</source>
        <translation>dites quelle est votre habitude</translation>
    </message>
    <message>
        <source>your own habit is too long (at most {limit} characters)</source>
        <translation>votre habitude est trop longue ({limit} caractères au plus)</translation>
    </message>
    <message>
        <source>your habit contains control characters</source>
        <translation>votre habitude contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>a medicine is not a habit to try on and off: don't stop or change a medicine yourself; ask your prescriber or pharmacist</source>
        <translation>un médicament n'est pas une habitude à essayer une semaine sur deux : n'arrêtez pas et ne modifiez pas un médicament vous-même ; parlez-en à votre médecin ou à votre pharmacien</translation>
    </message>
    <message>
        <source>only your own habit takes a description</source>
        <translation>seule une habitude à vous se décrit</translation>
    </message>
    <message>
        <source>Week {week} of {weeks}: an “on” week. {habit}: yes.</source>
        <translation>Semaine {week} sur {weeks} : semaine « avec ». {habit} : oui.</translation>
    </message>
    <message>
        <source>Week {week} of {weeks}: an “off” week. {habit}: not this week.</source>
        <translation>Semaine {week} sur {weeks} : semaine « sans ». {habit} : pas cette semaine.</translation>
    </message>
    <message>
        <source>The experiment is over: see the result in Insights.</source>
        <translation>L'essai est terminé : le résultat est dans Tendances.</translation>
    </message>
    <message>
        <source>The experiment was stopped.</source>
        <translation>L'essai a été arrêté.</translation>
    </message>
    <message>
        <source>The experiment starts on the night of {start}.</source>
        <translation>L'essai commence la nuit du {start}.</translation>
    </message>
    <message>
        <source>this experiment is not running</source>
        <translation>cet essai n'est pas en cours</translation>
    </message>
    <message>
        <source>an experiment lasts 4, 6 or 8 weeks, not {weeks}</source>
        <translation>un essai dure 4, 6 ou 8 semaines, pas {weeks}</translation>
    </message>
    <message>
        <source>an experiment is already running until {end}: stop it first</source>
        <translation>un essai est déjà en cours jusqu'au {end} : arrêtez-le d'abord</translation>
    </message>
    <message>
        <source>own_habit: only the habit “own” has one, of at most {limit} characters</source>
        <translation>own_habit : seule l'habitude « own » en a une, de {limit} caractères au plus</translation>
    </message>
    <message>
        <source>the seed or the id is out of range</source>
        <translation>la graine (seed) ou l'identifiant est hors limites</translation>
    </message>
    <message>
        <source>the start {start} is not a night of the diary</source>
        <translation>le début {start} n'est pas une nuit du journal</translation>
    </message>
    <message>
        <source>it was stopped on {stopped}, outside its plan</source>
        <translation>il a été arrêté le {stopped}, en dehors de son plan</translation>
    </message>
    <message>
        <source>Not enough recorded nights yet to compare: {on} in “on” weeks and {off} in “off” weeks; {needed} of each are needed.</source>
        <translation>Pas encore assez de nuits notées pour comparer : {on} en semaines « avec » et {off} en semaines « sans » ; il en faut {needed} de chaque.</translation>
    </message>
    <message>
        <source>Cramps came on {on_rate} nights a week in “on” weeks and {off_rate} in “off” weeks: {ratio} times as often with the habit (likely between {low} and {high}).</source>
        <translation>Des crampes sont survenues {on_rate} nuits par semaine en semaines « avec » et {off_rate} en semaines « sans » : {ratio} fois plus souvent avec l'habitude (probablement entre {low} et {high}).</translation>
    </message>
    <message>
        <source>No cramp nights in “on” weeks, against {off_rate} a week in “off” weeks (with the habit, likely at most {high} times as often).</source>
        <translation>Aucune nuit avec crampe en semaines « avec », contre {off_rate} par semaine en semaines « sans » (avec l'habitude, probablement au plus {high} fois plus souvent).</translation>
    </message>
    <message>
        <source>Cramps came on {on_rate} nights a week in “on” weeks and on none in “off” weeks: there is no ratio to give.</source>
        <translation>Des crampes sont survenues {on_rate} nuits par semaine en semaines « avec » et aucune en semaines « sans » : impossible de donner un rapport.</translation>
    </message>
    <message>
        <source>No cramp nights in either kind of week: nothing to compare.</source>
        <translation>Aucune nuit avec crampe, ni en semaines « avec » ni en semaines « sans » : rien à comparer.</translation>
    </message>
    <message>
        <source>{count} nights of the plan were not recorded and are left out.</source>
        <translation>{count} nuits de l'essai n'ont pas été notées et ne sont pas comptées.</translation>
    </message>
    <message>
        <source>The habit was done on {done} of the {known} “on” nights where it was noted, so the difference may be smaller than the habit can make.</source>
        <translation>L'habitude a été suivie {done} nuits sur les {known} nuits « avec » où c'était noté : l'écart peut donc être plus faible que ce que l'habitude peut apporter.</translation>
    </message>
    <message>
        <source>Whether the habit was done on “on” nights was not noted.</source>
        <translation>Rien n'indique si l'habitude a été suivie les nuits « avec ».</translation>
    </message>
    <message>
        <source>The experiment was stopped early.</source>
        <translation>L'essai a été arrêté avant la fin.</translation>
    </message>
    <message>
        <source>A few weeks of nights can show a difference by chance, and a habit's effect can carry over into the next week: this describes your diary over these weeks, not proof that the habit works or does not.</source>
        <translation>Quelques semaines de nuits peuvent montrer un écart par hasard, et l'effet d'une habitude peut se prolonger sur la semaine suivante : cela décrit votre journal sur ces semaines, ce n'est pas la preuve que l'habitude marche ou non.</translation>
    </message>
    <message>
        <source>no experiment is running</source>
        <translation>aucun essai n'est en cours</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>Impossible d'écrire dans {folder} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d'écrire {path} : {reason}.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>contains a NUL character</source>
        <translation>contient un caractère NUL</translation>
    </message>
    <message>
        <source>contains an invalid character (a lone surrogate)</source>
        <translation>contient un caractère non valable (un substitut Unicode isolé)</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>n'est pas une date et une heure</translation>
    </message>
    <message>
        <source>{text!r} is not a date and time (use 2026-11-25T03:10:00+01:00)</source>
        <translation>{text!r} n'est pas une date et une heure (écrivez par exemple 2026-11-25T03:10:00+01:00)</translation>
    </message>
    <message>
        <source>needs a time zone offset, e.g. +01:00</source>
        <translation>il manque le décalage horaire, par exemple +01:00</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>must be {what}, not {got}</source>
        <translation>doit être {what}, pas {got}</translation>
    </message>
    <message>
        <source>a list of text</source>
        <translation>une liste de textes</translation>
    </message>
    <message>
        <source>is not a field Crampwise knows</source>
        <translation>n'est pas un champ connu de Crampwise</translation>
    </message>
    <message>
        <source>must be an object, not {got}</source>
        <translation>doit être un objet, pas {got}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>valeur manquante</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>text or null</source>
        <translation>du texte ou null</translation>
    </message>
    <message>
        <source>a list of steps</source>
        <translation>une liste d'étapes</translation>
    </message>
    <message>
        <source>a whole number from 0 to 10</source>
        <translation>un nombre entier de 0 à 10</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false ou null</translation>
    </message>
    <message>
        <source>each step must be an object, not {got}</source>
        <translation>chaque étape doit être un objet, pas {got}</translation>
    </message>
    <message>
        <source>a step has no step_id</source>
        <translation>une étape n'a pas de step_id</translation>
    </message>
    <message>
        <source>a step_id in text</source>
        <translation>un step_id sous forme de texte</translation>
    </message>
    <message>
        <source>must be left, right or both</source>
        <translation>doit être left, right ou both</translation>
    </message>
    <message>
        <source>unknown place {place!r} (one of: {known})</source>
        <translation>endroit inconnu : {place!r} (valeurs possibles : {known})</translation>
    </message>
    <message>
        <source>at most {limit}</source>
        <translation>{limit} au maximum</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) or null</source>
        <translation>une date (AAAA-MM-JJ) ou null</translation>
    </message>
    <message>
        <source>{text!r} is not a date (use YYYY-MM-DD)</source>
        <translation>{text!r} n'est pas une date (écrivez-la AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>must be yes, no or empty</source>
        <translation>doit être yes, no ou vide</translation>
    </message>
    <message>
        <source>must be {what}</source>
        <translation>doit être {what}</translation>
    </message>
    <message>
        <source>row {row}: {field}: {problem}</source>
        <translation>ligne {row}, {field} : {problem}</translation>
    </message>
    <message>
        <source>Added {count} night.</source>
        <translation>{count} nuit ajoutée.</translation>
    </message>
    <message>
        <source>Added {count} nights.</source>
        <translation>{count} nuits ajoutées.</translation>
    </message>
    <message>
        <source>{count} night was already in the diary.</source>
        <translation>{count} nuit était déjà dans le journal.</translation>
    </message>
    <message>
        <source>{count} nights were already in the diary.</source>
        <translation>{count} nuits étaient déjà dans le journal.</translation>
    </message>
    <message>
        <source>{count} night in the file differs from the diary's, which was kept.</source>
        <translation>{count} nuit du fichier diffère de celle du journal, qui a été gardée.</translation>
    </message>
    <message>
        <source>{count} nights in the file differ from the diary's, which were kept.</source>
        <translation>{count} nuits du fichier diffèrent de celles du journal, qui ont été gardées.</translation>
    </message>
    <message>
        <source>Added {count} experiment.</source>
        <translation>{count} essai ajouté.</translation>
    </message>
    <message>
        <source>Added {count} experiments.</source>
        <translation>{count} essais ajoutés.</translation>
    </message>
    <message>
        <source>Added {count} episode.</source>
        <translation>{count} épisode ajouté.</translation>
    </message>
    <message>
        <source>Added {count} episodes.</source>
        <translation>{count} épisodes ajoutés.</translation>
    </message>
    <message>
        <source>Added {zero} episodes.</source>
        <translation>Aucun épisode ajouté.</translation>
    </message>
    <message>
        <source>{count} episode was already in the diary.</source>
        <translation>{count} épisode était déjà dans le journal.</translation>
    </message>
    <message>
        <source>{count} episodes were already in the diary.</source>
        <translation>{count} épisodes étaient déjà dans le journal.</translation>
    </message>
    <message>
        <source>{count} episode start at the same moment as a different entry already in the diary; both were kept, so check them in the history.</source>
        <translation>{count} épisode commence au même moment qu'une autre entrée du journal ; les deux ont été gardés, vérifiez-les dans l'historique.</translation>
    </message>
    <message>
        <source>{count} episodes start at the same moment as a different entry already in the diary; both were kept, so check them in the history.</source>
        <translation>{count} épisodes commencent au même moment qu'une autre entrée du journal ; rien n'a été remplacé, vérifiez-les dans l'historique.</translation>
    </message>
    <message>
        <source>The health profile from the file was imported.</source>
        <translation>Le profil de santé du fichier a été importé.</translation>
    </message>
    <message>
        <source>The health profile in the file is the one the diary already has.</source>
        <translation>Le profil de santé du fichier est déjà celui du journal.</translation>
    </message>
    <message>
        <source>The diary already has a different health profile, so it was kept and the file's profile was not imported.</source>
        <translation>Le journal a déjà un autre profil de santé : il a été gardé, et celui du fichier n'a pas été importé.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}.</source>
        <translation>Impossible d'ouvrir {path} : {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a regular file.</source>
        <translation>{path} n'est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <source>The file is {size:.0f} MB; Crampwise imports files of at most {limit} MB.</source>
        <translation>Le fichier fait {size:.0f} Mo ; Crampwise importe des fichiers de {limit} Mo au maximum.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Save it again as UTF-8 (from a spreadsheet: 'CSV UTF-8') and import that.</source>
        <translation>Enregistrez-le de nouveau en UTF-8 (depuis un tableur : « CSV UTF-8 ») et importez cette copie.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; Crampwise reads UTF-8. {hint}</source>
        <translation>Le fichier est un texte UTF-16 ; Crampwise lit l'UTF-8. {hint}</translation>
    </message>
    <message>
        <source>The file looks like UTF-16 text; Crampwise reads UTF-8. {hint}</source>
        <translation>Le fichier semble être un texte UTF-16 ; Crampwise lit l'UTF-8. {hint}</translation>
    </message>
    <message>
        <source>The file contains NUL bytes: it is not a text file Crampwise wrote.</source>
        <translation>Le fichier contient des octets NUL : ce n'est pas un fichier texte écrit par Crampwise.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte {position} is 0x{value:02x}); it may be in another encoding such as Latin-1. {hint}</source>
        <translation>Le fichier n'est pas un texte UTF-8 (l'octet {position} vaut 0x{value:02x}) ; il est peut-être dans un autre encodage, comme Latin-1. {hint}</translation>
    </message>
    <message>
        <source>The file holds far more values than a Crampwise export can have.</source>
        <translation>Le fichier contient bien plus de valeurs qu'un export de Crampwise ne peut en avoir.</translation>
    </message>
    <message>
        <source>The file is nested deeper than a Crampwise export ({levels} levels).</source>
        <translation>Le fichier est plus imbriqué qu'un export de Crampwise ({levels} niveaux).</translation>
    </message>
    <message>
        <source>The file has an object with more than {limit} fields; a Crampwise export has far fewer.</source>
        <translation>Le fichier contient un objet de plus de {limit} champs ; un export de Crampwise en a bien moins.</translation>
    </message>
    <message>
        <source>The file has a list of more than {limit:,} items; a Crampwise export has none so long.</source>
        <translation>Le fichier contient une liste de plus de {limit} éléments ; aucune liste d'un export de Crampwise n'est aussi longue.</translation>
    </message>
    <message>
        <source>The file repeats the field {field!r} in one object.</source>
        <translation>Le fichier répète le champ {field!r} dans un même objet.</translation>
    </message>
    <message>
        <source>The file contains {name}, which is not a value Crampwise accepts.</source>
        <translation>Le fichier contient {name}, une valeur que Crampwise n'accepte pas.</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be a Crampwise export.</source>
        <translation>Le fichier est trop imbriqué pour être un export de Crampwise.</translation>
    </message>
    <message>
        <source>The file is not valid JSON ({error} at line {line}, column {column}).</source>
        <translation>Le fichier n'est pas du JSON valable ({error} à la ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (a number in it is too long).</source>
        <translation>Le fichier n'est pas du JSON valable (un nombre y est trop long).</translation>
    </message>
    <message>
        <source>This is not a Crampwise export (it has no "format": "crampwise").</source>
        <translation>Ce n'est pas un export de Crampwise (il n'a pas de "format": "crampwise").</translation>
    </message>
    <message>
        <source>The file was written by a newer Crampwise (format version {version}); update Crampwise to import it.</source>
        <translation>Le fichier a été écrit par une version plus récente de Crampwise (format {version}) ; mettez Crampwise à jour pour l'importer.</translation>
    </message>
    <message>
        <source>The file's format_version is missing or unknown (this Crampwise reads {version}).</source>
        <translation>Le format_version du fichier est absent ou inconnu (cette version de Crampwise lit le format {version}).</translation>
    </message>
    <message>
        <source>The file has a field Crampwise does not know: {field!r}.</source>
        <translation>Le fichier a un champ que Crampwise ne connaît pas : {field!r}.</translation>
    </message>
    <message>
        <source>The file has no "episodes" list.</source>
        <translation>Le fichier n'a pas de liste "episodes".</translation>
    </message>
    <message>
        <source>profile: {field}: {problem}</source>
        <translation>profil, {field} : {problem}</translation>
    </message>
    <message>
        <source>{name} must be a list.</source>
        <translation>{name} doit être une liste.</translation>
    </message>
    <message>
        <source>{name} row {row}: {field}: {problem}</source>
        <translation>{name}, ligne {row}, {field} : {problem}</translation>
    </message>
    <message>
        <source>{name} row {row}: the night {night} is also in row {other}.</source>
        <translation>{name}, ligne {row} : la nuit du {night} est aussi à la ligne {other}.</translation>
    </message>
    <message>
        <source>The file holds more than {limit:,} relief steps, the most that can be imported at once.</source>
        <translation>Le fichier contient plus de {limit} étapes de soulagement, le maximum qui puisse être importé en une fois.</translation>
    </message>
    <message>
        <source>The file holds more than {limit:,} episodes, the most that can be imported at once.</source>
        <translation>Le fichier contient plus de {limit} épisodes, le maximum qui puisse être importé en une fois.</translation>
    </message>
    <message>
        <source>row {row}: id: {id} is also the id of row {other} (empty the id of a copied row)</source>
        <translation>ligne {row}, id : {id} est déjà l'id de la ligne {other} (videz l'id d'une ligne copiée)</translation>
    </message>
    <message>
        <source>row {row}: has {cells} cells but the header has {columns}.</source>
        <translation>ligne {row} : elle a {cells} cellules, mais l'en-tête en a {columns}.</translation>
    </message>
    <message>
        <source>row {row}: a cell is longer than {limit:,} characters.</source>
        <translation>ligne {row} : une cellule dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>row {row}: the CSV cannot be read ({error}).</source>
        <translation>ligne {row} : le CSV est illisible ({error}).</translation>
    </message>
    <message>
        <source>This is not a Crampwise export: it is neither Crampwise JSON nor a CSV whose first row names the columns (with started_at among them).</source>
        <translation>Ce n'est pas un export de Crampwise : ni du JSON de Crampwise, ni un CSV dont la première ligne nomme les colonnes (dont started_at).</translation>
    </message>
    <message>
        <source>row 1: unknown column {name!r} (Crampwise's columns are {columns}).</source>
        <translation>ligne 1 : colonne inconnue {name!r} (les colonnes de Crampwise sont {columns}).</translation>
    </message>
    <message>
        <source>row 1: the column {name!r} appears twice.</source>
        <translation>ligne 1 : la colonne {name!r} apparaît deux fois.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation>un nombre entier ou null</translation>
    </message>
    <message>
        <source>cramps, no_cramps or null</source>
        <translation>cramps, no_cramps ou null</translation>
    </message>
</context>
<context>
    <name>Nights</name>
    <message>
        <source>the night must be a date</source>
        <translation>la nuit doit être une date</translation>
    </message>
    <message>
        <source>the night of {night} is in the future: check the date (tonight is {now})</source>
        <translation>la nuit du {night} est dans le futur : vérifiez la date (cette nuit est celle du {now})</translation>
    </message>
    <message>
        <source>the night must be on 1 January 2000 or later</source>
        <translation>la nuit doit être le 1er janvier 2000 ou après</translation>
    </message>
    <message>
        <source>unknown factor {unknown}; known factors: {known}</source>
        <translation>facteur inconnu {unknown} ; facteurs connus : {known}</translation>
    </message>
    <message>
        <source>the number of drinks must be a whole number from 0 to {limit}</source>
        <translation>le nombre de verres doit être un nombre entier de 0 à {limit}</translation>
    </message>
    <message>
        <source>alcohol is ticked, but with 0 drinks</source>
        <translation>l'alcool est coché, mais avec 0 verre</translation>
    </message>
    <message>
        <source>your own factors are too long (at most {limit} characters)</source>
        <translation>vos propres facteurs sont trop longs ({limit} caractères au plus)</translation>
    </message>
    <message>
        <source>your own factors contain control characters</source>
        <translation>vos propres facteurs contiennent des caractères de contrôle</translation>
    </message>
    <message>
        <source>your own factors contain an invalid character</source>
        <translation>vos propres facteurs contiennent un caractère invalide</translation>
    </message>
    <message>
        <source>at most {limit} own factors, separated by commas</source>
        <translation>{limit} facteurs à vous au plus, séparés par des virgules</translation>
    </message>
    <message>
        <source>the factor {start!r}... is longer than {limit} characters</source>
        <translation>le facteur {start!r}... dépasse {limit} caractères</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>medication name must be text</source>
        <translation>le nom du médicament doit être du texte</translation>
    </message>
    <message>
        <source>medication name is empty</source>
        <translation>le nom du médicament est vide</translation>
    </message>
    <message>
        <source>medication name is {length} characters long; the limit is {limit}: {start!r}...</source>
        <translation>le nom du médicament fait {length} caractères ; la limite est de {limit} : {start!r}…</translation>
    </message>
    <message>
        <source>medication {name!r}: drug class must be a non-empty id or None</source>
        <translation>médicament {name!r} : la classe doit être un identifiant non vide ou None</translation>
    </message>
    <message>
        <source>medication {name!r}: stopped on {stopped}, before it was started on {started}</source>
        <translation>médicament {name!r} : arrêté le {stopped:%d/%m/%Y}, avant d'avoir été commencé le {started:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>unknown condition id(s): {unknown}; known ids: {known}</source>
        <translation>problème(s) de santé inconnu(s) : {unknown} ; identifiants connus : {known}</translation>
    </message>
    <message>
        <source>expected a Medication, got {kind}</source>
        <translation>un Medication était attendu, pas {kind}</translation>
    </message>
    <message>
        <source>episodes_last_7_nights must be a whole number of 0 or more</source>
        <translation>episodes_last_7_nights doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>unknown red-flag sign id(s): {unknown}; known ids: {known}</source>
        <translation>signe(s) d'alerte inconnu(s) : {unknown} ; identifiants connus : {known}</translation>
    </message>
    <message>
        <source>longest_minutes_last_7_nights must be 0 or more (or None)</source>
        <translation>longest_minutes_last_7_nights doit être positif ou nul (ou None)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>theme</source>
        <translation>le thème</translation>
    </message>
    <message>
        <source>when the night theme starts</source>
        <translation>l'heure de début du thème de nuit</translation>
    </message>
    <message>
        <source>when the night theme ends</source>
        <translation>l'heure de fin du thème de nuit</translation>
    </message>
    <message>
        <source>the hour a night ends</source>
        <translation>l'heure où finit une nuit</translation>
    </message>
    <message>
        <source>sound volume</source>
        <translation>le volume du son</translation>
    </message>
    <message>
        <source>mute sounds</source>
        <translation>la coupure des sons</translation>
    </message>
    <message>
        <source>the first-start notice</source>
        <translation>le message du premier lancement</translation>
    </message>
    <message>
        <source>keep running in the tray</source>
        <translation>le maintien dans la zone de notification</translation>
    </message>
    <message>
        <source>bedtime reminder</source>
        <translation>le rappel au coucher</translation>
    </message>
    <message>
        <source>reminder time</source>
        <translation>l'heure du rappel</translation>
    </message>
    <message>
        <source>start at login</source>
        <translation>le lancement à l'ouverture de session</translation>
    </message>
    <message>
        <source>language</source>
        <translation>la langue</translation>
    </message>
    <message>
        <source>country for emergency numbers</source>
        <translation>le pays des numéros d’urgence</translation>
    </message>
    <message>
        <source>reduce motion</source>
        <translation>la réduction des animations</translation>
    </message>
    <message>
        <source>the day the morning question was asked</source>
        <translation>le jour où la question du matin a été posée</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n'est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>it is far too large</source>
        <translation>il est bien trop gros</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ce n'est pas du JSON valable</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n'est pas un objet JSON</translation>
    </message>
    <message>
        <source>Your settings file could not be read ({reason}), so every setting is back to its default.</source>
        <translation>Fichier de réglages illisible ({reason}) : tous les réglages sont remis par défaut.</translation>
    </message>
    <message>
        <source>Some settings were not valid and are back to their defaults: {names}.</source>
        <translation>Réglages non valables remis par défaut : {names}.</translation>
    </message>
    <message>
        <source>The old file was kept as {name}.</source>
        <translation>Ancien fichier conservé : {name}.</translation>
    </message>
    <message>
        <source>The settings file could not be replaced: {reason}.</source>
        <translation>Le fichier de réglages n'a pas pu être remplacé : {reason}.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} is not a readable Crampwise database ({error})</source>
        <translation>{path} n'est pas une base de données Crampwise lisible ({error})</translation>
    </message>
    <message>
        <source>Crampwise's diary is busy in another window or command. Try again in a moment.</source>
        <translation>Le journal de Crampwise est occupé par une autre fenêtre ou commande. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The diary's folder is read-only, so nothing can be saved there.</source>
        <translation>Le dossier du journal est en lecture seule : rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>The disk is full, so the entry could not be saved. Free some space and retry.</source>
        <translation>Le disque est plein : l'entrée n'a pas pu être enregistrée. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The diary file is damaged.</source>
        <translation>Le fichier du journal est endommagé.</translation>
    </message>
    <message>
        <source>The diary could not be saved ({error}).</source>
        <translation>Le journal n'a pas pu être enregistré ({error}).</translation>
    </message>
    <message>
        <source>Cannot open the diary at {path}: {reason}</source>
        <translation>Impossible d'ouvrir le journal {path} : {reason}</translation>
    </message>
    <message>
        <source>The diary at {path} cannot be read on this disk.</source>
        <translation>Le journal {path} ne peut pas être lu sur ce disque.</translation>
    </message>
    <message>
        <source>The diary at {path} cannot be created or upgraded: its folder or file is read-only.</source>
        <translation>Le journal {path} ne peut être ni créé ni mis à jour : son dossier ou son fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>A cramp is already going on: episode {id}, started at {started:%H:%M}. End it first (It's over in the window, or: crampwise end).</source>
        <translation>Une crampe est déjà en cours : l'épisode {id}, commencé à {started:%H:%M}. Terminez-la d'abord (« C'est fini » dans la fenêtre, ou : crampwise end).</translation>
    </message>
    <message>
        <source>The backup could not be made ({error}).</source>
        <translation>La sauvegarde n'a pas pu être faite ({error}).</translation>
    </message>
    <message>
        <source>The diary file was moved or replaced while Crampwise was open. It was opened again at {path} and your entry saved there.</source>
        <translation>Le fichier du journal a été déplacé ou remplacé pendant que Crampwise était ouvert. Il a été rouvert à l'emplacement {path} et votre entrée y est enregistrée.</translation>
    </message>
    <message>
        <source>The diary at {path} can be read but not changed (a read-only disk or folder, or a file that is not yours), so nothing can be saved there.</source>
        <translation>Le journal {path} peut être lu mais pas modifié (disque ou dossier en lecture seule, ou fichier qui ne vous appartient pas) : rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>This episode no longer exists; it may have been deleted.</source>
        <translation>Cet épisode n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>This episode no longer exists.</source>
        <translation>Cet épisode n'existe plus.</translation>
    </message>
    <message>
        <source>Saved. The backup could not be made: {reason}</source>
        <translation>Enregistré. La sauvegarde n'a pas pu être faite : {reason}</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <source>No space left on device</source>
        <translation>plus de place sur le disque</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>quota de disque dépassé</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>opération non permise</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>c'est un dossier</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>ce n'est pas un dossier</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>nom de fichier trop long</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>erreur d'entrée-sortie</translation>
    </message>
</context>
<context>
    <name>Trigger figures</name>
    <message>
        <source>nights after hard or unusual exercise</source>
        <translation>nuits après un effort intense ou inhabituel</translation>
    </message>
    <message>
        <source>nights after long sitting or standing</source>
        <translation>nuits après être resté longtemps assis ou debout</translation>
    </message>
    <message>
        <source>nights after a day with little to drink</source>
        <translation>nuits après une journée où vous avez peu bu</translation>
    </message>
    <message>
        <source>nights after heavy sweating or a hot day</source>
        <translation>nuits après une forte transpiration ou une journée chaude</translation>
    </message>
    <message>
        <source>nights after alcohol</source>
        <translation>nuits après de l'alcool</translation>
    </message>
    <message>
        <source>nights after caffeine</source>
        <translation>nuits après de la caféine</translation>
    </message>
    <message>
        <source>nights in a cold room</source>
        <translation>nuits dans une chambre froide</translation>
    </message>
    <message>
        <source>nights after a new or changed medicine</source>
        <translation>nuits après un médicament nouveau ou modifié</translation>
    </message>
    <message>
        <source>nights with “{factor}”</source>
        <translation>nuits avec « {factor} »</translation>
    </message>
    <message>
        <source>A pattern in your diary, not proof of a cause.</source>
        <translation>Un lien dans votre journal, pas la preuve d'une cause.</translation>
    </message>
    <message>
        <source>Cramps came on {pct_with}% of {nights} ({with_events} of {with_nights}) and {pct_without}% of other nights ({without_events} of {without_nights}): {ratio} times as often (likely between {low} and {high}).</source>
        <translation>Des crampes sont survenues {pct_with} % des {nights} ({with_events} sur {with_nights}) et {pct_without} % des autres nuits ({without_events} sur {without_nights}) : {ratio} fois plus souvent (probablement entre {low} et {high}).</translation>
    </message>
    <message>
        <source>Cramps came on {pct_with}% of {nights} ({with_events} of {with_nights}) and {pct_without}% of other nights ({without_events} of {without_nights}). With no cramp nights on one side, there is no ratio to give yet.</source>
        <translation>Des crampes sont survenues {pct_with} % des {nights} ({with_events} sur {with_nights}) et {pct_without} % des autres nuits ({without_events} sur {without_nights}). Sans aucune nuit avec crampe d'un côté, impossible de donner un rapport pour l'instant.</translation>
    </message>
    <message>
        <source>Cramps came on every recorded night, {nights} ({with_events} of {with_nights}) or not ({without_events} of {without_nights}): note the nights without cramps too (the morning question or the evening check-in), and this can compare them.</source>
        <translation>Des crampes sont venues chaque nuit notée, {nights} ({with_events} sur {with_nights}) ou non ({without_events} sur {without_nights}) : notez aussi les nuits sans crampes (la question du matin ou le bilan du soir) pour pouvoir comparer.</translation>
    </message>
    <message>
        <source>Not enough nights yet to compare {nights} with other nights ({with_nights} and {without_nights} recorded; {needed} of each are needed).</source>
        <translation>Pas encore assez de nuits pour comparer les {nights} aux autres nuits ({with_nights} et {without_nights} notées ; il en faut {needed} de chaque côté).</translation>
    </message>
    <message>
        <source>A cramp woke you on {pct_with}% of {nights} ({with_events} of {with_nights}) and {pct_without}% of other nights ({without_events} of {without_nights}): {ratio} times as often (likely between {low} and {high}).</source>
        <translation>Une crampe vous a réveillé {pct_with} % des {nights} ({with_events} sur {with_nights}) et {pct_without} % des autres nuits ({without_events} sur {without_nights}) : {ratio} fois plus souvent (probablement entre {low} et {high}).</translation>
    </message>
    <message>
        <source>Cramps on {nights} were {with_mean} out of 10 on average, against {without_mean} on other nights.</source>
        <translation>Les crampes des {nights} étaient en moyenne à {with_mean} sur 10, contre {without_mean} les autres nuits.</translation>
    </message>
    <message>
        <source>{count} factors are compared at once: with so many, one may stand out by chance.</source>
        <translation>{count} facteurs sont comparés à la fois : avec autant de facteurs, l'un peut ressortir par hasard.</translation>
    </message>
</context>
</TS>