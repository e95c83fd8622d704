#include "pausetext.h"

#include "tracemodel.h"

#include <QFileInfo>
#include <QStringList>

namespace Cli {
namespace {

QString taskName(const Core::TraceModel &model, Core::Id id)
{
    const Core::TaskInfo *task = model.task(id);
    return task ? task->name : QStringLiteral("task %1").arg(id);
}

} // namespace

QString pauseText(const Core::PausedInfo &info, const Core::TraceModel &model)
{
    const Core::PausedRecord &n = info.next;
    QString what = n.callback ? QStringLiteral("callback %1").arg(n.name)
                              : QStringLiteral("%1 %2()").arg(n.name, n.function);
    QString line = QStringLiteral("paused before %1").arg(what);
    if (!n.file.isEmpty())
        line += QStringLiteral(" at %1:%2").arg(QFileInfo(n.file).fileName()).arg(n.line);

    QStringList ready;
    for (const Core::ReadyEntry &e : info.ready)
        ready << (e.task ? e.name : QStringLiteral("callback %1").arg(e.name));
    line += QStringLiteral("; ready: [%1]").arg(ready.join(QStringLiteral(", ")));

    QStringList timers;
    for (const Core::TimerEntry &e : info.timers) {
        QString owner;
        if (e.what == Core::TimerWhat::Sleep || (e.what == Core::TimerWhat::Other && e.task))
            owner = QLatin1Char(' ') + taskName(model, e.task);
        const double in = e.deadline > n.t ? double(e.deadline - n.t) / 1e9 : 0.0;
        timers << QStringLiteral("%1%2 in %3s").arg(e.name, owner).arg(in, 0, 'f', 3);
    }
    line += QStringLiteral("; timers: [%1]").arg(timers.join(QStringLiteral(", ")));

    QStringList waiters;
    for (const Core::WaiterGroup &g : info.waiters) {
        QStringList tasks;
        for (Core::Id id : g.tasks)
            tasks << taskName(model, id);
        waiters << QStringLiteral("%1: %2").arg(g.label, tasks.join(QStringLiteral(", ")));
    }
    line += QStringLiteral("; waiters: [%1]").arg(waiters.join(QStringLiteral(", ")));
    return line;
}

} // namespace Cli
