#include "mainwindow.h"

#include "codeeditor.h"
#include "comparisoncontroller.h"
#include "coursecontroller.h"
#include "courseoutline.h"
#include "crashnotice.h"
#include "docklayout.h"
#include "eventlog.h"
#include "exercisepanel.h"
#include "fileactions.h"
#include "firststartcard.h"
#include "inspector.h"
#include "interpreterchoice.h"
#include "lessonview.h"
#include "loopmachineview.h"
#include "outputconsole.h"
#include "playbackbar.h"
#include "playbackcontroller.h"
#include "preferencesdialog.h"
#include "presentationmode.h"
#include "predictnextcontroller.h"
#include "predictnextstrip.h"
#include "programdocument.h"
#include "runactions.h"
#include "runcontroller.h"
#include "runsession.h"
#include "schedulerpanel.h"
#include "timelineguide.h"
#include "timelinelegend.h"
#include "timelinepalette.h"
#include "timelineview.h"
#include "tracemodel.h"
#include "uizoom.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

namespace {

QString welcomeProgram()
{
    QFile f(QStringLiteral(":/ui/welcome.py"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_theme(new AppTheme(this)), m_zoom(new UiZoom(this)) // before the views
{
    setWindowTitle(tr("Loopscope"));
    setObjectName(QStringLiteral("MainWindow"));
    createViews();
    m_docks = new DockLayout(this);
    m_interpreter = new InterpreterChoice(this);
    m_document = new ProgramDocument(this);
    m_runs = new RunController(
            {m_timeline, m_inspector, m_console, m_scheduler, m_document->editor(), m_machine},
            this);
    m_course = new CourseController({m_runs, m_document, m_docks}, this);
    m_predictNext = new PredictNextController({m_runs, m_machine, m_scheduler, m_document->editor(),
                                               m_predictStrip, m_course->progress()},
                                              this);
    m_comparison = new ComparisonController(this);
    m_files = new FileActions(m_document, this);
    createDocks();
    m_docks->setZoom(UiZoom::factor());
    m_presentation = new PresentationMode(this, m_docks, m_zoom);
    createActions();
    createStatusBar();
    connectParts();

    QSettings settings;
    setPython(settings.value(QStringLiteral("python")).toString());
    m_runs->setBlockThresholdMs(settings.value(QStringLiteral("blockThresholdMs"), 0).toInt());
    setProgramText(welcomeProgram());
    resize(1400, 900);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    const auto mode = DockLayout::Mode(
            std::clamp(settings.value(QStringLiteral("layoutMode"), 0).toInt(), 0, 1));
    m_docks->arrange(mode); // every dock in place; a saved layout then overrides it
    m_docks->restore(settings.value(QStringLiteral("windowState")).toByteArray(), mode);
    setTheme(Theme(std::clamp(settings.value(QStringLiteral("theme"), 0).toInt(), 0, 2)));
    m_course->start(settings.value(QStringLiteral("lastLesson")).toString(),
                    settings.value(QStringLiteral("lastExercise")).toString());
    describeProgram();
}

MainWindow::~MainWindow()
{
    // The run goes first, while the views it detaches from and the comparison that may still
    // read its model are alive; the children would go in creation order.
    delete m_runs;
    delete m_comparison;
}

void MainWindow::createViews()
{
    auto *center = new QWidget(this);
    auto *layout = new QVBoxLayout(center);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_timeline = new TimelineView(center);
    m_legend = new TimelineLegend(center);
    if (FirstStartCard::wanted()) {
        auto *card = new FirstStartCard(center);
        connect(card, &FirstStartCard::guideRequested, this, &MainWindow::showTimelineGuide);
        layout->addWidget(card);
    }
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_legend);
    setCentralWidget(center);
    m_inspector = new Inspector(this);
    m_console = new OutputConsole(this);
    m_scheduler = new SchedulerPanel(this);
    m_playback = new PlaybackController(this);
    m_machinePanel = new QWidget(this);
    auto *machineLayout = new QVBoxLayout(m_machinePanel);
    machineLayout->setContentsMargins(0, 0, 0, 0);
    machineLayout->setSpacing(0);
    m_playbackBar = new PlaybackBar(m_playback, this, m_machinePanel);
    m_machine = new LoopMachineView(m_machinePanel);
    m_predictStrip = new PredictNextStrip(m_machinePanel);
    machineLayout->addWidget(m_playbackBar);
    machineLayout->addWidget(m_predictStrip);
    machineLayout->addWidget(m_machine, 1);
}

void MainWindow::createDocks()
{
    using Slot = DockLayout::Slot;
    m_docks->addDock(Slot::Course, tr("Course"), QStringLiteral("outlineDock"), outline());
    m_docks->addDock(Slot::Lesson, tr("Lesson"), QStringLiteral("lessonDock"), lessonView());
    // The one editor, with an exercise's statement and checks around it when one is open.
    m_docks->addDock(Slot::Program, tr("Program"), QStringLiteral("editorDock"), exercisePanel());
    m_docks->addDock(Slot::LoopMachine, tr("Loop machine"), QStringLiteral("loopMachineDock"),
                     m_machinePanel);
    m_docks->addDock(Slot::Inspector, tr("Inspector"), QStringLiteral("inspectorDock"),
                     m_inspector);
    m_docks->addDock(Slot::Output, tr("Output"), QStringLiteral("consoleDock"), m_console);
    m_docks->addDock(Slot::Scheduler, tr("Scheduler"), QStringLiteral("schedulerDock"),
                     m_scheduler);
    auto *eventLog = new EventLog(this); // the timeline's story as text, synced with it
    eventLog->setTimeline(m_timeline);
    m_docks->addDock(Slot::EventLog, tr("Event log"), QStringLiteral("eventLogDock"), eventLog);
}

void MainWindow::createStatusBar()
{
    m_stateLabel = new QLabel(tr("Ready"), this);
    m_elapsedLabel = new QLabel(this);
    m_eventsLabel = new QLabel(this);
    m_pythonLabel = new QLabel(this);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_elapsedLabel);
    statusBar()->addPermanentWidget(m_eventsLabel);
    statusBar()->addPermanentWidget(m_pythonLabel);
}

void MainWindow::connectParts()
{
    auto showMessage = [this](const QString &text, int timeoutMs) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, timeoutMs);
    };
    connect(m_timeline, &TimelineView::spanSelected, m_inspector, &Inspector::showSelection);
    // The inspector has something to say about a selection only: without one it gives its
    // width back to the timeline (in the learner's layout).
    connect(m_timeline, &TimelineView::spanSelected, this,
            [this](int lane) { m_docks->setHasContent(DockLayout::Slot::Inspector, lane >= 0); });
    // Enter on the timeline: bring the inspector forward (it may be behind the scheduler).
    connect(m_timeline, &TimelineView::inspectRequested, this,
            [this] { m_docks->reveal(DockLayout::Slot::Inspector); });
    connect(m_timeline, &TimelineView::frameSelected, this, [this](int lane, int depth, int index) {
        if (const auto bar = m_timeline->frameBar(lane, depth, index))
            m_inspector->showFrame(lane, depth, *bar);
    });
    connect(m_inspector, &Inspector::spanRequested, m_timeline, &TimelineView::selectSpan);
    connect(m_inspector, &Inspector::timeRequested, m_timeline, &TimelineView::revealTime);
    connect(m_course, &CourseController::exampleViewWanted, this, [this](bool steps, bool frames) {
        m_timeline->setAxis(steps ? TimelineAxis::Steps : TimelineAxis::Time);
        m_timeline->setAllFramesShown(frames);
    });

    connect(m_runs, &RunController::runRequested, this, &MainWindow::run);
    connect(m_runs, &RunController::runStarted, this, [this] {
        m_docks->setHasContent(DockLayout::Slot::Inspector, false);
        // The loop machine waited narrow for a run: now it has one to show.
        m_docks->setHasContent(DockLayout::Slot::LoopMachine, true);
    });
    connect(m_runs, &RunController::modelFinished, this,
            [this] { m_docks->setHasContent(DockLayout::Slot::LoopMachine, true); });
    connect(m_runs, &RunController::stateChanged, this, &MainWindow::updateStatus);
    connect(m_runs, &RunController::message, this, showMessage);
    connect(m_runs, &RunController::programOpened, this,
            [this](const QString &text, const QString &fileName) {
                setProgramText(text, fileName);
            });
    // Paused: the loop machine is where a learner looks (the scheduler list stays for detail).
    connect(m_runs, &RunController::paused, this,
            [this] { m_docks->reveal(DockLayout::Slot::LoopMachine); });
    connect(m_runs, &RunController::aboutToReplaceModel, m_comparison,
            &ComparisonController::settle);
    connect(m_runs, &RunController::modelFinished, m_comparison,
            &ComparisonController::noteFinishedModel);
    // After the course's own handlers (connected when it was made): a lesson example's
    // results are under it by the time the window says the run finished.
    connect(m_runs, &RunController::runStarted, this, &MainWindow::runStarted);
    connect(m_runs, &RunController::runFinished, this, &MainWindow::runFinished);
    connect(m_runs, &RunController::paused, this, &MainWindow::paused);
    // A lesson example stepped through asks its predict_next item; the answer shows on its step.
    connect(m_course, &CourseController::exampleStarting, m_predictNext,
            [this](const Lessons::Lesson *lesson, const QString &exampleId, bool paused) {
                m_predictNext->armForExample(paused ? lesson : nullptr, exampleId);
            });
    connect(m_predictNext, &PredictNextController::lessonItemAnswered, lessonView(),
            &LessonView::refreshPredictions);

    // Another lesson or exercise: its program is in the editor, the old run leaves the screen.
    auto clearShown = [this] {
        m_runs->clearShown();
        m_docks->setHasContent(DockLayout::Slot::Inspector, false);
    };
    connect(m_course, &CourseController::lessonChanged, this, clearShown);
    connect(m_course, &CourseController::exerciseOpened, this, clearShown);
    connect(m_document, &ProgramDocument::replaced, this, &MainWindow::describeProgram);
    connect(m_document, &ProgramDocument::modifiedChanged, this, &MainWindow::describeProgram);
    connect(m_document, &ProgramDocument::draftFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Your edits could not be saved: %1").arg(error), 10000);
    });
    connect(m_files, &FileActions::message, this, showMessage);
    connect(m_course, &CourseController::message, this, showMessage);
    connect(lessonView(), &LessonView::compareRequested, this, &MainWindow::compareExamples);
    connect(m_comparison, &ComparisonController::examplesCompared, m_course,
            [this](const QString &lessonId, const Lessons::ExampleOutcome &a,
                   const Lessons::ExampleOutcome &b) {
                m_course->showComparedExamples(lessonId, a, b);
            });
    connect(m_comparison, &ComparisonController::message, this, showMessage);
    connect(m_comparison, &ComparisonController::comparisonShown, this,
            &MainWindow::comparisonShown);

    connect(m_interpreter, &InterpreterChoice::pythonChanged, this, [this](const QString &p) {
        m_runs->setPython(p);
        m_course->setPython(p);
        m_comparison->setPython(p);
        updateStatus();
    });
    connect(m_interpreter, &InterpreterChoice::versionChanged, this, &MainWindow::updateStatus);
    connect(m_interpreter, &InterpreterChoice::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_theme, &AppTheme::changed, this, &MainWindow::applyThemeToViews);
    connect(m_zoom, &UiZoom::changed, this, [this](int percent) {
        m_docks->setZoom(UiZoom::factor());
        statusBar()->showMessage(tr("Text size %1 % (Ctrl+0: 100 %)").arg(percent), 4000);
    });
    connect(m_document, &ProgramDocument::replaced, this, &MainWindow::applyDefaultClock);
    connectPlayback();
}

void MainWindow::connectPlayback()
{
    // Only a finished run (or a recording, or a check's run) plays; a live one is the cursor's
    // run-to target instead.
    auto followModel = [this] {
        const Core::TraceModel *m = isRunning() ? nullptr : model();
        if (m != m_playback->model())
            m_playback->setModel(m);
    };
    connect(m_runs, &RunController::aboutToReplaceModel, m_playback,
            [this] { m_playback->setModel(nullptr); });
    connect(m_runs, &RunController::stateChanged, this, followModel);
    connect(m_playback, &PlaybackController::positionChanged, this, [this](double t) {
        m_timeline->setTimeCursor(t);
        const double x = timeToX(m_timeline->timeScale(), t);
        if (x < 0 || x > m_timeline->plotWidth())
            m_timeline->revealTime(t);
    });
    connect(m_timeline, &TimelineView::timeCursorChanged, m_playback,
            &PlaybackController::setPosition);
    // A chip in the loop machine names a task: select its lane (and show it in the inspector),
    // and while Predict next asks, pick it.
    connect(m_machine, &LoopMachineView::taskActivated, m_predictNext,
            &PredictNextController::pickTask);
    connect(m_machine, &LoopMachineView::taskActivated, this, [this](quint32 task) {
        const Core::TraceModel *m = model();
        const Core::TaskInfo *info = m ? m->task(task) : nullptr;
        if (!info || info->lane < 0)
            return;
        const double t = m_timeline->hasTimeCursor() ? m_timeline->timeCursor() : 0;
        m_timeline->selectSpan(info->lane, std::max(0, m->lastIndex(info->lane, Core::TimeNs(t))));
    });
}

// --- forwarding to the parts ---
// clang-format off

CodeEditor *MainWindow::editor() const { return m_document->editor(); }
CourseOutline *MainWindow::outline() const { return m_course->outline(); }
LessonView *MainWindow::lessonView() const { return m_course->lessonView(); }
ExercisePanel *MainWindow::exercisePanel() const { return m_course->exercisePanel(); }
ComparisonView *MainWindow::comparisonView() const { return m_comparison->view(); }
bool MainWindow::isComparingExamples() const { return m_comparison->isComparingExamples(); }
QAction *MainWindow::runAction() const { return m_runs->actions()->run; }
QAction *MainWindow::stepModeAction() const { return m_runs->actions()->stepMode; }
QAction *MainWindow::stepAction() const { return m_runs->actions()->step; }
QAction *MainWindow::stepSwitchAction() const { return m_runs->actions()->stepSwitch; }
QAction *MainWindow::continueAction() const { return m_runs->actions()->continueRun; }
QAction *MainWindow::runToCursorAction() const { return m_runs->actions()->runToCursor; }
QAction *MainWindow::compareAction() const { return m_comparison->compareAction(); }
bool MainWindow::isRunning() const { return m_runs->isRunning(); }
bool MainWindow::isPaused() const { return m_runs->isPaused(); }
Core::RunSession *MainWindow::session() const { return m_runs->session(); }
const Core::TraceModel *MainWindow::model() const { return m_runs->model(); }
const Lessons::Catalog &MainWindow::catalog() const { return m_course->catalog(); }
const Lessons::ExerciseCatalog &MainWindow::exercises() const { return m_course->exercises(); }
Lessons::ProgressStore *MainWindow::progress() const { return m_course->progress(); }
const Lessons::LessonsFolder *MainWindow::lessonsFolder() const
{ return m_course->lessonsFolder(); }
QString MainWindow::python() const { return m_interpreter->python(); }
void MainWindow::setPython(const QString &python) { m_interpreter->setPython(python); }
MainWindow::Theme MainWindow::theme() const { return m_theme->theme(); }
void MainWindow::setVirtualClock(bool on) { m_runs->setVirtualClock(on); }
void MainWindow::setStepMode(bool on) { m_runs->setStepMode(on); }
bool MainWindow::stepMode() const { return m_runs->stepMode(); }
void MainWindow::stop() { m_runs->stop(); }
void MainWindow::stepOnce() { m_runs->stepOnce(); }
void MainWindow::stepToNextSwitch() { m_runs->stepToNextSwitch(); }
void MainWindow::continueRun() { m_runs->continueRun(); }
void MainWindow::runToCursor() { m_runs->runToCursor(); }
bool MainWindow::exportChromeTrace(const QString &path) { return m_runs->exportChromeTrace(path); }
bool MainWindow::saveRecording(const QString &path) { return m_runs->saveRecording(path); }
bool MainWindow::openRecording(const QString &path) { return m_runs->openRecording(path); }
void MainWindow::runExample(const QString &lessonId, const QString &exampleId)
{ m_course->runExample(lessonId, exampleId); }
void MainWindow::stepThroughExample(const QString &lessonId, const QString &exampleId)
{ m_course->runExample(lessonId, exampleId, true); }
void MainWindow::openExample(const QString &lessonId, const QString &exampleId)
{ m_course->openExample(lessonId, exampleId); }
bool MainWindow::openExercise(const QString &exerciseId)
{ return m_course->openExercise(exerciseId); }
bool MainWindow::openLessonsFolder(const QString &path)
{ return m_course->openLessonsFolder(path); }
void MainWindow::closeLessonsFolder() { m_course->closeLessonsFolder(); }

// clang-format on

void MainWindow::compareExamples(const QString &lessonId, const QString &exampleId,
                                 const QString &otherExampleId)
{
    if (m_comparison->isComparingExamples())
        return;
    lessonView()->setExampleRunning(exampleId, true);
    m_comparison->compareExamples(m_course->catalogOf(lessonId), lessonId, exampleId,
                                  otherExampleId);
}

void MainWindow::setProgramText(const QString &text, const QString &fileName)
{
    m_document->setScratch(text, fileName);
}

void MainWindow::run()
{
    if (isRunning())
        return;
    using Kind = ProgramDocument::Kind;
    switch (m_document->kind()) {
    case Kind::Exercise:
        if (m_course->f5ChecksExercise())
            exercisePanel()->check(); // like its Check button: nothing while a check runs
        return;
    case Kind::Example:
        m_course->runExample(m_document->lessonId(), m_document->exampleId());
        return;
    case Kind::File:
        // The file runs where it is, as the learner sees it: saved first (as Thonny does).
        if (m_document->isModified() && !m_files->save())
            return;
        m_runs->runFile(m_document->filePath());
        return;
    case Kind::Scratch:
        m_runs->runProgram(m_document->text(), m_document->fileName());
        return;
    }
}

QString MainWindow::f5Meaning() const
{
    const QString name = m_document->fileName();
    switch (m_document->kind()) {
    case ProgramDocument::Kind::Exercise:
        return tr("F5 checks %1, your exercise").arg(name);
    case ProgramDocument::Kind::Example:
        return m_document->isModified()
                ? tr("F5 runs %1, the lesson's example with your edits").arg(name)
                : tr("F5 runs %1, the lesson's example").arg(name);
    case ProgramDocument::Kind::File:
        return m_document->isModified() ? tr("F5 saves and runs %1, your file").arg(name)
                                        : tr("F5 runs %1, your file").arg(name);
    case ProgramDocument::Kind::Scratch:
        break;
    }
    return tr("F5 runs %1").arg(name);
}

void MainWindow::describeProgram()
{
    // The dock says which program this is and whether it is the course's own version; F5's
    // tooltip and the state line say what F5 will do with it, so it is never a surprise.
    if (QDockWidget *dock = m_docks->dock(DockLayout::Slot::Program)) {
        dock->setWindowTitle(tr("Program: %1").arg(m_document->title()));
        dock->setToolTip(m_document->kind() == ProgramDocument::Kind::File
                                 ? QDir::toNativeSeparators(m_document->filePath())
                                 : QString());
    }
    setWindowTitle(tr("%1[*] — Loopscope").arg(m_document->fileName()));
    setWindowModified(m_document->isModified());
    const QString f5 = f5Meaning();
    runAction()->setToolTip(f5);
    runAction()->setStatusTip(f5);
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_stateLabel)
        return; // still being built
    const Core::TraceModel *m = model();
    // While a run goes on, what it does; else how the last one ended and what F5 does next.
    const QString state = m_runs->stateText();
    if (isRunning() || state.isEmpty())
        m_stateLabel->setText(state.isEmpty() ? tr("Ready — %1").arg(f5Meaning()) : state);
    else
        m_stateLabel->setText(tr("%1 — %2").arg(state, f5Meaning()));
    m_elapsedLabel->setText(m_runs->elapsedText());
    if (!m) {
        m_eventsLabel->clear();
    } else {
        QString events
            = m->recordCount() == 1 ? tr("1 event") : tr("%L1 events").arg(m->recordCount());
        QString why;
        // Past the model's task limit later tasks are only counted (docs/SUMMARY.md, Memory).
        if (const std::uint64_t untracked = m->untrackedTasks()) {
            events += tr(" · %L1 tasks not drawn").arg(untracked);
            why = tr("The program created more than %L1 tasks: the timeline shows the first %L1, "
                     "the others are only counted (the run summary's task_groups).")
                      .arg(m->taskLimit());
        }
        m_eventsLabel->setText(events);
        m_eventsLabel->setToolTip(why);
    }
    QString version = m_runs->pythonVersion();
    if (version.isEmpty())
        version = m_interpreter->version();
    const QString python = m_interpreter->python();
    m_pythonLabel->setText(version.isEmpty() ? (python.isEmpty() ? tr("Python: auto") : python)
                                             : tr("Python %1").arg(version));
    m_pythonLabel->setToolTip(python.isEmpty() ? tr("Automatic interpreter choice") : python);
    m_interpreterAction->setEnabled(!isRunning());
}

void MainWindow::setTheme(Theme theme)
{
    m_themeActions[int(theme)]->setChecked(true);
    QSettings().setValue(QStringLiteral("theme"), int(theme));
    m_theme->apply(theme);
}

void MainWindow::applyThemeToViews()
{
    const bool dark = m_theme->isDark();
    m_timeline->setDarkOverride(m_theme->darkOverride());
    m_legend->setTimelinePalette(dark ? TimelinePalette::darkPalette() : TimelinePalette::light());
    editor()->setDark(dark);
    m_console->setDark(dark);
    m_comparison->setDarkOverride(m_theme->darkOverride());
    m_machine->setDarkOverride(m_theme->darkOverride());
}

bool MainWindow::defaultVirtualClock() const
{
    const QVariant clock = QSettings().value(QStringLiteral("defaultClock"));
    return clock.isValid() ? clock.toString() == QLatin1String("virtual") : m_runs->virtualClock();
}

void MainWindow::setDefaultVirtualClock(bool on)
{
    QSettings().setValue(QStringLiteral("defaultClock"),
                         on ? QStringLiteral("virtual") : QStringLiteral("real"));
    applyDefaultClock();
}

void MainWindow::applyDefaultClock()
{
    // Only once chosen in Preferences: before that the Run menu's toggle is remembered as is.
    const auto kind = m_document->kind();
    if (QSettings().contains(QStringLiteral("defaultClock"))
        && (kind == ProgramDocument::Kind::Scratch || kind == ProgramDocument::Kind::File))
        m_runs->setVirtualClock(defaultVirtualClock());
}

int MainWindow::blockThresholdMs() const
{
    const int ms = QSettings().value(QStringLiteral("blockThresholdMs"), 0).toInt();
    return ms > 0 ? ms : kDefaultBlockThresholdMs;
}

void MainWindow::setBlockThresholdMs(int ms)
{
    ms = std::clamp(ms, kMinBlockThresholdMs, kMaxBlockThresholdMs);
    QSettings().setValue(QStringLiteral("blockThresholdMs"), ms);
    m_runs->setBlockThresholdMs(ms);
}

void MainWindow::showPreferences()
{
    if (auto *open = findChild<PreferencesDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showTimelineGuide()
{
    if (auto *open = findChild<TimelineGuide *>()) {
        open->raise();
        return;
    }
    auto *guide = new TimelineGuide(m_theme->darkOverride(), this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show();
}

void MainWindow::keepLastRun(const QString &file)
{
    m_runs->setLastRunFile(file);
}

void MainWindow::showCrashNotice(const QString &recordingFolder, bool hasRecording)
{
    delete m_crashNotice;
    m_crashNotice = new CrashNotice(recordingFolder, hasRecording, centralWidget());
    // Above everything in the middle, the first-start card included: it is news about now.
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(0, m_crashNotice);
    m_crashNotice->show(); // now, not when the layout gets round to it
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The learner's own unsaved program is theirs to keep or drop; drafts save themselves.
    if (m_document->hasUnsavedText() && !m_files->askToKeep()) {
        event->ignore();
        return;
    }
    m_document->saveDraft();
    m_presentation->setActive(false); // the layout to keep is the one presenting will go back to
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), m_docks->save());
    settings.setValue(QStringLiteral("layoutMode"), int(m_docks->mode()));
    m_runs->stop();
    QMainWindow::closeEvent(event);
}

} // namespace Ui
