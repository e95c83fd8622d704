#include "catalogloader.h"
#include "examplebatch.h"
#include "examplerunner.h"
#include "nextpickitem.h"
#include "predictgrading.h"
#include "tracemodel.h"

#include <QCoro/QCoroTask>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Lessons;

//! Every predict item of the built-in course against a real run of its example on this
//! machine's Python: the answer the lesson declares is what the run shows, and each wrong
//! answer it declares fails with the explanation it declares. Also the counts the course
//! promises (two wrong answers each; every step-mode or compared example asked about; floors on the count).
class TestPredictItems : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void itemsAreWhereTheyShouldBe();
    void declaredAnswersMatchTheRun_data();
    void declaredAnswersMatchTheRun();

private:
    struct Entry {
        const Lesson *lesson = nullptr;
        int step = 0, index = 0;
        const PredictItem *item = nullptr;
    };
    Catalog m_catalog;
    QList<Entry> m_entries;
    QHash<QString, ExampleOutcome> m_runs; // "lesson#example"
    QHash<QString, ExampleOutcome> m_stepped; // predict_next: stepped through, with the model
};

void TestPredictItems::initTestCase()
{
    m_catalog = CatalogLoader::loadBuiltIn();
    for (const CatalogIssue &i : m_catalog.issues())
        QVERIFY2(!i.fatal, qPrintable(i.toString()));
    QList<ExampleBatch::Item> runs;
    QSet<QString> seen;
    for (const Lesson *l : m_catalog.lessons())
        for (int s = 0; s < l->steps.size(); ++s)
            for (int i = 0; i < l->steps[s].predict.size(); ++i) {
                const PredictItem &item = l->steps[s].predict[i];
                m_entries.append({l, s, i, &item});
                const QString key = l->id + QLatin1Char('#') + item.example;
                if (item.kind == PredictItem::Kind::Next && l->example(item.example)) {
                    // Answered at a pause: run as the learner steps through it.
                    ExampleRunner::Options options;
                    options.stepThrough = true;
                    options.keepModel = true;
                    m_stepped.insert(key, QCoro::waitFor(ExampleRunner::run(
                                                  m_catalog, *l, *l->example(item.example), options)));
                }
                if (!seen.contains(key) && l->example(item.example)) {
                    seen.insert(key);
                    runs.append({l, l->example(item.example), {}});
                }
            }
    // Each example once, on the interpreter the app would pick: the items only read its run.
    const QList<ExampleOutcome> outcomes
            = QCoro::waitFor(ExampleBatch::run(m_catalog, runs, {}, 2));
    for (const ExampleOutcome &o : outcomes)
        m_runs.insert(o.lessonId + QLatin1Char('#') + o.exampleId, o);
}

void TestPredictItems::itemsAreWhereTheyShouldBe()
{
    QSet<QString> modules, runs;
    for (const Entry &e : std::as_const(m_entries)) {
        modules.insert(e.lesson->moduleId);
        // One prediction per run: a second item on the same example would be answered from
        // what the first one's run just showed (its output, its timeline, its figures).
        const QString run = QStringLiteral("%1#%2").arg(e.lesson->id, e.item->example);
        QVERIFY2(!runs.contains(run), qPrintable(run + ": two items predict the same run"));
        runs.insert(run);
        const QString where = QStringLiteral("%1 step %2 item %3").arg(e.lesson->id).arg(e.step).arg(e.index);
        QVERIFY2(e.item->wrong.size() >= 2, qPrintable(where + ": needs two plausible wrong answers"));
        const Example *ex = e.lesson->example(e.item->example);
        QVERIFY2(ex, qPrintable(where));
        QVERIFY2(e.lesson->steps[e.step].examples.contains(ex->id),
                 qPrintable(where + ": its example is not on the same step"));
    }
    // Where order is the point of an example (it opens in step mode) or a before/after pair
    // is compared, the learner is asked first: such an example, its pair, or the step that shows
    // it has an item.
    for (const Lesson *l : m_catalog.lessons())
        for (const Example &ex : l->examples) {
            if (!ex.stepMode && ex.compareWith.isEmpty())
                continue;
            const QString own = QStringLiteral("%1#%2").arg(l->id, ex.id);
            const QString pair = QStringLiteral("%1#%2").arg(l->id, ex.compareWith);
            const bool askedOnItsStep = std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) {
                return e.lesson == l && e.lesson->steps[e.step].examples.contains(ex.id);
            });
            QVERIFY2(runs.contains(own) || (!ex.compareWith.isEmpty() && runs.contains(pair)) || askedOnItsStep,
                     qPrintable(own + ": a step-mode or compared example without a predict item"));
        }
    // The course's promise: at least 40 items, in every one of its 16 modules.
    QVERIFY2(m_entries.size() >= 40, qPrintable(QStringLiteral("%1 predict items").arg(m_entries.size())));
    QVERIFY2(modules.size() >= 16, qPrintable(QStringLiteral("predict items in only %1 modules")
                                                      .arg(modules.size())));
}

void TestPredictItems::declaredAnswersMatchTheRun_data()
{
    QTest::addColumn<int>("entry");
    for (int i = 0; i < m_entries.size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("%1 step %2 item %3 (%4)")
                                         .arg(m_entries[i].lesson->id)
                                         .arg(m_entries[i].step + 1)
                                         .arg(m_entries[i].index)
                                         .arg(m_entries[i].item->example)))
                << i;
}

void TestPredictItems::declaredAnswersMatchTheRun()
{
    QFETCH(int, entry);
    const Entry &e = m_entries[entry];
    const ExampleOutcome run = m_runs.value(e.lesson->id + QLatin1Char('#') + e.item->example);
    QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    QVERIFY2(run.passed(), "the example no longer shows what its lesson says");
    const QJsonObject &summary = run.summary;
    const auto output = [&] {
        return QString::fromUtf8(QJsonDocument(summary.value(QLatin1String("output")).toArray())
                                         .toJson(QJsonDocument::Compact));
    };
    if (e.item->kind == PredictItem::Kind::Next) {
        const ExampleOutcome stepped = m_stepped.value(e.lesson->id + QLatin1Char('#') + e.item->example);
        QVERIFY2(stepped.error.isEmpty() && stepped.model, qPrintable(stepped.error));
        QVERIFY2(stepped.passed(), "stepped through, the example no longer shows what its lesson says");
        const Core::TraceModel &model = *stepped.model;
        const int at = NextPickItem::findPause(*e.item, model);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("no pause where %1 runs next with every wrong "
                                                    "answer on screen").arg(e.item->answerName)));
        const Core::NextPick pick(model, model.pauses()[size_t(at)]);
        const auto right = NextPickItem::grade(*e.item, pick, *pick.find(e.item->answerName));
        QVERIFY2(right.right, qPrintable(right.text));
        for (const PredictWrong &w : e.item->wrong) {
            const auto v = NextPickItem::grade(*e.item, pick, *pick.find(w.name));
            QVERIFY2(!v.right, qPrintable(w.name));
            QCOMPARE(v.declaredWhy, w.why);
            // Why it was not next, read from the pause: named, and not the generic line.
            QVERIFY2(v.derived.startsWith(QStringLiteral("Not ")), qPrintable(v.derived));
            qInfo().noquote() << v.derived;
        }
    } else if (e.item->kind == PredictItem::Kind::Order) {
        const auto right = PredictGrading::gradeOrder(*e.item, e.item->answerOrder, summary);
        QVERIFY2(right.passed, qPrintable(QStringLiteral("the run printed %1; output %2")
                                                  .arg(right.realOrder.join(" | "), output())));
        for (const PredictWrong &w : e.item->wrong) {
            const auto v = PredictGrading::gradeOrder(*e.item, w.order, summary);
            QVERIFY2(!v.passed, qPrintable(w.order.join(" | ")));
            QCOMPARE(v.declaredWhy, w.why);
            // Where it first differs, and why, read from the trace.
            QVERIFY2(v.differenceWhy.startsWith(QStringLiteral("Line %1:").arg(v.firstDifference + 1)),
                     qPrintable(v.differenceWhy));
            qInfo().noquote() << v.differenceWhy;
        }
    } else {
        const auto right = PredictGrading::gradeFigure(*e.item, e.item->answerFigure, summary);
        QVERIFY2(right.real, "the run summary lacks the figure");
        QVERIFY2(right.passed, qPrintable(QStringLiteral("the run's %1 is %2, the lesson says %3 ± %4")
                                                  .arg(e.item->figure)
                                                  .arg(*right.real)
                                                  .arg(e.item->answerFigure)
                                                  .arg(e.item->tolerance)));
        for (const PredictWrong &w : e.item->wrong) {
            const auto v = PredictGrading::gradeFigure(*e.item, w.figure, summary);
            QVERIFY2(!v.passed, qPrintable(QString::number(w.figure)));
            QCOMPARE(v.declaredWhy, w.why);
        }
    }
}

QTEST_GUILESS_MAIN(TestPredictItems)
#include "tst_predictitems.moc"
