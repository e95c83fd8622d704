#include "eventlogmodel.h"

#include "readyreason.h"
#include "schedulerstate.h"
#include "stepaxis.h"
#include "timelinepalette.h"
#include "timescale.h"
#include "tracemodel.h"

#include <algorithm>

namespace Ui {

using Core::ReadyReason;
using Core::SpanKind;

namespace {

QString at(Core::TimeNs t)
{
    return formatDuration(double(t));
}

// Why the step was in the ready queue, with when it got there: the log is read in order, so
// the time of the wake-up tells how long the step waited for its turn.
QString wokenText(const ReadyReason &r)
{
    using Cause = ReadyReason::Cause;
    switch (r.cause) {
    case Cause::Timer:
        if (r.wait == Core::WaitKind::Timeout)
            return EventLogModel::tr("its timeout (%1) expired at %2").arg(r.detail, at(r.readyAt));
        return r.detail.isEmpty()
                ? EventLogModel::tr("woken by its timer at %1").arg(at(r.readyAt))
                : EventLogModel::tr("woken by its timer (%1) at %2").arg(r.detail, at(r.readyAt));
    case Cause::FirstStep:
        return Core::causeText(r);
    case Cause::Unknown:
        return {};
    default:
        return EventLogModel::tr("%1 at %2").arg(Core::causeText(r), at(r.readyAt));
    }
}

// What the task did when its step ended: the span right after the Running one.
QString afterText(const Core::TraceModel &model, int lane, int span)
{
    if (span + 1 >= model.spanCount(lane)) {
        return model.span(lane, span).isOpen() ? EventLogModel::tr("; still running") : QString();
    }
    const Core::Span &next = model.span(lane, span + 1);
    const Core::SpanType &type = model.spanType(next.typeId);
    switch (type.kind) {
    case SpanKind::Suspended: {
        const QString detail = model.string(type.label);
        return detail.isEmpty()
                ? EventLogModel::tr("; then it waits on a %1").arg(TimelinePalette::waitName(type.wait))
                : EventLogModel::tr("; then it waits: %1").arg(detail);
    }
    case SpanKind::Ready:
        return EventLogModel::tr("; then it is ready again");
    case SpanKind::Done:
        return EventLogModel::tr("; it finished");
    case SpanKind::Cancelled:
        return EventLogModel::tr("; it was cancelled");
    case SpanKind::Failed:
        return EventLogModel::tr("; it failed");
    default:
        return {};
    }
}

} // namespace

QString stepSentence(const Core::TraceModel &model, int lane, int span)
{
    if (lane < 0 || lane >= model.laneCount() || span < 0 || span >= model.spanCount(lane))
        return {};
    const Core::Span &s = model.span(lane, span);
    if (model.spanType(s.typeId).kind != SpanKind::Running
        || model.lane(lane).kind != Core::LaneKind::Task)
        return {};
    const Core::Id task = model.lane(lane).id;
    const ReadyReason reason = Core::readyReason(model, task, 0, s.start);
    const QString why = wokenText(reason);
    QString text = why.isEmpty() ? EventLogModel::tr("the loop runs %1").arg(reason.name)
                                 : EventLogModel::tr("the loop runs %1, %2").arg(reason.name, why);
    return text + afterText(model, lane, span);
}

QString stepSentence(const Core::TraceModel &model, const AxisStep &step)
{
    if (step.lane >= 0)
        return stepSentence(model, step.lane, model.lastIndex(step.lane, Core::TimeNs(step.start)));
    if (step.callback < 0 || step.callback >= int(model.callbacks().size()))
        return EventLogModel::tr("the loop runs a callback");
    const Core::CallbackInfo &cb = model.callbacks()[std::size_t(step.callback)];
    const ReadyReason reason = Core::readyReason(model, 0, cb.id, Core::TimeNs(step.start));
    return EventLogModel::tr("the loop runs the callback %1: %2")
            .arg(cb.name, Core::causeText(reason));
}

EventLogModel::EventLogModel(QObject *parent) : QAbstractListModel(parent) {}

void EventLogModel::setSource(const Core::TraceModel *model, const StepAxis *steps)
{
    beginResetModel();
    m_model = model;
    m_steps = steps;
    m_rows = m_model && m_steps ? int(m_steps->steps().size()) : 0;
    endResetModel();
}

void EventLogModel::refresh()
{
    const int rows = m_model && m_steps ? int(m_steps->steps().size()) : 0;
    if (rows < m_rows) { // a new run in the same model: start over
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (m_rows > 0) // a step that was still running has ended: its text changed
        Q_EMIT dataChanged(index(0), index(m_rows - 1));
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!m_model || !m_steps || !index.isValid() || index.row() >= m_rows
        || index.row() >= int(m_steps->steps().size()))
        return {};
    const AxisStep &step = m_steps->steps()[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(index.row() + 1).arg(stepSentence(*m_model, step));
    case Qt::ToolTipRole:
        return tr("Step %1 of %2, at %3, ran %4.\n%5")
                .arg(index.row() + 1)
                .arg(m_rows)
                .arg(formatDuration(step.start), formatDuration(step.end - step.start),
                     stepSentence(*m_model, step));
    case TimeRole:
        return step.start;
    case LaneRole:
        return step.lane;
    case SpanRole:
        return spanOf(index.row()).second;
    default:
        return {};
    }
}

int EventLogModel::rowAt(double t) const
{
    if (!m_steps || m_rows == 0)
        return -1;
    const auto &steps = m_steps->steps();
    const auto end = steps.begin() + std::min<std::ptrdiff_t>(m_rows, std::ptrdiff_t(steps.size()));
    const auto after = std::partition_point(steps.begin(), end,
                                            [t](const AxisStep &s) { return s.start <= t; });
    return int(after - steps.begin()) - 1;
}

std::pair<int, int> EventLogModel::spanOf(int row) const
{
    if (!m_model || !m_steps || row < 0 || row >= m_rows || row >= int(m_steps->steps().size()))
        return {-1, -1};
    const AxisStep &step = m_steps->steps()[std::size_t(row)];
    if (step.lane < 0)
        return {-1, -1};
    return {step.lane, m_model->lastIndex(step.lane, Core::TimeNs(step.start))};
}

int EventLogModel::rowOfSpan(int lane, int span) const
{
    if (!m_model || lane < 0 || lane >= m_model->laneCount() || span < 0
        || span >= m_model->spanCount(lane))
        return -1;
    const Core::Span &s = m_model->span(lane, span);
    if (m_model->spanType(s.typeId).kind != SpanKind::Running)
        return -1;
    // Steps starting at the same instant (loops in other threads) sit side by side.
    for (int row = rowAt(double(s.start)); row >= 0; --row) {
        const AxisStep &step = m_steps->steps()[std::size_t(row)];
        if (step.start < double(s.start))
            break;
        if (step.lane == lane)
            return row;
    }
    return -1;
}

} // namespace Ui
