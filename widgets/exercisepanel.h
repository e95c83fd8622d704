#pragma once
#include "checkresult.h"
#include "exercisedrafts.h"

#include <QTimer>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace Lessons {
class ProgressStore;
struct Exercise;
}

namespace Ui {

class CodeEditor;

//! One exercise beside the lesson: its statement, the learner's code (starter at first, then
//! autosaved on a short debounce after every edit and when the panel goes), Check (Ctrl+Enter)
//! through Lessons::ExerciseChecker with each check's ✓/✗ and message, hints unlocked one per
//! failed check, the solution after a few honest attempts, and Reset to the starter (undoable).
class ExercisePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExercisePanel(QWidget *parent = nullptr);
    ~ExercisePanel() override;

    //! Not owned; progress may be null (nothing remembered).
    void setProgressStore(Lessons::ProgressStore *progress) { m_progress = progress; }
    void setDrafts(const ExerciseDrafts &drafts) { m_drafts = drafts; }
    void setPython(const QString &python) { m_python = python; }
    //! Opens an exercise (saving the one on screen first); nullptr shows nothing.
    void setExercise(const Lessons::Exercise *exercise);
    const Lessons::Exercise *exercise() const { return m_exercise; }
    CodeEditor *editor() const { return m_editor; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *hintButton() const { return m_hint; }
    QPushButton *solutionButton() const { return m_solution; }
    bool isChecking() const { return m_checking; }
    //! Hints the learner may open now / has opened.
    int hintsUnlocked() const;
    int hintsShown() const { return m_hintsShown; }
    QString resultText() const;
    QString hintText() const;
    static constexpr int attemptsBeforeSolution = 3;
    static constexpr int autosaveDelayMs = 400;

public Q_SLOTS:
    void check();
    void showNextHint();
    void showSolution();
    void resetToStarter();
    //! Writes the draft now if it changed; false with a message shown when it could not.
    bool saveDraft();

Q_SIGNALS:
    //! The learner changed the code (typing, Reset); opening an exercise is no edit.
    void edited();
    void checkStarted();
    //! The result owns the checked runs' sessions, so their models stay valid while it lives.
    void checkFinished(const Core::CheckResult &result);
    void statusChanged(const QString &exerciseId);

private:
    void showResult(const Core::CheckResult &result);
    void updateButtons();
    void renderStatement();
    QString starterText() const;

    Lessons::ProgressStore *m_progress = nullptr;
    const Lessons::Exercise *m_exercise = nullptr;
    ExerciseDrafts m_drafts;
    QString m_python;
    QLabel *m_title, *m_status;
    QTextBrowser *m_statement;
    CodeEditor *m_editor;
    QPushButton *m_check, *m_hint, *m_solution, *m_reset;
    QTextBrowser *m_results;
    QTimer m_autosave;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_checking = false;
    int m_hintsShown = 0;
    QStringList m_shownHints;
    QString m_solutionText;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace Ui
