#pragma once
#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace Ui {

class ProgramDocument;

//! File ▸ New, Open…, Open Recent, Save, Save As… and Revert for the program in the editor: the
//! learner's own .py files, by their own names. Before a program that would be lost (an edited
//! new program, an unsaved file) makes way for another, asks whether to save it.
class FileActions : public QObject
{
    Q_OBJECT
public:
    //! `window` holds the actions (window-wide keys) and parents the dialogs.
    FileActions(ProgramDocument *document, QWidget *window);

    //! Opens the learner's file and remembers it under Open Recent.
    bool openFile(const QString &path);
    //! Saves to the file behind the program, or asks where (Save As) when there is none.
    bool save();
    bool saveAs(const QString &path);
    //! File ▸ New: a small asyncio program named untitled.py.
    void newFile();
    QStringList recentFiles() const;
    static constexpr int maxRecentFiles = 8;
    //! The program New starts from.
    static QString newProgram();
    //! The replace guard: Save, Discard or Cancel for text that would be lost; false: cancel.
    bool askToKeep();

    QAction *newAction = nullptr;
    QAction *openAction = nullptr;
    QAction *saveAction = nullptr;
    QAction *saveAsAction = nullptr;
    QAction *revertAction = nullptr;
    QMenu *recentMenu = nullptr;

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    void remember(const QString &path);
    void rebuildRecentMenu();
    void describeRevert();

    ProgramDocument *m_document;
    QWidget *m_window;
};

} // namespace Ui
