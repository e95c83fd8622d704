#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace Ui
{

//! Knows whether the last window session ended cleanly. Starting, it takes a lock file with
//! its process id (running.lock in the app's data folder); a clean end removes it. A lock
//! left behind by a process that is gone (a crash, a kill, a power cut) means the last session
//! did not end cleanly; a lock held by a live process is another window, which then neither
//! reports nor keeps anything (the first one does).
//! The primary window records each run into lastRunRecording(), so the run that was going on
//! when the app died is there for a bug report; after an unclean end the previous session's
//! last run is moved to crashedRunRecording() before the new session's first run replaces it.
class SessionGuard
{
public:
    //! `folder` empty: QStandardPaths::AppLocalDataLocation.
    explicit SessionGuard(QString folder = {});
    ~SessionGuard(); //!< a clean end

    //! This process holds the lock (no other window of this user is running).
    bool isPrimary() const { return m_primary; }
    //! The last session died without removing its lock.
    bool previousEndedUncleanly() const { return m_unclean; }

    QString folder() const { return m_folder; }
    //! <folder>/last-run: the recordings kept for a bug report.
    QString lastRunFolder() const;
    //! Where this session records its runs; empty unless primary.
    QString lastRunRecording() const;
    //! The last run of the session that died, if it had one.
    QString crashedRunRecording() const;

private:
    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    bool m_primary = false;
    bool m_unclean = false;
};

} // namespace Ui
