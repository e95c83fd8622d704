#pragma once
#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace Ui {

class MainWindow;

//! Edit ▸ Preferences… (Ctrl+,): the choices a teacher sets once for a classroom, in one
//! place, each applied to the window at once and kept in the standard settings file
//! (QSettings: ~/.config/Loopscope/Loopscope.conf on Linux): the theme, the text size (and
//! the one for presenting), the clock and the block threshold of your own programs, the
//! interpreter, and the extra lessons folder. The same settings as the menus change (View ▸
//! Theme, View ▸ Zoom, Run ▸ Interpreter, File ▸ Open Lessons Folder…), so both always agree.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(MainWindow *window);

    //! Where the settings are stored, shown at the dialog's foot.
    static QString settingsFile();

private:
    void addInterpreterRow(QFormLayout *form);
    void addLessonsFolderRow(QFormLayout *form);
    //! The interpreter list: Automatic, the ones found, the chosen one if not among them.
    void fillInterpreters();
    void showLessonsFolder();

    MainWindow *m_window;
    QComboBox *m_theme, *m_clock, *m_python;
    QSpinBox *m_zoom, *m_presentationZoom, *m_threshold;
    QLabel *m_folder;
    QPushButton *m_closeFolder;
};

} // namespace Ui
