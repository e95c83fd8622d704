#include "runcontroller.h"

#include "chromeexporter.h"
#include "codeeditor.h"
#include "inspector.h"
#include "loopmachineview.h"
#include "outputconsole.h"
#include "recordingreader.h"
#include "regularfile.h"
#include "runactions.h"
#include "runsession.h"
#include "schedulerpanel.h"
#include "timelineview.h"
#include "timescale.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QWidget>

#include <cmath>

namespace Ui {

RunController::RunController(const Views &views, QWidget *owner)
    : QObject(owner), m_views(views), m_owner(owner), m_actions(new RunActions(owner))
{
    m_statusTimer.setInterval(100);
    connect(&m_statusTimer, &QTimer::timeout, this, &RunController::stateChanged);
    connect(m_views.timeline, &TimelineView::timeCursorChanged, this, &RunController::onTimeCursor);
    connect(m_views.inspector, &Inspector::sourceRequested, this, &RunController::showSource);
    connect(m_views.console, &OutputConsole::lineActivated, this, &RunController::showOutputMoment);
    connectActions();
    updateActions();
}

RunController::~RunController()
{
    Q_EMIT aboutToReplaceModel();
    // Views point into the session's model; detach them before it goes.
    showModel(nullptr, false);
    if (m_session && m_session->isRunning())
        m_session->stop();
}

void RunController::connectActions()
{
    RunActions *a = m_actions;
    connect(a->run, &QAction::triggered, this, &RunController::runRequested);
    connect(a->stop, &QAction::triggered, this, &RunController::stop);
    connect(a->step, &QAction::triggered, this, &RunController::stepOnce);
    connect(a->stepSwitch, &QAction::triggered, this, &RunController::stepToNextSwitch);
    connect(a->continueRun, &QAction::triggered, this, &RunController::continueRun);
    connect(a->runToCursor, &QAction::triggered, this, &RunController::runToCursor);
    connect(a->exportTrace, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_owner, tr("Export trace"),
                                                          QStringLiteral("trace.json"),
                                                          tr("Chrome/Perfetto trace (*.json)"));
        if (!path.isEmpty())
            exportChromeTrace(path);
    });
    connect(a->saveRecording, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_owner, tr("Save recording"),
                                                          QStringLiteral("run.lstrace"),
                                                          tr("Loopscope recording (*.lstrace)"));
        if (!path.isEmpty())
            saveRecording(path);
    });
    connect(a->openRecording, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_owner, tr("Open recording"), {},
                                                          tr("Loopscope recording (*.lstrace)"));
        if (!path.isEmpty())
            openRecording(path);
    });
}

const Core::TraceModel *RunController::model() const
{
    if (m_replay)
        return m_replay.get();
    if (m_checkModel)
        return m_checkModel;
    return m_session ? &m_session->model() : nullptr;
}

bool RunController::isRunning() const
{
    return m_session && m_session->isRunning();
}

bool RunController::isPaused() const
{
    return m_session && m_session->isRunning() && m_session->isPaused();
}

bool RunController::virtualClock() const
{
    return m_actions->virtualClock->isChecked();
}

void RunController::setVirtualClock(bool on)
{
    m_actions->virtualClock->setChecked(on);
}

bool RunController::stepMode() const
{
    return m_actions->stepMode->isChecked();
}

void RunController::setStepMode(bool on)
{
    m_actions->stepMode->setChecked(on);
}

void RunController::showModel(const Core::TraceModel *model, bool live)
{
    m_views.timeline->setModel(model);
    m_views.timeline->setLive(live);
    m_views.inspector->setModel(model);
    m_views.inspector->setLive(live);
    m_views.console->setModel(model);
}

namespace {

// Writes a program where a run reads it; false with a notice when it cannot.
bool writeProgram(const QString &path, const QString &text)
{
    QFile program(path);
    return program.open(QIODevice::WriteOnly) && program.write(text.toUtf8()) >= 0;
}

} // namespace

void RunController::runProgram(const QString &text, const QString &fileName)
{
    if (isRunning())
        return;
    auto dir = std::make_unique<QTemporaryDir>();
    const QString path = dir->filePath(fileName);
    if (!dir->isValid() || !writeProgram(path, text)) {
        m_views.console->setNotice(tr("Cannot write the program to a temporary folder."), true);
        return;
    }
    Core::RunRequest request;
    request.python = m_python;
    request.program = path;
    request.workingDirectory = dir->path();
    request.virtualClock = virtualClock();
    request.stepMode = stepMode();
    request.blockThresholdMs = m_blockThresholdMs;
    startIn(std::move(dir), std::move(request), fileName);
}

void RunController::runFile(const QString &path)
{
    if (isRunning())
        return;
    const QFileInfo info(path);
    Core::RunRequest request;
    request.python = m_python;
    request.program = info.absoluteFilePath();
    request.workingDirectory = info.absolutePath(); // as `cd folder && python3 file.py` would
    request.virtualClock = virtualClock();
    request.stepMode = stepMode();
    request.blockThresholdMs = m_blockThresholdMs;
    startIn(std::make_unique<QTemporaryDir>(), std::move(request), info.fileName());
}

void RunController::start(Core::RunRequest request, const QString &label,
                          const std::optional<QString> &programText)
{
    if (isRunning())
        return;
    auto dir = std::make_unique<QTemporaryDir>();
    if (programText) {
        // The learner's version under the example's own name, so the marks, the output and
        // the lesson speak of the same file; its folder stays importable and the working
        // directory, for sibling modules and data files.
        const QFileInfo original(request.program);
        const QString path = dir->filePath(original.fileName());
        if (!dir->isValid() || !writeProgram(path, *programText)) {
            m_views.console->setNotice(tr("Cannot write the program to a temporary folder."), true);
            return;
        }
        const QString inherited = request.environment.value(QStringLiteral("PYTHONPATH"),
                                                            qEnvironmentVariable("PYTHONPATH"));
        request.environment.insert(
                QStringLiteral("PYTHONPATH"),
                original.absolutePath()
                        + (inherited.isEmpty() ? QString() : QLatin1Char(':') + inherited));
        request.program = path;
    }
    startIn(std::move(dir), std::move(request), label);
}

void RunController::clearShown()
{
    if (isRunning())
        return;
    Q_EMIT aboutToReplaceModel();
    showModel(nullptr, false);
    delete m_session;
    m_session = nullptr;
    m_replay.reset();
    m_check.reset();
    m_checkModel = nullptr;
    m_lastResult.reset();
    m_recordingPath.clear();
    m_programPath.clear();
    m_stateText.clear();
    m_views.scheduler->clear();
    m_views.machine->clear();
    m_views.editor->clearRunMarkers();
    updateActions();
}

void RunController::setPreparing(const QString &state, bool busy)
{
    m_preparing = busy;
    m_stateText = state;
    updateActions();
}

void RunController::startIn(std::unique_ptr<QTemporaryDir> dir, Core::RunRequest request,
                            const QString &label)
{
    m_preparing = false;
    m_runDir = std::move(dir);
    m_recordingPath = m_lastRunFile.isEmpty() ? m_runDir->filePath(QStringLiteral("run.lstrace"))
                                              : m_lastRunFile;
    request.recordPath = m_recordingPath;
    m_programPath = request.program;

    Q_EMIT aboutToReplaceModel(); // a summary may still be reading the model about to go
    Core::RunSession *previous = m_session;
    m_session = new Core::RunSession(this);
    m_replay.reset();
    m_checkModel = nullptr;
    connect(m_session, &Core::RunSession::modelChanged, this, &RunController::onModelChanged);
    connect(m_session, &Core::RunSession::finished, this, &RunController::onRunFinished);
    connect(m_session, &Core::RunSession::paused, this, &RunController::onPaused);
    showModel(&m_session->model(), true);
    if (request.stepMode)
        m_views.timeline->setAxis(TimelineAxis::Steps); // one step at a time: order matters
    delete previous; // finished (isRunning() was false) and no view points into it any more
    m_check.reset();
    m_views.editor->clearRunMarkers();
    m_lastResult.reset();
    m_views.scheduler->clear(request.stepMode
                                     ? tr("Starting %1 paused…").arg(label)
                                     : tr("Running freely: the scheduler is shown while paused "
                                          "(Run ▸ Step mode) or at the time cursor once the run "
                                          "has ended."));
    m_views.machine->clear(request.stepMode
                                   ? tr("Starting %1 paused…").arg(label)
                                   : tr("Running freely. The loop machine shows the loop while "
                                        "a program is paused (Run ▸ Step mode), and at any "
                                        "moment of a run that has ended: play it (F8) or click "
                                        "the timeline's ruler."));
    m_stateText = tr("Running %1…").arg(label);
    m_elapsed.start();
    m_statusTimer.start();
    m_session->start(request);
    updateActions();
    Q_EMIT runStarted();
}

void RunController::stop()
{
    if (!isRunning())
        return;
    m_stateText = tr("Stopping…");
    m_session->stop();
    Q_EMIT stateChanged();
}

void RunController::onModelChanged()
{
    if (isRunning())
        noteRunningBlock(m_session->model());
    m_views.timeline->modelUpdated();
    m_views.inspector->refresh();
    m_views.console->refresh();
}

void RunController::onRunFinished(const Core::RunResult &result)
{
    m_lastResult = result;
    m_statusTimer.stop();
    onModelChanged();
    m_views.timeline->setLive(false);
    m_views.inspector->setLive(false);
    switch (result.status) {
    case Core::RunStatus::Ok:
        m_stateText = tr("Finished");
        break;
    case Core::RunStatus::Error:
        m_stateText = result.started ? tr("Failed (exit code %1)").arg(result.exitCode.value_or(-1))
                                     : tr("Could not start");
        break;
    case Core::RunStatus::Timeout:
        m_stateText = tr("Timed out");
        break;
    case Core::RunStatus::Crashed:
        m_stateText = result.limitHit != Core::LimitHit::None
                ? tr("Ended by a limit")
                : tr("Crashed (signal %1)").arg(result.signal.value_or(0));
        break;
    case Core::RunStatus::Stopped:
        m_stateText = tr("Stopped");
        break;
    }
    if (result.limitHit != Core::LimitHit::None)
        m_views.console->setNotice(tr("The program %1, so it was ended (docs/LIMITS.md).")
                                           .arg(Core::describeLimit(result.limitHit, result.limits)),
                                   true);
    else if (!result.error.isEmpty())
        m_views.console->setNotice(
                result.started
                        ? result.error
                        : tr("%1 — choose another under Run ▸ Interpreter.").arg(result.error),
                true);
    markEditor(m_session->model());
    m_views.editor->setNextLine(0);
    Q_EMIT modelFinished(m_session->model(), QFileInfo(m_programPath).fileName(),
                         m_session->context());
    m_views.scheduler->clear(tr("The run has ended: click the timeline's ruler (or press , and "
                                ".) to see the scheduler at any moment."));
    m_views.machine->clear(tr("The run has ended. Play it (F8, or F7 and F9 one event at a "
                              "time) or click the timeline's ruler to see the loop at any "
                              "moment."));
    if (m_views.timeline->hasTimeCursor())
        onTimeCursor(m_views.timeline->timeCursor());
    updateActions();
    Q_EMIT runFinished(result);
}

bool RunController::isOurFile(const QString &file) const
{
    return !file.isEmpty() && QFileInfo(file).fileName() == QFileInfo(m_programPath).fileName();
}

void RunController::onPaused(const Core::PausedInfo &info)
{
    m_views.scheduler->showPause(m_session->model(), info);
    m_views.machine->showPause(m_session->model(), info);
    m_views.editor->setNextLine(isOurFile(info.next.file) ? int(info.next.line) : 0);
    m_stateText = tr("Paused before %1 — F10 step, Shift+F10 next task switch, F5 continue")
                          .arg(info.next.name);
    onModelChanged();
    updateActions();
    Q_EMIT paused(info);
}

void RunController::stepCommandSent(const QString &state)
{
    m_stateText = state;
    updateActions();
}

void RunController::stepOnce()
{
    if (isPaused() && m_session->step())
        stepCommandSent(tr("Stepping…"));
}

void RunController::stepToNextSwitch()
{
    if (isPaused() && m_session->stepToNextSwitch())
        stepCommandSent(tr("Running to the next task switch…"));
}

void RunController::continueRun()
{
    if (!isPaused() || !m_session->resume())
        return;
    m_views.editor->setNextLine(0);
    m_views.scheduler->clear(tr("Running freely to the end…"));
    m_views.machine->clear(tr("Running freely to the end…"));
    stepCommandSent(tr("Running %1…").arg(QFileInfo(m_programPath).fileName()));
}

void RunController::runToCursor()
{
    TimelineView *timeline = m_views.timeline;
    if (!isPaused() || !timeline->hasTimeCursor())
        return;
    if (m_session->runTo(Core::TimeNs(std::llround(timeline->timeCursor()))))
        stepCommandSent(tr("Running to %1 s…").arg(timeline->timeCursor() / 1e9, 0, 'f', 6));
}

void RunController::onTimeCursor(double t)
{
    updateActions();
    if (t < 0)
        m_views.console->setWrittenLines(-1);
    if (isRunning()) // live: the scheduler is the paused program's; the cursor is a run-to target
        return;
    const Core::SchedulerState *state = t >= 0 ? m_views.timeline->cursorState() : nullptr;
    if (!state || !model()) {
        m_views.console->setWrittenLines(-1);
        if (model()) {
            m_views.scheduler->clear();
            m_views.machine->clear();
            m_views.editor->setNextLine(0);
        }
        return;
    }
    m_views.scheduler->showState(*model(), *state);
    m_views.machine->showState(*model(), *state);
    m_views.console->setWrittenLines(int(state->outputLines));
    // The editor follows: the line running at the cursor, or where the next step resumes.
    Core::SourcePos at;
    if (!state->now.empty())
        at = state->now.front().at;
    else if (state->next && state->next->task)
        for (const Core::TaskAt &task : state->tasks)
            if (task.task == state->next->task)
                at = task.at;
    m_views.editor->setNextLine(isOurFile(at.file) ? int(at.line) : 0);
}

void RunController::markEditor(const Core::TraceModel &model)
{
    auto ours = [&](const QString &file) { return isOurFile(file); };
    if (const auto &error = model.error(); error && ours(error->file))
        m_views.editor->setErrorLine(int(error->line),
                                     error->type + QStringLiteral(": ") + error->message);
    for (const Core::BlockedInfo &b : model.blocked()) {
        if (ours(b.file)) {
            m_views.editor->setBlockedLine(
                    int(b.line),
                    tr("This line held the event loop for %1 ms").arg(b.duration / 1000000));
            const Core::TimeNs end = model.endTime();
            const double ns = b.duration >= 0 ? double(b.duration)
                                              : double(end - std::min(b.start, end));
            m_views.editor->setBlockedNote(int(b.line),
                                           tr("blocked the loop %1 here").arg(formatDuration(ns)));
            break;
        }
    }
}

void RunController::noteRunningBlock(const Core::TraceModel &model)
{
    // A step past the block threshold that is still running: its note follows the line it is
    // on now and its time so far, a few times a second, before the step (or the run) ends.
    const auto &blocked = model.blocked();
    if (blocked.empty() || blocked.back().duration >= 0)
        return;
    const Core::BlockedInfo &b = blocked.back();
    const Core::RunningInfo *running = model.runningOnLoop(b.loop);
    if (!running || running->start != b.start || !isOurFile(running->file) || !running->line)
        return;
    const double ns = double(running->seen - std::min(running->start, running->seen));
    m_views.editor->setBlockedLine(int(running->line),
                                   tr("This line is holding the event loop (%1 so far)")
                                           .arg(formatDuration(ns)));
    m_views.editor->setBlockedNote(int(running->line),
                                   tr("blocked the loop %1 so far")
                                           .arg(formatDuration(ns)));
}

void RunController::showCheckedRun(const Core::CheckResult &result, const QString &programName)
{
    const Core::CheckedRun *run = result.programRun();
    if (!run || !run->model() || isRunning())
        return;
    showModel(nullptr, false); // the previous check's model goes with m_check
    Q_EMIT aboutToReplaceModel(); // a summary may be reading the previous m_check's model
    m_check = result; // shares the sessions: the model stays valid while this is kept
    m_replay.reset();
    m_checkModel = m_check->programRun()->model();
    showModel(m_checkModel, false);
    m_views.timeline->fitAll();
    m_lastResult = run->result;
    m_programPath = programName;
    m_stateText
            = result.passed() ? tr("Checked: every check passes") : tr("Checked: some checks fail");
    m_recordingPath.clear();
    updateActions();
}

bool RunController::exportChromeTrace(const QString &path)
{
    const Core::TraceModel *m = model();
    QFile file(path);
    if (!m || !file.open(QIODevice::WriteOnly) || !Core::writeChromeTrace(*m, file)) {
        Q_EMIT message(tr("Could not export the trace to %1").arg(path), 5000);
        return false;
    }
    Q_EMIT message(tr("Exported to %1 — open it in ui.perfetto.dev").arg(path), 5000);
    return true;
}

bool RunController::saveRecording(const QString &path)
{
    if (m_recordingPath.isEmpty() || isRunning())
        return false;
    QFile::remove(path);
    if (!QFile::copy(m_recordingPath, path)) {
        Q_EMIT message(tr("Could not save the recording to %1").arg(path), 5000);
        return false;
    }
    Q_EMIT message(tr("Saved %1").arg(path), 5000);
    return true;
}

bool RunController::openRecording(const QString &path)
{
    if (isRunning())
        return false;
    // A regular file only: a FIFO or /dev/zero chosen here must not freeze the window.
    auto replay = std::make_unique<Core::TraceModel>();
    QString problem;
    if (Core::RecordingReader::read(path, *replay, &problem) != Core::RecordingReader::Result::Read) {
        m_views.console->setNotice(tr("Cannot open the recording: %1.").arg(problem), true);
        return false;
    }
    Q_EMIT aboutToReplaceModel();
    m_replay = std::move(replay);
    m_checkModel = nullptr;
    showModel(m_replay.get(), false);
    m_views.timeline->setAxis(TimelineAxis::Steps); // replayed to be stepped through
    delete m_session;
    m_session = nullptr;
    m_check.reset();
    m_lastResult.reset();
    m_recordingPath.clear();
    m_views.scheduler->clear();
    m_views.machine->clear(tr("A recording: play it (F8, or F7 and F9 one event at a time) or "
                              "click the timeline's ruler to see the loop at any moment."));
    Q_EMIT modelFinished(*m_replay, QFileInfo(path).fileName(), {});
    m_stateText = tr("Replaying %1 (recorded, no Python needed)").arg(QFileInfo(path).fileName());
    const QString program = m_replay->hello() ? m_replay->hello()->program : QString();
    if (QFileInfo(program).isFile()) {
        // The recording names it: read it only if it is a source file of sensible size.
        QString unreadable;
        if (const auto source = Core::RegularFile::read(program, Core::RegularFile::kMaxTextFile,
                                                        &unreadable))
            Q_EMIT programOpened(QString::fromUtf8(*source), QFileInfo(program).fileName());
        m_programPath = program;
    }
    markEditor(*m_replay);
    updateActions();
    return true;
}

void RunController::showSource(const QString &file, int line)
{
    if (isOurFile(file)) {
        m_views.editor->goToLine(line);
        return;
    }
    Q_EMIT message(tr("%1:%2 (outside your program)").arg(file).arg(line), 8000);
}

void RunController::showOutputMoment(double t, int lane)
{
    m_views.timeline->revealTime(t);
    if (lane >= 0 && model()) {
        const int span = model()->lastIndex(lane, Core::TimeNs(t));
        m_views.timeline->selectSpan(lane, span);
    }
}

QString RunController::elapsedText() const
{
    const Core::TraceModel *m = model();
    if (isRunning())
        return tr("%1 s").arg(m_elapsed.elapsed() / 1000.0, 0, 'f', 1);
    if (m_lastResult && m_lastResult->started)
        return tr("%1 s").arg(m_lastResult->wallSeconds, 0, 'f', 2);
    if (m && m->endTime())
        return tr("%1 s").arg(double(m->endTime()) / 1e9, 0, 'f', 2);
    return {};
}

QString RunController::pythonVersion() const
{
    if (const Core::TraceModel *m = model(); m && m->hello())
        return m->hello()->pythonVersion;
    return m_lastResult ? m_lastResult->pythonVersion : QString();
}

void RunController::updateActions()
{
    const TimelineView *timeline = m_views.timeline;
    const bool paused = isPaused();
    const bool cursorAhead = paused && timeline->hasTimeCursor()
            && timeline->timeCursor() > double(m_session->lastPause().next.t);
    m_actions->update(!m_preparing, isRunning(), paused, cursorAhead, model() != nullptr,
                      !m_replay && !m_recordingPath.isEmpty()
                              && QFileInfo::exists(m_recordingPath));
    Q_EMIT stateChanged();
}

} // namespace Ui
