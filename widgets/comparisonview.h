#pragma once
#include "runcomparison.h"
#include "timescale.h"

#include <QJsonObject>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QTableWidget;

namespace Core {
class TraceModel;
}

namespace Ui {

class TimelineView;

//! One run of a comparison: what to call it, its finished model and its run summary.
struct ComparedRun {
    QString label;
    std::shared_ptr<const Core::TraceModel> model;
    QJsonObject summary;
};

//! Two runs on one time axis: their timelines stacked, each from its own t = 0, sharing one
//! ns <-> x mapping (zoom, pan, fit or the time cursor in one moves the other), so a second of
//! run A is exactly as wide as a second of run B; under them the totals and concurrency
//! figures side by side (Core::compareRuns).
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;

    //! Shows a (usually the earlier or slower one) above b; keeps both models alive.
    void setRuns(ComparedRun a, ComparedRun b);
    const ComparedRun &runA() const { return m_a; }
    const ComparedRun &runB() const { return m_b; }
    const Core::RunComparison &comparison() const { return m_comparison; }

    TimelineView *timelineA() const { return m_timelineA; }
    TimelineView *timelineB() const { return m_timelineB; }
    QTableWidget *figures() const { return m_figures; }
    //! The heading above each timeline ("A — previous: main.py · 2.00 s, 4 tasks").
    QString headingA() const;
    QString headingB() const;

    //! Both runs across the width: the longer one fills it.
    void fitBoth();
    void setDarkOverride(std::optional<bool> dark);

private:
    void follow(TimelineView *to, const TimeScale &scale);
    void followCursor(TimelineView *to, double t);
    void fillFigures();

    ComparedRun m_a, m_b;
    Core::RunComparison m_comparison;
    QLabel *m_headingA, *m_headingB, *m_hint;
    TimelineView *m_timelineA, *m_timelineB;
    QTableWidget *m_figures;
    bool m_syncing = false;
};

//! "+1.5 (+75%)": b relative to a, for the figures table's Change column.
QString comparisonChange(double a, double b);
//! A figure as the table shows it: whole numbers without decimals, others with three.
QString comparisonNumber(double v);

} // namespace Ui
