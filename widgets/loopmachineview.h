#pragma once
#include "loopmachinelayout.h"
#include "loopmachinescene.h"
#include "timelinepalette.h"

#include <QAbstractScrollArea>
#include <optional>

namespace Core
{
class NextPick;
class TraceModel;
}

namespace Ui
{

//! The event loop drawn as a machine for one moment of a run, as the JavaScript visualizers
//! draw the browser's: what runs now (or, paused, next) with its line and one line of why,
//! the ready queue in run order, the timers by deadline with what each wakes, the tasks
//! waiting on each lock / semaphore / event / condition / queue, the selector with its
//! timeout and the I/O it watches, the worker threads with their jobs, and the tasks waiting
//! for other tasks. Text and chips wrap to the width (never sideways); a place with too many
//! chips ends in "+N more"; every chip has a tool tip; clicking a task's chip emits
//! taskActivated. Fed by Core::reconstructAt() for any moment of a recording, or by a live
//! step-mode pause.
class LoopMachineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LoopMachineView(QWidget *parent = nullptr);

    //! A moment of a recorded or finished run.
    void showState(const Core::TraceModel &model, const Core::SchedulerState &state);
    //! Step mode: the program is paused before pause.next.
    void showPause(const Core::TraceModel &model, const Core::PausedInfo &pause);
    //! Step mode with Predict next: the same pause with what runs next held back
    //! (concealNext()), until the learner has picked and stepped.
    void showPrediction(const Core::TraceModel &model, const Core::NextPick &pick);
    //! Nothing to show; the message says why (and what to do).
    void clear(const QString &message = {});
    //! Forces light or dark colours; std::nullopt follows the widget palette.
    void setDarkOverride(std::optional<bool> dark);

    // What is shown, for tests and the window.
    const LoopMachineScene &scene() const { return m_scene; }
    const LoopMachineGeometry &placed() const { return m_geometry; }
    QString message() const { return m_message; }
    //! The tool tip at a viewport position (chips, "+N more", group labels); empty if none.
    QString toolTipAt(QPoint pos) const;
    //! The task of the chip at a viewport position, 0 if none.
    Core::Id taskAt(QPoint pos) const;
    //! Viewport rectangle of a placed chip (scrolled).
    QRectF chipRect(const PlacedChip &chip) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    //! A task's chip was clicked: show that task (its lane, the inspector).
    void taskActivated(quint32 task);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Hit {
        const LoopChip *chip = nullptr; //!< nullptr with a group: the "+N more" or the label
        int box = -2; //!< -1 the stage
        int group = -1;
        bool more = false, label = false;
    };
    Hit hitAt(QPoint pos) const;
    void relayout();
    TimelinePalette colours() const;
    void paintChip(QPainter &painter, const TimelinePalette &p, const PlacedChip &placed,
        const LoopChip *chip, bool stage) const;

    LoopMachineScene m_scene;
    LoopMachineGeometry m_geometry;
    LoopMachineFonts m_fonts;
    QString m_message;
    std::optional<bool> m_darkOverride;
};

} // namespace Ui
