// TimelinePainter's label column (lane names, nesting, state pills, toggles) and the style
// caches it shares with the plot: the text-heavy part of a frame, kept apart from the spans.
#include "timelinepainter.h"

#include "taskcounts.h"
#include "tracemodel.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace Ui {

using Core::LaneKind;

void TimelinePainter::prepareStyle(const QPainter &painter)
{
    const QFont &font = painter.font();
    std::size_t stamp = qHash(font);
    const QColor colours[] = {palette.background, palette.alternateRow, palette.labelBackground,
                              palette.text, palette.mutedText, palette.grid,
                              palette.rulerBackground, palette.running, palette.ready,
                              palette.loopBusy, palette.loopIdle, palette.job, palette.done,
                              palette.cancelled, palette.failed, palette.blocked,
                              palette.wakeArrow, palette.printMarker, palette.errorMarker,
                              palette.selection, palette.cursor, palette.merged};
    for (const QColor &c : colours)
        stamp = qHashMulti(stamp, c.rgba());
    for (const QColor &c : palette.wait)
        stamp = qHashMulti(stamp, c.rgba());
    if (m_styled && stamp == m_styleStamp && font == m_fonts.regular)
        return;
    m_styled = true;
    m_styleStamp = stamp;
    m_text.clear();
    m_sprites.clear();
    m_fonts.regular = font;
    m_fonts.bold = font;
    m_fonts.bold.setBold(true);
    m_fonts.italic = font;
    m_fonts.italic.setItalic(true);
    m_fonts.small = font;
    m_fonts.small.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
}

QString laneLabel(const QString &name, const QString &call, double room,
                  const std::function<double(const QString &)> &width)
{
    if (call.isEmpty() || width(name) <= room || !name.endsWith(call))
        return name;
    return call;
}

void TimelinePainter::paintLabels(QPainter &painter, const Core::TraceModel &model,
                                  const TimelineRows &rows, const TimelineFrame &frame,
                                  int firstRow, int lastRow)
{
    const double height = frame.size.height();
    const double below = std::max(double(metrics.rulerHeight),
                                  rowTop(frame, std::max(firstRow, lastRow + 1)));
    if (below < height)
        painter.fillRect(QRectF(0, below, metrics.labelWidth, height - below),
                         palette.labelBackground);
    painter.save();
    painter.setClipRect(QRectF(0, metrics.rulerHeight, metrics.labelWidth, height));
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor alternate = palette.alternateRow.darker(palette.dark ? 90 : 103);
    auto disclosure = [&](double x, double mid, bool closed) {
        m_sprites.draw(painter, QPointF(x, mid - 5), 0x400 | (closed ? 1 : 0), QSizeF(10, 10),
                       [&](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(palette.mutedText);
            const QPointF c(5, 5);
            if (closed) {
                const QPointF tri[] = {c + QPointF(-2, -4), c + QPointF(3, 0), c + QPointF(-2, 4)};
                p.drawPolygon(tri, 3);
            } else {
                const QPointF tri[] = {c + QPointF(-4, -2), c + QPointF(4, -2), c + QPointF(0, 3)};
                p.drawPolygon(tri, 3);
            }
        });
    };
    for (int row = firstRow; row <= lastRow; ++row) {
        const int lane = rows.lanes[std::size_t(row)];
        const Core::LaneInfo &info = model.lane(lane);
        const double top = rowTop(frame, row);
        const double mid = top + metrics.rowHeight / 2.0;
        painter.fillRect(QRectF(0, top, metrics.labelWidth, metrics.rowHeight),
                         row % 2 ? alternate : palette.labelBackground);
        if (const int kind = rows.counter[std::size_t(row)]; kind >= 0) {
            // A counter track: how many tasks are in this state, and the most at once.
            const double fx = 6 + metrics.indent;
            painter.fillRect(QRectF(fx, mid - 4, 10, 8), counterColour(kind));
            const QString peak = frame.counts ? QStringLiteral("up to %1").arg(
                                                        QLocale().toString(frame.counts->peak[std::size_t(kind)]))
                                              : QString();
            const double peakWidth = peak.isEmpty() ? 0 : m_text.width(m_fonts.small, peak) + 4;
            const QRectF r(fx + 16, top, std::max(0.0, metrics.labelWidth - 8 - fx - 16 - peakWidth),
                           metrics.rowHeight);
            painter.setPen(palette.text);
            // "tasks on a lock or queue", or without "tasks" rather than cut ("…or que…").
            const QString whole = QStringLiteral("tasks %1").arg(counterName(kind));
            const QString text = m_text.width(m_fonts.regular, whole) <= r.width()
                                         ? whole
                                         : counterName(kind);
            m_text.draw(painter, r, Qt::AlignLeft, m_fonts.regular,
                        m_text.elided(m_fonts.regular, text, r.width()));
            if (!peak.isEmpty()) {
                painter.setPen(palette.mutedText);
                m_text.draw(painter, QRectF(metrics.labelWidth - 6 - peakWidth, top, peakWidth,
                                            metrics.rowHeight),
                            Qt::AlignRight, m_fonts.small, m_text.get(m_fonts.small, peak));
            }
            continue;
        }
        if (const int g = rows.group[std::size_t(row)]; g >= 0) {
            // A library's tasks folded into one row: "▸ uvicorn · 12 tasks"; a click opens it.
            const TimelineRows::Group &group = rows.groups[std::size_t(g)];
            disclosure(6, mid, !group.open);
            const int n = int(group.lanes.size());
            const QString text = QStringLiteral("%1 · %2 %3").arg(group.library).arg(n).arg(
                    n == 1 ? QStringLiteral("task") : QStringLiteral("tasks"));
            const QRectF r(18, top, std::max(0.0, metrics.labelWidth - 24.0), metrics.rowHeight);
            painter.setPen(palette.text);
            m_text.draw(painter, r, Qt::AlignLeft, m_fonts.bold,
                        m_text.elided(m_fonts.bold, text, r.width()));
            continue;
        }
        if (row < int(rows.frameDepth.size()) && rows.frameDepth[std::size_t(row)] >= 0) {
            // A frame row: which coroutines sit at this depth of the task's stack.
            const int depth = rows.frameDepth[std::size_t(row)];
            QStringList names;
            if (frame.flames) {
                const auto it = frame.flames->constFind(lane);
                if (it != frame.flames->cend() && depth < int(it->size()))
                    for (const FlameBar &b : (*it)[std::size_t(depth)]) {
                        if (!names.contains(b.function))
                            names << b.function;
                        if (names.size() == 4)
                            break;
                    }
            }
            const double fx = 6 + double(info.depth + 1) * metrics.indent + double(depth) * 6;
            painter.setPen(palette.mutedText);
            const QRectF r(fx, top, std::max(0.0, metrics.labelWidth - 6 - fx), metrics.rowHeight);
            m_text.draw(painter, r, Qt::AlignLeft, m_fonts.italic,
                        m_text.elided(m_fonts.italic,
                                      QStringLiteral("↳ ") + names.join(QStringLiteral(", ")),
                                      r.width()));
            continue;
        }
        const double x = 6 + double(info.depth) * metrics.indent;
        if (info.depth > 0) {
            // An elbow from the parent's column: the nesting reads at a glance. Aligned fills
            // draw it crisply without a path.
            const double px = x - metrics.indent + 5;
            painter.fillRect(QRectF(px, top, 1, mid - top + 1), palette.mutedText);
            painter.fillRect(QRectF(px, mid, x + 1 - px, 1), palette.mutedText);
        }
        double textX = x + 12;
        if (lane < int(rows.hasChildren.size()) && rows.hasChildren[std::size_t(lane)]) {
            disclosure(x, mid, frame.collapsed.contains(lane));
        }
        const QFont *font = &m_fonts.regular;
        QString name = info.name;
        QString call;
        QColor stateColor;
        QString state;
        int stateIndex = 0;
        if (info.kind == LaneKind::Loop) {
            font = &m_fonts.bold;
        } else if (info.kind == LaneKind::Thread) {
            font = &m_fonts.italic;
            name = QStringLiteral("thread ") + name;
        } else if (const Core::TaskInfo *task = model.task(info.id)) {
            call = task->call;
            switch (task->state) {
            case Core::TaskState::Done:
                state = QStringLiteral("done");
                stateColor = palette.done;
                stateIndex = 1;
                break;
            case Core::TaskState::Cancelled:
                state = QStringLiteral("cancelled");
                stateColor = palette.cancelled;
                stateIndex = 2;
                break;
            case Core::TaskState::Failed:
                state = QStringLiteral("failed");
                stateColor = palette.failed;
                stateIndex = 3;
                break;
            case Core::TaskState::Pending:
                break;
            }
        }
        double right = metrics.labelWidth - 6;
        if (hasFlameToggle(model, lane)) {
            // The frames toggle: "ƒ" in a box, filled while the task shows its frame rows.
            const QRectF box = flameToggleRect(top, info.depth);
            const bool open = frame.flames && frame.flames->contains(lane);
            m_sprites.draw(painter, box.topLeft() - QPointF(1, 1),
                           0x500 | (open ? 1 : 0) | std::uint64_t(metrics.rowHeight) << 16,
                           box.size() + QSizeF(2, 2), [&](QPainter &p) {
                const QRectF b(1, 1, box.width(), box.height());
                p.setPen(QPen(palette.mutedText, 1));
                p.setBrush(open ? palette.selection : QBrush(Qt::NoBrush));
                p.drawRoundedRect(b, 3, 3);
                p.setPen(open ? palette.background : palette.mutedText);
                p.setFont(m_fonts.regular);
                p.drawText(b, Qt::AlignCenter, QStringLiteral("ƒ"));
            });
            textX = box.right() + 5;
        }
        if (!state.isEmpty()) {
            const double w = m_text.width(m_fonts.small, state) + 8;
            const double h = m_text.height(m_fonts.small) + 2;
            const QRectF pill(right - w, mid - h / 2, w, h);
            m_sprites.draw(painter, pill.topLeft() - QPointF(1, 1), 0x600 | stateIndex,
                           pill.size() + QSizeF(2, 2), [&](QPainter &p) {
                const QRectF b(1, 1, pill.width(), pill.height());
                p.setPen(QPen(stateColor, 1));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(b, 4, 4);
                p.setFont(m_fonts.small);
                p.drawText(b, Qt::AlignCenter, state);
            });
            right = pill.left() - 4;
        }
        painter.setPen(palette.text);
        const QRectF textRect(textX, top, std::max(0.0, right - textX), metrics.rowHeight);
        const QString shown = laneLabel(name, call, textRect.width(), [&](const QString &text) {
            return m_text.width(*font, text);
        });
        m_text.draw(painter, textRect, Qt::AlignLeft, *font,
                    m_text.elided(*font, shown, textRect.width()));
    }
    painter.setFont(m_fonts.regular);
    painter.restore();
    painter.setPen(QPen(palette.grid, 1));
    painter.drawLine(QPointF(metrics.labelWidth - 0.5, 0), QPointF(metrics.labelWidth - 0.5, height));
}

} // namespace Ui
