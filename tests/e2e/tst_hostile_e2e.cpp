// The built `loopscope` against input that attacks it: forged records from the program
// itself, damaged recordings, odd option values. The host must end, within its exit-status
// contract, without allocating without bound, and say what happened.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <sys/resource.h>

namespace {

// Far more than the host needs (~100 MB), far less than what unbounded id tables would take.
constexpr rlim_t kAddressSpaceLimit = rlim_t(3) << 30;

struct HostRun {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out, err;
    qint64 elapsedMs = 0;
};

QString hostileProgram(const QString &name)
{
    return QStringLiteral(LOOPSCOPE_TEST_DATA "/programs/hostile/") + name;
}

QString fixtureCatalog()
{
    return QStringLiteral(LOOPSCOPE_TEST_DATA "/fixtures/catalog");
}

// Runs loopscope with its address space limited, so a host that allocates by a forged id
// fails here (std::bad_alloc, exit 134) instead of taking the machine's memory.
HostRun runHost(const QStringList &args, int timeoutMs = 60000,
                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    HostRun run;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([] {
        const rlimit limit{kAddressSpaceLimit, kAddressSpaceLimit};
        ::setrlimit(RLIMIT_AS, &limit);
    });
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [&] { run.out += process.readAllStandardOutput(); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process,
                     [&] { run.err += process.readAllStandardError(); });
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(LOOPSCOPE_BINARY), args);
    if (!process.waitForStarted())
        return run;
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    run.elapsedMs = clock.elapsed();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        run.exitCode = -2; // hung
        return run;
    }
    run.out += process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    return run;
}

QString describe(const HostRun &run)
{
    return QStringLiteral("exit %1 after %2 ms; stdout: %3; stderr: %4")
            .arg(run.exitCode)
            .arg(run.elapsedMs)
            .arg(QString::fromUtf8(run.out.right(600)), QString::fromUtf8(run.err.right(600)));
}

QByteArray record(std::uint8_t type, const QByteArray &payload)
{
    QByteArray r;
    r.append(char(0xEA));
    r.append(char(type));
    const quint16 len = quint16(payload.size());
    r.append(char(len & 0xff));
    r.append(char(len >> 8));
    return r + payload;
}

template <typename T> void put(QByteArray &b, T v)
{
    b.append(reinterpret_cast<const char *>(&v), sizeof v); // the protocol is little-endian
}

// STR or TASK_NEW records whose ids each grow by half of what a table indexed by id holds.
QByteArray growingIdRecording(bool strings)
{
    QByteArray bytes("LSTRACE1");
    quint64 size = 0;
    for (int i = 0; i < 30; ++i) {
        const auto id = quint32(size + 4096 + size / 2 - 1);
        size = quint64(id) + 1;
        QByteArray p;
        put(p, strings ? id : quint64(0));
        if (strings) {
            p.append('x');
            bytes += record(1, p);
        } else {
            for (quint32 v : {id, 1u, 0u, 0u, 0u, 0u, 0u})
                put(p, v);
            bytes += record(3, p);
        }
    }
    return bytes;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}

} // namespace

class TestHostileE2E : public QObject
{
    Q_OBJECT

private slots:
    void replayOfGrowingIdsStaysSmall_data();
    void replayOfGrowingIdsStaysSmall();
    void traceOfProgramForgingGrowingIdsEnds();
    void checkOfProgramForgingGrowingIdsKeepsItsContract();
    void forgedPauseDoesNotHoldTheTraceTimeout();
    void forgedPauseDoesNotHoldTheCheckTimeout();
    void unwritableCacheStillChecks();
    void longLinesPassThroughUnchanged();
    void floodWarningCountsEachLineOnce();
    void timeoutThatIsNoSpanOfTimeIsRefused_data();
    void timeoutThatIsNoSpanOfTimeIsRefused();
    void untracedLoopIsWarned_data();
    void untracedLoopIsWarned();
    void missingExitRecordIsWarned();
    void specialLessonFilesListQuickly();
    void replayOfASpecialFileIsRefused_data();
    void replayOfASpecialFileIsRefused();
};

void TestHostileE2E::replayOfGrowingIdsStaysSmall_data()
{
    QTest::addColumn<bool>("strings");
    QTest::newRow("string ids") << true;
    QTest::newRow("task ids") << false;
}

void TestHostileE2E::replayOfGrowingIdsStaysSmall()
{
    QFETCH(bool, strings);
    QTemporaryDir dir;
    const QString recording = dir.filePath(QStringLiteral("growing.lstrace"));
    QFile f(recording);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(growingIdRecording(strings));
    f.close();
    const QString summary = dir.filePath(QStringLiteral("summary.json"));
    const HostRun run = runHost({QStringLiteral("trace"), QStringLiteral("--replay"), recording,
                                 QStringLiteral("--summary"), summary});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject s = readJson(summary);
    QCOMPARE(s.value(QLatin1String("events")).toInt(), strings ? 0 : 30);
    if (!strings)
        QCOMPARE(s.value(QLatin1String("tasks")).toArray().size(), 30);
}

void TestHostileE2E::traceOfProgramForgingGrowingIdsEnds()
{
    QTemporaryDir dir;
    const QString summary = dir.filePath(QStringLiteral("summary.json"));
    const HostRun run = runHost({QStringLiteral("trace"), QStringLiteral("--summary"), summary,
                                 hostileProgram(QStringLiteral("growing_ids.py"))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains("done\n"));
    QCOMPARE(readJson(summary).value(QLatin1String("status")).toString(), QStringLiteral("ok"));
}

void TestHostileE2E::checkOfProgramForgingGrowingIdsKeepsItsContract()
{
    const HostRun run = runHost({QStringLiteral("check"), QStringLiteral("--dir"),
                                 fixtureCatalog(), QStringLiteral("prints-done"),
                                 hostileProgram(QStringLiteral("growing_ids.py"))});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.out.contains("says done"), qPrintable(describe(run)));
}

void TestHostileE2E::forgedPauseDoesNotHoldTheTraceTimeout()
{
    const HostRun run = runHost({QStringLiteral("trace"), QStringLiteral("--timeout"),
                                 QStringLiteral("2"),
                                 hostileProgram(QStringLiteral("forged_pause.py"))},
                                30000);
    QVERIFY2(run.exitCode == 124, qPrintable(describe(run)));
    QVERIFY2(run.elapsedMs < 15000, qPrintable(describe(run)));
}

void TestHostileE2E::forgedPauseDoesNotHoldTheCheckTimeout()
{
    QTemporaryDir dir;
    const QString pidFile = dir.filePath(QStringLiteral("pid"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOOPSCOPE_TEST_PIDFILE"), pidFile);
    const HostRun run = runHost({QStringLiteral("check"), QStringLiteral("--dir"),
                                 fixtureCatalog(), QStringLiteral("prints-done"),
                                 hostileProgram(QStringLiteral("forged_pause.py"))},
                                40000, env);
    QFile f(pidFile);
    const pid_t pid = f.open(QIODevice::ReadOnly) ? pid_t(f.readAll().toInt()) : 0;
    const bool programAlive = pid > 0 && ::kill(pid, 0) == 0;
    if (programAlive)
        ::kill(pid, SIGKILL); // do not leave it behind when the check below fails
    // The exercise's timeout is 4 s: the check ends soon after, as a failed check.
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.elapsedMs < 25000, qPrintable(describe(run)));
    QVERIFY2(run.out.contains("did not finish within 4 s"), qPrintable(describe(run)));
    QVERIFY2(pid > 0, "the program did not start");
    QVERIFY2(!programAlive, "the program outlived its check");
}

void TestHostileE2E::unwritableCacheStillChecks()
{
    // A read-only home: the cache cannot be created, so the tracer and the harness helper are
    // unpacked in the temporary folder instead, and the check passes as it should.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("tmp"))));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("a-file/cache")));
    env.insert(QStringLiteral("TMPDIR"), dir.filePath(QStringLiteral("tmp")));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    for (const char *name : {"LOOPSCOPE_TRACER_DIR", "LOOPSCOPE_HARNESS_DIR"})
        env.remove(QString::fromLatin1(name));
    const QString exercises = QStringLiteral(LOOPSCOPE_TEST_DATA "/../exercises/fixtures/catalog");
    const HostRun run = runHost({QStringLiteral("check"), QStringLiteral("--dir"), exercises,
                                 QStringLiteral("good"),
                                 exercises + QStringLiteral("/01-mod/01-lesson/exercises/good/solution.py")},
                                60000, env);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains("PASS"));
}

QStringList warningMessages(const QJsonObject &summary)
{
    QStringList out;
    for (const QJsonValue &w : summary.value(QLatin1String("warnings")).toArray())
        out << w.toObject().value(QLatin1String("message")).toString();
    return out;
}

void TestHostileE2E::longLinesPassThroughUnchanged()
{
    const QString program = hostileProgram(QStringLiteral("long_lines.py"));
    QProcess plain;
    plain.start(QStringLiteral("/usr/bin/python3"), {program});
    QVERIFY(plain.waitForFinished(60000));
    const QByteArray expected = plain.readAllStandardOutput();
    QCOMPARE(expected.size(), 50'000'001 + 200'001 + 4);

    QTemporaryDir dir;
    const QString summary = dir.filePath(QStringLiteral("summary.json"));
    const HostRun run = runHost({QStringLiteral("trace"), QStringLiteral("--python"),
                                 QStringLiteral("/usr/bin/python3"), QStringLiteral("--summary"),
                                 summary, program},
                                120000);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.out.size(), expected.size());
    QVERIFY(run.out == expected); // byte for byte, in order

    // The summary keeps the beginning of each long line and says how much it left out.
    const QJsonObject s = readJson(summary);
    const QJsonArray output = s.value(QLatin1String("output")).toArray();
    QCOMPARE(output.size(), 3);
    // Lines from the two pipes are listed as they were complete, so find them by content.
    QJsonObject traced, raw, tail;
    for (const QJsonValue &v : output) {
        const QString text = v.toObject().value(QLatin1String("text")).toString();
        (text.startsWith(QLatin1Char('x')) ? traced : text.startsWith(QLatin1Char('y')) ? raw : tail)
                = v.toObject();
    }
    QCOMPARE(traced.value(QLatin1String("text")).toString().size(), 60000);
    QVERIFY(traced.value(QLatin1String("truncated")).toBool());
    QCOMPARE(traced.value(QLatin1String("cut_bytes")).toInteger(), 50'000'000 - 60000);
    QCOMPARE(raw.value(QLatin1String("text")).toString().size(), 60000);
    QCOMPARE(raw.value(QLatin1String("cut_bytes")).toInteger(), 200'000 - 60000);
    QCOMPARE(tail.value(QLatin1String("text")).toString(), QStringLiteral("tail"));
    QVERIFY(!tail.contains(QLatin1String("truncated")));
    QCOMPARE(warningMessages(s).filter(QStringLiteral("2 output lines were longer")).size(), 1);
}

void TestHostileE2E::floodWarningCountsEachLineOnce()
{
    // The tracer records 10 lines and writes the next 110,000 raw; the host keeps 100,000 of
    // those: 10,000 lines are not recorded, not 120,000.
    QTemporaryDir dir;
    const QString program = dir.filePath(QStringLiteral("flood.py"));
    QFile f(program);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("for i in range(110010):\n    print('line', i)\n");
    f.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LOOPSCOPE_TRACER_MAX_LINES"), QStringLiteral("10"));
    const QString summary = dir.filePath(QStringLiteral("summary.json"));
    const HostRun run = runHost({QStringLiteral("trace"), QStringLiteral("--summary"), summary,
                                 program},
                                120000, env);
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(run.out.count('\n'), 110010);
    const QJsonObject s = readJson(summary);
    QCOMPARE(s.value(QLatin1String("output")).toArray().size(), 100010);
    const QStringList said = warningMessages(s);
    QVERIFY2(said.contains(QStringLiteral("10000 output lines were not recorded (too much output)")),
             qPrintable(said.join(QLatin1Char('\n'))));
}

void TestHostileE2E::timeoutThatIsNoSpanOfTimeIsRefused_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("overflows milliseconds") << "2200000";
    QTest::newRow("infinite") << "inf";
    QTest::newRow("not a number") << "nan";
}

void TestHostileE2E::timeoutThatIsNoSpanOfTimeIsRefused()
{
    QFETCH(QString, value);
    const HostRun run = runHost({QStringLiteral("trace"), QStringLiteral("--timeout"), value,
                                 hostileProgram(QStringLiteral("growing_ids.py"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--timeout needs a number of seconds from 0.001 to 604800"),
             qPrintable(describe(run)));
    QVERIFY(!run.out.contains("done")); // the program did not run
}

void TestHostileE2E::untracedLoopIsWarned_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("loop");
    QTest::newRow("uvloop") << "uvloop_run.py" << "uvloop.Loop";
    QTest::newRow("loop policy reset") << "policy_reset.py" << "_UnixSelectorEventLoop";
}

void TestHostileE2E::untracedLoopIsWarned()
{
    QFETCH(QString, program);
    QFETCH(QString, loop);
    QTemporaryDir dir;
    const QString summary = dir.filePath(QStringLiteral("summary.json"));
    const HostRun run = runHost({QStringLiteral("trace"), QStringLiteral("--python"),
                                 QStringLiteral("/usr/bin/python3"), QStringLiteral("--summary"),
                                 summary, hostileProgram(program)});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject s = readJson(summary);
    QCOMPARE(s.value(QLatin1String("tasks")).toArray().size(), 0);
    const QStringList said = warningMessages(s).filter(QStringLiteral("no traced event loop ran"));
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.first().contains(loop), qPrintable(said.first()));
}

void TestHostileE2E::missingExitRecordIsWarned()
{
    QTemporaryDir dir;
    const QString summary = dir.filePath(QStringLiteral("summary.json"));
    const HostRun run = runHost({QStringLiteral("trace"), QStringLiteral("--summary"), summary,
                                 hostileProgram(QStringLiteral("closes_trace.py"))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY(run.out.contains("done\n"));
    const QJsonObject s = readJson(summary);
    QCOMPARE(s.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(warningMessages(s).filter(QStringLiteral("without the tracer's exit record")).size(), 1);
}

void TestHostileE2E::specialLessonFilesListQuickly()
{
    // `lessons --json --dir` on a folder whose lesson.json is a FIFO and whose step is
    // /dev/zero: once a hang and a crash; now two issues and a prompt answer.
    QTemporaryDir dir;
    const QString lesson = dir.filePath(QStringLiteral("lessons/01-mod/01-lesson"));
    const QString other = dir.filePath(QStringLiteral("lessons/01-mod/02-other"));
    QVERIFY(QDir().mkpath(lesson) && QDir().mkpath(other + QStringLiteral("/steps")));
    QFile module(dir.filePath(QStringLiteral("lessons/01-mod/module.json")));
    QVERIFY(module.open(QIODevice::WriteOnly));
    module.write(R"({"id": "mod", "title": "M", "summary": "S"})");
    module.close();
    QCOMPARE(::mkfifo(QFile::encodeName(lesson + QStringLiteral("/lesson.json")).constData(), 0600), 0);
    QFile json(other + QStringLiteral("/lesson.json"));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(R"({"id": "other", "title": "O", "steps": [{"title": "S", "text": "steps/01.md"}]})");
    json.close();
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), other + QStringLiteral("/steps/01.md")));
    const HostRun run = runHost({QStringLiteral("lessons"), QStringLiteral("--json"),
                                 QStringLiteral("--dir"), dir.filePath(QStringLiteral("lessons"))},
                                30000);
    QVERIFY2(run.exitCode >= 0, qPrintable(describe(run)));
    QVERIFY2(run.elapsedMs < 20000, qPrintable(describe(run)));
    QVERIFY2(run.out.contains("named pipe"), qPrintable(describe(run)));
    QVERIFY2(run.out.contains("leads outside its folder"), qPrintable(describe(run)));
}

void TestHostileE2E::replayOfASpecialFileIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("FIFO") << "fifo" << "is a named pipe (FIFO), not a regular file";
    QTest::newRow("/dev/zero") << "/dev/zero" << "is a device, not a regular file";
    QTest::newRow("folder") << "folder" << "is a folder, not a regular file";
}

void TestHostileE2E::replayOfASpecialFileIsRefused()
{
    // /dev/zero never ends and a FIFO never opens without a writer: both once hung --replay.
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString path = kind;
    if (kind == QLatin1String("fifo")) {
        path = dir.filePath(QStringLiteral("run.lstrace"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("folder")) {
        path = dir.path();
    }
    const HostRun run = runHost({QStringLiteral("trace"), QStringLiteral("--replay"), path,
                                 QStringLiteral("--summary"), dir.filePath(QStringLiteral("s.json"))},
                                20000);
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    QVERIFY2(run.err.contains(message.toUtf8()), qPrintable(describe(run)));
}

QTEST_GUILESS_MAIN(TestHostileE2E)
#include "tst_hostile_e2e.moc"
