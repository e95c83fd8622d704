#pragma once
#include "examplerunner.h"
#include "runsummary.h"

#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <memory>
#include <optional>

class QAction;
class QWidget;

namespace Lessons {
class Catalog;
}

namespace Core {
class TraceModel;
}

namespace Ui {

class ComparisonView;

//! Two runs side by side: keeps the last two finished runs (their summaries built on a worker
//! thread) for "Compare with previous run", and runs a lesson's paired examples in the
//! background to compare them; both show in one compare window.
class ComparisonController : public QObject
{
    Q_OBJECT
public:
    //! `window` parents the compare window and the action.
    explicit ComparisonController(QWidget *window);
    ~ComparisonController() override;

    //! View ▸ Compare with previous run…; enabled once two runs finished.
    QAction *compareAction() const { return m_compareAction; }
    //! Null before the first comparison.
    ComparisonView *view() const { return m_view; }
    bool isComparingExamples() const { return m_comparingExamples; }
    void setPython(const QString &python) { m_python = python; }
    //! nullopt: follow the palette.
    void setDarkOverride(std::optional<bool> dark);

    //! A finished run (or a recording) is on screen: the newest to compare. Its summary is
    //! built on a worker thread, reading `model` until settle().
    void noteFinishedModel(const Core::TraceModel &model, const QString &label,
                           const Core::RunContext &context);
    //! Waits for the summary job: call before the model it reads goes away.
    void settle();
    //! Shows the last two runs on one time axis with their totals and concurrency figures.
    void showLastRuns();
    //! Runs `otherExampleId` (A) then `exampleId` (B) of a lesson in `catalog` and compares
    //! them; the run on screen is left alone. examplesCompared() reports how each went.
    void compareExamples(const Lessons::Catalog &catalog, const QString &lessonId,
                         const QString &exampleId, const QString &otherExampleId);

Q_SIGNALS:
    void comparisonShown();
    //! A lesson's pair finished: `a` is the other example, `b` the one asked for; `error`
    //! is non-empty when the comparison could not be shown.
    void examplesCompared(const QString &lessonId, const Lessons::ExampleOutcome &a,
                          const Lessons::ExampleOutcome &b, const QString &error);
    void message(const QString &text, int timeoutMs);

private:
    struct ShownRun {
        QJsonObject summary;
        QString label;
        std::shared_ptr<const Core::TraceModel> model; // a copy: the run's own goes with it
    };
    ComparisonView *ensureView();

    QWidget *m_window;
    QAction *m_compareAction;
    ComparisonView *m_view = nullptr;
    std::optional<bool> m_dark;
    QString m_python;
    bool m_comparingExamples = false;
    bool m_showsLastRuns = false; // else a lesson's pair: a new run leaves it alone
    std::optional<ShownRun> m_previousRun, m_currentRun;
    QFuture<ShownRun> m_summaryJob;
    QString m_summaryJobLabel;
    quint64 m_summaryGeneration = 0;
};

} // namespace Ui
