#include "coursecontroller.h"

#include "catalogloader.h"
#include "courseoutline.h"
#include "courseoutlinemodel.h"
#include "docklayout.h"
#include "examplerules.h"
#include "exercisepanel.h"
#include "lessonsfolderissues.h"
#include "lessonview.h"
#include "programdocument.h"
#include "progressstore.h"
#include "runcontroller.h"
#include "runsession.h"
#include "runsummary.h"
#include "summaryrules.h"

#include <QAction>
#include <QCoro/QCoroTask>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStyle>

namespace Ui {

CourseController::CourseController(const Parts &parts, QWidget *window)
    : QObject(window), m_parts(parts), m_window(window),
      m_catalog(Lessons::CatalogLoader::loadBuiltIn()),
      m_exerciseCatalog(Lessons::ExerciseCatalog::load(m_catalog)),
      m_progress(std::make_unique<Lessons::ProgressStore>()), m_outline(new CourseOutline(window)),
      m_lessonView(new LessonView(window)),
      m_exercisePanel(new ExercisePanel(parts.document, window))
{
    m_outline->model()->setCatalog(&m_catalog, &m_exerciseCatalog, m_progress.get());
    m_outline->setReviewSource(m_progress.get());
    m_lessonView->setCatalog(&m_catalog, m_progress.get());
    m_exercisePanel->setProgressStore(m_progress.get());

    connect(m_outline, &CourseOutline::stepActivated, this, &CourseController::showLessonStep);
    connect(m_outline, &CourseOutline::exerciseActivated, this, &CourseController::openExercise);
    connect(m_lessonView, &LessonView::stepShown, this, &CourseController::onStepShown);
    connect(m_lessonView, &LessonView::progressChanged, m_outline->model(),
            &CourseOutlineModel::refreshProgress);
    connect(m_lessonView, &LessonView::runExampleRequested, this,
            [this](const QString &lesson, const QString &example) { runExample(lesson, example); });
    connect(m_lessonView, &LessonView::stepThroughRequested, this,
            [this](const QString &lesson, const QString &example) {
                runExample(lesson, example, true);
            });
    connect(m_lessonView, &LessonView::openExampleRequested, this, &CourseController::openExample);
    connect(m_exercisePanel, &ExercisePanel::statusChanged, m_outline->model(),
            &CourseOutlineModel::refreshProgress);
    connect(m_exercisePanel, &ExercisePanel::checkFinished, this,
            [this](const Core::CheckResult &result) {
                const Lessons::Exercise *e = m_exercisePanel->exercise();
                m_parts.runs->showCheckedRun(result, e ? e->id + QStringLiteral(".py") : QString());
            });
    connect(m_parts.runs, &RunController::runStarted, this, &CourseController::onRunStarted);
    connect(m_parts.runs, &RunController::runFinished, this, &CourseController::onRunFinished);
    // The exercise the learner was on comes back at the next start; anything else in the
    // editor means they left it.
    connect(m_parts.document, &ProgramDocument::replaced, this, [this] {
        if (m_started && m_parts.document->kind() != ProgramDocument::Kind::Exercise)
            QSettings().remove(QStringLiteral("lastExercise"));
    });
}

CourseController::~CourseController()
{
    m_lab.stop();
}

void CourseController::setPython(const QString &python)
{
    m_python = python;
    m_exercisePanel->setPython(python);
}

void CourseController::start(const QString &lastLesson, const QString &lastExercise)
{
    if (!m_progress->message().isEmpty())
        m_lessonView->setBanner(m_progress->message());
    restoreLessonsFolder();
    showStartingLesson(lastLesson);
    if (const Lessons::Exercise *e = findExercise(lastExercise))
        openExercise(e->id);
    m_started = true;
}

const Lessons::Lesson *CourseController::findLesson(const QString &lessonId) const
{
    // Ids are unique across both: the folder leaves out the ids the built-in lessons use.
    if (const Lessons::Lesson *l = m_catalog.lesson(lessonId))
        return l;
    return m_lessonsFolder ? m_lessonsFolder->lesson(lessonId) : nullptr;
}

const Lessons::Exercise *CourseController::findExercise(const QString &exerciseId) const
{
    if (const Lessons::Exercise *e = m_exerciseCatalog.exercise(exerciseId))
        return e;
    return m_lessonsFolder ? m_lessonsFolder->exercise(exerciseId) : nullptr;
}

const Lessons::Catalog &CourseController::catalogOf(const QString &lessonId) const
{
    return m_catalog.lesson(lessonId) || !m_lessonsFolder ? m_catalog : m_lessonsFolder->catalog();
}

void CourseController::runExample(const QString &lessonId, const QString &exampleId, bool paused)
{
    const Lessons::Lesson *lesson = findLesson(lessonId);
    const Lessons::Example *example = lesson ? lesson->example(exampleId) : nullptr;
    if (!example || m_parts.runs->isRunning())
        return;
    QString error;
    std::optional<Core::RunRequest> request
            = Lessons::ExampleRunner::request(m_catalog, *lesson, *example, {m_python, 0}, &error);
    if (!request) {
        m_lessonView->setExampleResult(exampleId, {}, error);
        return;
    }
    request->stepMode = request->stepMode || paused; // Step through pauses whatever Run says
    openExample(lessonId, exampleId);
    m_example = RunningExample{lessonId, exampleId};
    m_lessonView->setExampleRunning(exampleId, true);
    // What runs is the text on screen: the learner's edits, when there are any.
    const ProgramDocument *doc = m_parts.document;
    const std::optional<QString> edited
            = doc->isModified() ? std::optional(doc->text()) : std::nullopt;
    const bool stepAxis = example->stepAxis, frames = example->showFrames;
    auto start = [this, edited, stepAxis, frames, lesson, exampleId,
                  paused = request->stepMode](Core::RunRequest request, const QString &label) {
        Q_EMIT exampleStarting(lesson, exampleId, paused);
        m_startingExample = true;
        m_parts.runs->start(std::move(request), label, edited);
        m_startingExample = false;
        // The lesson's axis wins over step mode's, which starts on the step axis.
        Q_EMIT exampleViewWanted(stepAxis, frames);
    };
    if (!example->lab) {
        start(std::move(*request), example->file);
        return;
    }
    m_parts.runs->setPreparing(tr("Starting the lab server…"), true);
    QCoro::connect(
            m_lab.start(m_python), this,
            [this, start, request = *request, file = example->file, exampleId](Core::LabStart lab) {
                if (!lab.ok()) {
                    m_example.reset();
                    m_parts.runs->setPreparing(tr("The lab server did not start"), false);
                    m_lessonView->setExampleResult(exampleId, {}, lab.error);
                    return;
                }
                Core::RunRequest withLab = request;
                withLab.environment.insert(Core::LabServer::environmentVariable(), lab.url);
                start(std::move(withLab), file);
            });
}

void CourseController::onRunStarted()
{
    if (!m_startingExample)
        m_example.reset(); // the learner's own program, not the example
}

void CourseController::onRunFinished(const Core::RunResult &result)
{
    if (!m_example)
        return;
    const RunningExample example = *m_example;
    m_example.reset();
    m_lab.stop();
    const Lessons::Lesson *lesson = findLesson(example.lessonId);
    const Lessons::Example *ex = lesson ? lesson->example(example.exampleId) : nullptr;
    if (!ex)
        return;
    if (!result.started) {
        // Most often a missing library: InterpreterFinder's message names the Debian package.
        m_lessonView->setBanner(result.error);
        m_lessonView->setExampleResult(example.exampleId, {}, result.error);
        return;
    }
    const Core::RunSession *session = m_parts.runs->session();
    const QJsonObject summary = Core::buildRunSummary(session->model(), session->context());
    if (m_lessonView->lessonId() == example.lessonId) // its predictions are graded by this run
        m_lessonView->setExampleSummary(example.exampleId, summary);
    // The rules that apply to the versions it ran with (a library's version is asked of the
    // interpreter, so this may finish a moment later).
    const QString executable = result.pythonExecutable;
    QCoro::connect(Lessons::ExampleRules::check(*ex, summary), this,
                   [this, example, executable](const Lessons::CheckedRules &checked) {
                       // Recorded before the lesson view hears of it: it reads the progress to
                       // say what is done.
                       if (Core::SummaryRules::allPassed(checked.results))
                           m_progress->markExampleCompleted(example.lessonId, example.exampleId);
                       m_lessonView->setExampleResult(example.exampleId, checked.results, {});
                       if (m_lessonView->lessonId() == example.lessonId)
                           m_lessonView->setExampleRanOn(example.exampleId, checked.versions,
                                                         executable, checked.skipped);
                       m_outline->model()->refreshProgress();
                   });
}

void CourseController::openExample(const QString &lessonId, const QString &exampleId)
{
    const Lessons::Lesson *lesson = findLesson(lessonId);
    const Lessons::Example *example = lesson ? lesson->example(exampleId) : nullptr;
    if (!example)
        return;
    QFile file(example->path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT message(tr("Cannot read %1").arg(example->file), 5000);
        return;
    }
    const bool fromExercise = m_parts.document->kind() == ProgramDocument::Kind::Exercise;
    m_parts.document->openExample(lessonId, exampleId, QFileInfo(example->file).fileName(),
                                  QString::fromUtf8(file.readAll()));
    m_parts.runs->setVirtualClock(example->virtualClock);
    m_parts.docks->reveal(DockLayout::Slot::Program);
    if (fromExercise) // back to reading: the lesson gets its share of the column again
        m_parts.docks->shareLessonColumn(false);
    Q_EMIT exampleViewWanted(example->stepAxis, example->showFrames);
}

void CourseController::showComparedExamples(const QString &lessonId,
                                            const Lessons::ExampleOutcome &a,
                                            const Lessons::ExampleOutcome &b)
{
    const QString error = a.error.isEmpty() ? b.error : a.error;
    for (const Lessons::ExampleOutcome *o : {&a, &b})
        if (o->model && o->passed())
            m_progress->markExampleCompleted(lessonId, o->exampleId);
    if (m_lessonView->lessonId() == lessonId) {
        m_lessonView->setExampleResult(b.exampleId, b.rules, error);
        if (a.error.isEmpty())
            m_lessonView->setExampleResult(a.exampleId, a.rules, {});
        for (const Lessons::ExampleOutcome *o : {&a, &b})
            if (o->run.started)
                m_lessonView->setExampleRanOn(o->exampleId, o->versions, o->run.pythonExecutable,
                                              o->skippedRules);
    }
    m_outline->model()->refreshProgress();
}

bool CourseController::openExercise(const QString &exerciseId)
{
    const Lessons::Exercise *exercise = findExercise(exerciseId);
    if (!exercise)
        return false;
    const bool other = m_exercisePanel->exercise() != exercise
            || m_parts.document->kind() != ProgramDocument::Kind::Exercise;
    m_exercisePanel->setExercise(exercise);
    if (m_exercisePanel->exercise() != exercise)
        return false; // the learner kept their unsaved program in the editor
    m_parts.docks->reveal(DockLayout::Slot::Program);
    if (other) {
        // The exercise's own work begins: the editor gets the column, the last run goes.
        m_parts.docks->shareLessonColumn(true);
        Q_EMIT exerciseOpened(exerciseId);
    }
    m_outline->setCurrentExercise(exerciseId);
    QSettings().setValue(QStringLiteral("lastExercise"), exerciseId);
    return true;
}

bool CourseController::f5ChecksExercise() const
{
    return m_exercisePanel->exercise()
            && m_parts.document->kind() == ProgramDocument::Kind::Exercise;
}

void CourseController::onStepShown(const QString &lessonId, int step)
{
    m_outline->setCurrentStep(lessonId, step);
    QSettings().setValue(QStringLiteral("lastLesson"), lessonId);
    if (lessonId != m_shownLesson) {
        m_shownLesson = lessonId;
        Q_EMIT lessonChanged(lessonId);
    }
    // What the step talks about is what F5 runs: its example goes into the editor (the one
    // there keeps its draft). A step with no example keeps this lesson's example in the
    // editor, or brings the nearest one: never another lesson's program.
    const Lessons::Lesson *lesson = m_lessonView->lesson();
    if (!lesson || step < 0 || step >= lesson->steps.size())
        return;
    const ProgramDocument *doc = m_parts.document;
    const bool ours = doc->kind() == ProgramDocument::Kind::Example && doc->lessonId() == lessonId;
    if (lesson->steps[step].examples.isEmpty() && ours)
        return;
    if (const QString example = nearestExample(*lesson, step); !example.isEmpty())
        openExample(lessonId, example);
}

QString CourseController::nearestExample(const Lessons::Lesson &lesson, int step)
{
    // The step's own, else the next one's (what the text leads to), else the last one before.
    for (int s = step; s < lesson.steps.size(); ++s)
        if (!lesson.steps[s].examples.isEmpty())
            return lesson.steps[s].examples.first();
    for (int s = step - 1; s >= 0; --s)
        if (!lesson.steps[s].examples.isEmpty())
            return lesson.steps[s].examples.first();
    return {};
}

void CourseController::showLessonStep(const QString &lessonId, int step)
{
    const Lessons::Lesson *lesson = findLesson(lessonId);
    if (!lesson)
        return;
    // The lesson view walks one catalog (Back / Next cross lessons within it): give it the
    // one this lesson is in. Only on a change: setCatalog forgets the lesson on screen.
    const Lessons::Catalog *catalog = &catalogOf(lessonId);
    const Lessons::Lesson *shown = m_lessonView->lesson();
    if (!shown || catalog->lesson(shown->id) != shown)
        m_lessonView->setCatalog(catalog, m_progress.get());
    m_parts.docks->reveal(DockLayout::Slot::Lesson);
    m_lessonView->showStep(lessonId, step);
}

void CourseController::showStartingLesson(const QString &lastLesson)
{
    if (m_lessonsFolder && m_lessonsFolder->lesson(lastLesson)) {
        showLessonStep(lastLesson, -1);
    } else {
        const auto [lesson, step] = LessonView::startingPoint(m_catalog, *m_progress, lastLesson);
        if (lesson.isEmpty())
            return;
        m_lessonView->setCatalog(&m_catalog, m_progress.get());
        m_lessonView->showStep(lesson, step);
    }
    if (!m_progress->message().isEmpty())
        m_lessonView->setBanner(m_progress->message());
}

void CourseController::addFolderActions(QMenu *file)
{
    QAction *open = file->addAction(m_window->style()->standardIcon(QStyle::SP_DirOpenIcon),
                                    tr("Open &Lessons Folder…"), this, [this] {
                                        const QString start = m_lessonsFolder
                                                ? m_lessonsFolder->path()
                                                : QString();
                                        const QString dir = QFileDialog::getExistingDirectory(
                                                m_window, tr("Open lessons folder"), start);
                                        if (!dir.isEmpty())
                                            openLessonsFolder(dir);
                                    });
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    open->setToolTip(tr("Add a folder of extra lessons (the layout of lessons/FORMAT.md) after "
                        "the built-in ones"));
    m_folderIssuesAction = file->addAction(tr("Lessons Folder &Problems…"), this,
                                           &CourseController::showLessonsFolderIssues);
    m_closeFolderAction = file->addAction(tr("Close Lessons &Folder"), this,
                                          &CourseController::closeLessonsFolder);
    m_folderIssuesAction->setEnabled(m_lessonsFolder && !m_lessonsFolder->issues().isEmpty());
    m_closeFolderAction->setEnabled(m_lessonsFolder.has_value());
}

bool CourseController::openLessonsFolder(const QString &path)
{
    const QString dir = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (!QFileInfo(dir).isDir()) {
        Q_EMIT message(tr("No folder %1").arg(QDir::toNativeSeparators(dir)), 8000);
        return false;
    }
    setLessonsFolder(Lessons::LessonsFolder::load(dir, m_catalog, m_exerciseCatalog));
    QSettings().setValue(QStringLiteral("lessonsFolder"), dir);
    const int lessons = int(m_lessonsFolder->lessons().size());
    Q_EMIT message(
            tr("%n extra lesson(s) from %1", nullptr, lessons).arg(QDir::toNativeSeparators(dir)),
            8000);
    if (!m_lessonsFolder->issues().isEmpty() || lessons == 0)
        showLessonsFolderIssues();
    return true;
}

void CourseController::closeLessonsFolder()
{
    if (!m_lessonsFolder)
        return;
    const QString dir = m_lessonsFolder->path();
    setLessonsFolder(std::nullopt);
    QSettings().remove(QStringLiteral("lessonsFolder"));
    Q_EMIT message(tr("Closed the lessons folder %1").arg(QDir::toNativeSeparators(dir)), 5000);
}

void CourseController::restoreLessonsFolder()
{
    const QString dir = QSettings().value(QStringLiteral("lessonsFolder")).toString();
    if (dir.isEmpty())
        return;
    if (!QFileInfo(dir).isDir()) {
        // A moved folder or an unplugged drive is no error worth a dialog at start-up.
        QSettings().remove(QStringLiteral("lessonsFolder"));
        Q_EMIT message(tr("The lessons folder %1 is gone; it was closed")
                               .arg(QDir::toNativeSeparators(dir)),
                       15000);
        return;
    }
    setLessonsFolder(Lessons::LessonsFolder::load(dir, m_catalog, m_exerciseCatalog));
    const int problems = int(m_lessonsFolder->issues().size());
    if (problems > 0)
        Q_EMIT message(tr("The lessons folder %1 has %n problem(s): File ▸ Lessons Folder "
                          "Problems… lists them",
                          nullptr, problems)
                               .arg(QDir::toNativeSeparators(dir)),
                       15000);
}

void CourseController::setLessonsFolder(std::optional<Lessons::LessonsFolder> folder)
{
    // The views point into the folder's catalogs: let go of them before those are replaced.
    QString shownLesson;
    int shownStep = 0;
    const Lessons::Lesson *shown = m_lessonView->lesson();
    const bool showingFolder = shown && m_lessonsFolder && shown != m_catalog.lesson(shown->id);
    if (showingFolder) {
        shownLesson = shown->id;
        shownStep = m_lessonView->step();
        m_lessonView->setCatalog(&m_catalog, m_progress.get());
    }
    QString shownExercise;
    if (const Lessons::Exercise *e = m_exercisePanel->exercise();
        e && m_lessonsFolder && e != m_exerciseCatalog.exercise(e->id)) {
        shownExercise = e->id;
        m_exercisePanel->setExercise(nullptr); // saves the draft first
    }
    m_outline->model()->setLessonsFolder(nullptr);
    m_lessonsFolder = std::move(folder);
    m_outline->model()->setLessonsFolder(m_lessonsFolder ? &*m_lessonsFolder : nullptr);
    if (m_closeFolderAction) {
        m_closeFolderAction->setEnabled(m_lessonsFolder.has_value());
        m_folderIssuesAction->setEnabled(m_lessonsFolder && !m_lessonsFolder->issues().isEmpty());
    }
    // Reopening the same folder keeps its lesson on screen; else the built-in course takes over.
    if (const Lessons::Exercise *e
        = shownExercise.isEmpty() ? nullptr : findExercise(shownExercise))
        m_exercisePanel->setExercise(e);
    if (showingFolder) {
        if (findLesson(shownLesson))
            showLessonStep(shownLesson, shownStep);
        else
            showStartingLesson({});
    }
}

void CourseController::showLessonsFolderIssues()
{
    if (m_lessonsFolder)
        (new LessonsFolderIssues(*m_lessonsFolder, m_window))->open();
}

} // namespace Ui
