// MainWindow's course side: lesson examples, exercises, the outline's selection and the
// interpreter menu. The window's frame, runs and views are in mainwindow.cpp.
#include "mainwindow.h"

#include "codeeditor.h"
#include "courseoutline.h"
#include "courseoutlinemodel.h"
#include "examplerunner.h"
#include "exercisepanel.h"
#include "interpreterfinder.h"
#include "lessonview.h"
#include "progressstore.h"
#include "runsession.h"
#include "runsummary.h"
#include "summaryrules.h"
#include "timelineview.h"
#include "tracemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QCoro/QCoroTask>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

namespace Ui {

void MainWindow::runExample(const QString &lessonId, const QString &exampleId)
{
    const Lessons::Lesson *lesson = m_catalog.lesson(lessonId);
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
    const Lessons::Lesson *lesson = m_catalog.lesson(lessonId);
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
    const Lessons::Lesson *lesson = m_catalog.lesson(example.lessonId);
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
    const Lessons::Exercise *exercise = m_exerciseCatalog.exercise(exerciseId);
    if (!exercise)
        return false;
    m_exercisePanel->setExercise(exercise);
    m_exerciseDock->show();
    m_exerciseDock->raise();
    m_outline->setCurrentExercise(exerciseId);
    QSettings().setValue(QStringLiteral("lastExercise"), exerciseId);
    return true;
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
