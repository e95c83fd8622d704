// MainWindow's comparisons: the finished runs it keeps for "Compare with previous run", the
// compare window, and a lesson's paired examples (Compare with …, Step through).
#include "mainwindow.h"

#include "comparisonview.h"
#include "courseoutline.h"
#include "courseoutlinemodel.h"
#include "examplerunner.h"
#include "lessonview.h"
#include "progressstore.h"
#include "runsession.h"
#include "runsummary.h"
#include "tracemodel.h"

#include <QAction>
#include <QCoro/QCoroTask>
#include <QFutureWatcher>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace Ui {

namespace {

struct PairOutcome {
    Lessons::ExampleOutcome a, b;
};

// Takes its own copy of the catalog: the window may go away while the examples run.
QCoro::Task<PairOutcome> runPair(Lessons::Catalog catalog, QString lessonId, QString aId,
                                 QString bId, Lessons::ExampleRunner::Options options)
{
    PairOutcome out;
    const Lessons::Lesson *lesson = catalog.lesson(lessonId);
    const Lessons::Example *a = lesson ? lesson->example(aId) : nullptr;
    const Lessons::Example *b = lesson ? lesson->example(bId) : nullptr;
    if (!a || !b) {
        out.a.error
                = QObject::tr("This lesson has no examples “%1” and “%2”.").arg(aId, bId);
        co_return out;
    }
    // One after the other: side by side they would compete for the same cores and each
    // would look slower than it is.
    out.a = co_await Lessons::ExampleRunner::run(catalog, *lesson, *a, options);
    if (out.a.error.isEmpty())
        out.b = co_await Lessons::ExampleRunner::run(catalog, *lesson, *b, options);
    co_return out;
}

} // namespace

void MainWindow::noteFinishedModel(const Core::TraceModel &model, const QString &label)
{
    Core::RunContext context;
    if (m_session && &m_session->model() == &model)
        context = m_session->context();
    settleSummaryJob();
    // Building the summary of a big run takes seconds (a JSON object per wait): never on the
    // GUI thread. The model is finished, so reading it from another thread is safe; whoever
    // replaces or deletes it calls settleSummaryJob() first. The compare view gets a copy of
    // the model, made there too, because the run's own goes with the next run.
    m_summaryJobLabel = label;
    m_summaryJob = QtConcurrent::run([&model, context] {
        return ShownRun{Core::buildRunSummary(model, context), {},
                        std::make_shared<const Core::TraceModel>(model)};
    });
    // Only the newest job settles itself: an older one was already settled by its successor.
    // A QFutureWatcher, not QFuture::then(): Qt 6.4's then() with a context object can deadlock
    // in setContinuation() when the job has already finished (seen in tst_stepwindow).
    const quint64 generation = ++m_summaryGeneration;
    auto *watcher = new QFutureWatcher<ShownRun>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_summaryGeneration)
            settleSummaryJob();
    });
    watcher->setFuture(m_summaryJob);
}

void MainWindow::settleSummaryJob()
{
    if (!m_summaryJob.isValid())
        return;
    m_summaryJob.waitForFinished();
    ShownRun run = m_summaryJob.result();
    m_summaryJob = {};
    run.label = m_summaryJobLabel;
    if (m_currentRun)
        m_previousRun = std::move(m_currentRun);
    m_currentRun = std::move(run);
    if (m_compareAction)
        m_compareAction->setEnabled(m_previousRun.has_value());
    // A window showing the last two runs follows the newest; one showing a lesson's pair stays.
    if (m_compareView && m_compareView->isVisible() && m_compareShowsLastRuns)
        showComparison();
}

ComparisonView *MainWindow::ensureComparisonView()
{
    if (!m_compareView) {
        m_compareView = new ComparisonView(this);
        m_compareView->setObjectName(QStringLiteral("compareView"));
        m_compareView->setWindowFlag(Qt::Window);
        applyThemeToViews();
    }
    return m_compareView;
}

void MainWindow::showComparison()
{
    if (!m_previousRun || !m_currentRun) {
        statusBar()->showMessage(tr("Run twice (or open a recording after a run) to compare."),
                                 5000);
        return;
    }
    ComparisonView *view = ensureComparisonView();
    view->setRuns({tr("previous run: %1").arg(m_previousRun->label), m_previousRun->model,
                   m_previousRun->summary},
                  {tr("this run: %1").arg(m_currentRun->label), m_currentRun->model,
                   m_currentRun->summary});
    m_compareShowsLastRuns = true;
    view->setWindowTitle(tr("Compare runs — previous and this one"));
    view->show();
    view->raise();
    Q_EMIT comparisonShown();
}

void MainWindow::stepThroughExample(const QString &lessonId, const QString &exampleId)
{
    if (isRunning())
        return;
    // runExample() builds the request (clock, timeout, lab...); startRun() sees this and
    // starts it paused. A run that never starts leaves it for nobody: startRun() checks the
    // example and clears it.
    m_stepExample = std::pair{lessonId, exampleId};
    runExample(lessonId, exampleId);
    if (!m_example)
        m_stepExample.reset();
}

void MainWindow::compareExamples(const QString &lessonId, const QString &exampleId,
                                 const QString &otherExampleId)
{
    const Lessons::Lesson *lesson = findLesson(lessonId);
    const Lessons::Example *b = lesson ? lesson->example(exampleId) : nullptr;
    const Lessons::Example *a = lesson ? lesson->example(otherExampleId) : nullptr;
    if (!a || !b || m_comparingExamples)
        return;
    m_comparingExamples = true;
    m_lessonView->setExampleRunning(exampleId, true);
    statusBar()->showMessage(
            tr("Comparing: running “%1”, then “%2”…").arg(a->title, b->title));
    Lessons::ExampleRunner::Options options;
    options.python = m_python;
    options.keepModel = true;
    const QString aLabel = a->title + QStringLiteral(" (") + a->file + QLatin1Char(')');
    const QString bLabel = b->title + QStringLiteral(" (") + b->file + QLatin1Char(')');
    // The lesson may come from the extra lessons folder, whose catalog holds it.
    const Lessons::Catalog &catalog = m_catalog.lesson(lessonId) || !m_lessonsFolder
            ? m_catalog
            : m_lessonsFolder->catalog();
    const QString lessonTitle = lesson->title;
    QCoro::connect(runPair(catalog, lessonId, otherExampleId, exampleId, options), this,
                   [this, lessonId, lessonTitle, exampleId, otherExampleId, aLabel,
                    bLabel](PairOutcome pair) {
                       m_comparingExamples = false;
                       const bool shown = m_lessonView->lessonId() == lessonId;
                       QString error = pair.a.error.isEmpty() ? pair.b.error : pair.a.error;
                       if (shown) {
                           m_lessonView->setExampleResult(exampleId, pair.b.rules, error);
                           if (pair.a.error.isEmpty())
                               m_lessonView->setExampleResult(otherExampleId, pair.a.rules, {});
                       }
                       for (const Lessons::ExampleOutcome *o : {&pair.a, &pair.b})
                           if (o->model && o->passed())
                               m_progress->markExampleCompleted(lessonId, o->exampleId);
                       m_outline->model()->refreshProgress();
                       if (!error.isEmpty() || !pair.a.model || !pair.b.model) {
                           statusBar()->showMessage(tr("Could not compare: %1").arg(error), 8000);
                           return;
                       }
                       statusBar()->clearMessage();
                       ComparisonView *view = ensureComparisonView();
                       view->setRuns({aLabel, pair.a.model, pair.a.summary},
                                     {bLabel, pair.b.model, pair.b.summary});
                       m_compareShowsLastRuns = false;
                       view->setWindowTitle(tr("Compare examples — %1").arg(lessonTitle));
                       view->show();
                       view->raise();
                       Q_EMIT comparisonShown();
                   });
}

} // namespace Ui
