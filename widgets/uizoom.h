#pragma once
#include <QFont>
#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace Ui {

//! Tells views that do not follow the application font by themselves (the editor keeps a
//! font of its own) that the zoom changed: UiZoom::notifier().
class UiZoomNotifier : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void factorChanged(double factor);
};

//! View ▸ Zoom In / Zoom Out / Actual Size: one scale for the whole window, for a projector or
//! tired eyes. It scales the application font, so prose, menus, dialogs and every view that
//! draws with its widget's font follow at once; the views with sizes of their own (the
//! timeline's rows and label column, the editor's and the output's monospace text, the panels'
//! usable widths) read factor() when their font changes. The application font is one per
//! process, so the factor is too (factor() is static).
//!
//! The percentage is remembered in the settings under settingsKey(): "uiZoom" normally,
//! "presentationZoom" while presenting (PresentationMode switches it), so the projector keeps
//! its own larger size.
class UiZoom : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMinPercent = 50, kMaxPercent = 300;
    static constexpr const char *kSettingsKey = "uiZoom";

    //! `owner` holds the actions (their shortcuts are window-wide). Applies the remembered
    //! percentage at once.
    explicit UiZoom(QWidget *owner);

    int percent() const { return m_percent; }
    //! Clamps, applies, remembers under settingsKey(); emits changed() when it changed.
    void setPercent(int percent);
    void zoomIn();
    void zoomOut();
    void reset() { setPercent(100); }

    QString settingsKey() const { return m_key; }
    //! Reads and applies the percentage remembered under `key` (`fallback` when none).
    void useSettingsKey(const QString &key, int fallback = 100);

    //! The process-wide factor the application font was last scaled by (1 = 100 %).
    static double factor();
    //! The desktop's monospace font at the current factor (the editor, the output).
    static QFont fixedFont();
    //! A length in pixels designed at 100 %, at the current factor.
    static int scaled(int pixels);
    //! Process-wide, like factor().
    static UiZoomNotifier *notifier();

    // Ctrl+= (also Ctrl++), Ctrl+-, Ctrl+0.
    QAction *zoomInAction = nullptr;
    QAction *zoomOutAction = nullptr;
    QAction *resetAction = nullptr;

Q_SIGNALS:
    void changed(int percent);

private:
    void apply();
    void updateActions();

    QString m_key = QString::fromLatin1(kSettingsKey);
    int m_percent = 100;
};

} // namespace Ui
