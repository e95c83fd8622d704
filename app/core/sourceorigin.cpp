#include "sourceorigin.h"

#include <QRegularExpression>
#include <QStringList>

namespace Core {

namespace {

// The first component after `dir/`, without ".py" or a version / egg suffix: the package.
QString packageName(const QStringList &parts, qsizetype index)
{
    if (index + 1 >= parts.size())
        return {};
    QString name = parts[index + 1];
    if (index + 2 == parts.size() && name.endsWith(QLatin1String(".py")))
        name.chop(3); // a single-module library: six.py
    const qsizetype dash = name.indexOf(QLatin1Char('-'));
    if (dash > 0 && name.endsWith(QLatin1String(".egg")))
        name.truncate(dash); // foo-1.0-py3.11.egg/foo/x.py
    return name;
}

bool isPythonLibDir(const QString &part)
{
    // "python3.11", "python3.13t" (free-threaded), "Lib" on Windows is handled by the caller.
    static const QRegularExpression re(QStringLiteral("^python3\\.\\d+t?$"));
    return re.match(part).hasMatch();
}

} // namespace

SourceOrigin classifySource(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (path.startsWith(QLatin1Char('<'))) {
        // "<frozen runpy>", "<frozen importlib._bootstrap>": the stdlib, compiled in.
        static const QRegularExpression frozen(QStringLiteral("^<frozen ([\\w.]+)>$"));
        const auto m = frozen.match(path);
        if (m.hasMatch())
            return { SourceKind::Stdlib, m.captured(1).section(QLatin1Char('.'), 0, 0) };
        return {};
    }
    QString normal = path;
    normal.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QStringList parts = normal.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    // The innermost site-packages wins: a venv inside a Python installation.
    for (qsizetype i = parts.size() - 2; i >= 0; --i) {
        const QString &p = parts[i];
        if (p == QLatin1String("site-packages") || p == QLatin1String("dist-packages"))
            return { SourceKind::Library, packageName(parts, i) };
        if (p == QLatin1String("loopscope_tracer")) // unpacked wherever the app keeps it
            return { SourceKind::Library, p };
    }
    for (qsizetype i = parts.size() - 2; i >= 1; --i) {
        const bool unixLib = isPythonLibDir(parts[i])
                             && (parts[i - 1] == QLatin1String("lib")
                                 || parts[i - 1] == QLatin1String("lib64"));
        const bool windowsLib = parts[i] == QLatin1String("Lib") && i >= 1
                                && parts[i - 1].startsWith(QLatin1String("Python"),
                                                           Qt::CaseInsensitive);
        if (unixLib || windowsLib) {
            QString name = packageName(parts, i);
            if (name == QLatin1String("lib-dynload"))
                name = parts.last().section(QLatin1Char('.'), 0, 0); // _asyncio.cpython-311-...so
            return { SourceKind::Stdlib, name };
        }
    }
    return { SourceKind::Program, {} };
}

} // namespace Core
