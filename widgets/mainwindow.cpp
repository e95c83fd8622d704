#include "mainwindow.h"

#include "catalogloader.h"
#include "chromeexporter.h"
#include "codeeditor.h"
#include "comparisonview.h"
#include "courseoutline.h"
#include "courseoutlinemodel.h"
#include "exercisepanel.h"
#include "lessonview.h"
#include "progressstore.h"
#include "inspector.h"
#include "outputconsole.h"
#include "runsession.h"
#include "runsummary.h"
#include "schedulerpanel.h"
#include "timelinelegend.h"
#include "timelinepalette.h"
#include "timelineview.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QResizeEvent>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <cmath>

namespace Ui {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2A, 0x2D, 0x33), base(0x1E, 0x20, 0x24), text(0xE6, 0xE8, 0xEB);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x28, 0x2D));
    p.setColor(QPalette::ToolTipBase, QColor(0x38, 0x3C, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8F, 0x99, 0xA3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3E));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3A, 0x9B, 0xDB));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6F, 0xB7, 0xF0));
    p.setColor(QPalette::LinkVisited, QColor(0xCC, 0x79, 0xA7));
    p.setColor(QPalette::Mid, QColor(0x45, 0x4A, 0x52));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1A, 0x1D));
    p.setColor(QPalette::Light, QColor(0x45, 0x4A, 0x52));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x77, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x77, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x77, 0x80));
    return p;
}

QString welcomeProgram()
{
    QFile f(QStringLiteral(":/ui/welcome.py"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Loopscope"));
    setObjectName(QStringLiteral("MainWindow"));
    m_systemPalette = QApplication::palette();
    m_systemStyle = QApplication::style()->name();
    m_catalog = Lessons::CatalogLoader::loadBuiltIn();
    m_exerciseCatalog = Lessons::ExerciseCatalog::load(m_catalog);
    m_progress = std::make_unique<Lessons::ProgressStore>();

    auto *center = new QWidget(this);
    auto *layout = new QVBoxLayout(center);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_timeline = new TimelineView(center);
    m_legend = new TimelineLegend(center);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_legend);
    setCentralWidget(center);

    createDocks();
    createActions();

    m_stateLabel = new QLabel(tr("Ready"), this);
    m_elapsedLabel = new QLabel(this);
    m_eventsLabel = new QLabel(this);
    m_pythonLabel = new QLabel(this);
    statusBar()->addWidget(m_stateLabel, 1);
    statusBar()->addPermanentWidget(m_elapsedLabel);
    statusBar()->addPermanentWidget(m_eventsLabel);
    statusBar()->addPermanentWidget(m_pythonLabel);
    m_statusTimer.setInterval(100);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);

    connect(m_timeline, &TimelineView::spanSelected, m_inspector, &Inspector::showSelection);
    connect(m_timeline, &TimelineView::inspectRequested, this, [this] {
        // Enter on the timeline: bring the inspector forward (it may be behind the scheduler).
        if (auto *d = qobject_cast<QDockWidget *>(m_inspector->parentWidget())) {
            d->show();
            d->raise();
        }
    });
    connect(m_timeline, &TimelineView::followLiveChanged, m_followAction, &QAction::setChecked);
    connect(m_inspector, &Inspector::spanRequested, m_timeline, &TimelineView::selectSpan);
    connect(m_inspector, &Inspector::timeRequested, m_timeline, &TimelineView::revealTime);
    connect(m_inspector, &Inspector::sourceRequested, this, &MainWindow::showSource);
    connect(m_console, &OutputConsole::lineActivated, this, &MainWindow::showOutputMoment);
    connect(m_timeline, &TimelineView::timeCursorChanged, this, &MainWindow::onTimeCursor);
    connect(m_outline, &CourseOutline::stepActivated, this, &MainWindow::showLessonStep);
    connect(m_outline, &CourseOutline::exerciseActivated, this, &MainWindow::openExercise);
    connect(m_lessonView, &LessonView::stepShown, this, &MainWindow::onStepShown);
    connect(m_lessonView, &LessonView::progressChanged, m_outline->model(),
            &CourseOutlineModel::refreshProgress);
    connect(m_lessonView, &LessonView::runExampleRequested, this, &MainWindow::runExample);
    connect(m_lessonView, &LessonView::stepThroughRequested, this, &MainWindow::stepThroughExample);
    connect(m_lessonView, &LessonView::compareRequested, this, &MainWindow::compareExamples);
    connect(m_lessonView, &LessonView::openExampleRequested, this, &MainWindow::openExample);
    connect(m_exercisePanel, &ExercisePanel::checkFinished, this, &MainWindow::showCheckedRun);
    connect(m_exercisePanel, &ExercisePanel::statusChanged, m_outline->model(),
            &CourseOutlineModel::refreshProgress);
    trackWorkingEditor();

    QSettings settings;
    setPython(settings.value(QStringLiteral("python")).toString());
    m_virtualClockAction->setChecked(settings.value(QStringLiteral("virtualClock"), false).toBool());
    m_stepModeAction->setChecked(settings.value(QStringLiteral("stepMode"), false).toBool());
    setProgramText(welcomeProgram());
    resize(1400, 900);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    m_defaultDockSizesPending = !restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    setTheme(Theme(std::clamp(settings.value(QStringLiteral("theme"), 0).toInt(), 0, 2)));
    if (!m_progress->message().isEmpty())
        m_lessonView->setBanner(m_progress->message());
    restoreLessonsFolder();
    const QString lastLesson = settings.value(QStringLiteral("lastLesson")).toString();
    showStartingLesson(lastLesson);
    if (lastLesson.isEmpty())
        openStartingExample();
    if (const Lessons::Exercise *e = findExercise(settings.value(QStringLiteral("lastExercise")).toString()))
        m_exercisePanel->setExercise(e);
    // Raised once the tab bar exists: a new window opens on the lesson, not the exercise.
    QTimer::singleShot(0, m_lessonDock, &QDockWidget::raise);
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    settleSummaryJob();
    // Views point into the session's model; detach them before it goes.
    m_timeline->setModel(nullptr);
    m_inspector->setModel(nullptr);
    m_console->setModel(nullptr);
    if (m_session && m_session->isRunning())
        m_session->stop();
    m_lab.stop();
}

void MainWindow::createDocks()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    auto dock = [this](const QString &title, const QString &name, QWidget *widget,
                       Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_editor = new CodeEditor(this);
    m_outline = new CourseOutline(this);
    m_outline->model()->setCatalog(&m_catalog, &m_exerciseCatalog, m_progress.get());
    m_lessonView = new LessonView(this);
    m_lessonView->setCatalog(&m_catalog, m_progress.get());
    m_exercisePanel = new ExercisePanel(this);
    m_exercisePanel->setProgressStore(m_progress.get());
    m_inspector = new Inspector(this);
    m_console = new OutputConsole(this);
    m_scheduler = new SchedulerPanel(this);
    auto *outlineDock = dock(tr("Course"), QStringLiteral("outlineDock"), m_outline, Qt::LeftDockWidgetArea);
    m_lessonDock = dock(tr("Lesson"), QStringLiteral("lessonDock"), m_lessonView, Qt::LeftDockWidgetArea);
    m_editorDock = dock(tr("Program"), QStringLiteral("editorDock"), m_editor, Qt::LeftDockWidgetArea);
    m_exerciseDock = dock(tr("Exercise"), QStringLiteral("exerciseDock"), m_exercisePanel, Qt::LeftDockWidgetArea);
    auto *inspectorDock = dock(tr("Inspector"), QStringLiteral("inspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    dock(tr("Output"), QStringLiteral("consoleDock"), m_console, Qt::BottomDockWidgetArea);
    m_schedulerDock = dock(tr("Scheduler"), QStringLiteral("schedulerDock"), m_scheduler, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, m_schedulerDock);
    inspectorDock->raise();
    splitDockWidget(outlineDock, m_lessonDock, Qt::Horizontal);
    splitDockWidget(m_lessonDock, m_editorDock, Qt::Vertical);
    // The exercise takes the lesson's place, one tab each: its statement, code and checks
    // need the height, and the lesson is one click away.
    tabifyDockWidget(m_lessonDock, m_exerciseDock);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

const Core::TraceModel *MainWindow::model() const
{
    if (m_replay)
        return m_replay.get();
    if (m_checkModel)
        return m_checkModel;
    return m_session ? &m_session->model() : nullptr;
}

bool MainWindow::isRunning() const
{
    return m_session && m_session->isRunning();
}

void MainWindow::setProgramText(const QString &text, const QString &fileName)
{
    m_editor->setText(text);
    m_editor->clearRunMarkers();
    m_programFile = fileName;
    setWorkingOnExercise(false); // a program just put in the editor is the one F5 should run
}

void MainWindow::setVirtualClock(bool on)
{
    m_virtualClockAction->setChecked(on);
}

void MainWindow::setStepMode(bool on)
{
    m_stepModeAction->setChecked(on);
}

bool MainWindow::stepMode() const
{
    return m_stepModeAction->isChecked();
}

bool MainWindow::isPaused() const
{
    return m_session && m_session->isRunning() && m_session->isPaused();
}

void MainWindow::showModel(const Core::TraceModel *model, bool live)
{
    m_timeline->setModel(model);
    m_timeline->setLive(live);
    m_inspector->setModel(model);
    m_inspector->setLive(live);
    m_console->setModel(model);
}

void MainWindow::run()
{
    if (isRunning())
        return;
    m_runDir = std::make_unique<QTemporaryDir>();
    m_programPath = m_runDir->filePath(m_programFile);
    QFile program(m_programPath);
    if (!m_runDir->isValid() || !program.open(QIODevice::WriteOnly)
        || program.write(m_editor->text().toUtf8()) < 0) {
        m_console->setNotice(tr("Cannot write the program to a temporary folder."), true);
        return;
    }
    program.close();
    Core::RunRequest request;
    request.python = m_python;
    request.program = m_programPath;
    request.workingDirectory = m_runDir->path();
    request.virtualClock = m_virtualClockAction->isChecked();
    request.stepMode = m_stepModeAction->isChecked();
    m_example.reset();
    startRun(std::move(request), m_programFile);
}

void MainWindow::startRun(Core::RunRequest request, const QString &label)
{
    if (!m_runDir || !m_runDir->isValid())
        m_runDir = std::make_unique<QTemporaryDir>();
    m_recordingPath = m_runDir->filePath(QStringLiteral("run.lstrace"));
    request.recordPath = m_recordingPath;
    if (m_stepExample && m_example && m_stepExample->first == m_example->lessonId
        && m_stepExample->second == m_example->exampleId)
        request.stepMode = true; // Step through (see stepThroughExample)
    m_stepExample.reset();

    settleSummaryJob(); // it may still be reading the model about to go
    Core::RunSession *previous = m_session;
    m_session = new Core::RunSession(this);
    m_replay.reset();
    m_checkModel = nullptr;
    connect(m_session, &Core::RunSession::modelChanged, this, &MainWindow::onModelChanged);
    connect(m_session, &Core::RunSession::finished, this, &MainWindow::onRunFinished);
    connect(m_session, &Core::RunSession::paused, this, &MainWindow::onPaused);
    showModel(&m_session->model(), true);
    delete previous; // finished (isRunning() was false) and no view points into it any more
    m_check.reset();
    m_editor->clearRunMarkers();
    m_lastResult.reset();
    m_scheduler->clear(request.stepMode ? tr("Starting %1 paused…").arg(label)
                                        : tr("Running freely: the scheduler is shown while paused "
                                             "(Run ▸ Step mode) or at the time cursor once the "
                                             "run has ended."));
    m_stateText = tr("Running %1…").arg(label);
    m_elapsed.start();
    m_statusTimer.start();
    m_session->start(request);
    updateActions();
    updateStatus();
    Q_EMIT runStarted();
}

void MainWindow::stop()
{
    if (!isRunning())
        return;
    m_stateText = tr("Stopping…");
    m_session->stop();
    updateStatus();
}

void MainWindow::onModelChanged()
{
    m_timeline->modelUpdated();
    m_inspector->refresh();
    m_console->refresh();
}

void MainWindow::onRunFinished(const Core::RunResult &result)
{
    m_lastResult = result;
    m_statusTimer.stop();
    onModelChanged();
    m_timeline->setLive(false);
    m_inspector->setLive(false);
    switch (result.status) {
    case Core::RunStatus::Ok:
        m_stateText = tr("Finished");
        break;
    case Core::RunStatus::Error:
        m_stateText = result.started ? tr("Failed (exit code %1)").arg(result.exitCode.value_or(-1))
                                     : tr("Could not start");
        break;
    case Core::RunStatus::Timeout:
        m_stateText = tr("Timed out");
        break;
    case Core::RunStatus::Crashed:
        m_stateText = tr("Crashed (signal %1)").arg(result.signal.value_or(0));
        break;
    case Core::RunStatus::Stopped:
        m_stateText = tr("Stopped");
        break;
    }
    if (!result.error.isEmpty())
        m_console->setNotice(result.started ? result.error
                                            : tr("%1 — choose another under Run ▸ Interpreter.")
                                                      .arg(result.error),
                             true);
    markEditor(m_session->model());
    m_editor->setNextLine(0);
    noteFinishedModel(m_session->model(), QFileInfo(m_programPath).fileName());
    m_scheduler->clear(tr("The run has ended: click the timeline's ruler (or press , and .) to "
                          "see the scheduler at any moment."));
    if (m_timeline->hasTimeCursor())
        onTimeCursor(m_timeline->timeCursor());
    if (m_example) {
        exampleFinished(result);
        m_example.reset();
    }
    updateActions();
    updateStatus();
    Q_EMIT runFinished(result);
}

bool MainWindow::isOurFile(const QString &file) const
{
    return !file.isEmpty() && QFileInfo(file).fileName() == QFileInfo(m_programPath).fileName();
}

void MainWindow::onPaused(const Core::PausedInfo &info)
{
    m_scheduler->showPause(m_session->model(), info);
    m_editor->setNextLine(isOurFile(info.next.file) ? int(info.next.line) : 0);
    m_stateText = tr("Paused before %1 — F10 step, Shift+F10 next task switch, F5 continue")
                          .arg(info.next.name);
    if (!m_schedulerDock->isVisible())
        m_schedulerDock->show();
    m_schedulerDock->raise();
    onModelChanged();
    updateActions();
    updateStatus();
    Q_EMIT paused(info);
}

void MainWindow::stepCommandSent(const QString &state)
{
    m_stateText = state;
    updateActions();
    updateStatus();
}

void MainWindow::stepOnce()
{
    if (isPaused() && m_session->step())
        stepCommandSent(tr("Stepping…"));
}

void MainWindow::stepToNextSwitch()
{
    if (isPaused() && m_session->stepToNextSwitch())
        stepCommandSent(tr("Running to the next task switch…"));
}

void MainWindow::continueRun()
{
    if (!isPaused() || !m_session->resume())
        return;
    m_editor->setNextLine(0);
    m_scheduler->clear(tr("Running freely to the end…"));
    stepCommandSent(tr("Running %1…").arg(QFileInfo(m_programPath).fileName()));
}

void MainWindow::runToCursor()
{
    if (!isPaused() || !m_timeline->hasTimeCursor())
        return;
    if (m_session->runTo(Core::TimeNs(std::llround(m_timeline->timeCursor()))))
        stepCommandSent(tr("Running to %1 s…").arg(m_timeline->timeCursor() / 1e9, 0, 'f', 6));
}

void MainWindow::onTimeCursor(double t)
{
    updateActions();
    if (t < 0)
        m_console->setWrittenLines(-1);
    if (isRunning()) // live: the scheduler is the paused program's; the cursor is a run-to target
        return;
    const Core::SchedulerState *state = t >= 0 ? m_timeline->cursorState() : nullptr;
    if (!state || !model()) {
        m_console->setWrittenLines(-1);
        if (model())
            m_scheduler->clear();
        return;
    }
    m_scheduler->showState(*model(), *state);
    m_console->setWrittenLines(int(state->outputLines));
}

void MainWindow::markEditor(const Core::TraceModel &model)
{
    auto ours = [&](const QString &file) { return isOurFile(file); };
    if (const auto &error = model.error(); error && ours(error->file))
        m_editor->setErrorLine(int(error->line), error->type + QStringLiteral(": ") + error->message);
    for (const Core::BlockedInfo &b : model.blocked()) {
        if (ours(b.file)) {
            m_editor->setBlockedLine(int(b.line), tr("This line held the event loop for %1 ms")
                                                          .arg(b.duration / 1000000));
            break;
        }
    }
}

void MainWindow::updateStatus()
{
    const Core::TraceModel *m = model();
    const QString ready = f5ChecksExercise() ? tr("Ready — press F5 to check the exercise")
                                             : tr("Ready — press F5 to run");
    m_stateLabel->setText(m_stateText.isEmpty() ? ready : m_stateText);
    if (isRunning())
        m_elapsedLabel->setText(tr("%1 s").arg(m_elapsed.elapsed() / 1000.0, 0, 'f', 1));
    else if (m_lastResult && m_lastResult->started)
        m_elapsedLabel->setText(tr("%1 s").arg(m_lastResult->wallSeconds, 0, 'f', 2));
    else if (m && m->endTime())
        m_elapsedLabel->setText(tr("%1 s").arg(double(m->endTime()) / 1e9, 0, 'f', 2));
    else
        m_elapsedLabel->clear();
    if (!m)
        m_eventsLabel->clear();
    else
        m_eventsLabel->setText(m->recordCount() == 1 ? tr("1 event")
                                                     : tr("%L1 events").arg(m->recordCount()));
    QString python;
    if (m && m->hello())
        python = m->hello()->pythonVersion;
    else if (m_lastResult)
        python = m_lastResult->pythonVersion;
    if (python.isEmpty())
        python = m_pythonVersion;
    m_pythonLabel->setText(python.isEmpty() ? (m_python.isEmpty() ? tr("Python: auto") : m_python)
                                            : tr("Python %1").arg(python));
    m_pythonLabel->setToolTip(m_python.isEmpty() ? tr("Automatic interpreter choice") : m_python);
}

void MainWindow::updateActions()
{
    const bool running = isRunning();
    const bool paused = isPaused();
    m_stepAction->setEnabled(paused);
    m_stepSwitchAction->setEnabled(paused);
    m_continueAction->setEnabled(paused);
    m_runToCursorAction->setEnabled(paused && m_timeline->hasTimeCursor()
                                    && m_timeline->timeCursor() > double(m_session->lastPause().next.t));
    m_stepModeAction->setEnabled(!running);
    m_compareAction->setEnabled(m_previousRun.has_value() && m_currentRun.has_value());
    // F5 runs, or continues a paused program.
    m_runAction->setShortcut(paused ? QKeySequence() : QKeySequence(Qt::Key_F5));
    m_continueAction->setShortcut(paused ? QKeySequence(Qt::Key_F5) : QKeySequence());
    m_runAction->setEnabled(!running);
    m_stopAction->setEnabled(running);
    m_virtualClockAction->setEnabled(!running);
    m_interpreterAction->setEnabled(!running);
    m_openRecordingAction->setEnabled(!running);
    m_exportAction->setEnabled(!running && model());
    m_saveRecordingAction->setEnabled(!running && !m_replay && !m_recordingPath.isEmpty()
                                      && QFileInfo::exists(m_recordingPath));
}

bool MainWindow::exportChromeTrace(const QString &path)
{
    const Core::TraceModel *m = model();
    QFile file(path);
    if (!m || !file.open(QIODevice::WriteOnly) || !Core::writeChromeTrace(*m, file)) {
        statusBar()->showMessage(tr("Could not export the trace to %1").arg(path), 5000);
        return false;
    }
    statusBar()->showMessage(tr("Exported to %1 — open it in ui.perfetto.dev").arg(path), 5000);
    return true;
}

bool MainWindow::saveRecording(const QString &path)
{
    if (m_recordingPath.isEmpty() || isRunning())
        return false;
    QFile::remove(path);
    if (!QFile::copy(m_recordingPath, path)) {
        statusBar()->showMessage(tr("Could not save the recording to %1").arg(path), 5000);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

bool MainWindow::openRecording(const QString &path)
{
    if (isRunning())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_console->setNotice(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    auto replay = std::make_unique<Core::TraceModel>();
    Core::TraceDecoder decoder;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        if (chunk.isEmpty())
            break;
        decoder.feed(chunk, *replay);
    }
    decoder.finish();
    replay->setDecoderStats(decoder.stats());
    if (!decoder.stats().sawMagic) {
        m_console->setNotice(tr("%1 is not a Loopscope recording.").arg(path), true);
        return false;
    }
    settleSummaryJob();
    m_replay = std::move(replay);
    m_checkModel = nullptr;
    showModel(m_replay.get(), false);
    delete m_session;
    m_session = nullptr;
    m_check.reset();
    m_lastResult.reset();
    m_recordingPath.clear();
    m_scheduler->clear();
    noteFinishedModel(*m_replay, QFileInfo(path).fileName());
    m_stateText = tr("Replaying %1 (recorded, no Python needed)").arg(QFileInfo(path).fileName());
    const QString program = m_replay->hello() ? m_replay->hello()->program : QString();
    if (QFileInfo(program).isFile()) {
        QFile source(program);
        if (source.open(QIODevice::ReadOnly))
            setProgramText(QString::fromUtf8(source.readAll()), QFileInfo(program).fileName());
        m_programPath = program;
    }
    markEditor(*m_replay);
    updateActions();
    updateStatus();
    return true;
}

void MainWindow::showSource(const QString &file, int line)
{
    if (QFileInfo(file).fileName() == QFileInfo(m_programPath.isEmpty() ? m_programFile : m_programPath).fileName()) {
        m_editor->goToLine(line);
        return;
    }
    statusBar()->showMessage(tr("%1:%2 (outside your program)").arg(file).arg(line), 8000);
}

void MainWindow::showOutputMoment(double t, int lane)
{
    m_timeline->revealTime(t);
    if (lane >= 0 && model()) {
        const int span = model()->lastIndex(lane, Core::TimeNs(t));
        m_timeline->selectSpan(lane, span);
    }
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    m_themeActions[int(theme)]->setChecked(true);
    QSettings().setValue(QStringLiteral("theme"), int(theme));
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
    } else {
        // Fusion honours every palette role, so both themes look the same on every desktop.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette()
                                                      : QApplication::style()->standardPalette());
    }
    applyThemeToViews();
}

void MainWindow::applyThemeToViews()
{
    const bool dark = m_theme == Theme::Dark
                      || (m_theme == Theme::System && TimelinePalette::isDark(QApplication::palette()));
    m_timeline->setDarkOverride(m_theme == Theme::System ? std::nullopt : std::optional<bool>(dark));
    m_legend->setTimelinePalette(dark ? TimelinePalette::darkPalette() : TimelinePalette::light());
    m_editor->setDark(dark);
    m_console->setDark(dark);
    if (m_compareView)
        m_compareView->setDarkOverride(m_theme == Theme::System ? std::nullopt
                                                                : std::optional<bool>(dark));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_defaultDockSizesPending)
        return;
    // Sized once the window has its real size: sizes given to a window that is not laid out
    // yet are scaled against its initial size and leave the outline and inspector a sliver.
    m_defaultDockSizesPending = false;
    auto *outline = findChild<QDockWidget *>(QStringLiteral("outlineDock"));
    auto *inspector = findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    auto *console = findChild<QDockWidget *>(QStringLiteral("consoleDock"));
    // Made for 1600 px; narrower windows shrink the side columns too, down to what their text
    // needs, so the timeline in the middle keeps room to show a run.
    const double f = std::min(1.0, width() / 1600.0);
    resizeDocks({outline, m_lessonDock, inspector},
                {std::max(180, int(240 * f)), std::max(360, int(440 * f)),
                 std::max(200, int(280 * f))},
                Qt::Horizontal);
    resizeDocks({m_lessonDock, m_editorDock}, {560, 300}, Qt::Vertical);
    resizeDocks({console}, {170}, Qt::Vertical);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event); // the layout already gave the docks and the centre their room
    const bool narrower = event->oldSize().isValid()
                          && event->size().width() < event->oldSize().width();
    if (!narrower || m_defaultDockSizesPending || !isVisible())
        return;
    // A narrower window takes all of its width from the centre: the timeline, the one view a
    // run needs room for, ended a sliver beside full-width docks. Give some back from the sides.
    const int want = width() * 35 / 100, have = m_timeline->width();
    if (have >= want)
        return;
    QList<QDockWidget *> sides;
    QList<int> widths;
    int total = 0;
    for (const char *name : {"outlineDock", "lessonDock", "inspectorDock"}) {
        auto *dock = findChild<QDockWidget *>(QLatin1String(name));
        const Qt::DockWidgetArea area = dock ? dockWidgetArea(dock) : Qt::NoDockWidgetArea;
        if (!dock || dock->isHidden() || dock->isFloating()
            || (area != Qt::LeftDockWidgetArea && area != Qt::RightDockWidgetArea))
            continue;
        sides << dock;
        widths << dock->width();
        total += dock->width();
    }
    if (total <= 0)
        return;
    const double keep = std::max(0.0, double(total - (want - have)) / total);
    for (int &w : widths)
        w = std::max(160, int(w * keep));
    resizeDocks(sides, widths, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_exercisePanel->saveDraft();
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    if (isRunning())
        m_session->stop();
    QMainWindow::closeEvent(event);
}

} // namespace Ui
