// Renders the README screenshots: the welcome gather example mid-run and finished, in the light
// and dark themes. Run under a real X server (xvfb-run -a -s "-screen 0 1600x1000x24"):
//   loopscope_screenshots OUTPUT_DIR
#include "inspector.h"
#include "mainwindow.h"
#include "timelineview.h"
#include "tracemodel.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

using namespace Ui;

namespace {

// The fetch task whose coroutine sleeps the longest: "orders" in the welcome example.
std::pair<int, int> interestingSpan(const Core::TraceModel &model, bool preferOpen)
{
    std::pair<int, int> best{-1, -1};
    std::int64_t longest = -2;
    for (const Core::TaskInfo &task : model.tasks()) {
        if (task.coro != QLatin1String("fetch"))
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

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LoopscopeScreenshots"));
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
        bool done = false;
        QObject::connect(&window, &MainWindow::runFinished, [&] { done = true; });
        window.run();
        // Mid-run: after the first fetch finished, while the other two still sleep.
        auto firstDone = [&] {
            const Core::TraceModel *m = window.model();
            return m && m->output().size() >= 4;
        };
        for (int i = 0; i < 200 && !firstDone(); ++i)
            wait(25);
        wait(250);
        if (const Core::TraceModel *m = window.model()) {
            const auto [lane, span] = interestingSpan(*m, true);
            if (lane >= 0)
                window.timeline()->selectSpan(lane, span);
        }
        wait(200);
        failures += !window.grab().save(out + QStringLiteral("/timeline-running-%1.png").arg(name));
        for (int i = 0; i < 200 && !done; ++i)
            wait(50);
        const auto [lane, span] = interestingSpan(*window.model(), false);
        window.timeline()->fitAll();
        if (lane >= 0)
            window.timeline()->selectSpan(lane, span);
        wait(400);
        failures += !window.grab().save(out + QStringLiteral("/timeline-finished-%1.png").arg(name));
    }
    return failures;
}
