#pragma once
#include <QString>
#include <QStringList>
#include <optional>

namespace Cli {

//! The longest --timeout: a week (the run's timer counts milliseconds in an int).
constexpr int kMaxTimeoutSeconds = 7 * 24 * 3600;

//! The options of `loopscope trace`, as given on the command line.
struct TraceOptions {
    QString program;  //!< script path, unless module or replay
    QString module;   //!< -m MODULE
    QStringList arguments;
    QString replay;   //!< --replay FILE: rebuild outputs from a recording, no Python
    QString summary, chrome, record, python;
    QStringList require;
    double timeoutSeconds = 0; //!< 0: none; else 0.001 to kMaxTimeoutSeconds
    bool virtualClock = false;
    bool lab = false; //!< --lab: run the lab server and pass LOOPSCOPE_LAB_URL
    int blockThresholdMs = 0;
    QString stepScript; //!< --step-script "step;next;continue": drive step mode
};

//! Parse result: options, a request for help, or a one-line error.
struct TraceOptionsParse {
    std::optional<TraceOptions> options;
    bool help = false;
    QString error;
};

//! Parses the words after `trace`. Options come before the program, as with python3.
TraceOptionsParse parseTraceOptions(const QStringList &words);
//! --timeout for the run's timer: 0 for none.
int timeoutMilliseconds(const TraceOptions &options);

} // namespace Cli
