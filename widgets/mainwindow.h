#pragma once
#include "catalog.h"
#include "checkresult.h"
#include "exercisecatalog.h"
#include "labserver.h"
#include "lessonsfolder.h"
#include "pausedinfo.h"
#include "runrequest.h"
#include "runresult.h"

#include <QFuture>
#include <QJsonObject>
#include <QMainWindow>
#include <QElapsedTimer>
#include <QTimer>
#include <memory>
#include <optional>
#include <utility>

class QAction;
class QDialog;
class QDockWidget;
class QLabel;
class QMenu;
class QTemporaryDir;

namespace Lessons {
class ProgressStore;
}

namespace Core {
class RunSession;
class TraceModel;
}

namespace Ui {

class CodeEditor;
class ComparisonView;
class CourseOutline;
class ExercisePanel;
class Inspector;
class LessonView;
class OutputConsole;
class SchedulerPanel;
class TimelineLegend;
class TimelineView;

//! The learning workbench: program editor, live timeline, inspector and output console in
//! docks whose layout is remembered. Runs go through Core::RunSession's signals only, so the UI
//! thread never waits on the child; a recording opened from disk replays without Python.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    CodeEditor *editor() const { return m_editor; }
    TimelineView *timeline() const { return m_timeline; }
    Inspector *inspector() const { return m_inspector; }
    OutputConsole *console() const { return m_console; }
    CourseOutline *outline() const { return m_outline; }
    LessonView *lessonView() const { return m_lessonView; }
    ExercisePanel *exercisePanel() const { return m_exercisePanel; }
    SchedulerPanel *scheduler() const { return m_scheduler; }
    //! The compare window once a comparison was shown (Compare with previous run, or a
    //! lesson's Compare with …); null before.
    ComparisonView *comparisonView() const { return m_compareView; }
    //! A lesson's Compare with … is running its two examples.
    bool isComparingExamples() const { return m_comparingExamples; }
    //! F5 when not paused: runs the program, or checks the exercise (see runOrCheck()).
    QAction *runAction() const { return m_runAction; }
    QAction *stepModeAction() const { return m_stepModeAction; }
    QAction *stepAction() const { return m_stepAction; }
    QAction *stepSwitchAction() const { return m_stepSwitchAction; }
    QAction *continueAction() const { return m_continueAction; }
    QAction *runToCursorAction() const { return m_runToCursorAction; }
    QAction *compareAction() const { return m_compareAction; }
    //! Step mode: the program is paused before a task step or callback.
    bool isPaused() const;
    //! The session of the run on screen (null for a recording); for tests.
    Core::RunSession *session() const { return m_session; }
    const Lessons::Catalog &catalog() const { return m_catalog; }
    const Lessons::ExerciseCatalog &exercises() const { return m_exerciseCatalog; }
    Lessons::ProgressStore *progress() const { return m_progress.get(); }
    //! The extra lessons folder beside the built-in lessons (File ▸ Open Lessons Folder…).
    const Lessons::LessonsFolder *lessonsFolder() const
    {
        return m_lessonsFolder ? &*m_lessonsFolder : nullptr;
    }
    //! The interpreter runs use; empty: discovery.
    QString python() const { return m_python; }
    void setPython(const QString &python);
    //! The model on screen: the current or last run's, or an opened recording's; may be null.
    const Core::TraceModel *model() const;
    bool isRunning() const;

    //! Also makes it what F5 runs (see runOrCheck()).
    void setProgramText(const QString &text, const QString &fileName = QStringLiteral("main.py"));
    void setTheme(Theme theme);
    //! The clock run() uses for the program in the editor (Open in editor sets the example's).
    void setVirtualClock(bool on);
    //! Run starts the program paused before its first task step (Run ▸ Step mode).
    void setStepMode(bool on);
    bool stepMode() const;
    Theme theme() const { return m_theme; }

public Q_SLOTS:
    //! Runs the Program editor's program (F5 and Run do unless runOrCheck() checks instead).
    void run();
    //! F5: checks the open exercise if the learner last worked in its editor (focus or edits),
    //! else runs the program. Which dock is in sight does not say which one they work on.
    void runOrCheck();
    void stop();
    //! Runs a lesson example with its clock, timeout, lab and required modules; its rules are
    //! checked when it ends and shown under it in the lesson view.
    void runExample(const QString &lessonId, const QString &exampleId);
    void openExample(const QString &lessonId, const QString &exampleId);
    bool openExercise(const QString &exerciseId);
    //! Adds a folder of extra lessons after the built-in ones (and remembers it for the next
    //! start); its broken files and id clashes are listed in a message. False if no folder.
    bool openLessonsFolder(const QString &path);
    void closeLessonsFolder();
    //! Lists the lessons folder's catalog issues (file and reason of each) in a message box.
    void showLessonsFolderIssues();
    bool exportChromeTrace(const QString &path);
    bool saveRecording(const QString &path);
    bool openRecording(const QString &path);
    // Step mode, while paused (see isPaused()).
    void stepOnce();
    void stepToNextSwitch();
    void continueRun();
    //! Runs until the timeline's time cursor, then pauses.
    void runToCursor();
    //! Shows the last two runs on one time axis with their totals and concurrency figures.
    void showComparison();
    //! Runs a lesson example paused before its first step (step mode), like Step through.
    void stepThroughExample(const QString &lessonId, const QString &exampleId);
    //! Runs otherExampleId then exampleId of a lesson in the background and compares them
    //! (A: the other, B: this one); the timeline on screen is left alone.
    void compareExamples(const QString &lessonId, const QString &exampleId,
                         const QString &otherExampleId);

Q_SIGNALS:
    void runStarted();
    void runFinished(const Core::RunResult &result);
    //! A comparison (of the last two runs or of a lesson's pair) is on screen.
    void comparisonShown();
    //! Step mode: the program paused (after the Scheduler dock and the editor were updated).
    void paused(const Core::PausedInfo &info);

protected:
    //! Focus entering either editor (see runOrCheck()).
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void showModel(const Core::TraceModel *model, bool live);
    void startRun(Core::RunRequest request, const QString &label);
    void exampleFinished(const Core::RunResult &result);
    void showCheckedRun(const Core::CheckResult &result);
    void onStepShown(const QString &lessonId, int step);
    // What F5 does (mainwindowcourse.cpp): the editor the learner last worked in decides.
    void trackWorkingEditor();
    void setWorkingOnExercise(bool on);
    bool f5ChecksExercise() const;
    void describeRunAction();
    // Course side (mainwindowcourse.cpp): the lessons folder and lesson look-ups across it.
    void createCourseActions(QMenu *file);
    void restoreLessonsFolder();
    void setLessonsFolder(std::optional<Lessons::LessonsFolder> folder);
    void showLessonStep(const QString &lessonId, int step);
    void showStartingLesson(const QString &lastLesson);
    //! A new learner's editor gets the first example of the step on screen, not the welcome.
    void openStartingExample();
    const Lessons::Lesson *findLesson(const QString &lessonId) const;
    const Lessons::Exercise *findExercise(const QString &exerciseId) const;
    void rebuildInterpreterMenu();
    void probeInterpreter();
    void onModelChanged();
    void onRunFinished(const Core::RunResult &result);
    void updateStatus();
    void updateActions();
    void showSource(const QString &file, int line);
    void showOutputMoment(double t, int lane);
    void chooseInterpreter();
    void markEditor(const Core::TraceModel &model);
    void applyThemeToViews();
    void onPaused(const Core::PausedInfo &info);
    void onTimeCursor(double t);
    void stepCommandSent(const QString &state);
    bool isOurFile(const QString &file) const;
    //! The model on screen became a finished run or recording: it is the newest to compare.
    void noteFinishedModel(const Core::TraceModel &model, const QString &label);
    // The summary of a finished run (for "Compare") is built on a worker thread; this waits
    // for it before the model it reads goes away, and takes its result.
    void settleSummaryJob();
    ComparisonView *ensureComparisonView();

    CodeEditor *m_editor = nullptr;
    TimelineView *m_timeline = nullptr;
    TimelineLegend *m_legend = nullptr;
    Inspector *m_inspector = nullptr;
    OutputConsole *m_console = nullptr;
    CourseOutline *m_outline = nullptr;
    LessonView *m_lessonView = nullptr;
    ExercisePanel *m_exercisePanel = nullptr;
    SchedulerPanel *m_scheduler = nullptr;
    QDockWidget *m_schedulerDock = nullptr;
    ComparisonView *m_compareView = nullptr;
    bool m_defaultDockSizesPending = false; // no saved layout: size the docks on first show
    bool m_comparingExamples = false;
    bool m_workingOnExercise = false; // last in the exercise's editor, not the Program editor
    bool m_compareShowsLastRuns = false; // else a lesson's pair: a new run leaves it alone
    // Step through: the next start of this example's run is paused in step mode.
    std::optional<std::pair<QString, QString>> m_stepExample;
    QDockWidget *m_editorDock = nullptr, *m_exerciseDock = nullptr, *m_lessonDock = nullptr;
    QMenu *m_interpreterMenu = nullptr;
    QLabel *m_stateLabel = nullptr, *m_elapsedLabel = nullptr, *m_eventsLabel = nullptr,
           *m_pythonLabel = nullptr;
    QAction *m_runAction = nullptr, *m_stopAction = nullptr, *m_virtualClockAction = nullptr,
            *m_followAction = nullptr, *m_exportAction = nullptr, *m_saveRecordingAction = nullptr,
            *m_openRecordingAction = nullptr, *m_interpreterAction = nullptr;
    QAction *m_themeActions[3] = {};
    QAction *m_stepModeAction = nullptr, *m_stepAction = nullptr, *m_stepSwitchAction = nullptr,
            *m_continueAction = nullptr, *m_runToCursorAction = nullptr, *m_compareAction = nullptr;
    struct ShownRun {
        QJsonObject summary;
        QString label;
        std::shared_ptr<const Core::TraceModel> model; // a copy: the run's own goes with it
    };
    std::optional<ShownRun> m_previousRun, m_currentRun; // for "Compare with previous run"
    QFuture<ShownRun> m_summaryJob;
    QString m_summaryJobLabel;
    quint64 m_summaryGeneration = 0;

    Core::RunSession *m_session = nullptr;
    std::unique_ptr<Core::TraceModel> m_replay;
    Lessons::Catalog m_catalog;
    Lessons::ExerciseCatalog m_exerciseCatalog;
    std::unique_ptr<Lessons::ProgressStore> m_progress;
    std::optional<Lessons::LessonsFolder> m_lessonsFolder;
    QAction *m_openLessonsFolderAction = nullptr, *m_closeLessonsFolderAction = nullptr,
            *m_lessonsFolderIssuesAction = nullptr;
    Core::LabServer m_lab;
    struct RunningExample {
        QString lessonId, exampleId;
    };
    std::optional<RunningExample> m_example; // the run on screen is this lesson example
    std::optional<Core::CheckResult> m_check; // keeps the checked runs' models alive
    const Core::TraceModel *m_checkModel = nullptr;
    QString m_pythonVersion; // of the chosen interpreter, once probed
    std::unique_ptr<QTemporaryDir> m_runDir;
    QString m_programFile = QStringLiteral("main.py");
    QString m_programPath; // where the last run's copy of the program was written
    QString m_recordingPath; // the last run's recording, for "Save recording"
    QString m_python; // empty: discovery
    QString m_stateText;
    std::optional<Core::RunResult> m_lastResult;
    QElapsedTimer m_elapsed;
    QTimer m_statusTimer;
    Theme m_theme = Theme::System;
    QPalette m_systemPalette;
    QString m_systemStyle;
};

} // namespace Ui
