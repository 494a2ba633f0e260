<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only: the source strings are English; this file gives "%n" its plurals. -->
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
</context>
</TS>
