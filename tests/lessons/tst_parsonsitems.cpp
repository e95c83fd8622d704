#include "catalogloader.h"
#include "interpreterset.h"
#include "parsonsgrading.h"

#include <QCoro/QCoroTask>
#include <QSet>
#include <QTest>

using namespace Lessons;

//! Every Parsons problem of the built-in course, assembled and run for real on every Python
//! 3.11+ the machine has (each problem is standard library only): the program the lesson
//! declares right passes its checks, and each wrong program it declares (a distractor used, a
//! line out of order or indentation) fails, with the explanation the lesson declares. Also the
//! course's promise: three or more problems, in three or more modules, each with a distractor.
class TestParsonsItems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void itemsAreWhereTheyShouldBe();
    void declaredProgramsGradeAsDeclared_data();
    void declaredProgramsGradeAsDeclared();

private:
    struct Entry {
        const Lesson *lesson = nullptr;
        int step = 0, index = 0;
        const ParsonsItem *item = nullptr;
    };
    Catalog m_catalog;
    QList<Entry> m_entries;
    QList<Core::PythonInterpreter> m_pythons;
};

void TestParsonsItems::initTestCase()
{
    m_catalog = CatalogLoader::loadBuiltIn();
    for (const CatalogIssue &i : m_catalog.issues())
        QVERIFY2(!i.fatal, qPrintable(i.toString()));
    for (const Lesson *l : m_catalog.lessons())
        for (int s = 0; s < l->steps.size(); ++s)
            for (int i = 0; i < l->steps[s].parsons.size(); ++i)
                m_entries.append({l, s, i, &l->steps[s].parsons[i]});
    m_pythons = QCoro::waitFor(InterpreterSet::discover());
    QVERIFY2(!m_pythons.isEmpty(), "no Python 3.11+ on this machine");
}

void TestParsonsItems::itemsAreWhereTheyShouldBe()
{
    QSet<QString> modules;
    for (const Entry &e : std::as_const(m_entries)) {
        modules.insert(e.lesson->moduleId);
        const QString where = QStringLiteral("%1 step %2 parsons %3").arg(e.lesson->id).arg(e.step + 1).arg(e.index);
        QVERIFY2(!e.item->distractors.isEmpty(), qPrintable(where + ": needs a distractor"));
        // Two plausible wrong programs: one that uses a distractor, one built from the right
        // lines only, in a wrong order or indentation.
        bool usesDistractor = false, rightLinesOnly = false;
        for (const ParsonsWrong &w : e.item->wrong) {
            const bool used = !ParsonsGrading::distractorsUsed(*e.item, w.program).isEmpty();
            usesDistractor |= used;
            rightLinesOnly |= !used;
        }
        QVERIFY2(usesDistractor && rightLinesOnly,
                 qPrintable(where + ": needs a wrong program with a distractor and one without"));
    }
    QVERIFY2(m_entries.size() >= 3, qPrintable(QStringLiteral("%1 Parsons problems").arg(m_entries.size())));
    QVERIFY2(modules.size() >= 3, qPrintable(QStringLiteral("Parsons problems in only %1 modules").arg(modules.size())));
}

void TestParsonsItems::declaredProgramsGradeAsDeclared_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<int>("python");
    for (int i = 0; i < m_entries.size(); ++i)
        for (int p = 0; p < m_pythons.size(); ++p)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2 on %3")
                                             .arg(m_entries[i].lesson->id, m_entries[i].item->id,
                                                  m_pythons[p].version)))
                    << i << p;
}

void TestParsonsItems::declaredProgramsGradeAsDeclared()
{
    QFETCH(int, entry);
    QFETCH(int, python);
    const ParsonsItem &item = *m_entries[entry].item;
    Core::CheckEngine::Options options;
    options.python = m_pythons[python].executable;
    const auto describe = [](const ParsonsGrading::Verdict &v) {
        QStringList lines{v.result.error};
        for (const Core::CheckItem &c : v.result.checks)
            lines << QStringLiteral("%1 %2: %3").arg(Core::CheckItem::statusName(c.status), c.name, c.message);
        return lines.join(QLatin1Char('\n')) + QStringLiteral("\n--- program:\n") + v.program;
    };
    const ParsonsGrading::Verdict right
            = QCoro::waitFor(ParsonsGrading::grade(item, item.answer, options));
    QVERIFY2(right.passed, qPrintable(describe(right)));
    for (const ParsonsWrong &w : item.wrong) {
        const ParsonsGrading::Verdict v = QCoro::waitFor(ParsonsGrading::grade(item, w.program, options));
        // Graded by the real run: it ran, and a check of the run failed (not only the string
        // comparison with a distractor).
        QVERIFY2(v.result.status == Core::CheckResult::Status::Fail, qPrintable(describe(v)));
        QVERIFY2(!v.passed, qPrintable(describe(v)));
        QCOMPARE(v.explanation(), w.why);
        qInfo().noquote() << "  fails:" << (v.firstFailure() ? v.firstFailure()->name + ": " + v.firstFailure()->message
                                                             : QString());
    }
}

QTEST_GUILESS_MAIN(TestParsonsItems)
#include "tst_parsonsitems.moc"
