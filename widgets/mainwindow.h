#pragma once
#include "catalog.h"
#include "checkresult.h"
#include "exercisecatalog.h"
#include "labserver.h"
#include "runrequest.h"
#include "runresult.h"

#include <QMainWindow>
#include <QElapsedTimer>
#include <QTimer>
#include <memory>
#include <optional>

class QAction;
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
class CourseOutline;
class ExercisePanel;
class Inspector;
class LessonView;
class OutputConsole;
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
    const Lessons::Catalog &catalog() const { return m_catalog; }
    const Lessons::ExerciseCatalog &exercises() const { return m_exerciseCatalog; }
    Lessons::ProgressStore *progress() const { return m_progress.get(); }
    //! The interpreter runs use; empty: discovery.
    QString python() const { return m_python; }
    void setPython(const QString &python);
    //! The model on screen: the current or last run's, or an opened recording's; may be null.
    const Core::TraceModel *model() const;
    bool isRunning() const;

    void setProgramText(const QString &text, const QString &fileName = QStringLiteral("main.py"));
    void setTheme(Theme theme);
    //! The clock run() uses for the program in the editor (Open in editor sets the example's).
    void setVirtualClock(bool on);
    Theme theme() const { return m_theme; }

public Q_SLOTS:
    void run();
    void stop();
    //! Runs a lesson example with its clock, timeout, lab and required modules; its rules are
    //! checked when it ends and shown under it in the lesson view.
    void runExample(const QString &lessonId, const QString &exampleId);
    void openExample(const QString &lessonId, const QString &exampleId);
    bool openExercise(const QString &exerciseId);
    bool exportChromeTrace(const QString &path);
    bool saveRecording(const QString &path);
    bool openRecording(const QString &path);

Q_SIGNALS:
    void runStarted();
    void runFinished(const Core::RunResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void showModel(const Core::TraceModel *model, bool live);
    void startRun(Core::RunRequest request, const QString &label);
    void exampleFinished(const Core::RunResult &result);
    void showCheckedRun(const Core::CheckResult &result);
    void onStepShown(const QString &lessonId, int step);
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

    CodeEditor *m_editor = nullptr;
    TimelineView *m_timeline = nullptr;
    TimelineLegend *m_legend = nullptr;
    Inspector *m_inspector = nullptr;
    OutputConsole *m_console = nullptr;
    CourseOutline *m_outline = nullptr;
    LessonView *m_lessonView = nullptr;
    ExercisePanel *m_exercisePanel = nullptr;
    QDockWidget *m_editorDock = nullptr, *m_exerciseDock = nullptr, *m_lessonDock = nullptr;
    QMenu *m_interpreterMenu = nullptr;
    QLabel *m_stateLabel = nullptr, *m_elapsedLabel = nullptr, *m_eventsLabel = nullptr,
           *m_pythonLabel = nullptr;
    QAction *m_runAction = nullptr, *m_stopAction = nullptr, *m_virtualClockAction = nullptr,
            *m_followAction = nullptr, *m_exportAction = nullptr, *m_saveRecordingAction = nullptr,
            *m_openRecordingAction = nullptr, *m_interpreterAction = nullptr;
    QAction *m_themeActions[3] = {};

    Core::RunSession *m_session = nullptr;
    std::unique_ptr<Core::TraceModel> m_replay;
    Lessons::Catalog m_catalog;
    Lessons::ExerciseCatalog m_exerciseCatalog;
    std::unique_ptr<Lessons::ProgressStore> m_progress;
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
