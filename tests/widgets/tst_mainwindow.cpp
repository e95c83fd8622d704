// End to end through the window with the real interpreter: a gather example's lanes appear
// while it runs, Stop ends a runaway program within a second, the trace exports as valid
// Chrome JSON, and a saved recording replays without Python.
#include "mainwindow.h"
#include "runsession.h"
#include "timelineview.h"
#include "tracemodel.h"

#include "isolatedsettings.h"

#include <QApplication>
#include <QElapsedTimer>
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
        QCOMPARE(window.timeline()->rows().lanes.size(), std::size_t(window.model()->laneCount()));
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
