#pragma once
// Window tests write settings, progress and exercise drafts: send them to a test folder,
// never the learner's own, and start each run as a fresh learner.
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QString>

inline void isolateSettings(const QString &configDir, const QString &testName)
{
    qputenv("XDG_CONFIG_HOME", configDir.toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LoopscopeTest"));
    QCoreApplication::setApplicationName(testName);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}
