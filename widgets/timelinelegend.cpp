#include "timelinelegend.h"

#include "timelinepainter.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace Ui {

using Core::WaitKind;

namespace {

constexpr int kSwatch = 18; // swatch width
constexpr int kGap = 14; // between entries
constexpr int kMargin = 8;

} // namespace

TimelineLegend::TimelineLegend(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TimelineLegend::setTimelinePalette(const TimelinePalette &palette)
{
    m_palette = palette;
    update();
}

QFont TimelineLegend::legendFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

std::vector<TimelineLegend::Entry> TimelineLegend::entries() const
{
    const TimelinePalette &pal = m_palette;
    auto bar = [](const QColor &color, Qt::BrushStyle pattern, bool thin) {
        return [color, pattern, thin](QPainter &p, const QRectF &r) {
            // Thin bars sit low, as in the lanes, where their label goes above them.
            const QRectF s = thin ? QRectF(r.left(), r.bottom() - 7, r.width(), 5)
                                  : QRectF(r.left(), r.center().y() - 6, r.width(), 12);
            p.fillRect(s, color);
            if (pattern != Qt::NoBrush)
                p.fillRect(s, QBrush(color.darker(pattern == Qt::BDiagPattern ? 150 : 160),
                                     pattern));
        };
    };
    auto wait = [&](WaitKind k, const QString &name, const QString &tip) {
        return Entry{name, tip, bar(pal.waitColor(k), TimelinePalette::waitPattern(k), true)};
    };
    std::vector<Entry> list = {
            {tr("running"), tr("A task step or the loop running: this code holds the loop."),
             bar(pal.running, Qt::NoBrush, false)},
            {tr("ready"), tr("Woken, in the ready queue, waiting for the loop to reach it."),
             bar(pal.ready, Qt::BDiagPattern, false)},
            wait(WaitKind::Sleep, tr("sleep"), tr("Suspended in asyncio.sleep() until its timer.")),
            wait(WaitKind::Lock, tr("lock"),
                 tr("Waiting for a Lock, Semaphore, Condition or Event (cross-hatched).")),
            wait(WaitKind::Queue, tr("queue"), tr("Waiting on an asyncio.Queue (striped).")),
            wait(WaitKind::Io, tr("I/O"), tr("Waiting for a socket or pipe (dotted).")),
            wait(WaitKind::Task, tr("task"),
                 tr("Awaiting another task, a gather or a future.")),
            {tr("thread"), tr("A job on a worker thread (run_in_executor, to_thread)."),
             bar(pal.job, Qt::NoBrush, false)},
            {tr("select()"), tr("The loop waiting in select() for I/O or the next timer."),
             bar(pal.loopIdle, Qt::NoBrush, true)},
            {tr("done"), tr("The task finished (a disc with a tick)."),
             [&pal](QPainter &p, const QRectF &r) {
                 p.setPen(Qt::NoPen);
                 p.setBrush(pal.done);
                 p.drawEllipse(r.center(), 5, 5);
             }},
            {tr("failed"), tr("The task raised an exception (a diamond)."),
             [&pal](QPainter &p, const QRectF &r) {
                 p.setPen(Qt::NoPen);
                 p.setBrush(pal.failed);
                 const QPointF c = r.center();
                 const QPointF d[] = {c + QPointF(0, -6), c + QPointF(6, 0), c + QPointF(0, 6),
                                      c + QPointF(-6, 0)};
                 p.drawPolygon(d, 4);
             }},
            {tr("print"), tr("A line the program printed, on the lane of the task that printed it."),
             [&pal](QPainter &p, const QRectF &r) {
                 const QSizeF s = TimelinePainter::kPrintMarkerSize;
                 TimelinePainter::drawPrintMarker(
                         p, QRectF(r.center() - QPointF(s.width() / 2, s.height() / 2), s),
                         pal.printMarker, pal.labelBackground);
             }},
            {tr("wakes"), tr("A wake-up: who made a task ready (a timer, I/O, another task)."),
             [&pal](QPainter &p, const QRectF &r) {
                 const double x = r.center().x();
                 p.setPen(QPen(pal.wakeArrow, 1.3));
                 p.drawLine(QPointF(x, r.top() + 2), QPointF(x, r.bottom() - 4));
                 p.setPen(Qt::NoPen);
                 p.setBrush(pal.wakeArrow);
                 const QPointF tip[] = {QPointF(x, r.bottom()), QPointF(x - 3.5, r.bottom() - 5),
                                        QPointF(x + 3.5, r.bottom() - 5)};
                 p.drawPolygon(tip, 3);
             }},
            {tr("blocked"), tr("A step that held the loop past the threshold: nothing else ran."),
             [&pal](QPainter &p, const QRectF &r) {
                 p.setPen(Qt::NoPen);
                 p.setBrush(pal.blocked);
                 p.drawRoundedRect(r.adjusted(0, 3, 0, -3), 3, 3);
             }},
            {tr("events at one spot"),
             tr("A count of steps, wake-ups and prints drawn on one pixel at this zoom: click "
                "it to zoom in, or press S for the step axis."),
             [&pal](QPainter &p, const QRectF &r) {
                 p.setPen(Qt::NoPen);
                 p.setBrush(pal.text);
                 const QRectF pill = r.adjusted(1, 3, -1, -3);
                 p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
                 p.setPen(pal.labelBackground);
                 QFont f = p.font();
                 f.setPointSizeF(f.pointSizeF() * 0.8);
                 p.setFont(f);
                 p.drawText(pill, Qt::AlignCenter, QStringLiteral("3"));
             }},
    };
    return list;
}

QStringList TimelineLegend::entryNames() const
{
    QStringList names;
    for (const Entry &e : entries())
        names << e.name;
    return names;
}

QString TimelineLegend::entryToolTip(int index) const
{
    const auto list = entries();
    return index >= 0 && index < int(list.size()) ? list[std::size_t(index)].tip : QString();
}

QRect TimelineLegend::swatchRect(const QRect &entry)
{
    return {entry.left(), entry.top() + 3, kSwatch, entry.height() - 6};
}

std::vector<QRect> TimelineLegend::entryRects(int width) const
{
    const QFontMetrics fm(legendFont());
    const int lineHeight = fm.height() + 8;
    std::vector<QRect> rects;
    int x = kMargin, y = 2;
    for (const Entry &e : entries()) {
        const int w = kSwatch + 5 + fm.horizontalAdvance(e.name);
        if (x > kMargin && x + w > width - kMargin) {
            x = kMargin; // wrap: the next line
            y += lineHeight;
        }
        rects.emplace_back(x, y, w, lineHeight);
        x += w + kGap;
    }
    return rects;
}

int TimelineLegend::heightForWidth(int width) const
{
    const auto rects = entryRects(width);
    return rects.empty() ? 0 : rects.back().bottom() + 3;
}

QSize TimelineLegend::sizeHint() const
{
    const auto rects = entryRects(QWIDGETSIZE_MAX);
    return {rects.empty() ? 100 : rects.back().right() + kMargin, heightForWidth(QWIDGETSIZE_MAX)};
}

QSize TimelineLegend::minimumSizeHint() const
{
    return {100, QFontMetrics(legendFont()).height() + 10};
}

void TimelineLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setFont(legendFont());
    p.fillRect(rect(), m_palette.labelBackground);
    p.setRenderHint(QPainter::Antialiasing);
    const auto list = entries();
    const auto rects = entryRects(width());
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QRect &r = rects[i];
        p.save();
        list[i].swatch(p, QRectF(swatchRect(r)));
        p.restore();
        p.setPen(m_palette.text);
        p.drawText(QRect(r.left() + kSwatch + 5, r.top(), r.width() - kSwatch - 5 + 2, r.height()),
                   Qt::AlignVCenter, list[i].name);
    }
}

bool TimelineLegend::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto rects = entryRects(width());
        for (std::size_t i = 0; i < rects.size(); ++i)
            if (rects[i].contains(help->pos())) {
                QToolTip::showText(help->globalPos(), entryToolTip(int(i)), this, rects[i]);
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    return QWidget::event(event);
}

} // namespace Ui
