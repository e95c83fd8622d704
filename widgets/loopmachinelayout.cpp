#include "loopmachinelayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <algorithm>

namespace Ui
{
namespace
{

double wrappedHeight(const QFontMetricsF &fm, double width, const QString &text)
{
    if (text.isEmpty())
        return 0;
    return fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

// A wrapped block of text at (x, y): its rect, and y moved past it.
QRectF textBlock(
    const QFontMetricsF &fm, double x, double &y, double width, const QString &text, double gap)
{
    if (text.isEmpty())
        return {};
    const QRectF r(x, y, width, wrappedHeight(fm, width, text));
    y += r.height() + gap;
    return r;
}

// Chips of one group placed from (x, y) in `width`; y moves past them.
std::vector<PlacedChip> placeChips(const std::vector<LoopChip> &chips, int group,
    const QFontMetricsF &fm, double x, double &y, double width, const LoopMachineMetrics &m,
    bool ordered, int maxRows, int *hidden)
{
    const double height = fm.height() + 2 * m.chipPadY;
    std::vector<double> widths;
    widths.reserve(chips.size());
    for (const LoopChip &c : chips)
        widths.push_back(fm.horizontalAdvance(c.text) + 2 * m.chipPadX);
    const double moreWidth = fm.horizontalAdvance(moreText(int(chips.size()))) + 2 * m.chipPadX;
    const ChipFlow flow
        = flowChips(widths, width, ordered ? m.queueGap : m.chipGap, maxRows, moreWidth);
    std::vector<PlacedChip> placed;
    placed.reserve(std::size_t(flow.shown) + 1);
    for (int i = 0; i < flow.shown; ++i) {
        PlacedChip p;
        p.rect
            = QRectF(x + flow.x[i], y + flow.row[i] * (height + m.rowGap), flow.width[i], height);
        p.group = group;
        p.chip = i;
        p.text = fm.elidedText(chips[i].text, Qt::ElideRight, flow.width[i] - 2 * m.chipPadX);
        p.arrowBefore = ordered && flow.x[i] > 0;
        placed.push_back(std::move(p));
    }
    *hidden = int(chips.size()) - flow.shown;
    if (flow.moreRow >= 0) {
        PlacedChip more;
        const double w = std::min(moreWidth, width);
        more.rect = QRectF(x + flow.moreX, y + flow.moreRow * (height + m.rowGap), w, height);
        more.group = group;
        more.chip = -1;
        more.text = fm.elidedText(moreText(*hidden), Qt::ElideRight, w - 2 * m.chipPadX);
        placed.push_back(std::move(more));
    }
    if (flow.rows > 0)
        y += flow.rows * (height + m.rowGap) - m.rowGap;
    return placed;
}

} // namespace

ChipFlow flowChips(
    const std::vector<double> &widths, double available, double gap, int maxRows, double moreWidth)
{
    ChipFlow f;
    const int n = int(widths.size());
    available = std::max(available, 1.0);
    maxRows = std::max(1, maxRows);
    moreWidth = std::min(moreWidth, available);
    std::vector<double> x(widths.size()), w(widths.size());
    std::vector<int> row(widths.size());
    double cx = 0;
    int r = 0;
    for (int i = 0; i < n; ++i) {
        w[i] = std::min(widths[i], available);
        if (cx > 0 && cx + w[i] > available) {
            ++r;
            cx = 0;
        }
        x[i] = cx;
        row[i] = r;
        cx += w[i] + gap;
    }
    int shown = n;
    if (n > 0 && row[n - 1] >= maxRows) {
        // Too many: keep the chips of the first rows and make room for "+N more" after them.
        shown = int(std::count_if(row.begin(), row.end(), [&](int v) { return v < maxRows; }));
        while (true) {
            if (shown == 0) {
                f.moreRow = 0;
                f.moreX = 0;
                break;
            }
            const double end = x[shown - 1] + w[shown - 1] + gap;
            if (end + moreWidth <= available) {
                f.moreRow = row[shown - 1];
                f.moreX = end;
                break;
            }
            if (row[shown - 1] + 1 < maxRows) {
                f.moreRow = row[shown - 1] + 1;
                f.moreX = 0;
                break;
            }
            --shown;
        }
    }
    f.shown = shown;
    f.x.assign(x.begin(), x.begin() + shown);
    f.width.assign(w.begin(), w.begin() + shown);
    f.row.assign(row.begin(), row.begin() + shown);
    f.rows = f.moreRow >= 0 ? f.moreRow + 1 : (shown ? row[shown - 1] + 1 : 0);
    if (f.moreRow >= 0 && shown)
        f.rows = std::max(f.rows, row[shown - 1] + 1);
    return f;
}

LoopMachineFonts LoopMachineFonts::from(const QFont &base)
{
    LoopMachineFonts f;
    const double size = base.pointSizeF() > 0 ? base.pointSizeF() : 10;
    f.text = base;
    f.text.setPointSizeF(size * 1.1);
    f.title = f.text;
    f.title.setBold(true);
    f.stage = base;
    f.stage.setPointSizeF(size * 1.3);
    f.stage.setBold(true);
    return f;
}

QString moreText(int hidden)
{
    return QCoreApplication::translate("Ui::LoopMachineLayout", "+%1 more").arg(hidden);
}

LoopMachineGeometry layoutLoopMachine(const LoopMachineScene &scene, double width,
    const LoopMachineFonts &fonts, const LoopMachineMetrics &m)
{
    LoopMachineGeometry g;
    g.width = width;
    const QFontMetricsF text(fonts.text), title(fonts.title), stage(fonts.stage);
    const double x = m.margin;
    const double w = std::max(40.0, width - 2 * m.margin);
    const double ix = x + m.padding; // inside a frame
    const double iw = std::max(20.0, w - 2 * m.padding);
    double y = m.margin;
    g.headline = textBlock(title, x, y, w, scene.headline, m.boxGap);

    // The stage: what the loop runs now (or next), large, with its why.
    const double stageTop = y;
    y += m.padding;
    g.stageTitle = textBlock(title, ix, y, iw, scene.stageTitle, m.lineGap);
    if (scene.stage.empty()) {
        g.stageEmpty = textBlock(stage, ix, y, iw, scene.stageEmpty, m.lineGap);
    } else {
        // One per row, the text wrapped rather than elided: the line number must show.
        for (std::size_t i = 0; i < scene.stage.size(); ++i) {
            const double tw
                = std::min(iw - 2 * m.chipPadX, stage.horizontalAdvance(scene.stage[i].text) + 1);
            const double th = wrappedHeight(stage, tw, scene.stage[i].text);
            PlacedChip p;
            p.rect = QRectF(ix, y, tw + 2 * m.chipPadX, th + 2 * m.chipPadY);
            p.chip = int(i);
            p.text = scene.stage[i].text;
            p.wrapped = true;
            y += p.rect.height() + m.rowGap;
            g.stage.push_back(std::move(p));
        }
        y += m.lineGap - m.rowGap;
    }
    g.why = textBlock(text, ix, y, iw, scene.why, m.lineGap);
    g.stageFrame = QRectF(x, stageTop, w, y - m.lineGap - stageTop + m.padding);
    y = g.stageFrame.bottom() + m.boxGap;

    for (const LoopBox &box : scene.boxes) {
        PlacedBox placed;
        const double top = y;
        y += m.padding;
        const int count = box.count();
        const QString titleText
            = count ? QStringLiteral("%1 · %2").arg(box.title).arg(count) : box.title;
        placed.titleText = titleText;
        // An empty place says so after its title when that fits: one line for "Timers none".
        const double titleWidth = title.horizontalAdvance(titleText);
        const double emptyWidth = text.horizontalAdvance(box.empty);
        const double gap = title.horizontalAdvance(QLatin1Char(' ')) * 2;
        if (box.groups.empty() && !box.empty.isEmpty() && box.status.isEmpty()
            && titleWidth + gap + emptyWidth <= iw) {
            const double h = std::max(title.height(), text.height());
            placed.title = QRectF(ix, y, titleWidth + 1, h);
            placed.empty = QRectF(ix + titleWidth + gap, y, iw - titleWidth - gap, h);
            y += h + m.lineGap;
        } else {
            placed.title = textBlock(title, ix, y, iw, titleText, m.lineGap);
        }
        placed.status = textBlock(text, ix, y, iw, box.status, m.lineGap);
        // The note is about chips: an empty place has none to explain.
        if (box.groups.empty() && placed.empty.isNull())
            placed.empty = textBlock(text, ix, y, iw, box.empty, m.lineGap);
        else if (!box.groups.empty())
            placed.note = textBlock(text, ix, y, iw, box.note, m.lineGap);
        for (std::size_t gi = 0; gi < box.groups.size(); ++gi) {
            const LoopGroup &group = box.groups[gi];
            PlacedGroup pg;
            pg.label = textBlock(title, ix, y, iw, group.label, m.lineGap);
            pg.chips = placeChips(
                group.chips, int(gi), text, ix, y, iw, m, box.ordered, box.maxRows, &pg.hidden);
            y += m.lineGap * 2;
            placed.groups.push_back(std::move(pg));
        }
        placed.frame = QRectF(x, top, w, y - m.lineGap - top + m.padding);
        y = placed.frame.bottom() + m.boxGap;
        g.boxes.push_back(std::move(placed));
    }
    g.height = y - m.boxGap + m.margin;
    return g;
}

} // namespace Ui
