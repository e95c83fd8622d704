#pragma once
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSize>

class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace Ui
{

//! Where the window's docks go and how wide they start. Each dock has a slot; arrange() puts
//! every registered slot in its place (the lesson column on the left with the program under
//! it, the inspector column on the right, the output under the timeline), sizes them once the
//! window has its real size, and gives the timeline room back when the window narrows.
//! Adding a view is one line: addDock(Slot::X, title, objectName, widget) before arrange().
class DockLayout : public QObject
{
    Q_OBJECT
public:
    enum class Slot {
        Course,
        Lesson,
        Exercise,
        Program,
        LoopMachine,
        Inspector,
        Scheduler,
        Output
    };
    //! Bump when the arrangement changes: a layout saved by another version is not restored.
    static constexpr int version = 0;

    explicit DockLayout(QMainWindow *window);

    //! Registers a dock (owned by the window); its toggle goes to the panels menu.
    QDockWidget *addDock(
        Slot slot, const QString &title, const QString &objectName, QWidget *widget);
    QDockWidget *dock(Slot slot) const;
    //! Puts every registered dock in its default place; sizes follow on the first show.
    void arrange();
    //! A layout saved by save(); false (nothing changed) when absent or from another version.
    bool restore(const QByteArray &state);
    QByteArray save() const;
    //! Shows the dock (if closed) and brings its tab forward.
    void reveal(Slot slot);
    //! Every dock's show/hide toggle goes into `menu`, also for docks added later.
    void setPanelsMenu(QMenu *menu);

    // The window forwards these (after its own handling).
    void windowShown();
    void windowResized(const QSize &oldSize, const QSize &newSize);

private:
    struct Entry {
        Slot slot;
        QDockWidget *dock;
    };
    void applyDefaultSizes();

    QMainWindow *m_window;
    QList<Entry> m_docks;
    QMenu *m_panelsMenu = nullptr;
    bool m_defaultSizesPending = false; // arranged, not sized yet: sized on the first show
};

} // namespace Ui
