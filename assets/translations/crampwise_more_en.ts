<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>HelpedChart</name>
    <message numerus="yes">
        <source>{step} (%n rated)</source>
        <translation>
            <numerusform>{step} (%n rated)</numerusform>
            <numerusform>{step} (%n rated)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message numerus="yes">
        <source>%n episode(s) so far: patterns appear after a few weeks.</source>
        <translation>
            <numerusform>%n episode so far: patterns appear after a few weeks.</numerusform>
            <numerusform>%n episodes so far: patterns appear after a few weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReliefPlayer</name>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>second</numerusform>
            <numerusform>seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReliefWords</name>
    <message numerus="yes">
        <source>%n second(s) left.</source>
        <translation>
            <numerusform>%n second left.</numerusform>
            <numerusform>%n seconds left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rest %n second(s).</source>
        <translation>
            <numerusform>Rest %n second.</numerusform>
            <numerusform>Rest %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n second(s), left leg.</source>
        <translation>
            <numerusform>{0}: %n second, left leg.</numerusform>
            <numerusform>{0}: %n seconds, left leg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n second(s), right leg.</source>
        <translation>
            <numerusform>{0}: %n second, right leg.</numerusform>
            <numerusform>{0}: %n seconds, right leg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0}: %n second(s).</source>
        <translation>
            <numerusform>{0}: %n second.</numerusform>
            <numerusform>{0}: %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n episode(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n episode&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n episodes&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>