#pragma once
#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace Ui {

//! Which Python the window's runs, checks and comparisons use (empty: discovery), remembered
//! in the settings, with the interpreter menu (automatic, the ones found, Other…) and the
//! version of the chosen one once probed.
class InterpreterChoice : public QObject
{
    Q_OBJECT
public:
    //! `dialogParent` hosts the Other… file dialog.
    explicit InterpreterChoice(QWidget *dialogParent);

    QString python() const { return m_python; }
    //! Remembers it and probes its version (version() is empty until the probe answers).
    void setPython(const QString &python);
    QString version() const { return m_version; }
    //! Rebuilt each time it opens: interpreters come and go.
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    void pythonChanged(const QString &python);
    //! The probe answered (version() may still be empty: nothing usable found).
    void versionChanged();
    //! Something the learner should read in the status bar (the probe's error).
    void message(const QString &text);

private:
    void rebuildMenu();
    void chooseOther();
    void probe();

    QWidget *m_dialogParent;
    QMenu *m_menu;
    QString m_python;
    QString m_version;
};

} // namespace Ui
