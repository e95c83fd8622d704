#include "runactions.h"

#include <QAction>
#include <QSettings>
#include <QStyle>
#include <QWidget>

namespace Ui {

RunActions::RunActions(QWidget *owner) : QObject(owner)
{
    auto action
            = [owner](const QString &text, const QKeySequence &key, QStyle::StandardPixmap icon) {
                  auto *a = new QAction(owner->style()->standardIcon(icon), text, owner);
                  if (!key.isEmpty())
                      a->setShortcut(key);
                  return a;
              };
    auto remembered = [owner](const QString &text, const QString &setting) {
        auto *a = new QAction(text, owner);
        a->setCheckable(true);
        a->setChecked(QSettings().value(setting, false).toBool());
        connect(a, &QAction::toggled, owner,
                [setting](bool on) { QSettings().setValue(setting, on); });
        return a;
    };
    run = action(tr("&Run"), QKeySequence(Qt::Key_F5), QStyle::SP_MediaPlay);
    stop = action(tr("&Stop"), QKeySequence(Qt::SHIFT | Qt::Key_F5), QStyle::SP_MediaStop);
    virtualClock = remembered(tr("&Virtual clock"), QStringLiteral("virtualClock"));
    virtualClock->setToolTip(tr("Virtual clock: sleeps take no real time (the loop jumps to the "
                                "next timer). Off: real time."));
    exportTrace = action(tr("&Export trace (Perfetto JSON)…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                         QStyle::SP_DialogSaveButton);
    // Ctrl+O and Ctrl+S are the program's (File ▸ Open, Save): recordings come second.
    saveRecording = action(tr("Save re&cording…"), {}, QStyle::SP_DriveFDIcon);
    saveRecording->setToolTip(tr("Keep this run's trace, to open it again without Python"));
    openRecording = action(tr("Open recor&ding…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                           QStyle::SP_DirOpenIcon);
    openRecording->setToolTip(tr("Replay a saved run's trace, without Python (Ctrl+Shift+R)"));
    stepMode = remembered(tr("Step &mode"), QStringLiteral("stepMode"));
    stepMode->setToolTip(tr("Step mode: Run starts the program paused before its first task "
                            "step; step through the scheduler with F10."));
    step = action(tr("S&tep"), QKeySequence(Qt::Key_F10), QStyle::SP_MediaSeekForward);
    step->setToolTip(tr("Run the one task step or callback shown as next, then pause (F10)"));
    stepSwitch = action(tr("Step to next task s&witch"), QKeySequence(Qt::SHIFT | Qt::Key_F10),
                        QStyle::SP_MediaSkipForward);
    stepSwitch->setToolTip(tr("Run until a different task would run next (Shift+F10)"));
    continueRun = action(tr("&Continue"), QKeySequence(), QStyle::SP_MediaPlay);
    continueRun->setToolTip(tr("Run freely to the end (F5)"));
    runToCursor = action(tr("Run to c&ursor time"), QKeySequence(Qt::CTRL | Qt::Key_F10),
                         QStyle::SP_ArrowRight);
    runToCursor->setToolTip(tr("Run until the timeline's time cursor (click the ruler to place "
                               "it), then pause"));
}

void RunActions::update(bool canStart, bool running, bool paused, bool cursorAhead, bool haveModel,
                        bool haveRecording)
{
    step->setEnabled(paused);
    stepSwitch->setEnabled(paused);
    continueRun->setEnabled(paused);
    runToCursor->setEnabled(paused && cursorAhead);
    stepMode->setEnabled(!running);
    // F5 runs, or continues a paused program.
    run->setShortcut(paused ? QKeySequence() : QKeySequence(Qt::Key_F5));
    continueRun->setShortcut(paused ? QKeySequence(Qt::Key_F5) : QKeySequence());
    run->setEnabled(canStart && !running);
    stop->setEnabled(running);
    virtualClock->setEnabled(!running);
    openRecording->setEnabled(!running);
    exportTrace->setEnabled(!running && haveModel);
    saveRecording->setEnabled(!running && haveRecording);
}

} // namespace Ui
