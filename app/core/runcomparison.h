#pragma once
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Core {

//! Totals and concurrency figures of one run, from its run summary (JSON contract).
struct RunFigures {
    double wallS = 0;
    int tasks = 0;
    int steps = 0;
    int maxConcurrentTasks = 0; //!< tasks alive (created, not ended) at once
    double busyS = 0, idleS = 0;
    double busyFraction = 0; //!< busy / (busy + idle)
    double blockedS = 0; //!< sum of the blocked steps' durations
    int blockedCount = 0;
    QMap<QString, int> maxConcurrentWaits; //!< wait kind -> most tasks waiting on it at once
};

//! One line of the side-by-side table.
struct ComparisonRow {
    QString key; //!< "wall_s", "waits.sleep", ...
    QString label; //!< "Wall time (s)", "Max concurrent waits: sleep"
    double a = 0, b = 0;
};

//! Two runs side by side, for the compare view and `loopscope compare`-like tools.
struct RunComparison {
    RunFigures a, b;
    QList<ComparisonRow> rows; //!< totals first, then waits by kind (kinds present in either)
};

RunFigures runFigures(const QJsonObject &summary);
RunComparison compareRuns(const QJsonObject &summaryA, const QJsonObject &summaryB);

} // namespace Core
