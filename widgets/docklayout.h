#pragma once
#include <optional>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSize>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace Ui {

//! Where the window's docks go and how wide they are. Each dock has a slot; two arrangements
//! put every registered slot in its place:
//! - Learner (the default): the lesson (the course outline a tab behind it) with the program
//!   under it on the left, the timeline in the middle with the output under it, and the loop
//!   machine on the right (the event log a tab behind the output); the inspector and the scheduler join it when they have something to
//!   show, and give their width back when they have not.
//! - Workbench: every panel at once, the course outline in its own column.
//! Column widths follow the window (extra width is shared, a narrower window takes from the
//! sides too, never below a dock's usable minimum). View ▸ Layout switches and resets.
//! Adding a view is one line: addDock(Slot::X, title, objectName, widget) before arrange().
class DockLayout : public QObject
{
    Q_OBJECT
public:
    enum class Slot { Course, Lesson, Program, LoopMachine, Inspector, Scheduler, Output, EventLog };
    enum class Mode { Learner, Workbench };
    //! Bump when the arrangement changes: a layout saved by another version is not restored.
    //! 2: the event log, a tab behind the output.
    static constexpr int version = 2;

    explicit DockLayout(QMainWindow *window);

    //! Registers a dock (owned by the window) with its usable minimum width; its toggle goes
    //! to the panels menu.
    QDockWidget *addDock(Slot slot, const QString &title, const QString &objectName,
                         QWidget *widget);
    QDockWidget *dock(Slot slot) const;
    Mode mode() const { return m_mode; }
    //! Puts every registered dock in its place for `mode`; sized at once when the window is
    //! shown, else on its first show.
    void arrange(Mode mode);
    //! The current arrangement again, with its default sizes (View ▸ Reset layout).
    void reset() { arrange(m_mode); }
    //! A layout saved by save(); false (nothing changed) when absent or from another version.
    bool restore(const QByteArray &state, Mode mode);
    QByteArray save() const;
    //! Shows the dock (if closed) and brings its tab forward.
    void reveal(Slot slot);
    //! Shares the lesson column between the lesson and the program: the program gets most of
    //! it while an exercise is worked on in it, the lesson its default share otherwise. Only
    //! when both are docked in one column (a learner's own arrangement is left alone).
    void shareLessonColumn(bool programFirst);
    //! The inspector and the scheduler say whether they have something to show: an empty one
    //! that the layout shows only while it has content hides and gives its width back. The
    //! loop machine stays in sight but narrow until its first run, then takes its share once
    //! (unless the learner sized it meanwhile).
    void setHasContent(Slot slot, bool hasContent);
    //! The loop machine's width before any run: its usable minimum, or a sixth of a narrow
    //! window; its share once it has something to show.
    static int loopMachineWidth(int windowWidth, bool hasContent);
    //! Every dock's show/hide toggle goes into `menu`, also for docks added later.
    void setPanelsMenu(QMenu *menu);
    //! View ▸ Layout: Learner, Workbench (checkable, one of them) and Reset layout.
    QList<QAction *> layoutActions() const { return m_layoutActions; }
    //! Presentation mode: only the lesson and the program are docked in sight; while it lasts
    //! reveal() and content arriving leave the other docks hidden.
    void setPresenting(bool on) { m_presenting = on; }
    bool isPresenting() const { return m_presenting; }
    static bool isPresented(Slot slot) { return slot == Slot::Lesson || slot == Slot::Program; }
    //! The usable minimum width of a slot's dock (at 100 % zoom).
    static int minimumWidth(Slot slot);
    //! View ▸ Zoom: the docks' usable minimum widths grow with the text, up to a quarter
    //! again at most (more left the timeline no room at 1280 px and 200 %).
    void setZoom(double factor);
    static constexpr double kMaxMinimumScale = 1.25;

Q_SIGNALS:
    void modeChanged(Mode mode);

protected:
    //! The window's first show (default sizes) and its resizes (shares of the width).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void windowShown();
    void windowResized(const QSize &oldSize, const QSize &newSize);
    //! The lesson and the inspector are the tabs in front (once the tab bars exist).
    void raiseDefaults();
    struct Entry {
        Slot slot;
        QDockWidget *dock;
    };
    void applyDefaultSizes();
    //! The visible docks of one area, one per column (tabs and stacked docks share a column).
    QList<QDockWidget *> columns(Qt::DockWidgetArea area) const;
    //! Docks the layout shows only while they have something to show.
    bool showsOnDemand(Slot slot) const;

    QMainWindow *m_window;
    QList<Entry> m_docks;
    QMenu *m_panelsMenu = nullptr;
    QList<QAction *> m_layoutActions;
    Mode m_mode = Mode::Learner;
    double m_zoom = 1.0;
    bool m_presenting = false;
    QList<Slot> m_hiddenWhileEmpty; // hidden by the layout until they have content
    bool m_defaultSizesPending = false; // arranged, not sized yet: sized on the first show
    bool m_resizing = false;
    std::optional<bool> m_columnPending; // shareLessonColumn() asked for before the first show
    bool m_machineHadContent = false; // a run reached the loop machine: it keeps its share
    int m_machineCompactWidth = 0; // the narrow width it was given while empty (0: not narrow)
};

} // namespace Ui
