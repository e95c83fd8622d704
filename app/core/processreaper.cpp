#include "processreaper.h"

#include <QList>
#include <QMutex>
#include <QSet>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Core::ProcessReaper {
namespace {

QMutex &rootsMutex()
{
    static QMutex m;
    return m;
}

QSet<qint64> &roots()
{
    static QSet<qint64> r;
    return r;
}

struct Stat {
    char state = 0;
    qint64 ppid = 0, session = 0, rssPages = 0;
};

bool readStat(qint64 pid, Stat *out)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%lld/stat", static_cast<long long>(pid));
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char buf[1024];
    const ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    if (n <= 0)
        return false;
    buf[n] = 0;
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const char *p = std::strrchr(buf, ')');
    if (!p)
        return false;
    // state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime
    // cutime cstime priority nice num_threads itrealvalue starttime vsize rss
    long long f[22] = {};
    char state = 0;
    const int got = std::sscanf(p + 1,
            " %c %lld %lld %lld %lld %lld %lld %lld %lld %lld %lld %lld %lld %lld %lld %lld %lld"
            " %lld %lld %lld %lld %lld",
            &state, &f[0], &f[1], &f[2], &f[3], &f[4], &f[5], &f[6], &f[7], &f[8], &f[9], &f[10],
            &f[11], &f[12], &f[13], &f[14], &f[15], &f[16], &f[17], &f[18], &f[19], &f[20]);
    if (got < 4)
        return false;
    out->state = state;
    out->ppid = f[0];
    out->session = f[2];
    out->rssPages = got >= 22 ? f[20] : 0;
    return true;
}

// The children of every thread of `pid` (a child belongs to the thread that forked it).
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    char dirPath[64];
    std::snprintf(dirPath, sizeof dirPath, "/proc/%lld/task", static_cast<long long>(pid));
    DIR *dir = ::opendir(dirPath);
    if (!dir)
        return out;
    while (const dirent *e = ::readdir(dir)) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9')
            continue;
        char path[384];
        std::snprintf(path, sizeof path, "%s/%s/children", dirPath, e->d_name);
        FILE *f = std::fopen(path, "re");
        if (!f)
            continue;
        long long child = 0;
        while (std::fscanf(f, "%lld", &child) == 1)
            out << child;
        std::fclose(f);
    }
    ::closedir(dir);
    return out;
}

// Everything under root, breadth first, root excluded; bounded, so a fork bomb cannot make
// the walk itself endless.
QList<qint64> descendants(qint64 root)
{
    QList<qint64> out;
    QSet<qint64> seen{root};
    QList<qint64> queue{root};
    while (!queue.isEmpty() && out.size() < 100000) {
        const qint64 pid = queue.takeFirst();
        for (qint64 child : childrenOf(pid)) {
            if (seen.contains(child))
                continue;
            seen.insert(child);
            out << child;
            queue << child;
        }
    }
    return out;
}

// Proportional set size: pages shared with other processes (after a fork, until written)
// count once in all, not once per process. -1 where the kernel does not say (before 4.14).
qint64 pssBytes(qint64 pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%lld/smaps_rollup", static_cast<long long>(pid));
    FILE *f = std::fopen(path, "re");
    if (!f)
        return -1;
    char line[256];
    qint64 kb = -1;
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, "Pss:", 4) == 0) {
            kb = std::strtoll(line + 4, nullptr, 10);
            break;
        }
    }
    std::fclose(f);
    return kb < 0 ? -1 : kb * 1024;
}

void sleepMs(int ms)
{
    timespec ts{0, long(ms) * 1000000};
    ::nanosleep(&ts, nullptr);
}

} // namespace

bool becomeSubreaper()
{
    static const bool done = ::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0;
    return done;
}

void addRunRoot(qint64 pid)
{
    QMutexLocker lock(&rootsMutex());
    roots().insert(pid);
}

void removeRunRoot(qint64 pid)
{
    QMutexLocker lock(&rootsMutex());
    roots().remove(pid);
}

TreeUsage usage(qint64 root, qint64 exactAbove)
{
    static const long pageSize = ::sysconf(_SC_PAGESIZE);
    TreeUsage u;
    QList<qint64> all = descendants(root);
    all.prepend(root);
    QList<qint64> alive;
    for (qint64 pid : all) {
        Stat s;
        if (!readStat(pid, &s) || s.state == 'Z' || s.state == 'X')
            continue;
        ++u.processes;
        alive << pid;
        u.residentBytes += s.rssPages * pageSize;
    }
    // RSS (from counters, no lock taken in the program) is never below PSS; only a sum that
    // looks too large is worth smaps_rollup, which walks the program's page tables under its
    // mmap lock and so could delay the program's own thread starts and allocations.
    if (exactAbove > 0 && u.residentBytes > exactAbove) {
        qint64 exact = 0;
        for (qint64 pid : alive) {
            const qint64 pss = pssBytes(pid);
            Stat s;
            exact += pss >= 0 ? pss : (readStat(pid, &s) ? s.rssPages * pageSize : 0);
        }
        u.residentBytes = exact;
    }
    return u;
}

void killDescendants(qint64 root)
{
    for (int pass = 0; pass < 20; ++pass) {
        const QList<qint64> all = descendants(root);
        int alive = 0;
        for (qint64 pid : all) {
            Stat s;
            if (readStat(pid, &s) && s.state != 'Z' && s.state != 'X') {
                ::kill(pid_t(pid), SIGKILL);
                ++alive;
            }
        }
        if (alive == 0)
            return;
        sleepMs(2);
    }
}

int reapLeftovers(int waitMs)
{
    if (!becomeSubreaper())
        return 0; // they went to init: nothing here can find them
    const qint64 self = ::getpid();
    const qint64 ownSession = ::getsid(0);
    QSet<qint64> ended;
    QSet<qint64> waiting; // killed, not yet reaped
    int waitedMs = 0;
    for (;;) {
        QSet<qint64> running;
        {
            QMutexLocker lock(&rootsMutex());
            running = roots();
        }
        // A leftover that dies makes its own children ours: look again until none is left.
        bool found = false;
        for (qint64 pid : childrenOf(self)) {
            Stat s;
            if (running.contains(pid) || !readStat(pid, &s) || s.ppid != self
                || s.session == ownSession)
                continue;
            found = true;
            if (s.state != 'Z')
                ::kill(pid_t(pid), SIGKILL);
            ended.insert(pid);
            waiting.insert(pid);
        }
        for (auto it = waiting.begin(); it != waiting.end();) {
            const pid_t r = ::waitpid(pid_t(*it), nullptr, WNOHANG);
            if (r == pid_t(*it) || (r < 0 && errno == ECHILD))
                it = waiting.erase(it);
            else
                ++it;
        }
        if (!found && waiting.isEmpty())
            break;
        if (waitedMs >= waitMs)
            break; // a process stuck in the kernel (D state): do not hang the host on it
        sleepMs(2);
        waitedMs += 2;
    }
    return int(ended.size());
}

} // namespace Core::ProcessReaper
