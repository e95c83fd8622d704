#include "tracecommand.h"

#include "labserver.h"
#include "pausetext.h"
#include "recordingreader.h"
#include "runoutputs.h"
#include "runsession.h"
#include "signalwatcher.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace Cli {
namespace {

void complain(const QString &message)
{
    std::fflush(stdout);
    std::fprintf(stderr, "loopscope: %s\n", qPrintable(message));
    std::fflush(stderr);
}

void writeOut(Core::OutputStream stream, const QByteArray &bytes)
{
    FILE *f = stream == Core::OutputStream::Stderr ? stderr : stdout;
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), f);
}

int exitStatusFor(const Core::RunResult &r)
{
    switch (r.status) {
    case Core::RunStatus::Ok:
        return 0;
    case Core::RunStatus::Error:
        return r.exitCode && *r.exitCode != 0 ? *r.exitCode : 1;
    case Core::RunStatus::Timeout:
        return 124; // as timeout(1)
    case Core::RunStatus::Crashed:
        return 128 + r.signal.value_or(0);
    case Core::RunStatus::Stopped:
        return r.signal ? 128 + *r.signal : r.exitCode.value_or(130);
    }
    return 1;
}

} // namespace

QCoro::Task<int> TraceCommand::run(TraceOptions options)
{
    if (options.module.isEmpty() && !QFileInfo(options.program).isFile()) {
        complain(QStringLiteral("can't open file '%1': No such file or directory")
                         .arg(options.program));
        co_return 2;
    }
    Core::RunRequest request;
    request.python = options.python;
    request.requiredModules = options.require;
    request.program = options.program;
    request.module = options.module;
    request.arguments = options.arguments;
    request.virtualClock = options.virtualClock;
    request.blockThresholdMs = options.blockThresholdMs;
    request.timeoutMs = timeoutMilliseconds(options);
    request.recordPath = options.record;
    request.forwardStdin = true;
    request.stepMode = !options.stepScript.isEmpty();
    QStringList script = options.stepScript.split(QLatin1Char(';'), Qt::SkipEmptyParts);

    Core::LabServer lab;
    if (options.lab) {
        const Core::LabStart started = co_await lab.start(options.python);
        if (!started.ok()) {
            complain(started.error);
            co_return 1;
        }
        request.environment.insert(Core::LabServer::environmentVariable(), started.url);
    }

    Core::RunSession session;
    SignalWatcher watcher;
    bool interrupted = false;
    connect(&watcher, &SignalWatcher::signalled, &session, [&](int sig) {
        // First Ctrl-C: KeyboardInterrupt in the program, as without loopscope. Then: end it.
        if (sig == SIGINT && !interrupted) {
            interrupted = true;
            session.interrupt();
        } else {
            session.stop();
        }
    });
    // Byte for byte: a 50 MB line or raw binary output reaches the terminal as written.
    connect(&session, &Core::RunSession::passThrough, &session, &writeOut);
    connect(&session, &Core::RunSession::paused, &session,
            [&session, &script](const Core::PausedInfo &info) {
                std::fflush(stderr);
                writeOut(Core::OutputStream::Stdout, pauseText(info, session.model()).toUtf8() + '\n');
                std::fflush(stdout);
                const QString command = script.isEmpty() ? QStringLiteral("continue")
                                                         : script.takeFirst().trimmed();
                const QString word = command.section(QLatin1Char(' '), 0, 0);
                if (word == QLatin1String("step")) {
                    session.step();
                } else if (word == QLatin1String("next")) {
                    session.stepToNextSwitch();
                } else if (word == QLatin1String("run-to")) {
                    const double seconds = command.section(QLatin1Char(' '), 1).toDouble();
                    // Only a time a trace can reach: converting nan or a huge value is undefined.
                    session.runTo(std::isfinite(seconds) && seconds > 0
                                          ? Core::TimeNs(std::min(seconds, 1e9) * 1e9)
                                          : 0);
                } else if (word == QLatin1String("stop")) {
                    session.stop();
                } else {
                    if (word != QLatin1String("continue"))
                        complain(QStringLiteral("unknown step command '%1': continuing")
                                         .arg(command));
                    session.resume();
                }
            });
    connect(&session, &Core::RunSession::modelChanged, &session, [] {
        std::fflush(stdout);
        std::fflush(stderr);
    });

    const Core::RunResult result = co_await session.run(request);
    lab.stop();
    std::fflush(stdout);
    std::fflush(stderr);

    QString error;
    const bool wrote = writeRunOutputs(session.model(), session.context(), options.summary,
                                       options.chrome, &error);
    if (!result.started) {
        complain(result.error);
        co_return 127;
    }
    switch (result.status) {
    case Core::RunStatus::Timeout:
        complain(QStringLiteral("the program did not finish within %1 s and was ended")
                         .arg(options.timeoutSeconds));
        break;
    case Core::RunStatus::Crashed:
        if (result.limitHit != Core::LimitHit::None) {
            complain(QStringLiteral("the program %1, so it was ended")
                             .arg(Core::describeLimit(result.limitHit, result.limits)));
            break;
        }
        complain(QStringLiteral("the program was killed by signal %1 (%2)")
                         .arg(result.signal.value_or(0))
                         .arg(QString::fromLocal8Bit(::strsignal(result.signal.value_or(0)))));
        break;
    default:
        break;
    }
    if (!wrote) {
        complain(error);
        const int status = exitStatusFor(result);
        co_return status != 0 ? status : 1;
    }
    co_return exitStatusFor(result);
}

int TraceCommand::replay(const TraceOptions &options)
{
    Core::TraceModel model;
    QString problem;
    switch (Core::RecordingReader::read(options.replay, model, &problem)) {
    case Core::RecordingReader::Result::Read:
        break;
    case Core::RecordingReader::Result::Unreadable:
        complain(QStringLiteral("cannot replay %1").arg(problem));
        return 2;
    case Core::RecordingReader::Result::NotARecording:
        complain(problem);
        return 1;
    }
    Core::RunContext context;
    if (const auto &hello = model.hello()) {
        context.program = hello->program;
        context.pythonExecutable = hello->executable;
        context.pythonVersion = hello->pythonVersion;
        context.virtualClock = hello->virtualClock;
    }
    QString error;
    if (!writeRunOutputs(model, context, options.summary, options.chrome, &error)) {
        complain(error);
        return 1;
    }
    return 0;
}

} // namespace Cli
