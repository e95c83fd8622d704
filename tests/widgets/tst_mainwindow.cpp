// End to end through the window with the real interpreter: a gather example's lanes appear
// while it runs, Stop ends a runaway program within a second, the trace exports as valid
// Chrome JSON, and a saved recording replays without Python. And what a new learner meets:
// unique keys and menu letters, room for every column at common window sizes, the first
// example in the editor, and a missing interpreter that says where to choose another.
#include "codeeditor.h"
#include "exercisepanel.h"
#include "lesson.h"
#include "lessonview.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "outputconsole.h"
#include "runsession.h"
#include "timelineview.h"
#include "tracemodel.h"

#include "isolatedsettings.h"
#include "menuletters.h"

#include <QAction>
#include <QApplication>
#include <QTableWidget>
#include <QDockWidget>
#include <QScopeGuard>
#include <QSettings>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ui;

namespace {

const char kGather[] = R"(import asyncio

async def nap(n):
    await asyncio.sleep(n)
    print("slept", n)
    return n

async def main():
    print(await asyncio.gather(nap(0.3), nap(0.6), nap(0.9)))

asyncio.run(main())
)";

const char kRunaway[] = R"(import asyncio

async def spin():
    while True:
        await asyncio.sleep(0)

asyncio.run(spin())
)";

int taskLanes(const Core::TraceModel *model)
{
    int n = 0;
    for (int lane = 0; model && lane < model->laneCount(); ++lane)
        n += model->lane(lane).kind == Core::LaneKind::Task;
    return n;
}

} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_mainwindow"));
    }

    void gatherRunShowsLanesAndExports()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setProgramText(QString::fromUtf8(kGather), QStringLiteral("gather.py"));
        window.setVirtualClock(false); // real seconds, to see the lanes while it runs
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        QVERIFY(window.isRunning());
        // Lanes appear while the program still runs (the naps take 0.9 s).
        QTRY_VERIFY_WITH_TIMEOUT(taskLanes(window.model()) >= 4, 20000);
        QVERIFY(window.isRunning() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto result = finished.at(0).at(0).value<Core::RunResult>();
        QCOMPARE(result.status, Core::RunStatus::Ok);
        QCOMPARE(taskLanes(window.model()), 4); // main + three naps
        // The timeline's rows follow the model at the next coalesced refresh, not at once.
        QTRY_COMPARE_WITH_TIMEOUT(window.timeline()->rows().lanes.size(),
                                  std::size_t(window.model()->laneCount()), 5000);
        QVERIFY(window.model()->output().size() >= 4);

        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("trace.json"));
        QVERIFY(window.exportChromeTrace(json));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray events = doc.isArray() ? doc.array()
                                                : doc.object().value(QStringLiteral("traceEvents")).toArray();
        QVERIFY(events.size() > 10);

        // The run's recording replays without Python, with the same lanes.
        const QString recording = dir.filePath(QStringLiteral("run.lstrace"));
        QVERIFY(window.saveRecording(recording));
        const int lanes = window.model()->laneCount();
        QVERIFY(window.openRecording(recording));
        QCOMPARE(window.model()->laneCount(), lanes);
        QCOMPARE(taskLanes(window.model()), 4);
    }

    // A key bound twice does nothing at all in Qt ("Ambiguous shortcut"), and a shared Alt
    // letter in a menu reaches only the first entry.
    void everyShortcutAndMenuLetterIsUnique()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMap<QString, QStringList> byKey;
        for (QAction *a : window.findChildren<QAction *>())
            for (const QKeySequence &key : a->shortcuts())
                byKey[key.toString()] << a->text();
        for (QShortcut *s : window.findChildren<QShortcut *>())
            for (const QKeySequence &key : s->keys())
                byKey[key.toString()] << s->parent()->objectName() + QStringLiteral(" shortcut");
        QStringList clashes;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
            if (it.value().size() > 1)
                clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        QVERIFY(byKey.size() >= 15); // the collection saw the window's keys

        QVERIFY(window.menuBar()->actions().size() >= 3);
        clashes = mnemonicClashes(QStringLiteral("menu bar"), window.menuBar()->actions());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void f1ListsEveryKeyFromTheActionsThemselves()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog *>()) != nullptr);
        const QTableWidget *table = dialog->table();
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows << table->item(r, 0)->text() + QLatin1Char('=') + table->item(r, 1)->text();
        const QString all = rows.join(QLatin1Char('\n'));
        // Window keys come from the QActions (menu text without its '&'), then the timeline's.
        QVERIFY2(rows.contains(QStringLiteral("F5=Run")), qPrintable(all));
        QVERIFY2(rows.contains(QStringLiteral("F10=Step")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Ctrl+← / Ctrl+→=")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("F1=Keyboard Shortcuts")), qPrintable(all));
        dialog->close();
    }

    void firstStartLeavesEveryColumnRoom_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    // A new learner's window: the course outline, the lesson and the inspector are readable
    // and the timeline between them still has room to show a run.
    void firstStartLeavesEveryColumnRoom()
    {
        QFETCH(QSize, size);
        QSettings().clear(); // no saved layout: the window's default dock sizes apply
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), size);
        auto dockWidth = [&](const char *name) {
            auto *dock = window.findChild<QDockWidget *>(QLatin1String(name));
            return dock ? dock->width() : 0;
        };
        QTRY_VERIFY(dockWidth("lessonDock") >= 340);
        QVERIFY2(dockWidth("editorDock") >= 340,
                 qPrintable(QString::number(dockWidth("editorDock"))));
        const int timeline = window.timeline()->width();
        QVERIFY2(timeline >= size.width() * 35 / 100, qPrintable(QString::number(timeline)));
    }

    // Making the window narrower takes room from the side columns too, not only from the
    // timeline in the middle.
    void narrowingTheWindowKeepsTheTimelineRoom()
    {
        QSettings().clear();
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), QSize(1600, 1000));
        QTest::qWait(50);
        window.resize(1150, 800);
        QTRY_COMPARE(window.size(), QSize(1150, 800));
        QTest::qWait(50);
        const int timeline = window.timeline()->width();
        QVERIFY2(timeline >= 1150 * 30 / 100, qPrintable(QString::number(timeline)));
        auto *lesson = window.findChild<QDockWidget *>(QStringLiteral("lessonDock"));
        QVERIFY(lesson && lesson->width() >= 300);
    }

    // The first lesson says "run it": the editor holds that very example, so F5 runs it.
    void newLearnersEditorHoldsTheFirstExample()
    {
        QSettings().clear();
        MainWindow window;
        const Lessons::Lesson *lesson = window.lessonView()->lesson();
        QVERIFY(lesson);
        const QString exampleId = lesson->steps.at(window.lessonView()->step()).examples.value(0);
        const Lessons::Example *example = lesson->example(exampleId);
        QVERIFY(example);
        QFile source(example->path);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE(window.editor()->text(), QString::fromUtf8(source.readAll()));
    }

    // A run that cannot start says why and where to fix it; the timeline does not pretend.
    void missingInterpreterPointsToTheInterpreterMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setPython(QStringLiteral("/nonexistent/python3.99"));
        const auto restore = qScopeGuard([&] { window.setPython({}); }); // it is remembered
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!finished.at(0).at(0).value<Core::RunResult>().started);
        const QString notice = window.console()->notice();
        QVERIFY2(notice.contains(QStringLiteral("/nonexistent/python3.99"))
                         && notice.contains(QStringLiteral("Run ▸ Interpreter")),
                 qPrintable(notice));
    }

    void stopEndsARunawayWithinASecond()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setProgramText(QString::fromUtf8(kRunaway), QStringLiteral("spin.py"));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        QTRY_VERIFY_WITH_TIMEOUT(window.model() && window.model()->recordCount() > 1000, 20000);
        QVERIFY(window.isRunning());
        QElapsedTimer clock;
        clock.start();
        window.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        const qint64 ms = clock.elapsed();
        qInfo("stopped after %lld ms", ms);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
        QCOMPARE(finished.at(0).at(0).value<Core::RunResult>().status, Core::RunStatus::Stopped);
        QVERIFY(!window.isRunning());
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
