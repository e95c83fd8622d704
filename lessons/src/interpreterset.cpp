#include "interpreterset.h"

#include "versioncondition.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Lessons {

QStringList InterpreterSet::candidatePaths()
{
    QStringList out = Core::InterpreterFinder::candidates({});
    auto add = [&out](const QString &path) {
        if (QFileInfo(path).isExecutable() && !out.contains(path))
            out << path;
    };
    for (const QString &dir : {QStringLiteral("/usr/local/bin"), QStringLiteral("/usr/bin")})
        for (int minor = 19; minor >= Core::InterpreterFinder::minimumMinor; --minor)
            add(QStringLiteral("%1/python3.%2").arg(dir).arg(minor));
    QString pyenv = qEnvironmentVariable("PYENV_ROOT");
    if (pyenv.isEmpty())
        pyenv = QDir::homePath() + QStringLiteral("/.pyenv");
    const QDir versions(pyenv + QStringLiteral("/versions"));
    for (const QString &v : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        add(versions.filePath(v + QStringLiteral("/bin/python3")));
    return out;
}

QCoro::Task<QList<Core::PythonInterpreter>> InterpreterSet::discover(QStringList paths)
{
    QList<Core::PythonInterpreter> found;
    QStringList seen;
    for (const QString &path : std::as_const(paths)) {
        // A named query: GCC 12 destroys a temporary of a co_await expression twice.
        const Core::InterpreterQuery query{path, {}};
        const Core::InterpreterResult r = co_await Core::InterpreterFinder::find(query);
        if (!r.interpreter)
            continue;
        // A shim, a symlink and the real file are one interpreter: the one it reports.
        const QFileInfo reported(r.interpreter->executable);
        const QString key = reported.canonicalFilePath().isEmpty() ? r.interpreter->executable
                                                                   : reported.canonicalFilePath();
        if (seen.contains(key))
            continue;
        seen << key;
        found << *r.interpreter;
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return compareVersions(a.version, b.version) < 0;
    });
    co_return found;
}

QCoro::Task<QStringList> InterpreterSet::missingModules(QString python, QStringList modules)
{
    if (modules.isEmpty())
        co_return QStringList{};
    const Core::InterpreterQuery query{python, modules};
    const Core::InterpreterResult r = co_await Core::InterpreterFinder::find(query);
    if (r.interpreter)
        co_return QStringList{};
    co_return r.missingModules.isEmpty() ? modules : r.missingModules;
}

} // namespace Lessons
