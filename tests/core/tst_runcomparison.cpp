// compareRuns(): two run summaries side by side for the compare view.
#include "runcomparison.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Core;

namespace {

QJsonObject wait(const char *kind, double start, QJsonValue end)
{
    return QJsonObject{ { "kind", kind }, { "start_s", start }, { "end_s", end } };
}

QJsonObject task(double created, QJsonValue end, int steps, QJsonArray waits)
{
    return QJsonObject{ { "created_s", created }, { "end_s", end }, { "steps", steps },
                        { "waits", waits } };
}

// Sequential: three fetches one after another, one blocking step.
QJsonObject sequential()
{
    QJsonArray tasks{ task(0, 3.0, 4,
                           QJsonArray{ wait("sleep", 0, 1.0), wait("sleep", 1.0, 2.0),
                                       wait("sleep", 2.0, 3.0) }) };
    QJsonObject loop{ { "busy_s", 0.5 }, { "idle_s", 2.5 },
                      { "blocked", QJsonArray{ QJsonObject{ { "duration_ms", 200.0 } } } } };
    return QJsonObject{ { "wall_s", 3.0 }, { "tasks", tasks }, { "loop", loop } };
}

// Concurrent: main gathers three fetches that sleep at the same time, one waits for a lock.
QJsonObject concurrent()
{
    QJsonArray tasks{
        task(0, 1.0, 2, QJsonArray{ wait("gather", 0, 1.0) }),
        task(0, 1.0, 2, QJsonArray{ wait("sleep", 0, 1.0) }),
        task(0, 1.0, 2, QJsonArray{ wait("sleep", 0, 1.0) }),
        task(0, QJsonValue(), 2, QJsonArray{ wait("sleep", 0, 0.5), wait("lock", 0.5, {}) }),
    };
    QJsonObject loop{ { "busy_s", 0.1 }, { "idle_s", 0.9 }, { "blocked", QJsonArray{} } };
    return QJsonObject{ { "wall_s", 1.0 }, { "tasks", tasks }, { "loop", loop } };
}

double rowValue(const RunComparison &c, const QString &key, bool a)
{
    for (const ComparisonRow &r : c.rows)
        if (r.key == key)
            return a ? r.a : r.b;
    return -1;
}

} // namespace

class tst_RunComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void totalsSideBySide();
    void maxConcurrentWaitsByKind();
    void backToBackWaitsDoNotOverlap();
    void kindsInSchemaOrderAndMissingKindsAreZero();
};

void tst_RunComparison::totalsSideBySide()
{
    const RunComparison c = compareRuns(sequential(), concurrent());
    QCOMPARE(rowValue(c, "wall_s", true), 3.0);
    QCOMPARE(rowValue(c, "wall_s", false), 1.0);
    QCOMPARE(rowValue(c, "tasks", true), 1.0);
    QCOMPARE(rowValue(c, "tasks", false), 4.0);
    QCOMPARE(rowValue(c, "steps", false), 8.0);
    QCOMPARE(rowValue(c, "max_concurrent_tasks", false), 4.0);
    QCOMPARE(rowValue(c, "blocked_s", true), 0.2);
    QCOMPARE(rowValue(c, "blocked_count", false), 0.0);
    QCOMPARE(c.a.busyFraction, 0.5 / 3.0);
    QCOMPARE(rowValue(c, "idle_s", false), 0.9);
}

void tst_RunComparison::maxConcurrentWaitsByKind()
{
    const RunComparison c = compareRuns(sequential(), concurrent());
    QCOMPARE(c.b.maxConcurrentWaits.value("sleep"), 3);
    QCOMPARE(c.b.maxConcurrentWaits.value("lock"), 1); // open wait: until the end
    QCOMPARE(c.b.maxConcurrentWaits.value("gather"), 1);
}

void tst_RunComparison::backToBackWaitsDoNotOverlap()
{
    const RunComparison c = compareRuns(sequential(), sequential());
    QCOMPARE(c.a.maxConcurrentWaits.value("sleep"), 1);
}

void tst_RunComparison::kindsInSchemaOrderAndMissingKindsAreZero()
{
    const RunComparison c = compareRuns(sequential(), concurrent());
    QStringList keys;
    for (const ComparisonRow &r : c.rows)
        if (r.key.startsWith("waits."))
            keys << r.key;
    QCOMPARE(keys, (QStringList{ "waits.sleep", "waits.gather", "waits.lock" }));
    QCOMPARE(rowValue(c, "waits.lock", true), 0.0);
    QCOMPARE(rowValue(c, "waits.lock", false), 1.0);
}

QTEST_GUILESS_MAIN(tst_RunComparison)
#include "tst_runcomparison.moc"
