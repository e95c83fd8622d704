#pragma once
#include "draftstore.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <functional>

class QWidget;

namespace Ui {

class CodeEditor;

//! The one program in the editor, what F5 runs or checks: a scratch program (the welcome, a
//! new file), one of the learner's own files, a lesson example, or an exercise's code. Edits to
//! an example or an exercise are kept as drafts (per example, per exercise; saved atomically a
//! moment after each edit) and come back when the learner returns; revert() goes back to the
//! course's version in one undoable step. title() names the file and marks it modified.
class ProgramDocument : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Scratch, File, Example, Exercise };

    //! Creates the editor as a child of `editorParent`.
    explicit ProgramDocument(QWidget *editorParent,
                             DraftStore exampleDrafts = DraftStore::examples(),
                             DraftStore exerciseDrafts = DraftStore::exercises());
    ~ProgramDocument() override;

    CodeEditor *editor() const;
    QString text() const;
    Kind kind() const { return m_kind; }
    //! The name it runs as: the example's or exercise's file, the learner's file's name.
    QString fileName() const { return m_fileName; }
    //! The learner's file on disk (Kind::File).
    QString filePath() const { return m_filePath; }
    QString lessonId() const { return m_lessonId; }
    QString exampleId() const { return m_exampleId; }
    QString exerciseId() const { return m_exerciseId; }
    //! Differs from the course's version (example, exercise starter) or the saved file.
    bool isModified() const { return m_modified; }
    //! "sleep_blocks.py", with " •" when modified.
    QString title() const;

    //! Asked before another program replaces one that would be lost (an edited scratch
    //! program or an unsaved file of the learner's): false keeps it (the open*() return false).
    void setReplaceGuard(std::function<bool()> guard) { m_guard = std::move(guard); }
    //! Whether replacing now would lose the learner's text (drafts are kept, files are not).
    bool hasUnsavedText() const;

    //! A program with no file behind it (not modified until edited).
    bool setScratch(const QString &text, const QString &fileName = QStringLiteral("main.py"));
    //! The example's draft if the learner edited it, else `lessonText`; the same example again
    //! changes nothing.
    bool openExample(const QString &lessonId, const QString &exampleId, const QString &fileName,
                     const QString &lessonText);
    //! The exercise's draft, else its starter.
    bool openExercise(const QString &exerciseId, const QString &fileName,
                      const QString &starterText);
    //! The learner's own file; false with *error set when it cannot be read.
    bool openFile(const QString &path, QString *error = nullptr);
    //! Writes the text to `path` (atomically); from then on it is that file.
    bool saveToFile(const QString &path, QString *error = nullptr);

    //! Back to the course's version (or the saved file) as one undoable edit.
    void revert();
    QString originalText() const { return m_original; }
    //! Writes the example's or exercise's draft now (an exercise's even when unchanged: the
    //! checker reads that file). True for the other kinds.
    bool saveDraft(QString *error = nullptr);
    //! Where the exercise's draft is (what a check runs).
    QString draftPath() const;

    static constexpr int autosaveDelayMs = 400;

Q_SIGNALS:
    //! Another program is in the editor (kind, name or origin changed).
    void replaced();
    //! The learner changed the text (typing, revert); loading a program is no edit.
    void edited();
    void modifiedChanged(bool modified);
    //! A draft could not be written; the text is still in the editor.
    void draftFailed(const QString &error);

private:
    bool mayReplace() const { return !hasUnsavedText() || !m_guard || m_guard(); }
    void load(Kind kind, const QString &text, const QString &original, const QString &fileName);
    void onTextChanged();
    void autosave();
    bool hasDraft() const { return m_kind == Kind::Example || m_kind == Kind::Exercise; }
    QString draftId() const;
    const DraftStore &drafts() const;

    QPointer<CodeEditor> m_editor; // the pane that shows it owns it, and may go first
    DraftStore m_exampleDrafts, m_exerciseDrafts;
    Kind m_kind = Kind::Scratch;
    QString m_fileName = QStringLiteral("main.py");
    QString m_filePath, m_lessonId, m_exampleId, m_exerciseId;
    QString m_original;
    bool m_modified = false;
    bool m_loading = false;
    bool m_dirty = false; // edited since the last draft save
    QTimer m_autosave;
    std::function<bool()> m_guard;
};

} // namespace Ui
