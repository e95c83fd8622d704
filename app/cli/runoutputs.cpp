#include "runoutputs.h"

#include "chromeexporter.h"
#include "tracemodel.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace Cli {
namespace {

// QSaveFile: a reader (an exercise check) never sees half a summary.
bool writeFile(const QString &path, const std::function<bool(QIODevice &)> &write,
               QString *error)
{
    if (path == QLatin1String("-")) {
        QFile out;
        std::fflush(stdout);
        if (!out.open(stdout, QIODevice::WriteOnly) || !write(out)) {
            *error = QStringLiteral("cannot write to stdout");
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !write(file) || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool writeRunOutputs(const Core::TraceModel &model, const Core::RunContext &context,
                     const QString &summaryPath, const QString &chromePath, QString *error)
{
    if (!summaryPath.isEmpty()) {
        const QByteArray json
                = QJsonDocument(Core::buildRunSummary(model, context)).toJson(QJsonDocument::Indented);
        if (!writeFile(summaryPath, [&](QIODevice &d) { return d.write(json) == json.size(); },
                       error))
            return false;
    }
    if (!chromePath.isEmpty()) {
        if (!writeFile(chromePath, [&](QIODevice &d) { return Core::writeChromeTrace(model, d); },
                       error))
            return false;
    }
    return true;
}

} // namespace Cli
