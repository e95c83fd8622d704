// The exercise panel with the real checker on gather-basics (virtual clock, so it is quick):
// the starter fails and unlocks a hint, the solution passes; the learner's code survives the
// window being destroyed without a close; Reset brings the starter back and Undo the code; the
// exercise is edited in the one program editor, its statement folds away and a program put in
// the editor closes it.
#include "catalogloader.h"
#include "codeeditor.h"
#include "exercisecatalog.h"
#include "exercisepanel.h"
#include "mainwindow.h"
#include "programdocument.h"
#include "progressstore.h"

#include "isolatedsettings.h"

#include <QFile>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ui;

namespace {

const QString kId = QStringLiteral("gather-basics");

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The panel with its own document (drafts in a test folder), as the window builds them.
struct Pane {
    explicit Pane(const QString &drafts)
        : document(&host, DraftStore(drafts + QStringLiteral("/examples")),
                   DraftStore(drafts + QStringLiteral("/exercises"))),
          panel(&document)
    {
    }
    QWidget host;
    ProgramDocument document;
    ExercisePanel panel;
};

} // namespace

class TstExercisePanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_exercisepanel"));
        m_catalog = Lessons::CatalogLoader::loadBuiltIn();
        m_exercises = Lessons::ExerciseCatalog::load(m_catalog);
        QVERIFY(m_exercises.exercise(kId));
    }

    void starterFailsSolutionPasses()
    {
        const Lessons::Exercise *exercise = m_exercises.exercise(kId);
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("check.json")));
        Pane pane(m_dir.filePath(QStringLiteral("check-drafts")));
        ExercisePanel &panel = pane.panel;
        panel.setProgressStore(&progress);
        panel.setExercise(exercise);
        panel.resize(700, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.editor()->setFocus();
        QCOMPARE(panel.editor()->text(), readText(exercise->starterPath));
        QVERIFY(!panel.hintButton()->isEnabled()); // nothing tried yet
        QVERIFY(!panel.solutionButton()->isEnabled());

        QSignalSpy finished(&panel, &ExercisePanel::checkFinished);
        QTest::keyClick(panel.editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(panel.isChecking());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 90000);
        auto result = finished.at(0).at(0).value<Core::CheckResult>();
        QCOMPARE(result.status, Core::CheckResult::Status::Fail);
        QVERIFY(result.programRun() && result.programRun()->model());
        QVERIFY2(panel.resultText().contains(QStringLiteral("✗ the three fetches wait together")),
                 qPrintable(panel.resultText()));
        QVERIFY(panel.resultText().contains(QStringLiteral("one after another")));
        QCOMPARE(progress.exerciseStatus(kId), QStringLiteral("failed"));

        // One failed check unlocks one hint, shown on demand.
        QCOMPARE(panel.hintsUnlocked(), 1);
        QVERIFY(panel.hintButton()->isEnabled());
        QTest::mouseClick(panel.hintButton(), Qt::LeftButton);
        QCOMPARE(panel.hintText(), exercise->hints.first());
        QVERIFY(!panel.hintButton()->isEnabled()); // the next one needs another attempt

        panel.editor()->setText(readText(exercise->solutionPath));
        panel.check();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 90000);
        result = finished.at(1).at(0).value<Core::CheckResult>();
        QVERIFY2(result.passed(), qPrintable(panel.resultText()));
        QVERIFY(!panel.resultText().contains(QStringLiteral("✗")));
        QCOMPARE(progress.exerciseStatus(kId), QStringLiteral("passed"));
    }

    void hintsAndSolutionUnlockWithFailedAttempts()
    {
        const Lessons::Exercise *exercise = m_exercises.exercise(kId);
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("hints.json")));
        for (int i = 0; i < ExercisePanel::attemptsBeforeSolution - 1; ++i)
            progress.recordExerciseCheck(kId, false);
        Pane pane(m_dir.filePath(QStringLiteral("hint-drafts")));
        ExercisePanel &panel = pane.panel;
        panel.setProgressStore(&progress);
        panel.setExercise(exercise);
        QCOMPARE(panel.hintsUnlocked(), std::min<int>(2, int(exercise->hints.size())));
        QVERIFY(!panel.solutionButton()->isEnabled());
        panel.showNextHint();
        panel.showNextHint();
        panel.showNextHint(); // locked: no third hint yet
        QCOMPARE(panel.hintsShown(), 2);
        progress.recordExerciseCheck(kId, false);
        panel.setExercise(nullptr);
        panel.setExercise(exercise);
        QVERIFY(panel.solutionButton()->isEnabled());
        panel.showSolution();
        QVERIFY(!panel.solutionButton()->isEnabled());
    }

    void resetToStarterIsUndoable()
    {
        const Lessons::Exercise *exercise = m_exercises.exercise(kId);
        Pane pane(m_dir.filePath(QStringLiteral("reset-drafts")));
        ExercisePanel &panel = pane.panel;
        panel.setExercise(exercise);
        panel.editor()->selectAll();
        panel.editor()->replaceSelectedText(QStringLiteral("print('my own code')\n"));
        panel.resetToStarter();
        QCOMPARE(panel.editor()->text(), readText(exercise->starterPath));
        panel.editor()->undo();
        QCOMPARE(panel.editor()->text(), QStringLiteral("print('my own code')\n"));
    }

    void codeSurvivesAnAbruptEnd()
    {
        const QString typed = QStringLiteral("# my attempt, typed before the crash\n");
        auto *window = new MainWindow;
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->openExercise(kId));
        CodeEditor *editor = window->exercisePanel()->editor();
        editor->setCursorPosition(0, 0);
        editor->insert(typed);
        // The debounced autosave writes it without any close or focus change.
        const QString draft = DraftStore::exercises().path(kId);
        QTRY_VERIFY_WITH_TIMEOUT(readText(draft).startsWith(typed), 5000);
        // Destroyed without a closeEvent, as when the process is killed after the autosave.
        delete window;

        MainWindow reopened;
        QVERIFY(reopened.openExercise(kId));
        QVERIFY(reopened.exercisePanel()->editor()->text().startsWith(typed));
        // And it was re-opened where the learner left it.
        MainWindow third;
        QCOMPARE(third.exercisePanel()->exercise() ? third.exercisePanel()->exercise()->id : QString(), kId);
    }

    // One editor: the exercise's code is in it, its statement above folds away, and another
    // program put in the editor (an example, a file) closes the exercise around it.
    void exerciseLivesInTheOneEditor()
    {
        const Lessons::Exercise *exercise = m_exercises.exercise(kId);
        Pane pane(m_dir.filePath(QStringLiteral("one-editor")));
        ExercisePanel &panel = pane.panel;
        panel.resize(500, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.statementView()->isHidden()); // no exercise: only the editor
        QVERIFY(panel.resultsView()->isHidden() || !panel.resultsView()->isVisible());
        panel.setExercise(exercise);
        QCOMPARE(pane.document.kind(), ProgramDocument::Kind::Exercise);
        QCOMPARE(panel.editor(), pane.document.editor());
        QCOMPARE(panel.editor()->text(), readText(exercise->starterPath));
        QVERIFY(panel.statementView()->isVisible());
        QVERIFY(panel.resultsView()->isVisible());
        // The checks below the editor have room to be read, not three lines.
        QVERIFY2(panel.resultsView()->height() >= 100,
                 qPrintable(QString::number(panel.resultsView()->height())));
        const int editorHeight = panel.editor()->height();
        QTest::mouseClick(panel.statementToggle(), Qt::LeftButton);
        QVERIFY(!panel.statementView()->isVisible());
        QTRY_VERIFY(panel.editor()->height() > editorHeight); // the code got the room
        QTest::mouseClick(panel.statementToggle(), Qt::LeftButton);
        QVERIFY(panel.statementView()->isVisible());

        QVERIFY(pane.document.setScratch(QStringLiteral("print('mine')\n"), QStringLiteral("mine.py")));
        QVERIFY(!panel.exercise());
        QVERIFY(!panel.statementView()->isVisible());
        QCOMPARE(panel.editor()->text(), QStringLiteral("print('mine')\n"));
    }

    // At 1920x1080 the program column is ~1000 px tall: a check's lines are read there
    // without scrolling or hunting, the failing ones first with their message.
    void resultsAreReadableFailingFirst()
    {
        const Lessons::Exercise *exercise = m_exercises.exercise(kId);
        Pane pane(m_dir.filePath(QStringLiteral("results")));
        ExercisePanel &panel = pane.panel;
        panel.resize(620, 1000);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setExercise(exercise);
        QTest::qWait(50);
        Core::CheckResult result;
        result.status = Core::CheckResult::Status::Fail;
        for (int i = 0; i < 10; ++i) {
            Core::CheckItem item;
            item.name = QStringLiteral("check number %1").arg(i + 1);
            const bool fails = i == 4 || i == 8;
            item.status = fails ? Core::CheckStatus::Fail : Core::CheckStatus::Pass;
            if (fails)
                item.message = QStringLiteral("the downloads ran one after another: 3.0 s in all "
                                              "where they could have waited together for 1.0 s");
            result.checks << item;
        }
        panel.showResult(result);
        QTest::qWait(50);
        const QStringList lines = panel.resultText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 10);
        QVERIFY2(lines[0].startsWith(QStringLiteral("✗ check number 5")), qPrintable(lines[0]));
        QVERIFY2(lines[1].startsWith(QStringLiteral("✗ check number 9")), qPrintable(lines[1]));
        QVERIFY(lines[0].contains(QStringLiteral("waited together")));
        // Every line in sight: no scrolling inside the results, none sideways.
        QTextBrowser *view = panel.resultsView();
        QVERIFY2(view->verticalScrollBar()->maximum() == 0,
                 qPrintable(QStringLiteral("results %1 px tall, scroll %2 px")
                                    .arg(view->height())
                                    .arg(view->verticalScrollBar()->maximum())));
        QVERIFY(!view->horizontalScrollBar()->isVisible());
        // The code keeps room to be worked on.
        QVERIFY2(panel.editor()->height() >= 10 * panel.editor()->fontMetrics().lineSpacing(),
                 qPrintable(QString::number(panel.editor()->height())));
    }

private:
    QTemporaryDir m_dir;
    Lessons::Catalog m_catalog;
    Lessons::ExerciseCatalog m_exercises;
};

QTEST_MAIN(TstExercisePanel)
#include "tst_exercisepanel.moc"
