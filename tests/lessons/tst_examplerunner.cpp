#include "catalogloader.h"
#include "examplebatch.h"

#include <QCoro/QCoroTask>
#include <QTest>

using namespace Lessons;

static QString report(const ExampleOutcome &o)
{
    QStringList lines{o.exampleId, o.error};
    for (const Core::RuleResult &r : o.rules)
        lines << QStringLiteral("%1 %2: %3").arg(r.passed ? "ok" : "FAIL", r.label, r.message);
    return lines.join(QLatin1Char('\n'));
}

class TestExampleRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void requestRunsFromTheExampleFolder();
    void fixtureExamplesPass_data();
    void fixtureExamplesPass();
    void brokenExpectationFailsWithAMessage();
    void rulesForOtherVersionsAreLeftOut();
    void batchRunsTwoAtATimeInOrder();

private:
    Catalog m_catalog;
};

void TestExampleRunner::initTestCase()
{
    m_catalog = CatalogLoader::load(QStringLiteral(LOOPSCOPE_TEST_DATA "/fixtures/valid"));
    QVERIFY(m_catalog.issues().isEmpty());
}

void TestExampleRunner::requestRunsFromTheExampleFolder()
{
    const Lesson *l = m_catalog.lesson(QStringLiteral("basics/sleeps"));
    QString error;
    const auto r = ExampleRunner::request(m_catalog, *l, l->examples.at(0), {}, &error);
    QVERIFY2(r, qPrintable(error));
    QVERIFY(r->program.endsWith(QLatin1String("/examples/gather_sleeps.py")));
    QCOMPARE(r->workingDirectory, QFileInfo(r->program).absolutePath());
    QVERIFY(r->virtualClock);
    QCOMPARE(r->timeoutMs, 20000);
}

void TestExampleRunner::fixtureExamplesPass_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QString>("example");
    QTest::newRow("virtual clock, gather") << "basics/sleeps" << "gather_sleeps";
    QTest::newRow("sibling import, serial") << "basics/sleeps" << "serial_sleeps";
    QTest::newRow("lab server") << "network/lab" << "fetch";
}

void TestExampleRunner::fixtureExamplesPass()
{
    QFETCH(QString, lesson);
    QFETCH(QString, example);
    const Lesson *l = m_catalog.lesson(lesson);
    QVERIFY(l);
    const ExampleOutcome o = QCoro::waitFor(ExampleRunner::run(m_catalog, *l, *l->example(example), {}));
    QVERIFY2(o.passed(), qPrintable(report(o)));
    QCOMPARE(o.rules.size() + o.skippedRules.size(), l->example(example)->expect.size());
}

void TestExampleRunner::brokenExpectationFailsWithAMessage()
{
    const Lesson *l = m_catalog.lesson(QStringLiteral("basics/sleeps"));
    Example serial = *l->example(QStringLiteral("serial_sleeps"));
    serial.expect = QJsonArray{QJsonObject{{"rule", "concurrency"}, {"kind", "sleep"}, {"min", 3}}};
    const ExampleOutcome o = QCoro::waitFor(ExampleRunner::run(m_catalog, *l, serial, {}));
    QVERIFY(o.error.isEmpty());
    QVERIFY(!o.passed());
    QCOMPARE(o.rules.at(0).message, QStringLiteral("the tasks took turns: at most 1 task was "
                                                   "sleeping at a time; expected at least 3 at once"));
}

void TestExampleRunner::rulesForOtherVersionsAreLeftOut()
{
    // serial_sleeps has a rule for "python < 3": it would fail (the line is never printed),
    // so the run passes only because the rule is left out for the Python that really ran.
    const Lesson *l = m_catalog.lesson(QStringLiteral("basics/sleeps"));
    const Example *serial = l->example(QStringLiteral("serial_sleeps"));
    const ExampleOutcome o = QCoro::waitFor(ExampleRunner::run(m_catalog, *l, *serial, {}));
    QVERIFY2(o.passed(), qPrintable(report(o)));
    QCOMPARE(o.skippedRules.size(), 1);
    QVERIFY2(o.skippedRules.at(0).contains(QLatin1String("printed only by Python 2"))
                     && o.skippedRules.at(0).contains(QLatin1String("for Python before 3")),
             qPrintable(o.skippedRules.at(0)));
    QCOMPARE(o.versions.value(QStringLiteral("python")), o.run.pythonVersion);
    // The rule for "python >= 3.11" applies to every Python Loopscope accepts: it was checked.
    bool checked = false;
    for (const Core::RuleResult &r : o.rules)
        checked |= r.name == QLatin1String("output_contains") && r.passed;
    QVERIFY(checked);
}

void TestExampleRunner::batchRunsTwoAtATimeInOrder()
{
    const QList<ExampleBatch::Item> items = ExampleBatch::itemsOf(m_catalog.lessons());
    QCOMPARE(items.size(), 3);
    int reported = 0;
    const QList<ExampleOutcome> all = QCoro::waitFor(
            ExampleBatch::run(m_catalog, items, {}, 2, [&](const ExampleOutcome &) { ++reported; }));
    QCOMPARE(reported, 3);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).exampleId, QStringLiteral("gather_sleeps"));
    QCOMPARE(all.at(2).exampleId, QStringLiteral("fetch"));
    for (const ExampleOutcome &o : all)
        QVERIFY2(o.passed(), qPrintable(report(o)));
}

QTEST_GUILESS_MAIN(TestExampleRunner)
#include "tst_examplerunner.moc"
