#pragma once
#include <QtGlobal>

namespace Core {

//! The host's side of a run's processes: it becomes a child subreaper, so whatever a program
//! leaves behind (a double fork with setsid()) comes back to it instead of to init; it counts
//! a running program's process tree; and it ends and reaps what a finished run left behind.
namespace ProcessReaper {

//! Once per host process (PR_SET_CHILD_SUBREAPER). False where the platform has no such thing.
bool becomeSubreaper();

//! A program the host started and still waits for: never taken for something left behind.
void addRunRoot(qint64 pid);
//! After QProcess has reaped it (its finished signal), never before: the reaper would take
//! its exit status from Qt.
void removeRunRoot(qint64 pid);

struct TreeUsage {
    int processes = 0;      //!< alive (not zombies), the root included
    qint64 residentBytes = 0; //!< PSS past exactAbove: what forked processes share counts once
};
//! The live processes under `root` (which is a subreaper, so nothing escapes it while it
//! lives) and their resident memory, added up: RSS, or PSS when the RSS is above exactAbove.
TreeUsage usage(qint64 root, qint64 exactAbove = 0);

//! SIGKILL to every process under `root`, not to root itself; a few passes, so what was being
//! forked while the first pass ran is found by the next.
void killDescendants(qint64 root);

//! Ends and reaps what finished runs left behind: the host's children in a session other than
//! the host's (every run starts a session of its own; the host's own helpers - the lab server,
//! interpreter probes - stay in the host's) that are not a running program. Returns how many it
//! ended. Waits at most about waitMs for them to die.
int reapLeftovers(int waitMs = 2000);

} // namespace ProcessReaper
} // namespace Core
