#include "comparisoncontroller.h"

#include "comparisonview.h"
#include "tracemodel.h"

#include <QAction>
#include <QCoro/QCoroTask>
#include <QFutureWatcher>
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
        out.a.error = QObject::tr("This lesson has no examples “%1” and “%2”.").arg(aId, bId);
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

ComparisonController::ComparisonController(QWidget *window)
    : QObject(window), m_window(window),
      m_compareAction(new QAction(tr("&Compare with previous run…"), window))
{
    m_compareAction->setEnabled(false);
    connect(m_compareAction, &QAction::triggered, this, &ComparisonController::showLastRuns);
}

ComparisonController::~ComparisonController()
{
    settle();
}

void ComparisonController::setDarkOverride(std::optional<bool> dark)
{
    m_dark = dark;
    if (m_view)
        m_view->setDarkOverride(dark);
}

void ComparisonController::noteFinishedModel(const Core::TraceModel &model, const QString &label,
                                             const Core::RunContext &context)
{
    settle();
    // Building the summary of a big run takes seconds (a JSON object per wait): never on the
    // GUI thread. The model is finished, so reading it from another thread is safe; whoever
    // replaces or deletes it calls settle() first. The compare view gets a copy of the model,
    // made there too, because the run's own goes with the next run.
    m_summaryJobLabel = label;
    m_summaryJob = QtConcurrent::run([&model, context] {
        return ShownRun{Core::buildRunSummary(model, context),
                        {},
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
            settle();
    });
    watcher->setFuture(m_summaryJob);
}

void ComparisonController::settle()
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
    m_compareAction->setEnabled(m_previousRun.has_value());
    // A window showing the last two runs follows the newest; one showing a lesson's pair stays.
    if (m_view && m_view->isVisible() && m_showsLastRuns)
        showLastRuns();
}

ComparisonView *ComparisonController::ensureView()
{
    if (!m_view) {
        m_view = new ComparisonView(m_window);
        m_view->setObjectName(QStringLiteral("compareView"));
        m_view->setWindowFlag(Qt::Window);
        m_view->setDarkOverride(m_dark);
    }
    return m_view;
}

void ComparisonController::showLastRuns()
{
    if (!m_previousRun || !m_currentRun) {
        Q_EMIT message(tr("Run twice (or open a recording after a run) to compare."), 5000);
        return;
    }
    ComparisonView *view = ensureView();
    view->setRuns({tr("previous run: %1").arg(m_previousRun->label), m_previousRun->model,
                   m_previousRun->summary},
                  {tr("this run: %1").arg(m_currentRun->label), m_currentRun->model,
                   m_currentRun->summary});
    m_showsLastRuns = true;
    view->setWindowTitle(tr("Compare runs — previous and this one"));
    view->show();
    view->raise();
    Q_EMIT comparisonShown();
}

void ComparisonController::compareExamples(const Lessons::Catalog &catalog, const QString &lessonId,
                                           const QString &exampleId, const QString &otherExampleId)
{
    const Lessons::Lesson *lesson = catalog.lesson(lessonId);
    const Lessons::Example *b = lesson ? lesson->example(exampleId) : nullptr;
    const Lessons::Example *a = lesson ? lesson->example(otherExampleId) : nullptr;
    if (!a || !b || m_comparingExamples)
        return;
    m_comparingExamples = true;
    Q_EMIT message(tr("Comparing: running “%1”, then “%2”…").arg(a->title, b->title), 0);
    Lessons::ExampleRunner::Options options;
    options.python = m_python;
    options.keepModel = true;
    const QString aLabel = a->title + QStringLiteral(" (") + a->file + QLatin1Char(')');
    const QString bLabel = b->title + QStringLiteral(" (") + b->file + QLatin1Char(')');
    const QString lessonTitle = lesson->title;
    QCoro::connect(runPair(catalog, lessonId, otherExampleId, exampleId, options), this,
                   [this, lessonId, lessonTitle, aLabel, bLabel](PairOutcome pair) {
                       m_comparingExamples = false;
                       const QString error = pair.a.error.isEmpty() ? pair.b.error : pair.a.error;
                       const bool shown = error.isEmpty() && pair.a.model && pair.b.model;
                       Q_EMIT examplesCompared(lessonId, pair.a, pair.b, error);
                       if (!shown) {
                           Q_EMIT message(tr("Could not compare: %1").arg(error), 8000);
                           return;
                       }
                       Q_EMIT message({}, 0);
                       ComparisonView *view = ensureView();
                       view->setRuns({aLabel, pair.a.model, pair.a.summary},
                                     {bLabel, pair.b.model, pair.b.summary});
                       m_showsLastRuns = false;
                       view->setWindowTitle(tr("Compare examples — %1").arg(lessonTitle));
                       view->show();
                       view->raise();
                       Q_EMIT comparisonShown();
                   });
}

} // namespace Ui
