// CPython's asyncio test modules run under `loopscope trace -m unittest` and plainly: the tracer
// must not change what they find (tests run, failures, errors, skips).
#include "tracerun.h"

#include <QRegularExpression>

namespace {

const QString python = QStringLiteral("/usr/bin/python3");
const QStringList modules{
        QStringLiteral("test.test_asyncio.test_locks"), QStringLiteral("test.test_asyncio.test_queues"),
        QStringLiteral("test.test_asyncio.test_timeouts"), QStringLiteral("test.test_asyncio.test_taskgroups")};

struct Counts {
    int ran = -1, failures = 0, errors = 0, skipped = 0, expectedFailures = 0;
    bool ok = false;
};

// unittest's closing lines: "Ran 123 tests in 1.2s" and "OK (skipped=2)" / "FAILED (failures=1)".
Counts parse(const QByteArray &stderrText)
{
    Counts c;
    const QString text = QString::fromUtf8(stderrText);
    const auto ran = QRegularExpression(QStringLiteral("^Ran (\\d+) tests? in"), QRegularExpression::MultilineOption).match(text);
    if (ran.hasMatch())
        c.ran = ran.captured(1).toInt();
    const auto verdict = QRegularExpression(QStringLiteral("^(OK|FAILED)(?: \\(([^)]*)\\))?\\s*$"), QRegularExpression::MultilineOption).match(text);
    c.ok = verdict.captured(1) == QLatin1String("OK");
    for (const QString &part : verdict.captured(2).split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0);
        const int n = part.section(QLatin1Char('='), 1).toInt();
        if (key == QLatin1String("failures"))
            c.failures = n;
        else if (key == QLatin1String("errors"))
            c.errors = n;
        else if (key == QLatin1String("skipped"))
            c.skipped = n;
        else if (key == QLatin1String("expected failures"))
            c.expectedFailures = n;
    }
    return c;
}

} // namespace

class TestCPythonAsyncio : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tracedRunMatchesPlainRun();
};

void TestCPythonAsyncio::tracedRunMatchesPlainRun()
{
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import test.test_asyncio.test_locks")});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        QSKIP("CPython's test suite is not installed (Debian package libpython3.11-testsuite)");

    QProcess plain;
    plain.setStandardInputFile(QProcess::nullDevice());
    plain.start(python, QStringList{QStringLiteral("-m"), QStringLiteral("unittest")} + modules);
    QTRY_COMPARE_WITH_TIMEOUT(plain.state(), QProcess::NotRunning, 300000);
    const Counts expected = parse(plain.readAllStandardError());
    QVERIFY(expected.ran > 0);

    QTemporaryDir dir;
    const QString summary = dir.filePath(QStringLiteral("summary.json"));
    TraceRun traced;
    runLoopscope(QStringList{QStringLiteral("trace"), QStringLiteral("--python"), python,
                             QStringLiteral("--summary"), summary, QStringLiteral("-m"),
                             QStringLiteral("unittest")} + modules,
                 traced, 600000, summary);
    const Counts got = parse(traced.err);
    qInfo("plain: ran %d ok %d failures %d errors %d skipped %d; traced: ran %d ok %d failures %d "
          "errors %d skipped %d", expected.ran, expected.ok, expected.failures, expected.errors,
          expected.skipped, got.ran, got.ok, got.failures, got.errors, got.skipped);
    QCOMPARE(got.ran, expected.ran);
    QCOMPARE(got.ok, expected.ok);
    QCOMPARE(got.failures, expected.failures);
    QCOMPARE(got.errors, expected.errors);
    QCOMPARE(got.skipped, expected.skipped);
    QCOMPARE(got.expectedFailures, expected.expectedFailures);
    QCOMPARE(traced.exitCode, plain.exitCode());
    QVERIFY(traced.tasks().size() > 100);
}

QTEST_GUILESS_MAIN(TestCPythonAsyncio)
#include "tst_cpython_asyncio.moc"
