// MainWindow's course side: lesson examples, exercises (and whether F5 checks one), the outline's
// selection, the extra lessons folder and the interpreter menu. The window's frame, runs and views
// are in mainwindow.cpp.
#include "mainwindow.h"

#include "codeeditor.h"
#include "courseoutline.h"
#include "courseoutlinemodel.h"
#include "examplerunner.h"
#include "exercisepanel.h"
#include "interpreterfinder.h"
#include "lessonsfolder.h"
#include "lessonview.h"
#include "progressstore.h"
#include "runsession.h"
#include "runsummary.h"
#include "summaryrules.h"
#include "timelineview.h"
#include "tracemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QCoro/QCoroTask>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFocusEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTemporaryDir>

namespace Ui {

void MainWindow::runExample(const QString &lessonId, const QString &exampleId)
{
    const Lessons::Lesson *lesson = findLesson(lessonId);
    const Lessons::Example *example = lesson ? lesson->example(exampleId) : nullptr;
    if (!example || isRunning())
        return;
    QString error;
    std::optional<Core::RunRequest> request = Lessons::ExampleRunner::request(
            m_catalog, *lesson, *example, {m_python, 0}, &error);
    if (!request) {
        m_lessonView->setExampleResult(exampleId, {}, error);
        return;
    }
    openExample(lessonId, exampleId);
    m_programPath = request->program;
    m_example = RunningExample{lessonId, exampleId};
    m_lessonView->setExampleRunning(exampleId, true);
    m_runDir = std::make_unique<QTemporaryDir>();
    if (!example->lab) {
        startRun(std::move(*request), example->file);
        return;
    }
    m_stateText = tr("Starting the lab server…");
    m_runAction->setEnabled(false);
    updateStatus();
    QCoro::connect(m_lab.start(m_python), this,
                   [this, request = *request, file = example->file, exampleId](Core::LabStart lab) {
                       m_runAction->setEnabled(true);
                       if (!lab.ok()) {
                           m_example.reset();
                           m_stateText = tr("The lab server did not start");
                           m_lessonView->setExampleResult(exampleId, {}, lab.error);
                           updateStatus();
                           return;
                       }
                       Core::RunRequest withLab = request;
                       withLab.environment.insert(Core::LabServer::environmentVariable(), lab.url);
                       startRun(std::move(withLab), file);
                   });
}

void MainWindow::openExample(const QString &lessonId, const QString &exampleId)
{
    const Lessons::Lesson *lesson = findLesson(lessonId);
    const Lessons::Example *example = lesson ? lesson->example(exampleId) : nullptr;
    if (!example)
        return;
    QFile file(example->path);
    if (!file.open(QIODevice::ReadOnly)) {
        statusBar()->showMessage(tr("Cannot read %1").arg(example->file), 5000);
        return;
    }
    setProgramText(QString::fromUtf8(file.readAll()), QFileInfo(example->file).fileName());
    m_virtualClockAction->setChecked(example->virtualClock);
    m_editorDock->show();
    m_editorDock->raise();
}

void MainWindow::exampleFinished(const Core::RunResult &result)
{
    const RunningExample example = *m_example;
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
    const QJsonObject summary = Core::buildRunSummary(m_session->model(), m_session->context());
    const QList<Core::RuleResult> rules = Core::SummaryRules::checkAll(ex->expect, summary);
    m_lessonView->setExampleResult(example.exampleId, rules, {});
    if (Core::SummaryRules::allPassed(rules)) {
        m_progress->markExampleCompleted(example.lessonId, example.exampleId);
        m_outline->model()->refreshProgress();
    }
}

bool MainWindow::openExercise(const QString &exerciseId)
{
    const Lessons::Exercise *exercise = findExercise(exerciseId);
    if (!exercise)
        return false;
    m_exercisePanel->setExercise(exercise);
    m_exerciseDock->show();
    m_exerciseDock->raise();
    m_outline->setCurrentExercise(exerciseId);
    QSettings().setValue(QStringLiteral("lastExercise"), exerciseId);
    setWorkingOnExercise(true); // the learner just chose it
    return true;
}

void MainWindow::trackWorkingEditor()
{
    // Focus anywhere else (the lesson, the timeline) changes nothing: reading the lesson
    // between two edits is still working on the same code.
    m_editor->installEventFilter(this);
    m_exercisePanel->editor()->installEventFilter(this);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] { setWorkingOnExercise(false); });
    connect(m_exercisePanel, &ExercisePanel::edited, this, [this] { setWorkingOnExercise(true); });
    // Closing the Exercise dock is leaving the exercise; a tab behind the lesson is not.
    connect(m_exerciseDock->toggleViewAction(), &QAction::toggled, this, [this](bool open) {
        if (!open)
            setWorkingOnExercise(false);
    });
    describeRunAction();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        // Only the learner's own moves count. Qt hands focus on by itself (as if by Tab) when a
        // dock is closed or tabbed away, which can land in either editor; and gives it back
        // after a menu or a window switch, which changes nothing.
        const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason == Qt::MouseFocusReason || reason == Qt::ShortcutFocusReason
            || reason == Qt::OtherFocusReason)
            setWorkingOnExercise(watched == m_exercisePanel->editor());
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setWorkingOnExercise(bool on)
{
    if (m_workingOnExercise == on)
        return;
    m_workingOnExercise = on;
    describeRunAction();
}

bool MainWindow::f5ChecksExercise() const
{
    return m_workingOnExercise && m_exercisePanel->exercise();
}

void MainWindow::describeRunAction()
{
    // F5 changes meaning with the editor: say which, so it is never a surprise.
    const QString what = f5ChecksExercise() ? tr("Check the exercise (F5)")
                                            : tr("Run the program (F5)");
    m_runAction->setToolTip(what);
    m_runAction->setStatusTip(what);
    updateStatus();
}

void MainWindow::runOrCheck()
{
    if (f5ChecksExercise())
        m_exercisePanel->check(); // like its Check button: nothing while a check runs
    else
        run();
}

void MainWindow::showCheckedRun(const Core::CheckResult &result)
{
    const Core::CheckedRun *run = result.programRun();
    if (!run || !run->model() || isRunning())
        return;
    showModel(nullptr, false); // the previous check's model goes with m_check
    settleSummaryJob(); // it may be reading the model that goes with the previous m_check
    m_check = result; // shares the sessions: the model stays valid while this is kept
    m_replay.reset();
    m_checkModel = m_check->programRun()->model();
    showModel(m_checkModel, false);
    m_timeline->fitAll();
    m_lastResult = run->result;
    m_programPath = m_exercisePanel->exercise() ? m_exercisePanel->exercise()->id + QStringLiteral(".py") : QString();
    m_stateText = result.passed() ? tr("Checked: every check passes") : tr("Checked: some checks fail");
    m_recordingPath.clear();
    updateActions();
    updateStatus();
}

void MainWindow::onStepShown(const QString &lessonId, int step)
{
    m_outline->setCurrentStep(lessonId, step);
    QSettings().setValue(QStringLiteral("lastLesson"), lessonId);
}

const Lessons::Lesson *MainWindow::findLesson(const QString &lessonId) const
{
    // Ids are unique across both: the folder leaves out the ids the built-in lessons use.
    if (const Lessons::Lesson *l = m_catalog.lesson(lessonId))
        return l;
    return m_lessonsFolder ? m_lessonsFolder->lesson(lessonId) : nullptr;
}

const Lessons::Exercise *MainWindow::findExercise(const QString &exerciseId) const
{
    if (const Lessons::Exercise *e = m_exerciseCatalog.exercise(exerciseId))
        return e;
    return m_lessonsFolder ? m_lessonsFolder->exercise(exerciseId) : nullptr;
}

void MainWindow::showLessonStep(const QString &lessonId, int step)
{
    const Lessons::Lesson *lesson = findLesson(lessonId);
    if (!lesson)
        return;
    // The lesson view walks one catalog (Back / Next cross lessons within it): give it the
    // one this lesson is in. Only on a change: setCatalog forgets the lesson on screen.
    const bool inFolder = lesson != m_catalog.lesson(lessonId);
    const Lessons::Catalog *catalog = inFolder ? &m_lessonsFolder->catalog() : &m_catalog;
    const Lessons::Lesson *shown = m_lessonView->lesson();
    if (!shown || catalog->lesson(shown->id) != shown)
        m_lessonView->setCatalog(catalog, m_progress.get());
    m_lessonDock->raise();
    m_lessonView->showStep(lessonId, step);
}

void MainWindow::showStartingLesson(const QString &lastLesson)
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

void MainWindow::openStartingExample()
{
    // The first step says "run it": F5 must run the program it talks about, not another one.
    const Lessons::Lesson *lesson = m_lessonView->lesson();
    const int step = m_lessonView->step();
    if (lesson && step >= 0 && step < lesson->steps.size()
        && !lesson->steps[step].examples.isEmpty())
        openExample(m_lessonView->lessonId(), lesson->steps[step].examples.first());
}

void MainWindow::createCourseActions(QMenu *file)
{
    m_openLessonsFolderAction = file->addAction(
            style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open &Lessons Folder…"), this, [this] {
                const QString start = m_lessonsFolder ? m_lessonsFolder->path() : QString();
                const QString dir = QFileDialog::getExistingDirectory(this, tr("Open lessons folder"), start);
                if (!dir.isEmpty())
                    openLessonsFolder(dir);
            });
    m_openLessonsFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openLessonsFolderAction->setToolTip(tr("Add a folder of extra lessons (the layout of "
                                             "lessons/FORMAT.md) after the built-in ones"));
    m_lessonsFolderIssuesAction = file->addAction(tr("Lessons Folder &Problems…"), this,
                                                  &MainWindow::showLessonsFolderIssues);
    m_closeLessonsFolderAction = file->addAction(tr("Close Lessons &Folder"), this,
                                                 &MainWindow::closeLessonsFolder);
    file->addSeparator();
    m_lessonsFolderIssuesAction->setEnabled(false);
    m_closeLessonsFolderAction->setEnabled(false);
}

bool MainWindow::openLessonsFolder(const QString &path)
{
    const QString dir = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (!QFileInfo(dir).isDir()) {
        statusBar()->showMessage(tr("No folder %1").arg(QDir::toNativeSeparators(dir)), 8000);
        return false;
    }
    setLessonsFolder(Lessons::LessonsFolder::load(dir, m_catalog, m_exerciseCatalog));
    QSettings().setValue(QStringLiteral("lessonsFolder"), dir);
    const int lessons = int(m_lessonsFolder->lessons().size());
    statusBar()->showMessage(tr("%n extra lesson(s) from %1", nullptr, lessons)
                                     .arg(QDir::toNativeSeparators(dir)), 8000);
    if (!m_lessonsFolder->issues().isEmpty() || lessons == 0)
        showLessonsFolderIssues();
    return true;
}

void MainWindow::closeLessonsFolder()
{
    if (!m_lessonsFolder)
        return;
    const QString dir = m_lessonsFolder->path();
    setLessonsFolder(std::nullopt);
    QSettings().remove(QStringLiteral("lessonsFolder"));
    statusBar()->showMessage(tr("Closed the lessons folder %1").arg(QDir::toNativeSeparators(dir)), 5000);
}

void MainWindow::restoreLessonsFolder()
{
    const QString dir = QSettings().value(QStringLiteral("lessonsFolder")).toString();
    if (dir.isEmpty())
        return;
    if (!QFileInfo(dir).isDir()) {
        // A moved folder or an unplugged drive is no error worth a dialog at start-up.
        QSettings().remove(QStringLiteral("lessonsFolder"));
        statusBar()->showMessage(tr("The lessons folder %1 is gone; it was closed")
                                         .arg(QDir::toNativeSeparators(dir)), 15000);
        return;
    }
    setLessonsFolder(Lessons::LessonsFolder::load(dir, m_catalog, m_exerciseCatalog));
    const int problems = int(m_lessonsFolder->issues().size());
    if (problems > 0)
        statusBar()->showMessage(tr("The lessons folder %1 has %n problem(s): File ▸ Lessons "
                                    "Folder Problems… lists them", nullptr, problems)
                                         .arg(QDir::toNativeSeparators(dir)), 15000);
}

void MainWindow::setLessonsFolder(std::optional<Lessons::LessonsFolder> folder)
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
    m_closeLessonsFolderAction->setEnabled(m_lessonsFolder.has_value());
    m_lessonsFolderIssuesAction->setEnabled(m_lessonsFolder && !m_lessonsFolder->issues().isEmpty());
    // Reopening the same folder keeps its lesson on screen; else the built-in course takes over.
    if (const Lessons::Exercise *e = shownExercise.isEmpty() ? nullptr : findExercise(shownExercise))
        m_exercisePanel->setExercise(e);
    if (showingFolder) {
        if (findLesson(shownLesson))
            showLessonStep(shownLesson, shownStep);
        else
            showStartingLesson({});
    }
    describeRunAction(); // the exercise F5 would check may have gone with the folder
}

void MainWindow::showLessonsFolderIssues()
{
    if (!m_lessonsFolder)
        return;
    const QList<Lessons::CatalogIssue> &issues = m_lessonsFolder->issues();
    const QString dir = QDir::toNativeSeparators(m_lessonsFolder->path());
    QStringList lines;
    for (const Lessons::CatalogIssue &i : issues) {
        // Paths relative to the folder read better; the folder is named above them.
        Lessons::CatalogIssue shown = i;
        shown.file = QDir::toNativeSeparators(QDir(m_lessonsFolder->path()).relativeFilePath(i.file));
        lines << (i.fatal ? QString() : tr("warning: ")) + shown.toString();
    }
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("lessonsFolderIssues"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Lessons folder"));
    const int left = m_lessonsFolder->fatalIssueCount();
    const int lessons = int(m_lessonsFolder->lessons().size());
    box->setIcon(left > 0 || lessons == 0 ? QMessageBox::Warning : QMessageBox::Information);
    if (issues.isEmpty())
        box->setText(tr("%1 has no lessons in the layout of lessons/FORMAT.md (module folders "
                        "with a module.json, lesson folders with a lesson.json).").arg(dir));
    else
        box->setText(tr("%1: %n problem(s). %2 lesson(s) loaded; what a problem names was left "
                        "out unless it is only a warning.", nullptr, int(issues.size()))
                             .arg(dir).arg(lessons));
    // A long list goes to the details, which scroll; a short one is in plain sight.
    constexpr int shownLines = 12;
    box->setInformativeText(lines.mid(0, shownLines).join(u'\n')
                            + (lines.size() > shownLines
                                       ? tr("\n… and %1 more (Show Details…)").arg(lines.size() - shownLines)
                                       : QString()));
    if (lines.size() > shownLines)
        box->setDetailedText(lines.join(u'\n'));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open(); // not exec(): nothing waits on the learner reading it
}

void MainWindow::chooseInterpreter()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Python interpreter"),
                                                      QStringLiteral("/usr/bin"));
    if (!path.isEmpty())
        setPython(path);
}

void MainWindow::setPython(const QString &python)
{
    m_python = python;
    QSettings().setValue(QStringLiteral("python"), m_python);
    m_exercisePanel->setPython(m_python);
    m_pythonVersion.clear();
    probeInterpreter();
    updateStatus();
}

void MainWindow::rebuildInterpreterMenu()
{
    m_interpreterMenu->clear();
    auto *group = new QActionGroup(m_interpreterMenu);
    auto add = [&](const QString &text, const QString &python) {
        QAction *a = m_interpreterMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(python == m_python);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, python] { setPython(python); });
    };
    add(tr("Automatic (first Python ≥ 3.%1 with the lesson's libraries)").arg(Core::InterpreterFinder::minimumMinor), {});
    m_interpreterMenu->addSeparator();
    QStringList found = Core::InterpreterFinder::candidates({});
    if (!m_python.isEmpty() && !found.contains(m_python))
        found.prepend(m_python);
    for (const QString &path : std::as_const(found))
        add(path, path);
    m_interpreterMenu->addSeparator();
    m_interpreterMenu->addAction(tr("Other…"), this, &MainWindow::chooseInterpreter);
}

void MainWindow::probeInterpreter()
{
    const QString wanted = m_python;
    QCoro::connect(Core::InterpreterFinder::find({wanted, {}}), this,
                   [this, wanted](Core::InterpreterResult result) {
                       if (wanted != m_python)
                           return; // the learner chose another meanwhile
                       m_pythonVersion = result.interpreter
                                                 ? result.interpreter->version
                                                 : QString();
                       if (!result.interpreter && !result.error.isEmpty())
                           statusBar()->showMessage(result.error, 8000);
                       updateStatus();
                   });
}

} // namespace Ui
