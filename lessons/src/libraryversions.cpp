#include "libraryversions.h"

#include <QCoro/QCoroSignal>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace Lessons {
namespace {

constexpr int probeTimeoutMs = 15000;

// importlib.metadata reads the installed metadata without importing the library (importing
// FastAPI takes a second). The current folder is dropped so that a local file does not count.
const char probeScript[] = R"PY(
import sys, json
if sys.path and sys.path[0] in ('', '.'):
    sys.path.pop(0)
from importlib import metadata
found = {}
for name in sys.argv[1:]:
    try:
        found[name] = metadata.version(name)
    except Exception:
        pass
print(json.dumps(found))
)PY";

struct Entry {
    qint64 mtime = 0;
    QHash<QString, QString> versions; // distribution -> version, "" when not installed
};

// Only touched from the thread running the event loop, as every caller is a coroutine on it.
QHash<QString, Entry> cache;

} // namespace

QCoro::Task<QHash<QString, QString>> LibraryVersions::query(QString python, QStringList distributions)
{
    const QFileInfo info(python);
    const QString key = info.canonicalFilePath().isEmpty() ? python : info.canonicalFilePath();
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
    Entry &entry = cache[key];
    if (entry.mtime != mtime)
        entry = Entry{mtime, {}};
    QStringList unknown;
    for (const QString &d : std::as_const(distributions))
        if (!entry.versions.contains(d))
            unknown << d;
    if (!unknown.isEmpty()) {
        QProcess process;
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(python, QStringList{QStringLiteral("-c"), QString::fromLatin1(probeScript)} + unknown);
        // Our own deadline, as in InterpreterFinder: QCoro's timed wait is not safe to use.
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &process, [&process] { process.kill(); });
        deadline.start(probeTimeoutMs);
        while (process.state() != QProcess::NotRunning)
            co_await qCoro(&process, &QProcess::stateChanged);
        const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput().trimmed()
                                                                   .split('\n').last()).object();
        // A failed probe is not cached: the next run asks again.
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
            Entry &filled = cache[key];
            for (const QString &d : std::as_const(unknown))
                filled.versions.insert(d, answer.value(d).toString());
        }
    }
    QHash<QString, QString> out;
    const Entry &known = cache[key];
    for (const QString &d : std::as_const(distributions))
        if (!known.versions.value(d).isEmpty())
            out.insert(d, known.versions.value(d));
    co_return out;
}

} // namespace Lessons
