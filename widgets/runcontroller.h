#pragma once
#include "checkresult.h"
#include "pausedinfo.h"
#include "runrequest.h"
#include "runresult.h"
#include "runsummary.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

class QTemporaryDir;
class QWidget;

namespace Core {
class RunSession;
class TraceModel;
} // namespace Core

namespace Ui {

class CodeEditor;
class Inspector;
class LoopMachineView;
class OutputConsole;
class RunActions;
class SchedulerPanel;
class TimelineView;

//! The run on screen and the views that show it: starts programs through Core::RunSession
//! (whose signals are all it waits on, so the UI thread never blocks on the child), steps a
//! paused one, shows an exercise check's run or a recording opened from disk (replayed without
//! Python), and keeps the timeline, inspector, output, scheduler and the editor's marks on the
//! same model. Its actions (RunActions) follow its state.
class RunController : public QObject
{
    Q_OBJECT
public:
    struct Views {
        TimelineView *timeline = nullptr;
        Inspector *inspector = nullptr;
        OutputConsole *console = nullptr;
        SchedulerPanel *scheduler = nullptr;
        CodeEditor *editor = nullptr; // marks: the line that raised, blocked, runs next
        LoopMachineView *machine = nullptr; // the loop at the pause or the time cursor
    };
    //! `owner` holds the actions and parents the file dialogs.
    RunController(const Views &views, QWidget *owner);
    ~RunController() override;

    RunActions *actions() const { return m_actions; }
    //! The model on screen: the current or last run's, a check's, or a recording's; may be null.
    const Core::TraceModel *model() const;
    //! The session of the run on screen (null for a recording or a check).
    Core::RunSession *session() const { return m_session; }
    bool isRunning() const;
    //! Step mode: the program is paused before a task step or callback.
    bool isPaused() const;
    void setPython(const QString &python) { m_python = python; }
    //! For runProgram() and runFile() (your own programs); 0: the tracer's default.
    void setBlockThresholdMs(int ms) { m_blockThresholdMs = ms; }
    int blockThresholdMs() const { return m_blockThresholdMs; }
    bool virtualClock() const;
    void setVirtualClock(bool on);
    bool stepMode() const;
    void setStepMode(bool on);

    //! Runs `text` as `fileName` (in a fresh temporary folder) with the clock and step mode of
    //! the Run menu.
    void runProgram(const QString &text, const QString &fileName);
    //! Runs the learner's file where it is (its folder is the working directory).
    void runFile(const QString &path);
    //! Runs a prepared request (a lesson example); `label` names it in the state line. With
    //! `programText` (the learner edited the example) that text runs instead of the file, as a
    //! file of the same name, its folder still on the module path.
    void start(Core::RunRequest request, const QString &label,
               const std::optional<QString> &programText = std::nullopt);
    //! Forgets the run on screen (another lesson is open); a run in progress is left alone.
    void clearShown();
    //! Something a run waits for (the lab server starting): the state line says `state`, and
    //! Run waits while `busy`.
    void setPreparing(const QString &state, bool busy);
    void stop();
    void stepOnce();
    void stepToNextSwitch();
    void continueRun();
    //! Runs until the timeline's time cursor, then pauses.
    void runToCursor();
    //! Shows an exercise check's program run (named `programName` for the editor's marks).
    void showCheckedRun(const Core::CheckResult &result, const QString &programName);
    bool openRecording(const QString &path);
    bool saveRecording(const QString &path);
    //! Records every run into this one file from now on (SessionGuard's last run, kept for a
    //! bug report); empty: into the run's own temporary folder.
    void setLastRunFile(const QString &path) { m_lastRunFile = path; }
    bool exportChromeTrace(const QString &path);
    //! The inspector asked for a source line: the editor's, or a note for another file.
    void showSource(const QString &file, int line);
    //! An output line was activated: its moment (and its task's span) on the timeline.
    void showOutputMoment(double t, int lane);

    //! What the state line says ("Running x.py…", "Finished"…); empty: ready.
    QString stateText() const { return m_stateText; }
    //! Says something else until the state changes (Predict next hides "Paused before X").
    void setStateText(const QString &text)
    {
        m_stateText = text;
        Q_EMIT stateChanged();
    }
    //! Seconds running, or the last run's wall time.
    QString elapsedText() const;
    //! Of the run on screen, when known.
    QString pythonVersion() const;
    std::optional<Core::RunResult> lastResult() const { return m_lastResult; }

Q_SIGNALS:
    //! F5 (or Run) while not paused: the window decides whether it runs or checks.
    void runRequested();
    void runStarted();
    void runFinished(const Core::RunResult &result);
    //! Step mode: the program paused (after the scheduler and the editor were updated).
    void paused(const Core::PausedInfo &info);
    //! The state line, the actions or the model on screen changed.
    void stateChanged();
    //! The model on screen became a finished run or recording (it lives until
    //! aboutToReplaceModel()).
    void modelFinished(const Core::TraceModel &model, const QString &label,
                       const Core::RunContext &context);
    //! Emitted (synchronously) before the model on screen goes: stop reading it.
    void aboutToReplaceModel();
    //! A recording's program, found on disk: the editor shows it.
    void programOpened(const QString &text, const QString &fileName);
    //! A short note for the status bar.
    void message(const QString &text, int timeoutMs);

private:
    void connectActions();
    void startIn(std::unique_ptr<QTemporaryDir> dir, Core::RunRequest request,
                 const QString &label);
    void showModel(const Core::TraceModel *model, bool live);
    void onModelChanged();
    void onRunFinished(const Core::RunResult &result);
    void onPaused(const Core::PausedInfo &info);
    void onTimeCursor(double t);
    void stepCommandSent(const QString &state);
    void markEditor(const Core::TraceModel &model);
    void noteRunningBlock(const Core::TraceModel &model);
    bool isOurFile(const QString &file) const;
    void updateActions();

    Views m_views;
    QWidget *m_owner;
    RunActions *m_actions;
    Core::RunSession *m_session = nullptr;
    std::unique_ptr<Core::TraceModel> m_replay;
    std::optional<Core::CheckResult> m_check; // keeps the checked runs' models alive
    const Core::TraceModel *m_checkModel = nullptr;
    std::unique_ptr<QTemporaryDir> m_runDir;
    QString m_programPath; // the program of the run on screen (its file name marks the editor)
    QString m_recordingPath; // the last run's recording, for "Save recording"
    QString m_lastRunFile;
    QString m_python;
    int m_blockThresholdMs = 0;
    QString m_stateText;
    bool m_preparing = false;
    std::optional<Core::RunResult> m_lastResult;
    QElapsedTimer m_elapsed;
    QTimer m_statusTimer;
};

} // namespace Ui
