#pragma once
// Checks a run summary against the shared contract with tests/tools/validate_summary.py.
// Needs LOOPSCOPE_TEST_DATA and LOOPSCOPE_SCHEMA, as the core tests define them.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// The validator's complaints (empty when the summary is valid).
inline QString schemaViolations(const QJsonObject &summary, int timeoutMs = 60000)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("summary.json"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(file);
    f.write(QJsonDocument(summary).toJson());
    f.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(LOOPSCOPE_TEST_DATA "/../tools/validate_summary.py"),
            QStringLiteral(LOOPSCOPE_SCHEMA), file });
    if (!python.waitForFinished(timeoutMs))
        return QStringLiteral("validator did not finish");
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return QString::fromUtf8(python.readAllStandardError())
            + QStringLiteral(" (exit %1)").arg(python.exitCode());
    return {};
}
