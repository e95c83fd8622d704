#pragma once
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace Ui
{

class PlaybackController;

//! The controls of a PlaybackController: Play / Pause (F8), one event back (F7) or forward
//! (F9), to the start (Ctrl+F7) or the end (Ctrl+F9), a speed (events per second, or the run's
//! clock scaled), and where playback is ("event 12 of 70"). The actions are the window's (its
//! menu lists them with their keys); the bar shows them as buttons above the loop machine.
class PlaybackBar : public QWidget
{
    Q_OBJECT
public:
    //! `window` holds the actions, so their keys work anywhere in it.
    PlaybackBar(PlaybackController *controller, QWidget *window, QWidget *parent = nullptr);

    QAction *playAction() const { return m_play; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *startAction() const { return m_start; }
    QAction *endAction() const { return m_end; }
    //! In menu order.
    QList<QAction *> menuActions() const;
    QComboBox *speedBox() const { return m_speed; }
    //! "event 12 of 70", or why there is nothing to play.
    QString positionText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateState();
    void updateIcons();

    PlaybackController *m_controller;
    QAction *m_play, *m_back, *m_forward, *m_start, *m_end;
    QComboBox *m_speed;
    QLabel *m_position;
};

} // namespace Ui
