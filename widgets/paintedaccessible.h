#pragma once
#include <QAccessibleInterface>
#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>

namespace Ui {

//! Installs, once, the accessibility factory that gives the painted views (the timeline, the
//! loop machine) interfaces for what they draw: without it a screen reader sees one blank
//! scroll area.
void installPaintedViewsAccessibility();

//! Sends an accessibility event (focus, selection, a changed description) to the platform's
//! bridge, and to the listener if one is set. Qt delivers events only while a bridge is
//! active (a screen reader runs), which it never is offscreen: tests listen here instead.
void announce(QAccessibleEvent *event);
//! Whether anyone hears announcements: views skip building them when not.
bool announcing();
using AnnouncementListener = std::function<void(QAccessibleEvent *)>;
void setAnnouncementListener(const AnnouncementListener &listener);

//! The accessible interface of a painted view's class, or nullptr: each painted view registers
//! its maker here (see TimelineAccessible, LoopMachineAccessible).
using PaintedViewInterfaceMaker = std::function<QAccessibleInterface *(QObject *)>;
void registerPaintedView(const PaintedViewInterfaceMaker &maker);

//! Something a view paints (a lane, a span, a chip): no QObject of its own, it reads what it
//! says from the view when asked, so it never goes stale; it is valid while the view is alive
//! and the thing still exists.
class PaintedItemAccessible : public QAccessibleInterface
{
public:
    explicit PaintedItemAccessible(QWidget *view) : m_view(view) {}
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    void setText(QAccessible::Text, const QString &) override {}
    //! The child whose rect() holds the point (global coordinates), or nullptr.
    QAccessibleInterface *childAt(int x, int y) const override;

protected:
    QWidget *viewWidget() const { return m_view; }

private:
    QPointer<QWidget> m_view;
};

//! Child interfaces of a view, made on first use and registered with QAccessible (which
//! hands out their ids); deleted with the view's interface or when a key goes away.
class PaintedChildren
{
public:
    ~PaintedChildren() { clear(); }
    QAccessibleInterface *get(qint64 key, const std::function<QAccessibleInterface *()> &make);
    void remove(qint64 key);
    void clear();

private:
    QHash<qint64, QAccessible::Id> m_ids;
};

} // namespace Ui
