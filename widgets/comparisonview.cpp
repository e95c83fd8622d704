#include "comparisonview.h"

#include "timelineview.h"
#include "tracemodel.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Ui {

namespace {

QString heading(const QString &letter, const ComparedRun &run, const Core::RunFigures &f)
{
    return QObject::tr("<b>%1</b> — %2 <span style='color:gray'>· %3 s, %4, at most %5 "
                       "alive at once</span>")
            .arg(letter, run.label.toHtmlEscaped())
            .arg(f.wallS, 0, 'f', 3)
            .arg(f.tasks == 1 ? QObject::tr("1 task") : QObject::tr("%1 tasks").arg(f.tasks))
            .arg(f.maxConcurrentTasks);
}

QWidget *lane(QLabel *title, TimelineView *timeline, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true); // a long example name must not set the window's minimum width
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);
    layout->addWidget(timeline, 1);
    return box;
}

} // namespace

QString comparisonNumber(double v)
{
    return v == std::floor(v) && std::abs(v) < 1e9 ? QString::number(qint64(v))
                                                   : QString::number(v, 'f', 3);
}

QString comparisonChange(double a, double b)
{
    const double delta = b - a;
    QString change = comparisonNumber(delta);
    if (delta > 0)
        change.prepend(QLatin1Char('+'));
    if (a != 0)
        change += QStringLiteral(" (%1%2%)").arg(delta > 0 ? QStringLiteral("+") : QString())
                          .arg(delta / a * 100, 0, 'f', 0);
    return change;
}

ComparisonView::ComparisonView(QWidget *parent)
    : QWidget(parent), m_headingA(new QLabel(this)), m_headingB(new QLabel(this)),
      m_hint(new QLabel(this)), m_timelineA(new TimelineView(this)),
      m_timelineB(new TimelineView(this)), m_figures(new QTableWidget(this))
{
    setWindowTitle(tr("Compare runs"));
    m_timelineA->setObjectName(QStringLiteral("compareTimelineA"));
    m_timelineB->setObjectName(QStringLiteral("compareTimelineB"));
    m_figures->setObjectName(QStringLiteral("compareTable"));
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->verticalHeader()->hide();
    // The figure's name takes the spare width; the numbers stay together at the right, each
    // column as wide as its numbers, rows as tall as a line of text (more of them in sight).
    m_figures->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Both runs start at their own t = 0 and share one time scale: zoom, pan or "
                       "click the ruler in either timeline and the other follows."));

    auto *fit = new QPushButton(tr("Fit both"), this);
    fit->setObjectName(QStringLiteral("compareFit"));
    connect(fit, &QPushButton::clicked, this, &ComparisonView::fitBoth);
    auto *top = new QHBoxLayout;
    top->addWidget(m_hint, 1);
    top->addWidget(fit);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(lane(m_headingA, m_timelineA, splitter));
    splitter->addWidget(lane(m_headingB, m_timelineB, splitter));
    splitter->addWidget(m_figures);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    // Equal plot widths whether or not a run has enough lanes to scroll: fitting one fits both.
    m_timelineA->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_timelineB->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    connect(m_timelineA, &TimelineView::timeScaleChanged, this,
            [this](const TimeScale &s) { follow(m_timelineB, s); });
    connect(m_timelineB, &TimelineView::timeScaleChanged, this,
            [this](const TimeScale &s) { follow(m_timelineA, s); });
    connect(m_timelineA, &TimelineView::timeCursorChanged, this,
            [this](double t) { followCursor(m_timelineB, t); });
    connect(m_timelineB, &TimelineView::timeCursorChanged, this,
            [this](double t) { followCursor(m_timelineA, t); });
    // Wide enough for both timelines' bars and every figure column at once, as tall as the two
    // runs and the table need; never larger than the screen it opens on.
    const QScreen *on = parent && parent->screen() ? parent->screen()
                                                   : QGuiApplication::primaryScreen();
    const QRect screen = on ? on->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(std::min(1280, screen.width() * 9 / 10), std::min(900, screen.height() * 9 / 10));
}

ComparisonView::~ComparisonView()
{
    // The views point into the models this object keeps alive: let them go first.
    m_timelineA->setModel(nullptr);
    m_timelineB->setModel(nullptr);
}

void ComparisonView::setRuns(ComparedRun a, ComparedRun b)
{
    m_syncing = true;
    m_timelineA->setModel(nullptr);
    m_timelineB->setModel(nullptr);
    m_a = std::move(a);
    m_b = std::move(b);
    m_comparison = Core::compareRuns(m_a.summary, m_b.summary);
    // One axis for both: each ends where the longer run ends.
    const double end = std::max(m_a.model ? double(m_a.model->endTime()) : 0.0,
                                m_b.model ? double(m_b.model->endTime()) : 0.0);
    for (TimelineView *v : {m_timelineA, m_timelineB})
        v->setMinimumEndTime(end);
    m_timelineA->setModel(m_a.model.get());
    m_timelineB->setModel(m_b.model.get());
    m_syncing = false;
    m_headingA->setText(heading(QStringLiteral("A"), m_a, m_comparison.a));
    m_headingB->setText(heading(QStringLiteral("B"), m_b, m_comparison.b));
    fillFigures();
    fitBoth();
}

QString ComparisonView::headingA() const
{
    return m_headingA->text();
}

QString ComparisonView::headingB() const
{
    return m_headingB->text();
}

void ComparisonView::fitBoth()
{
    m_timelineA->fitAll();
    // fitAll() emits only when the scale changed; make sure B shows exactly A's.
    follow(m_timelineB, m_timelineA->timeScale());
}

void ComparisonView::setDarkOverride(std::optional<bool> dark)
{
    m_timelineA->setDarkOverride(dark);
    m_timelineB->setDarkOverride(dark);
}

void ComparisonView::follow(TimelineView *to, const TimeScale &scale)
{
    if (m_syncing || to->timeScale() == scale)
        return;
    m_syncing = true;
    to->setTimeScale(scale);
    m_syncing = false;
}

void ComparisonView::followCursor(TimelineView *to, double t)
{
    if (m_syncing)
        return;
    m_syncing = true;
    to->setTimeCursor(t);
    m_syncing = false;
}

void ComparisonView::fillFigures()
{
    m_figures->clear();
    m_figures->setColumnCount(4);
    // The columns say only A and B (the headings above name the runs, so does the tool tip):
    // with the runs' whole names in them, B and the change were pushed out of the window.
    m_figures->setHorizontalHeaderLabels({tr("Figure"), tr("A"), tr("B"), tr("Change (B − A)")});
    m_figures->horizontalHeaderItem(1)->setToolTip(tr("A: %1").arg(m_a.label));
    m_figures->horizontalHeaderItem(2)->setToolTip(tr("B: %1").arg(m_b.label));
    m_figures->setRowCount(int(m_comparison.rows.size()));
    for (int r = 0; r < m_comparison.rows.size(); ++r) {
        const Core::ComparisonRow &row = m_comparison.rows[r];
        const QString cells[] = {row.label, comparisonNumber(row.a), comparisonNumber(row.b),
                                 comparisonChange(row.a, row.b)};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, row.key);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_figures->setItem(r, c, item);
        }
    }
    QHeaderView *header = m_figures->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

} // namespace Ui
