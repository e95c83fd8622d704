#include "schedulerpanel.h"

#include "loopmachinescene.h"
#include "timescale.h"
#include "tracemodel.h"

#include <QFileInfo>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

namespace {

// A list for detail, not a dump of a thousand tasks: the loop machine sums those up.
constexpr int kMaxRows = 200;

QString taskName(const Core::TraceModel &model, Core::Id task)
{
    if (const Core::TaskInfo *t = model.task(task))
        return t->title(); // "Task-2 download('a.zip')": which download, not only Task-2
    return QStringLiteral("task %1").arg(task);
}

QString timeText(Core::TimeNs t)
{
    return QStringLiteral("%1 s").arg(double(t) / 1e9, 0, 'f', 6);
}

QString wakesText(const Core::TraceModel &model, Core::TimerWhat what, Core::Id task,
                  const QString &name)
{
    switch (what) {
    case Core::TimerWhat::Sleep:
        return QObject::tr("wakes %1 (sleep)").arg(task ? taskName(model, task) : name);
    case Core::TimerWhat::Callback:
        return QObject::tr("calls %1").arg(name);
    default:
        return task ? QObject::tr("wakes %1").arg(taskName(model, task)) : name;
    }
}

QStringList childTexts(const QTreeWidgetItem *section, int column = 0)
{
    QStringList out;
    for (int i = 0; section && i < section->childCount(); ++i)
        out << section->child(i)->text(column);
    return out;
}

} // namespace

QString taskPhaseText(const Core::TaskAt &task)
{
    switch (task.phase) {
    case Core::TaskPhase::Ready:
        return QObject::tr("ready");
    case Core::TaskPhase::Running:
        return QObject::tr("running");
    case Core::TaskPhase::Suspended:
        return task.detail.isEmpty() ? QObject::tr("waiting")
                                     : QObject::tr("waiting: %1").arg(task.detail);
    case Core::TaskPhase::Done:
        return QObject::tr("done");
    case Core::TaskPhase::Cancelled:
        return QObject::tr("cancelled");
    case Core::TaskPhase::Failed:
        return QObject::tr("failed");
    }
    return {};
}

SchedulerPanel::SchedulerPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_headline = new QLabel(this);
    m_headline->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("schedulerTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("What"), tr("Detail")});
    // Whole texts, not "waiting: Queue.get (q@wor…": the names get at most half the width and
    // both columns wrap onto more lines; no sideways scrolling.
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    layout->addWidget(m_headline);
    layout->addWidget(m_tree, 1);
    clear();
}

void SchedulerPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void SchedulerPanel::fitColumns()
{
    // The names as wide as the widest (a section title spans both columns), up to half.
    const QFontMetrics metrics(m_tree->font());
    const std::vector<QTreeWidgetItem *> rows = [this] {
        std::vector<QTreeWidgetItem *> all;
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            for (int j = 0; j < m_tree->topLevelItem(i)->childCount(); ++j)
                all.push_back(m_tree->topLevelItem(i)->child(j));
        return all;
    }();
    int widest = 0;
    for (const QTreeWidgetItem *row : rows)
        widest = std::max(widest, metrics.horizontalAdvance(row->text(0)));
    constexpr int kMargin = 10; // the item's text margins
    const int indent = m_tree->indentation();
    // Room for the scroll bar even before it shows: taller rows may bring it.
    int available = m_tree->viewport()->width();
    if (!m_tree->verticalScrollBar()->isVisible())
        available -= m_tree->verticalScrollBar()->sizeHint().width();
    const int first = std::clamp(widest + indent + kMargin, available / 4, available / 2);
    m_tree->setColumnWidth(0, first);
    // Each row as tall as its longer text wrapped in its column (the view does not measure
    // wrapped text itself).
    const int widths[2] = {first - indent - kMargin, available - first - kMargin};
    for (QTreeWidgetItem *row : rows) {
        int height = metrics.height();
        for (int column = 0; column < 2; ++column) {
            const QRect box(0, 0, std::max(1, widths[column]), 100000);
            height = std::max(height,
                              metrics.boundingRect(box, Qt::TextWordWrap, row->text(column)).height());
        }
        for (int column = 0; column < 2; ++column)
            row->setSizeHint(column, QSize(std::max(1, widths[column]), height + 4));
    }
}

QTreeWidgetItem *SchedulerPanel::section(const QString &title)
{
    auto *item = new QTreeWidgetItem(m_tree, {title});
    QFont f = item->font(0);
    f.setBold(true);
    item->setFont(0, f);
    item->setFirstColumnSpanned(true);
    return item;
}

bool SchedulerPanel::full(QTreeWidgetItem *section)
{
    if (section->childCount() < kMaxRows)
        return false;
    ++m_hidden[section];
    return true;
}

void SchedulerPanel::addRow(QTreeWidgetItem *section, const QStringList &texts)
{
    if (!full(section))
        new QTreeWidgetItem(section, texts);
}

void SchedulerPanel::clear(const QString &message)
{
    m_tree->clear();
    m_hidden.clear();
    m_next = m_ready = m_timers = m_waiters = m_tasks = nullptr;
    m_nextName.clear();
    m_nextLine = 0;
    m_headline->setText(message.isEmpty()
                                ? tr("Turn on Run ▸ Step mode and run, or click the timeline's "
                                     "ruler to see the scheduler at that moment.")
                                : message);
}

void SchedulerPanel::finish()
{
    for (QTreeWidgetItem *s : {m_next, m_ready, m_timers, m_waiters, m_tasks}) {
        if (!s)
            continue;
        // Counted before the "(none)" placeholder, which is not an entry.
        const int hidden = m_hidden.value(s);
        const int count = s->childCount() + hidden;
        // The Detail column is often cut by the dock's width: the whole text on hover.
        for (int i = 0; i < s->childCount(); ++i)
            for (int column = 0; column < 2; ++column)
                s->child(i)->setToolTip(column, s->child(i)->text(column));
        if (s->childCount() == 0)
            new QTreeWidgetItem(s, {tr("(none)")});
        if (hidden)
            new QTreeWidgetItem(s, {tr("… and %1 more").arg(hidden)});
        s->setText(0, s->text(0) + QStringLiteral(" (%1)").arg(count));
        s->setExpanded(true);
    }
    fitColumns();
}

void SchedulerPanel::showPause(const Core::TraceModel &model, const Core::PausedInfo &info,
                               bool concealNext)
{
    m_tree->clear();
    m_hidden.clear();
    const Core::PausedRecord &n = info.next;
    m_headline->setText(concealNext
                                ? tr("Paused at %1 — which runs next? Pick, then step")
                                          .arg(timeText(n.t))
                                : tr("Paused at %1 — %2 runs next").arg(timeText(n.t), n.name));
    m_nextName = concealNext ? QString() : n.name;
    m_nextLine = concealNext ? 0 : int(n.line);
    m_next = section(tr("Runs next"));
    const QString where = n.file.isEmpty() ? QString()
                                           : QStringLiteral("%1:%2").arg(QFileInfo(n.file).fileName()).arg(n.line);
    if (concealNext)
        addRow(m_next, {tr("?"), tr("your prediction: shown when you step")});
    else
        addRow(m_next, {n.name, n.function.isEmpty() ? where
                                                    : QStringLiteral("%1  %2").arg(n.function, where)});
    m_ready = section(concealNext ? tr("Ready queue (by name: its order is hidden)")
                                  : tr("Ready queue"));
    QVector<Core::ReadyEntry> ready = info.ready;
    if (concealNext) {
        ready.prepend({n.callback ? 0 : n.task, n.callback ? n.callbackId : 0, n.name});
        std::sort(ready.begin(), ready.end(), [&](const Core::ReadyEntry &a, const Core::ReadyEntry &b) {
            return (a.task ? taskName(model, a.task) : a.name) < (b.task ? taskName(model, b.task) : b.name);
        });
    }
    for (const Core::ReadyEntry &r : ready)
        addRow(m_ready, {r.task ? taskName(model, r.task) : r.name,
                         r.task ? tr("task step") : tr("callback")});
    m_timers = section(tr("Timers"));
    for (const Core::TimerEntry &t : info.timers)
        addRow(m_timers, {timeText(t.deadline), wakesText(model, t.what, t.task, t.name)});
    m_waiters = section(tr("Waiters"));
    for (const Core::WaiterGroup &g : info.waiters) {
        QStringList names;
        for (Core::Id t : g.tasks)
            names << taskName(model, t);
        addRow(m_waiters, {g.label, names.join(QStringLiteral(", "))});
    }
    m_tasks = nullptr;
    finish();
}

void SchedulerPanel::showState(const Core::TraceModel &model, const Core::SchedulerState &state)
{
    m_tree->clear();
    m_hidden.clear();
    m_nextName.clear();
    m_nextLine = 0;
    QString running;
    for (Core::Id t : state.running)
        running += (running.isEmpty() ? QString() : QStringLiteral(", ")) + taskName(model, t);
    if (!state.ready.empty()) {
        m_nextName = state.ready.front().task ? taskName(model, state.ready.front().task)
                                              : state.ready.front().name;
    }
    m_headline->setText(running.isEmpty()
                                ? tr("At %1 (recorded)").arg(timeText(state.t))
                                : tr("At %1 (recorded) — %2 running").arg(timeText(state.t), running));
    m_next = section(tr("Running"));
    for (const Core::RunningItem &r : state.now) {
        QString detail = r.task ? sourceText(r.at) : tr("callback");
        if (r.blocked)
            detail = tr("blocking the loop · %1").arg(detail);
        addRow(m_next, {r.task ? r.name : tr("callback %1").arg(r.name), detail});
    }
    m_ready = section(tr("Ready queue"));
    for (const Core::ReadyItem &r : state.ready)
        addRow(m_ready, {r.task ? taskName(model, r.task) : r.name,
                         tr("since %1").arg(timeText(r.since))});
    m_timers = section(tr("Timers"));
    for (const Core::PendingTimer &t : state.timers)
        addRow(m_timers, {timeText(t.deadline), wakesText(model, t.what, t.task, t.name)});
    m_waiters = section(tr("Waiters"));
    for (const Core::WaiterGroup &g : state.waiters) {
        QStringList names;
        for (Core::Id t : g.tasks)
            names << taskName(model, t);
        addRow(m_waiters, {g.label, names.join(QStringLiteral(", "))});
    }
    m_tasks = section(tr("Tasks"));
    for (const Core::TaskAt &t : state.tasks) {
        if (full(m_tasks)) // before working out the detail of a row that is not shown
            continue;
        const QString where = t.phase == Core::TaskPhase::Ready || t.phase == Core::TaskPhase::Suspended
                || t.phase == Core::TaskPhase::Running
                ? sourceText(t.at)
                : QString();
        addRow(m_tasks, {taskName(model, t.task),
                         where.isEmpty() ? taskPhaseText(t)
                                         : QStringLiteral("%1 · %2").arg(taskPhaseText(t), where)});
    }
    finish();
    if (m_tasks)
        m_tasks->setExpanded(false);
}

QString SchedulerPanel::headline() const
{
    return m_headline->text();
}

QStringList SchedulerPanel::readyNames() const
{
    if (!m_ready || (m_ready->childCount() == 1 && m_ready->child(0)->text(1).isEmpty()))
        return {};
    return childTexts(m_ready);
}

QStringList SchedulerPanel::timerTexts() const
{
    QStringList out;
    for (int i = 0; m_timers && i < m_timers->childCount(); ++i)
        if (!m_timers->child(i)->text(1).isEmpty())
            out << m_timers->child(i)->text(0) + QStringLiteral(" ") + m_timers->child(i)->text(1);
    return out;
}

QStringList SchedulerPanel::waiterTexts() const
{
    QStringList out;
    for (int i = 0; m_waiters && i < m_waiters->childCount(); ++i)
        if (!m_waiters->child(i)->text(1).isEmpty())
            out << m_waiters->child(i)->text(0) + QStringLiteral(": ") + m_waiters->child(i)->text(1);
    return out;
}

} // namespace Ui
