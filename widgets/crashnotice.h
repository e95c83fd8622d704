#pragma once
#include <QFrame>

class QLabel;
class QPushButton;

namespace Ui {

//! A card above the timeline after the last session ended without closing (a crash, a kill):
//! says that the lesson and the drafts are back, and opens the folder holding the last run's
//! recording for a bug report. Non-modal; OK puts it away.
class CrashNotice : public QFrame
{
    Q_OBJECT
public:
    //! `recordingFolder`: where the last runs' recordings are kept (SessionGuard); `hasRecording`:
    //! whether the session that died had recorded a run.
    CrashNotice(const QString &recordingFolder, bool hasRecording, QWidget *parent = nullptr);

    QLabel *textLabel() const { return m_text; }
    QPushButton *folderButton() const { return m_folder; }
    QPushButton *dismissButton() const { return m_dismiss; }

private:
    QLabel *m_text;
    QPushButton *m_folder, *m_dismiss;
};

} // namespace Ui
