#pragma once
#include "tracemodel.h"

#include <QBrush>
#include <QColor>
#include <QPalette>
#include <array>

namespace Ui {

//! Colours and fill patterns of the timeline, after the Okabe-Ito colour-blind-safe set. Colour
//! is never the only cue: ready spans are hatched, waits are thin bars with their label,
//! synchronisation waits are cross-hatched, and end markers differ in shape.
struct TimelinePalette {
    bool dark = false;
    QColor background, alternateRow, labelBackground, text, mutedText, grid, rulerBackground;
    QColor running, ready, loopBusy, loopIdle, job, done, cancelled, failed, blocked;
    QColor wakeArrow, printMarker, errorMarker, selection, cursor, merged;
    std::array<QColor, 14> wait; //!< indexed by Core::WaitKind

    QColor waitColor(Core::WaitKind kind) const { return wait[std::size_t(kind)]; }
    //! The pattern a wait kind is drawn with on top of its colour (Qt::NoBrush for none).
    static Qt::BrushStyle waitPattern(Core::WaitKind kind);
    //! A short word for the wait kind, used in legends and tooltips.
    static QString waitName(Core::WaitKind kind);

    static TimelinePalette light();
    static TimelinePalette darkPalette();
    //! Qt 6.4 has no colour-scheme hint: a dark window colour means a dark theme.
    static bool isDark(const QPalette &palette);
    static TimelinePalette forPalette(const QPalette &palette);
};

} // namespace Ui
