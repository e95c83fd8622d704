#include "runsession.h"

#include "interpreterfinder.h"
#include "processreaper.h"
#include "tracemodel.h"
#include "tracerlocator.h"
#include "tracewriter.h"

#include <QCoro/QCoroSignal>
#include <QMetaMethod>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace Core {
namespace {

constexpr int drainAfterExitMs = 2000;
constexpr int modelChangedIntervalMs = 50;
constexpr int readChunk = 64 * 1024;
constexpr int maxChunksPerWakeup = 16; // then let the event loop breathe
constexpr int maxEarlyLines = 10000;
constexpr int releaseHeldOutputMs = 250;

qint64 monotonicNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Moves an fd above the range the child's dup2 targets use, so dup2(x, 3) can never clobber
// the other end of a pipe, and keeps it close-on-exec so only the dup2'ed copy is inherited.
int moveHigh(int fd)
{
    const int high = ::fcntl(fd, F_DUPFD_CLOEXEC, 64);
    ::close(fd);
    return high;
}

bool makePipe(int fds[2])
{
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return false;
    fds[0] = moveHigh(fds[0]);
    fds[1] = moveHigh(fds[1]);
    if (fds[0] >= 0 && fds[1] >= 0)
        return true;
    if (fds[0] >= 0)
        ::close(fds[0]);
    if (fds[1] >= 0)
        ::close(fds[1]);
    return false;
}

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

RunSession::RunSession(QObject *parent)
    : QObject(parent),
      m_model(std::make_unique<TraceModel>()),
      m_order([this](OutputStream stream, const QByteArray &bytes) {
          Q_EMIT passThrough(stream, bytes);
      })
{
    m_tap.setDownstream(m_model.get());
    m_decoder.setLiveChannel(true);
    m_tap.onOutputLine = [this](const OutputRecord &r) {
        if (!r.continuation) // the rest of a long line is not a line of its own
            Q_EMIT outputLine(r.stream, r.task, r.text, false);
        QByteArray bytes = r.text.toUtf8();
        if (!r.continues && !r.noNewline)
            bytes.append('\n');
        passOn(r.stream, OutputOrder::Source::Traced, bytes);
    };
    m_tap.onPausedRecord = [this](const PausedRecord &) {
        // Outside step mode nothing waits on the control channel: a PAUSED can only come from
        // the program's own code, and it must not stop the clock of its own timeout.
        if (!m_stepMode || m_model->pauses().empty())
            return;
        m_lastPause = m_model->pauses().back();
        m_paused = true;
        holdTimeout();
        // Queued: the decoder is mid-feed; a slot answering with step() must not re-enter it.
        QMetaObject::invokeMethod(
                this,
                [this, seq = m_lastPause.next.seq] {
                    if (m_paused && m_lastPause.next.seq == seq)
                        Q_EMIT paused(m_lastPause);
                },
                Qt::QueuedConnection);
    };
    // A write to the control pipe of a program that has just ended must not kill the host.
    ::signal(SIGPIPE, SIG_IGN);
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(modelChangedIntervalMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &RunSession::modelChanged);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_pid > 0 && !m_processDone)
            ::kill(-pid_t(m_pid), SIGKILL);
    });
    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this,
            [this] { terminateGroup(EndReason::Timeout); });
    // A raw line that never ends (a progress bar) holds traced output back only this long.
    m_releaseTimer.setSingleShot(true);
    m_releaseTimer.setInterval(releaseHeldOutputMs);
    connect(&m_releaseTimer, &QTimer::timeout, this, [this] { m_order.release(); });
    m_drainTimer.setSingleShot(true);
    // A grandchild that kept fd 3 open (it forked before the tracer hid the fd) must not keep
    // the run alive forever.
    connect(&m_drainTimer, &QTimer::timeout, this, &RunSession::closeTrace);
    m_limitTimer.setInterval(limitWatchIntervalMs);
    connect(&m_limitTimer, &QTimer::timeout, this, &RunSession::watchLimits);
}

RunSession::~RunSession()
{
    if (m_process) {
        m_process->disconnect(this);
        if (m_pid > 0 && !m_processDone) {
            ProcessReaper::killDescendants(m_pid);
            ::kill(-pid_t(m_pid), SIGKILL);
            m_process->waitForFinished(1000);
        }
        delete m_process;
        if (m_pid > 0) {
            ProcessReaper::removeRunRoot(m_pid);
            ProcessReaper::reapLeftovers();
        }
    }
    closeFd(m_setupStatusFd);
    delete m_traceNotifier;
    closeFd(m_traceFd);
    closeFd(m_controlFd);
}

void RunSession::start(RunRequest request)
{
    QCoro::connect(run(std::move(request)), this, [](const RunResult &) {});
}

QCoro::Task<RunResult> RunSession::run(RunRequest request)
{
    if (m_running || m_finalized) {
        RunResult refused;
        refused.error = QStringLiteral("this session has already run; use a new RunSession");
        co_return refused;
    }
    m_running = true;
    m_paused = false;
    m_stepMode = request.stepMode;
    m_context.program = request.module.isEmpty() ? request.program
                                                 : QStringLiteral("-m ") + request.module;
    m_context.virtualClock = request.virtualClock;

    // A named query: GCC 12 destroys a braced temporary inside a co_await expression twice.
    const InterpreterQuery query{request.python, request.requiredModules};
    const InterpreterResult found = co_await InterpreterFinder::find(query);
    if (m_endReason == EndReason::Stopped) {
        failToStart(QStringLiteral("stopped before the program started"));
        co_return RunResult(m_result); // copy: GCC 12 moves from `co_return m_result`
    }
    if (!found.interpreter) {
        failToStart(found.error);
        co_return RunResult(m_result); // copy: GCC 12 moves from `co_return m_result`
    }
    m_context.pythonExecutable = found.interpreter->executable;
    m_context.pythonVersion = found.interpreter->version;
    m_result.pythonExecutable = found.interpreter->executable;
    m_result.pythonVersion = found.interpreter->version;

    QString error;
    const QString script = request.tracerScript.isEmpty() ? TracerLocator::tracerScript(&error)
                                                          : request.tracerScript;
    if (script.isEmpty()) {
        failToStart(QStringLiteral("cannot find the tracer: ") + error);
        co_return RunResult(m_result); // copy: GCC 12 moves from `co_return m_result`
    }
    if (!request.recordPath.isEmpty() && !m_recording.open(request.recordPath, &error)) {
        failToStart(error);
        co_return RunResult(m_result); // copy: GCC 12 moves from `co_return m_result`
    }
    if (!launch(found.interpreter->executable, script, request))
        co_return RunResult(m_result); // copy: GCC 12 moves from `co_return m_result`
    if (!m_finalized || m_running)
        co_await qCoro(this, &RunSession::finished);
    co_return RunResult(m_result); // copy: GCC 12 moves from `co_return m_result`
}

bool RunSession::launch(const QString &python, const QString &tracerScript,
                        const RunRequest &request)
{
    int tracePipe[2] = {-1, -1};
    int controlPipe[2] = {-1, -1};
    int statusPipe[2] = {-1, -1};
    if (!makePipe(tracePipe)
        || ((request.controlChannel || request.stepMode) && !makePipe(controlPipe))
        || !makePipe(statusPipe)) {
        closeFd(tracePipe[0]);
        closeFd(tracePipe[1]);
        closeFd(controlPipe[0]);
        closeFd(controlPipe[1]);
        closeFd(statusPipe[0]);
        closeFd(statusPipe[1]);
        failToStart(QStringLiteral("cannot create the trace pipe: %1")
                            .arg(QString::fromLocal8Bit(::strerror(errno))));
        return false;
    }
    ::fcntl(tracePipe[0], F_SETFL, ::fcntl(tracePipe[0], F_GETFL) | O_NONBLOCK);
    m_traceFd = tracePipe[0];
    m_controlFd = controlPipe[1];

    QStringList args{tracerScript, QStringLiteral("--trace-fd"), QStringLiteral("3")};
    if (request.controlChannel || request.stepMode)
        args << QStringLiteral("--control-fd") << QStringLiteral("4");
    if (request.stepMode)
        args << QStringLiteral("--step");
    if (request.virtualClock)
        args << QStringLiteral("--virtual-clock");
    if (request.blockThresholdMs > 0)
        args << QStringLiteral("--block-threshold-ms") << QString::number(request.blockThresholdMs);
    if (!request.module.isEmpty())
        args << QStringLiteral("-m") << request.module;
    else
        args << request.program;
    args << request.arguments;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    for (auto it = request.environment.constBegin(); it != request.environment.constEnd(); ++it)
        env.insert(it.key(), it.value());

    m_process = new QProcess(this);
    m_process->setProcessEnvironment(env);
    if (!request.workingDirectory.isEmpty())
        m_process->setWorkingDirectory(request.workingDirectory);
    if (request.forwardStdin)
        m_process->setInputChannelMode(QProcess::ForwardedInputChannel);
    else
        m_process->setStandardInputFile(QProcess::nullDevice());
    const int traceWrite = tracePipe[1];
    const int controlRead = controlPipe[0];
    m_setupStatusFd = statusPipe[0];
    m_limits = request.limits;
    m_result.limits = request.limits;
    // What the program leaves behind when it ends comes back to us, to be ended and reaped.
    ProcessReaper::becomeSubreaper();
    // Prepared here; applied in the forked child (async-signal-safe calls only): fds 3 and 4,
    // its own session (stop() reaches everything it spawned), death with the host, limits.
    const ChildSetup setup(request.limits, traceWrite, controlRead, statusPipe[1]);
    m_process->setChildProcessModifier([setup] { setup.apply(); });
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readPipe(OutputStream::Stdout); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readPipe(OutputStream::Stderr); });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        processEnded(code, status == QProcess::CrashExit);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || m_processDone)
            return;
        m_result.error = QStringLiteral("cannot start %1: %2")
                                 .arg(m_process->program(), m_process->errorString());
        m_processDone = true;
        closeTrace();
    });

    m_traceNotifier = new QSocketNotifier(m_traceFd, QSocketNotifier::Read, this);
    connect(m_traceNotifier, &QSocketNotifier::activated, this, &RunSession::readTrace);

    m_startMonoNs = monotonicNs();
    m_wall.start();
    m_process->start(python, args);
    // The child has its copies now; ours must go or the trace pipe never reports EOF.
    ::close(traceWrite);
    if (controlRead >= 0)
        ::close(controlRead);
    ::close(statusPipe[1]);
    m_pid = m_process->processId();
    m_result.started = m_pid > 0;
    if (m_pid > 0) {
        ProcessReaper::addRunRoot(m_pid);
        if (m_limits.maxProcesses > 0 || m_limits.memoryBytes > 0)
            m_limitTimer.start();
    }
    if (request.timeoutMs > 0)
        m_timeoutTimer.start(request.timeoutMs);
    if (m_result.started)
        Q_EMIT started();
    if (m_endReason == EndReason::Stopped)
        terminateGroup(EndReason::Stopped);
    return true;
}

void RunSession::failToStart(const QString &message)
{
    m_result.error = message;
    m_result.status = RunStatus::Error;
    m_running = false;
    m_finalized = true;
    RunEndRecord end;
    end.status = RunStatus::Error;
    m_tap.onRunEnd(end);
    m_recording.finish(end);
    // Queued: a caller of start() connects to finished() after start() returns.
    QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
}

void RunSession::readTrace()
{
    char buffer[readChunk];
    bool got = false;
    for (int i = 0; i < maxChunksPerWakeup && m_traceFd >= 0; ++i) {
        const ssize_t n = ::read(m_traceFd, buffer, sizeof buffer);
        if (n > 0) {
            const QByteArrayView bytes(buffer, n);
            m_recording.appendTrace(bytes);
            m_decoder.feed(bytes, m_tap);
            got = true;
            if (n < readChunk)
                break;
        } else if (n == 0) {
            closeTrace();
        } else if (errno == EINTR) {
            continue;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            break;
        } else {
            closeTrace();
        }
    }
    if (got) {
        m_model->setDecoderStats(m_decoder.stats());
        if (!m_earlyLines.isEmpty() && m_tap.hello())
            flushEarlyPipeLines();
        noteModelChanged();
    }
}

void RunSession::closeTrace()
{
    if (m_traceFd < 0)
        return;
    if (m_traceNotifier) {
        m_traceNotifier->setEnabled(false);
        m_traceNotifier->deleteLater();
        m_traceNotifier = nullptr;
    }
    closeFd(m_traceFd);
    m_decoder.finish();
    m_model->setDecoderStats(m_decoder.stats());
    m_drainTimer.stop();
    maybeFinalize();
}

void RunSession::readPipe(OutputStream stream)
{
    // What the tracer wrote before these bytes is already in the trace pipe: take it first,
    // so a traced line (or the pieces of a long one) is passed on before later raw output.
    if (m_traceFd >= 0)
        readTrace();
    const QByteArray data = stream == OutputStream::Stdout ? m_process->readAllStandardOutput()
                                                           : m_process->readAllStandardError();
    const qint64 arrival = monotonicNs();
    passOn(stream, OutputOrder::Source::Raw, data);
    LineSplitter &splitter = stream == OutputStream::Stdout ? m_stdoutLines : m_stderrLines;
    splitter.feed(data, [&](QByteArrayView line, qint64 cutBytes) {
        pipeLine(stream, line, cutBytes, arrival);
    });
}

void RunSession::pipeLine(OutputStream stream, QByteArrayView line, qint64 cutBytes,
                          qint64 arrivalNs)
{
    const QString text = QString::fromUtf8(line);
    Q_EMIT outputLine(stream, 0, text, true);
    if (!m_tap.hello()) {
        if (m_earlyLines.size() < maxEarlyLines)
            m_earlyLines.append({stream, line.toByteArray(), cutBytes, arrivalNs});
        else
            ++m_pipeDropped;
        return;
    }
    if (m_pipeStored >= quint64(maxStoredPipeLines)) {
        ++m_pipeDropped;
        return;
    }
    OutputRecord record;
    record.t = traceTimeFor(arrivalNs);
    record.stream = stream;
    record.truncated = cutBytes > 0;
    record.cutBytes = std::uint64_t(cutBytes);
    record.fromPipe = true;
    record.text = text;
    m_model->onOutput(record);
    m_recording.appendHost(TraceWriter::pipeOutput(record));
    ++m_pipeStored;
    noteModelChanged();
}

void RunSession::flushEarlyPipeLines()
{
    const QList<EarlyLine> lines = std::exchange(m_earlyLines, {});
    for (const EarlyLine &l : lines) {
        if (m_pipeStored >= quint64(maxStoredPipeLines)) {
            ++m_pipeDropped;
            continue;
        }
        OutputRecord record;
        record.t = traceTimeFor(l.arrivalNs);
        record.stream = l.stream;
        record.truncated = l.cutBytes > 0;
        record.cutBytes = std::uint64_t(l.cutBytes);
        record.fromPipe = true;
        record.text = QString::fromUtf8(l.text);
        m_model->onOutput(record);
        m_recording.appendHost(TraceWriter::pipeOutput(record));
        ++m_pipeStored;
    }
}

TimeNs RunSession::traceTimeFor(qint64 monoNs) const
{
    const auto &hello = m_tap.hello();
    if (!hello)
        return 0;
    // The virtual clock runs ahead of real time by jumps the host cannot see; the latest time
    // the trace reported is the best estimate of "now" on that clock.
    if (hello->virtualClock)
        return m_tap.latestTime();
    const qint64 t = monoNs - qint64(hello->monoT0Ns);
    return t > 0 ? TimeNs(t) : 0;
}

void RunSession::stop()
{
    if (m_paused)
        command(QByteArrayLiteral("stop\n"));
    m_paused = false;
    terminateGroup(EndReason::Stopped);
}

void RunSession::interrupt()
{
    if (m_endReason == EndReason::None)
        m_endReason = EndReason::Stopped;
    if (m_pid > 0 && !m_processDone) {
        m_timeoutTimer.stop();
        ::kill(-pid_t(m_pid), SIGINT);
    }
}

void RunSession::terminateGroup(EndReason reason)
{
    if (m_endReason == EndReason::None)
        m_endReason = reason;
    if (m_pid <= 0 || m_processDone)
        return; // not started yet: run() checks m_endReason before launching
    m_timeoutTimer.stop();
    ::kill(-pid_t(m_pid), SIGTERM);
    if (!m_killTimer.isActive())
        m_killTimer.start(stopGraceMs);
}

void RunSession::processEnded(int exitCode, bool crashed)
{
    if (m_processDone)
        return;
    m_processDone = true;
    m_paused = false;
    m_timeoutTimer.stop();
    m_killTimer.stop();
    m_limitTimer.stop();
    // Whatever the program left behind goes with it: its group, and (as the program was a
    // subreaper, they came back to us when it ended) whatever left the group.
    if (m_pid > 0) {
        ::kill(-pid_t(m_pid), SIGKILL);
        ProcessReaper::removeRunRoot(m_pid); // Qt has reaped it: finished() says so
        ProcessReaper::reapLeftovers();
    }
    readNetworkStatus();
    // Python ignores SIGXFSZ (a write fails instead); SIGXCPU ends it.
    if (crashed && m_result.limitHit == LimitHit::None) {
        if (exitCode == SIGXCPU)
            m_result.limitHit = LimitHit::CpuTime;
        else if (exitCode == SIGXFSZ)
            m_result.limitHit = LimitHit::FileSize;
    }
    // Qt reports the terminating signal as the exit code of a crash exit.
    if (crashed)
        m_result.signal = exitCode;
    else
        m_result.exitCode = exitCode;
    m_wallNsAtExit = monotonicNs();
    if (m_traceFd >= 0)
        m_drainTimer.start(drainAfterExitMs);
    maybeFinalize();
}

void RunSession::maybeFinalize()
{
    if (!m_processDone || m_traceFd >= 0 || m_finalized)
        return;
    m_finalized = true;
    // From a fresh stack frame: finished() resumes awaiting coroutines, which may delete us.
    QTimer::singleShot(0, this, &RunSession::finalize);
}

void RunSession::finalize()
{
    if (m_process) {
        readPipe(OutputStream::Stdout);
        readPipe(OutputStream::Stderr);
    }
    const qint64 now = monotonicNs();
    const auto flushLine = [&](OutputStream stream) {
        return [&, stream](QByteArrayView line, qint64 cutBytes) {
            pipeLine(stream, line, cutBytes, now);
        };
    };
    m_stdoutLines.finish(flushLine(OutputStream::Stdout));
    m_stderrLines.finish(flushLine(OutputStream::Stderr));
    if (!m_earlyLines.isEmpty())
        flushEarlyPipeLines();
    m_releaseTimer.stop();
    m_order.release();

    const auto &hello = m_tap.hello();
    TimeNs wall = m_tap.latestTime();
    if (hello && !hello->virtualClock) {
        const qint64 real = (m_wallNsAtExit ? m_wallNsAtExit : now) - qint64(hello->monoT0Ns);
        if (real > 0 && TimeNs(real) > wall)
            wall = TimeNs(real);
    } else if (!hello) {
        wall = TimeNs(m_wall.nsecsElapsed());
    }
    if (m_pipeDropped > 0) {
        DroppedRecord dropped;
        dropped.t = wall;
        dropped.what = DroppedRecord::HostRawLines;
        dropped.count = m_pipeDropped;
        m_model->onDropped(dropped);
        m_recording.appendHost(TraceWriter::dropped(dropped));
    }

    RunStatus status;
    if (m_endReason == EndReason::Stopped)
        status = RunStatus::Stopped;
    else if (m_endReason == EndReason::Timeout)
        status = RunStatus::Timeout;
    else if (m_result.signal)
        status = RunStatus::Crashed;
    else if (!m_result.exitCode || *m_result.exitCode != 0 || m_tap.sawError())
        status = RunStatus::Error;
    else
        status = RunStatus::Ok;

    RunEndRecord end;
    end.wallNs = wall;
    end.status = status;
    end.hasExitCode = m_result.exitCode.has_value();
    end.exitCode = m_result.exitCode.value_or(0);
    end.hasSignal = m_result.signal.has_value();
    end.signal = m_result.signal.value_or(0);
    m_tap.onRunEnd(end);
    m_recording.finish(end);
    closeFd(m_controlFd);

    m_result.status = status;
    m_result.wallSeconds = double(wall) / 1e9;
    m_running = false;
    m_changeTimer.stop();
    Q_EMIT modelChanged();
    Q_EMIT finished(m_result);
}

void RunSession::passOn(OutputStream stream, OutputOrder::Source source, QByteArrayView bytes)
{
    if (!isSignalConnected(QMetaMethod::fromSignal(&RunSession::passThrough)))
        return; // nobody shows it (the window, the checks): not worth a copy
    m_order.write(stream, source, bytes);
    if (m_order.holding() && !m_releaseTimer.isActive())
        m_releaseTimer.start();
}

void RunSession::noteModelChanged()
{
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
}

bool RunSession::sendControl(const QByteArray &bytes)
{
    if (m_controlFd < 0)
        return false;
    return ::write(m_controlFd, bytes.constData(), size_t(bytes.size())) == bytes.size();
}

bool RunSession::command(const QByteArray &line)
{
    if (!m_paused || m_processDone)
        return false;
    m_paused = false;
    releaseTimeout();
    return sendControl(line);
}

void RunSession::watchLimits()
{
    if (m_pid <= 0 || m_processDone || m_result.limitHit != LimitHit::None)
        return;
    const ProcessReaper::TreeUsage used = ProcessReaper::usage(m_pid, m_limits.memoryBytes);
    if (m_limits.maxProcesses > 0 && used.processes > m_limits.maxProcesses)
        endForLimit(LimitHit::Processes);
    else if (m_limits.memoryBytes > 0 && used.residentBytes > m_limits.memoryBytes)
        endForLimit(LimitHit::Memory);
}

void RunSession::endForLimit(LimitHit hit)
{
    m_result.limitHit = hit;
    m_limitTimer.stop();
    m_timeoutTimer.stop();
    // No grace: a fork bomb or a runaway allocation does not clean up, it grows. Children
    // first (those that left the group too), then the group.
    ProcessReaper::killDescendants(m_pid);
    ::kill(-pid_t(m_pid), SIGKILL);
}

void RunSession::readNetworkStatus()
{
    if (m_setupStatusFd < 0)
        return;
    char status = 0;
    ::fcntl(m_setupStatusFd, F_SETFL, ::fcntl(m_setupStatusFd, F_GETFL) | O_NONBLOCK);
    const bool got = ::read(m_setupStatusFd, &status, 1) == 1;
    closeFd(m_setupStatusFd);
    if (!got || !m_limits.loopbackOnly)
        return;
    if (status == 'F')
        m_result.networkNote = QStringLiteral(
                "the network could not be limited to loopback here (no network namespace "
                "allowed); the program had the machine's network");
    else if (status == 'l')
        m_result.networkNote = QStringLiteral(
                "the program had no network at all (its loopback could not be brought up)");
}

void RunSession::holdTimeout()
{
    // The program waits on the control pipe for the learner: reading the scheduler dock is not
    // the program running, so the clock of its timeout stops until the next command.
    if (!m_timeoutTimer.isActive())
        return;
    m_timeoutLeftMs = std::max(0, m_timeoutTimer.remainingTime());
    m_timeoutTimer.stop();
}

void RunSession::releaseTimeout()
{
    if (m_timeoutLeftMs < 0 || m_processDone || m_endReason != EndReason::None)
        return;
    m_timeoutTimer.start(std::exchange(m_timeoutLeftMs, -1));
}

bool RunSession::step()
{
    return command(QByteArrayLiteral("step\n"));
}

bool RunSession::stepToNextSwitch()
{
    return command(QByteArrayLiteral("next\n"));
}

bool RunSession::resume()
{
    return command(QByteArrayLiteral("continue\n"));
}

bool RunSession::runTo(TimeNs t)
{
    return command(QByteArrayLiteral("run-to ") + QByteArray::number(quint64(t)) + '\n');
}

} // namespace Core
