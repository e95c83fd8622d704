// After a crash or a kill the next start says so and the learner's work is back: the real
// executable is killed (SIGKILL) while a learner types, and started again. Also: the session
// lock tells a clean end, a dead session and a second window apart, and a run's recording is
// kept where the crash card points.
#include "crashnotice.h"
#include "mainwindow.h"
#include "recordingreader.h"
#include "sessionguard.h"
#include "tracemodel.h"

#include "isolatedsettings.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ui;

namespace
{

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The real executable with a home of its own, offscreen, with the test hooks
// (widgets/testhooks.h) set in `hooks`.
struct App {
    QProcess process;
    QByteArray err;

    App(const QString &home, const QStringList &hooks)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("LOOPSCOPE_TEST_TYPE"));
        env.remove(QStringLiteral("LOOPSCOPE_TEST_REPORT"));
        for (const QString &hook : hooks)
            env.insert(hook.section(QLatin1Char('='), 0, 0), hook.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(home);
        QObject::connect(&process, &QProcess::readyReadStandardError,
            [this] { err += process.readAllStandardError(); });
        process.start(QStringLiteral(LOOPSCOPE_BINARY), {});
    }
    ~App()
    {
        process.kill();
        process.waitForFinished();
    }

    // The value of "loopscope-test: KEY VALUE" once printed; null until then.
    QString reported(const QString &key) const
    {
        const QString prefix = QStringLiteral("loopscope-test: ") + key + QLatin1Char(' ');
        for (const QString &line : QString::fromUtf8(err).split(QLatin1Char('\n')))
            if (line.startsWith(prefix))
                return line.mid(prefix.size());
        return {};
    }
    QString reportedText() const
    {
        const QByteArray json = '[' + reported(QStringLiteral("text")).toUtf8() + ']';
        return QJsonDocument::fromJson(json).array().at(0).toString();
    }
};

} // namespace

class TestCrashRestore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_crashrestore"));
    }

    void theLockTellsACleanEndADeadSessionAndASecondWindowApart()
    {
        QTemporaryDir dir;
        {
            const SessionGuard first(dir.path());
            QVERIFY(first.isPrimary());
            QVERIFY(!first.previousEndedUncleanly());
            QVERIFY(!first.lastRunRecording().isEmpty());
            const SessionGuard second(dir.path()); // another window while the first runs
            QVERIFY(!second.isPrimary());
            QVERIFY(!second.previousEndedUncleanly());
            QVERIFY(second.lastRunRecording().isEmpty());
        }
        {
            const SessionGuard afterCleanEnd(dir.path());
            QVERIFY(afterCleanEnd.isPrimary());
            QVERIFY(!afterCleanEnd.previousEndedUncleanly());
        }
        // A session whose process is gone left its lock and its last run's recording.
        QProcess gone;
        gone.start(QStringLiteral("/bin/true"), {});
        QVERIFY(gone.waitForFinished());
        const qint64 deadPid = gone.processId() ? gone.processId() : 2147483000;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("running.lock")),
            QByteArray::number(deadPid) + "\nloopscope\n\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("last-run/last-run.lstrace")), "RUN"));
        const SessionGuard afterCrash(dir.path());
        QVERIFY(afterCrash.isPrimary());
        QVERIFY(afterCrash.previousEndedUncleanly());
        // Moved aside, so this session's first run does not replace it.
        QCOMPARE(readFile(afterCrash.crashedRunRecording()), QByteArray("RUN"));
        QVERIFY(!QFile::exists(afterCrash.lastRunRecording()));
    }

    void aRunIsRecordedWhereTheCrashCardPoints()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("last-run.lstrace"));
        MainWindow window;
        window.keepLastRun(file);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setProgramText(QStringLiteral("import asyncio\n\nasync def main():\n"
                                             "    await asyncio.sleep(0.01)\n    print('hi')\n\n"
                                             "asyncio.run(main())\n"),
            QStringLiteral("hi.py"));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        Core::TraceModel replay;
        QString problem;
        QCOMPARE(Core::RecordingReader::read(file, replay, &problem),
            Core::RecordingReader::Result::Read);
        QVERIFY2(!replay.tasks().empty(), qPrintable(problem));

        window.showCrashNotice(dir.path(), true);
        CrashNotice *card = window.crashNotice();
        QVERIFY(card && card->isVisible());
        QVERIFY(card->textLabel()->text().contains(QLatin1String("did not close properly")));
        QVERIFY(card->textLabel()->text().contains(dir.path()));
        QVERIFY(card->folderButton()->isVisible());
        card->dismissButton()->click();
        QVERIFY(!card->isVisible());
    }

    // Typing into a lesson's example, killed with SIGKILL mid-word, started again: the text up
    // to the last autosave is back, whole (drafts are replaced atomically), and the card shows.
    void killedWhileTypingComesBackWithTheTextAndSaysSo()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QString typed = QStringLiteral("# typed before the crash:");
        while (typed.size() < 300)
            typed += QStringLiteral(" and more");
        QString original;
        QString program;
        QString draftPath;
        QByteArray draft;
        {
            App app(home.path(),
                { QStringLiteral("LOOPSCOPE_TEST_TYPE=") + typed,
                    QStringLiteral("LOOPSCOPE_TEST_REPORT=1") });
            QVERIFY(app.process.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(!app.reported(QStringLiteral("program")).isEmpty(), 60000);
            program = app.reported(QStringLiteral("program"));
            original = app.reportedText();
            QVERIFY(!original.isEmpty());
            QVERIFY(!app.err.contains("did not close properly")); // a first start
            // Wait until a draft holds some of the typing, then kill while it goes on.
            const QString examples = home.filePath(QStringLiteral("data/Loopscope/Loopscope/examples"));
            const auto draftHasTyping = [&] {
                QDirIterator it(examples, { program }, QDir::Files, QDirIterator::Subdirectories);
                if (!it.hasNext())
                    return false;
                draftPath = it.next();
                return readFile(draftPath).startsWith(typed.left(40).toUtf8());
            };
            QTRY_VERIFY_WITH_TIMEOUT(draftHasTyping(), 60000);
            app.process.kill(); // SIGKILL: no handler, no clean-up
            QVERIFY(app.process.waitForFinished());
            QCOMPARE(app.process.exitStatus(), QProcess::CrashExit);
            draft = readFile(draftPath);
        }
        // Whole: what was typed up to some key, then the example, never a torn file.
        const QString saved = QString::fromUtf8(draft);
        QVERIFY2(saved.endsWith(original), qPrintable(saved.left(400)));
        const qsizetype keys = saved.size() - original.size();
        QCOMPARE(saved.left(keys), typed.left(keys));
        QVERIFY2(keys >= 40 && keys < typed.size(), qPrintable(QString::number(keys))); // mid-edit

        App again(home.path(), { QStringLiteral("LOOPSCOPE_TEST_REPORT=1") });
        QVERIFY(again.process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!again.reported(QStringLiteral("crash-notice")).isEmpty(), 60000);
        QVERIFY2(again.err.contains("did not close properly"), again.err.constData());
        QCOMPARE(again.reported(QStringLiteral("crash-notice")), QStringLiteral("shown"));
        QCOMPARE(again.reported(QStringLiteral("program")), program);
        QCOMPARE(again.reportedText(), saved);
    }
};

QTEST_MAIN(TestCrashRestore)
#include "tst_crashrestore.moc"
