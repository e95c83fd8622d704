#include "catalogloader.h"
#include "examplebatch.h"
#include "interpreterset.h"
#include "sectionindex.h"

#include <QCoro/QCoroTask>
#include <QRegularExpression>
#include <QTest>

using namespace Lessons;

namespace {

// What in a rule would tie a lesson to one interpreter or one library release: an automatic
// task name ("Task-4": numbered differently on 3.13) or an exact version ("FastAPI 0.92.0",
// "3.11.2"). Empty when the value is fine. Version-specific facts belong in a "when".
QString pinnedValue(const QString &value)
{
    static const QRegularExpression taskName(QStringLiteral("\\bTask-\\d+\\b"));
    static const QRegularExpression exactVersion(QStringLiteral("(?<![\\d.])\\d+\\.\\d+\\.\\d+(?![\\d.])"));
    static const QRegularExpression libraryVersion(
            QStringLiteral("\\b(python|fastapi|starlette|uvicorn|httpx|aiohttp|sqlalchemy|aiosqlite|"
                           "websockets|uvloop|aiofiles|anyio)\\s+v?\\d+\\.\\d+"),
            QRegularExpression::CaseInsensitiveOption);
    for (const QRegularExpression *re : {&taskName, &exactVersion, &libraryVersion})
        if (const QRegularExpressionMatch m = re->match(value); m.hasMatch())
            return m.captured(0);
    return {};
}

// Every string a rule compares against the run: names, texts, expected lines, details.
QStringList comparedStrings(const QJsonObject &rule)
{
    QStringList out;
    for (const char *key : {"name", "text", "detail_contains"})
        if (rule.value(QLatin1String(key)).isString())
            out << rule.value(QLatin1String(key)).toString();
    for (const QJsonValue &line : rule.value(QLatin1String("lines")).toArray())
        out << line.toString();
    return out;
}

} // namespace

//! The built-in lessons as shipped: every file loads cleanly, every section id exists, no rule
//! pins what differs between interpreters, and every example, run for real on every Python
//! 3.11+ this machine has (those with `requires` on each one that has the modules), still shows
//! what its lesson says it shows.
class TestCurriculum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void catalogLoadsWithoutIssues();
    void lessonsAreComplete_data();
    void lessonsAreComplete();
    void pinnedValuesAreFound_data();
    void pinnedValuesAreFound();
    void rulesPinNoAutomaticNameOrVersion_data();
    void rulesPinNoAutomaticNameOrVersion();
    void everyExampleRanSomewhere_data();
    void everyExampleRanSomewhere();
    void examplesShowWhatTheySay_data();
    void examplesShowWhatTheySay();

private:
    std::optional<SectionIndex> m_sections;
    Catalog m_catalog;
    QList<Core::PythonInterpreter> m_pythons;
    ExampleBatch::Plan m_plan;
    QHash<QString, ExampleOutcome> m_outcomes; // "python path|lesson id#example id"
};

void TestCurriculum::initTestCase()
{
    QString error;
    m_sections = SectionIndex::load(QStringLiteral(LOOPSCOPE_GUIDES_DIR "/sections.json"), &error);
    QVERIFY2(m_sections, qPrintable(error));
    m_catalog = CatalogLoader::loadBuiltIn(&*m_sections);
    if (m_catalog.lessons().isEmpty() && m_catalog.issues().size() <= 1)
        QSKIP("this build has no built-in lessons yet (lessons/catalog is empty)");
    m_pythons = QCoro::waitFor(InterpreterSet::discover());
    QVERIFY2(!m_pythons.isEmpty(), "no Python 3.11+ on this machine");
    for (const Core::PythonInterpreter &py : std::as_const(m_pythons))
        qInfo().noquote() << "checking on Python" << py.version << py.executable;
    m_plan = QCoro::waitFor(ExampleBatch::planOn(m_catalog.lessons(), m_pythons));
    for (const ExampleBatch::Skipped &s : std::as_const(m_plan.skipped))
        qInfo().noquote() << "skip" << s.item.lesson->id << s.item.example->id << "on" << s.pythonVersion
                          << "(lacks" << s.missingModules.join(QLatin1String(", ")) + QLatin1Char(')');
    // All runs up front, two at a time: the machine has two cores and most examples wait.
    const QList<ExampleOutcome> outcomes = QCoro::waitFor(ExampleBatch::run(
            m_catalog, m_plan.items, {}, 2, [](const ExampleOutcome &o) {
                qInfo().noquote() << (o.passed() ? "pass" : "FAIL") << o.run.pythonVersion
                                  << o.lessonId << o.exampleId;
            }));
    for (const ExampleOutcome &o : outcomes)
        m_outcomes.insert(o.python + QLatin1Char('|') + o.lessonId + QLatin1Char('#') + o.exampleId, o);
}

void TestCurriculum::catalogLoadsWithoutIssues()
{
    QStringList problems;
    for (const CatalogIssue &i : m_catalog.issues())
        problems << (i.fatal ? QStringLiteral("error: ") : QStringLiteral("warning: ")) + i.toString();
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void TestCurriculum::lessonsAreComplete_data()
{
    QTest::addColumn<QString>("lesson");
    for (const Lesson *l : m_catalog.lessons())
        QTest::newRow(qPrintable(l->id)) << l->id;
}

void TestCurriculum::lessonsAreComplete()
{
    QFETCH(QString, lesson);
    const Lesson *l = m_catalog.lesson(lesson);
    QVERIFY2(!l->summary.trimmed().isEmpty(), "the outline shows a summary: give one");
    QVERIFY2(!l->covers.isEmpty(), "a lesson covers at least one section of SECTIONS.md");
    for (const QString &id : l->covers)
        QVERIFY2(m_sections->contains(id), qPrintable(QStringLiteral("unknown section %1").arg(id)));
    QVERIFY2(!l->examples.isEmpty(), "a lesson shows at least one example");
    for (const Step &s : l->steps)
        QVERIFY2(!s.markdown.trimmed().isEmpty(), qPrintable(QStringLiteral("step '%1' has no text").arg(s.title)));
    for (const Example &e : l->examples) {
        // Without expectations an example could stop showing its point and nobody would know.
        QVERIFY2(!e.expect.isEmpty(), qPrintable(QStringLiteral("example '%1' has no \"expect\" rules").arg(e.id)));
    }
}

void TestCurriculum::pinnedValuesAreFound_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("pinned");
    QTest::newRow("automatic task name") << "Task-4     cancelled" << "Task-4";
    QTest::newRow("library version line") << "FastAPI 0.92.0" << "0.92.0";
    QTest::newRow("library and two-part version") << "uses fastapi 0.92" << "fastapi 0.92";
    QTest::newRow("interpreter version") << "Python 3.11.2" << "3.11.2";
    QTest::newRow("task name prefix is fine") << "the unnamed task was called Task-" << "";
    QTest::newRow("a chosen name is fine") << "refresh-job" << "";
    QTest::newRow("timings are fine") << "2.5s  message 3 sent" << "";
    QTest::newRow("a loopback address is no version") << "http://127.0.0.1:8000/items" << "";
}

void TestCurriculum::pinnedValuesAreFound()
{
    QFETCH(QString, value);
    QFETCH(QString, pinned);
    QCOMPARE(pinnedValue(value), pinned);
}

void TestCurriculum::rulesPinNoAutomaticNameOrVersion_data()
{
    QTest::addColumn<QString>("lesson");
    for (const Lesson *l : m_catalog.lessons())
        QTest::newRow(qPrintable(l->id)) << l->id;
}

void TestCurriculum::rulesPinNoAutomaticNameOrVersion()
{
    QFETCH(QString, lesson);
    QStringList found;
    for (const Example &e : m_catalog.lesson(lesson)->examples)
        for (const QJsonValue &rule : e.expect)
            for (const QString &s : comparedStrings(rule.toObject()))
                if (const QString pinned = pinnedValue(s); !pinned.isEmpty())
                    found << QStringLiteral("%1: \"%2\" pins %3").arg(e.id, s, pinned);
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("\n%1\nautomatic task names and exact versions differ between "
                                       "interpreters and releases: name the task, or put the fact "
                                       "in a rule with \"when\"")
                                .arg(found.join(QLatin1Char('\n')))));
}

void TestCurriculum::everyExampleRanSomewhere_data()
{
    QTest::addColumn<QString>("key");
    for (const Lesson *l : m_catalog.lessons())
        for (const Example &e : l->examples)
            QTest::newRow(qPrintable(l->id + QLatin1Char('#') + e.id)) << l->id + QLatin1Char('#') + e.id;
}

void TestCurriculum::everyExampleRanSomewhere()
{
    // An example skipped on every interpreter was never checked: its libraries are missing.
    QFETCH(QString, key);
    QStringList missing;
    for (const ExampleBatch::Item &i : std::as_const(m_plan.items))
        if (i.lesson->id + QLatin1Char('#') + i.example->id == key)
            return;
    for (const ExampleBatch::Skipped &s : std::as_const(m_plan.skipped))
        if (s.item.lesson->id + QLatin1Char('#') + s.item.example->id == key)
            missing << QStringLiteral("Python %1 lacks %2").arg(s.pythonVersion, s.missingModules.join(u','));
    QFAIL(qPrintable(QStringLiteral("ran on no interpreter: %1 (install the Debian packages "
                                    "setup.sh lists)").arg(missing.join(QLatin1String("; ")))));
}

void TestCurriculum::examplesShowWhatTheySay_data()
{
    QTest::addColumn<QString>("key");
    for (const ExampleBatch::Item &i : std::as_const(m_plan.items)) {
        const auto py = std::find_if(m_pythons.cbegin(), m_pythons.cend(),
                                     [&](const auto &p) { return p.executable == i.python; });
        QTest::newRow(qPrintable(QStringLiteral("%1 %2#%3").arg(py->version, i.lesson->id, i.example->id)))
                << i.python + QLatin1Char('|') + i.lesson->id + QLatin1Char('#') + i.example->id;
    }
}

void TestCurriculum::examplesShowWhatTheySay()
{
    QFETCH(QString, key);
    QVERIFY(m_outcomes.contains(key));
    const ExampleOutcome &o = m_outcomes[key];
    QVERIFY2(o.error.isEmpty(), qPrintable(QStringLiteral("could not run: ") + o.error));
    QStringList failures;
    for (const Core::RuleResult &r : o.rules)
        if (!r.passed)
            failures << QStringLiteral("%1%2: %3%4")
                                .arg(r.invalid ? QStringLiteral("invalid rule ") : QString(), r.label,
                                     r.message,
                                     r.why.isEmpty() ? QString() : QStringLiteral(" (why: %1)").arg(r.why));
    if (!failures.isEmpty()) {
        QStringList tail;
        for (const QJsonValue &v : o.summary.value(QLatin1String("output")).toArray())
            tail << v.toObject().value(QLatin1String("text")).toString();
        failures << QStringLiteral("status %1 on Python %2; last output lines:")
                            .arg(o.summary.value(QLatin1String("status")).toString(), o.run.pythonVersion);
        failures << tail.mid(qMax(0, int(tail.size()) - 8));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(QLatin1Char('\n') + failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCurriculum)
#include "tst_curriculum.moc"
