#include "loopmachineaccessible.h"

#include "loopmachineview.h"
#include "paintedaccessible.h"

#include <QAccessibleWidget>

namespace Ui {

namespace {

constexpr int kStage = -1; // the place "what runs now" (or next)

QRect toGlobal(const LoopMachineView *view, const QRectF &r)
{
    return r.toAlignedRect().translated(view->viewport()->mapToGlobal(QPoint(0, 0)));
}

QRectF scrolled(const LoopMachineView *view, const QRectF &r)
{
    return view->chipRect(PlacedChip{r, 0, 0, {}, false, false});
}

qint64 chipKey(int place, int group, int chip)
{
    return (qint64(place + 2) << 42) + (qint64(group) << 21) + chip;
}

// The chips of a place, flattened across its groups, in reading order.
struct ChipRef {
    int group = 0, chip = 0;
};
std::vector<ChipRef> chipsOf(const LoopMachineScene &scene, int place)
{
    std::vector<ChipRef> refs;
    if (place == kStage) {
        for (std::size_t c = 0; c < scene.stage.size(); ++c)
            refs.push_back({0, int(c)});
    } else if (place >= 0 && place < int(scene.boxes.size())) {
        const LoopBox &box = scene.boxes[std::size_t(place)];
        for (std::size_t g = 0; g < box.groups.size(); ++g)
            for (std::size_t c = 0; c < box.groups[g].chips.size(); ++c)
                refs.push_back({int(g), int(c)});
    }
    return refs;
}

class LoopMachineAccessible;
LoopMachineAccessible *viewInterface(const LoopMachineView *view);

class ChipAccessible : public PaintedItemAccessible
{
public:
    ChipAccessible(LoopMachineView *view, int place, ChipRef ref)
        : PaintedItemAccessible(view), m_place(place), m_ref(ref)
    {}
    LoopMachineView *view() const { return static_cast<LoopMachineView *>(viewWidget()); }
    const LoopChip *chip() const
    {
        const LoopMachineView *v = view();
        if (!v)
            return nullptr;
        const LoopMachineScene &scene = v->scene();
        if (m_place == kStage)
            return m_ref.chip < int(scene.stage.size()) ? &scene.stage[std::size_t(m_ref.chip)]
                                                        : nullptr;
        if (m_place >= int(scene.boxes.size()))
            return nullptr;
        const auto &groups = scene.boxes[std::size_t(m_place)].groups;
        if (m_ref.group >= int(groups.size())
            || m_ref.chip >= int(groups[std::size_t(m_ref.group)].chips.size()))
            return nullptr;
        return &groups[std::size_t(m_ref.group)].chips[std::size_t(m_ref.chip)];
    }
    // Where it is drawn; empty when it is behind its group's "+N more".
    const PlacedChip *placed() const
    {
        const LoopMachineGeometry &g = view()->placed();
        const std::vector<PlacedChip> *chips = nullptr;
        if (m_place == kStage)
            chips = &g.stage;
        else if (m_place < int(g.boxes.size())
                 && m_ref.group < int(g.boxes[std::size_t(m_place)].groups.size()))
            chips = &g.boxes[std::size_t(m_place)].groups[std::size_t(m_ref.group)].chips;
        if (chips)
            for (const PlacedChip &c : *chips)
                if (c.chip == m_ref.chip)
                    return &c;
        return nullptr;
    }
    bool isValid() const override { return chip() != nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QString text(QAccessible::Text t) const override
    {
        const LoopChip *c = chip();
        if (!c)
            return {};
        if (t == QAccessible::Name)
            return c->text;
        if (t != QAccessible::Description)
            return {};
        QString label;
        if (m_place != kStage)
            label = view()->scene().boxes[std::size_t(m_place)].groups[std::size_t(m_ref.group)].label;
        return label.isEmpty() ? c->toolTip : label + QStringLiteral(": ") + c->toolTip;
    }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        if (const PlacedChip *p = placed())
            return toGlobal(view(), view()->chipRect(*p));
        return {};
    }
    QAccessible::State state() const override
    {
        QAccessible::State st;
        st.invisible = !isValid() || !placed(); // behind "+N more": read, not drawn
        st.offscreen = st.invisible
                       || !rect().intersects(toGlobal(view(), QRectF(view()->viewport()->rect())));
        return st;
    }

private:
    int m_place;
    ChipRef m_ref;
};

class PlaceAccessible : public PaintedItemAccessible
{
public:
    PlaceAccessible(LoopMachineView *view, int place) : PaintedItemAccessible(view), m_place(place) {}
    LoopMachineView *view() const { return static_cast<LoopMachineView *>(viewWidget()); }
    bool isValid() const override
    {
        const LoopMachineView *v = view();
        return v && !v->scene().isEmpty()
               && (m_place == kStage || m_place < int(v->scene().boxes.size()));
    }
    QAccessibleInterface *parent() const override;
    int childCount() const override { return isValid() ? int(chipsOf(view()->scene(), m_place).size()) : 0; }
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (int i = 0; i < childCount(); ++i)
            if (this->child(i) == child)
                return i;
        return -1;
    }
    QAccessible::Role role() const override { return QAccessible::Grouping; }
    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const LoopMachineScene &scene = view()->scene();
        if (m_place == kStage) {
            if (t == QAccessible::Name)
                return scene.stageTitle;
            if (t == QAccessible::Description)
                return scene.stage.empty() ? scene.stageEmpty : scene.why;
            return {};
        }
        const LoopBox &box = scene.boxes[std::size_t(m_place)];
        if (t == QAccessible::Name) {
            const auto &placed = view()->placed().boxes;
            return m_place < int(placed.size()) && !placed[std::size_t(m_place)].titleText.isEmpty()
                    ? placed[std::size_t(m_place)].titleText
                    : box.title;
        }
        if (t != QAccessible::Description)
            return {};
        QStringList parts{box.status};
        parts << (box.count() == 0 ? box.empty : box.note);
        parts.removeAll(QString());
        return parts.join(QStringLiteral(". "));
    }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        const LoopMachineGeometry &g = view()->placed();
        if (m_place == kStage)
            return toGlobal(view(), scrolled(view(), g.stageFrame));
        return m_place < int(g.boxes.size())
                ? toGlobal(view(), scrolled(view(), g.boxes[std::size_t(m_place)].frame))
                : QRect();
    }
    QAccessible::State state() const override
    {
        QAccessible::State st;
        st.invisible = !isValid();
        return st;
    }

private:
    int m_place;
};

class LoopMachineAccessible : public QAccessibleWidget
{
public:
    explicit LoopMachineAccessible(LoopMachineView *view) : QAccessibleWidget(view, QAccessible::Pane) {}
    LoopMachineView *view() const { return static_cast<LoopMachineView *>(widget()); }
    int places() const
    {
        const LoopMachineScene &scene = view()->scene();
        return scene.isEmpty() ? 0 : 1 + int(scene.boxes.size());
    }
    QAccessibleInterface *place(int place) const
    {
        return m_children.get(chipKey(place, -1, -1) - 1, // below its chips' keys
                              [this, place] { return new PlaceAccessible(view(), place); });
    }
    QAccessibleInterface *chip(int place, ChipRef ref) const
    {
        return m_children.get(chipKey(place, ref.group, ref.chip),
                              [this, place, ref] { return new ChipAccessible(view(), place, ref); });
    }
    int childCount() const override { return QAccessibleWidget::childCount() + places(); }
    QAccessibleInterface *child(int index) const override
    {
        const int widgets = QAccessibleWidget::childCount();
        if (index < widgets)
            return QAccessibleWidget::child(index);
        return index - widgets < places() ? place(index - widgets - 1) : nullptr;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        for (int i = 0; i < places(); ++i)
            if (place(i - 1) == child)
                return QAccessibleWidget::childCount() + i;
        return QAccessibleWidget::indexOfChild(child);
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (int i = 0; i < places(); ++i) {
            QAccessibleInterface *p = place(i - 1);
            if (p->rect().contains(x, y)) {
                if (QAccessibleInterface *c = p->childAt(x, y))
                    return c;
                return p;
            }
        }
        return QAccessibleWidget::childAt(x, y);
    }
    QString text(QAccessible::Text t) const override
    {
        if (t != QAccessible::Description)
            return QAccessibleWidget::text(t);
        const LoopMachineScene &scene = view()->scene();
        if (scene.isEmpty())
            return view()->message();
        return scene.why.isEmpty() ? scene.headline : scene.headline + QStringLiteral(". ") + scene.why;
    }

private:
    mutable PaintedChildren m_children;
};

LoopMachineAccessible *viewInterface(const LoopMachineView *view)
{
    return dynamic_cast<LoopMachineAccessible *>(
            QAccessible::queryAccessibleInterface(const_cast<LoopMachineView *>(view)));
}

QAccessibleInterface *ChipAccessible::parent() const
{
    LoopMachineAccessible *v = view() ? viewInterface(view()) : nullptr;
    return v ? v->place(m_place) : nullptr;
}

QAccessibleInterface *PlaceAccessible::parent() const
{
    return view() ? viewInterface(view()) : nullptr;
}

QAccessibleInterface *PlaceAccessible::child(int index) const
{
    if (!isValid())
        return nullptr;
    const auto refs = chipsOf(view()->scene(), m_place);
    LoopMachineAccessible *v = viewInterface(view());
    return v && index >= 0 && index < int(refs.size()) ? v->chip(m_place, refs[std::size_t(index)])
                                                        : nullptr;
}

} // namespace

void installLoopMachineAccessibility(LoopMachineView *view)
{
    static const bool registered = [] {
        registerPaintedView([](QObject *object) -> QAccessibleInterface * {
            if (auto *v = qobject_cast<LoopMachineView *>(object))
                return new LoopMachineAccessible(v);
            return nullptr;
        });
        return true;
    }();
    Q_UNUSED(registered);
    view->setAccessibleName(LoopMachineView::tr("Loop machine"));
}

void announceLoopMachineChanged(LoopMachineView *view)
{
    if (!announcing())
        return;
    QAccessibleEvent reorder(view, QAccessible::ObjectReorder);
    announce(&reorder);
    QAccessibleEvent described(view, QAccessible::DescriptionChanged);
    announce(&described);
}

} // namespace Ui
