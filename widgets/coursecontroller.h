#pragma once
#include "catalog.h"
#include "checkresult.h"
#include "examplerunner.h"
#include "exercisecatalog.h"
#include "labserver.h"
#include "lessonsfolder.h"
#include "runresult.h"

#include <QObject>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Lessons {
class ProgressStore;
struct Lesson;
} // namespace Lessons

namespace Ui {

class CourseOutline;
class DockLayout;
class ExercisePanel;
class LessonView;
class ProgramDocument;
class RunController;

//! The course: the built-in lessons and exercises (and an extra lessons folder beside them),
//! the learner's progress, and the views that walk them — the outline, the lesson view and the
//! exercise panel. A step on screen puts its example in the program editor; runs a lesson's
//! examples (the text on screen, edits included) through the RunController, with the lab
//! server when they need it, and checks what each must show.
class CourseController : public QObject
{
    Q_OBJECT
public:
    struct Parts {
        RunController *runs = nullptr;
        ProgramDocument *document = nullptr;
        DockLayout *docks = nullptr;
    };
    //! Loads the built-in course; `window` parents the views and the dialogs.
    CourseController(const Parts &parts, QWidget *window);
    ~CourseController() override;

    CourseOutline *outline() const { return m_outline; }
    LessonView *lessonView() const { return m_lessonView; }
    ExercisePanel *exercisePanel() const { return m_exercisePanel; }
    const Lessons::Catalog &catalog() const { return m_catalog; }
    const Lessons::ExerciseCatalog &exercises() const { return m_exerciseCatalog; }
    Lessons::ProgressStore *progress() const { return m_progress.get(); }
    const Lessons::LessonsFolder *lessonsFolder() const
    {
        return m_lessonsFolder ? &*m_lessonsFolder : nullptr;
    }
    //! The catalog a lesson is in (the built-in one or the folder's); the built-in if unknown.
    const Lessons::Catalog &catalogOf(const QString &lessonId) const;
    const Lessons::Lesson *findLesson(const QString &lessonId) const;
    const Lessons::Exercise *findExercise(const QString &exerciseId) const;
    void setPython(const QString &python);

    //! The File menu's lessons-folder entries (open, problems, close), added to `file`.
    void addFolderActions(QMenu *file);
    //! Once the views are in their docks: opens the lessons folder, where the learner left off
    //! (or the first lesson) with its example in the editor, or the exercise they were on.
    void start(const QString &lastLesson, const QString &lastExercise);

    void showLessonStep(const QString &lessonId, int step);
    //! Runs a lesson example with its clock, timeout, lab and required modules (paused before
    //! its first step with `paused`); its rules are checked when it ends and shown under it.
    void runExample(const QString &lessonId, const QString &exampleId, bool paused = false);
    void openExample(const QString &lessonId, const QString &exampleId);
    bool openExercise(const QString &exerciseId);
    //! A lesson's pair was compared (ComparisonController): their results under each.
    void showComparedExamples(const QString &lessonId, const Lessons::ExampleOutcome &a,
                              const Lessons::ExampleOutcome &b);
    bool openLessonsFolder(const QString &path);
    void closeLessonsFolder();
    void showLessonsFolderIssues();
    //! The editor holds the open exercise's code: F5 checks it.
    bool f5ChecksExercise() const;

Q_SIGNALS:
    //! A lesson example is about to run (`paused`: stepped through); `lesson` is valid during
    //! the emission only.
    void exampleStarting(const Lessons::Lesson *lesson, const QString &exampleId, bool paused);
    //! Another lesson is on screen: what belonged to the old one goes.
    void lessonChanged(const QString &lessonId);
    //! Another exercise (or one again after a lesson) is in the editor.
    void exerciseOpened(const QString &exerciseId);
    void message(const QString &text, int timeoutMs);
    //! An example is on screen or runs: how its timeline teaches best (the lesson's "axis":
    //! the step axis or the time axis, and "frames": the tasks' coroutine frames shown).
    void exampleViewWanted(bool stepAxis, bool frames);

private:
    void onRunStarted();
    void onRunFinished(const Core::RunResult &result);
    void showStartingLesson(const QString &lastLesson);
    void onStepShown(const QString &lessonId, int step);
    //! The example a step puts in the editor: its own, else the nearest in the lesson.
    static QString nearestExample(const Lessons::Lesson &lesson, int step);
    void restoreLessonsFolder();
    void setLessonsFolder(std::optional<Lessons::LessonsFolder> folder);

    Parts m_parts;
    QWidget *m_window;
    Lessons::Catalog m_catalog;
    Lessons::ExerciseCatalog m_exerciseCatalog;
    std::unique_ptr<Lessons::ProgressStore> m_progress;
    std::optional<Lessons::LessonsFolder> m_lessonsFolder;
    CourseOutline *m_outline;
    LessonView *m_lessonView;
    ExercisePanel *m_exercisePanel;
    QAction *m_closeFolderAction = nullptr, *m_folderIssuesAction = nullptr;
    Core::LabServer m_lab;
    QString m_python;
    struct RunningExample {
        QString lessonId, exampleId;
    };
    std::optional<RunningExample> m_example; // the run on screen is this lesson example
    bool m_startingExample = false;
    bool m_started = false; // start() is done: what the editor holds is the learner's choice
    QString m_shownLesson; // the lesson on screen, to notice a change of lesson
};

} // namespace Ui
