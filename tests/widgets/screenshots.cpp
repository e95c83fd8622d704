// Renders the README screenshots under a real X server (xvfb-run -a -s "-screen 0 1600x1000x24"):
//   loopscope_screenshots OUTPUT_DIR
// In the light and dark themes: the gather lesson's dependent_calls example run from the editor
// on the real clock (mid-run, open waits growing) and run from the lesson (finished, with what
// it must show and main's coroutine frames expanded); in light, the gather-basics exercise
// after a failed check with its first hint; in light, the first lesson's paired examples (one
// download after another vs all three at once) compared on one time axis; in both themes, the
// gather lesson's gather_order stepped through, paused with the loop machine showing a task
// next, one behind it in the ready queue and a timer pending.
#include "catalog.h"
#include "codeeditor.h"
#include "comparisonview.h"
#include "exercisepanel.h"
#include "inspector.h"
#include "lessonview.h"
#include "loopmachineview.h"
#include "mainwindow.h"
#include "timelineview.h"
#include "tracemodel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace Ui;

namespace {

const QString kLesson = QStringLiteral("running-many/gather");
const QString kExample = QStringLiteral("dependent_calls");

// The fetch task whose coroutine sleeps the longest (open ones first while running).
std::pair<int, int> interestingSpan(const Core::TraceModel &model, bool preferOpen)
{
    std::pair<int, int> best{-1, -1};
    std::int64_t longest = -2;
    for (const Core::TaskInfo &task : model.tasks()) {
        if (!task.coro.startsWith(QLatin1String("fetch")))
            continue;
        for (int i = 0; i < model.spanCount(task.lane); ++i) {
            const Core::Span &s = model.span(task.lane, i);
            if (model.spanType(s.typeId).kind != Core::SpanKind::Suspended)
                continue;
            const std::int64_t d = s.isOpen() ? (preferOpen ? INT64_MAX : -1) : s.duration;
            if (d > longest) {
                longest = d;
                best = {task.lane, i};
            }
        }
    }
    return best;
}

int laneOf(const Core::TraceModel &model, const QString &coro)
{
    for (const Core::TaskInfo &t : model.tasks())
        if (t.coro == coro)
            return t.lane;
    return -1;
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

template<typename F>
bool waitFor(F done, int ms)
{
    for (int i = 0; i < ms / 25 && !done(); ++i)
        wait(25);
    return done();
}

// A step that asks a prediction holds its text back until it is answered; the pictures show
// the prose, as a learner sees it after "Read the step".
void readTheStep(Ui::MainWindow &window)
{
    if (QPushButton *read = window.lessonView()->readAnywayButton(); read->isVisible())
        read->click();
    wait(100);
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LoopscopeScreenshots"));
    // The README shows the window as a learner uses it, after the first-start card.
    QSettings().setValue(QStringLiteral("firstStartCardDismissed"), true);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(out);
    int failures = 0;
    for (const auto theme : {MainWindow::Theme::Light, MainWindow::Theme::Dark}) {
        const QString name = theme == MainWindow::Theme::Dark ? QStringLiteral("dark")
                                                              : QStringLiteral("light");
        MainWindow window;
        window.setTheme(theme);
        window.resize(1600, 1000);
        window.show();
        wait(500);
        window.lessonView()->showStep(kLesson, 1);
        readTheStep(window);
        const Lessons::Example *example = window.catalog().lesson(kLesson)->example(kExample);
        QFile source(example->path);
        source.open(QIODevice::ReadOnly);
        // From the editor, on the real clock: the waits take real seconds to watch.
        window.setProgramText(QString::fromUtf8(source.readAll()), QStringLiteral("dependent_calls.py"));
        window.setVirtualClock(false);
        bool done = false;
        auto connection = QObject::connect(&window, &MainWindow::runFinished, [&] { done = true; });
        window.run();
        // Mid-run: after the user arrived, while posts and friends still wait.
        waitFor([&] { return window.model() && window.model()->output().size() >= 1; }, 10000);
        wait(300);
        if (const Core::TraceModel *m = window.model()) {
            const auto [lane, span] = interestingSpan(*m, true);
            if (lane >= 0)
                window.timeline()->selectSpan(lane, span);
        }
        wait(150);
        failures += !window.grab().save(out + QStringLiteral("/timeline-running-%1.png").arg(name));
        waitFor([&] { return done; }, 10000);

        // From the lesson: its own (virtual) clock, checked against what it must show.
        done = false;
        window.lessonView()->runButton(kExample)->click();
        waitFor([&] { return done; }, 20000);
        QObject::disconnect(connection);
        const Core::TraceModel &model = *window.model();
        window.timeline()->fitAll();
        window.timeline()->setFramesExpanded(laneOf(model, QStringLiteral("main")), true);
        const auto [lane, span] = interestingSpan(model, false);
        if (lane >= 0)
            window.timeline()->selectSpan(lane, span);
        wait(400);
        failures += !window.grab().save(out + QStringLiteral("/timeline-finished-%1.png").arg(name));

        // Step mode: paused where the loop machine has something in every busy place.
        {
            bool shot = false;
            auto onPause = [&](const Core::PausedInfo &p) {
                if (!shot && !p.ready.isEmpty() && !p.timers.isEmpty()) {
                    shot = true;
                    window.timeline()->setAxis(TimelineAxis::Steps); // order, not microseconds
                    wait(300);
                    failures += !window.grab().save(
                            out + QStringLiteral("/loopmachine-step-%1.png").arg(name));
                    window.continueRun();
                    return;
                }
                QTimer::singleShot(0, &window, &MainWindow::stepOnce);
            };
            auto paused = QObject::connect(&window, &MainWindow::paused, onPause);
            done = false;
            auto finished
                    = QObject::connect(&window, &MainWindow::runFinished, [&] { done = true; });
            window.lessonView()->showStep(kLesson, 0); // its step: gather_order
            readTheStep(window);
            window.stepThroughExample(kLesson, QStringLiteral("gather_order"));
            waitFor([&] { return done; }, 30000);
            failures += !shot;
            QObject::disconnect(paused);
            QObject::disconnect(finished);
        }

        if (theme == MainWindow::Theme::Light) {
            window.openExercise(QStringLiteral("gather-basics"));
            bool checked = false;
            QObject::connect(window.exercisePanel(), &ExercisePanel::checkFinished, [&] { checked = true; });
            window.exercisePanel()->check();
            waitFor([&] { return checked; }, 60000);
            window.exercisePanel()->showNextHint();
            window.timeline()->fitAll();
            const Core::TraceModel *m = window.model();
            if (m)
                window.timeline()->setFramesExpanded(laneOf(*m, QStringLiteral("main")), true);
            wait(400);
            failures += !window.grab().save(out + QStringLiteral("/exercise-light.png"));

            bool compared = false;
            QObject::connect(&window, &MainWindow::comparisonShown, [&] { compared = true; });
            window.lessonView()->showStep(QStringLiteral("why-async/three-downloads"), 1);
            readTheStep(window);
            window.compareExamples(QStringLiteral("why-async/three-downloads"),
                                   QStringLiteral("all_at_once"), QStringLiteral("one_by_one"));
            failures += !waitFor([&] { return compared; }, 60000);
            if (ComparisonView *view = window.comparisonView()) {
                view->resize(1400, 900);
                view->fitBoth();
                wait(400);
                failures += !view->grab().save(out + QStringLiteral("/compare-light.png"));
            }
        }
    }
    return failures;
}
