#include "timelinelegend.h"

#include <QPainter>

namespace Ui {

using Core::WaitKind;

TimelineLegend::TimelineLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TimelineLegend::setTimelinePalette(const TimelinePalette &palette)
{
    m_palette = palette;
    update();
}

QSize TimelineLegend::sizeHint() const
{
    return {800, fontMetrics().height() + 10};
}

QSize TimelineLegend::minimumSizeHint() const
{
    return {100, fontMetrics().height() + 10};
}

void TimelineLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    QFont font = p.font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    p.setFont(font);
    const QFontMetrics fm(font);
    auto fontMetrics = [&fm] { return fm; };
    const TimelinePalette &pal = m_palette;
    p.fillRect(rect(), pal.labelBackground);
    struct Entry {
        QString name;
        QColor color;
        Qt::BrushStyle pattern;
        bool thin;
    };
    auto wait = [&](WaitKind k, const QString &name) {
        return Entry{name, pal.waitColor(k), TimelinePalette::waitPattern(k), true};
    };
    const Entry entries[] = {
            {tr("running"), pal.running, Qt::NoBrush, false},
            {tr("ready"), pal.ready, Qt::BDiagPattern, false},
            wait(WaitKind::Sleep, tr("sleep")),
            wait(WaitKind::Lock, tr("lock")),
            wait(WaitKind::Queue, tr("queue")),
            wait(WaitKind::Io, tr("I/O")),
            wait(WaitKind::Task, tr("task")),
            {tr("thread"), pal.job, Qt::NoBrush, false},
            {tr("select()"), pal.loopIdle, Qt::NoBrush, true},
    };
    const int h = height();
    const int sw = 18;
    int x = 8;
    p.setPen(pal.text);
    for (const Entry &e : entries) {
        const QRect swatch = e.thin ? QRect(x, h / 2 - 3, sw, 6) : QRect(x, h / 2 - 6, sw, 12);
        p.fillRect(swatch, e.color);
        if (e.pattern != Qt::NoBrush)
            p.fillRect(swatch, QBrush(e.color.darker(e.pattern == Qt::BDiagPattern ? 150 : 160), e.pattern));
        x += sw + 5;
        p.setPen(pal.text);
        const int w = fontMetrics().horizontalAdvance(e.name);
        p.drawText(QRect(x, 0, w + 2, h), Qt::AlignVCenter, e.name);
        x += w + 10;
    }
    // Shapes, not just colours, for how tasks end; flags for output; arrows for wakeups.
    p.setRenderHint(QPainter::Antialiasing);
    auto label = [&](const QString &name) {
        const int w = fontMetrics().horizontalAdvance(name);
        p.setPen(pal.text);
        p.drawText(QRect(x, 0, w + 2, h), Qt::AlignVCenter, name);
        x += w + 10;
    };
    p.setPen(Qt::NoPen);
    p.setBrush(pal.done);
    p.drawEllipse(QPointF(x + 6, h / 2.0), 5, 5);
    x += 16;
    label(tr("done"));
    p.setPen(Qt::NoPen);
    p.setBrush(pal.failed);
    const QPointF c(x + 6, h / 2.0);
    const QPointF diamond[] = {c + QPointF(0, -6), c + QPointF(6, 0), c + QPointF(0, 6), c + QPointF(-6, 0)};
    p.drawPolygon(diamond, 4);
    x += 16;
    label(tr("failed"));
    p.setPen(Qt::NoPen);
    p.setBrush(pal.printMarker);
    const QPointF flag[] = {QPointF(x, h / 2.0 - 4), QPointF(x + 8, h / 2.0 - 4), QPointF(x + 4, h / 2.0 + 2)};
    p.drawPolygon(flag, 3);
    x += 13;
    label(tr("print"));
    p.setPen(QPen(pal.wakeArrow, 1.3));
    p.drawLine(QPointF(x + 4, 4), QPointF(x + 4, h - 6));
    p.setBrush(pal.wakeArrow);
    const QPointF tip[] = {QPointF(x + 4, h - 4), QPointF(x + 1, h - 9), QPointF(x + 7, h - 9)};
    p.drawPolygon(tip, 3);
    x += 13;
    label(tr("wakes"));
}

} // namespace Ui
