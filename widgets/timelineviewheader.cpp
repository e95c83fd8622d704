// TimelineView's bar above the ruler: the Time / Steps switch, the lane filter and the switch
// for counter tracks, and what they change: which rows there are and what the counters sum.
#include "timelineview.h"

#include "tracemodel.h"

#include <QButtonGroup>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QToolButton>

namespace Ui {

namespace {

constexpr std::size_t kManyTasks = 20; // from here counter tracks are on by default

} // namespace

void TimelineView::buildHeader()
{
    m_header = new QWidget(this);
    m_header->setObjectName(QStringLiteral("timelineHeader"));
    m_header->setAccessibleName(tr("Timeline controls"));
    m_header->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(m_header);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);
    auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(m_header);
        b->setText(text);
        b->setToolTip(tip);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::TabFocus);
        return b;
    };
    m_timeButton = button(tr("Time"), tr("Time axis (S): each span as long as it took."));
    m_stepsButton = button(
            tr("Steps"),
            tr("Step axis (S): every task step and callback the loop ran, equally wide and in "
               "the order it ran them; the waits between them drawn short. The ruler shows "
               "the loop's iterations and each step's time."));
    auto *axisGroup = new QButtonGroup(m_header);
    axisGroup->setExclusive(true);
    axisGroup->addButton(m_timeButton);
    axisGroup->addButton(m_stepsButton);
    m_timeButton->setChecked(true);
    connect(m_timeButton, &QToolButton::clicked, this, [this] { setAxis(TimelineAxis::Time); });
    connect(m_stepsButton, &QToolButton::clicked, this, [this] { setAxis(TimelineAxis::Steps); });
    m_filterEdit = new QLineEdit(m_header);
    m_filterEdit->setPlaceholderText(tr("Filter lanes: name, coroutine or state (/)"));
    m_filterEdit->setToolTip(tr("Shows only the lanes whose name, coroutine or file contain "
                                "every word, or whose state is one of them (done, failed, "
                                "cancelled, pending), with the tasks that created them."));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter lanes"));
    m_filterEdit->installEventFilter(this);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &TimelineView::setLaneFilter);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] { setFocus(); });
    m_filterCount = new QLabel(m_header);
    m_filterCount->setForegroundRole(QPalette::PlaceholderText);
    m_countsButton = button(tr("Counts"),
                            tr("Counter tracks: how many tasks run, are ready, sleep, wait on "
                               "I/O, on a lock or queue, or await another task, over time."));
    connect(m_countsButton, &QToolButton::toggled, this, &TimelineView::setCountersShown);
    layout->addWidget(m_timeButton);
    layout->addWidget(m_stepsButton);
    layout->addSpacing(8);
    layout->addWidget(m_filterEdit, 1);
    layout->addWidget(m_filterCount);
    layout->addWidget(m_countsButton);
    styleHeader();
    // The vertical scroll bar runs the view's whole height, beside the header too: the header
    // makes way for it when it shows, or it would cover the Counts button.
    verticalScrollBar()->installEventFilter(this);
    layoutHeader();
}

void TimelineView::styleHeader()
{
    if (!m_header)
        return;
    // Which axis is on (and whether counts are) must read at a glance in either theme; the
    // style's own checked look is nearly invisible on a dark palette. Set again on a theme
    // change, as a style sheet keeps the colours it was given.
    const QPalette p = palette();
    m_header->setStyleSheet(
            QStringLiteral("QToolButton { padding: 2px 8px; border: 1px solid %1; "
                           "border-radius: 3px; }"
                           "QToolButton:checked { background: %2; color: %3; border-color: %2; }")
                    .arg(p.color(QPalette::Mid).name(), p.color(QPalette::Highlight).name(),
                         p.color(QPalette::HighlightedText).name()));
}

void TimelineView::layoutHeader()
{
    if (!m_header)
        return;
    const int h = m_header->sizeHint().height();
    setViewportMargins(0, h, 0, 0);
    const QRect r = contentsRect();
    const QScrollBar *bar = verticalScrollBar();
    const int barWidth = bar->isVisibleTo(this) ? bar->width() : 0;
    m_header->setGeometry(r.left(), r.top(), r.width() - barWidth, h);
}

void TimelineView::syncHeader()
{
    if (!m_header)
        return;
    const QSignalBlocker blockTime(m_timeButton), blockSteps(m_stepsButton),
            blockCounts(m_countsButton);
    m_timeButton->setChecked(m_axis == TimelineAxis::Time);
    m_stepsButton->setChecked(m_axis == TimelineAxis::Steps);
    m_countsButton->setChecked(countersShown());
    if (m_filterEdit->text() != m_filter) {
        const QSignalBlocker blockFilter(m_filterEdit);
        m_filterEdit->setText(m_filter);
    }
    // How much the filter leaves: a learner sees at once that lanes are hidden.
    const int lanes = m_model ? m_model->laneCount() : 0;
    m_filterCount->setText(m_filter.trimmed().isEmpty() || !m_model
                                   ? QString()
                                   : tr("%1 of %2 lanes")
                                             .arg(QLocale().toString(lanes - m_rows.filteredOut),
                                                  QLocale().toString(lanes)));
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == verticalScrollBar()
        && (event->type() == QEvent::Show || event->type() == QEvent::Hide
            || event->type() == QEvent::Resize))
        layoutHeader();
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        // Esc empties the filter, then gives the keys back to the timeline.
        if (m_filterEdit->text().isEmpty())
            setFocus();
        else
            m_filterEdit->clear();
        return true;
    }
    return QAbstractScrollArea::eventFilter(watched, event);
}

void TimelineView::setLaneFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuildRows();
    refreshCounts(true);
    updateScrollBars();
    viewport()->update();
}

bool TimelineView::countersShown() const
{
    return m_showCounters.value_or(m_model && m_model->tasks().size() >= kManyTasks);
}

void TimelineView::setCountersShown(bool shown)
{
    if (m_showCounters == shown)
        return;
    m_showCounters = shown;
    rebuildRows();
    refreshCounts(true);
    updateScrollBars();
    viewport()->update();
}

void TimelineView::refreshCounts(bool force)
{
    if (!m_model || !countersShown()) {
        m_counts = {};
        m_countsRevision = ~0ull;
        return;
    }
    if (m_countsRevision == m_model->revision() && m_countsFilter == m_filter)
        return;
    // Like the step axis: while a long run streams in, at most an eighth of the time.
    if (!force && m_live && m_sinceCounts.isValid()
        && m_sinceCounts.nsecsElapsed() < m_countsCostNs * 8) {
        m_stepAxisDirty = true; // keeps the frame timer coming back
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_counts = Core::countTasks(*m_model, m_kept.empty() ? nullptr : &m_kept);
    m_countsCostNs = timer.nsecsElapsed();
    m_sinceCounts.start();
    m_countsRevision = m_model->revision();
    m_countsFilter = m_filter;
}

} // namespace Ui
