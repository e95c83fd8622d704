#pragma once
#include <QIODevice>

namespace Core {

class TraceModel;

//! Writes the model as Chrome trace-event JSON (opens in Perfetto UI / chrome://tracing):
//! a named lane per task and worker thread, slices for steps and waits, flow arrows for wakeups.
bool writeChromeTrace(const TraceModel &model, QIODevice &out);

} // namespace Core
