#pragma once
#include <QObject>

class QAction;
class QWidget;

namespace Ui {

//! The actions that start, step and stop runs and open or save their recordings, with their
//! keys and tooltips. RunController triggers and enables them; the window puts them in its
//! menus and toolbar.
class RunActions : public QObject
{
    Q_OBJECT
public:
    //! `owner` holds the actions (its shortcuts are window-wide) and gives the icons' style.
    explicit RunActions(QWidget *owner);

    //! Whether a run can start, one is running, it is paused, and Run to cursor has a target.
    void update(bool canStart, bool running, bool paused, bool cursorAhead, bool haveModel,
                bool haveRecording);

    QAction *run = nullptr; // F5 (Continue takes F5 while paused)
    QAction *stop = nullptr; // Shift+F5
    QAction *stepMode = nullptr; // checkable, remembered
    QAction *step = nullptr; // F10
    QAction *stepSwitch = nullptr; // Shift+F10
    QAction *continueRun = nullptr;
    QAction *runToCursor = nullptr; // Ctrl+F10
    QAction *virtualClock = nullptr; // checkable, remembered
    QAction *exportTrace = nullptr; // Ctrl+E
    QAction *saveRecording = nullptr;
    QAction *openRecording = nullptr;
};

} // namespace Ui
