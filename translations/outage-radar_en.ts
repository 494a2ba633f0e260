<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Connectivity</name>
    <message numerus="yes">
        <source>None of the %n source(s) can be reached.</source>
        <translation>
            <numerusform>The only source cannot be reached.</numerusform>
            <numerusform>None of the %n sources can be reached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::AddSourceDialog</name>
    <message numerus="yes">
        <source>%n incident(s) or maintenance(s)</source>
        <translation>
            <numerusform>%n incident or maintenance</numerusform>
            <numerusform>%n incidents or maintenances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::AwayDigest</name>
    <message numerus="yes">
        <source>%n incident(s) started</source>
        <translation>
            <numerusform>%n incident started</numerusform>
            <numerusform>%n incidents started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n got worse</source>
        <translation>
            <numerusform>%n got worse</numerusform>
            <numerusform>%n got worse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended</source>
        <translation>
            <numerusform>%n ended</numerusform>
            <numerusform>%n ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the History tab</source>
        <translation>
            <numerusform>and %n more in the History tab</numerusform>
            <numerusform>and %n more in the History tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::ConfigFile</name>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::ConfigTransfer</name>
    <message numerus="yes">
        <source>Wrote %n source(s) to %1</source>
        <translation>
            <numerusform>Wrote %n source to %1</numerusform>
            <numerusform>Wrote %n sources to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) wait for a secret (%1): enter it in Settings, Sources.</source>
        <translation>
            <numerusform>%n source waits for a secret (%1): enter it in Settings, Sources.</numerusform>
            <numerusform>%n sources wait for a secret (%1): enter it in Settings, Sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>Imported %n source.</numerusform>
            <numerusform>Imported %n sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The watch list now has %n entry(s).</source>
        <translation>
            <numerusform>The watch list now has %n entry.</numerusform>
            <numerusform>The watch list now has %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::DataSettingsPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>history retention</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::DesktopApp</name>
    <message numerus="yes">
        <source>Notifications about %n cell(s) snoozed until %1</source>
        <translation>
            <numerusform>Notifications about %n cell snoozed until %1</numerusform>
            <numerusform>Notifications about %n cells snoozed until %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notifications about %n cell(s) snoozed until resolved</source>
        <translation>
            <numerusform>Notifications about %n cell snoozed until resolved</numerusform>
            <numerusform>Notifications about %n cells snoozed until resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) found. Nothing was changed.</source>
        <translation>
            <numerusform>%1 was not imported: %n problem found. Nothing was changed.</numerusform>
            <numerusform>%1 was not imported: %n problems found. Nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be saved in the keychain (%2); it is used until Outage Radar quits.</source>
        <translation>
            <numerusform>The secret of %1 could not be saved in the keychain (%2); it is used until Outage Radar quits.</numerusform>
            <numerusform>The secrets of %1 could not be saved in the keychain (%2); they are used until Outage Radar quits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be removed from the keychain (%2).</source>
        <translation>
            <numerusform>The secret of %1 could not be removed from the keychain (%2).</numerusform>
            <numerusform>The secrets of %1 could not be removed from the keychain (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret(s) of %1 could not be read from the keychain (%2).</source>
        <translation>
            <numerusform>The secret of %1 could not be read from the keychain (%2).</numerusform>
            <numerusform>The secrets of %1 could not be read from the keychain (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::Duration</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::GridFilterBar</name>
    <message numerus="yes">
        <source>P&amp;roviders (%n hidden)</source>
        <translation>
            <numerusform>P&amp;roviders (%n hidden)</numerusform>
            <numerusform>P&amp;roviders (%n hidden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::HealthGridModel</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more incident(s)</source>
        <translation>
            <numerusform>and %n more incident</numerusform>
            <numerusform>and %n more incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open incident(s)</source>
        <translation>
            <numerusform>%1, %n open incident</numerusform>
            <numerusform>%1, %n open incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::HistoryExport</name>
    <message numerus="yes">
        <source>Exported %n incident(s) and their cell changes to %1.</source>
        <translation>
            <numerusform>Exported %n incident and their cell changes to %1.</numerusform>
            <numerusform>Exported %n incidents and their cell changes to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::HistoryFiguresPanel</name>
    <message numerus="yes">
        <source>%1 (%n resolved)</source>
        <translation>
            <numerusform>%1 (%n resolved)</numerusform>
            <numerusform>%1 (%n resolved)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::HistoryWorker</name>
    <message numerus="yes">
        <source>%n of the oldest unsaved batch(es) had to be let go.</source>
        <translation>
            <numerusform>The oldest unsaved batch had to be let go.</numerusform>
            <numerusform>The %n oldest unsaved batches had to be let go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to %1.</source>
        <translation>
            <numerusform>Exported %n incident to %1.</numerusform>
            <numerusform>Exported %n incidents to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::IncidentDetails</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first services affected in a region, then how many others</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more region(s)</source>
        <comment>affected regions</comment>
        <translation>
            <numerusform>and %n more region</numerusform>
            <numerusform>and %n more regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::IncidentHistoryModel</name>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::IncidentPanel</name>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n open incident</numerusform>
            <numerusform>%n open incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended recently</source>
        <translation>
            <numerusform>%n ended recently</numerusform>
            <numerusform>%n ended recently</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::MainWindow</name>
    <message numerus="yes">
        <source>%n source(s) of %1 not up to date: see Sources</source>
        <translation>
            <numerusform>%n source of %1 not up to date: see Sources</numerusform>
            <numerusform>%n sources of %1 not up to date: see Sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::NotificationText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>the first service names, then how many more</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) open</source>
        <translation>
            <numerusform>%n problem open</numerusform>
            <numerusform>%n problems open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::PollInterval</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::QuietLengthMenu</name>
    <message numerus="yes">
        <source>For &amp;%n hour(s)</source>
        <translation>
            <numerusform>For &amp;%n hour</numerusform>
            <numerusform>For &amp;%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::SourcesSettingsPage</name>
    <message numerus="yes">
        <source>%1 of %n source(s) on</source>
        <translation>
            <numerusform>%1 of %n source on</numerusform>
            <numerusform>%1 of %n sources on</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>radar::TrayController</name>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>and %n more problem</numerusform>
            <numerusform>and %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) of %1 not up to date</source>
        <translation>
            <numerusform>%n source of %1 not up to date</numerusform>
            <numerusform>%n sources of %1 not up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated just now, %n source(s) of %1 not up to date</source>
        <translation>
            <numerusform>Updated just now, %n source of %1 not up to date</numerusform>
            <numerusform>Updated just now, %n sources of %1 not up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 ago, %n source(s) of %2 not up to date</source>
        <translation>
            <numerusform>Updated %1 ago, %n source of %2 not up to date</numerusform>
            <numerusform>Updated %1 ago, %n sources of %2 not up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Problems (%n)</source>
        <translation>
            <numerusform>&amp;Problems (%n)</numerusform>
            <numerusform>&amp;Problems (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more…</source>
        <translation>
            <numerusform>and %n more…</numerusform>
            <numerusform>and %n more…</numerusform>
        </translation>
    </message>
</context>
</TS>
