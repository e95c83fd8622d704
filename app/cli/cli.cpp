#include "cli.h"

#include "checkcommand.h"
#include "exercisescommand.h"
#include "lessonscommand.h"
#include "tracecommand.h"
#include "traceoptions.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

namespace Cli {
namespace {

const char mainUsage[] = R"(usage: loopscope [COMMAND] ...
       loopscope [FILE]

Loopscope runs Python asyncio programs under an instrumented event loop and shows what the
tasks, the loop and the worker threads did.

commands:
  trace      run a program under the tracer, print its output, write a summary
             (loopscope trace --help)
  lessons    list the lessons, print them as JSON, or run their examples and check
             what they show (loopscope lessons --help)
  exercises  list the exercises, or print them as JSON (loopscope exercises --help)
  check      check a solution file against an exercise (loopscope check --help)
  --help     this text
  --version  the version of loopscope and of Qt

Without arguments loopscope opens its window: the lessons, the editor and the live timeline.
With a FILE it opens the window with that file in it: a recording (.lstrace, written by
trace --record or Save recording) on the timeline, a Python program in the editor.
)";

const char traceUsage[] = R"(usage: loopscope trace [OPTIONS] PROGRAM [ARGS...]
       loopscope trace [OPTIONS] -m MODULE [ARGS...]
       loopscope trace --replay RECORDING [--summary FILE] [--chrome FILE]

Runs PROGRAM (or module) under the asyncio tracer. Its output passes through as it runs.
Options come before the program, as with python3; everything after it goes to the program.

options:
  --summary FILE          write the run summary (JSON, loopscope.run-summary/1); - = stdout
  --chrome FILE           write a Chrome trace (open in https://ui.perfetto.dev)
  --record FILE           write the raw trace; re-open it with --replay
  --replay FILE           rebuild --summary / --chrome from a recording without Python
  --python PATH           the interpreter to use (default: discovered, Python 3.11+)
  --require MODULE        pick an interpreter that can import MODULE (repeatable)
  --timeout SECONDS       end the program after this long (status timeout)
  --virtual-clock         asyncio sleeps and timers take no real time
  --lab                   start the local lab server (HTTP + WebSocket on 127.0.0.1) for
                          the run and pass its base URL in LOOPSCOPE_LAB_URL
  --block-threshold-ms N  report loop steps running longer than N ms (default 100)
  --step-script CMDS      step mode: pause before every task step and callback, print
                          each pause as a line, answer with the next of CMDS, separated
                          by ';': step, next (until another task runs), continue,
                          run-to SECONDS, stop; continue once CMDS run out
  -h, --help              this text

exit status: the program's own; 124 after --timeout; 128+N when signal N ended it;
  2 for bad options or a missing program file; 127 when no usable Python was found.
environment: LOOPSCOPE_PYTHON (interpreter tried first), LOOPSCOPE_TRACER_DIR (use the
  tracer package in this directory instead of the built-in copy).
)";

int traceMain(const QStringList &words)
{
    const TraceOptionsParse parsed = parseTraceOptions(words);
    if (parsed.help) {
        std::fputs(traceUsage, stdout);
        return 0;
    }
    if (!parsed.options) {
        std::fprintf(stderr, "loopscope: %s\n", qPrintable(parsed.error));
        return 2;
    }
    if (!parsed.options->replay.isEmpty())
        return TraceCommand::replay(*parsed.options);
    TraceCommand command;
    int status = 1;
    QTimer::singleShot(0, &command, [&] {
        QCoro::connect(command.run(*parsed.options), &command, [&status](int s) {
            status = s;
            QCoreApplication::quit();
        });
    });
    QCoreApplication::exec();
    return status;
}

} // namespace

int usage()
{
    std::fputs(mainUsage, stdout);
    return 0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loopscope"));
    QStringList words = QCoreApplication::arguments().mid(1);
    if (words.isEmpty() || words.first() == QLatin1String("--help")
        || words.first() == QLatin1String("-h") || words.first() == QLatin1String("help"))
        return usage();
    const QString command = words.takeFirst();
    if (command == QLatin1String("trace"))
        return traceMain(words);
    if (command == QLatin1String("lessons"))
        return LessonsCommand::main(words);
    if (command == QLatin1String("exercises"))
        return ExercisesCommand::main(words);
    if (command == QLatin1String("check"))
        return CheckCommand::main(words);
    std::fprintf(stderr, "loopscope: unknown command '%s' (see loopscope --help)\n",
                 qPrintable(command));
    return 2;
}

} // namespace Cli
