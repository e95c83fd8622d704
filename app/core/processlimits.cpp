#include "processlimits.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Core {
namespace {

// Every task on the machine now (from /proc/loadavg), an upper bound of the user's own: the
// backstop RLIMIT_NPROC counts the user's tasks (threads included) across all their programs,
// so it can only be "what there is now, plus room".
unsigned long tasksNow()
{
    FILE *f = std::fopen("/proc/loadavg", "re");
    if (!f)
        return 0;
    double a, b, c;
    unsigned long running = 0, total = 0;
    const int n = std::fscanf(f, "%lf %lf %lf %lu/%lu", &a, &b, &c, &running, &total);
    std::fclose(f);
    return n == 5 ? total : 0;
}

// Lowers a limit, never raises it (a hard limit the host already has stays).
void lower(int resource, rlim_t soft, rlim_t hard)
{
    rlimit now{};
    if (::getrlimit(resource, &now) != 0)
        return;
    rlimit next{std::min(soft, now.rlim_max), std::min(hard, now.rlim_max)};
    next.rlim_cur = std::min(next.rlim_cur, next.rlim_max);
    ::setrlimit(resource, &next);
}

bool writeAll(const char *path, const char *text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const size_t len = std::strlen(text);
    const bool ok = ::write(fd, text, len) == ssize_t(len);
    ::close(fd);
    return ok;
}

} // namespace

ProcessLimits ProcessLimits::forCheck(int timeoutSeconds, bool needsHostLoopback)
{
    ProcessLimits l = forInteractive();
    // CPU time above the wall-clock timeout: a single thread cannot reach it before the
    // timeout; it ends only work that outlives the run's clock (threads, busy children).
    l.cpuSeconds = timeoutSeconds > 0 ? 2 * timeoutSeconds + 5 : 120;
    l.loopbackOnly = !needsHostLoopback;
    return l;
}

ProcessLimits ProcessLimits::forInteractive()
{
    ProcessLimits l;
    l.memoryBytes = defaultMemoryBytes;
    l.fileBytes = defaultFileBytes;
    l.maxProcesses = defaultMaxProcesses;
    return l;
}

QString byteSize(qint64 bytes)
{
    if (bytes >= (qint64(1) << 30) && bytes % (qint64(1) << 30) == 0)
        return QStringLiteral("%1 GiB").arg(bytes >> 30);
    if (bytes >= (qint64(1) << 20))
        return QStringLiteral("%1 MiB").arg(bytes >> 20);
    return QStringLiteral("%1 KiB").arg(std::max<qint64>(1, bytes >> 10));
}

QString describeLimit(LimitHit hit, const ProcessLimits &limits)
{
    switch (hit) {
    case LimitHit::None: return {};
    case LimitHit::Memory:
        return QStringLiteral("used more than %1 of memory")
                .arg(byteSize(limits.memoryBytes));
    case LimitHit::CpuTime:
        return QStringLiteral("used more than %1 s of CPU time").arg(limits.cpuSeconds);
    case LimitHit::FileSize:
        return QStringLiteral("tried to write a file larger than %1")
                .arg(byteSize(limits.fileBytes));
    case LimitHit::Processes:
        return QStringLiteral("started more than %1 processes at once").arg(limits.maxProcesses);
    }
    return {};
}

ChildSetup::ChildSetup(const ProcessLimits &limits, int traceFd, int controlFd, int statusFd)
    : m_limits(limits), m_traceFd(traceFd), m_controlFd(controlFd), m_statusFd(statusFd),
      m_hostPid(long(::getpid())), m_root(::geteuid() == 0)
{
    if (limits.maxProcesses > 0 && !m_root) {
        const unsigned long now = tasksNow();
        // Threads count too (a Python program may have dozens), hence the generous room.
        if (now > 0)
            m_nprocLimit = now + 64ul * unsigned(limits.maxProcesses);
    }
    // The program keeps its own uid and gid inside a new user namespace (files it creates
    // stay the learner's), written before the fork: the child cannot format text.
    std::snprintf(m_uidMap, sizeof m_uidMap, "%u %u 1\n", unsigned(::geteuid()), unsigned(::geteuid()));
    std::snprintf(m_gidMap, sizeof m_gidMap, "%u %u 1\n", unsigned(::getegid()), unsigned(::getegid()));
}

void ChildSetup::apply() const
{
    // Dies with the host (even SIGKILL). The host may have died between fork and here: then
    // our parent is already someone else and the death signal would never come.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (long(::getppid()) != m_hostPid)
        ::_exit(127);
    ::dup2(m_traceFd, 3);
    if (m_controlFd >= 0)
        ::dup2(m_controlFd, 4);
    // Its own process group, so stop() reaches everything it spawned.
    ::setsid();
    // What the program's children leave behind (double fork, setsid) stays under the program
    // while it runs, where the host can count and end it. Kept across execve.
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    // A program ended by a limit must not leave a core file next to the learner's code.
    lower(RLIMIT_CORE, 0, 0);
    if (m_limits.memoryBytes > 0)
        lower(RLIMIT_DATA, rlim_t(m_limits.memoryBytes), rlim_t(m_limits.memoryBytes));
    if (m_limits.cpuSeconds > 0)
        lower(RLIMIT_CPU, rlim_t(m_limits.cpuSeconds), rlim_t(m_limits.cpuSeconds) + 2);
    if (m_limits.fileBytes > 0)
        lower(RLIMIT_FSIZE, rlim_t(m_limits.fileBytes), rlim_t(m_limits.fileBytes));
    if (m_nprocLimit > 0)
        lower(RLIMIT_NPROC, rlim_t(m_nprocLimit), rlim_t(m_nprocLimit));
    applyNetwork();
}

void ChildSetup::applyNetwork() const
{
    char status = 'N';
    if (m_limits.loopbackOnly) {
        // Root can have a network namespace of its own; anyone else first needs a user
        // namespace (where the platform allows unprivileged ones).
        int flags = CLONE_NEWNET;
        if (!m_root)
            flags |= CLONE_NEWUSER;
        if (::unshare(flags) != 0) {
            status = 'F';
        } else {
            if (!m_root) {
                writeAll("/proc/self/setgroups", "deny");
                writeAll("/proc/self/uid_map", m_uidMap);
                writeAll("/proc/self/gid_map", m_gidMap);
            }
            // A new namespace's loopback is down: bring it up, so the program's own servers
            // and clients on 127.0.0.1 work.
            status = 'l';
            const int s = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            if (s >= 0) {
                ifreq ifr{};
                std::memcpy(ifr.ifr_name, "lo", 3);
                if (::ioctl(s, SIOCGIFFLAGS, &ifr) == 0) {
                    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
                    if (::ioctl(s, SIOCSIFFLAGS, &ifr) == 0)
                        status = 'L';
                }
                ::close(s);
            }
        }
    }
    if (m_statusFd >= 0) {
        (void)!::write(m_statusFd, &status, 1);
        ::close(m_statusFd);
    }
}

} // namespace Core
