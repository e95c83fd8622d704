#pragma once
#include "pausedinfo.h"

#include <QString>

namespace Core {
class TraceModel;
}

namespace Cli {

//! One line for a step-mode pause: "paused before Task-2 worker() at main.py:12; ready:
//! [Task-3, Task-4]; timers: [sleep(0.5) Task-2 in 0.500s]; waiters: [lock (Lock@main.py:4):
//! Task-3]". Task names come from the model (the pause's own names for what runs next).
QString pauseText(const Core::PausedInfo &info, const Core::TraceModel &model);

} // namespace Cli
