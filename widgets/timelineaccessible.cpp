#include "timelineaccessible.h"

#include "eventlogmodel.h"
#include "paintedaccessible.h"
#include "readyreason.h"
#include "schedulerstate.h"
#include "timelinepalette.h"
#include "timelineview.h"
#include "tracemodel.h"

#include <QAccessibleWidget>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <algorithm>
#include <cmath>
#include <optional>

namespace Ui {

using Core::SpanKind;

namespace {

constexpr qint64 kSpanKey = qint64(1) << 62; // span keys sit above every lane key

qint64 laneKey(int lane, int group)
{
    return lane >= 0 ? lane : -(group + 2);
}

qint64 spanKey(int lane, int span)
{
    return kSpanKey + (qint64(lane) << 32) + span;
}

QString plain(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

QRect toGlobal(const TimelineView *view, const QRect &r)
{
    return r.translated(view->viewport()->mapToGlobal(QPoint(0, 0)));
}

QRect rowRect(const TimelineView *view, int row)
{
    const TimelineMetrics &mt = view->metrics();
    const int top = mt.rulerHeight + row * mt.rowHeight - view->verticalScrollBar()->value();
    return {0, top, view->viewport()->width(), mt.rowHeight};
}

QString at(double t)
{
    return formatDuration(t);
}

class TimelineAccessible;
TimelineAccessible *viewInterface(const TimelineView *view);

// The selected span of a lane.
class SpanAccessible : public PaintedItemAccessible
{
public:
    SpanAccessible(TimelineView *view, int lane, int span)
        : PaintedItemAccessible(view), m_lane(lane), m_span(span)
    {}
    TimelineView *view() const { return static_cast<TimelineView *>(viewWidget()); }
    bool isValid() const override
    {
        const TimelineView *v = view();
        return v && v->model() && m_lane < v->model()->laneCount()
               && m_span < v->model()->spanCount(m_lane);
    }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::Role role() const override { return QAccessible::Cell; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const Core::TraceModel &model = *view()->model();
        const Core::Span &s = model.span(m_lane, m_span);
        const Core::SpanType &type = model.spanType(s.typeId);
        if (t == QAccessible::Name) {
            QString state;
            switch (type.kind) {
            case SpanKind::Running: state = TimelineView::tr("running"); break;
            case SpanKind::Suspended:
                state = model.string(type.label).isEmpty()
                        ? TimelineView::tr("waiting on a %1").arg(TimelinePalette::waitName(type.wait))
                        : TimelineView::tr("waiting: %1").arg(model.string(type.label));
                break;
            case SpanKind::Ready: state = TimelineView::tr("ready"); break;
            case SpanKind::Done: state = TimelineView::tr("finished"); break;
            case SpanKind::Cancelled: state = TimelineView::tr("cancelled"); break;
            case SpanKind::Failed: state = TimelineView::tr("failed"); break;
            case SpanKind::LoopBusy: state = TimelineView::tr("the loop runs steps"); break;
            case SpanKind::LoopIdle: state = TimelineView::tr("the loop waits in select()"); break;
            case SpanKind::Job: state = TimelineView::tr("job %1").arg(model.string(type.label)); break;
            }
            const double start = double(s.start), end = double(model.spanEnd(s));
            return end > start ? TimelineView::tr("%1 at %2, for %3").arg(state, at(start), at(end - start))
                               : TimelineView::tr("%1 at %2").arg(state, at(start));
        }
        if (t == QAccessible::Description) {
            const QString story = stepSentence(model, m_lane, m_span);
            const QString details = plain(view()->toolTipFor(m_lane, m_span))
                                            .replace(QLatin1Char('\n'), QStringLiteral("; "));
            return story.isEmpty() ? details : story + QStringLiteral(". ") + details;
        }
        return {};
    }
    QRect rect() const override
    {
        const TimelineView *v = view();
        if (!isValid() || v->rows().rowOfLane[std::size_t(m_lane)] < 0)
            return {};
        const Core::Span &s = v->model()->span(m_lane, m_span);
        const TimelineMetrics &mt = v->metrics();
        const double x0 = timeToX(v->timeScale(), double(s.start));
        const double x1 = std::max(x0 + 1, timeToX(v->timeScale(), double(v->model()->spanEnd(s))));
        QRect r = rowRect(v, v->rows().rowOfLane[std::size_t(m_lane)]);
        r.setLeft(mt.labelWidth + int(std::floor(std::max(x0, 0.0))));
        r.setRight(mt.labelWidth + int(std::ceil(std::min(x1, v->plotWidth()))));
        return toGlobal(v, r);
    }
    QAccessible::State state() const override
    {
        QAccessible::State st;
        st.selectable = st.focusable = true;
        const TimelineView *v = view();
        st.selected = v && v->selectedLane() == m_lane && v->selectedSpan() == m_span;
        st.focused = st.selected && v->hasFocus();
        st.invisible = !isValid() || v->rows().rowOfLane[std::size_t(m_lane)] < 0;
        st.offscreen = !v || !rect().intersects(toGlobal(v, v->viewport()->rect()));
        return st;
    }

private:
    int m_lane, m_span;
};

// One row: a lane (loop, task, thread) or a library's group of tasks.
class LaneAccessible : public PaintedItemAccessible
{
public:
    LaneAccessible(TimelineView *view, int lane, int group)
        : PaintedItemAccessible(view), m_lane(lane), m_group(group)
    {}
    TimelineView *view() const { return static_cast<TimelineView *>(viewWidget()); }
    int row() const
    {
        const TimelineView *v = view();
        if (!v || !v->model())
            return -1;
        const TimelineRows &rows = v->rows();
        if (m_lane >= 0)
            return m_lane < int(rows.rowOfLane.size()) ? rows.rowOfLane[std::size_t(m_lane)] : -1;
        for (std::size_t r = 0; r < rows.group.size(); ++r)
            if (rows.group[r] == m_group)
                return int(r);
        return -1;
    }
    bool isValid() const override { return row() >= 0; }
    QAccessibleInterface *parent() const override;
    bool hasSelectedSpan() const
    {
        const TimelineView *v = view();
        return m_lane >= 0 && v && v->selectedLane() == m_lane && v->selectedSpan() >= 0;
    }
    int childCount() const override { return hasSelectedSpan() ? 1 : 0; }
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        return child && child == this->child(0) ? 0 : -1;
    }
    QAccessible::Role role() const override { return QAccessible::Row; }
    QString text(QAccessible::Text t) const override
    {
        const TimelineView *v = view();
        if (!isValid())
            return {};
        const Core::TraceModel &model = *v->model();
        if (m_lane < 0) {
            const QString library = v->rows().groups[std::size_t(m_group)].library;
            if (t == QAccessible::Name)
                return TimelineView::tr("%1 tasks").arg(library);
            if (t == QAccessible::Description)
                return plain(v->groupToolTip(m_group, v->hasTimeCursor() ? v->timeCursor()
                                                                         : double(model.endTime())));
            return {};
        }
        const Core::LaneInfo &info = model.lane(m_lane);
        if (t == QAccessible::Name)
            return info.kind == Core::LaneKind::Task ? Core::taskTitle(model, info.id) : info.name;
        if (t != QAccessible::Description)
            return {};
        if (info.kind == Core::LaneKind::Task && v->hasTimeCursor())
            return TimelineView::tr("at %1: %2").arg(at(v->timeCursor()), v->laneStateAtCursor(m_lane));
        if (info.kind == Core::LaneKind::Task) {
            const Core::TaskInfo *task = model.task(info.id);
            if (!task)
                return {};
            QString text = TimelineView::tr("task, created at %1, ran %n steps", nullptr,
                                            int(task->steps))
                                   .arg(at(double(task->created)));
            if (task->end) {
                const QString how = task->state == Core::TaskState::Failed ? TimelineView::tr("failed")
                        : task->state == Core::TaskState::Cancelled ? TimelineView::tr("was cancelled")
                                                                    : TimelineView::tr("finished");
                text += TimelineView::tr(", %1 at %2").arg(how, at(double(*task->end)));
            }
            if (info.parent >= 0 && model.lane(info.parent).kind == Core::LaneKind::Task)
                text += TimelineView::tr(", created by %1").arg(model.lane(info.parent).name);
            return text;
        }
        if (info.kind == Core::LaneKind::Loop)
            return TimelineView::tr("the event loop: what it runs and when it waits in select()");
        return TimelineView::tr("a worker thread and the jobs it ran");
    }
    QRect rect() const override
    {
        const int r = row();
        return r < 0 ? QRect() : toGlobal(view(), rowRect(view(), r));
    }
    QAccessible::State state() const override
    {
        QAccessible::State st;
        const TimelineView *v = view();
        st.selectable = st.focusable = m_lane >= 0;
        st.selected = m_lane >= 0 && v && v->selectedLane() == m_lane;
        st.focused = st.selected && !hasSelectedSpan() && v->hasFocus();
        st.invisible = !isValid();
        st.offscreen = !v || !rect().intersects(toGlobal(v, v->viewport()->rect()));
        st.expandable = m_lane >= 0 && v && v->model()
                        && v->rows().hasChildren.size() > std::size_t(m_lane)
                        && v->rows().hasChildren[std::size_t(m_lane)];
        return st;
    }

private:
    int m_lane, m_group;
};

class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(TimelineView *view)
        : QAccessibleWidget(view, QAccessible::Chart)
    {}
    TimelineView *view() const { return static_cast<TimelineView *>(widget()); }

    // Row keys in row order, rebuilt when the view's rows are.
    const std::vector<qint64> &keys() const
    {
        const TimelineView *v = view();
        if (m_keysGeneration != v->rowsGeneration() || !v->model()) {
            m_keys.clear();
            m_keyRows.clear();
            m_keysGeneration = v->rowsGeneration();
            const TimelineRows &rows = v->rows();
            if (v->model())
                for (std::size_t r = 0; r < rows.lanes.size(); ++r) {
                    if (rows.isLaneRow(int(r)))
                        m_keys.push_back(laneKey(rows.lanes[r], -1));
                    else if (rows.group[r] >= 0 && rows.frameDepth[r] < 0 && rows.counter[r] < 0)
                        m_keys.push_back(laneKey(-1, rows.group[r]));
                    else
                        continue;
                    m_keyRows.push_back(int(r));
                }
        }
        return m_keys;
    }
    QAccessibleInterface *lane(qint64 key) const
    {
        return m_children.get(key, [this, key] {
            return new LaneAccessible(view(), key >= 0 ? int(key) : -1, key >= 0 ? -1 : int(-key - 2));
        });
    }
    QAccessibleInterface *span(int lane, int span) const
    {
        return m_children.get(spanKey(lane, span),
                              [this, lane, span] { return new SpanAccessible(view(), lane, span); });
    }
    //! The selection changed: the old span's interface goes (one span is selectable at a time).
    QAccessibleInterface *selectionChanged()
    {
        if (m_selectedSpanKey && *m_selectedSpanKey != spanKey(view()->selectedLane(), view()->selectedSpan()))
            m_children.remove(*m_selectedSpanKey);
        m_selectedSpanKey.reset();
        return selected();
    }
    QAccessibleInterface *selected() const
    {
        const TimelineView *v = view();
        if (v->selectedLane() < 0 || !v->model())
            return nullptr;
        if (v->selectedSpan() >= 0) {
            m_selectedSpanKey = spanKey(v->selectedLane(), v->selectedSpan());
            return span(v->selectedLane(), v->selectedSpan());
        }
        return lane(laneKey(v->selectedLane(), -1));
    }

    int childCount() const override { return QAccessibleWidget::childCount() + int(keys().size()); }
    QAccessibleInterface *child(int index) const override
    {
        const int widgets = QAccessibleWidget::childCount();
        if (index < widgets)
            return QAccessibleWidget::child(index);
        const auto &k = keys();
        return index - widgets < int(k.size()) ? lane(k[std::size_t(index - widgets)]) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        if (const auto *l = dynamic_cast<const LaneAccessible *>(child)) {
            keys();
            // Keys are in row order: find the lane's row among them.
            const int row = l->row();
            const auto it = std::lower_bound(m_keyRows.begin(), m_keyRows.end(), row);
            return it != m_keyRows.end() && *it == row
                    ? QAccessibleWidget::childCount() + int(it - m_keyRows.begin())
                    : -1;
        }
        return QAccessibleWidget::indexOfChild(child);
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const TimelineView *v = view();
        const QPoint pos = v->viewport()->mapFromGlobal(QPoint(x, y));
        if (v->viewport()->rect().contains(pos) && pos.y() >= v->metrics().rulerHeight) {
            // The selected span first: a step of a pixel or two is hard to hit by position.
            if (QAccessibleInterface *s = v->selectedSpan() >= 0 ? selected() : nullptr;
                s && s->rect().contains(x, y))
                return s;
            const auto [l, s] = v->hitTest(pos);
            if (l >= 0)
                return lane(laneKey(l, -1));
        }
        return QAccessibleWidget::childAt(x, y);
    }
    QAccessibleInterface *focusChild() const override
    {
        if (view()->hasFocus())
            if (QAccessibleInterface *s = selected())
                return s;
        return QAccessibleWidget::focusChild();
    }
    QString text(QAccessible::Text t) const override
    {
        const TimelineView *v = view();
        if (t != QAccessible::Description || !v->model())
            return QAccessibleWidget::text(t);
        const Core::TraceModel &model = *v->model();
        QString text = TimelineView::tr("%n lanes", nullptr, int(keys().size()))
                       + TimelineView::tr(", %n steps the loop ran", nullptr,
                                          int(v->stepAxis().steps().size()));
        if (const Core::SchedulerState *state = v->cursorState()) {
            const QString why = Core::whyAt(model, *state);
            text += TimelineView::tr(". Time cursor at %1").arg(at(v->timeCursor()));
            text += QStringLiteral(": ") + (why.isEmpty() ? TimelineView::tr("nothing runs") : why);
        }
        return text + QLatin1Char('.');
    }

private:
    mutable PaintedChildren m_children;
    mutable std::vector<qint64> m_keys;
    mutable std::vector<int> m_keyRows; // the row of each key, ascending
    mutable std::uint64_t m_keysGeneration = ~0ull;
    mutable std::optional<qint64> m_selectedSpanKey;
};

TimelineAccessible *viewInterface(const TimelineView *view)
{
    return dynamic_cast<TimelineAccessible *>(
            QAccessible::queryAccessibleInterface(const_cast<TimelineView *>(view)));
}

QAccessibleInterface *SpanAccessible::parent() const
{
    if (TimelineAccessible *v = view() ? viewInterface(view()) : nullptr)
        return v->lane(laneKey(m_lane, -1));
    return nullptr;
}

QAccessibleInterface *LaneAccessible::parent() const
{
    return view() ? viewInterface(view()) : nullptr;
}

QAccessibleInterface *LaneAccessible::child(int index) const
{
    if (index != 0 || !hasSelectedSpan())
        return nullptr;
    TimelineAccessible *v = viewInterface(view());
    return v ? v->span(m_lane, view()->selectedSpan()) : nullptr;
}

void announceSelection(TimelineView *view)
{
    if (!announcing())
        return;
    TimelineAccessible *iface = viewInterface(view);
    if (!iface)
        return;
    QAccessibleInterface *target = iface->selectionChanged();
    if (!target)
        return;
    QAccessibleEvent selection(target, QAccessible::Selection);
    announce(&selection);
    if (view->hasFocus()) {
        QAccessibleEvent focus(target, QAccessible::Focus);
        announce(&focus);
    }
}

} // namespace

void installTimelineAccessibility(TimelineView *view)
{
    static const bool registered = [] {
        registerPaintedView([](QObject *object) -> QAccessibleInterface * {
            if (auto *v = qobject_cast<TimelineView *>(object))
                return new TimelineAccessible(v);
            return nullptr;
        });
        return true;
    }();
    Q_UNUSED(registered);
    QObject::connect(view, &TimelineView::spanSelected, view, [view] { announceSelection(view); });
    QObject::connect(view, &TimelineView::timeCursorChanged, view, [view] {
        if (!announcing())
            return;
        QAccessibleEvent changed(view, QAccessible::DescriptionChanged);
        announce(&changed);
    });
}

} // namespace Ui
