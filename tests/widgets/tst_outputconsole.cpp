// The output console with real runs: times in a unit a learner reads (a data table), long lines
// wrapped rather than cut with "…", and when the model kept only part of a flood of output, a
// notice of how many lines were not kept and after which line.
#include "outputconsole.h"
#include "outputtablemodel.h"
#include "runsession.h"
#include "tracemodel.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Ui;

class TstOutputConsole : public QObject
{
    Q_OBJECT
private:
    // Runs `source` under the tracer to the end; the session keeps the model.
    bool run(Core::RunSession &session, const QByteArray &source)
    {
        if (!m_dir.isValid())
            return false;
        const QString path = m_dir.filePath(QStringLiteral("prog.py"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(source) < 0)
            return false;
        f.close();
        Core::RunRequest request;
        request.program = path;
        request.workingDirectory = m_dir.path();
        QSignalSpy finished(&session, &Core::RunSession::finished);
        session.start(request);
        return finished.wait(60000) && session.result().status == Core::RunStatus::Ok;
    }

private Q_SLOTS:
    void outputTime_data()
    {
        QTest::addColumn<qint64>("ns");
        QTest::addColumn<qint64>("run");
        QTest::addColumn<QString>("text");
        // A quick run reads in milliseconds; a longer one in seconds to the millisecond.
        QTest::newRow("quick run") << qint64(1'234'567) << qint64(50'000'000) << "1.23 ms";
        QTest::newRow("start of a quick run") << qint64(0) << qint64(5'000'000) << "0.00 ms";
        QTest::newRow("seconds") << qint64(1'002'345'678) << qint64(3'000'000'000) << "1.002 s";
        QTest::newRow("early line of a long run")
                << qint64(62'000'000) << qint64(3'000'000'000) << "0.062 s";
        QTest::newRow("just a tenth") << qint64(99'999) << qint64(100'000'000) << "0.000 s";
        QTest::newRow("minutes") << qint64(125'500'000'000) << qint64(130'000'000'000)
                                 << "125.500 s";
    }

    void outputTime()
    {
        QFETCH(qint64, ns);
        QFETCH(qint64, run);
        QFETCH(QString, text);
        QCOMPARE(Ui::outputTime(ns, run), text);
    }

    void droppedLinesAreCountedAndPlaced()
    {
        Core::RunSession session;
        session.model().setOutputLimits(50, 1 << 20); // the window keeps 200,000
        QVERIFY(run(session, "for i in range(120):\n    print('line', i)\n"));
        OutputConsole console;
        console.setModel(&session.model());
        QCOMPARE(console.lineCount(), 50);
        const QString notice = console.dropNotice();
        QVERIFY2(notice.contains(QStringLiteral("Output stopped at line 50"))
                         && notice.contains(QStringLiteral("70 more lines were not kept")),
                 qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral(" ms)")) || notice.contains(QStringLiteral(" s)")));
        auto *label = console.findChild<QLabel *>(QStringLiteral("dropNotice"));
        QVERIFY(label && !label->isHidden());

        // A run that kept every line says nothing.
        Core::RunSession quiet;
        QVERIFY(run(quiet, "print('one line')\n"));
        console.setModel(&quiet.model());
        QVERIFY(console.dropNotice().isEmpty());
        QVERIFY(label->isHidden());
    }

    void longLinesWrapInsteadOfBeingCut()
    {
        Core::RunSession session;
        const QByteArray payoff = "total 1.0 s: the three downloads overlapped, so the program "
                                  "took as long as the longest wait and not the sum of all "
                                  "three of them, which is the point of this lesson";
        QVERIFY(run(session, "print('short')\nprint('" + payoff + "')\n"));
        OutputConsole console;
        console.resize(520, 300);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        console.setModel(&session.model());
        QTableView *view = console.view();
        QTRY_VERIFY(view->rowHeight(1) >= 2 * view->rowHeight(0));
        QCOMPARE(view->model()->index(1, OutputTableModel::Text).data().toString(),
                 QString::fromUtf8(payoff));
        // Selecting a line shows it whole, too (past the wrap limit rows stay one line high).
        view->selectRow(1);
        QVERIFY(console.shownLine().endsWith(QString::fromUtf8(payoff)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstOutputConsole)
#include "tst_outputconsole.moc"
