#pragma once
#include "loopmachinescene.h"

#include <QFont>
#include <QRectF>
#include <vector>

namespace Ui
{

//! Where chips of given widths go in rows of a given width: left to right, wrapping, at most
//! maxRows rows. When they do not all fit, the last rows end with a "+N more" chip of
//! moreWidth and `shown` says how many chips made it. A chip wider than the row is clamped to
//! it (its text is elided; the tool tip has it whole).
struct ChipFlow {
    std::vector<double> x, width; //!< per shown chip
    std::vector<int> row; //!< per shown chip
    int shown = 0;
    int rows = 0; //!< rows used, "+N more" included
    int moreRow = -1; //!< -1: everything fits
    double moreX = 0;
};
ChipFlow flowChips(
    const std::vector<double> &widths, double available, double gap, int maxRows, double moreWidth);

//! Spacing of the loop machine, in pixels.
struct LoopMachineMetrics {
    double margin = 8; //!< around everything
    double boxGap = 8; //!< between places
    double padding = 8; //!< inside a place's frame
    double chipPadX = 8, chipPadY = 4; //!< inside a chip
    double chipGap = 6; //!< between chips of a place
    double queueGap = 20; //!< between chips of a queue: room for an arrow
    double rowGap = 6; //!< between rows of chips
    double lineGap = 3; //!< between lines of text
};

//! The fonts of the loop machine: text (chips, notes), titles, and the big "running now".
struct LoopMachineFonts {
    QFont text, title, stage;
    //! Larger than the widget's own font, for reading at a glance.
    static LoopMachineFonts from(const QFont &base);
};

//! A chip placed: chip -1 is a group's "+N more".
struct PlacedChip {
    QRectF rect;
    int group = 0, chip = 0;
    QString text; //!< what fits (elided if it had to be)
    bool arrowBefore = false; //!< a queue arrow leads into it from the left
    bool wrapped = false; //!< the text wraps inside the chip (the stage's)
};

struct PlacedGroup {
    QRectF label; //!< empty rect: no label
    std::vector<PlacedChip> chips;
    int hidden = 0; //!< chips behind "+N more"
};

struct PlacedBox {
    QRectF frame, title, status, note, empty; //!< null rects when absent
    QString titleText; //!< the title with its count: "Ready queue · 3"
    std::vector<PlacedGroup> groups;
};

//! Every rectangle of the machine for one width: text wraps and chips wrap, so nothing is ever
//! wider than `width`; height is what it takes.
struct LoopMachineGeometry {
    QRectF headline, stageFrame, stageTitle, stageEmpty, why;
    std::vector<PlacedChip> stage;
    std::vector<PlacedBox> boxes;
    double width = 0, height = 0;
};

LoopMachineGeometry layoutLoopMachine(const LoopMachineScene &scene, double width,
    const LoopMachineFonts &fonts, const LoopMachineMetrics &metrics = {});

//! The text of a group's "+N more" chip.
QString moreText(int hidden);

} // namespace Ui
