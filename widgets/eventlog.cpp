#include "eventlog.h"

#include "eventlogmodel.h"
#include "timelineview.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Ui {

EventLog::EventLog(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("eventLog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_model = new EventLogModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("eventLogList"));
    m_list->setModel(m_model);
    // A million rows: every row one line high, so the view never measures them all; long
    // lines end in "…" and the line under the list shows the selected one whole.
    m_list->setUniformItemSizes(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Event log"));
    m_list->setAccessibleDescription(
            tr("Every step the event loop ran, in order, with what woke it; selecting one "
               "moves the timeline's time cursor there."));
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("eventLogDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setContentsMargins(6, 4, 6, 4);
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps to the dock
    layout->addWidget(m_list, 1);
    layout->addWidget(m_detail);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showDetail(current.row());
                if (!m_syncing)
                    rowChosen(current.row());
            });
    showDetail(-1);
}

QSize EventLog::sizeHint() const
{
    return {480, 200};
}

QSize EventLog::minimumSizeHint() const
{
    return {200, 100};
}

void EventLog::setTimeline(TimelineView *timeline)
{
    m_timeline = timeline;
    connect(timeline, &TimelineView::stepAxisChanged, this, &EventLog::stepsChanged);
    connect(timeline, &TimelineView::timeCursorChanged, this, [this](double t) {
        if (m_syncing || t < 0)
            return;
        const int row = m_model->rowAt(t);
        const int current = currentRow();
        // Steps that start together (loops in other threads): the chosen one stays chosen.
        if (current >= 0 && row >= 0
            && m_model->index(current).data(EventLogModel::TimeRole).toDouble()
                       == m_model->index(row).data(EventLogModel::TimeRole).toDouble())
            return;
        selectRow(row);
    });
    connect(timeline, &TimelineView::spanSelected, this, [this](int lane, int span) {
        if (m_syncing)
            return;
        if (const int row = m_model->rowOfSpan(lane, span); row >= 0)
            selectRow(row);
    });
    stepsChanged();
}

void EventLog::stepsChanged()
{
    if (!m_timeline)
        return;
    if (m_model->traceModel() != m_timeline->model() || m_model->rowCount() == 0)
        m_model->setSource(m_timeline->model(), &m_timeline->stepAxis());
    else
        m_model->refresh();
    if (currentRow() < 0)
        showDetail(-1);
}

int EventLog::currentRow() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString EventLog::detailText() const
{
    return m_detail->text();
}

void EventLog::rowChosen(int row)
{
    if (!m_timeline || row < 0)
        return;
    m_syncing = true;
    m_timeline->setTimeCursor(m_model->index(row).data(EventLogModel::TimeRole).toDouble());
    if (const auto [lane, span] = m_model->spanOf(row); lane >= 0)
        m_timeline->selectSpan(lane, span);
    m_syncing = false;
}

void EventLog::selectRow(int row)
{
    m_syncing = true;
    if (row < 0) {
        m_list->selectionModel()->clear();
        showDetail(-1);
    } else {
        const QModelIndex index = m_model->index(row);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_list->scrollTo(index);
    }
    m_syncing = false;
}

void EventLog::showDetail(int row)
{
    if (row >= 0) {
        m_detail->setText(m_model->index(row).data(Qt::DisplayRole).toString());
        return;
    }
    m_detail->setText(m_model->rowCount() == 0
                              ? tr("Run a program (F5) or open a recording: every step the "
                                   "loop runs is listed here, in order.")
                              : tr("%n steps. Select one, or click the timeline's ruler, to "
                                   "follow the run step by step.",
                                   nullptr, m_model->rowCount()));
}

} // namespace Ui
