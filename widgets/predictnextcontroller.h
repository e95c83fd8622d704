#pragma once
#include "nextpick.h"
#include "pausedinfo.h"
#include "predictitem.h"
#include "runresult.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <optional>

class QAction;

namespace Lessons {
class ProgressStore;
struct Lesson;
} // namespace Lessons

namespace Ui {

class CodeEditor;
class LoopMachineView;
class PredictNextStrip;
class RunController;
class SchedulerPanel;

//! Predict what runs next (Run ▸ Predict Next): at each step-mode pause with more than one
//! task or callback on screen, the loop machine, the scheduler dock, the editor and the state
//! line hold back what runs next, and the strip above the loop machine asks for a pick. When
//! the program goes on (F10, Shift+F10, F5) and the picked handle's turn has come, the pick is
//! graded by Core::NextPick: right, or why not, from the scheduler at that pause. A running
//! score counts the run's picks. A lesson example stepped through (armForExample) with a
//! predict_next item asks that item at its pause, with the lesson's own question and whys;
//! its answer goes to the progress file and the review schedule like any predict item's.
class PredictNextController : public QObject
{
    Q_OBJECT
public:
    struct Parts {
        RunController *runs = nullptr;
        LoopMachineView *machine = nullptr;
        SchedulerPanel *scheduler = nullptr;
        CodeEditor *editor = nullptr;
        PredictNextStrip *strip = nullptr;
        Lessons::ProgressStore *progress = nullptr;
    };
    using Clock = std::function<QDateTime()>;
    PredictNextController(const Parts &parts, QObject *parent, Clock clock = {});

    //! The checkable Run ▸ Predict Next action; the learner's choice is remembered.
    QAction *toggleAction() const { return m_toggle; }
    bool isOn() const;
    void setOn(bool on);
    //! The next run is this lesson example stepped through: if one of its steps has a
    //! predict_next item about it, that item is asked at its pause and Predict next turns on.
    void armForExample(const Lessons::Lesson *lesson, const QString &exampleId);

    //! The question open at this pause; null when none is.
    const Core::NextPick *question() const { return m_open ? &*m_open : nullptr; }
    //! Whether the open question is the lesson's item.
    bool asksLessonItem() const { return m_open && m_openIsItem; }
    //! Picks the choice with this name or label (the strip's buttons, tests); false if none.
    bool pick(const QString &name);
    //! Picks a task by id (a chip clicked in the loop machine); false if it is no choice.
    bool pickTask(Core::Id task);
    int rightCount() const { return m_right; }
    int askedCount() const { return m_asked; }

Q_SIGNALS:
    //! A lesson's predict_next item was answered (the progress file changed).
    void lessonItemAnswered(const QString &lessonId, int step, int item);

private:
    void onRunStarted();
    void onPaused(const Core::PausedInfo &info);
    void onFinished(const Core::RunResult &result);
    void choose(int index);
    //! The picked handle's turn came: grade it and show the verdict.
    void gradePick();
    void reveal();

    Parts m_parts;
    Clock m_clock;
    QAction *m_toggle;
    // The lesson item of the run on screen (armed before it starts).
    struct Item {
        QString lessonId;
        int step = -1, index = -1;
        Lessons::PredictItem item;
    };
    std::optional<Item> m_armed, m_item;
    bool m_itemAsked = false;
    std::optional<Core::NextPick> m_open;
    bool m_openIsItem = false;
    int m_picked = -1;
    int m_right = 0, m_asked = 0;
};

} // namespace Ui
