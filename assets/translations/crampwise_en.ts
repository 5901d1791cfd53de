<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CheckInDialog</name>
    <message numerus="yes">
        <source> drink(s)</source>
        <translation>
            <numerusform> drink</numerusform>
            <numerusform> drinks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message numerus="yes">
        <source>Exported %n episode(s) to {0}.</source>
        <translation>
            <numerusform>Exported %n episode to {0}.</numerusform>
            <numerusform>Exported %n episodes to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>{0} of %n episode(s)</source>
        <translation>
            <numerusform>{0} of %n episode</numerusform>
            <numerusform>{0} of %n episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Saved now: %n cramp(s) that had been waiting.</source>
        <translation>
            <numerusform>Saved now: %n cramp that had been waiting.</numerusform>
            <numerusform>Saved now: %n cramps that had been waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreventionPage</name>
    <message numerus="yes">
        <source>About %n minute(s).</source>
        <translation>
            <numerusform>About %n minute.</numerusform>
            <numerusform>About %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plays about %n minute(s) of guided stretches. Escape stops it.</source>
        <translation>
            <numerusform>Plays about %n minute of guided stretches. Escape stops it.</numerusform>
            <numerusform>Plays about %n minutes of guided stretches. Escape stops it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedBanner</name>
    <message numerus="yes">
        <source>Kept on this screen: %n cramp(s) ({0}). Crampwise tries again every few seconds: keep this window open.</source>
        <translation>
            <numerusform>Kept on this screen: %n cramp ({0}). Crampwise tries again every few seconds: keep this window open.</numerusform>
            <numerusform>Kept on this screen: %n cramps ({0}). Crampwise tries again every few seconds: keep this window open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message numerus="yes">
        <source>%n cramp(s) could not be saved to your diary yet.</source>
        <translation>
            <numerusform>%n cramp could not be saved to your diary yet.</numerusform>
            <numerusform>%n cramps could not be saved to your diary yet.</numerusform>
        </translation>
    </message>
</context>
</TS>