#pragma once
#include "checkresult.h"

#include <QString>
#include <optional>

namespace Core {

//! Whether a checked run got to the end, and if not, why, in the learner's terms: a syntax
//! error with its line, an uncaught exception with the learner's line, a timeout with the line
//! that was still running (or waiting), a flood of output, a signal.
class RunVerdict
{
public:
    struct Facts {
        QString learnerFile;    //!< absolute path: lines in this file are "your line N"
        QString subject;        //!< "your program" / "the checks"
        int timeoutSeconds = 30;
        int maxOutputLines = 0;
    };
    //! Empty when the run ended by itself with status ok.
    static std::optional<QString> failure(const CheckedRun &run, const Facts &facts);
    static bool isSyntaxError(const CheckedRun &run);
    //! "line 12 in fetch()" for the code that was running or waiting when the run was ended;
    //! empty when the trace does not say.
    static QString lastPosition(const CheckedRun &run, const QString &learnerFile);
};

} // namespace Core
