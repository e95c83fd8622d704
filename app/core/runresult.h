#pragma once
#include "processlimits.h"
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
    ProcessLimits limits;            //!< what the run was allowed
    //! A limit the host saw crossed (it ended the run) or the program was ended by (SIGXCPU,
    //! SIGXFSZ). A MemoryError or a failed write is the program's own error: RunVerdict says
    //! which limit it met.
    LimitHit limitHit = LimitHit::None;
    //! Set when limits.loopbackOnly was asked and the platform did not allow it: the program
    //! had the host's network.
    QString networkNote;
};

} // namespace Core
