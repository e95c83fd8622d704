#pragma once
#include "pausedinfo.h"
#include "schedulerstate.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Core {
class TraceModel;
}

namespace Ui {

//! The scheduler at one moment: what runs next (task and line), the ready queue in run order,
//! pending timers with their deadlines and what they wake, the tasks waiting on each lock /
//! semaphore / event / condition / queue, and every task's phase. Fed by a live step-mode pause
//! (Core::PausedInfo) or by Core::reconstructAt() on a recording: the same view for both.
class SchedulerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SchedulerPanel(QWidget *parent = nullptr);

    //! A live pause: the program is stopped before info.next. With `concealNext` (Predict
    //! next is asking) what runs next is held back: the ready queue is listed by name, next
    //! included, and "Runs next" waits for the learner's pick.
    void showPause(const Core::TraceModel &model, const Core::PausedInfo &info,
                   bool concealNext = false);
    //! A recorded moment (the timeline's time cursor).
    void showState(const Core::TraceModel &model, const Core::SchedulerState &state);
    //! Nothing to show (running freely, no cursor); the message says why.
    void clear(const QString &message = {});

    // What is shown, for tests and screen readers.
    QString headline() const; //!< "Paused at 0.012 s" / "At 0.012 s (recorded)"
    QString nextName() const { return m_nextName; } //!< task or callback that runs next
    int nextLine() const { return m_nextLine; }
    QStringList readyNames() const; //!< in run order (live: after "next")
    QStringList timerTexts() const;
    QStringList waiterTexts() const;
    QTreeWidget *tree() const { return m_tree; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QTreeWidgetItem *section(const QString &title);
    //! Names up to half the width, details in the rest, both wrapped.
    void fitColumns();
    //! A row of a section, or one more behind its "… and N more" once it is long.
    void addRow(QTreeWidgetItem *section, const QStringList &texts);
    //! The section is long: counts one more row left out.
    bool full(QTreeWidgetItem *section);
    void finish();

    QLabel *m_headline;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_next = nullptr, *m_ready = nullptr, *m_timers = nullptr,
                    *m_waiters = nullptr, *m_tasks = nullptr;
    QHash<QTreeWidgetItem *, int> m_hidden; // rows left out per section
    QString m_nextName;
    int m_nextLine = 0;
};

QString taskPhaseText(const Core::TaskAt &task);

} // namespace Ui
