// Memory and size caps (issue 14, finding 9; docs/SUMMARY.md "Memory" and "Size"): a run with
// more tasks than the model keeps is still counted exactly, and says what it did not keep; the
// summary of a run with 100,000 tasks stays small and still valid against the shared schema.
#include "runsummary.h"
#include "schemacheck.h"
#include "synthetic.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace Core::Test;

namespace
{

void feed(const QByteArray &bytes, TraceModel &model)
{
    TraceDecoder decoder;
    decoder.feed(bytes, model);
    decoder.finish();
    model.setDecoderStats(decoder.stats());
}

struct Totals {
    qint64 tasks = 0, steps = 0, done = 0, pending = 0;
};

Totals groupTotals(const QJsonObject &summary)
{
    Totals t;
    for (const QJsonValue &g : summary[QLatin1String("task_groups")].toArray()) {
        t.tasks += g[QLatin1String("tasks")].toInteger();
        t.steps += g[QLatin1String("steps")].toInteger();
        t.done += g[QLatin1String("done")].toInteger();
        t.pending += g[QLatin1String("pending")].toInteger();
    }
    return t;
}

bool hasWarningStarting(const QJsonObject &summary, const QString &start)
{
    for (const QJsonValue &w : summary[QLatin1String("warnings")].toArray())
        if (w[QLatin1String("message")].toString().startsWith(start))
            return true;
    return false;
}

} // namespace

class tst_TraceLimits : public QObject
{
    Q_OBJECT

private slots:
    void pastTheTaskLimitTasksAreCountedNotKept();
    void summaryOfManyTasksStaysSmall();
    void smallRunsAreNotCut();
    void everyRecordOfAnUntrackedTaskIsSafe();
};

void tst_TraceLimits::pastTheTaskLimitTasksAreCountedNotKept()
{
    const QByteArray bytes = taskHeavyTrace(6000, 2, 8).bytes; // about 1,000 tasks
    TraceModel full;
    feed(bytes, full);
    const auto allTasks = qint64(full.tasks().size());
    QVERIFY(allTasks > 900);
    qint64 allSteps = 0, allDone = 0;
    for (const TaskInfo &t : full.tasks()) {
        allSteps += t.steps;
        allDone += t.state == TaskState::Done;
    }

    TraceModel capped;
    capped.setTaskLimit(300);
    feed(bytes, capped);
    // Detail for the first 300 tasks only, each exactly as the full model has it...
    QCOMPARE(capped.tasks().size(), std::size_t(300));
    QCOMPARE(capped.tasks().back().steps, full.tasks()[299].steps);
    QCOMPARE(capped.tasks().back().waits.size(), full.tasks()[299].waits.size());
    QVERIFY(capped.task(full.tasks()[299].id));
    QVERIFY(!capped.task(full.tasks()[300].id));
    QVERIFY(capped.laneCount() < full.laneCount());
    QVERIFY(capped.approximateBytes() < full.approximateBytes() / 2);
    // ...but every record and task is still counted.
    QCOMPARE(capped.recordCount(), full.recordCount());
    QCOMPARE(qint64(capped.untrackedTasks()), allTasks - 300);

    const QJsonObject s = buildRunSummary(capped, {});
    QCOMPARE(s[QLatin1String("events")].toInteger(), qint64(full.recordCount()));
    const QJsonObject cut = s[QLatin1String("truncated")][QLatin1String("tasks")].toObject();
    QCOMPARE(cut[QLatin1String("total")].toInteger(), allTasks);
    QCOMPARE(cut[QLatin1String("listed")].toInteger(), 300);
    QCOMPARE(s[QLatin1String("tasks")].toArray().size(), 300);
    const Totals totals = groupTotals(s);
    QCOMPARE(totals.tasks, allTasks);
    QCOMPARE(totals.steps, allSteps);
    QCOMPARE(totals.done, allDone);
    QCOMPARE(totals.pending, allTasks - allDone);
    QCOMPARE(s[QLatin1String("task_groups")].toArray().size(), 4); // fetch, handle, parse, store
    QVERIFY(hasWarningStarting(s, QStringLiteral("the run created more tasks than Loopscope "
                                                 "keeps (300): %1 later tasks")
                                      .arg(QLocale(QLocale::English).toString(allTasks - 300))));
    const QString violations = schemaViolations(s);
    QVERIFY2(violations.isEmpty(), qPrintable(violations));
}

void tst_TraceLimits::summaryOfManyTasksStaysSmall()
{
    // 100,000 tasks of one step each (TASK_NEW, WAKE, STEP, TASK_END): before the caps their
    // summary took about 24 MB, and 58 MB at 250,000 tasks.
    TraceModel model;
    feed(taskHeavyTrace(410000, 1).bytes, model);
    const std::uint64_t tasks = model.tasks().size() + model.untrackedTasks();
    QVERIFY(tasks >= 100000);
    const QJsonObject s = buildRunSummary(model, {});
    const QByteArray json = QJsonDocument(s).toJson(QJsonDocument::Compact);
    qInfo("summary of %llu tasks: %lld bytes", (unsigned long long)tasks, qint64(json.size()));
    QVERIFY2(json.size() < 4 * 1000 * 1000, qPrintable(QString::number(json.size())));
    QCOMPARE(std::size_t(s[QLatin1String("tasks")].toArray().size()), SummaryLimits {}.tasks);
    QCOMPARE(qint64(groupTotals(s).tasks), qint64(tasks));
    QVERIFY(hasWarningStarting(s, QStringLiteral("the summary was cut to stay small: it lists "
                                                 "the first 5,000 of")));
    const QString violations = schemaViolations(s);
    QVERIFY2(violations.isEmpty(), qPrintable(violations));
}

void tst_TraceLimits::smallRunsAreNotCut()
{
    TraceModel model;
    feed(taskHeavyTrace(3000, 2, 8).bytes, model);
    const QJsonObject s = buildRunSummary(model, {});
    QVERIFY(!s.contains(QLatin1String("truncated")));
    QVERIFY(!s.contains(QLatin1String("task_groups")));
    QCOMPARE(model.untrackedTasks(), 0u);
    QVERIFY(!hasWarningStarting(s, QStringLiteral("the summary was cut")));
}

void tst_TraceLimits::everyRecordOfAnUntrackedTaskIsSafe()
{
    // Task 2 is past the limit: its watchdog sample, block report, wake, step and end, a child
    // of it and a task it wakes must neither crash nor give it a lane.
    TraceEncoder e;
    e.magic();
    e.taskNew({ 10, 1, 1, 0, QStringLiteral("Task-1"), QStringLiteral("main"), {}, 0 });
    e.taskNew({ 20, 2, 1, 1, QStringLiteral("Task-2"), QStringLiteral("work"), {}, 0 });
    e.taskNew({ 25, 3, 1, 2, QStringLiteral("Task-3"), QStringLiteral("work"), {}, 0 });
    e.step({ 30, 40, 1, false, WaitKind::Task, QStringLiteral("Task-2"), 2, 0, 0 });
    e.stepRunning({ 200000000, 50, 2, 0, 1, QStringLiteral("m.py"), QStringLiteral("work"), 3 });
    e.blocked({ 50, 2, QStringLiteral("m.py"), QStringLiteral("work"), 3, 1 });
    e.step({ 50, 300000000, 2, true, WaitKind::Other, {}, 0, 0, 0 });
    e.wake({ 300000001, 1, WakerKind::Task, 2, {} });
    e.taskEnd({ 300000002, 2, TaskEndState::Failed, QStringLiteral("ValueError"), {} });
    e.step({ 300000003, 300000004, 1, true, WaitKind::Other, {}, 0, 0, 0 });
    TraceModel model;
    model.setTaskLimit(1);
    feed(e.bytes, model);
    QCOMPARE(model.tasks().size(), std::size_t(1));
    QCOMPARE(model.untrackedTasks(), 2u);
    QCOMPARE(model.laneCount(), 2); // the loop and Task-1
    QCOMPARE(model.tasks()[0].waits.size(), std::size_t(1));
    QCOMPARE(model.tasks()[0].waits[0].wakeup, 1u); // woken by the untracked task
    QCOMPARE(model.wakeups()[0].wakerTask, Id(2));
    QVERIFY(!model.task(2));
    QCOMPARE(model.recordCount(), std::uint64_t(e.events));
    const QJsonObject s = buildRunSummary(model, {});
    const QJsonArray groups = s[QLatin1String("task_groups")].toArray();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups[1][QLatin1String("coro")].toString(), QStringLiteral("work"));
    QCOMPARE(groups[1][QLatin1String("tasks")].toInteger(), 2);
    QCOMPARE(groups[1][QLatin1String("failed")].toInteger(), 1);
    QCOMPARE(groups[1][QLatin1String("pending")].toInteger(), 1);
    QCOMPARE(groups[1][QLatin1String("steps")].toInteger(), 1);
    QCOMPARE(groups[1][QLatin1String("running_s")].toDouble(), 0.29999995);
}

QTEST_GUILESS_MAIN(tst_TraceLimits)
#include "tst_tracelimits.moc"
