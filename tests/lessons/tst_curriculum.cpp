#include "catalogloader.h"
#include "examplebatch.h"
#include "sectionindex.h"

#include <QCoro/QCoroTask>
#include <QTest>

using namespace Lessons;

//! The built-in lessons as shipped: every file loads cleanly, every section id exists, and
//! every example, run for real, still shows what its lesson says it shows.
class TestCurriculum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void catalogLoadsWithoutIssues();
    void lessonsAreComplete_data();
    void lessonsAreComplete();
    void examplesShowWhatTheySay_data();
    void examplesShowWhatTheySay();

private:
    std::optional<SectionIndex> m_sections;
    Catalog m_catalog;
    QHash<QString, ExampleOutcome> m_outcomes; // "lesson id#example id"
};

void TestCurriculum::initTestCase()
{
    QString error;
    m_sections = SectionIndex::load(QStringLiteral(LOOPSCOPE_GUIDES_DIR "/sections.json"), &error);
    QVERIFY2(m_sections, qPrintable(error));
    m_catalog = CatalogLoader::loadBuiltIn(&*m_sections);
    if (m_catalog.lessons().isEmpty() && m_catalog.issues().size() <= 1)
        QSKIP("this build has no built-in lessons yet (lessons/catalog is empty)");
    // All examples up front, two at a time: the machine has two cores and most examples wait.
    const QList<ExampleBatch::Item> items = ExampleBatch::itemsOf(m_catalog.lessons());
    const QList<ExampleOutcome> outcomes = QCoro::waitFor(ExampleBatch::run(
            m_catalog, items, {}, 2, [](const ExampleOutcome &o) {
                qInfo().noquote() << (o.passed() ? "pass" : "FAIL") << o.lessonId << o.exampleId;
            }));
    for (const ExampleOutcome &o : outcomes)
        m_outcomes.insert(o.lessonId + QLatin1Char('#') + o.exampleId, o);
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

void TestCurriculum::examplesShowWhatTheySay_data()
{
    QTest::addColumn<QString>("key");
    for (const Lesson *l : m_catalog.lessons())
        for (const Example &e : l->examples)
            QTest::newRow(qPrintable(l->id + QLatin1Char('#') + e.id)) << l->id + QLatin1Char('#') + e.id;
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
        failures << QStringLiteral("status %1; last output lines:").arg(o.summary.value(QLatin1String("status")).toString());
        failures << tail.mid(qMax(0, int(tail.size()) - 8));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(QLatin1Char('\n') + failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCurriculum)
#include "tst_curriculum.moc"
