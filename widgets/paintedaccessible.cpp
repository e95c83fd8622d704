#include "paintedaccessible.h"

#include <QWindow>
#include <vector>

namespace Ui {

namespace {

std::vector<PaintedViewInterfaceMaker> &makers()
{
    static std::vector<PaintedViewInterfaceMaker> list;
    return list;
}

QAccessibleInterface *paintedViewsFactory(const QString &, QObject *object)
{
    for (const PaintedViewInterfaceMaker &make : makers())
        if (QAccessibleInterface *iface = make(object))
            return iface;
    return nullptr;
}

AnnouncementListener &listener()
{
    static AnnouncementListener l;
    return l;
}

} // namespace

void announce(QAccessibleEvent *event)
{
    QAccessible::updateAccessibility(event);
    if (listener())
        listener()(event);
}

bool announcing()
{
    return QAccessible::isActive() || bool(listener());
}

void setAnnouncementListener(const AnnouncementListener &l)
{
    listener() = l;
}

void installPaintedViewsAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(paintedViewsFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void registerPaintedView(const PaintedViewInterfaceMaker &maker)
{
    installPaintedViewsAccessibility();
    makers().push_back(maker);
}

QWindow *PaintedItemAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *PaintedItemAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i)
        if (QAccessibleInterface *c = child(i); c && c->rect().contains(x, y))
            return c;
    return nullptr;
}

QAccessibleInterface *PaintedChildren::get(qint64 key,
                                           const std::function<QAccessibleInterface *()> &make)
{
    if (const auto it = m_ids.constFind(key); it != m_ids.cend())
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(*it))
            return iface;
    QAccessibleInterface *iface = make();
    m_ids.insert(key, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

void PaintedChildren::remove(qint64 key)
{
    if (const auto it = m_ids.find(key); it != m_ids.end()) {
        QAccessible::deleteAccessibleInterface(*it);
        m_ids.erase(it);
    }
}

void PaintedChildren::clear()
{
    for (const QAccessible::Id id : std::as_const(m_ids))
        QAccessible::deleteAccessibleInterface(id);
    m_ids.clear();
}

} // namespace Ui
