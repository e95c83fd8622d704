#include "sessionguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Ui
{

SessionGuard::SessionGuard(QString folder) : m_folder(std::move(folder))
{
    if (m_folder.isEmpty())
        m_folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (!QDir().mkpath(lastRunFolder()))
        return;
    const QString path = m_folder + QStringLiteral("/running.lock");
    const bool leftBehind = QFileInfo::exists(path);
    m_lock = std::make_unique<QLockFile>(path);
    // Never stale by age: a window may stay open for days. A lock is stale only when the
    // process it names is gone (or is another program now), which QLockFile checks.
    m_lock->setStaleLockTime(0);
    m_primary = m_lock->tryLock(0);
    m_unclean = m_primary && leftBehind;
    if (m_unclean && QFileInfo::exists(lastRunRecording())) {
        QFile::remove(crashedRunRecording());
        QFile::rename(lastRunRecording(), crashedRunRecording());
    }
}

SessionGuard::~SessionGuard()
{
    if (m_primary)
        m_lock->unlock();
}

QString SessionGuard::lastRunFolder() const
{
    return m_folder + QStringLiteral("/last-run");
}

QString SessionGuard::lastRunRecording() const
{
    return m_primary ? lastRunFolder() + QStringLiteral("/last-run.lstrace") : QString();
}

QString SessionGuard::crashedRunRecording() const
{
    return lastRunFolder() + QStringLiteral("/crashed-session.lstrace");
}

} // namespace Ui
