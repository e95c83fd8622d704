#pragma once
#include "checkresult.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QToolButton;

namespace Lessons {
class ProgressStore;
struct Exercise;
} // namespace Lessons

namespace Ui {

class CodeEditor;
class ProgramDocument;

//! The Program dock: the one program editor, and around it while an exercise is open, the
//! exercise's statement above (collapsible) and below it Check (Ctrl+Enter) through
//! Lessons::ExerciseChecker with each check's ✓/✗ and message, hints unlocked one per failed
//! check, the solution after a few honest attempts, and Reset to the starter (undoable). The
//! code itself is the ProgramDocument's: its draft is what a check runs.
class ExercisePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExercisePanel(ProgramDocument *document, QWidget *parent = nullptr);
    ~ExercisePanel() override;

    //! Not owned; progress may be null (nothing remembered).
    void setProgressStore(Lessons::ProgressStore *progress) { m_progress = progress; }
    void setPython(const QString &python) { m_python = python; }
    //! Opens an exercise and puts its code (the learner's draft, else the starter) in the
    //! editor; nullptr closes the exercise around the editor and leaves the program alone.
    void setExercise(const Lessons::Exercise *exercise);
    const Lessons::Exercise *exercise() const { return m_exercise; }
    CodeEditor *editor() const;
    QPushButton *checkButton() const { return m_check; }
    QPushButton *hintButton() const { return m_hint; }
    QPushButton *solutionButton() const { return m_solution; }
    QToolButton *statementToggle() const { return m_toggle; }
    QTextBrowser *statementView() const { return m_statement; }
    QTextBrowser *resultsView() const { return m_results; }
    bool isChecking() const { return m_checking; }
    //! Hints the learner may open now / has opened.
    int hintsUnlocked() const;
    int hintsShown() const { return m_hintsShown; }
    QString resultText() const;
    QString hintText() const;
    static constexpr int attemptsBeforeSolution = 3;
    //! Shows a check's outcome: the failing checks first, each with its message, and the
    //! results area as tall as its lines need (up to half the pane, taken from the code).
    void showResult(const Core::CheckResult &result);

public Q_SLOTS:
    void check();
    void showNextHint();
    void showSolution();
    void resetToStarter();
    //! Folds the statement away (or back), leaving its title; the editor gets the room.
    void setStatementShown(bool shown);

Q_SIGNALS:
    void checkStarted();
    //! The result owns the checked runs' sessions, so their models stay valid while it lives.
    void checkFinished(const Core::CheckResult &result);
    void statusChanged(const QString &exerciseId);

private:
    void fitResults();
    void updateButtons();
    void renderStatement();

    ProgramDocument *m_document;
    Lessons::ProgressStore *m_progress = nullptr;
    const Lessons::Exercise *m_exercise = nullptr;
    QString m_python;
    QWidget *m_header, *m_resultsBox;
    QLabel *m_title, *m_status;
    QToolButton *m_toggle;
    QSplitter *m_splitter;
    QTextBrowser *m_statement;
    QPushButton *m_check, *m_hint, *m_solution, *m_reset;
    QTextBrowser *m_results;
    bool m_checking = false;
    int m_hintsShown = 0;
    QStringList m_shownHints;
    QString m_solutionText;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace Ui
