#pragma once
#include "tracerecords.h"

#include <QJsonObject>
#include <QString>

namespace Core
{

class TraceModel;

//! What the host knows about a run that the trace may not say (e.g. when Python never started).
struct RunContext {
    QString program; //!< script path, or "-m module"
    QString pythonExecutable;
    QString pythonVersion; //!< e.g. "3.11.2"
    bool virtualClock = false;
};

//! The run summary of ../shared/contracts/run-summary.schema.json, built from a finished
//! (or still running) model. Values the trace does not give are null, never omitted.
//! Without a RUN_END record (live, or a tracer-only recording) status is "error" if an ERROR
//! or a non-zero EXIT was seen, else "ok"; exit_code comes from EXIT (null before it) and
//! wall_s is the trace's end. `events` counts the records the model received (STR excluded).
//! Call TraceModel::setDecoderStats() first so that a damaged stream shows up as a warning.
QJsonObject buildRunSummary(const TraceModel &model, const RunContext &context);

} // namespace Core
