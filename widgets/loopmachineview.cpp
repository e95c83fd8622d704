#include "loopmachineview.h"

#include "loopmachineaccessible.h"
#include "nextpick.h"
#include "predictnextscene.h"

#include "schedulerstate.h"
#include "tracemodel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

namespace Ui
{
namespace
{

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}

QColor chipColour(const TimelinePalette &p, const LoopChip &chip)
{
    switch (chip.kind) {
    case ChipKind::Running:
    case ChipKind::Next:
        return p.running;
    case ChipKind::Blocked:
        return p.blocked;
    case ChipKind::Ready:
        return p.ready;
    case ChipKind::Timer:
        return p.waitColor(Core::WaitKind::Sleep);
    case ChipKind::Waiting:
        return p.waitColor(chip.wait);
    case ChipKind::Job:
        return p.job;
    case ChipKind::Idle:
    case ChipKind::More:
        break;
    }
    return p.mutedText;
}

// The names behind a "+N more" chip, for its tool tip (a few dozen at most).
QString hiddenNames(const LoopGroup &group, int shown)
{
    constexpr int kListed = 30;
    QStringList names;
    for (int i = shown; i < int(group.chips.size()) && names.size() < kListed; ++i)
        names << group.chips[std::size_t(i)].text;
    const int rest = int(group.chips.size()) - shown - int(names.size());
    QString tip = names.join(QLatin1Char('\n'));
    if (rest > 0)
        tip += QLatin1Char('\n') + QObject::tr("… and %1 more").arg(rest);
    return tip;
}

} // namespace

LoopMachineView::LoopMachineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    installLoopMachineAccessibility(this); // places and chips for screen readers, first of all
    setObjectName(QStringLiteral("loopMachine"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text and chips wrap instead
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    m_fonts = LoopMachineFonts::from(font());
    clear();
}

QSize LoopMachineView::sizeHint() const
{
    return { 420, 560 };
}

QSize LoopMachineView::minimumSizeHint() const
{
    return { 220, 160 };
}

void LoopMachineView::showState(const Core::TraceModel &model, const Core::SchedulerState &state)
{
    m_message.clear();
    m_scene = sceneFromState(model, state);
    relayout();
}

void LoopMachineView::showPause(const Core::TraceModel &model, const Core::PausedInfo &pause)
{
    m_message.clear();
    m_scene = sceneFromPause(model, pause, Core::reconstructAt(model, pause.next.t));
    relayout();
}

void LoopMachineView::showPrediction(const Core::TraceModel &model, const Core::NextPick &pick)
{
    const Core::PausedInfo &pause = pick.pause();
    m_message.clear();
    m_scene = concealNext(sceneFromPause(model, pause, Core::reconstructAt(model, pause.next.t)),
                          pick);
    relayout();
}

void LoopMachineView::clear(const QString &message)
{
    m_scene = {};
    m_message = message.isEmpty()
        ? tr("The event loop shows here: turn on Run ▸ Step mode and run a program (F5), play "
             "a finished run or a recording (F8), or click the timeline's ruler to pick a "
             "moment.")
        : message;
    relayout();
}

void LoopMachineView::setDarkOverride(std::optional<bool> dark)
{
    m_darkOverride = dark;
    viewport()->update();
}

TimelinePalette LoopMachineView::colours() const
{
    if (m_darkOverride)
        return *m_darkOverride ? TimelinePalette::darkPalette() : TimelinePalette::light();
    return TimelinePalette::forPalette(palette());
}

void LoopMachineView::relayout()
{
    const double width = viewport()->width();
    if (m_scene.isEmpty()) {
        m_geometry = {};
        m_geometry.width = width;
    } else {
        m_geometry = layoutLoopMachine(m_scene, width, m_fonts);
    }
    const int overflow = int(std::ceil(m_geometry.height)) - viewport()->height();
    verticalScrollBar()->setRange(0, std::max(0, overflow));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(24);
    viewport()->update();
    announceLoopMachineChanged(this);
}

void LoopMachineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void LoopMachineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_fonts = LoopMachineFonts::from(font());
        relayout();
    } else if (event->type() == QEvent::PaletteChange) {
        viewport()->update();
    }
}

QRectF LoopMachineView::chipRect(const PlacedChip &chip) const
{
    return chip.rect.translated(0, -verticalScrollBar()->value());
}

LoopMachineView::Hit LoopMachineView::hitAt(QPoint pos) const
{
    const QPointF p(pos.x(), pos.y() + verticalScrollBar()->value());
    Hit hit;
    for (const PlacedChip &c : m_geometry.stage) {
        if (c.rect.contains(p) && c.chip >= 0 && c.chip < int(m_scene.stage.size())) {
            hit.chip = &m_scene.stage[std::size_t(c.chip)];
            hit.box = -1;
            return hit;
        }
    }
    for (std::size_t b = 0; b < m_geometry.boxes.size() && b < m_scene.boxes.size(); ++b) {
        const PlacedBox &box = m_geometry.boxes[b];
        if (!box.frame.contains(p))
            continue;
        for (std::size_t g = 0; g < box.groups.size(); ++g) {
            const LoopGroup &group = m_scene.boxes[b].groups[g];
            if (box.groups[g].label.contains(p)) {
                hit.box = int(b);
                hit.group = int(g);
                hit.label = true;
                return hit;
            }
            for (const PlacedChip &c : box.groups[g].chips) {
                if (!c.rect.contains(p))
                    continue;
                hit.box = int(b);
                hit.group = int(g);
                if (c.chip < 0)
                    hit.more = true;
                else
                    hit.chip = &group.chips[std::size_t(c.chip)];
                return hit;
            }
        }
    }
    return hit;
}

QString LoopMachineView::toolTipAt(QPoint pos) const
{
    const Hit hit = hitAt(pos);
    if (hit.chip)
        return hit.chip->toolTip.isEmpty() ? hit.chip->text : hit.chip->toolTip;
    if (hit.box < 0 || hit.group < 0)
        return {};
    const LoopGroup &group = m_scene.boxes[std::size_t(hit.box)].groups[std::size_t(hit.group)];
    if (hit.label)
        return group.labelToolTip.isEmpty() ? group.label
                                            : group.label + QLatin1Char('\n') + group.labelToolTip;
    const PlacedGroup &placed
        = m_geometry.boxes[std::size_t(hit.box)].groups[std::size_t(hit.group)];
    return hiddenNames(group, int(group.chips.size()) - placed.hidden);
}

Core::Id LoopMachineView::taskAt(QPoint pos) const
{
    const Hit hit = hitAt(pos);
    return hit.chip ? hit.chip->task : 0;
}

bool LoopMachineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    if (event->type() == QEvent::MouseMove) {
        auto *move = static_cast<QMouseEvent *>(event);
        viewport()->setCursor(
            taskAt(move->position().toPoint()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void LoopMachineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const Core::Id task = taskAt(event->position().toPoint())) {
            event->accept();
            Q_EMIT taskActivated(task);
            return;
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void LoopMachineView::paintChip(QPainter &painter, const TimelinePalette &p,
    const PlacedChip &placed, const LoopChip *chip, bool stage) const
{
    const QRectF r = placed.rect.adjusted(0.5, 0.5, -0.5, -0.5);
    const double radius = stage ? 6 : 4;
    if (!chip) { // "+N more"
        painter.setPen(QPen(p.mutedText, 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(r, radius, radius);
        painter.setPen(p.mutedText);
        painter.drawText(r, Qt::AlignCenter, placed.text);
        return;
    }
    const QColor colour = chipColour(p, *chip);
    // A tint of the kind's colour behind ordinary text keeps large text readable in both
    // themes; the border carries the colour at full strength.
    const double tint = chip->kind == ChipKind::Idle                         ? 0.0
        : chip->kind == ChipKind::Running || chip->kind == ChipKind::Blocked ? 0.38
                                                                             : 0.24;
    painter.setBrush(blend(p.background, colour, tint));
    const bool strong = chip->kind == ChipKind::Running || chip->kind == ChipKind::Blocked
        || chip->kind == ChipKind::Next;
    painter.setPen(QPen(
        colour, strong ? 2.0 : 1.0, chip->kind == ChipKind::Next ? Qt::DashLine : Qt::SolidLine));
    painter.drawRoundedRect(r, radius, radius);
    painter.setPen(chip->kind == ChipKind::Idle ? p.mutedText : p.text);
    const LoopMachineMetrics m;
    // The layout measured the text at chipPadX from the chip's edges: draw it there, unclipped
    // by the half-pixel the border adjustment took.
    const QRectF text = placed.rect.adjusted(m.chipPadX, 0, -m.chipPadX, 0);
    painter.drawText(text,
        Qt::AlignVCenter | Qt::AlignLeft | (placed.wrapped ? Qt::TextWordWrap : 0), placed.text);
}

void LoopMachineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const TimelinePalette p = colours();
    painter.fillRect(viewport()->rect(), p.background);
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_scene.isEmpty()) {
        painter.setPen(p.mutedText);
        painter.setFont(m_fonts.text);
        painter.drawText(viewport()->rect().adjusted(16, 16, -16, -16),
            Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    painter.translate(0, -verticalScrollBar()->value());
    const LoopMachineGeometry &g = m_geometry;
    painter.setPen(p.text);
    painter.setFont(m_fonts.title);
    painter.drawText(g.headline, Qt::TextWordWrap, m_scene.headline);

    // The stage: framed in the running colour, the loop's one place where code runs.
    painter.setPen(QPen(p.running, 2));
    painter.setBrush(p.alternateRow);
    painter.drawRoundedRect(g.stageFrame.adjusted(1, 1, -1, -1), 8, 8);
    painter.setPen(p.text);
    painter.drawText(g.stageTitle, Qt::TextWordWrap, m_scene.stageTitle);
    if (m_scene.stage.empty()) {
        painter.setFont(m_fonts.stage);
        painter.setPen(p.mutedText);
        painter.drawText(g.stageEmpty, Qt::TextWordWrap, m_scene.stageEmpty);
    }
    painter.setFont(m_fonts.stage);
    for (const PlacedChip &c : g.stage)
        paintChip(painter, p, c, c.chip >= 0 ? &m_scene.stage[std::size_t(c.chip)] : nullptr, true);
    painter.setFont(m_fonts.text);
    painter.setPen(p.text);
    painter.drawText(g.why, Qt::TextWordWrap, m_scene.why);

    for (std::size_t b = 0; b < g.boxes.size() && b < m_scene.boxes.size(); ++b) {
        const PlacedBox &box = g.boxes[b];
        const LoopBox &scene = m_scene.boxes[b];
        painter.setPen(QPen(p.grid, 1));
        painter.setBrush(p.alternateRow);
        painter.drawRoundedRect(box.frame.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter.setFont(m_fonts.title);
        painter.setPen(p.text);
        painter.drawText(box.title, Qt::TextWordWrap, box.titleText);
        painter.setFont(m_fonts.text);
        painter.setPen(p.mutedText);
        if (!box.status.isNull())
            painter.drawText(box.status, Qt::TextWordWrap, scene.status);
        if (!box.note.isNull())
            painter.drawText(box.note, Qt::TextWordWrap, scene.note);
        if (!box.empty.isNull())
            painter.drawText(box.empty, Qt::TextWordWrap | Qt::AlignVCenter, scene.empty);
        for (std::size_t gi = 0; gi < box.groups.size(); ++gi) {
            const PlacedGroup &group = box.groups[gi];
            const LoopGroup &sceneGroup = scene.groups[gi];
            if (!group.label.isNull()) {
                painter.setFont(m_fonts.title);
                painter.setPen(p.text);
                painter.drawText(group.label, Qt::TextWordWrap, sceneGroup.label);
                painter.setFont(m_fonts.text);
            }
            for (const PlacedChip &c : group.chips) {
                if (c.arrowBefore) {
                    // The queue's order: an arrow in the gap from the chip before.
                    const double y = c.rect.center().y();
                    const double x1 = c.rect.left() - LoopMachineMetrics {}.queueGap + 4;
                    const double x2 = c.rect.left() - 4;
                    painter.setPen(QPen(p.mutedText, 1.5));
                    painter.drawLine(QPointF(x1, y), QPointF(x2, y));
                    QPainterPath head;
                    head.moveTo(x2, y);
                    head.lineTo(x2 - 5, y - 4);
                    head.lineTo(x2 - 5, y + 4);
                    head.closeSubpath();
                    painter.fillPath(head, p.mutedText);
                }
                paintChip(painter, p, c,
                    c.chip >= 0 ? &sceneGroup.chips[std::size_t(c.chip)] : nullptr, false);
            }
        }
    }
}

} // namespace Ui
