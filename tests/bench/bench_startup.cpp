// Cold start to the first lesson shown (spec goal: <= 500 ms, Python not started).
//
// Prints figures, asserts nothing. The parent mode launches this same executable as a child
// process N times and reads back when the child saw the first lesson shown:
//   * cold: every launch gets fresh, empty XDG_DATA_HOME / XDG_CONFIG_HOME / XDG_CACHE_HOME
//     (a first-time user: no settings, no progress, built-in lessons not yet unpacked);
//   * warm: every launch reuses one set of XDG dirs that a previous launch already populated.
// The child is a copy of app/main.cpp's GUI path (QApplication, Ui::MainWindow, show) with a
// probe: "shown" is when the lesson view is on why-async/three-downloads, its title label and
// text document hold the lesson and step-0 text, and the text viewport has painted once after
// that (the time is taken when control returns to the event loop after that paint).
//
// Usage: bench_startup [--runs N] [--child]   (BENCH_STARTUP_DEBUG=1: trace the probe per paint)
// Timestamps are CLOCK_MONOTONIC, so the parent's "before spawn" and the child's marks compare.
#include "catalog.h"
#include "lessonview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <vector>

namespace {

const QString kFirst = QStringLiteral("why-async/three-downloads");

qint64 nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

class ShownProbe : public QObject
{
public:
    ShownProbe(Ui::MainWindow *w) : m_window(w)
    {
        m_window->lessonView()->textView()->viewport()->installEventFilter(this);
    }
    bool contentReady() const
    {
        Ui::LessonView *view = m_window->lessonView();
        if (view->lessonId() != kFirst)
            return false;
        const Lessons::Lesson *lesson = m_window->catalog().lesson(kFirst);
        if (!lesson || lesson->steps.isEmpty())
            return false;
        bool titleShown = false;
        for (QLabel *label : view->findChildren<QLabel *>())
            titleShown |= label->isVisible() && label->text() == lesson->title;
        const QString text = view->textView()->document()->toPlainText();
        if (m_stepText.isEmpty()) { // step 0 as LessonView::showStep renders it
            const QString &markdown = lesson->steps[0].markdown;
            QTextDocument expected;
            expected.setMarkdown(markdown.trimmed().startsWith(QLatin1Char('#'))
                                     ? markdown
                                     : QStringLiteral("## %1\n\n").arg(lesson->steps[0].title) + markdown);
            m_stepText = expected.toPlainText();
        }
        // A step that asks a prediction first shows its title and the "Predict first" note
        // in place of its text: that is the step shown, too.
        const bool stepShown = text == m_stepText
                || (text.startsWith(lesson->steps[0].title) && text.contains(QLatin1String("Predict first")));
        if (qEnvironmentVariableIsSet("BENCH_STARTUP_DEBUG"))
            std::fprintf(stderr, "title=%d text=%d visible=%d\n", titleShown, stepShown,
                         view->textView()->isVisible());
        return titleShown && stepShown && view->textView()->isVisible();
    }
    qint64 contentNs = 0; // first paint event seen with the content in place
    qint64 shownNs = 0;   // back in the event loop after that paint
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && qEnvironmentVariableIsSet("BENCH_STARTUP_DEBUG"))
            std::fprintf(stderr, "paint %s ready=%d lesson=%s doc=%s\n", o->metaObject()->className(), contentReady(),
                         qPrintable(m_window->lessonView()->lessonId()),
                         qPrintable(m_window->lessonView()->textView()->document()->toPlainText().left(40)));
        if (e->type() == QEvent::Paint && !contentNs && contentReady()) {
            contentNs = nowNs();
            QTimer::singleShot(0, this, [this] {
                shownNs = nowNs();
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(o, e);
    }

private:
    Ui::MainWindow *m_window;
    mutable QString m_stepText;
};

int child(int argc, char **argv, qint64 mainNs)
{
    QApplication app(argc, argv);
    const qint64 appNs = nowNs();
    QApplication::setOrganizationName(QStringLiteral("Loopscope"));
    QApplication::setApplicationName(QStringLiteral("Loopscope"));
    Ui::MainWindow window;
    const qint64 windowNs = nowNs();
    ShownProbe probe(&window);
    window.show();
    const qint64 showNs = nowNs();
    QTimer::singleShot(10000, &app, [&] {
        // Not shown in time: say which part of the condition is missing.
        Ui::LessonView *view = window.lessonView();
        const Lessons::Lesson *lesson = window.catalog().lesson(kFirst);
        QStringList labels;
        for (QLabel *label : view->findChildren<QLabel *>())
            labels << label->text().left(60) + (label->isVisible() ? "" : " (hidden)");
        std::fprintf(stderr, "not shown: lesson=%s view visible=%d text visible=%d title=%s labels=[%s] doc=%s\n",
                     qPrintable(view->lessonId()), view->isVisible(), view->textView()->isVisible(),
                     lesson ? qPrintable(lesson->title) : "?", qPrintable(labels.join(" | ")),
                     qPrintable(view->textView()->document()->toPlainText().left(120)));
        QCoreApplication::exit(2);
    });
    const int rc = app.exec();
    std::printf("MARKS main=%lld qapp=%lld window=%lld show=%lld content=%lld shown=%lld rc=%d\n",
                (long long)mainNs, (long long)appNs, (long long)windowNs, (long long)showNs,
                (long long)probe.contentNs, (long long)probe.shownNs, rc);
    std::fflush(stdout);
    std::_Exit(rc); // no teardown: the figure is about start-up
}

struct Run {
    double spawnToMain, mainToApp, appToWindow, windowToShow, showToShown, total, inProcess;
};

bool launch(const QString &self, const QString &xdg, const QString &platform, Run *out)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), xdg + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), xdg + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), xdg + QStringLiteral("/cache"));
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 spawnNs = nowNs();
    p.start(self, {QStringLiteral("--child")});
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    const QByteArray line = p.readAllStandardOutput();
    long long m[6] = {};
    int rc = -1;
    const char *s = std::strstr(line.constData(), "MARKS");
    if (!s || std::sscanf(s, "MARKS main=%lld qapp=%lld window=%lld show=%lld content=%lld shown=%lld rc=%d",
                          &m[0], &m[1], &m[2], &m[3], &m[4], &m[5], &rc) != 7 || rc != 0) {
        std::fprintf(stderr, "child failed: %s\n", line.constData());
        return false;
    }
    auto ms = [](long long a, long long b) { return double(b - a) / 1e6; };
    *out = {ms(spawnNs, m[0]), ms(m[0], m[1]), ms(m[1], m[2]), ms(m[2], m[3]),
            ms(m[3], m[5]), ms(spawnNs, m[5]), ms(m[0], m[5])};
    return true;
}

void report(const char *label, std::vector<Run> runs)
{
    if (runs.empty()) {
        std::printf("%s: no successful runs\n", label);
        return;
    }
    auto stat = [&](double Run::*f, const char *name) {
        std::vector<double> v;
        for (const Run &r : runs)
            v.push_back(r.*f);
        std::sort(v.begin(), v.end());
        std::printf("  %-34s best %8.1f  median %8.1f  worst %8.1f ms\n", name, v.front(),
                    v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2,
                    v.back());
    };
    std::printf("%s (%zu runs)\n", label, runs.size());
    stat(&Run::total, "spawn -> first lesson shown");
    stat(&Run::inProcess, "main() -> first lesson shown");
    stat(&Run::spawnToMain, "  spawn -> main() (exec, ld.so)");
    stat(&Run::mainToApp, "  main() -> QApplication");
    stat(&Run::appToWindow, "  QApplication -> MainWindow ctor");
    stat(&Run::windowToShow, "  MainWindow ctor -> show()");
    stat(&Run::showToShown, "  show() -> lesson painted");
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 mainNs = nowNs();
    int runs = 10;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--child"))
            return child(argc, argv, mainNs);
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
    }
    QCoreApplication app(argc, argv);
    const QString self = QCoreApplication::applicationFilePath();
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    std::printf("platform: %s\n", platform.isEmpty() ? "(default)" : qPrintable(platform));

    std::vector<Run> cold, warm;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir fresh;
        Run r;
        if (launch(self, fresh.path(), platform, &r))
            cold.push_back(r);
    }
    QTemporaryDir shared;
    Run r;
    launch(self, shared.path(), platform, &r); // populates settings, progress and the cache
    for (int i = 0; i < runs; ++i)
        if (launch(self, shared.path(), platform, &r))
            warm.push_back(r);
    report("cold (fresh XDG dirs each launch)", cold);
    report("warm (XDG dirs from a previous launch)", warm);
    return cold.size() == size_t(runs) && warm.size() == size_t(runs) ? 0 : 1;
}
