#pragma once
#include <QDialog>

class QTableWidget;

namespace Ui {

//! Help ▸ Keyboard Shortcuts: every window action that has a key, read from the actions
//! themselves so the list never drifts from the menus, then the timeline's own keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace Ui
