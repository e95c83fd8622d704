#include "catalogloader.h"
#include "checkengine.h"
#include "exercisecatalog.h"
#include "exercisechecker.h"

#include <QCoro/QCoroTask>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Core;

namespace {

QString program(const char *name)
{
    return QStringLiteral(LOOPSCOPE_EXERCISE_FIXTURES "/programs/") + QLatin1String(name);
}

CheckSpec outputContains(const QString &text)
{
    CheckSpec c;
    c.kind = CheckSpec::Kind::Output;
    c.name = QStringLiteral("prints ") + text;
    c.rule = QJsonObject{{"rule", "output_contains"}, {"text", text}};
    return c;
}

CheckPlan planWith(QList<CheckSpec> checks, int timeoutSeconds = 10)
{
    CheckPlan plan;
    plan.exerciseId = QStringLiteral("fixture");
    plan.timeoutSeconds = timeoutSeconds;
    plan.checks = std::move(checks);
    return plan;
}

QString describe(const CheckResult &r)
{
    QStringList lines{CheckResult::statusName(r.status) + QLatin1Char(' ') + r.error};
    for (const CheckItem &c : r.checks)
        lines << QStringLiteral("%1 %2: %3").arg(CheckItem::statusName(c.status), c.name, c.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestCheckEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hangFailsWithTimeoutAndRunningLine()
    {
        const CheckResult r = QCoro::waitFor(
                CheckEngine::check(planWith({outputContains(QStringLiteral("started"))}, 3), program("hang.py")));
        QVERIFY2(r.status == CheckResult::Status::Fail, qPrintable(describe(r)));
        const CheckItem &first = r.checks.first();
        QCOMPARE(first.name, CheckEngine::runCheckName());
        QVERIFY2(first.message.contains(QLatin1String("did not finish within 3 s")), qPrintable(first.message));
        QVERIFY2(first.message.contains(QLatin1String("still running line 7"))
                         || first.message.contains(QLatin1String("still running line 8")),
                 qPrintable(first.message));
        // What it printed before the timeout still counts.
        QCOMPARE(r.checks.at(1).status, CheckStatus::Pass);
        QVERIFY(r.programRun() && r.programRun()->model());
    }

    void crashFailsWithExceptionAndLine()
    {
        const CheckResult r = QCoro::waitFor(
                CheckEngine::check(planWith({outputContains(QStringLiteral("x"))}), program("crash.py")));
        QVERIFY2(r.status == CheckResult::Status::Fail, qPrintable(describe(r)));
        const QString m = r.checks.first().message;
        QVERIFY2(m.contains(QLatin1String("ValueError: the price is negative")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("line 6")), qPrintable(m));
    }

    void syntaxErrorFailsWithLine()
    {
        CheckSpec behaviour;
        behaviour.kind = CheckSpec::Kind::Behaviour;
        behaviour.name = QStringLiteral("behaviour");
        behaviour.harness = program("answer_harness.py");
        const CheckResult r = QCoro::waitFor(CheckEngine::check(
                planWith({outputContains(QStringLiteral("x")), behaviour}), program("syntax.py")));
        QVERIFY2(r.status == CheckResult::Status::Fail, qPrintable(describe(r)));
        const QString m = r.checks.first().message;
        QVERIFY2(m.contains(QLatin1String("syntax error on line 4")), qPrintable(m));
        // No harness run for a file that cannot even be compiled.
        QCOMPARE(r.runs.size(), 1);
        QCOMPARE(r.checks.at(1).status, CheckStatus::Skipped);
        QCOMPARE(r.checks.last().status, CheckStatus::Skipped);
    }

    void floodIsStopped()
    {
        CheckEngine::Options options;
        options.maxOutputLines = 500;
        QElapsedTimer clock;
        clock.start();
        const CheckResult r = QCoro::waitFor(CheckEngine::check(
                planWith({outputContains(QStringLiteral("line 1"))}, 60), program("flood.py"), options));
        QVERIFY2(r.status == CheckResult::Status::Fail, qPrintable(describe(r)));
        QVERIFY2(r.checks.first().message.contains(QLatin1String("printed more than 500 lines")),
                 qPrintable(r.checks.first().message));
        QVERIFY2(clock.elapsed() < 30000, "a flood is stopped long before the timeout");
    }

    void forgedHarnessResultsAreNotCounted()
    {
        CheckSpec behaviour;
        behaviour.kind = CheckSpec::Kind::Behaviour;
        behaviour.name = QStringLiteral("behaviour");
        behaviour.harness = program("answer_harness.py");
        const CheckResult forged = QCoro::waitFor(
                CheckEngine::check(planWith({behaviour}), program("forge.py")));
        QVERIFY2(forged.status == CheckResult::Status::Fail, qPrintable(describe(forged)));
        const CheckItem *answer = forged.item(QStringLiteral("answer is 42"));
        QVERIFY2(answer && answer->status == CheckStatus::Fail, qPrintable(describe(forged)));
        QVERIFY2(answer->message.contains(QLatin1String("got 41")), qPrintable(answer->message));

        const CheckResult right = QCoro::waitFor(
                CheckEngine::check(planWith({behaviour}), program("right.py")));
        QVERIFY2(right.passed(), qPrintable(describe(right)));
    }

    void unreadableFileIsAnError()
    {
        const CheckResult r = QCoro::waitFor(CheckEngine::check(
                planWith({outputContains(QStringLiteral("x"))}), program("no-such-file.py")));
        QCOMPARE(r.status, CheckResult::Status::Error);
        QVERIFY2(r.error.contains(QLatin1String("cannot check")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("does not exist")), qPrintable(r.error));
    }

    void commandLineExitStatus_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("status");
        const QString dir = QStringLiteral(LOOPSCOPE_EXERCISE_FIXTURES "/catalog");
        const QString good = dir + QStringLiteral("/01-mod/01-lesson/exercises/good/");
        QTest::newRow("unknown exercise") << QStringList{"--dir", dir, "no-such-exercise", program("right.py")}
                                          << 2 << "error";
        QTest::newRow("unreadable file") << QStringList{"--dir", dir, "good", program("missing.py")} << 2 << "error";
        QTest::newRow("fail") << QStringList{"--dir", dir, "good", good + QStringLiteral("starter.py")} << 1 << "fail";
        QTest::newRow("pass") << QStringList{"--dir", dir, "good", good + QStringLiteral("solution.py")} << 0 << "pass";
        QTest::newRow("bad options") << QStringList{"--frobnicate"} << 2 << "";
    }

    void commandLineExitStatus()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, status);
        QTemporaryDir temp;
        const QString json = temp.filePath(QStringLiteral("result.json"));
        QProcess p;
        p.start(QStringLiteral(LOOPSCOPE_BINARY),
                QStringList{QStringLiteral("check"), QStringLiteral("--json"), json} + arguments);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), exitCode);
        if (status.isEmpty())
            return;
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(QLatin1String("status")).toString(), status);
        QVERIFY(o.value(QLatin1String("checks")).isArray());
    }

    // Issue 14: the sequential starter of gather-basics forging its output in the trace
    // channel, a wrong solution patching the checks' result function, and a program that
    // sleeps as long as the work but never does it: each is checked for real by the CLI,
    // against the built-in exercise, and must fail (the first two as tampered with).
    void gradesCannotBeForged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("tampered");   // a part of the reason; empty: not tampered
        QTest::addColumn<QString>("failedCheck");
        QTest::addColumn<QString>("message");
        QTest::newRow("forged trace record") << program("forged_trace.py") << "trace channel"
                                             << CheckEngine::tamperCheckName() << "none of the results can be trusted";
        QTest::newRow("patched harness") << program("patched_harness.py") << "was changed"
                                         << CheckEngine::tamperCheckName() << "none of the results can be trusted";
        QTest::newRow("sleeps only")
                << QStringLiteral(LOOPSCOPE_CATALOG_SOURCE_DIR
                                  "/05-running-many/01-gather/exercises/gather-basics/wrong/sleeps_only.py")
                << "" << "get_prices asks fetch_price for each price" << "called fetch_price 0 time(s)";
    }

    void gradesCannotBeForged()
    {
        QFETCH(QString, file);
        QFETCH(QString, tampered);
        QFETCH(QString, failedCheck);
        QFETCH(QString, message);
        QProcess p;
        p.start(QStringLiteral(LOOPSCOPE_BINARY),
                {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("-"),
                 QStringLiteral("gather-basics"), file});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray out = p.readAllStandardOutput();
        QCOMPARE(p.exitCode(), 1);
        const QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        const QString reason = o.value(QLatin1String("tampered")).toString();
        if (tampered.isEmpty())
            QVERIFY2(reason.isEmpty(), qPrintable(reason));
        else
            QVERIFY2(reason.contains(tampered), qPrintable(QString::fromUtf8(out)));
        bool found = false;
        for (const QJsonValue &v : o.value(QLatin1String("checks")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("name")).toString() != failedCheck)
                continue;
            found = true;
            QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
            QVERIFY2(c.value(QLatin1String("message")).toString().contains(message), qPrintable(QString::fromUtf8(out)));
        }
        QVERIFY2(found, qPrintable(QString::fromUtf8(out)));
    }

    void exercisesListingHasAbsolutePaths()
    {
        QProcess p;
        p.start(QStringLiteral(LOOPSCOPE_BINARY), {QStringLiteral("exercises"), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonArray all = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
        QVERIFY(!all.isEmpty());
        for (const QJsonValue &v : all) {
            const QJsonObject e = v.toObject();
            for (const char *key : {"starter", "solution"}) {
                const QString path = e.value(QLatin1String(key)).toString();
                QVERIFY2(QFileInfo(path).isAbsolute() && QFileInfo(path).isFile(), qPrintable(path));
            }
            QVERIFY(!e.value(QLatin1String("lesson")).toString().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCheckEngine)
#include "tst_checkengine.moc"
