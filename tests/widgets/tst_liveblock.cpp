// A program that blocks the loop for a second, run through the window with the real
// interpreter: while time.sleep(1.0) still runs, the editor carries the inline note on that
// line with the time so far, the task's lane is Running and the inspector says "running" with
// the line; once the step ends, the note gives the whole duration.
#include "codeeditor.h"
#include "inspector.h"
#include "mainwindow.h"
#include "tracemodel.h"

#include "isolatedsettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ui;

namespace {

const char kBlocking[] = R"(import asyncio
import time


async def main():
    await asyncio.sleep(0)
    print("blocking", flush=True)
    time.sleep(1.0)  # the whole loop waits here
    print("done")


asyncio.run(main())
)";
constexpr int kSleepLine = 8;

} // namespace

class TstLiveBlock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_liveblock"));
    }

    void blockedLineIsCalledOutWhileItRuns()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setProgramText(QString::fromUtf8(kBlocking), QStringLiteral("blocking.py"));
        window.setStepMode(false);
        window.setVirtualClock(false);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        CodeEditor *editor = window.editor();
        QTRY_VERIFY_WITH_TIMEOUT(editor->blockedNoteLine() == kSleepLine || !finished.isEmpty(),
                                 20000);
        QVERIFY2(finished.isEmpty(), "the note came only after the run");
        QVERIFY(window.isRunning());
        QVERIFY2(editor->blockedNote().contains(QStringLiteral("so far")),
                 qPrintable(editor->blockedNote()));
        QCOMPARE(editor->blockedLine(), kSleepLine);

        // The task's lane ends in an open Running span, and the inspector on it says so.
        const Core::TraceModel *model = window.model();
        const Core::TaskInfo *main = nullptr;
        for (const Core::TaskInfo &t : model->tasks())
            if (t.coro == QLatin1String("main"))
                main = &t;
        QVERIFY(main);
        const Core::Span &last = model->span(main->lane, model->spanCount(main->lane) - 1);
        QCOMPARE(model->spanType(last.typeId).kind, Core::SpanKind::Running);
        QVERIFY(last.isOpen());
        window.inspector()->showSelection(main->lane, -1);
        const QString page = window.inspector()->plainText();
        QVERIFY2(page.contains(QStringLiteral("State\nrunning")), qPrintable(page));
        QVERIFY2(page.contains(QStringLiteral("blocking.py:%1").arg(kSleepLine)), qPrintable(page));

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(editor->blockedNoteLine(), kSleepLine);
        QVERIFY2(editor->blockedNote().startsWith(QStringLiteral("blocked the loop 1.")),
                 qPrintable(editor->blockedNote()));
        QVERIFY2(!editor->blockedNote().contains(QStringLiteral("so far")),
                 qPrintable(editor->blockedNote()));
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TstLiveBlock)
#include "tst_liveblock.moc"
