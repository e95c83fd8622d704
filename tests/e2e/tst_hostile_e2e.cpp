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

} // namespace

class TestHostileE2E : public QObject
{
    Q_OBJECT

private slots:
    void unwritableCacheStillChecks();
};

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

QTEST_GUILESS_MAIN(TestHostileE2E)
#include "tst_hostile_e2e.moc"
