#pragma once
#include "runresult.h"

#include <QMainWindow>
#include <QElapsedTimer>
#include <QTimer>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QTemporaryDir;
class QTextBrowser;

namespace Core {
class RunSession;
class TraceModel;
}

namespace Ui {

class CodeEditor;
class Inspector;
class OutputConsole;
class TimelineLegend;
class TimelineView;

//! The learning workbench: program editor, live timeline, inspector and output console in
//! docks whose layout is remembered. Runs go through Core::RunSession's signals only, so the UI
//! thread never waits on the child; a recording opened from disk replays without Python.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    CodeEditor *editor() const { return m_editor; }
    TimelineView *timeline() const { return m_timeline; }
    Inspector *inspector() const { return m_inspector; }
    OutputConsole *console() const { return m_console; }
    //! The model on screen: the current or last run's, or an opened recording's; may be null.
    const Core::TraceModel *model() const;
    bool isRunning() const;

    void setProgramText(const QString &text, const QString &fileName = QStringLiteral("main.py"));
    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }

public Q_SLOTS:
    void run();
    void stop();
    bool exportChromeTrace(const QString &path);
    bool saveRecording(const QString &path);
    bool openRecording(const QString &path);

Q_SIGNALS:
    void runStarted();
    void runFinished(const Core::RunResult &result);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void showModel(const Core::TraceModel *model, bool live);
    void onModelChanged();
    void onRunFinished(const Core::RunResult &result);
    void updateStatus();
    void updateActions();
    void showSource(const QString &file, int line);
    void showOutputMoment(double t, int lane);
    void chooseInterpreter();
    void markEditor(const Core::TraceModel &model);
    void applyThemeToViews();

    CodeEditor *m_editor = nullptr;
    TimelineView *m_timeline = nullptr;
    TimelineLegend *m_legend = nullptr;
    Inspector *m_inspector = nullptr;
    OutputConsole *m_console = nullptr;
    QTextBrowser *m_welcome = nullptr;
    QLabel *m_stateLabel = nullptr, *m_elapsedLabel = nullptr, *m_eventsLabel = nullptr,
           *m_pythonLabel = nullptr;
    QAction *m_runAction = nullptr, *m_stopAction = nullptr, *m_virtualClockAction = nullptr,
            *m_followAction = nullptr, *m_exportAction = nullptr, *m_saveRecordingAction = nullptr,
            *m_openRecordingAction = nullptr, *m_interpreterAction = nullptr;
    QAction *m_themeActions[3] = {};

    Core::RunSession *m_session = nullptr;
    std::unique_ptr<Core::TraceModel> m_replay;
    std::unique_ptr<QTemporaryDir> m_runDir;
    QString m_programFile = QStringLiteral("main.py");
    QString m_programPath; // where the last run's copy of the program was written
    QString m_recordingPath; // the last run's recording, for "Save recording"
    QString m_python; // empty: discovery
    QString m_stateText;
    std::optional<Core::RunResult> m_lastResult;
    QElapsedTimer m_elapsed;
    QTimer m_statusTimer;
    Theme m_theme = Theme::System;
    QPalette m_systemPalette;
    QString m_systemStyle;
};

} // namespace Ui
