#pragma once
#include <QObject>
#include <QString>

class QWidget;

namespace Ui
{

class CodeEditor;

//! The program in the Program editor and the name it runs under: what F5 runs is exactly its
//! text, written to a file of that name.
class ProgramDocument : public QObject
{
    Q_OBJECT
public:
    //! Creates the editor as a child of `editorParent`.
    explicit ProgramDocument(QWidget *editorParent);

    CodeEditor *editor() const { return m_editor; }
    QString text() const;
    //! The file name the program runs as ("main.py" for the welcome program).
    QString fileName() const { return m_fileName; }
    //! Replaces the program (clearing the last run's marks).
    void setProgram(const QString &text, const QString &fileName = QStringLiteral("main.py"));

Q_SIGNALS:
    //! setProgram() put another program in the editor.
    void replaced();

private:
    CodeEditor *m_editor;
    QString m_fileName = QStringLiteral("main.py");
};

} // namespace Ui
