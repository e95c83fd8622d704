// The learner's workbench through the real window and the real interpreter: choosing a step
// puts its example in the one editor, edits are kept per example (across a restart) and Revert
// brings the lesson's version back undoably, F5 runs exactly the text on screen under its own
// name (an edited example through the lesson, the learner's own file as itself) or checks the
// exercise, the status bar says which, another lesson clears the old run, and Reset layout
// brings every panel back.
#include "catalog.h"
#include "codeeditor.h"
#include "docklayout.h"
#include "exercisepanel.h"
#include "fileactions.h"
#include "inspector.h"
#include "lessonview.h"
#include "mainwindow.h"
#include "programdocument.h"
#include "timelineview.h"
#include "tracemodel.h"

#include "isolatedsettings.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Ui;

namespace {

const QString kFirst = QStringLiteral("why-async/three-downloads");

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString exampleText(const MainWindow &window, const QString &lessonId, int step)
{
    const Lessons::Lesson *lesson = window.catalog().lesson(lessonId);
    const Lessons::Example *e = lesson->example(lesson->steps.at(step).examples.value(0));
    return e ? readText(e->path) : QString();
}

QStringList outputTexts(const Core::TraceModel *model)
{
    QStringList out;
    for (const Core::OutputLine &l : model ? model->output() : std::vector<Core::OutputLine>())
        out << l.text;
    return out;
}

QString stateLine(const MainWindow &window)
{
    // The first label of the status bar says what the window does or will do.
    return window.statusBar()->findChildren<QLabel *>().value(0)->text();
}

} // namespace

class TstWorkbench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_workbench"));
    }

    void init() { QSettings().clear(); }

    void aStepPutsItsExampleInTheEditor()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LessonView *lesson = window.lessonView();
        QVERIFY(lesson->showStep(kFirst, 0));
        QCOMPARE(window.editor()->text(), exampleText(window, kFirst, 0));
        QCOMPARE(window.document()->kind(), ProgramDocument::Kind::Example);
        // Step 2 promises 1 s: its own program is what F5 would run now, named as it is.
        QTest::mouseClick(lesson->nextButton(), Qt::LeftButton);
        QCOMPARE(window.editor()->text(), exampleText(window, kFirst, 1));
        QCOMPARE(window.document()->fileName(), QStringLiteral("all_at_once.py"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("all_at_once.py")));
        QVERIFY2(stateLine(window).contains(QStringLiteral("F5 runs all_at_once.py")),
                 qPrintable(stateLine(window)));
    }

    void editsAreKeptPerExampleAndRevertable()
    {
        QString edited;
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.lessonView()->showStep(kFirst, 0);
            CodeEditor *editor = window.editor();
            editor->setCursorPosition(0, 0);
            QTest::keyClicks(editor, QStringLiteral("# my note"));
            QTest::keyClick(editor, Qt::Key_Return);
            edited = editor->text();
            QVERIFY(window.document()->isModified());
            auto *dock = window.docks()->dock(DockLayout::Slot::Program);
            QVERIFY2(dock->windowTitle().contains(QStringLiteral("one_by_one.py •")),
                     qPrintable(dock->windowTitle()));
            window.lessonView()->showStep(kFirst, 1);
            QCOMPARE(editor->text(), exampleText(window, kFirst, 1)); // the other, untouched
            window.lessonView()->showStep(kFirst, 0);
            QCOMPARE(editor->text(), edited); // the edit came back
        } // no close: the draft was written as the learner typed
        MainWindow again;
        again.lessonView()->showStep(kFirst, 0);
        QCOMPARE(again.editor()->text(), edited);
        // Revert to the lesson's version: one step, undoable.
        QAction *revert = again.files()->revertAction;
        QVERIFY(revert->isEnabled());
        QVERIFY(revert->text().contains(QStringLiteral("lesson's version")));
        revert->trigger();
        QCOMPARE(again.editor()->text(), exampleText(again, kFirst, 0));
        QVERIFY(!again.document()->isModified());
        again.editor()->undo();
        QCOMPARE(again.editor()->text(), edited);
        again.document()->revert();
    }

    void f5RunsTheTextOnScreen()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.lessonView()->showStep(kFirst, 0);
        CodeEditor *editor = window.editor();
        editor->setCursorPosition(editor->lines() - 1, 0);
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("print('edited on screen')"));
        QVERIFY2(stateLine(window).contains(QStringLiteral("with your edits")),
                 qPrintable(stateLine(window)));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QTest::keyClick(editor, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).value<Core::RunResult>().status, Core::RunStatus::Ok);
        // The lesson's example ran as the learner changed it, under its own name, with its
        // clock, and was checked under its card.
        QVERIFY(outputTexts(window.model()).contains(QStringLiteral("edited on screen")));
        QCOMPARE(QFileInfo(window.model()->hello()->program).fileName(),
                 QStringLiteral("one_by_one.py"));
        QVERIFY(window.model()->hello()->virtualClock);
        QVERIFY(!window.lessonView()->exampleResultText(QStringLiteral("one_by_one")).isEmpty());
        window.document()->revert();

        // The learner's own file runs as itself, where it is, under its own name.
        QTemporaryDir dir;
        const QString mine = dir.filePath(QStringLiteral("mine.py"));
        window.setProgramText(QStringLiteral("print('from my file')\n"),
                              QStringLiteral("untitled.py"));
        QVERIFY(window.files()->saveAs(mine));
        QCOMPARE(window.document()->kind(), ProgramDocument::Kind::File);
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("mine.py")));
        editor->setCursorPosition(1, 0);
        QTest::keyClicks(editor, QStringLiteral("print('typed, not saved yet')"));
        QVERIFY2(stateLine(window).contains(QStringLiteral("saves and runs mine.py")),
                 qPrintable(stateLine(window)));
        QTest::keyClick(editor, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(window.model()->hello()->program, mine);
        QCOMPARE(outputTexts(window.model()),
                 (QStringList{"from my file", "typed, not saved yet"}));
        QVERIFY(readText(mine).contains(QStringLiteral("typed, not saved yet"))); // saved first
        QVERIFY(window.files()->recentFiles().contains(mine));

        // An exercise in the editor: F5 checks it, nothing else runs.
        QVERIFY(window.openExercise(QStringLiteral("gather-basics")));
        QCOMPARE(window.editor(), window.exercisePanel()->editor());
        QVERIFY2(stateLine(window).contains(QStringLiteral("F5 checks")),
                 qPrintable(stateLine(window)));
        QSignalSpy checks(window.exercisePanel(), &ExercisePanel::checkFinished);
        QSignalSpy runs(&window, &MainWindow::runStarted);
        QTest::keyClick(editor, Qt::Key_F5);
        QVERIFY(window.exercisePanel()->isChecking());
        QTRY_COMPARE_WITH_TIMEOUT(checks.count(), 1, 90000);
        QCOMPARE(runs.count(), 0);
        // The check's run is on screen, named as the exercise.
        QVERIFY(window.model());
    }

    void anotherLessonClearsTheOldRun()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.lessonView()->showStep(kFirst, 1);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        TimelineView *timeline = window.timeline();
        QTRY_VERIFY(timeline->rows().lanes.size() > 1);
        timeline->selectSpan(1, 0);
        timeline->setTimeCursor(double(window.model()->endTime()) / 2);
        QVERIFY(window.inspector()->lane() >= 0);
        QVERIFY(window.docks()->dock(DockLayout::Slot::Inspector)->isVisible());

        const QString other = window.catalog().lessons().at(1)->id;
        window.lessonView()->showStep(other, 0);
        QVERIFY(!window.model());
        QVERIFY(!timeline->model());
        QVERIFY(!timeline->hasTimeCursor());
        QCOMPARE(window.inspector()->lane(), -1);
        // The inspector had nothing left to show: it gave its width back.
        QVERIFY(!window.docks()->dock(DockLayout::Slot::Inspector)->isVisible());
        // The new lesson's own example is in the editor (its first step has none of its own).
        QCOMPARE(window.document()->lessonId(), other);

        // Opening a lesson after an exercise never shows that exercise.
        QVERIFY(window.openExercise(QStringLiteral("gather-basics")));
        window.lessonView()->showStep(kFirst, 0);
        QVERIFY(!window.exercisePanel()->exercise());
        QCOMPARE(window.document()->kind(), ProgramDocument::Kind::Example);
    }

    // An exercise is worked on in the editor: the program takes most of the lesson column
    // (at 1400x900 the default share left six lines of code), the lesson's run goes, and
    // back on a lesson the lesson gets its share again.
    void anExerciseGetsTheColumnAndAFreshTimeline()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.lessonView()->showStep(kFirst, 1);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(window.model());
        QDockWidget *program = window.docks()->dock(DockLayout::Slot::Program);
        QDockWidget *lesson = window.docks()->dock(DockLayout::Slot::Lesson);
        QVERIFY(window.openExercise(QStringLiteral("gather-basics")));
        QVERIFY(!window.model()); // the lesson's run is not the exercise's
        QTRY_VERIFY2(program->height() * 100 >= (program->height() + lesson->height()) * 65,
                     qPrintable(QStringLiteral("program %1 px, lesson %2 px")
                                        .arg(program->height())
                                        .arg(lesson->height())));
        const int lines = window.editor()->height() / window.editor()->textHeight(0);
        QVERIFY2(lines >= 12, qPrintable(QStringLiteral("%1 lines of code in sight").arg(lines)));
        window.lessonView()->showStep(kFirst, 0);
        QTRY_VERIFY(lesson->height() > program->height());
        QVERIFY(window.openExercise(QStringLiteral("gather-basics")));
    }

    // The learner's last exercise, back at the next start, gets the column too.
    void theLastExerciseGetsTheColumnAtStart()
    {
        QSettings().setValue(QStringLiteral("lastExercise"), QStringLiteral("gather-basics"));
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.document()->kind(), ProgramDocument::Kind::Exercise);
        QDockWidget *program = window.docks()->dock(DockLayout::Slot::Program);
        QDockWidget *lesson = window.docks()->dock(DockLayout::Slot::Lesson);
        QTRY_VERIFY2(program->height() * 100 >= (program->height() + lesson->height()) * 65,
                     qPrintable(QStringLiteral("program %1 px, lesson %2 px")
                                        .arg(program->height())
                                        .arg(lesson->height())));
    }

    void resetLayoutBringsEveryPanelBack()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDockWidget *lesson = window.docks()->dock(DockLayout::Slot::Lesson);
        QDockWidget *program = window.docks()->dock(DockLayout::Slot::Program);
        QTest::qWait(50);
        const int width = lesson->width();
        lesson->close();
        program->setFloating(true);
        QAction *reset = nullptr;
        for (QAction *a : window.docks()->layoutActions())
            if (a->text().contains(QStringLiteral("Reset")))
                reset = a;
        QVERIFY(reset);
        reset->trigger();
        QTRY_VERIFY(lesson->isVisible() && !program->isFloating());
        QTRY_COMPARE(lesson->width(), width);
        // The full workbench is one click away too, and remembered.
        window.docks()->layoutActions().at(1)->trigger();
        QCOMPARE(window.docks()->mode(), DockLayout::Mode::Workbench);
        QVERIFY(window.docks()->dock(DockLayout::Slot::Course)->isVisible());
        window.close();
        MainWindow again;
        QCOMPARE(again.docks()->mode(), DockLayout::Mode::Workbench);
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TstWorkbench)
#include "tst_workbench.moc"
