#include "programdocument.h"

#include "codeeditor.h"

namespace Ui
{

ProgramDocument::ProgramDocument(QWidget *editorParent)
    : QObject(editorParent)
    , m_editor(new CodeEditor(editorParent))
{
}

QString ProgramDocument::text() const
{
    return m_editor->text();
}

void ProgramDocument::setProgram(const QString &text, const QString &fileName)
{
    m_editor->setText(text);
    m_editor->clearRunMarkers();
    m_fileName = fileName;
    Q_EMIT replaced();
}

} // namespace Ui
