// The built `loopscope` against programs that take too much: memory, file size, processes,
// the network, processes left behind, and a host killed under its program. Each limit must be
// a clear failed check (exit 1) in the learner's terms; nothing may outlive the run.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <csignal>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct HostRun {
    int exitCode = -1;
    QByteArray out, err;
};

QString describe(const HostRun &run)
{
    return QStringLiteral("exit %1; stdout: %2; stderr: %3")
            .arg(run.exitCode)
            .arg(QString::fromUtf8(run.out.right(800)), QString::fromUtf8(run.err.right(800)));
}

HostRun runHost(const QStringList &args, const QString &workDir = {}, int timeoutMs = 60000)
{
    HostRun run;
    QProcess process;
    process.setStandardInputFile(QProcess::nullDevice());
    if (!workDir.isEmpty())
        process.setWorkingDirectory(workDir);
    process.start(QStringLiteral(LOOPSCOPE_BINARY), args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.exitCode = -2; // hung
    } else {
        run.exitCode = process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// A program from programs/limits/, copied into `dir`: it runs (and writes its files) there.
QString copyProgram(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::copy(QStringLiteral(LOOPSCOPE_TEST_DATA "/programs/limits/") + name, target);
    return target;
}

HostRun check(const QString &program)
{
    return runHost({QStringLiteral("check"), QStringLiteral("--dir"),
                    QStringLiteral(LOOPSCOPE_TEST_DATA "/fixtures/catalog"),
                    QStringLiteral("prints-done"), program});
}

// Running, not a zombie waiting for its parent.
bool running(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const qsizetype paren = s.lastIndexOf(')');
    return paren > 0 && s.size() > paren + 2 && s.at(paren + 2) != 'Z' && s.at(paren + 2) != 'X';
}

// Live processes whose command line names something in `dir` (the programs copied there and
// every process they forked).
QList<qint64> processesUnder(const QString &dir)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &e : entries) {
        bool number = false;
        const qint64 pid = e.toLongLong(&number);
        if (!number || pid == ::getpid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(dir.toUtf8())
            && running(pid))
            found << pid;
    }
    return found;
}

qint64 readPid(const QString &path, int waitMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < waitMs) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            return f.readAll().trimmed().toLongLong();
        QTest::qWait(20);
    }
    return 0;
}

// An IPv4 address of this machine that is not loopback, or empty.
QString outsideAddress()
{
    ifaddrs *list = nullptr;
    if (::getifaddrs(&list) != 0)
        return {};
    QString found;
    for (ifaddrs *a = list; a && found.isEmpty(); a = a->ifa_next) {
        if (!a->ifa_addr || a->ifa_addr->sa_family != AF_INET)
            continue;
        const auto *in = reinterpret_cast<const sockaddr_in *>(a->ifa_addr);
        if ((ntohl(in->sin_addr.s_addr) >> 24) == 127)
            continue;
        char text[INET_ADDRSTRLEN];
        if (::inet_ntop(AF_INET, &in->sin_addr, text, sizeof text))
            found = QString::fromLatin1(text);
    }
    ::freeifaddrs(list);
    return found;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

} // namespace

class TestLimitsE2E : public QObject
{
    Q_OBJECT

private slots:
    void memoryLimitIsAFailedCheck();
    void memoryOfTheWholeRunIsWatched();
    void fileSizeLimitIsAFailedCheck();
    void processLimitIsAFailedCheckAndLeavesNothing();
    void doubleForkedDaemonIsGoneAfterTheRun_data();
    void doubleForkedDaemonIsGoneAfterTheRun();
    void killedHostTakesItsProgramAlong();
    void checkedProgramHasOnlyLoopback();
};

void TestLimitsE2E::memoryLimitIsAFailedCheck()
{
    QTemporaryDir dir;
    const HostRun run = check(copyProgram(dir, QStringLiteral("big_alloc.py")));
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.out.contains("your program used more than 1 GiB of memory (MemoryError"),
             qPrintable(describe(run)));
}

void TestLimitsE2E::memoryOfTheWholeRunIsWatched()
{
    // Through `trace` (the same watch as check's): writing 1.2 GB takes this machine longer
    // than the fixture exercise's 4 s timeout when it is busy.
    QTemporaryDir dir;
    const HostRun run = runHost({QStringLiteral("trace"),
                                 copyProgram(dir, QStringLiteral("memory_in_children.py"))},
                                dir.path());
    QVERIFY2(run.exitCode != 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains("the program used more than 1 GiB of memory, so it was ended"),
             qPrintable(describe(run)));
    QVERIFY2(processesUnder(dir.path()).isEmpty(), qPrintable(describe(run)));
}

void TestLimitsE2E::fileSizeLimitIsAFailedCheck()
{
    QTemporaryDir dir;
    const HostRun run = check(copyProgram(dir, QStringLiteral("big_file.py")));
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.out.contains("your program tried to write a file larger than 64 MiB"),
             qPrintable(describe(run)));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("big.bin"))).size() <= (qint64(64) << 20));
}

void TestLimitsE2E::processLimitIsAFailedCheckAndLeavesNothing()
{
    QTemporaryDir dir;
    const HostRun run = check(copyProgram(dir, QStringLiteral("fork_many.py")));
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    QVERIFY2(run.out.contains("your program started more than 64 processes at once, so it was stopped"),
             qPrintable(describe(run)));
    const QList<qint64> left = processesUnder(dir.path());
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1 left running").arg(left.size())));
}

void TestLimitsE2E::doubleForkedDaemonIsGoneAfterTheRun_data()
{
    QTest::addColumn<bool>("viaCheck");
    QTest::newRow("check") << true;
    QTest::newRow("trace") << false;
}

void TestLimitsE2E::doubleForkedDaemonIsGoneAfterTheRun()
{
    QFETCH(bool, viaCheck);
    QTemporaryDir dir;
    const QString program = copyProgram(dir, QStringLiteral("double_fork.py"));
    const HostRun run = viaCheck ? check(program)
                                 : runHost({QStringLiteral("trace"), program}, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const qint64 grandchild = readPid(dir.filePath(QStringLiteral("grandchild.pid")), 1000);
    QVERIFY2(grandchild > 0, "the program did not leave its daemon behind");
    // Gone when the host returned: no waiting here.
    QVERIFY2(!running(grandchild), qPrintable(QStringLiteral("pid %1 still runs").arg(grandchild)));
}

void TestLimitsE2E::killedHostTakesItsProgramAlong()
{
    QTemporaryDir dir;
    const QString program = copyProgram(dir, QStringLiteral("sleeper.py"));
    QProcess host;
    host.setStandardInputFile(QProcess::nullDevice());
    host.setWorkingDirectory(dir.path());
    host.start(QStringLiteral(LOOPSCOPE_BINARY), {QStringLiteral("trace"), program});
    QVERIFY(host.waitForStarted());
    const qint64 traced = readPid(dir.filePath(QStringLiteral("pid.txt")), 20000);
    QVERIFY2(traced > 0, "the traced program did not start");
    QVERIFY(running(traced));
    ::kill(pid_t(host.processId()), SIGKILL);
    QVERIFY(host.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!running(traced), 5000);
}

void TestLimitsE2E::checkedProgramHasOnlyLoopback()
{
    const QString address = outsideAddress();
    if (address.isEmpty())
        QSKIP("this machine has no address other than loopback to try to reach");
    // A listening socket on every address: a connection to `address` is accepted by the
    // kernel (the backlog) without our accepting it.
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(listener >= 0);
    sockaddr_in any{};
    any.sin_family = AF_INET;
    any.sin_addr.s_addr = htonl(INADDR_ANY);
    QVERIFY(::bind(listener, reinterpret_cast<sockaddr *>(&any), sizeof any) == 0);
    QVERIFY(::listen(listener, 16) == 0);
    socklen_t len = sizeof any;
    ::getsockname(listener, reinterpret_cast<sockaddr *>(&any), &len);
    const QByteArray target = address.toLatin1() + ' ' + QByteArray::number(ntohs(any.sin_port));

    // Traced in the window's way (no network rule): the address is reachable from here.
    QTemporaryDir open;
    {
        QFile t(open.filePath(QStringLiteral("target.txt")));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(target);
    }
    const HostRun traced = runHost({QStringLiteral("trace"), copyProgram(open, QStringLiteral("net_probe.py"))},
                                   open.path());
    QVERIFY2(traced.exitCode == 0, qPrintable(describe(traced)));
    const QJsonObject outside = readJson(open.filePath(QStringLiteral("net.json")));
    if (outside.value(QLatin1String("outside")).toString() != QLatin1String("connected")) {
        ::close(listener);
        QSKIP(qPrintable(QStringLiteral("%1 is not reachable even outside a check: %2")
                                 .arg(address, outside.value(QLatin1String("outside")).toString())));
    }

    QTemporaryDir checked;
    {
        QFile t(checked.filePath(QStringLiteral("target.txt")));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(target);
    }
    const HostRun run = check(copyProgram(checked, QStringLiteral("net_probe.py")));
    ::close(listener);
    if (run.out.contains("the network could not be limited to loopback"))
        QSKIP("this platform allows no network namespace: check says so and runs with the network");
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject inside = readJson(checked.filePath(QStringLiteral("net.json")));
    QVERIFY2(inside.value(QLatin1String("outside")).toString().startsWith(QLatin1String("failed")),
             qPrintable(QJsonDocument(inside).toJson()));
    QCOMPARE(inside.value(QLatin1String("loopback")).toString(), QStringLiteral("ok"));
    QCOMPARE(inside.value(QLatin1String("interfaces")).toArray(), QJsonArray{QStringLiteral("lo")});
}

QTEST_GUILESS_MAIN(TestLimitsE2E)
#include "tst_limits_e2e.moc"
