#include "catalogloader.h"
#include "exercisecatalog.h"
#include "failtemplate.h"
#include "harnessresults.h"
#include "sourcetext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QtTest>

using namespace Lessons;

class TestExerciseCatalog : public QObject
{
    Q_OBJECT
private:
    ExerciseCatalog m_fixture;

    QString issuesText() const
    {
        QStringList out;
        for (const CatalogIssue &i : m_fixture.issues())
            out << i.toString();
        return out.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Catalog catalog = CatalogLoader::load(QStringLiteral(LOOPSCOPE_EXERCISE_FIXTURES "/catalog"));
        QStringList problems;
        for (const CatalogIssue &i : catalog.issues())
            problems << i.toString();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        m_fixture = ExerciseCatalog::load(catalog);
    }

    void brokenExercisesAreReportedAndLeftOut()
    {
        QCOMPARE(m_fixture.exercises().size(), 1);
        QVERIFY(m_fixture.exercise(QStringLiteral("good")));
        QVERIFY(!m_fixture.exercise(QStringLiteral("broken")));
        QVERIFY(!m_fixture.exercise(QStringLiteral("bad-rule")));
        const QString text = issuesText();
        QVERIFY2(text.contains(QLatin1String("statement file \"statement.md\" does not exist")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("rule 'concurrency' has no field 'minimum'")), qPrintable(text));
        // Issues point at the line of exercise.json they are about.
        for (const CatalogIssue &i : m_fixture.issues())
            QVERIFY2(i.line > 0, qPrintable(i.toString()));
    }

    void goodExerciseIsComplete()
    {
        const Exercise *e = m_fixture.exercise(QStringLiteral("good"));
        QVERIFY(e);
        QCOMPARE(e->lessonId, QStringLiteral("mod/lesson"));
        QVERIFY(e->plan.virtualClock);
        QCOMPARE(e->plan.timeoutSeconds, 10);
        QCOMPARE(e->plan.checks.size(), 2);
        QCOMPARE(e->plan.checks.at(0).kind, Core::CheckSpec::Kind::Behaviour);
        QVERIFY(QFileInfo(e->plan.checks.at(0).harness).isFile());
        QCOMPARE(e->wrong.size(), 1);
        QCOMPARE(e->wrong.first().fails, QStringLiteral("answer is 42"));
    }

    void everyCatalogExerciseLoads()
    {
        const Catalog catalog = CatalogLoader::load(QStringLiteral(LOOPSCOPE_CATALOG_SOURCE_DIR));
        const ExerciseCatalog all = ExerciseCatalog::load(catalog);
        QStringList issues;
        for (const CatalogIssue &i : all.issues())
            issues << i.toString();
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join(QLatin1Char('\n'))));
        QVERIFY(!all.exercises().isEmpty());
        for (const Exercise &e : all.exercises()) {
            QVERIFY2(e.wrong.size() >= 1, qPrintable(e.id + QLatin1String(" has no wrong/ solution")));
            QVERIFY2(e.hints.size() >= 2, qPrintable(e.id + QLatin1String(" has fewer than 2 hints")));
        }
        // Every module gives the learner something to do; the ones that had none (why async,
        // coroutines, the event loop, testing, performance) got two each.
        QHash<QString, int> perModule;
        for (const Exercise &e : all.exercises())
            ++perModule[e.lessonId.section(QLatin1Char('/'), 0, 0)];
        for (const Module &m : catalog.modules())
            QVERIFY2(perModule.value(m.id) >= 1, qPrintable(m.id + QLatin1String(" has no exercise")));
        for (const char *module : {"why-async", "coroutines", "event-loop", "testing-debugging", "performance"})
            QVERIFY2(perModule.value(QLatin1String(module)) >= 2,
                     qPrintable(QStringLiteral("%1 has %2 exercise(s), not 2")
                                        .arg(QLatin1String(module)).arg(perModule.value(QLatin1String(module)))));
    }

    void failTemplateFillsObservedAndExpected_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("filled");
        const QString twoWaits = QStringLiteral(
                "{\"wall_s\": 2, \"tasks\": [ {\"coro\": \"a\", \"state\": \"done\", \"waits\": [{\"kind\": \"io\", \"start_s\": 0, \"end_s\": 1}]}, {\"coro\": \"b\", \"state\": \"cancelled\", \"waits\": [{\"kind\": \"io\", \"start_s\": 1, \"end_s\": 2}]}]}");
        QTest::newRow("concurrency one at a time")
                << "{\"rule\": \"concurrency\", \"kind\": \"io\", \"min\": 2, \"max\": 5}" << twoWaits
                << "ran 1 at a time; wanted 2 to 5";
        QTest::newRow("task_state")
                << "{\"rule\": \"task_state\", \"state\": \"cancelled\"}" << twoWaits
                << "ran 1 at a time; wanted at least 1";
        QTest::newRow("wall_time") << "{\"rule\": \"wall_time\", \"max_s\": 1.5}" << twoWaits
                                   << "ran 2.00 s at a time; wanted at most 1.50 s";
        QTest::newRow("tasks by coro") << "{\"rule\": \"tasks\", \"coro\": \"a\", \"min\": 3, \"max\": 3}"
                                       << twoWaits << "ran 1 at a time; wanted 3";
    }

    void failTemplateFillsObservedAndExpected()
    {
        QFETCH(QString, rule);
        QFETCH(QString, summary);
        QFETCH(QString, filled);
        const QJsonObject r = QJsonDocument::fromJson(rule.toUtf8()).object();
        const QJsonObject s = QJsonDocument::fromJson(summary.toUtf8()).object();
        QCOMPARE(Core::FailTemplate::fill(QStringLiteral("ran {observed} at a time; wanted {expected}"),
                                          Core::SummaryRules::check(r, s)),
                 filled);
    }

    void sourceChecksIgnoreComments_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("matches");
        QTest::newRow("code") << "sem = asyncio.Semaphore(5)\n" << true;
        QTest::newRow("comment") << "# TODO: use a Semaphore\nx = 1\n" << false;
        QTest::newRow("trailing comment") << "x = 1  # Semaphore later\n" << false;
        QTest::newRow("hash in a string") << "s = '#'; t = Semaphore(1)\n" << true;
        QTest::newRow("docstring keeps text") << "\"\"\"# not a comment Semaphore\"\"\"\n" << true;
    }

    void sourceChecksIgnoreComments()
    {
        QFETCH(QString, source);
        QFETCH(bool, matches);
        QCOMPARE(Core::SourceText::matches(QStringLiteral("Semaphore"), source), matches);
    }

    void harnessResultsRejectHostileInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("items");
        QTest::newRow("empty") << QByteArray() << false << 0;
        QTest::newRow("truncated") << QByteArray("{\"schema\": \"loopscope.harness-results/1\", \"resu") << false << 0;
        QTest::newRow("wrong schema") << QByteArray("{\"schema\": \"x\", \"results\": []}") << false << 0;
        QTest::newRow("ok without name dropped")
                << QByteArray("{\"schema\": \"loopscope.harness-results/1\", \"results\": [{\"ok\": true}, {\"name\": \"a\", \"ok\": \"yes\"}]}")
                << true << 0;
        QTest::newRow("same name merged, failure wins")
                << QByteArray("{\"schema\": \"loopscope.harness-results/1\", \"results\": [{\"name\": \"a\", \"ok\": true}, {\"name\": \"a\", \"ok\": false, \"message\": \"m\"}]}")
                << true << 1;
    }

    void harnessResultsRejectHostileInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QFETCH(int, items);
        const Core::HarnessResults r = Core::HarnessResults::parse(bytes);
        QCOMPARE(r.valid, valid);
        QCOMPARE(r.items.size(), items);
        if (items == 1) {
            QCOMPARE(r.items.first().status, Core::CheckStatus::Fail);
            QCOMPARE(r.items.first().message, QStringLiteral("m"));
        }
    }

    // A results file counts only when signed with the run's key, and says "tampered" when the
    // harness saw its own functions replaced (issue 14).
    void harnessResultsNeedTheRunsKey()
    {
        const QByteArray key("k3y");
        const auto signedWith = [](const QByteArray &signingKey, const QByteArray &body) {
            QJsonObject outer;
            outer.insert(QLatin1String("schema"), QStringLiteral("loopscope.harness-results/2"));
            outer.insert(QLatin1String("body"), QString::fromUtf8(body));
            outer.insert(QLatin1String("mac"), QString::fromLatin1(QMessageAuthenticationCode::hash(
                    body, signingKey, QCryptographicHash::Sha256).toHex()));
            return QJsonDocument(outer).toJson();
        };
        const QByteArray body("{\"schema\": \"loopscope.harness-results/1\", \"finished\": true, "
                              "\"judged\": true, \"results\": [{\"name\": \"a\", \"ok\": true}]}");
        const Core::HarnessResults unsigned_ = Core::HarnessResults::parse(body, key);
        QVERIFY(!unsigned_.valid);
        QVERIFY(unsigned_.items.isEmpty());
        QVERIFY2(unsigned_.tampered.contains(QLatin1String("key")), qPrintable(unsigned_.tampered));
        const Core::HarnessResults other = Core::HarnessResults::parse(signedWith("guess", body), key);
        QVERIFY(!other.valid && other.items.isEmpty() && !other.tampered.isEmpty());
        QByteArray changed = signedWith(key, body);
        changed.replace("\\\"ok\\\": true", "\\\"ok\\\": false");  // the body edited after signing
        QVERIFY(changed != signedWith(key, body));
        QVERIFY(!Core::HarnessResults::parse(changed, key).valid);
        const Core::HarnessResults right = Core::HarnessResults::parse(signedWith(key, body), key);
        QVERIFY(right.valid && right.tampered.isEmpty() && right.finished && right.judged);
        QCOMPARE(right.items.size(), 1);
        QByteArray patchedBody = body;
        patchedBody.replace("\"finished\"", "\"tampered\": \"loopscope_harness.check was replaced\", \"finished\"");
        const Core::HarnessResults patched = Core::HarnessResults::parse(signedWith(key, patchedBody), key);
        QVERIFY2(patched.tampered.contains(QLatin1String("check was replaced")), qPrintable(patched.tampered));
    }
};

QTEST_GUILESS_MAIN(TestExerciseCatalog)
#include "tst_exercisecatalog.moc"
