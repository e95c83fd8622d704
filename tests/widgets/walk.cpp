// Walks the real window as a newcomer would, under a real X server, and keeps a screenshot of
// every stop for a person to look at (not a test: it asserts nothing, it prints what it measured).
//   QT_QPA_PLATFORM=xcb DISPLAY=:NN loopscope_walk OUTPUT_DIR WIDTHxHEIGHT light|dark [norun]
// The first five lessons, every step (and after running the step's first example, unless
// "norun"), then the gather-basics exercise before and after a check. Each line printed says
// how much room the learner had: the lesson text and its splitter, the loop machine dock, the
// check results, and any sideways scroll bar.
#include "catalog.h"
#include "docklayout.h"
#include "exercisepanel.h"
#include "lessonview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <cstdio>

using namespace Ui;

namespace {

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

// One line of what the learner has room for at this stop.
void measure(MainWindow &window, const QString &where)
{
    LessonView *lesson = window.lessonView();
    const auto *split = lesson->findChild<QSplitter *>(QStringLiteral("lessonSplitter"));
    const auto *cards = lesson->findChild<QScrollArea *>();
    const QDockWidget *machine = window.docks()->dock(DockLayout::Slot::LoopMachine);
    QTextBrowser *results = window.exercisePanel()->resultsView();
    std::printf("%-44s text %4d/%4d px (%2d lines)%s%s  machine %4d px  results %s\n",
                qPrintable(where), lesson->textView()->height(), split ? split->height() : 0,
                lesson->textView()->height() / std::max(1, lesson->textView()->fontMetrics().lineSpacing()),
                lesson->textView()->horizontalScrollBar()->isVisible() ? " TEXT-SIDEWAYS" : "",
                cards && cards->horizontalScrollBar()->maximum() > 0 ? " CARDS-SIDEWAYS" : "",
                machine && machine->isVisible() ? machine->width() : 0,
                results->isVisible() ? qPrintable(QStringLiteral("%1 px, scroll %2")
                                                          .arg(results->height())
                                                          .arg(results->verticalScrollBar()->maximum()))
                                     : "-");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LoopscopeWalk"));
    if (argc < 4) {
        std::fprintf(stderr, "usage: loopscope_walk OUTPUT_DIR WIDTHxHEIGHT light|dark [norun]\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QStringList size = QString::fromLocal8Bit(argv[2]).split(u'x');
    const bool dark = QString::fromLocal8Bit(argv[3]) == QLatin1String("dark");
    const bool runExamples = !(argc > 4 && QString::fromLocal8Bit(argv[4]) == QLatin1String("norun"));
    QDir().mkpath(out);
    const QString prefix = QStringLiteral("%1/%2-%3-").arg(out, QString::fromLocal8Bit(argv[2]),
                                                           QString::fromLocal8Bit(argv[3]));

    MainWindow window;
    window.setTheme(dark ? MainWindow::Theme::Dark : MainWindow::Theme::Light);
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    wait(800);
    window.grab().save(prefix + QStringLiteral("00-start.png"));
    measure(window, QStringLiteral("start (first-start card)"));
    bool done = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { done = true; });

    const auto lessons = window.catalog().lessons().mid(0, 5);
    for (int l = 0; l < lessons.size(); ++l) {
        const Lessons::Lesson *lesson = lessons[l];
        for (int s = 0; s < lesson->steps.size(); ++s) {
            window.lessonView()->showStep(lesson->id, s);
            wait(250);
            const QString name = QStringLiteral("L%1-s%2").arg(l + 1).arg(s + 1);
            window.grab().save(prefix + name + QStringLiteral(".png"));
            measure(window, QStringLiteral("%1 %2 step %3").arg(name, lesson->id).arg(s + 1));
            const QStringList examples = lesson->steps[s].examples;
            if (!runExamples || examples.isEmpty())
                continue;
            QPushButton *run = window.lessonView()->runButton(examples.first());
            if (!run || !run->isEnabled())
                continue;
            done = false;
            run->click();
            if (!waitFor([&] { return done; }, 60000))
                std::printf("  run of %s did not finish in 60 s\n", qPrintable(examples.first()));
            wait(400);
            window.grab().save(prefix + name + QStringLiteral("-ran.png"));
            measure(window, QStringLiteral("%1 ran %2").arg(name, examples.first()));
        }
    }

    bool checked = false;
    QObject::connect(window.exercisePanel(), &ExercisePanel::checkFinished, [&] { checked = true; });
    window.openExercise(QStringLiteral("gather-basics"));
    wait(400);
    window.grab().save(prefix + QStringLiteral("X-open.png"));
    measure(window, QStringLiteral("exercise gather-basics"));
    window.exercisePanel()->check();
    waitFor([&] { return checked; }, 90000);
    wait(400);
    window.grab().save(prefix + QStringLiteral("X-checked.png"));
    measure(window, QStringLiteral("exercise checked"));
    return 0;
}
