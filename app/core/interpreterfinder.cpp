#include "interpreterfinder.h"

#include <QCoro/QCoroSignal>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTimer>

namespace Core {
namespace {

constexpr int probeTimeoutMs = 15000;

// find_spec rather than import: importing fastapi or sqlalchemy costs a second, and the probe
// runs before every discovery. '' (the cwd) is dropped so a local aiohttp.py does not count.
const char probeScript[] = R"PY(
import sys, json, importlib.util
if sys.path and sys.path[0] in ('', '.'):
    sys.path.pop(0)
mods = {}
for m in sys.argv[1:]:
    try:
        mods[m] = importlib.util.find_spec(m) is not None
    except Exception:
        mods[m] = False
print(json.dumps({"version": "%d.%d.%d" % sys.version_info[:3],
                  "major": sys.version_info[0], "minor": sys.version_info[1],
                  "executable": sys.executable, "modules": mods}))
)PY";

struct ProbeInfo {
    PythonInterpreter interpreter;
    QHash<QString, bool> modules;
};

struct CacheEntry {
    qint64 mtime = 0;
    ProbeInfo info;
};

QMutex cacheMutex;
QHash<QString, CacheEntry> probeCache; // key: canonical path of the candidate

QString cacheKey(const QString &executable, qint64 *mtime)
{
    const QFileInfo fi(executable);
    *mtime = fi.lastModified().toMSecsSinceEpoch();
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? fi.absoluteFilePath() : canonical;
}

// A cached probe that already knows every module asked about, if any.
std::optional<ProbeInfo> cached(const QString &executable, const QStringList &modules)
{
    qint64 mtime = 0;
    const QString key = cacheKey(executable, &mtime);
    QMutexLocker lock(&cacheMutex);
    const auto it = probeCache.constFind(key);
    if (it == probeCache.constEnd() || it->mtime != mtime)
        return std::nullopt;
    for (const QString &m : modules)
        if (!it->info.modules.contains(m))
            return std::nullopt;
    return it->info;
}

void store(const QString &executable, const ProbeInfo &info)
{
    qint64 mtime = 0;
    const QString key = cacheKey(executable, &mtime);
    QMutexLocker lock(&cacheMutex);
    CacheEntry &entry = probeCache[key];
    if (entry.mtime != mtime || entry.info.interpreter.executable != info.interpreter.executable)
        entry = CacheEntry{mtime, {}};
    entry.info.interpreter = info.interpreter;
    for (auto it = info.modules.constBegin(); it != info.modules.constEnd(); ++it)
        entry.info.modules.insert(it.key(), it.value());
}

QStringList probeArguments(const QStringList &modules)
{
    return QStringList{QStringLiteral("-c"), QString::fromLatin1(probeScript)} + modules;
}

std::optional<ProbeInfo> parseProbe(const QByteArray &out)
{
    // The last line: sitecustomize or a noisy shim may print before the script.
    const QList<QByteArray> lines = out.trimmed().split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(lines.last()).object();
    if (o.isEmpty())
        return std::nullopt;
    ProbeInfo info;
    info.interpreter.executable = o.value(QLatin1String("executable")).toString();
    info.interpreter.version = o.value(QLatin1String("version")).toString();
    info.interpreter.major = o.value(QLatin1String("major")).toInt();
    info.interpreter.minor = o.value(QLatin1String("minor")).toInt();
    const QJsonObject mods = o.value(QLatin1String("modules")).toObject();
    for (auto it = mods.constBegin(); it != mods.constEnd(); ++it)
        info.modules.insert(it.key(), it.value().toBool());
    if (info.interpreter.executable.isEmpty() || info.interpreter.major == 0)
        return std::nullopt;
    return info;
}

void prepare(QProcess &process)
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
}

QCoro::Task<std::optional<ProbeInfo>> probeAsync(QString executable, QStringList modules)
{
    if (auto hit = cached(executable, modules))
        co_return hit;
    QProcess process;
    prepare(process);
    process.start(executable, probeArguments(modules));
    // Awaits state changes with our own deadline rather than QCoro 0.8's timed
    // waitForFinished, whose timeout path is not safe. A probe that fails to start goes to
    // NotRunning without ever emitting finished(); one that hangs is killed.
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &process, [&process] { process.kill(); });
    deadline.start(probeTimeoutMs);
    while (process.state() != QProcess::NotRunning)
        co_await qCoro(&process, &QProcess::stateChanged);
    if (!deadline.isActive() || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0 || process.error() == QProcess::FailedToStart)
        co_return std::nullopt;
    auto info = parseProbe(process.readAllStandardOutput());
    if (info)
        store(executable, *info);
    co_return info;
}

std::optional<ProbeInfo> probeBlocking(const QString &executable, const QStringList &modules)
{
    if (auto hit = cached(executable, modules))
        return hit;
    QProcess process;
    prepare(process);
    process.start(executable, probeArguments(modules));
    if (!process.waitForFinished(probeTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(1000);
        return std::nullopt;
    }
    auto info = parseProbe(process.readAllStandardOutput());
    if (info)
        store(executable, *info);
    return info;
}

// Accumulates the probes of the candidates and turns them into a result.
class Selection
{
public:
    explicit Selection(const InterpreterQuery &query) : m_query(query) {}

    // True when this candidate is the answer.
    bool consider(const QString &candidate, const std::optional<ProbeInfo> &info)
    {
        if (!info) {
            m_notes << QStringLiteral("%1 (does not run)").arg(candidate);
            return false;
        }
        const PythonInterpreter &py = info->interpreter;
        if (py.major != 3 || py.minor < InterpreterFinder::minimumMinor) {
            m_notes << QStringLiteral("%1 (Python %2, too old)").arg(candidate, py.version);
            return false;
        }
        QStringList missing;
        for (const QString &m : m_query.requiredModules)
            if (!info->modules.value(m, false))
                missing << m;
        if (missing.isEmpty()) {
            m_result.interpreter = py;
            return true;
        }
        m_notes << QStringLiteral("%1 (Python %2, lacks %3)")
                           .arg(candidate, py.version, missing.join(QLatin1String(", ")));
        // Prefer /usr/bin/python3's list: the Debian packages we name install into it.
        if (!m_haveUsable || missing.size() < m_result.missingModules.size()
            || candidate == QLatin1String("/usr/bin/python3")) {
            m_result.missingModules = missing;
            m_haveUsable = true;
        }
        return false;
    }

    InterpreterResult result(bool triedAny)
    {
        if (m_result.interpreter)
            return m_result;
        if (!m_haveUsable) {
            m_result.error = QStringLiteral("no usable Python %1 found%2; install python3 "
                                            "(Debian package python3), or pass --python PATH")
                                     .arg(QStringLiteral("3.%1+").arg(InterpreterFinder::minimumMinor),
                                          triedAny ? QStringLiteral(" (tried %1)")
                                                             .arg(m_notes.join(QLatin1String(", ")))
                                                   : QString());
            return m_result;
        }
        QStringList packages;
        for (const QString &m : m_result.missingModules)
            packages << InterpreterFinder::debianPackage(m);
        packages.removeDuplicates();
        m_result.error = QStringLiteral("no Python found with the module(s) %1 (tried %2); install "
                                        "the Debian package(s): apt install %3")
                                 .arg(m_result.missingModules.join(QLatin1String(", ")),
                                      m_notes.join(QLatin1String(", ")),
                                      packages.join(QLatin1Char(' ')));
        return m_result;
    }

private:
    InterpreterQuery m_query;
    InterpreterResult m_result;
    QStringList m_notes;
    bool m_haveUsable = false;
};

} // namespace

QStringList InterpreterFinder::candidates(const QString &explicitPython)
{
    auto resolve = [](const QString &name) -> QString {
        if (name.contains(QLatin1Char('/')))
            return QFileInfo(name).isFile() ? QFileInfo(name).absoluteFilePath() : QString();
        return QStandardPaths::findExecutable(name);
    };
    if (!explicitPython.isEmpty()) {
        const QString path = resolve(explicitPython);
        return path.isEmpty() ? QStringList{} : QStringList{path};
    }
    QStringList names;
    const QString env = qEnvironmentVariable("LOOPSCOPE_PYTHON");
    if (!env.isEmpty())
        names << env;
    names << QStringLiteral("python3") << QStringLiteral("/usr/bin/python3");
    for (int minor = 19; minor >= minimumMinor; --minor)
        names << QStringLiteral("python3.%1").arg(minor);
    QStringList out;
    QStringList seen;
    for (const QString &name : names) {
        const QString path = resolve(name);
        if (path.isEmpty())
            continue;
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (out.contains(path) || seen.contains(canonical))
            continue;
        out << path;
        seen << canonical;
    }
    return out;
}

QCoro::Task<InterpreterResult> InterpreterFinder::find(InterpreterQuery query)
{
    const QStringList list = candidates(query.explicitPython);
    if (list.isEmpty() && !query.explicitPython.isEmpty()) {
        InterpreterResult r;
        r.error = QStringLiteral("Python interpreter '%1' not found").arg(query.explicitPython);
        co_return r;
    }
    Selection selection(query);
    for (const QString &candidate : list) {
        const auto info = co_await probeAsync(candidate, query.requiredModules);
        if (selection.consider(candidate, info))
            break;
    }
    co_return selection.result(!list.isEmpty());
}

InterpreterResult InterpreterFinder::findBlocking(const InterpreterQuery &query)
{
    const QStringList list = candidates(query.explicitPython);
    if (list.isEmpty() && !query.explicitPython.isEmpty()) {
        InterpreterResult r;
        r.error = QStringLiteral("Python interpreter '%1' not found").arg(query.explicitPython);
        return r;
    }
    Selection selection(query);
    for (const QString &candidate : list)
        if (selection.consider(candidate, probeBlocking(candidate, query.requiredModules)))
            break;
    return selection.result(!list.isEmpty());
}

QString InterpreterFinder::debianPackage(const QString &module)
{
    static const QHash<QString, QString> known{
        {QStringLiteral("aiohttp"), QStringLiteral("python3-aiohttp")},
        {QStringLiteral("httpx"), QStringLiteral("python3-httpx")},
        {QStringLiteral("fastapi"), QStringLiteral("python3-fastapi")},
        {QStringLiteral("uvicorn"), QStringLiteral("python3-uvicorn")},
        {QStringLiteral("aiosqlite"), QStringLiteral("python3-aiosqlite")},
        {QStringLiteral("sqlalchemy"), QStringLiteral("python3-sqlalchemy")},
        {QStringLiteral("aiofiles"), QStringLiteral("python3-aiofiles")},
        {QStringLiteral("uvloop"), QStringLiteral("python3-uvloop")},
        {QStringLiteral("websockets"), QStringLiteral("python3-websockets")},
        {QStringLiteral("jsonschema"), QStringLiteral("python3-jsonschema")},
        {QStringLiteral("anyio"), QStringLiteral("python3-anyio")},
        {QStringLiteral("trio"), QStringLiteral("python3-trio")},
        {QStringLiteral("requests"), QStringLiteral("python3-requests")},
        {QStringLiteral("pydantic"), QStringLiteral("python3-pydantic")},
        {QStringLiteral("starlette"), QStringLiteral("python3-starlette")},
        {QStringLiteral("yaml"), QStringLiteral("python3-yaml")},
        {QStringLiteral("numpy"), QStringLiteral("python3-numpy")},
        {QStringLiteral("asyncpg"), QStringLiteral("python3-asyncpg")},
        {QStringLiteral("redis"), QStringLiteral("python3-redis")},
        {QStringLiteral("pytest"), QStringLiteral("python3-pytest")},
        {QStringLiteral("test"), QStringLiteral("libpython3.11-testsuite")},
    };
    const QString top = module.section(QLatin1Char('.'), 0, 0);
    const auto it = known.constFind(top.toLower());
    if (it != known.constEnd())
        return *it;
    // Debian's convention, when we know nothing better.
    return QStringLiteral("python3-") + top.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

} // namespace Core
