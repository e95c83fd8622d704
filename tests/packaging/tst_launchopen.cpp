// `loopscope FILE` (and a double-click on a recording or a .py through the desktop file) puts
// the file into the window: a recording made by `loopscope trace --record` replays on the
// timeline with its program in the editor, without Python; a program opens in the editor as
// the learner's file (in Open Recent); a .lstrace that is no recording says so in the window.
#include "fileactions.h"
#include "launchtarget.h"
#include "mainwindow.h"
#include "openlaunchtarget.h"
#include "outputconsole.h"
#include "programdocument.h"
#include "tracemodel.h"

#include "../widgets/isolatedsettings.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ui;
using Kind = Core::LaunchTarget::Kind;

namespace
{

const char kProgram[] = R"(import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)

async def main():
    await asyncio.gather(fetch("a", 0.05), fetch("b", 0.1))

asyncio.run(main())
)";

int taskLanes(const Core::TraceModel *model)
{
    int n = 0;
    for (int i = 0; i < model->laneCount(); ++i)
        n += model->lane(i).kind == Core::LaneKind::Task;
    return n;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class TestLaunchOpen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid() && m_dir.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_launchopen"));
    }

    void recordingReplaysInTheWindow()
    {
        const QString program = m_dir.filePath(QStringLiteral("fetch_two.py"));
        const QString recording = m_dir.filePath(QStringLiteral("fetch_two.lstrace"));
        QVERIFY(writeFile(program, kProgram));
        QProcess trace;
        trace.start(QStringLiteral(LOOPSCOPE_BINARY),
            { QStringLiteral("trace"), QStringLiteral("--record"), recording, program });
        QVERIFY(trace.waitForFinished(60000));
        QCOMPARE(trace.exitCode(), 0);

        const Core::LaunchTarget target = Core::LaunchTarget::fromArguments({ recording });
        QCOMPARE(target.kind, Kind::Recording);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openLaunchTarget(window, target));
        QVERIFY(window.model());
        QVERIFY(!window.session()); // replayed, no Python run
        QCOMPARE(taskLanes(window.model()), 3); // main and the two fetches
        // The recorded program is still on disk: the editor shows it beside its timeline.
        QCOMPARE(window.document()->text(), QString::fromUtf8(kProgram));
    }

    void programOpensInTheEditor()
    {
        const QString program = m_dir.filePath(QStringLiteral("mine.py"));
        QVERIFY(writeFile(program, "import asyncio\nprint('mine')\n"));
        const Core::LaunchTarget target = Core::LaunchTarget::fromArguments({ program });
        QCOMPARE(target.kind, Kind::Program);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openLaunchTarget(window, target));
        QCOMPARE(window.document()->kind(), ProgramDocument::Kind::File);
        QCOMPARE(window.document()->filePath(), program);
        QCOMPARE(window.document()->text(), QStringLiteral("import asyncio\nprint('mine')\n"));
        QCOMPARE(window.files()->recentFiles().value(0), program);
    }

    void brokenRecordingSaysSoInTheWindow()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.lstrace"));
        QVERIFY(writeFile(broken, "this is no trace"));
        const Core::LaunchTarget target = Core::LaunchTarget::fromArguments({ broken });
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!openLaunchTarget(window, target));
        QVERIFY(!window.model());
        QVERIFY2(window.console()->notice().contains(QLatin1String("not a Loopscope recording")),
            qPrintable(window.console()->notice()));
    }
};

QTEST_MAIN(TestLaunchOpen)
#include "tst_launchopen.moc"
