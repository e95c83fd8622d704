#pragma once
#include "linesplitter.h"
#include "outputorder.h"
#include "pausedinfo.h"
#include "recordingwriter.h"
#include "runrequest.h"
#include "runresult.h"
#include "runsummary.h"
#include "tracedecoder.h"
#include "tracetap.h"

#include <QCoro/QCoroTask>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

class QProcess;
class QSocketNotifier;

namespace Core {

class TraceModel;

//! Runs one Python program under the tracer: spawns it in its own process group with the trace
//! pipe on fd 3, decodes the trace into a TraceModel as it streams (never blocking the event
//! loop), turns raw stdout/stderr into output records, and reports how the run ended.
class RunSession : public QObject
{
    Q_OBJECT
public:
    explicit RunSession(QObject *parent = nullptr);
    ~RunSession() override;

    //! Starts the run and completes when it has ended and every trace byte was read.
    QCoro::Task<RunResult> run(RunRequest request);
    //! The same without awaiting: finished() says when it is over.
    void start(RunRequest request);
    //! Ends the run: SIGTERM to its process group, SIGKILL after a short grace. Status stopped.
    //! Also ends a program paused in step mode.
    void stop();
    //! Like Ctrl-C in a terminal: SIGINT to the process group, so Python raises
    //! KeyboardInterrupt and can clean up. Status stopped; stop() still ends it for good.
    void interrupt();

    bool isRunning() const { return m_running; }
    qint64 pid() const { return m_pid; }
    const TraceModel &model() const { return *m_model; }
    TraceModel &model() { return *m_model; }
    const DecoderStats &decoderStats() const { return m_decoder.stats(); }
    //! Host-side facts for buildRunSummary.
    RunContext context() const { return m_context; }
    const RunResult &result() const { return m_result; }
    //! Raw output lines the host stored in the model / left out to bound memory.
    quint64 pipeLinesDropped() const { return m_pipeDropped; }
    //! Writes to the step-mode control pipe (when the request asked for one).
    bool sendControl(const QByteArray &bytes);

    // --- step mode (RunRequest::stepMode); each returns false when not paused ---
    //! Runs the one handle the program is paused before, then pauses again.
    bool step();
    //! Runs until a different task (or a callback) would run next.
    bool stepToNextSwitch();
    //! Runs freely to the end (no more pauses).
    bool resume();
    //! Runs until trace time >= t, then pauses.
    bool runTo(TimeNs t);
    //! True between a paused() signal and the next command.
    bool isPaused() const { return m_paused; }
    //! The latest pause (valid while isPaused()).
    const PausedInfo &lastPause() const { return m_lastPause; }

    static constexpr int stopGraceMs = 300;
    static constexpr int maxStoredPipeLines = 100000;
    static constexpr int limitWatchIntervalMs = 100;

Q_SIGNALS:
    void started();
    //! One line the program wrote, as it arrives: through sys.stdout/stderr (with its task)
    //! or raw on the pipes (fromPipe, task 0).
    void outputLine(Core::OutputStream stream, quint32 task, const QString &text, bool fromPipe);
    //! What the program wrote, byte for byte, for a terminal: raw pipe output as it is read,
    //! traced lines (whole, however long: the model keeps only their beginning) with their
    //! newline.
    void passThrough(Core::OutputStream stream, const QByteArray &bytes);
    //! The model has new records; coalesced to a few times per second, never per record.
    void modelChanged();
    void finished(const Core::RunResult &result);
    //! Step mode: the program is paused before info.next; the snapshot is the tracer's
    //! live view of the scheduler. Answer with step(), stepToNextSwitch(), resume(),
    //! runTo() or stop().
    void paused(const Core::PausedInfo &info);

private:
    enum class EndReason { None, Stopped, Timeout };

    bool launch(const QString &python, const QString &tracerScript, const RunRequest &request);
    void failToStart(const QString &message);
    void readTrace();
    void closeTrace();
    void readPipe(OutputStream stream);
    void pipeLine(OutputStream stream, QByteArrayView line, qint64 cutBytes, qint64 arrivalNs);
    void flushEarlyPipeLines();
    TimeNs traceTimeFor(qint64 monoNs) const;
    void terminateGroup(EndReason reason);
    void processEnded(int exitCode, bool crashed);
    void maybeFinalize();
    void finalize();
    void noteModelChanged();
    void passOn(OutputStream stream, OutputOrder::Source source, QByteArrayView bytes);
    bool command(const QByteArray &line);
    void holdTimeout();    // paused: stop charging the run's timeout
    void releaseTimeout(); // a command let it go on: charge the rest of it
    void watchLimits();    // the run's process count and memory, a few times a second
    void endForLimit(LimitHit hit);
    void readNetworkStatus();

    std::unique_ptr<TraceModel> m_model;
    TraceDecoder m_decoder;
    TraceTap m_tap;
    RecordingWriter m_recording;
    LineSplitter m_stdoutLines, m_stderrLines;
    QProcess *m_process = nullptr;
    QSocketNotifier *m_traceNotifier = nullptr;
    OutputOrder m_order; // passThrough(): traced and raw output, neither inside the other's line
    QTimer m_changeTimer, m_killTimer, m_timeoutTimer, m_drainTimer, m_releaseTimer;
    QTimer m_limitTimer;
    ProcessLimits m_limits;
    int m_setupStatusFd = -1; // one byte from the child: how its network was set up
    QElapsedTimer m_wall;
    RunContext m_context;
    RunResult m_result;
    EndReason m_endReason = EndReason::None;
    int m_traceFd = -1;
    int m_controlFd = -1;
    int m_timeoutLeftMs = -1; // while paused: what was left of RunRequest::timeoutMs
    qint64 m_pid = 0;
    qint64 m_startMonoNs = 0;
    qint64 m_wallNsAtExit = 0; // CLOCK_MONOTONIC when the process ended
    quint64 m_pipeStored = 0, m_pipeDropped = 0;
    struct EarlyLine {
        OutputStream stream;
        QByteArray text;
        qint64 cutBytes;
        qint64 arrivalNs;
    };
    QList<EarlyLine> m_earlyLines; // raw output before the HELLO told us the trace's t0
    PausedInfo m_lastPause;
    bool m_paused = false;
    bool m_stepMode = false; // from the request: what the trace says cannot switch it on
    bool m_running = false;
    bool m_processDone = false;
    bool m_finalized = false;
};

} // namespace Core
