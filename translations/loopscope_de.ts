<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Core::NextPick</name>
    <message>
        <source>sleep</source>
        <translation>sleep</translation>
    </message>
    <message>
        <source>call_later()</source>
        <translation>call_later()</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>its timer (%1)</source>
        <translation>sein Timer (%1)</translation>
    </message>
    <message>
        <source>its call_later() timer</source>
        <translation>sein call_later()-Timer</translation>
    </message>
    <message>
        <source>Not %1: it was not ready yet — %2 is due in %3 (at %4; the loop was paused at %5). The loop runs only what is in the ready queue: %6</source>
        <translation>Nicht %1: er war noch nicht bereit — %2 ist in %3 fällig (bei %4; die Schleife war bei %5 angehalten). Die Schleife führt nur aus, was in der Ready-Queue steht: %6</translation>
    </message>
    <message>
        <source>Not %1: %2 was due at %3, but the loop moves a due timer&apos;s handle into the ready queue only when it next goes round, behind what is queued already: %4</source>
        <translation>Nicht %1: %2 war bei %3 fällig, aber die Schleife verschiebt das Handle eines fälligen Timers erst in ihrer nächsten Runde in die Ready-Queue, hinter das, was dort schon steht: %4</translation>
    </message>
    <message>
        <source>Not %1: it was waiting on %2 — %3. The loop runs only what is in the ready queue: %4</source>
        <translation>Nicht %1: er wartete auf %2 — %3. Die Schleife führt nur aus, was in der Ready-Queue steht: %4</translation>
    </message>
    <message>
        <source>waiting for %1 to finish</source>
        <translation>wartete darauf, dass %1 fertig wird</translation>
    </message>
    <message>
        <source>waiting for the tasks it gathered to finish</source>
        <translation>wartete darauf, dass die von ihm gesammelten Tasks fertig werden</translation>
    </message>
    <message>
        <source>waiting for I/O</source>
        <translation>wartete auf Ein-/Ausgabe</translation>
    </message>
    <message>
        <source>waiting for I/O (%1)</source>
        <translation>wartete auf Ein-/Ausgabe (%1)</translation>
    </message>
    <message>
        <source>waiting for its worker-thread job</source>
        <translation>wartete auf seinen Auftrag im Worker-Thread</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>war pausiert</translation>
    </message>
    <message>
        <source>waiting on %1</source>
        <translation>wartete auf %1</translation>
    </message>
    <message>
        <source>Not %1: it was %2, so it was not in the ready queue. The loop runs only what is ready: %3</source>
        <translation>Nicht %1: er stand nicht in der Ready-Queue, denn er %2. Die Schleife führt nur aus, was bereit ist: %3</translation>
    </message>
    <message>
        <source> %1 became ready at %2 (%3); %4 at %5 (%6).</source>
        <translation> %1 wurde bei %2 bereit (%3); %4 bei %5 (%6).</translation>
    </message>
    <message>
        <source> %1 was queued first (%2), %3 after it (%4).</source>
        <translation> %1 wurde zuerst eingereiht (%2), %3 danach (%4).</translation>
    </message>
    <message>
        <source>Not %1: it was ready too, but behind %2%3 in the ready queue, and the loop runs the queue first in, first out.%4</source>
        <translation>Nicht %1: er war auch bereit, stand aber in der Ready-Queue hinter %2%3, und die Schleife arbeitet die Queue der Reihe nach ab (first in, first out).%4</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Richtig: %1</translation>
    </message>
    <message>
        <source>it becomes ready only when the task holding the lock releases it</source>
        <translation>er wird erst bereit, wenn der Task, der das Lock hält, es freigibt</translation>
    </message>
    <message>
        <source>it becomes ready only when a task releases the semaphore</source>
        <translation>er wird erst bereit, wenn ein Task den Semaphor freigibt</translation>
    </message>
    <message>
        <source>it becomes ready only when some task sets the event</source>
        <translation>er wird erst bereit, wenn irgendein Task das Event setzt</translation>
    </message>
    <message>
        <source>it becomes ready only when some task calls notify()</source>
        <translation>er wird erst bereit, wenn irgendein Task notify() aufruft</translation>
    </message>
    <message>
        <source>it becomes ready only when another task puts an item in (or takes one out of) the queue</source>
        <translation>er wird erst bereit, wenn ein anderer Task ein Element in die Queue legt (oder eines herausnimmt)</translation>
    </message>
    <message>
        <source>it becomes ready only when that is done</source>
        <translation>er wird erst bereit, wenn das erledigt ist</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und noch %n)</numerusform>
            <numerusform> (und noch %n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Core::ReadyReason</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>; nothing else was ready</source>
        <translation>; sonst war nichts bereit</translation>
    </message>
    <message>
        <source>; it was first in the ready queue, ahead of %1</source>
        <translation>; er stand in der Ready-Queue vorn, vor %1</translation>
    </message>
    <message>
        <source>it is new: %1 created it</source>
        <translation>er ist neu: %1 hat ihn erzeugt</translation>
    </message>
    <message>
        <source>it is the main task: asyncio.run() created it</source>
        <translation>er ist der Haupt-Task: asyncio.run() hat ihn erzeugt</translation>
    </message>
    <message>
        <source>its timeout (%1) expired</source>
        <translation>sein Timeout (%1) ist abgelaufen</translation>
    </message>
    <message>
        <source>its timer was due</source>
        <translation>sein Timer war fällig</translation>
    </message>
    <message>
        <source>its timer (%1) was due</source>
        <translation>sein Timer (%1) war fällig</translation>
    </message>
    <message>
        <source>its I/O was ready</source>
        <translation>seine Ein-/Ausgabe war bereit</translation>
    </message>
    <message>
        <source>its I/O was ready (%1)</source>
        <translation>seine Ein-/Ausgabe war bereit (%1)</translation>
    </message>
    <message>
        <source>its worker-thread job finished</source>
        <translation>sein Auftrag im Worker-Thread ist fertig</translation>
    </message>
    <message>
        <source>its worker-thread job %1 finished</source>
        <translation>sein Auftrag %1 im Worker-Thread ist fertig</translation>
    </message>
    <message>
        <source>woken by the lock&apos;s release in %1</source>
        <translation>geweckt durch die Freigabe des Locks in %1</translation>
    </message>
    <message>
        <source>woken by the semaphore&apos;s release in %1</source>
        <translation>geweckt durch die Freigabe des Semaphors in %1</translation>
    </message>
    <message>
        <source>woken when %1 set the event</source>
        <translation>geweckt, als %1 das Event setzte</translation>
    </message>
    <message>
        <source>woken by notify() in %1</source>
        <translation>geweckt durch notify() in %1</translation>
    </message>
    <message>
        <source>woken when %1 took an item from the full queue</source>
        <translation>geweckt, als %1 ein Element aus der vollen Queue nahm</translation>
    </message>
    <message>
        <source>woken when %1 marked the queue&apos;s last item done</source>
        <translation>geweckt, als %1 das letzte Element der Queue als erledigt markierte</translation>
    </message>
    <message>
        <source>woken when %1 put an item in the queue</source>
        <translation>geweckt, als %1 ein Element in die Queue legte</translation>
    </message>
    <message>
        <source>%1, the task it awaited, finished</source>
        <translation>%1, der Task, auf den er wartete, ist fertig</translation>
    </message>
    <message>
        <source>what it gathered is done (%1 finished last)</source>
        <translation>was er gesammelt hat, ist fertig (%1 als Letztes)</translation>
    </message>
    <message>
        <source>woken by %1</source>
        <translation>geweckt durch %1</translation>
    </message>
    <message>
        <source>woken by the callback %1</source>
        <translation>geweckt durch den Callback %1</translation>
    </message>
    <message>
        <source>it yielded and went to the back of the ready queue</source>
        <translation>er hat abgegeben und sich hinten in der Ready-Queue angestellt</translation>
    </message>
    <message>
        <source>it yielded (%1) and went to the back of the ready queue</source>
        <translation>er hat abgegeben (%1) und sich hinten in der Ready-Queue angestellt</translation>
    </message>
    <message>
        <source>a callback scheduled with call_soon()</source>
        <translation>ein mit call_soon() eingeplanter Callback</translation>
    </message>
    <message>
        <source>a callback scheduled from another thread (call_soon_threadsafe())</source>
        <translation>ein aus einem anderen Thread eingeplanter Callback (call_soon_threadsafe())</translation>
    </message>
    <message>
        <source>its call_later() timer was due</source>
        <translation>sein call_later()-Timer war fällig</translation>
    </message>
    <message>
        <source>it was in the ready queue</source>
        <translation>er stand in der Ready-Queue</translation>
    </message>
    <message>
        <source>%1 is next: %2%3</source>
        <translation>%1 ist als Nächstes dran: %2%3</translation>
    </message>
    <message>
        <source>%1 runs: %2%3</source>
        <translation>%1 läuft: %2%3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>This lesson has no examples “%1” and “%2”.</source>
        <translation>Diese Lektion hat keine Beispiele „%1“ und „%2“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 &lt;span style=&apos;color:gray&apos;&gt;· %3 s, %4, at most %5 alive at once&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 &lt;span style=&apos;color:gray&apos;&gt;· %3 s, %4, höchstens %5 gleichzeitig aktiv&lt;/span&gt;</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 Task</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 Tasks</translation>
    </message>
    <message>
        <source>Python programs (*.py);;All files (*)</source>
        <translation>Python-Programme (*.py);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>wakes %1 (sleep)</source>
        <translation>weckt %1 (sleep)</translation>
    </message>
    <message>
        <source>calls %1</source>
        <translation>ruft %1 auf</translation>
    </message>
    <message>
        <source>wakes %1</source>
        <translation>weckt %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>wartet: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Zoom in / out around the pointer, cursor or selection</source>
        <translation>Um Mauszeiger, Cursor oder Auswahl hinein-/herauszoomen</translation>
    </message>
    <message>
        <source>Fit the whole run</source>
        <translation>Den ganzen Lauf einpassen</translation>
    </message>
    <message>
        <source>Pan (with Shift: a page)</source>
        <translation>Verschieben (mit Umschalt: eine Seite)</translation>
    </message>
    <message>
        <source>Go to the start / the end (live: follow)</source>
        <translation>Zum Anfang / zum Ende (live: mitlaufen)</translation>
    </message>
    <message>
        <source>Follow the live run on / off</source>
        <translation>Dem laufenden Programm folgen an / aus</translation>
    </message>
    <message>
        <source>Select the lane above / below</source>
        <translation>Die Spur darüber / darunter auswählen</translation>
    </message>
    <message>
        <source>Previous / next span of the lane</source>
        <translation>Vorheriger / nächster Abschnitt der Spur</translation>
    </message>
    <message>
        <source>Inspect the selection</source>
        <translation>Die Auswahl untersuchen</translation>
    </message>
    <message>
        <source>Zoom to the selected span</source>
        <translation>Auf den gewählten Abschnitt zoomen</translation>
    </message>
    <message>
        <source>Fold / unfold the selected task&apos;s child tasks</source>
        <translation>Die Kind-Tasks des gewählten Tasks ein- / ausklappen</translation>
    </message>
    <message>
        <source>Show / hide the task&apos;s coroutine frames</source>
        <translation>Die Koroutinen-Frames des Tasks zeigen / verbergen</translation>
    </message>
    <message>
        <source>Time cursor to the previous / next event</source>
        <translation>Zeitcursor zum vorherigen / nächsten Ereignis</translation>
    </message>
    <message>
        <source>Remove the time cursor, then the selection</source>
        <translation>Erst den Zeitcursor, dann die Auswahl entfernen</translation>
    </message>
    <message>
        <source>Time axis / step axis (every step equally wide, in the order the loop ran them)</source>
        <translation>Zeitachse / Schrittachse (jeder Schritt gleich breit, in der Reihenfolge, in der die Schleife sie ausführte)</translation>
    </message>
    <message>
        <source>Filter the lanes by name, coroutine or state</source>
        <translation>Die Spuren nach Name, Koroutine oder Zustand filtern</translation>
    </message>
    <message>
        <source>Ctrl+wheel, pinch</source>
        <translation>Strg+Mausrad, Zwei-Finger-Zoom</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Um den Mauszeiger zoomen</translation>
    </message>
</context>
<context>
    <name>ReviewSchedule</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 minute ago</source>
        <translation>vor %1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>%1 hour ago</source>
        <translation>vor %1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>%1 day ago</source>
        <translation>vor %1 Tag</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>answered wrong %1</source>
        <translation>falsch beantwortet %1</translation>
    </message>
    <message>
        <source>answered right %1 (box %2 of %3)</source>
        <translation>richtig beantwortet %1 (Fach %2 von %3)</translation>
    </message>
</context>
<context>
    <name>Ui::ComparisonController</name>
    <message>
        <source>&amp;Compare with previous run…</source>
        <translation>&amp;Mit dem vorigen Lauf vergleichen…</translation>
    </message>
    <message>
        <source>Run twice (or open a recording after a run) to compare.</source>
        <translation>Zum Vergleichen zweimal ausführen (oder nach einem Lauf eine Aufzeichnung öffnen).</translation>
    </message>
    <message>
        <source>previous run: %1</source>
        <translation>voriger Lauf: %1</translation>
    </message>
    <message>
        <source>this run: %1</source>
        <translation>dieser Lauf: %1</translation>
    </message>
    <message>
        <source>Compare runs — previous and this one</source>
        <translation>Läufe vergleichen — den vorigen und diesen</translation>
    </message>
    <message>
        <source>Comparing: running “%1”, then “%2”…</source>
        <translation>Vergleich: erst „%1“, dann „%2“ wird ausgeführt…</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Compare examples — %1</source>
        <translation>Beispiele vergleichen — %1</translation>
    </message>
</context>
<context>
    <name>Ui::ComparisonView</name>
    <message>
        <source>Compare runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Both runs start at their own t = 0 and share one time scale: zoom, pan or click the ruler in either timeline and the other follows.</source>
        <translation>Beide Läufe beginnen bei ihrem eigenen t = 0 und teilen einen Zeitmaßstab: Zoomen, verschieben oder klicken Sie auf das Lineal der einen Zeitleiste, und die andere folgt.</translation>
    </message>
    <message>
        <source>Fit both</source>
        <translation>Beide einpassen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Change (B − A)</source>
        <translation>Änderung (B − A)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
</context>
<context>
    <name>Ui::CourseController</name>
    <message>
        <source>Starting the lab server…</source>
        <translation>Der Labor-Server startet…</translation>
    </message>
    <message>
        <source>The lab server did not start</source>
        <translation>Der Labor-Server ist nicht gestartet</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Open &amp;Lessons Folder…</source>
        <translation>&amp;Lektionsordner öffnen…</translation>
    </message>
    <message>
        <source>Open lessons folder</source>
        <translation>Lektionsordner öffnen</translation>
    </message>
    <message>
        <source>Add a folder of extra lessons (the layout of lessons/FORMAT.md) after the built-in ones</source>
        <translation>Einen Ordner mit weiteren Lektionen (im Aufbau von lessons/FORMAT.md) nach den eingebauten hinzufügen</translation>
    </message>
    <message>
        <source>Lessons Folder &amp;Problems…</source>
        <translation>&amp;Probleme im Lektionsordner…</translation>
    </message>
    <message>
        <source>Close Lessons &amp;Folder</source>
        <translation>Lektionsordner s&amp;chließen</translation>
    </message>
    <message>
        <source>No folder %1</source>
        <translation>Kein Ordner %1</translation>
    </message>
    <message numerus="yes">
        <source>%n extra lesson(s) from %1</source>
        <translation>
            <numerusform>%n weitere Lektion aus %1</numerusform>
            <numerusform>%n weitere Lektionen aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed the lessons folder %1</source>
        <translation>Lektionsordner %1 geschlossen</translation>
    </message>
    <message>
        <source>The lessons folder %1 is gone; it was closed</source>
        <translation>Der Lektionsordner %1 ist verschwunden; er wurde geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>The lessons folder %1 has %n problem(s): File ▸ Lessons Folder Problems… lists them</source>
        <translation>
            <numerusform>Der Lektionsordner %1 hat %n Problem: Datei ▸ Probleme im Lektionsordner… listet es auf</numerusform>
            <numerusform>Der Lektionsordner %1 hat %n Probleme: Datei ▸ Probleme im Lektionsordner… listet sie auf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::CourseOutline</name>
    <message>
        <source>Filter: title, objective or section (G2-3)</source>
        <translation>Filter: Titel, Lernziel oder Abschnitt (G2-3)</translation>
    </message>
    <message>
        <source>Answers due again on your review schedule: open View ▸ Review Answers… (Ctrl+Alt+R)</source>
        <translation>Antworten, die nach Ihrem Wiederholungsplan wieder fällig sind: öffnen Sie Ansicht ▸ Antworten wiederholen… (Strg+Alt+R)</translation>
    </message>
    <message>
        <source>Review — nothing due now</source>
        <translation>Wiederholung — jetzt nichts fällig</translation>
    </message>
    <message>
        <source>Review — 1 answer due</source>
        <translation>Wiederholung — 1 Antwort fällig</translation>
    </message>
    <message>
        <source>Review — %1 answers due</source>
        <translation>Wiederholung — %1 Antworten fällig</translation>
    </message>
</context>
<context>
    <name>Ui::CourseOutlineModel</name>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (aus %2)</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <source>From the lessons folder %1</source>
        <translation>Aus dem Lektionsordner %1</translation>
    </message>
    <message>
        <source>Not attempted yet</source>
        <translation>Noch nicht versucht</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Noch nicht bestanden</translation>
    </message>
    <message>
        <source>Seen — run its example to see it happen (F5)</source>
        <translation>Gelesen — führen Sie das Beispiel aus, um es geschehen zu sehen (F5)</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Its examples ran and showed what they must</source>
        <translation>Die Beispiele liefen und zeigten, was sie zeigen müssen</translation>
    </message>
    <message>
        <source>Some answers right; the others are waiting for you</source>
        <translation>Einige Antworten richtig; die anderen warten auf Sie</translation>
    </message>
    <message>
        <source>Every answer right</source>
        <translation>Alle Antworten richtig</translation>
    </message>
    <message>
        <source>Started: done once every step was seen, its examples ran and showed what they must, and its quiz is right</source>
        <translation>Begonnen: fertig, wenn jeder Schritt gelesen ist, die Beispiele liefen und zeigten, was sie zeigen müssen, und das Quiz richtig ist</translation>
    </message>
    <message>
        <source>Every lesson done</source>
        <translation>Alle Lektionen fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Lessons done of this module</source>
        <translation>Fertige Lektionen dieses Moduls</translation>
    </message>
</context>
<context>
    <name>Ui::CrashNotice</name>
    <message>
        <source>Open the recording&apos;s folder</source>
        <translation>Ordner der Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&lt;b&gt;Loopscope did not close properly last time.&lt;/b&gt; Your lesson and drafts were restored.</source>
        <translation>&lt;b&gt;Loopscope wurde beim letzten Mal nicht ordnungsgemäß beendet.&lt;/b&gt; Ihre Lektion und Ihre Entwürfe wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>The recording of the last run is kept for a bug report: &lt;code&gt;%1&lt;/code&gt; (nothing is sent anywhere).</source>
        <translation>Die Aufzeichnung des letzten Laufs ist für einen Fehlerbericht aufbewahrt: &lt;code&gt;%1&lt;/code&gt; (nichts wird irgendwohin gesendet).</translation>
    </message>
    <message>
        <source>Show the folder in the file manager, to attach the recording to a bug report</source>
        <translation>Den Ordner im Dateimanager zeigen, um die Aufzeichnung einem Fehlerbericht beizufügen</translation>
    </message>
</context>
<context>
    <name>Ui::DockLayout</name>
    <message>
        <source>&amp;Learner: lesson, program, timeline</source>
        <translation>&amp;Lernen: Lektion, Programm, Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Workbench: every panel</source>
        <translation>&amp;Werkbank: alle Bereiche</translation>
    </message>
    <message>
        <source>The lesson and its program beside the timeline; the inspector and the scheduler come when they have something to show</source>
        <translation>Die Lektion und ihr Programm neben der Zeitleiste; Inspektor und Scheduler erscheinen, wenn sie etwas zu zeigen haben</translation>
    </message>
    <message>
        <source>Every panel at once, the course outline in its own column</source>
        <translation>Alle Bereiche auf einmal, die Kursübersicht in einer eigenen Spalte</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Every panel back in its place, at its default size</source>
        <translation>Jeder Bereich zurück an seinen Platz, in seiner Standardgröße</translation>
    </message>
</context>
<context>
    <name>Ui::EventLog</name>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Every step the event loop ran, in order, with what woke it; selecting one moves the timeline&apos;s time cursor there.</source>
        <translation>Jeder Schritt, den die Event-Loop ausführte, der Reihe nach, mit dem, was ihn weckte; die Auswahl eines Schritts setzt den Zeitcursor der Zeitleiste dorthin.</translation>
    </message>
    <message>
        <source>Run a program (F5) or open a recording: every step the loop runs is listed here, in order.</source>
        <translation>Führen Sie ein Programm aus (F5) oder öffnen Sie eine Aufzeichnung: Jeder Schritt, den die Schleife ausführt, steht dann hier, der Reihe nach.</translation>
    </message>
    <message numerus="yes">
        <source>%n steps. Select one, or click the timeline&apos;s ruler, to follow the run step by step.</source>
        <translation>
            <numerusform>%n Schritt. Wählen Sie ihn aus oder klicken Sie auf das Lineal der Zeitleiste, um dem Lauf Schritt für Schritt zu folgen.</numerusform>
            <numerusform>%n Schritte. Wählen Sie einen aus oder klicken Sie auf das Lineal der Zeitleiste, um dem Lauf Schritt für Schritt zu folgen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ui::EventLogModel</name>
    <message>
        <source>its timeout (%1) expired at %2</source>
        <translation>sein Timeout (%1) ist bei %2 abgelaufen</translation>
    </message>
    <message>
        <source>woken by its timer at %1</source>
        <translation>geweckt durch seinen Timer bei %1</translation>
    </message>
    <message>
        <source>woken by its timer (%1) at %2</source>
        <translation>geweckt durch seinen Timer (%1) bei %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>; still running</source>
        <translation>; läuft noch</translation>
    </message>
    <message>
        <source>; then it waits on a %1</source>
        <translation>; dann wartet er (%1)</translation>
    </message>
    <message>
        <source>; then it waits: %1</source>
        <translation>; dann wartet er: %1</translation>
    </message>
    <message>
        <source>; then it is ready again</source>
        <translation>; dann ist er wieder bereit</translation>
    </message>
    <message>
        <source>; it finished</source>
        <translation>; er ist fertig</translation>
    </message>
    <message>
        <source>; it was cancelled</source>
        <translation>; er wurde abgebrochen</translation>
    </message>
    <message>
        <source>; it failed</source>
        <translation>; er ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the loop runs %1</source>
        <translation>die Schleife führt %1 aus</translation>
    </message>
    <message>
        <source>the loop runs %1, %2</source>
        <translation>die Schleife führt %1 aus, %2</translation>
    </message>
    <message>
        <source>the loop runs a callback</source>
        <translation>die Schleife führt einen Callback aus</translation>
    </message>
    <message>
        <source>the loop runs the callback %1: %2</source>
        <translation>die Schleife führt den Callback %1 aus: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Step %1 of %2, at %3, ran %4.
%5</source>
        <translation>Schritt %1 von %2, bei %3, lief %4.
%5</translation>
    </message>
</context>
<context>
    <name>Ui::ExampleCard</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run this example (the editor&apos;s text, your edits included) and watch the timeline</source>
        <translation>Dieses Beispiel ausführen (den Text im Editor, mit Ihren Änderungen) und die Zeitleiste beobachten</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Schrittweise</translation>
    </message>
    <message>
        <source>Start it paused before its first task step: F10 runs one step, Shift+F10 runs to the next task switch, F5 runs freely</source>
        <translation>Angehalten vor dem ersten Task-Schritt starten: F10 führt einen Schritt aus, Umschalt+F10 läuft bis zum nächsten Taskwechsel, F5 läuft frei</translation>
    </message>
    <message>
        <source>Compare with “%1”</source>
        <translation>Mit „%1“ vergleichen</translation>
    </message>
    <message>
        <source>Run “%1” and this example one after the other and show both timelines on one time axis with their figures</source>
        <translation>„%1“ und dieses Beispiel nacheinander ausführen und beide Zeitleisten auf einer Zeitachse mit ihren Kennzahlen zeigen</translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation>Im Editor öffnen</translation>
    </message>
    <message>
        <source>Put this example in the editor (your edits to it come back too)</source>
        <translation>Dieses Beispiel in den Editor laden (Ihre Änderungen daran kommen mit)</translation>
    </message>
    <message>
        <source>&lt;i&gt;What to look for:&lt;/i&gt; %1</source>
        <translation>&lt;i&gt;Worauf Sie achten sollten:&lt;/i&gt; %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#278E4F&apos;&gt;✓&lt;/span&gt;&amp;nbsp;You ran this example and it showed everything it should.</source>
        <translation>&lt;span style=&apos;color:#278E4F&apos;&gt;✓&lt;/span&gt;&amp;nbsp;Sie haben dieses Beispiel ausgeführt, und es zeigte alles, was es zeigen soll.</translation>
    </message>
    <message>
        <source>virtual clock</source>
        <translation>virtuelle Uhr</translation>
    </message>
    <message>
        <source>real clock</source>
        <translation>echte Uhr</translation>
    </message>
    <message>
        <source>&lt;i&gt;Running…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Läuft…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;What it must show:&lt;/i&gt;</source>
        <translation>&lt;i&gt;Was es zeigen muss:&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Ran on Python %1</source>
        <translation>Lief auf Python %1</translation>
    </message>
    <message>
        <source>not checked on this version, %1</source>
        <translation>auf dieser Version nicht geprüft, %1</translation>
    </message>
</context>
<context>
    <name>Ui::ExercisePanel</name>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Fold the statement away to give the code the room</source>
        <translation>Die Aufgabenstellung einklappen, um dem Code Platz zu geben</translation>
    </message>
    <message>
        <source>Press Check (Ctrl+Enter, or F5) to run your program and see what it does right.</source>
        <translation>Drücken Sie Prüfen (Strg+Eingabe oder F5), um Ihr Programm auszuführen und zu sehen, was es richtig macht.</translation>
    </message>
    <message>
        <source>Run your program and check it (Ctrl+Enter, or F5)</source>
        <translation>Ihr Programm ausführen und prüfen (Strg+Eingabe oder F5)</translation>
    </message>
    <message>
        <source>Hints unlock one at a time, after each check that fails</source>
        <translation>Tipps werden einer nach dem anderen freigeschaltet, nach jeder fehlgeschlagenen Prüfung</translation>
    </message>
    <message>
        <source>The reference solution, after %1 honest attempts</source>
        <translation>Die Musterlösung, nach %1 ehrlichen Versuchen</translation>
    </message>
    <message>
        <source>Back to the starter code (Ctrl+Z in the editor brings yours back)</source>
        <translation>Zurück zum Startcode (Strg+Z im Editor holt Ihren zurück)</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#278E4F&apos;&gt;✓ Passed before&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#278E4F&apos;&gt;✓ Schon bestanden&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Show the statement again</source>
        <translation>Die Aufgabenstellung wieder zeigen</translation>
    </message>
    <message>
        <source>No hints</source>
        <translation>Keine Tipps</translation>
    </message>
    <message>
        <source>Hint (%1/%2)</source>
        <translation>Tipp (%1/%2)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#C0392B&apos;&gt;Your code could not be saved: %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#C0392B&apos;&gt;Ihr Code konnte nicht gespeichert werden: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Checking…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wird geprüft…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#278E4F&apos;&gt;&lt;b&gt;✓ All checks pass&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#278E4F&apos;&gt;&lt;b&gt;✓ Alle Prüfungen bestanden&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:#C0392B&apos;&gt;&lt;b&gt;✗ %n check(s) fail&lt;/b&gt;&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#C0392B&apos;&gt;&lt;b&gt;✗ %n Prüfung schlägt fehl&lt;/b&gt;&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#C0392B&apos;&gt;&lt;b&gt;✗ %n Prüfungen schlagen fehl&lt;/b&gt;&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#C0392B&apos;&gt;&lt;b&gt;Could not check&lt;/b&gt;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#C0392B&apos;&gt;&lt;b&gt;Prüfung nicht möglich&lt;/b&gt;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>**Hint %1.** %2

</source>
        <translation>**Tipp %1.** %2

</translation>
    </message>
    <message>
        <source>**Solution**

```python
%1
```
</source>
        <translation>**Lösung**

```python
%1
```
</translation>
    </message>
</context>
<context>
    <name>Ui::FileActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>A new program of your own (untitled.py)</source>
        <translation>Ein neues eigenes Programm (untitled.py)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a Python file of yours in the editor</source>
        <translation>Eine eigene Python-Datei im Editor öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the program in the editor as a file of yours</source>
        <translation>Das Programm im Editor als eigene Datei speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open a Python program</source>
        <translation>Ein Python-Programm öffnen</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save the program as</source>
        <translation>Programm speichern unter</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Keep your program?</source>
        <translation>Ihr Programm behalten?</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved anywhere.</source>
        <translation>%1 hat Änderungen, die nirgends gespeichert sind.</translation>
    </message>
    <message>
        <source>Save it before another program takes the editor?</source>
        <translation>Speichern, bevor ein anderes Programm den Editor übernimmt?</translation>
    </message>
    <message>
        <source>(no files yet)</source>
        <translation>(noch keine Dateien)</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Re&amp;vert to the lesson&apos;s version</source>
        <translation>Fassung der Lektion &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;vert to the starter code</source>
        <translation>Startcode &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;vert to the saved file</source>
        <translation>Gespeicherte Datei &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;vert to the first version</source>
        <translation>Erste Fassung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Ctrl+Z in the editor brings your version back</source>
        <translation>Strg+Z im Editor holt Ihre Fassung zurück</translation>
    </message>
</context>
<context>
    <name>Ui::FirstStartCard</name>
    <message>
        <source>How to read the timeline</source>
        <translation>So lesen Sie die Zeitleiste</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>&lt;b&gt;New here?&lt;/b&gt; Press &lt;b&gt;F5&lt;/b&gt; to run the lesson&apos;s example: the timeline draws it as it runs — the event loop on top, one row per task under it, each bar a state (running, ready, sleeping, waiting) and arrows for what woke each task.</source>
        <translation>&lt;b&gt;Neu hier?&lt;/b&gt; Drücken Sie &lt;b&gt;F5&lt;/b&gt;, um das Beispiel der Lektion auszuführen: Die Zeitleiste zeichnet es, während es läuft — oben die Event-Loop, darunter eine Zeile je Task, jeder Balken ein Zustand (läuft, bereit, schläft, wartet) und Pfeile dafür, was jeden Task geweckt hat.</translation>
    </message>
    <message>
        <source>A real run explained: lanes, states, arrows and the loop machine (Help ▸ How to read the timeline)</source>
        <translation>Ein echter Lauf erklärt: Spuren, Zustände, Pfeile und die Loop-Maschine (Hilfe ▸ So lesen Sie die Zeitleiste)</translation>
    </message>
    <message>
        <source>Put this card away (the guide stays in the Help menu)</source>
        <translation>Diese Karte ausblenden (die Anleitung bleibt im Hilfe-Menü)</translation>
    </message>
</context>
<context>
    <name>Ui::InterpreterChoice</name>
    <message>
        <source>Python interpreter</source>
        <translation>Python-Interpreter</translation>
    </message>
    <message>
        <source>Automatic (first Python ≥ 3.%1 with the lesson&apos;s libraries)</source>
        <translation>Automatisch (erstes Python ≥ 3.%1 mit den Bibliotheken der Lektion)</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Anderer…</translation>
    </message>
</context>
<context>
    <name>Ui::LessonView</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Read the step</source>
        <translation>Schritt lesen</translation>
    </message>
    <message>
        <source>Previous step (Alt+Left)</source>
        <translation>Vorheriger Schritt (Alt+Links)</translation>
    </message>
    <message>
        <source>Next step (Alt+Right)</source>
        <translation>Nächster Schritt (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Show the step&apos;s text now, before you answer the prediction</source>
        <translation>Den Text des Schritts jetzt zeigen, bevor Sie die Vorhersage beantworten</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>s</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Nächste Lektion</translation>
    </message>
    <message>
        <source>“%1” (Alt+Right)</source>
        <translation>„%1“ (Alt+Rechts)</translation>
    </message>
    <message>
        <source>**Predict first.** This step&apos;s text tells what the run below shows, so it waits until you have answered the prediction%1 under the example: %2 (Or press **Read the step**.)</source>
        <translation>**Erst vorhersagen.** Der Text dieses Schritts verrät, was der Lauf unten zeigt, deshalb wartet er, bis Sie die Vorhersage%1 unter dem Beispiel beantwortet haben: %2 (Oder drücken Sie **Schritt lesen**.)</translation>
    </message>
    <message>
        <source>press **Step through and predict** and pick what runs next when the strip above the loop machine asks.</source>
        <translation>drücken Sie **Schritt für Schritt vorhersagen** und wählen Sie, was als Nächstes läuft, wenn die Leiste über der Loop-Maschine danach fragt.</translation>
    </message>
    <message>
        <source>make your guess and press **Run and compare**.</source>
        <translation>geben Sie Ihre Schätzung ab und drücken Sie **Ausführen und vergleichen**.</translation>
    </message>
</context>
<context>
    <name>Ui::LessonsFolderIssues</name>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Lessons folder</source>
        <translation>Lektionsordner</translation>
    </message>
    <message>
        <source>%1 has no lessons in the layout of lessons/FORMAT.md (module folders with a module.json, lesson folders with a lesson.json).</source>
        <translation>%1 enthält keine Lektionen im Aufbau von lessons/FORMAT.md (Modulordner mit einer module.json, Lektionsordner mit einer lesson.json).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s). %2 lesson(s) loaded; what a problem names was left out unless it is only a warning.</source>
        <translation>
            <numerusform>%1: %n Problem. %2 Lektion(en) geladen; was ein Problem betrifft, wurde ausgelassen, außer es ist nur eine Warnung.</numerusform>
            <numerusform>%1: %n Probleme. %2 Lektion(en) geladen; was ein Problem betrifft, wurde ausgelassen, außer es ist nur eine Warnung.</numerusform>
        </translation>
    </message>
    <message>
        <source>
… and %1 more (Show Details…)</source>
        <translation>
… und %1 weitere (Details anzeigen…)</translation>
    </message>
</context>
<context>
    <name>Ui::LoopMachineLayout</name>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
<context>
    <name>Ui::LoopMachineScene</name>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (vor %2)</translation>
    </message>
    <message>
        <source>line&#xa0;%1</source>
        <translation>Zeile&#xa0;%1</translation>
    </message>
    <message>
        <source>Waiting since %1 on %2</source>
        <translation>Wartet seit %1 auf %2</translation>
    </message>
    <message>
        <source>Resumes at %1</source>
        <translation>Geht weiter bei %1</translation>
    </message>
    <message>
        <source>callback %1</source>
        <translation>Callback %1</translation>
    </message>
    <message>
        <source>Ready since %1: %2</source>
        <translation>Bereit seit %1: %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>Deadline %1 (%2)</source>
        <translation>Fällig um %1 (%2)</translation>
    </message>
    <message>
        <source>Calls %1</source>
        <translation>Ruft %1 auf</translation>
    </message>
    <message>
        <source>Wakes %1 (%2)</source>
        <translation>Weckt %1 (%2)</translation>
    </message>
    <message>
        <source>Scheduled at %1</source>
        <translation>Eingeplant bei %1</translation>
    </message>
    <message>
        <source>fired · %1</source>
        <translation>abgelaufen · %1</translation>
    </message>
    <message>
        <source>%1: its timer (%2) has fired; the loop is about to make it ready</source>
        <translation>%1: sein Timer (%2) ist abgelaufen; die Schleife macht ihn gleich bereit</translation>
    </message>
    <message>
        <source>Ready queue</source>
        <translation>Ready-Queue</translation>
    </message>
    <message>
        <source>run in this order, one at a time</source>
        <translation>laufen in dieser Reihenfolge, einer nach dem anderen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>by deadline; each makes its task ready</source>
        <translation>nach Fälligkeit; jeder macht seinen Task bereit</translation>
    </message>
    <message>
        <source>none pending</source>
        <translation>keiner ausstehend</translation>
    </message>
    <message>
        <source>Waiting on locks, events, queues</source>
        <translation>Warten auf Locks, Events, Queues</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>object %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <source>%1 waiting, first in line first</source>
        <translation>%1 wartend, wer zuerst kam, zuerst</translation>
    </message>
    <message>
        <source>the loop has not started yet</source>
        <translation>die Schleife hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>the loop has closed</source>
        <translation>die Schleife ist geschlossen</translation>
    </message>
    <message>
        <source>not waiting: select() comes after this round of handles</source>
        <translation>wartet nicht: select() kommt nach dieser Runde von Handles</translation>
    </message>
    <message>
        <source>select() waits with no timeout: only I/O or a worker thread can wake it</source>
        <translation>select() wartet ohne Timeout: nur Ein-/Ausgabe oder ein Worker-Thread kann es wecken</translation>
    </message>
    <message>
        <source>select() only polls: something is already ready</source>
        <translation>select() fragt nur ab: etwas ist schon bereit</translation>
    </message>
    <message>
        <source>select() waits until the next timer (%1 from its start, %2 left) or for I/O</source>
        <translation>select() wartet bis zum nächsten Timer (%1 ab Beginn, noch %2) oder auf Ein-/Ausgabe</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selector</translation>
    </message>
    <message>
        <source>no task waits for I/O</source>
        <translation>kein Task wartet auf Ein-/Ausgabe</translation>
    </message>
    <message>
        <source>Waiting for other tasks</source>
        <translation>Warten auf andere Tasks</translation>
    </message>
    <message>
        <source>gather, awaited tasks, futures, thread results</source>
        <translation>gather, erwartete Tasks, Futures, Thread-Ergebnisse</translation>
    </message>
    <message>
        <source>Worker threads</source>
        <translation>Worker-Threads</translation>
    </message>
    <message>
        <source>run_in_executor / to_thread jobs, beside the loop</source>
        <translation>Aufträge von run_in_executor / to_thread, neben der Schleife</translation>
    </message>
    <message>
        <source>none started yet</source>
        <translation>noch keiner gestartet</translation>
    </message>
    <message>
        <source>%1 runs %2 since %3</source>
        <translation>%1 führt seit %3 %2 aus</translation>
    </message>
    <message>
        <source>%1: idle</source>
        <translation>%1: untätig</translation>
    </message>
    <message>
        <source>%1 is idle since %2</source>
        <translation>%1 ist seit %2 untätig</translation>
    </message>
    <message>
        <source> · iteration %1</source>
        <translation> · Iteration %1</translation>
    </message>
    <message>
        <source> · 1 task done</source>
        <translation> · 1 Task fertig</translation>
    </message>
    <message>
        <source> · %1 tasks done</source>
        <translation> · %1 Tasks fertig</translation>
    </message>
    <message>
        <source>Nothing runs yet: the loop has not started</source>
        <translation>Noch läuft nichts: die Schleife hat nicht begonnen</translation>
    </message>
    <message>
        <source>Nothing runs: the loop has closed</source>
        <translation>Nichts läuft: die Schleife ist geschlossen</translation>
    </message>
    <message>
        <source>Nothing runs: the loop polls select() for I/O, then runs the ready queue</source>
        <translation>Nichts läuft: die Schleife fragt select() nach Ein-/Ausgabe ab und arbeitet dann die Ready-Queue ab</translation>
    </message>
    <message>
        <source>Nothing runs: the loop waits in select()</source>
        <translation>Nichts läuft: die Schleife wartet in select()</translation>
    </message>
    <message>
        <source>Between steps: the loop moves the tasks of due timers to the ready queue</source>
        <translation>Zwischen Schritten: die Schleife verschiebt die Tasks fälliger Timer in die Ready-Queue</translation>
    </message>
    <message>
        <source>Between steps: the loop moves tasks between its queues</source>
        <translation>Zwischen Schritten: die Schleife verschiebt Tasks zwischen ihren Warteschlangen</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1 in %2()</source>
        <translation>Zeile %1 in %2()</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Bei %1</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Läuft jetzt</translation>
    </message>
    <message>
        <source>Running since %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>Blocked: it has held the loop for %1; nothing else can run</source>
        <translation>Blockiert: hält die Schleife seit %1 fest; nichts anderes kann laufen</translation>
    </message>
    <message>
        <source>Its first step</source>
        <translation>Sein erster Schritt</translation>
    </message>
    <message>
        <source>The watchdog saw %1</source>
        <translation>Der Watchdog sah %1</translation>
    </message>
    <message>
        <source>Resumed at %1</source>
        <translation>Fortgesetzt bei %1</translation>
    </message>
    <message>
        <source>The loop runs the callback %1 (since %2)</source>
        <translation>Die Schleife führt den Callback %1 aus (seit %2)</translation>
    </message>
    <message>
        <source> · blocked %1</source>
        <translation> · blockiert %1</translation>
    </message>
    <message>
        <source>Paused at %1</source>
        <translation>Angehalten bei %1</translation>
    </message>
    <message>
        <source>Runs next (paused)</source>
        <translation>Läuft als Nächstes (angehalten)</translation>
    </message>
    <message>
        <source>The program is paused before this %1; step (F10) to run it</source>
        <translation>Das Programm ist vor diesem %1 angehalten; mit einem Schritt (F10) führen Sie ihn aus</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>after the one above, in this order</source>
        <translation>nach dem darüber, in dieser Reihenfolge</translation>
    </message>
</context>
<context>
    <name>Ui::LoopMachineView</name>
    <message>
        <source>The event loop shows here: turn on Run ▸ Step mode and run a program (F5), play a finished run or a recording (F8), or click the timeline&apos;s ruler to pick a moment.</source>
        <translation>Hier erscheint die Event-Loop: Schalten Sie Ausführen ▸ Schrittmodus ein und führen Sie ein Programm aus (F5), spielen Sie einen beendeten Lauf oder eine Aufzeichnung ab (F8), oder klicken Sie auf das Lineal der Zeitleiste, um einen Moment zu wählen.</translation>
    </message>
    <message>
        <source>Loop machine</source>
        <translation>Loop-Maschine</translation>
    </message>
</context>
<context>
    <name>Ui::MainWindow</name>
    <message>
        <source>Loopscope</source>
        <translation>Loopscope</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Loop machine</source>
        <translation>Loop-Maschine</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation>Scheduler</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Your edits could not be saved: %1</source>
        <translation>Ihre Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>F5 checks %1, your exercise</source>
        <translation>F5 prüft %1, Ihre Übung</translation>
    </message>
    <message>
        <source>F5 runs %1, the lesson&apos;s example with your edits</source>
        <translation>F5 führt %1 aus, das Beispiel der Lektion mit Ihren Änderungen</translation>
    </message>
    <message>
        <source>F5 runs %1, the lesson&apos;s example</source>
        <translation>F5 führt %1 aus, das Beispiel der Lektion</translation>
    </message>
    <message>
        <source>F5 saves and runs %1, your file</source>
        <translation>F5 speichert und führt %1 aus, Ihre Datei</translation>
    </message>
    <message>
        <source>F5 runs %1, your file</source>
        <translation>F5 führt %1 aus, Ihre Datei</translation>
    </message>
    <message>
        <source>F5 runs %1</source>
        <translation>F5 führt %1 aus</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programm: %1</translation>
    </message>
    <message>
        <source>%1[*] — Loopscope</source>
        <translation>%1[*] — Loopscope</translation>
    </message>
    <message>
        <source>Ready — %1</source>
        <translation>Bereit — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <source>%L1 events</source>
        <translation>%L1 Ereignisse</translation>
    </message>
    <message>
        <source> · %L1 tasks not drawn</source>
        <translation> · %L1 Tasks nicht gezeichnet</translation>
    </message>
    <message>
        <source>The program created more than %L1 tasks: the timeline shows the first %L1, the others are only counted (the run summary&apos;s task_groups).</source>
        <translation>Das Programm hat mehr als %L1 Tasks erzeugt: Die Zeitleiste zeigt die ersten %L1, die übrigen werden nur gezählt (task_groups in der Zusammenfassung des Laufs).</translation>
    </message>
    <message>
        <source>Python: auto</source>
        <translation>Python: automatisch</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>Automatic interpreter choice</source>
        <translation>Automatische Wahl des Interpreters</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Interpreter</source>
        <translation>&amp;Interpreter</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Follo&amp;w live</source>
        <translation>Live &amp;folgen</translation>
    </message>
    <message>
        <source>&amp;Step axis: steps in the order the loop ran them</source>
        <translation>&amp;Schrittachse: Schritte in der Reihenfolge der Schleife</translation>
    </message>
    <message>
        <source>Steps (S in the timeline): every task step and callback equally wide, in the order the loop ran them</source>
        <translation>Schritte (S in der Zeitleiste): jeder Task-Schritt und Callback gleich breit, in der Reihenfolge, in der die Schleife sie ausführte</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Coroutine f&amp;rames of every task</source>
        <translation>&amp;Koroutinen-Frames aller Tasks</translation>
    </message>
    <message>
        <source>Focus &amp;timeline</source>
        <translation>Zeit&amp;leiste fokussieren</translation>
    </message>
    <message>
        <source>Focus &amp;editor</source>
        <translation>&amp;Editor fokussieren</translation>
    </message>
    <message>
        <source>Focus o&amp;utput</source>
        <translation>Ausga&amp;be fokussieren</translation>
    </message>
    <message>
        <source>Re&amp;view Answers…</source>
        <translation>Antworten wieder&amp;holen…</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>La&amp;yout</source>
        <translation>La&amp;yout</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>How to read the &amp;timeline</source>
        <translation>&amp;So lesen Sie die Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;About Loopscope</source>
        <translation>Ü&amp;ber Loopscope</translation>
    </message>
    <message>
        <source>About Loopscope</source>
        <translation>Über Loopscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loopscope&lt;/h3&gt;&lt;p&gt;Learn Python async programming by watching it happen: real programs on a real interpreter, under an instrumented asyncio event loop, drawn live on a timeline.&lt;/p&gt;&lt;p&gt;Python %1 · Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Loopscope&lt;/h3&gt;&lt;p&gt;Lernen Sie asynchrone Programmierung in Python, indem Sie zusehen, wie sie geschieht: echte Programme auf einem echten Interpreter, unter einer instrumentierten asyncio-Event-Loop, live auf einer Zeitleiste gezeichnet.&lt;/p&gt;&lt;p&gt;Python %1 · Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>noch nicht gestartet</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Text size %1 % (Ctrl+0: 100 %)</source>
        <translation>Textgröße %1 % (Strg+0: 100 %)</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Zeitleiste einpassen</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alles einpassen</translation>
    </message>
    <message>
        <source>Fit the whole run in the timeline (0 in the timeline, Ctrl+Alt+0)</source>
        <translation>Den ganzen Lauf in die Zeitleiste einpassen (0 in der Zeitleiste, Strg+Alt+0)</translation>
    </message>
    <message>
        <source>Zoom Timeline I&amp;n</source>
        <translation>&amp;In die Zeitleiste hineinzoomen</translation>
    </message>
    <message>
        <source>Zoo&amp;m Timeline Out</source>
        <translation>&amp;Aus der Zeitleiste herauszoomen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Theme, text size, clock, block threshold, interpreter and lessons folder, in one place</source>
        <translation>Design, Textgröße, Uhr, Blockierschwelle, Interpreter und Lektionsordner an einem Ort</translation>
    </message>
</context>
<context>
    <name>Ui::NextPickCard</name>
    <message>
        <source>&lt;b&gt;Predict what runs next&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;b&gt;Vorhersagen, was als Nächstes läuft&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Step through the example: at the pause this asks about, the strip above the loop machine asks it; pick, then step (F10).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Gehen Sie das Beispiel schrittweise durch: Bei der Pause, um die es hier geht, stellt die Leiste über der Loop-Maschine diese Frage; wählen Sie und führen Sie dann einen Schritt aus (F10).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Step through and predict</source>
        <translation>Schritt für Schritt vorhersagen</translation>
    </message>
    <message>
        <source>Run the example paused before each step, with Predict next on</source>
        <translation>Das Beispiel vor jedem Schritt angehalten ausführen, mit eingeschaltetem „Nächstes vorhersagen“</translation>
    </message>
    <message>
        <source>✓ You picked %1: right. The strip above the loop machine says why.</source>
        <translation>✓ Sie haben %1 gewählt: richtig. Die Leiste über der Loop-Maschine sagt, warum.</translation>
    </message>
    <message>
        <source>✗ You picked %1: not what ran next; the strip above the loop machine says why. Step through again to try once more.</source>
        <translation>✗ Sie haben %1 gewählt: das lief nicht als Nächstes; die Leiste über der Loop-Maschine sagt, warum. Gehen Sie das Beispiel noch einmal schrittweise durch, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>Ui::OutputConsole</name>
    <message>
        <source> (at %1)</source>
        <translation> (bei %1)</translation>
    </message>
    <message>
        <source>Output stopped at line %L1%2: %L3 more lines were not kept (the program ran on; the timeline shows the whole run).</source>
        <translation>Die Ausgabe endet bei Zeile %L1%2: %L3 weitere Zeilen wurden nicht behalten (das Programm lief weiter; die Zeitleiste zeigt den ganzen Lauf).</translation>
    </message>
    <message>
        <source>%L1 lines the program wrote were lost on the way here (the trace channel was full).</source>
        <translation>%L1 Zeilen, die das Programm schrieb, gingen unterwegs verloren (der Trace-Kanal war voll).</translation>
    </message>
</context>
<context>
    <name>Ui::OutputTableModel</name>
    <message>
        <source> … (the rest of this very long line was not kept)</source>
        <translation> … (der Rest dieser sehr langen Zeile wurde nicht behalten)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>Ui::ParsonsCard</name>
    <message>
        <source>&lt;b&gt;Put the program together&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;Parsons problem&lt;/span&gt;</source>
        <translation>&lt;b&gt;Das Programm zusammensetzen&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;Parsons-Aufgabe&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Add the lines you need from the given lines below (+), put them in order (▲ ▼) and indent them (◂ ▸); ✕ sends a line back. Tab to a button and press Space.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Übernehmen Sie die nötigen Zeilen aus den vorgegebenen Zeilen unten (+), bringen Sie sie in die richtige Reihenfolge (▲ ▼) und rücken Sie sie ein (◂ ▸); ✕ schickt eine Zeile zurück. Mit Tab zu einer Schaltfläche, dann Leertaste drücken.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your program&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihr Programm&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fixed code</source>
        <translation>Fester Code</translation>
    </message>
    <message>
        <source>&lt;i&gt;(no lines yet: press + beside a given line below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(noch keine Zeilen: drücken Sie + neben einer vorgegebenen Zeile unten)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Given lines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vorgegebene Zeilen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Run and check</source>
        <translation>Ausführen und prüfen</translation>
    </message>
    <message>
        <source>Run your program and check what it does, like an exercise</source>
        <translation>Ihr Programm ausführen und prüfen, was es tut, wie bei einer Übung</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>Show the right program and why</source>
        <translation>Das richtige Programm und die Begründung zeigen</translation>
    </message>
    <message>
        <source>Add “%1” to your program</source>
        <translation>„%1“ zu Ihrem Programm hinzufügen</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>„%1“ nach oben</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>„%1“ nach unten</translation>
    </message>
    <message>
        <source>Indent “%1” less</source>
        <translation>„%1“ weniger einrücken</translation>
    </message>
    <message>
        <source>Indent “%1” more</source>
        <translation>„%1“ mehr einrücken</translation>
    </message>
    <message>
        <source>Send “%1” back to the given lines</source>
        <translation>„%1“ zurück zu den vorgegebenen Zeilen</translation>
    </message>
    <message>
        <source>line %1, indented %2 levels: %3</source>
        <translation>Zeile %1, %2 Ebenen eingerückt: %3</translation>
    </message>
    <message>
        <source>&lt;i&gt;Running your program…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ihr Programm läuft…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 Nothing was graded: %2</source>
        <translation>%1 Nichts wurde bewertet: %2</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;Right:&lt;/b&gt; your program ran and passed every check.</source>
        <translation>%1 &lt;b&gt;Richtig:&lt;/b&gt; Ihr Programm lief und hat alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;Not yet:&lt;/b&gt; %2</source>
        <translation>%1 &lt;b&gt;Noch nicht:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source> (The run passed its checks, but “%1” does not belong in the program.)</source>
        <translation> (Der Lauf hat seine Prüfungen bestanden, aber „%1“ gehört nicht ins Programm.)</translation>
    </message>
    <message>
        <source>Run and check again</source>
        <translation>Erneut ausführen und prüfen</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Change your program and run it again.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Ändern Sie Ihr Programm und führen Sie es erneut aus.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The right program:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Das richtige Programm:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;You put this program together right.&lt;/b&gt; %2</source>
        <translation>%1 &lt;b&gt;Sie haben dieses Programm richtig zusammengesetzt.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 Your last program did not pass. Change it and press Run and check to try again.</source>
        <translation>%1 Ihr letztes Programm hat nicht bestanden. Ändern Sie es und drücken Sie Ausführen und prüfen, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>Ui::PlaybackBar</name>
    <message>
        <source>1 event/s</source>
        <translation>1 Ereignis/s</translation>
    </message>
    <message>
        <source>3 events/s</source>
        <translation>3 Ereignisse/s</translation>
    </message>
    <message>
        <source>10 events/s</source>
        <translation>10 Ereignisse/s</translation>
    </message>
    <message>
        <source>30 events/s</source>
        <translation>30 Ereignisse/s</translation>
    </message>
    <message>
        <source>100 events/s</source>
        <translation>100 Ereignisse/s</translation>
    </message>
    <message>
        <source>run&apos;s clock ×0.1</source>
        <translation>Uhr des Laufs ×0,1</translation>
    </message>
    <message>
        <source>run&apos;s clock ×1</source>
        <translation>Uhr des Laufs ×1</translation>
    </message>
    <message>
        <source>To the &amp;start</source>
        <translation>Zum &amp;Anfang</translation>
    </message>
    <message>
        <source>To the first event of the run</source>
        <translation>Zum ersten Ereignis des Laufs</translation>
    </message>
    <message>
        <source>One event &amp;back</source>
        <translation>Ein Ereignis &amp;zurück</translation>
    </message>
    <message>
        <source>The moment before: the scheduler rebuilt from the trace</source>
        <translation>Der Moment davor: der Scheduler, aus dem Trace wiederhergestellt</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Abs&amp;pielen</translation>
    </message>
    <message>
        <source>Play the finished run or recording: the time cursor, the loop machine, the output and the editor follow</source>
        <translation>Den beendeten Lauf oder die Aufzeichnung abspielen: Zeitcursor, Loop-Maschine, Ausgabe und Editor folgen</translation>
    </message>
    <message>
        <source>One event &amp;forward</source>
        <translation>Ein Ereignis &amp;vor</translation>
    </message>
    <message>
        <source>The next moment the scheduler changed</source>
        <translation>Der nächste Moment, in dem sich der Scheduler änderte</translation>
    </message>
    <message>
        <source>To the &amp;end</source>
        <translation>Zum &amp;Ende</translation>
    </message>
    <message>
        <source>To the last event of the run</source>
        <translation>Zum letzten Ereignis des Laufs</translation>
    </message>
    <message>
        <source>Playback speed: events a second (for the order of steps), or the run&apos;s own clock slowed down (for durations)</source>
        <translation>Wiedergabetempo: Ereignisse pro Sekunde (für die Reihenfolge der Schritte) oder die verlangsamte Uhr des Laufs (für Dauern)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>plays once the run has ended</source>
        <translation>spielt ab, sobald der Lauf beendet ist</translation>
    </message>
    <message>
        <source>A finished run or an opened recording can be played</source>
        <translation>Ein beendeter Lauf oder eine geöffnete Aufzeichnung kann abgespielt werden</translation>
    </message>
    <message>
        <source>indexing the run…</source>
        <translation>Lauf wird indiziert…</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>event %1 of %2</source>
        <translation>Ereignis %1 von %2</translation>
    </message>
</context>
<context>
    <name>Ui::PredictCard</name>
    <message>
        <source>&lt;b&gt;Predict, then run&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;%1&lt;/span&gt;</source>
        <translation>&lt;b&gt;Erst vorhersagen, dann ausführen&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;%1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Put the lines in the order you expect them to print (▲ ▼, or Tab to a button and Space).&lt;/i&gt;</source>
        <translation>&lt;i&gt;Bringen Sie die Zeilen in die Reihenfolge, in der Sie sie erwarten (▲ ▼, oder mit Tab zu einer Schaltfläche und Leertaste).&lt;/i&gt;</translation>
    </message>
    <message>
        <source>your number</source>
        <translation>Ihre Zahl</translation>
    </message>
    <message>
        <source>Your prediction, in %1</source>
        <translation>Ihre Vorhersage, in %1</translation>
    </message>
    <message>
        <source>Run and compare</source>
        <translation>Ausführen und vergleichen</translation>
    </message>
    <message>
        <source>Run the example and grade your prediction against what it really did</source>
        <translation>Das Beispiel ausführen und Ihre Vorhersage daran messen, was es wirklich tat</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>Show what the run did and why</source>
        <translation>Zeigen, was der Lauf tat und warum</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>„%1“ nach oben</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>„%1“ nach unten</translation>
    </message>
    <message>
        <source>&lt;i&gt;Running the example…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Das Beispiel läuft…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The run ended early (%1), so it cannot grade your prediction.</source>
        <translation>Der Lauf endete vorzeitig (%1), daher kann er Ihre Vorhersage nicht bewerten.</translation>
    </message>
    <message>
        <source>%1 Nothing was graded: %2 Press Run and compare to try again.</source>
        <translation>%1 Nichts wurde bewertet: %2 Drücken Sie Ausführen und vergleichen, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;Right:&lt;/b&gt; the run printed them in this order.</source>
        <translation>%1 &lt;b&gt;Richtig:&lt;/b&gt; Der Lauf gab sie in dieser Reihenfolge aus.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;Not quite:&lt;/b&gt; %2 of %3 lines are where the run printed them.</source>
        <translation>%1 &lt;b&gt;Nicht ganz:&lt;/b&gt; %2 von %3 Zeilen stehen dort, wo der Lauf sie ausgab.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;Right:&lt;/b&gt; the run showed %2.</source>
        <translation>%1 &lt;b&gt;Richtig:&lt;/b&gt; Der Lauf zeigte %2.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;Not quite:&lt;/b&gt; %2 is too %3.</source>
        <translation>%1 &lt;b&gt;Nicht ganz:&lt;/b&gt; %2 ist zu %3.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>%1 The run&apos;s summary has no %2 to compare with.</source>
        <translation>%1 Die Zusammenfassung des Laufs enthält kein %2 zum Vergleichen.</translation>
    </message>
    <message>
        <source>Look at the output and the timeline of the run, then try again.</source>
        <translation>Sehen Sie sich die Ausgabe und die Zeitleiste des Laufs an und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source> &lt;i&gt;Change your answer and press Check again.&lt;/i&gt;</source>
        <translation> &lt;i&gt;Ändern Sie Ihre Antwort und drücken Sie Erneut prüfen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Grade your new answer against the same run</source>
        <translation>Ihre neue Antwort am selben Lauf bewerten</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run printed:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Der Lauf gab aus:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The answer:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Antwort:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The run showed %1&lt;/b&gt; (right within ± %2).</source>
        <translation>&lt;b&gt;Der Lauf zeigte %1&lt;/b&gt; (richtig innerhalb von ± %2).</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;You predicted this right.&lt;/b&gt; %2</source>
        <translation>%1 &lt;b&gt;Das haben Sie richtig vorhergesagt.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 Your last prediction did not match the run. Change it and press Run and compare to try again.</source>
        <translation>%1 Ihre letzte Vorhersage passte nicht zum Lauf. Ändern Sie sie und drücken Sie Ausführen und vergleichen, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>Ui::PredictNextController</name>
    <message>
        <source>%1: in the ready queue</source>
        <translation>%1: in der Ready-Queue</translation>
    </message>
    <message>
        <source>%1: on a timer, due at %2</source>
        <translation>%1: wartet auf einen Timer, fällig bei %2</translation>
    </message>
    <message>
        <source>%1: waiting on %2</source>
        <translation>%1: wartet auf %2</translation>
    </message>
    <message>
        <source>%1: suspended</source>
        <translation>%1: pausiert</translation>
    </message>
    <message>
        <source>Predict &amp;Next</source>
        <translation>&amp;Nächstes vorhersagen</translation>
    </message>
    <message>
        <source>Predict next: at each step-mode pause, pick the task or callback you expect to run next; stepping shows whether it did, and why</source>
        <translation>Nächstes vorhersagen: Wählen Sie bei jeder Pause im Schrittmodus den Task oder Callback, der Ihrer Erwartung nach als Nächstes läuft; der Schritt zeigt, ob er es tat, und warum</translation>
    </message>
    <message>
        <source>Waiting for the first pause…</source>
        <translation>Warten auf die erste Pause…</translation>
    </message>
    <message>
        <source>Only %1 can run next: nothing to predict at this pause. Step (F10).</source>
        <translation>Nur %1 kann als Nächstes laufen: bei dieser Pause gibt es nichts vorherzusagen. Führen Sie einen Schritt aus (F10).</translation>
    </message>
    <message>
        <source>callback %1</source>
        <translation>Callback %1</translation>
    </message>
    <message>
        <source>Paused — which runs next? Pick it, then step (F10)</source>
        <translation>Angehalten — was läuft als Nächstes? Erst wählen, dann Schritt (F10)</translation>
    </message>
    <message>
        <source>Which runs next? Pick one of what is on screen.</source>
        <translation>Was läuft als Nächstes? Wählen Sie aus dem, was zu sehen ist.</translation>
    </message>
    <message>
        <source>The run has ended.</source>
        <translation>Der Lauf ist beendet.</translation>
    </message>
    <message>
        <source>The run has ended: %1 of %2 picks right.</source>
        <translation>Der Lauf ist beendet: %1 von %2 Vorhersagen richtig.</translation>
    </message>
</context>
<context>
    <name>Ui::PredictNextScene</name>
    <message>
        <source>Runs next: your prediction</source>
        <translation>Läuft als Nächstes: Ihre Vorhersage</translation>
    </message>
    <message>
        <source>? — your pick, then F10</source>
        <translation>? — Ihre Wahl, dann F10</translation>
    </message>
    <message>
        <source>order hidden until you step: which is first is what you predict</source>
        <translation>Reihenfolge bis zum Schritt verborgen: was vorn steht, sagen Sie vorher</translation>
    </message>
    <message>
        <source>callback %1</source>
        <translation>Callback %1</translation>
    </message>
    <message>
        <source>%1 is in the ready queue: its place in the queue is hidden until you step</source>
        <translation>%1 steht in der Ready-Queue: sein Platz darin bleibt bis zum Schritt verborgen</translation>
    </message>
</context>
<context>
    <name>Ui::PredictNextStrip</name>
    <message>
        <source>&lt;b&gt;Predict next&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nächstes vorhersagen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your last pick, and why it was or was not what ran next</source>
        <translation>Ihre letzte Wahl und warum sie als Nächstes lief oder nicht</translation>
    </message>
    <message>
        <source>Runs next: %1</source>
        <translation>Läuft als Nächstes: %1</translation>
    </message>
    <message>
        <source>Your pick: %1. Step (F10) to see whether it runs next.</source>
        <translation>Ihre Wahl: %1. Führen Sie einen Schritt aus (F10), um zu sehen, ob er als Nächstes läuft.</translation>
    </message>
    <message>
        <source>Pick one (or click its chip in the loop machine), then step (F10).</source>
        <translation>Wählen Sie einen (oder klicken Sie auf sein Kärtchen in der Loop-Maschine) und führen Sie dann einen Schritt aus (F10).</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%1 von %2 richtig</translation>
    </message>
</context>
<context>
    <name>Ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>Text&amp;größe:</translation>
    </message>
    <message>
        <source>Text, code, the timeline and the panels together; also View ▸ Zoom In / Zoom Out (Ctrl+= / Ctrl+-), Ctrl+0 for 100 %.</source>
        <translation>Text, Code, Zeitleiste und Bereiche gemeinsam; auch über Ansicht ▸ Vergrößern / Verkleinern (Strg+= / Strg+-), Strg+0 für 100 %.</translation>
    </message>
    <message>
        <source>Text size when &amp;presenting:</source>
        <translation>Textgröße beim &amp;Präsentieren:</translation>
    </message>
    <message>
        <source>View ▸ Presentation Mode (F11): full screen with the lesson, the program and the timeline only.</source>
        <translation>Ansicht ▸ Präsentationsmodus (F11): Vollbild nur mit Lektion, Programm und Zeitleiste.</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>Virtual clock (sleeps take no time)</source>
        <translation>Virtuelle Uhr (sleep kostet keine Zeit)</translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <translation>&amp;Uhr:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Block threshold:</source>
        <translation>&amp;Blockierschwelle:</translation>
    </message>
    <message>
        <source>The clock and the threshold are for your own programs (new, opened, the welcome program); a lesson&apos;s examples keep their own. A step that holds the loop this long is shown blocked.</source>
        <translation>Uhr und Schwelle gelten für Ihre eigenen Programme (neue, geöffnete, das Willkommensprogramm); die Beispiele einer Lektion behalten ihre eigenen. Ein Schritt, der die Schleife so lange festhält, wird als blockiert gezeigt.</translation>
    </message>
    <message>
        <source>Changes apply at once. Stored in %1</source>
        <translation>Änderungen gelten sofort. Gespeichert in %1</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Anderer…</translation>
    </message>
    <message>
        <source>Python interpreter</source>
        <translation>Python-Interpreter</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>&amp;Interpreter:</translation>
    </message>
    <message>
        <source>Automatic (first Python ≥ 3.%1 with the lesson&apos;s libraries)</source>
        <translation>Automatisch (erstes Python ≥ 3.%1 mit den Bibliotheken der Lektion)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Built-in only</source>
        <translation>Nur eingebaute</translation>
    </message>
    <message>
        <source>Close the extra lessons folder</source>
        <translation>Den zusätzlichen Lektionsordner schließen</translation>
    </message>
    <message>
        <source>Open lessons folder</source>
        <translation>Lektionsordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Lessons:</source>
        <translation>&amp;Lektionen:</translation>
    </message>
    <message>
        <source>The built-in lessons, then those in %1</source>
        <translation>Die eingebauten Lektionen, danach die in %1</translation>
    </message>
    <message>
        <source>The built-in lessons (File ▸ Open Lessons Folder… adds a folder of your own)</source>
        <translation>Die eingebauten Lektionen (Datei ▸ Lektionsordner öffnen… fügt einen eigenen Ordner hinzu)</translation>
    </message>
</context>
<context>
    <name>Ui::PresentationMode</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>For a projector: the lesson, the program and the timeline only, full screen, in large text (F11 or Esc leaves)</source>
        <translation>Für einen Beamer: nur Lektion, Programm und Zeitleiste, im Vollbild, in großer Schrift (F11 oder Esc beendet ihn)</translation>
    </message>
</context>
<context>
    <name>Ui::QuizCard</name>
    <message>
        <source>&lt;b&gt;Quiz&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quiz&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>Reveal the right answer and why</source>
        <translation>Die richtige Antwort und die Begründung aufdecken</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#278E4F&apos;&gt;&lt;b&gt;✓ Right.&lt;/b&gt;&lt;/span&gt; </source>
        <translation>&lt;span style=&apos;color:#278E4F&apos;&gt;&lt;b&gt;✓ Richtig.&lt;/b&gt;&lt;/span&gt; </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#C0392B&apos;&gt;&lt;b&gt;✗ Not quite.&lt;/b&gt;&lt;/span&gt; </source>
        <translation>&lt;span style=&apos;color:#C0392B&apos;&gt;&lt;b&gt;✗ Nicht ganz.&lt;/b&gt;&lt;/span&gt; </translation>
    </message>
    <message>
        <source>That is not what the run showed: look at the timeline and the output again.</source>
        <translation>Das hat der Lauf nicht gezeigt: Sehen Sie sich die Zeitleiste und die Ausgabe noch einmal an.</translation>
    </message>
    <message>
        <source> &lt;i&gt;Try another answer.&lt;/i&gt;</source>
        <translation> &lt;i&gt;Versuchen Sie eine andere Antwort.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The answer is “%1”. </source>
        <translation>Die Antwort ist „%1“. </translation>
    </message>
</context>
<context>
    <name>Ui::ReviewDialog</name>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Why now</source>
        <translation>Warum jetzt</translation>
    </message>
    <message>
        <source>&amp;Open the question</source>
        <translation>Frage ö&amp;ffnen</translation>
    </message>
    <message>
        <source>One answer to recall now.</source>
        <translation>Eine Antwort ist jetzt zu wiederholen.</translation>
    </message>
    <message>
        <source>%1 answers to recall now.</source>
        <translation>%1 Antworten sind jetzt zu wiederholen.</translation>
    </message>
    <message>
        <source>Answering again puts each back on its schedule: right answers come back later and later, wrong ones soon.</source>
        <translation>Erneutes Beantworten setzt jede wieder in ihren Plan: Richtige Antworten kommen immer später wieder, falsche bald.</translation>
    </message>
    <message>
        <source>Nothing to review yet. Quiz questions and predictions you answer come back here on a spaced schedule.</source>
        <translation>Noch nichts zu wiederholen. Quizfragen und Vorhersagen, die Sie beantworten, kommen hier in wachsenden Abständen wieder.</translation>
    </message>
    <message>
        <source>Nothing is due now: every answer you gave is scheduled for later.</source>
        <translation>Jetzt ist nichts fällig: Jede Ihrer Antworten ist für später eingeplant.</translation>
    </message>
</context>
<context>
    <name>Ui::RunActions</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Virtual clock</source>
        <translation>&amp;Virtuelle Uhr</translation>
    </message>
    <message>
        <source>Virtual clock: sleeps take no real time (the loop jumps to the next timer). Off: real time.</source>
        <translation>Virtuelle Uhr: sleep kostet keine echte Zeit (die Schleife springt zum nächsten Timer). Aus: echte Zeit.</translation>
    </message>
    <message>
        <source>&amp;Export trace (Perfetto JSON)…</source>
        <translation>Trace &amp;exportieren (Perfetto-JSON)…</translation>
    </message>
    <message>
        <source>Save re&amp;cording…</source>
        <translation>Aufzeichnung s&amp;ichern…</translation>
    </message>
    <message>
        <source>Keep this run&apos;s trace, to open it again without Python</source>
        <translation>Den Trace dieses Laufs behalten, um ihn ohne Python wieder zu öffnen</translation>
    </message>
    <message>
        <source>Open recor&amp;ding…</source>
        <translation>&amp;Aufzeichnung öffnen…</translation>
    </message>
    <message>
        <source>Replay a saved run&apos;s trace, without Python (Ctrl+Shift+R)</source>
        <translation>Den Trace eines gespeicherten Laufs wiedergeben, ohne Python (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Step &amp;mode</source>
        <translation>Schritt&amp;modus</translation>
    </message>
    <message>
        <source>Step mode: Run starts the program paused before its first task step; step through the scheduler with F10.</source>
        <translation>Schrittmodus: Ausführen startet das Programm angehalten vor seinem ersten Task-Schritt; mit F10 gehen Sie schrittweise durch den Scheduler.</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>&amp;Einzelschritt</translation>
    </message>
    <message>
        <source>Run the one task step or callback shown as next, then pause (F10)</source>
        <translation>Den als nächsten angezeigten Task-Schritt oder Callback ausführen, dann anhalten (F10)</translation>
    </message>
    <message>
        <source>Step to next task s&amp;witch</source>
        <translation>Bis Task&amp;wechsel</translation>
    </message>
    <message>
        <source>Run until a different task would run next (Shift+F10)</source>
        <translation>Ausführen, bis als Nächstes ein anderer Task laufen würde (Umschalt+F10)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Run freely to the end (F5)</source>
        <translation>Frei bis zum Ende laufen (F5)</translation>
    </message>
    <message>
        <source>Run to c&amp;ursor time</source>
        <translation>Bis zum &amp;Zeitcursor</translation>
    </message>
    <message>
        <source>Run until the timeline&apos;s time cursor (click the ruler to place it), then pause</source>
        <translation>Bis zum Zeitcursor der Zeitleiste ausführen (ein Klick aufs Lineal setzt ihn), dann anhalten</translation>
    </message>
</context>
<context>
    <name>Ui::RunController</name>
    <message>
        <source>Export trace</source>
        <translation>Trace exportieren</translation>
    </message>
    <message>
        <source>Chrome/Perfetto trace (*.json)</source>
        <translation>Chrome-/Perfetto-Trace (*.json)</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>Aufzeichnung sichern</translation>
    </message>
    <message>
        <source>Loopscope recording (*.lstrace)</source>
        <translation>Loopscope-Aufzeichnung (*.lstrace)</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>Cannot write the program to a temporary folder.</source>
        <translation>Das Programm kann nicht in einen temporären Ordner geschrieben werden.</translation>
    </message>
    <message>
        <source>Starting %1 paused…</source>
        <translation>%1 startet angehalten…</translation>
    </message>
    <message>
        <source>Running freely: the scheduler is shown while paused (Run ▸ Step mode) or at the time cursor once the run has ended.</source>
        <translation>Läuft frei: Der Scheduler wird im angehaltenen Zustand (Ausführen ▸ Schrittmodus) oder nach dem Lauf am Zeitcursor gezeigt.</translation>
    </message>
    <message>
        <source>Running freely. The loop machine shows the loop while a program is paused (Run ▸ Step mode), and at any moment of a run that has ended: play it (F8) or click the timeline&apos;s ruler.</source>
        <translation>Läuft frei. Die Loop-Maschine zeigt die Schleife, während ein Programm angehalten ist (Ausführen ▸ Schrittmodus), und zu jedem Moment eines beendeten Laufs: Spielen Sie ihn ab (F8) oder klicken Sie auf das Lineal der Zeitleiste.</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Failed (exit code %1)</source>
        <translation>Fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <source>Could not start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>Ended by a limit</source>
        <translation>Durch ein Limit beendet</translation>
    </message>
    <message>
        <source>Crashed (signal %1)</source>
        <translation>Abgestürzt (Signal %1)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>The program %1, so it was ended (docs/LIMITS.md).</source>
        <translation>Das Programm %1, daher wurde es beendet (docs/LIMITS.md).</translation>
    </message>
    <message>
        <source>%1 — choose another under Run ▸ Interpreter.</source>
        <translation>%1 — wählen Sie einen anderen unter Ausführen ▸ Interpreter.</translation>
    </message>
    <message>
        <source>The run has ended: click the timeline&apos;s ruler (or press , and .) to see the scheduler at any moment.</source>
        <translation>Der Lauf ist beendet: Klicken Sie auf das Lineal der Zeitleiste (oder drücken Sie , und .), um den Scheduler zu jedem Moment zu sehen.</translation>
    </message>
    <message>
        <source>The run has ended. Play it (F8, or F7 and F9 one event at a time) or click the timeline&apos;s ruler to see the loop at any moment.</source>
        <translation>Der Lauf ist beendet. Spielen Sie ihn ab (F8, oder F7 und F9 Ereignis für Ereignis) oder klicken Sie auf das Lineal der Zeitleiste, um die Schleife zu jedem Moment zu sehen.</translation>
    </message>
    <message>
        <source>Paused before %1 — F10 step, Shift+F10 next task switch, F5 continue</source>
        <translation>Angehalten vor %1 — F10 Schritt, Umschalt+F10 nächster Taskwechsel, F5 weiter</translation>
    </message>
    <message>
        <source>Stepping…</source>
        <translation>Einzelschritt…</translation>
    </message>
    <message>
        <source>Running to the next task switch…</source>
        <translation>Läuft bis zum nächsten Taskwechsel…</translation>
    </message>
    <message>
        <source>Running freely to the end…</source>
        <translation>Läuft frei bis zum Ende…</translation>
    </message>
    <message>
        <source>Running to %1 s…</source>
        <translation>Läuft bis %1 s…</translation>
    </message>
    <message>
        <source>This line held the event loop for %1 ms</source>
        <translation>Diese Zeile hielt die Event-Loop %1 ms lang fest</translation>
    </message>
    <message>
        <source>blocked the loop %1 here</source>
        <translation>blockierte die Schleife hier %1</translation>
    </message>
    <message>
        <source>This line is holding the event loop (%1 so far)</source>
        <translation>Diese Zeile hält die Event-Loop fest (bisher %1)</translation>
    </message>
    <message>
        <source>blocked the loop %1 so far</source>
        <translation>blockiert die Schleife bisher %1</translation>
    </message>
    <message>
        <source>Checked: every check passes</source>
        <translation>Geprüft: alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>Checked: some checks fail</source>
        <translation>Geprüft: einige Prüfungen schlagen fehl</translation>
    </message>
    <message>
        <source>Could not export the trace to %1</source>
        <translation>Der Trace konnte nicht nach %1 exportiert werden</translation>
    </message>
    <message>
        <source>Exported to %1 — open it in ui.perfetto.dev</source>
        <translation>Nach %1 exportiert — öffnen Sie ihn in ui.perfetto.dev</translation>
    </message>
    <message>
        <source>Could not save the recording to %1</source>
        <translation>Die Aufzeichnung konnte nicht unter %1 gesichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot open the recording: %1.</source>
        <translation>Die Aufzeichnung kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>A recording: play it (F8, or F7 and F9 one event at a time) or click the timeline&apos;s ruler to see the loop at any moment.</source>
        <translation>Eine Aufzeichnung: Spielen Sie sie ab (F8, oder F7 und F9 Ereignis für Ereignis) oder klicken Sie auf das Lineal der Zeitleiste, um die Schleife zu jedem Moment zu sehen.</translation>
    </message>
    <message>
        <source>Replaying %1 (recorded, no Python needed)</source>
        <translation>Wiedergabe von %1 (aufgezeichnet, kein Python nötig)</translation>
    </message>
    <message>
        <source>%1:%2 (outside your program)</source>
        <translation>%1:%2 (außerhalb Ihres Programms)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Ui::SchedulerPanel</name>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Turn on Run ▸ Step mode and run, or click the timeline&apos;s ruler to see the scheduler at that moment.</source>
        <translation>Schalten Sie Ausführen ▸ Schrittmodus ein und führen Sie aus, oder klicken Sie auf das Lineal der Zeitleiste, um den Scheduler zu diesem Moment zu sehen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Paused at %1 — %2 runs next</source>
        <translation>Angehalten bei %1 — als Nächstes läuft %2</translation>
    </message>
    <message>
        <source>Runs next</source>
        <translation>Läuft als Nächstes</translation>
    </message>
    <message>
        <source>Ready queue</source>
        <translation>Ready-Queue</translation>
    </message>
    <message>
        <source>task step</source>
        <translation>Task-Schritt</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Waiters</source>
        <translation>Wartende</translation>
    </message>
    <message>
        <source>At %1 (recorded)</source>
        <translation>Bei %1 (aufgezeichnet)</translation>
    </message>
    <message>
        <source>At %1 (recorded) — %2 running</source>
        <translation>Bei %1 (aufgezeichnet) — %2 läuft</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>blocking the loop · %1</source>
        <translation>blockiert die Schleife · %1</translation>
    </message>
    <message>
        <source>callback %1</source>
        <translation>Callback %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Paused at %1 — which runs next? Pick, then step</source>
        <translation>Angehalten bei %1 — was läuft als Nächstes? Erst wählen, dann Schritt</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>your prediction: shown when you step</source>
        <translation>Ihre Vorhersage: sichtbar nach dem Schritt</translation>
    </message>
    <message>
        <source>Ready queue (by name: its order is hidden)</source>
        <translation>Ready-Queue (nach Namen: ihre Reihenfolge ist verborgen)</translation>
    </message>
</context>
<context>
    <name>Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Bewirkt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineGuide</name>
    <message>
        <source>the example run is damaged</source>
        <translation>der Beispiellauf ist beschädigt</translation>
    </message>
    <message>
        <source>## How to read the timeline

The timeline draws a real run of a program: time runs left to right, and every row is
something that can run. Above is a real one — three downloads started together with
`asyncio.gather`, on the virtual clock — as you would see it after pressing F5.

### Rows

The top row is **the event loop** itself: grey *waiting in select()* while nothing is ready,
coloured while it runs a task&apos;s step or a callback. Under it comes **one row per task**, each
nested under the task that created it: here `main`, then the three downloads it started.
Worker threads (`run_in_executor`, `asyncio.to_thread`) get rows of their own.

### States

A task is in one state at a time, and the colour says which (the legend under the timeline
names them all; hover over a bar for its times):

- **running** — its code is executing on the loop&apos;s one thread. Nothing else runs meanwhile.
- **ready** (hatched) — woken, waiting for the loop to get to it.
- **sleep**, **lock**, **queue**, **I/O**, **task** — suspended at an `await`, on a timer, a
  lock, a queue, a socket, another task; the bar&apos;s label says on what.
- **done** ● or **failed** ◆ — where its coroutine ended.

### Arrows and prints

An arrow into a row shows **what woke that task**: the timer of its sleep, the task it
awaited, the lock someone released (in a busy run, only the selected task&apos;s). A small speech bubble
(*print* in the legend) marks a line the task printed; the Output panel lists every line with
its time and task, and a click on one brings you here. Where many marks fall on one spot, a
black disc counts them: click it to zoom in.

### Reading this run

`main` runs first and creates the three downloads. Each one runs for a moment, reaches
`await asyncio.sleep(1)` and sleeps — three sleep bars **side by side**, not one after
another. For a second nothing is ready and the loop waits in select(). Then the timer wakes the
downloads one by one: each is ready for an instant, runs, prints and ends; the gather wakes
`main`, which prints the total — **1 s, not 3**.

### Any moment of the run

Click the ruler (or press `,` and `.`) to put the **time cursor** on a moment: every row shows
its state then, and the Scheduler and the **loop machine** beside the timeline show the loop as
it was at that moment — the task running, the ready queue in order, the timers by deadline and
what each will wake, the tasks waiting on each lock or queue. Click a bar to read its whole
story in the Inspector: what it awaited, on which line, and what woke it.

`Ctrl+wheel` zooms, `0` fits the whole run, `F1` lists every key.
</source>
        <translation>## So lesen Sie die Zeitleiste

Die Zeitleiste zeichnet einen echten Lauf eines Programms: Die Zeit läuft von links nach rechts,
und jede Zeile ist etwas, das laufen kann. Oben sehen Sie einen echten Lauf — drei Downloads,
gemeinsam mit `asyncio.gather` gestartet, auf der virtuellen Uhr — so, wie Sie ihn nach F5 sähen.

### Zeilen

Die oberste Zeile ist **die Event-Loop** selbst: grau *wartet in select()*, solange nichts bereit
ist, farbig, während sie den Schritt eines Tasks oder einen Callback ausführt. Darunter folgt
**eine Zeile je Task**, jede unter dem Task eingerückt, der sie erzeugt hat: hier `main`, dann die
drei Downloads, die es gestartet hat. Worker-Threads (`run_in_executor`, `asyncio.to_thread`)
bekommen eigene Zeilen.

### Zustände

Ein Task ist immer in genau einem Zustand, und die Farbe sagt, in welchem (die Legende unter der
Zeitleiste nennt sie alle; fahren Sie über einen Balken, um seine Zeiten zu sehen):

- **läuft** — sein Code wird im einen Thread der Schleife ausgeführt. Sonst läuft währenddessen nichts.
- **bereit** (schraffiert) — geweckt, wartet darauf, dass die Schleife ihn erreicht.
- **sleep**, **Lock**, **Queue**, **E/A**, **Task** — an einem `await` pausiert: auf einem Timer,
  einem Lock, einer Queue, einem Socket, einem anderen Task; die Beschriftung des Balkens sagt, worauf.
- **fertig** ● oder **fehlgeschlagen** ◆ — wo seine Koroutine endete.

### Pfeile und Ausgaben

Ein Pfeil in eine Zeile zeigt, **was diesen Task geweckt hat**: den Timer seines sleep, den Task,
auf den er wartete, das Lock, das jemand freigab (in einem vollen Lauf nur die des gewählten
Tasks). Eine kleine Sprechblase (*Ausgabe* in der Legende) markiert eine Zeile, die der Task
ausgab; der Bereich Ausgabe listet jede Zeile mit ihrer Zeit und ihrem Task, und ein Klick auf
eine bringt Sie hierher. Wo viele Markierungen auf eine Stelle fallen, zählt eine schwarze
Scheibe sie: Klicken Sie darauf, um hineinzuzoomen.

### Diesen Lauf lesen

`main` läuft zuerst und erzeugt die drei Downloads. Jeder läuft einen Moment, erreicht
`await asyncio.sleep(1)` und schläft — drei sleep-Balken **nebeneinander**, nicht nacheinander.
Eine Sekunde lang ist nichts bereit, und die Schleife wartet in select(). Dann weckt der Timer
die Downloads einen nach dem anderen: Jeder ist einen Augenblick bereit, läuft, gibt aus und
endet; das gather weckt `main`, das die Summe ausgibt — **1 s, nicht 3**.

### Jeder Moment des Laufs

Klicken Sie auf das Lineal (oder drücken Sie `,` und `.`), um den **Zeitcursor** auf einen Moment
zu setzen: Jede Zeile zeigt ihren Zustand zu diesem Zeitpunkt, und der Scheduler und die
**Loop-Maschine** neben der Zeitleiste zeigen die Schleife, wie sie in diesem Moment war — den
laufenden Task, die Ready-Queue in ihrer Reihenfolge, die Timer nach Fälligkeit und was jeder
wecken wird, die Tasks, die auf jedes Lock und jede Queue warten. Klicken Sie auf einen Balken,
um seine ganze Geschichte im Inspektor zu lesen: worauf er wartete, in welcher Zeile und was ihn weckte.

`Strg+Mausrad` zoomt, `0` passt den ganzen Lauf ein, `F1` listet alle Tasten.
</translation>
    </message>
    <message>
        <source>How to read the timeline</source>
        <translation>So lesen Sie die Zeitleiste</translation>
    </message>
    <message>
        <source>(The example run could not be read.)</source>
        <translation>(Der Beispiellauf konnte nicht gelesen werden.)</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineLegend</name>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>A task step or the loop running: this code holds the loop.</source>
        <translation>Ein Task-Schritt oder die laufende Schleife: Dieser Code hält die Schleife.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Woken, in the ready queue, waiting for the loop to reach it.</source>
        <translation>Geweckt, in der Ready-Queue, wartet darauf, dass die Schleife ihn erreicht.</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sleep</translation>
    </message>
    <message>
        <source>Suspended in asyncio.sleep() until its timer.</source>
        <translation>In asyncio.sleep() bis zu seinem Timer pausiert.</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Waiting for a Lock, Semaphore, Condition or Event (cross-hatched).</source>
        <translation>Wartet auf ein Lock, einen Semaphor, eine Condition oder ein Event (kreuzschraffiert).</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Waiting on an asyncio.Queue (striped).</source>
        <translation>Wartet auf eine asyncio.Queue (gestreift).</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>E/A</translation>
    </message>
    <message>
        <source>Waiting for a socket or pipe (dotted).</source>
        <translation>Wartet auf einen Socket oder eine Pipe (gepunktet).</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Awaiting another task, a gather or a future.</source>
        <translation>Wartet auf einen anderen Task, ein gather oder ein Future.</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>A job on a worker thread (run_in_executor, to_thread).</source>
        <translation>Ein Auftrag in einem Worker-Thread (run_in_executor, to_thread).</translation>
    </message>
    <message>
        <source>select()</source>
        <translation>select()</translation>
    </message>
    <message>
        <source>The loop waiting in select() for I/O or the next timer.</source>
        <translation>Die Schleife wartet in select() auf Ein-/Ausgabe oder den nächsten Timer.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>The task finished (a disc with a tick).</source>
        <translation>Der Task ist fertig (ein Kreis mit Haken).</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The task raised an exception (a diamond).</source>
        <translation>Der Task hat eine Exception ausgelöst (eine Raute).</translation>
    </message>
    <message>
        <source>print</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>A line the program printed, on the lane of the task that printed it.</source>
        <translation>Eine Zeile, die das Programm ausgab, auf der Spur des Tasks, der sie ausgab.</translation>
    </message>
    <message>
        <source>wakes</source>
        <translation>weckt</translation>
    </message>
    <message>
        <source>A wake-up: who made a task ready (a timer, I/O, another task).</source>
        <translation>Ein Wecken: wer einen Task bereit gemacht hat (ein Timer, Ein-/Ausgabe, ein anderer Task).</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>A step that held the loop past the threshold: nothing else ran.</source>
        <translation>Ein Schritt, der die Schleife über die Schwelle hinaus festhielt: nichts anderes lief.</translation>
    </message>
    <message>
        <source>events at one spot</source>
        <translation>Ereignisse an einer Stelle</translation>
    </message>
    <message>
        <source>A count of steps, wake-ups and prints drawn on one pixel at this zoom: click it to zoom in, or press S for the step axis.</source>
        <translation>Die Zahl der Schritte, Weckrufe und Ausgaben, die bei diesem Zoom auf ein Pixel fallen: Klicken Sie zum Hineinzoomen oder drücken Sie S für die Schrittachse.</translation>
    </message>
</context>
<context>
    <name>Ui::TimelineView</name>
    <message>
        <source>Run a program (F5) or open a recording to see its timeline.</source>
        <translation>Führen Sie ein Programm aus (F5) oder öffnen Sie eine Aufzeichnung, um die Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>No event loop ran. The Output below says why.</source>
        <translation>Es lief keine Event-Loop. Die Ausgabe unten sagt, warum.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of the library&apos;s own tasks (not your program&apos;s)&lt;br/&gt;%3 running at %4, at most %5 at once&lt;br/&gt;%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 der eigenen Tasks der Bibliothek (nicht die Ihres Programms)&lt;br/&gt;%3 laufen bei %4, höchstens %5 gleichzeitig&lt;br/&gt;%6</translation>
    </message>
    <message>
        <source>Click to fold them into this row.</source>
        <translation>Klicken, um sie in diese Zeile einzuklappen.</translation>
    </message>
    <message>
        <source>Click to show their lanes.</source>
        <translation>Klicken, um ihre Spuren zu zeigen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time axis (S): each span as long as it took.</source>
        <translation>Zeitachse (S): jeder Abschnitt so lang, wie er dauerte.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step axis (S): every task step and callback the loop ran, equally wide and in the order it ran them; the waits between them drawn short. The ruler shows the loop&apos;s iterations and each step&apos;s time.</source>
        <translation>Schrittachse (S): jeder Task-Schritt und Callback, den die Schleife ausführte, gleich breit und in ihrer Reihenfolge; die Wartezeiten dazwischen kurz gezeichnet. Das Lineal zeigt die Iterationen der Schleife und die Zeit jedes Schritts.</translation>
    </message>
    <message>
        <source>Filter lanes: name, coroutine or state (/)</source>
        <translation>Filtern: Name, Koroutine, Zustand (/)</translation>
    </message>
    <message>
        <source>Shows only the lanes whose name, coroutine or file contain every word, or whose state is one of them (done, failed, cancelled, pending), with the tasks that created them.</source>
        <translation>Zeigt nur die Spuren, deren Name, Koroutine oder Datei jedes Wort enthält oder deren Zustand eines davon ist (done, failed, cancelled, pending), mit den Tasks, die sie erzeugt haben.</translation>
    </message>
    <message>
        <source>Filter lanes</source>
        <translation>Spuren filtern</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Counter tracks: how many tasks run, are ready, sleep, wait on I/O, on a lock or queue, or await another task, over time.</source>
        <translation>Zählerspuren: wie viele Tasks im Lauf der Zeit laufen, bereit sind, schlafen, auf Ein-/Ausgabe, ein Lock oder eine Queue warten oder auf einen anderen Task warten.</translation>
    </message>
    <message>
        <source>%1 of %2 lanes</source>
        <translation>%1 von %2 Spuren</translation>
    </message>
    <message>
        <source>Time since the program started. Click the ruler to put the time cursor there.</source>
        <translation>Zeit seit dem Programmstart. Ein Klick aufs Lineal setzt den Zeitcursor dorthin.</translation>
    </message>
    <message>
        <source>a callback</source>
        <translation>ein Callback</translation>
    </message>
    <message>
        <source>callback %1</source>
        <translation>Callback %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step %1 of %2&lt;/b&gt;: %3&lt;br/&gt;at %4, ran %5</source>
        <translation>&lt;b&gt;Schritt %1 von %2&lt;/b&gt;: %3&lt;br/&gt;bei %4, lief %5</translation>
    </message>
    <message>
        <source>The time under the pointer. Click the ruler to put the time cursor there.</source>
        <translation>Die Zeit unter dem Mauszeiger. Ein Klick aufs Lineal setzt den Zeitcursor dorthin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The time cursor&lt;/b&gt; at %1: each task lane shows its state here.&lt;br/&gt;Drag it, or press , and . for the previous / next event; Esc removes it.</source>
        <translation>&lt;b&gt;Der Zeitcursor&lt;/b&gt; bei %1: Jede Task-Spur zeigt hier ihren Zustand.&lt;br/&gt;Ziehen Sie ihn, oder drücken Sie , und . für das vorherige / nächste Ereignis; Esc entfernt ihn.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Loop iteration %1&lt;/b&gt; at %2&lt;br/&gt;select() waited %3, then the loop ran %n step(s) and callback(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Schleifen-Iteration %1&lt;/b&gt; bei %2&lt;br/&gt;select() wartete %3, dann führte die Schleife %n Schritt oder Callback aus</numerusform>
            <numerusform>&lt;b&gt;Schleifen-Iteration %1&lt;/b&gt; bei %2&lt;br/&gt;select() wartete %3, dann führte die Schleife %n Schritte und Callbacks aus</numerusform>
        </translation>
    </message>
    <message>
        <source>outside any task</source>
        <translation>außerhalb jedes Tasks</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; printed by %2 at %3&lt;br/&gt;&lt;code&gt;%4&lt;/code&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2 bei %3&lt;br/&gt;&lt;code&gt;%4&lt;/code&gt;</translation>
    </message>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <source>print</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wake-up&lt;/b&gt; at %1&lt;br/&gt;%2 woke &lt;b&gt;%3&lt;/b&gt;: it goes into the ready queue and runs when the loop reaches it</source>
        <translation>&lt;b&gt;Wecken&lt;/b&gt; bei %1&lt;br/&gt;%2 weckte &lt;b&gt;%3&lt;/b&gt;: Er kommt in die Ready-Queue und läuft, wenn die Schleife ihn erreicht</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>ein Task</translation>
    </message>
    <message>
        <source> at &lt;code&gt;%1:%2&lt;/code&gt; in &lt;code&gt;%3&lt;/code&gt;</source>
        <translation> bei &lt;code&gt;%1:%2&lt;/code&gt; in &lt;code&gt;%3&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The loop was blocked for %1%2&lt;/b&gt; from %3&lt;br/&gt;by %4%5: no other task or callback could run meanwhile.&lt;br/&gt;Click to select the step.</source>
        <translation>&lt;b&gt;Die Schleife war %1%2 blockiert&lt;/b&gt; ab %3&lt;br/&gt;durch %4%5: Kein anderer Task und kein Callback konnte währenddessen laufen.&lt;br/&gt;Klicken, um den Schritt auszuwählen.</translation>
    </message>
    <message>
        <source> so far</source>
        <translation> bisher</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) or callback(s)</source>
        <translation>
            <numerusform>%n Schritt oder Callback</numerusform>
            <numerusform>%n Schritte oder Callbacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wake-up(s)</source>
        <translation>
            <numerusform>%n Weckruf</numerusform>
            <numerusform>%n Weckrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n print(s)</source>
        <translation>
            <numerusform>%n Ausgabe</numerusform>
            <numerusform>%n Ausgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 events within %2&lt;/b&gt; at %3: %4.&lt;br/&gt;At this zoom they are drawn on one spot, so their order cannot be seen.&lt;br/&gt;Click to zoom in until they stand apart%5.</source>
        <translation>&lt;b&gt;%1 Ereignisse innerhalb von %2&lt;/b&gt; bei %3: %4.&lt;br/&gt;Bei diesem Zoom liegen sie auf einer Stelle, ihre Reihenfolge ist nicht zu sehen.&lt;br/&gt;Klicken Sie zum Hineinzoomen, bis sie getrennt stehen%5.</translation>
    </message>
    <message>
        <source>, or press S for the step axis</source>
        <translation>, oder drücken Sie S für die Schrittachse</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1()&lt;/b&gt;: a coroutine frame of %2&lt;br/&gt;&lt;code&gt;%3:%4&lt;/code&gt;&lt;br/&gt;on the task&apos;s stack from %5 to %6 (%7)</source>
        <translation>&lt;b&gt;%1()&lt;/b&gt;: ein Koroutinen-Frame von %2&lt;br/&gt;&lt;code&gt;%3:%4&lt;/code&gt;&lt;br/&gt;auf dem Stack des Tasks von %5 bis %6 (%7)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2 %3&lt;/b&gt; at %4&lt;br/&gt;at most %5 at once in the run%6</source>
        <translation>&lt;b&gt;%1 %2 %3&lt;/b&gt; bei %4&lt;br/&gt;höchstens %5 gleichzeitig im Lauf%6</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source> (of the lanes the filter keeps)</source>
        <translation> (der Spuren, die der Filter behält)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting on a %1</source>
        <translation>wartet (%1)</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>wartet: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>the loop runs steps</source>
        <translation>die Schleife führt Schritte aus</translation>
    </message>
    <message>
        <source>the loop waits in select()</source>
        <translation>die Schleife wartet in select()</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>%1 at %2, for %3</source>
        <translation>%1 bei %2, %3 lang</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>Tasks von %1</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>bei %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>task, created at %1, ran %n steps</source>
        <translation>
            <numerusform>Task, erzeugt bei %1, %n Schritt ausgeführt</numerusform>
            <numerusform>Task, erzeugt bei %1, %n Schritte ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 at %2</source>
        <translation>, %1 bei %2</translation>
    </message>
    <message>
        <source>, created by %1</source>
        <translation>, erzeugt von %1</translation>
    </message>
    <message>
        <source>the event loop: what it runs and when it waits in select()</source>
        <translation>die Event-Loop: was sie ausführt und wann sie in select() wartet</translation>
    </message>
    <message>
        <source>a worker thread and the jobs it ran</source>
        <translation>ein Worker-Thread und die Aufträge, die er ausführte</translation>
    </message>
    <message numerus="yes">
        <source>%n lanes</source>
        <translation>
            <numerusform>%n Spur</numerusform>
            <numerusform>%n Spuren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n steps the loop ran</source>
        <translation>
            <numerusform>, %n von der Schleife ausgeführter Schritt</numerusform>
            <numerusform>, %n von der Schleife ausgeführte Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>. Time cursor at %1</source>
        <translation>. Zeitcursor bei %1</translation>
    </message>
    <message>
        <source>nothing runs</source>
        <translation>nichts läuft</translation>
    </message>
    <message>
        <source>Timeline controls</source>
        <translation>Steuerelemente der Zeitleiste</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ui::UiZoom</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>text, code, the timeline and the panels together</source>
        <translation>Text, Code, Zeitleiste und Bereiche gemeinsam</translation>
    </message>
    <message>
        <source>Larger %1</source>
        <translation>%1 größer</translation>
    </message>
    <message>
        <source>Smaller %1</source>
        <translation>%1 kleiner</translation>
    </message>
    <message>
        <source>Back to 100 %</source>
        <translation>Zurück auf 100 %</translation>
    </message>
</context>
</TS>
