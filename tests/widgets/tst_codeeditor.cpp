// The editor's inline note on the line that blocks the loop: shown under the line (not only as
// a tooltip), kept in view, updated in place while the step runs, cleared with the run.
#include "codeeditor.h"

#include <QTest>

using namespace Ui;

class TstCodeEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blockedNoteSitsUnderTheLineInView()
    {
        CodeEditor editor;
        editor.resize(600, 300);
        QStringList lines;
        for (int i = 1; i <= 200; ++i)
            lines << QStringLiteral("x%1 = %1").arg(i);
        editor.setText(lines.join(QLatin1Char('\n')));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QCOMPARE(editor.firstVisibleLine(), 0);

        editor.setBlockedNote(150, QStringLiteral("blocked the loop 120 ms here (so far)"));
        QCOMPARE(editor.blockedNoteLine(), 150);
        QCOMPARE(editor.annotation(149), QStringLiteral("blocked the loop 120 ms here (so far)"));
        QCOMPARE(editor.annotation(148), QString());
        const int first = editor.firstVisibleLine();
        QVERIFY2(first <= 149 && 149 < first + editor.SendScintilla(QsciScintilla::SCI_LINESONSCREEN),
                 qPrintable(QString::number(first)));

        // Live: the same step, longer, while the learner scrolled up to read: no jump back.
        editor.setFirstVisibleLine(0);
        editor.setBlockedNote(150, QStringLiteral("blocked the loop 320 ms here (so far)"));
        QCOMPARE(editor.blockedNote(), QStringLiteral("blocked the loop 320 ms here (so far)"));
        QCOMPARE(editor.firstVisibleLine(), 0);
        // Then it moved on to the next line.
        editor.setBlockedNote(151, QStringLiteral("blocked the loop 600 ms here"));
        QCOMPARE(editor.annotation(149), QString());
        QCOMPARE(editor.annotation(150), QStringLiteral("blocked the loop 600 ms here"));

        // A theme change keeps the note; a new run clears it.
        editor.setDark(true);
        QCOMPARE(editor.blockedNote(), QStringLiteral("blocked the loop 600 ms here"));
        editor.clearRunMarkers();
        QCOMPARE(editor.blockedNoteLine(), 0);
        QCOMPARE(editor.annotation(150), QString());
    }

    void noteOnALineThatIsNotThereIsIgnored()
    {
        CodeEditor editor;
        editor.setText(QStringLiteral("a = 1\nb = 2\n"));
        editor.setBlockedNote(40, QStringLiteral("blocked the loop 1 s here"));
        QCOMPARE(editor.blockedNoteLine(), 0);
        QCOMPARE(editor.blockedNote(), QString());
        editor.setBlockedNote(0, QStringLiteral("anything"));
        QCOMPARE(editor.blockedNoteLine(), 0);
    }
};

QTEST_MAIN(TstCodeEditor)
#include "tst_codeeditor.moc"
