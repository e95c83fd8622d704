#include "programdocument.h"

#include "codeeditor.h"
#include "regularfile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Ui {

ProgramDocument::ProgramDocument(QWidget *editorParent, DraftStore exampleDrafts,
                                 DraftStore exerciseDrafts)
    : QObject(editorParent), m_editor(new CodeEditor(editorParent)),
      m_exampleDrafts(std::move(exampleDrafts)), m_exerciseDrafts(std::move(exerciseDrafts))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &ProgramDocument::autosave);
    connect(m_editor, &QsciScintilla::textChanged, this, &ProgramDocument::onTextChanged);
}

ProgramDocument::~ProgramDocument()
{
    // The learner's last keystrokes before the window goes (the debounce may not have fired).
    if (m_editor)
        saveDraft();
}

CodeEditor *ProgramDocument::editor() const
{
    return m_editor;
}

QString ProgramDocument::text() const
{
    return m_editor->text();
}

QString ProgramDocument::title() const
{
    return m_modified ? m_fileName + QStringLiteral(" •") : m_fileName;
}

const DraftStore &ProgramDocument::drafts() const
{
    return m_kind == Kind::Exercise ? m_exerciseDrafts : m_exampleDrafts;
}

QString ProgramDocument::draftId() const
{
    return m_kind == Kind::Exercise ? m_exerciseId : m_lessonId + QLatin1Char('/') + m_exampleId;
}

QString ProgramDocument::draftPath() const
{
    return hasDraft() ? drafts().path(draftId()) : QString();
}

void ProgramDocument::load(Kind kind, const QString &text, const QString &original,
                           const QString &fileName)
{
    m_kind = kind;
    m_fileName = fileName;
    m_original = original;
    m_loading = true;
    m_editor->setText(text);
    // Where the learner starts: nothing to undo before it (an undo must not bring back the
    // previous program).
    m_editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
    m_editor->setCursorPosition(0, 0);
    m_editor->SendScintilla(QsciScintillaBase::SCI_SETFIRSTVISIBLELINE, 0L);
    m_editor->clearRunMarkers();
    m_loading = false;
    m_dirty = false;
    const bool modified = text != original;
    const bool changed = modified != m_modified;
    m_modified = modified;
    Q_EMIT replaced();
    if (changed)
        Q_EMIT modifiedChanged(m_modified);
}

bool ProgramDocument::hasUnsavedText() const
{
    return m_modified && (m_kind == Kind::Scratch || m_kind == Kind::File);
}

bool ProgramDocument::setScratch(const QString &text, const QString &fileName)
{
    if (!mayReplace())
        return false;
    saveDraft();
    m_filePath.clear();
    m_lessonId.clear();
    m_exampleId.clear();
    m_exerciseId.clear();
    load(Kind::Scratch, text, text, fileName);
    return true;
}

bool ProgramDocument::openExample(const QString &lessonId, const QString &exampleId,
                                  const QString &fileName, const QString &lessonText)
{
    if (m_kind == Kind::Example && m_lessonId == lessonId && m_exampleId == exampleId)
        return true;
    if (!mayReplace())
        return false;
    saveDraft();
    m_filePath.clear();
    m_exerciseId.clear();
    m_lessonId = lessonId;
    m_exampleId = exampleId;
    m_kind = Kind::Example; // for draftId()
    load(Kind::Example, m_exampleDrafts.load(draftId()).value_or(lessonText), lessonText, fileName);
    return true;
}

bool ProgramDocument::openExercise(const QString &exerciseId, const QString &fileName,
                                   const QString &starterText)
{
    if (m_kind == Kind::Exercise && m_exerciseId == exerciseId)
        return true;
    if (!mayReplace())
        return false;
    saveDraft();
    m_filePath.clear();
    m_lessonId.clear();
    m_exampleId.clear();
    m_exerciseId = exerciseId;
    load(Kind::Exercise, m_exerciseDrafts.load(exerciseId).value_or(starterText), starterText,
         fileName);
    return true;
}

bool ProgramDocument::openFile(const QString &path, QString *error)
{
    // A source file only: a FIFO or a device picked in the dialog must not freeze the window.
    QString problem;
    const std::optional<QByteArray> bytes
            = Core::RegularFile::read(path, Core::RegularFile::kMaxTextFile, &problem);
    if (!bytes) {
        if (error)
            *error = QStringLiteral("it %1").arg(problem);
        return false;
    }
    const QString text = QString::fromUtf8(*bytes);
    if (!mayReplace()) {
        if (error)
            error->clear(); // kept by choice: nothing to report
        return false;
    }
    saveDraft();
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_lessonId.clear();
    m_exampleId.clear();
    m_exerciseId.clear();
    load(Kind::File, text, text, QFileInfo(path).fileName());
    return true;
}

bool ProgramDocument::saveToFile(const QString &path, QString *error)
{
    QSaveFile file(path);
    const QString text = m_editor->text();
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    saveDraft(); // an example saved as the learner's file keeps its draft too
    m_kind = Kind::File;
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_fileName = QFileInfo(path).fileName();
    m_lessonId.clear();
    m_exampleId.clear();
    m_exerciseId.clear();
    m_original = text;
    const bool changed = m_modified;
    m_modified = false;
    Q_EMIT replaced();
    if (changed)
        Q_EMIT modifiedChanged(false);
    return true;
}

void ProgramDocument::revert()
{
    if (m_editor->text() == m_original)
        return;
    // One undoable replacement, so Ctrl+Z in the editor brings the learner's code back.
    m_editor->beginUndoAction();
    m_editor->selectAll();
    m_editor->replaceSelectedText(m_original);
    m_editor->endUndoAction();
    m_editor->setCursorPosition(0, 0);
    m_editor->clearRunMarkers();
}

void ProgramDocument::onTextChanged()
{
    if (m_loading)
        return;
    const bool modified = m_editor->text() != m_original;
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
    if (hasDraft()) {
        m_dirty = true;
        // Not restarted by each key: a learner typing without a pause still has a draft at
        // most autosaveDelayMs old when the app dies.
        if (!m_autosave.isActive())
            m_autosave.start();
    }
    Q_EMIT edited();
}

void ProgramDocument::autosave()
{
    QString error;
    if (!saveDraft(&error))
        Q_EMIT draftFailed(error);
}

bool ProgramDocument::saveDraft(QString *error)
{
    m_autosave.stop();
    if (!hasDraft())
        return true;
    const bool force = m_kind == Kind::Exercise && !QFile::exists(draftPath());
    if (!m_dirty && !force)
        return true;
    // An example back to the lesson's version has no draft: the lesson's own file is it.
    if (m_kind == Kind::Example && !m_modified) {
        m_exampleDrafts.remove(draftId());
        m_dirty = false;
        return true;
    }
    if (!drafts().save(draftId(), m_editor->text(), error))
        return false;
    m_dirty = false;
    return true;
}

} // namespace Ui
