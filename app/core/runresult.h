#pragma once
#include "tracerecords.h"

#include <QString>
#include <optional>

namespace Core {

//! How a run ended, as the host saw it.
struct RunResult {
    bool started = false;            //!< a Python process was started
    RunStatus status = RunStatus::Error;
    std::optional<int> exitCode;     //!< when it exited by itself
    std::optional<int> signal;       //!< when a signal ended it
    double wallSeconds = 0;          //!< program start to end, on the run's clock
    QString error;                   //!< why it could not start (one line), else empty
    QString pythonExecutable, pythonVersion;
};

} // namespace Core
