#pragma once
#include <QByteArray>
#include <QObject>
#include <QRect>

class QAction;
class QMainWindow;

namespace Ui {

class DockLayout;
class UiZoom;

//! View ▸ Presentation Mode (F11) for a projector: the window fills the screen with the
//! lesson, the program and the timeline only, in large text (the zoom remembered for
//! presenting, 150 % at first; Ctrl+= / Ctrl+- change it and it is kept). The other panels, the
//! toolbar and the status bar go; the menu bar stays, as the way back and to every command.
//! F11 or Esc leaves and puts the window back exactly as it was: its size and place, every
//! panel where and how wide it was, and the zoom it had.
class PresentationMode : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultPercent = 150;
    static constexpr const char *kSettingsKey = "presentationZoom";

    PresentationMode(QMainWindow *window, DockLayout *docks, UiZoom *zoom);

    bool isActive() const { return m_active; }
    void setActive(bool on);
    void toggle() { setActive(!m_active); }
    //! Checkable; F11, and Esc too while presenting.
    QAction *action() const { return m_action; }

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void enter();
    void leave();
    //! The lesson's column gets the share a projector needs to read it.
    void widenLessonColumn();

    QMainWindow *m_window;
    DockLayout *m_docks;
    UiZoom *m_zoom;
    QAction *m_action;
    bool m_active = false;
    // What leave() puts back.
    QByteArray m_state;
    QRect m_geometry;
    Qt::WindowStates m_windowState;
    bool m_statusBarShown = true;
};

} // namespace Ui
