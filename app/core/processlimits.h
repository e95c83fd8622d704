#pragma once
#include <QString>
#include <QtGlobal>

namespace Core {

//! What a traced program may use. Set in the child between fork and exec (rlimits, a private
//! network namespace) and watched by the host while it runs (processes, memory of the whole
//! run). Zero means "no limit". docs/LIMITS.md says what holds where.
struct ProcessLimits {
    //! Per process: RLIMIT_DATA (heap, anonymous memory, thread stacks: Python's MemoryError
    //! at once). For the whole run: the host adds up the resident memory of every process of
    //! the run a few times a second and ends the run past it (catches shared mappings and
    //! many processes, which RLIMIT_DATA does not count).
    qint64 memoryBytes = 0;
    //! RLIMIT_CPU of each process: SIGXCPU past it.
    int cpuSeconds = 0;
    //! RLIMIT_FSIZE: no file written larger (Python ignores SIGXFSZ: the write fails, EFBIG).
    qint64 fileBytes = 0;
    //! Processes of the run alive at once, counted by the host (works as root, where
    //! RLIMIT_NPROC is not enforced); RLIMIT_NPROC as a backstop for other users.
    int maxProcesses = 0;
    //! A private network namespace with only `lo` up: nothing outside the program's own
    //! loopback is reachable (not even the host's 127.0.0.1). Falls back to the normal network
    //! when the platform does not allow it (RunResult::networkNote says so).
    bool loopbackOnly = false;

    bool any() const { return memoryBytes || cpuSeconds || fileBytes || maxProcesses || loopbackOnly; }

    static constexpr qint64 defaultMemoryBytes = qint64(1) << 30;
    static constexpr qint64 defaultFileBytes = qint64(64) << 20;
    static constexpr int defaultMaxProcesses = 64;

    //! `loopscope check`: everything; the network only when the run needs the host's lab (or
    //! another service on the host's loopback).
    static ProcessLimits forCheck(int timeoutSeconds, bool needsHostLoopback);
    //! Runs in the window and `loopscope trace`: memory, file size and processes, so a runaway
    //! program cannot take the desktop down; no CPU limit (no timeout), the normal network.
    static ProcessLimits forInteractive();
};

//! Which limit ended (or failed) a run.
enum class LimitHit { None, Memory, CpuTime, FileSize, Processes };

//! "used more than 1 GiB of memory" (to follow "your program").
QString describeLimit(LimitHit hit, const ProcessLimits &limits);
//! "1 GiB", "64 MiB", "512 KiB".
QString byteSize(qint64 bytes);

//! Everything the forked child needs, prepared in the host before the fork (the child may
//! only make async-signal-safe calls: no allocation, no locks).
class ChildSetup
{
public:
    //! hostPid: the host's pid, to notice a host that died before PR_SET_PDEATHSIG took hold.
    //! statusFd: where apply() writes one byte saying how the network was set up ('L' loopback
    //! only, 'F' not permitted: normal network, 'N' not asked); -1: none.
    ChildSetup(const ProcessLimits &limits, int traceFd, int controlFd, int statusFd);

    //! In the child: fds 3/4, its own session, death with the host, subreaper for its own
    //! descendants, rlimits, the network namespace.
    void apply() const;

private:
    void applyNetwork() const;

    ProcessLimits m_limits;
    int m_traceFd = -1, m_controlFd = -1, m_statusFd = -1;
    long m_hostPid = 0;
    unsigned long m_nprocLimit = 0; // 0: leave alone (root, or no process limit)
    bool m_root = false;
    char m_uidMap[64] = {};
    char m_gidMap[64] = {};
};

} // namespace Core
