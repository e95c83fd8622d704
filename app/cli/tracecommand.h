#pragma once
#include "traceoptions.h"

#include <QCoro/QCoroTask>
#include <QObject>

namespace Cli {

//! `loopscope trace`: runs one program under the tracer with its output passing through
//! live, writes the requested files, and returns the exit status the program had.
class TraceCommand : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    QCoro::Task<int> run(TraceOptions options);
    //! `--replay FILE`: rebuilds the summary / Chrome trace from a recording, no Python.
    static int replay(const TraceOptions &options);
};

} // namespace Cli
