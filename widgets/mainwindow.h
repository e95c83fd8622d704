#pragma once
#include "apptheme.h"
#include "pausedinfo.h"
#include "runresult.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QToolBar;

namespace Core {
class RunSession;
class TraceModel;
} // namespace Core

namespace Lessons {
class Catalog;
class ExerciseCatalog;
class LessonsFolder;
class ProgressStore;
} // namespace Lessons

namespace Ui {

class CodeEditor;
class ComparisonController;
class ComparisonView;
class CourseController;
class CourseOutline;
class CrashNotice;
class DockLayout;
class ExercisePanel;
class FileActions;
class Inspector;
class InterpreterChoice;
class LessonView;
class LoopMachineView;
class OutputConsole;
class PlaybackBar;
class PresentationMode;
class PlaybackController;
class PredictNextController;
class PredictNextStrip;
class ProgramDocument;
class RunController;
class SchedulerPanel;
class TimelineLegend;
class TimelineView;
class UiZoom;

//! The learning workbench's frame: it lays out the views in docks (DockLayout) around the
//! timeline and wires the parts that own the work — the program in the editor
//! (ProgramDocument), the run on screen (RunController), the course (CourseController), run
//! comparisons (ComparisonController), the interpreter (InterpreterChoice) and the theme.
//! The methods below forward to those parts, for the menus and for tests.
//!
//! Adding a view: one DockLayout::addDock() line in the constructor; adding an action: one
//! addAction() on runMenu(), viewMenu() or runToolBar().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    using Theme = AppTheme::Theme;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The parts.
    ProgramDocument *document() const { return m_document; }
    RunController *runs() const { return m_runs; }
    CourseController *course() const { return m_course; }
    ComparisonController *comparison() const { return m_comparison; }
    DockLayout *docks() const { return m_docks; }
    FileActions *files() const { return m_files; }
    QMenu *runMenu() const { return m_runMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QToolBar *runToolBar() const { return m_runToolBar; }
    //! View ▸ Zoom In / Zoom Out / Actual Size: one scale for text, code, timeline and panels.
    UiZoom *uiZoom() const { return m_zoom; }
    //! View ▸ Presentation Mode (F11): the lesson, the program and the timeline, full screen.
    PresentationMode *presentation() const { return m_presentation; }

    // The views.
    CodeEditor *editor() const;
    TimelineView *timeline() const { return m_timeline; }
    Inspector *inspector() const { return m_inspector; }
    OutputConsole *console() const { return m_console; }
    SchedulerPanel *scheduler() const { return m_scheduler; }
    LoopMachineView *loopMachine() const { return m_machine; }
    //! Plays the finished run or recording on screen (the Playback menu, the loop machine's bar).
    PlaybackController *playback() const { return m_playback; }
    PlaybackBar *playbackBar() const { return m_playbackBar; }
    //! Predict what runs next at step-mode pauses (Run ▸ Predict Next) and its strip.
    PredictNextController *predictNext() const { return m_predictNext; }
    PredictNextStrip *predictNextStrip() const { return m_predictStrip; }
    CourseOutline *outline() const;
    LessonView *lessonView() const;
    ExercisePanel *exercisePanel() const;
    //! The compare window once a comparison was shown; null before.
    ComparisonView *comparisonView() const;
    //! A lesson's Compare with … is running its two examples.
    bool isComparingExamples() const;

    //! F5 when not paused: runs the program in the editor, or checks it (see run()).
    QAction *runAction() const;
    QAction *stepModeAction() const;
    QAction *stepAction() const;
    QAction *stepSwitchAction() const;
    QAction *continueAction() const;
    QAction *runToCursorAction() const;
    QAction *compareAction() const;

    // The run on screen.
    bool isRunning() const;
    //! Step mode: the program is paused before a task step or callback.
    bool isPaused() const;
    //! The session of the run on screen (null for a recording); for tests.
    Core::RunSession *session() const;
    //! The model on screen: the current or last run's, or an opened recording's; may be null.
    const Core::TraceModel *model() const;

    // The course.
    const Lessons::Catalog &catalog() const;
    const Lessons::ExerciseCatalog &exercises() const;
    Lessons::ProgressStore *progress() const;
    //! The extra lessons folder beside the built-in lessons (File ▸ Open Lessons Folder…).
    const Lessons::LessonsFolder *lessonsFolder() const;

    //! The interpreter runs use; empty: discovery.
    QString python() const;
    void setPython(const QString &python);
    //! Puts a program of no file in the editor, as `fileName`: what F5 runs next.
    void setProgramText(const QString &text, const QString &fileName = QStringLiteral("main.py"));
    void setTheme(Theme theme);
    Theme theme() const;
    //! The clock run() uses for the program in the editor (Open in editor sets the example's).
    void setVirtualClock(bool on);
    //! The clock your own programs (new, opened, the welcome program) start with; lesson
    //! examples keep theirs. Until it is chosen, the Run menu's last choice stays.
    bool defaultVirtualClock() const;
    void setDefaultVirtualClock(bool on);
    //! A step that holds the loop this long is called blocked, in your own programs.
    static constexpr int kDefaultBlockThresholdMs = 100, kMinBlockThresholdMs = 1,
                         kMaxBlockThresholdMs = 60000;
    int blockThresholdMs() const;
    void setBlockThresholdMs(int ms);
    //! Run starts the program paused before its first task step (Run ▸ Step mode).
    void setStepMode(bool on);
    bool stepMode() const;

public Q_SLOTS:
    //! F5: runs exactly the text in the editor, under its own name: a lesson example through
    //! the lesson (its clock, lab and checks), the learner's file (saved first) where it is, a
    //! new program as itself; an exercise's code is checked instead.
    void run();
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
    bool exportChromeTrace(const QString &path);
    bool saveRecording(const QString &path);
    bool openRecording(const QString &path);
    // Step mode, while paused (see isPaused()).
    void stepOnce();
    void stepToNextSwitch();
    void continueRun();
    //! Runs until the timeline's time cursor, then pauses.
    void runToCursor();
    //! Runs a lesson example paused before its first step (step mode), like Step through.
    void stepThroughExample(const QString &lessonId, const QString &exampleId);
    //! Runs otherExampleId then exampleId of a lesson in the background and compares them
    //! (A: the other, B: this one); the timeline on screen is left alone.
    void compareExamples(const QString &lessonId, const QString &exampleId,
                         const QString &otherExampleId);
    //! Help ▸ How to read the timeline (also from the first-start card).
    void showTimelineGuide();
    //! Edit ▸ Preferences… (Ctrl+,).
    void showPreferences();
    //! Records every run into `file` (SessionGuard: the last run, kept for a bug report).
    void keepLastRun(const QString &file);
    //! The card above the timeline after a session that did not close (SessionGuard).
    void showCrashNotice(const QString &recordingFolder, bool hasRecording);
    CrashNotice *crashNotice() const { return m_crashNotice; }

Q_SIGNALS:
    void runStarted();
    void runFinished(const Core::RunResult &result);
    //! A comparison (of the last two runs or of a lesson's pair) is on screen.
    void comparisonShown();
    //! Step mode: the program paused (after the Scheduler dock and the editor were updated).
    void paused(const Core::PausedInfo &info);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createViews();
    void createDocks();
    void createStatusBar();
    void connectParts();
    // The menus, the toolbar and their keys (mainwindowactions.cpp).
    void createActions();
    void createFileMenu();
    void createViewMenu();
    void createHelpMenu();
    void createEditMenu();
    void applyDefaultClock();
    void createPlaybackMenu();
    //! Playback follows the model on screen once it is finished; the timeline's cursor, and
    //! through it the loop machine, the output and the editor, follow playback.
    void connectPlayback();
    //! The editor's title (file, modified mark, what it is) and what F5 will do with it.
    void describeProgram();
    QString f5Meaning() const;
    void updateStatus();
    void applyThemeToViews();

    AppTheme *m_theme;
    UiZoom *m_zoom;
    PresentationMode *m_presentation = nullptr;
    DockLayout *m_docks = nullptr;
    FileActions *m_files = nullptr;
    InterpreterChoice *m_interpreter = nullptr;
    ProgramDocument *m_document = nullptr;
    RunController *m_runs = nullptr;
    CourseController *m_course = nullptr;
    ComparisonController *m_comparison = nullptr;

    TimelineView *m_timeline = nullptr;
    TimelineLegend *m_legend = nullptr;
    CrashNotice *m_crashNotice = nullptr;
    Inspector *m_inspector = nullptr;
    OutputConsole *m_console = nullptr;
    SchedulerPanel *m_scheduler = nullptr;
    LoopMachineView *m_machine = nullptr;
    QWidget *m_machinePanel = nullptr; // the loop machine under its playback bar
    PlaybackController *m_playback = nullptr;
    PlaybackBar *m_playbackBar = nullptr;
    PredictNextStrip *m_predictStrip = nullptr;
    PredictNextController *m_predictNext = nullptr;

    QMenu *m_fileMenu = nullptr, *m_runMenu = nullptr, *m_viewMenu = nullptr;
    QToolBar *m_runToolBar = nullptr;
    QAction *m_interpreterAction = nullptr, *m_followAction = nullptr;
    QAction *m_stepAxisAction = nullptr, *m_framesAction = nullptr;
    QAction *m_themeActions[3] = {};
    QLabel *m_stateLabel = nullptr, *m_elapsedLabel = nullptr, *m_eventsLabel = nullptr,
           *m_pythonLabel = nullptr;
};

} // namespace Ui
