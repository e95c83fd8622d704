<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Core::NextPick</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CourseController</name>
    <message numerus="yes">
        <source>%n extra lesson(s) from %1</source>
        <translation>
            <numerusform>%n extra lesson from %1</numerusform>
            <numerusform>%n extra lessons from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The lessons folder %1 has %n problem(s): File ▸ Lessons Folder Problems… lists them</source>
        <translation>
            <numerusform>The lessons folder %1 has %n problem: File ▸ Lessons Folder Problems… lists it</numerusform>
            <numerusform>The lessons folder %1 has %n problems: File ▸ Lessons Folder Problems… lists them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::EventLog</name>
    <message numerus="yes">
        <source>%n steps. Select one, or click the timeline&apos;s ruler, to follow the run step by step.</source>
        <translation>
            <numerusform>%n step. Select it, or click the timeline&apos;s ruler, to follow the run step by step.</numerusform>
            <numerusform>%n steps. Select one, or click the timeline&apos;s ruler, to follow the run step by step.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::ExercisePanel</name>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#C0392B&apos;&gt;&lt;b&gt;✗ %n check(s) fail&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#C0392B&apos;&gt;&lt;b&gt;✗ %n check fails&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#C0392B&apos;&gt;&lt;b&gt;✗ %n checks fail&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::LessonsFolderIssues</name>
    <message numerus="yes">
        <source>%1: %n problem(s). %2 lesson(s) loaded; what a problem names was left out unless it is only a warning.</source>
        <translation>
            <numerusform>%1: %n problem. %2 lesson(s) loaded; what a problem names was left out unless it is only a warning.</numerusform>
            <numerusform>%1: %n problems. %2 lesson(s) loaded; what a problem names was left out unless it is only a warning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::TimelineView</name>
    <message numerus="yes">
        <source>&lt;b&gt;Loop iteration %1&lt;/b&gt; at %2&lt;br/&gt;select() waited %3, then the loop ran %n step(s) and callback(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Loop iteration %1&lt;/b&gt; at %2&lt;br/&gt;select() waited %3, then the loop ran %n step or callback</numerusform>
            <numerusform>&lt;b&gt;Loop iteration %1&lt;/b&gt; at %2&lt;br/&gt;select() waited %3, then the loop ran %n steps and callbacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) or callback(s)</source>
        <translation>
            <numerusform>%n step or callback</numerusform>
            <numerusform>%n steps or callbacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wake-up(s)</source>
        <translation>
            <numerusform>%n wake-up</numerusform>
            <numerusform>%n wake-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n print(s)</source>
        <translation>
            <numerusform>%n print</numerusform>
            <numerusform>%n prints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>task, created at %1, ran %n steps</source>
        <translation>
            <numerusform>task, created at %1, ran %n step</numerusform>
            <numerusform>task, created at %1, ran %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lanes</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n steps the loop ran</source>
        <translation>
            <numerusform>, %n step the loop ran</numerusform>
            <numerusform>, %n steps the loop ran</numerusform>
        </translation>
    </message>
</context>
</TS>
