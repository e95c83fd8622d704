#include "timelinepalette.h"

namespace Ui {

using Core::WaitKind;

namespace {

// Okabe & Ito, "Color Universal Design" (2008).
const QColor kOrange(0xE6, 0x9F, 0x00);
const QColor kSkyBlue(0x56, 0xB4, 0xE9);
const QColor kBluishGreen(0x00, 0x9E, 0x73);
const QColor kYellow(0xF0, 0xE4, 0x42);
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kVermillion(0xD5, 0x5E, 0x00);
const QColor kReddishPurple(0xCC, 0x79, 0xA7);

void fillWaits(TimelinePalette &p, const QColor &neutral, const QColor &yieldColor)
{
    auto set = [&p](WaitKind k, const QColor &c) { p.wait[std::size_t(k)] = c; };
    set(WaitKind::Sleep, kSkyBlue);
    set(WaitKind::Timeout, kSkyBlue);
    set(WaitKind::Task, neutral);
    set(WaitKind::Gather, neutral);
    set(WaitKind::Future, neutral);
    set(WaitKind::Lock, kVermillion);
    set(WaitKind::Semaphore, kVermillion);
    set(WaitKind::Condition, kVermillion);
    set(WaitKind::Event, kVermillion);
    set(WaitKind::Queue, kReddishPurple);
    set(WaitKind::Io, kBluishGreen);
    set(WaitKind::Executor, kYellow);
    set(WaitKind::Yield, yieldColor);
    set(WaitKind::Other, neutral);
}

} // namespace

Qt::BrushStyle TimelinePalette::waitPattern(WaitKind kind)
{
    switch (kind) {
    case WaitKind::Lock:
    case WaitKind::Semaphore:
    case WaitKind::Condition:
    case WaitKind::Event:
        return Qt::DiagCrossPattern;
    case WaitKind::Queue:
        return Qt::VerPattern;
    case WaitKind::Io:
        return Qt::Dense6Pattern;
    default:
        return Qt::NoBrush;
    }
}

QString TimelinePalette::waitName(WaitKind kind)
{
    switch (kind) {
    case WaitKind::Sleep: return QStringLiteral("sleep");
    case WaitKind::Task: return QStringLiteral("task");
    case WaitKind::Gather: return QStringLiteral("gather");
    case WaitKind::Future: return QStringLiteral("future");
    case WaitKind::Lock: return QStringLiteral("lock");
    case WaitKind::Semaphore: return QStringLiteral("semaphore");
    case WaitKind::Condition: return QStringLiteral("condition");
    case WaitKind::Event: return QStringLiteral("event");
    case WaitKind::Queue: return QStringLiteral("queue");
    case WaitKind::Io: return QStringLiteral("I/O");
    case WaitKind::Executor: return QStringLiteral("executor");
    case WaitKind::Timeout: return QStringLiteral("timeout");
    case WaitKind::Yield: return QStringLiteral("yield");
    case WaitKind::Other: break;
    }
    return QStringLiteral("other");
}

TimelinePalette TimelinePalette::light()
{
    TimelinePalette p;
    p.dark = false;
    p.background = QColor(0xFF, 0xFF, 0xFF);
    p.alternateRow = QColor(0xF4, 0xF6, 0xF8);
    p.labelBackground = QColor(0xEE, 0xF0, 0xF3);
    p.text = QColor(0x1F, 0x23, 0x28);
    p.mutedText = QColor(0x5F, 0x66, 0x70);
    p.grid = QColor(0xDD, 0xE1, 0xE6);
    p.rulerBackground = QColor(0xE6, 0xE9, 0xED);
    p.running = kBlue;
    p.ready = kOrange;
    p.loopBusy = kBlue;
    p.loopIdle = QColor(0xB8, 0xBE, 0xC6);
    p.job = kYellow;
    p.done = kBluishGreen;
    p.cancelled = QColor(0x6B, 0x72, 0x7B);
    p.failed = kVermillion;
    p.blocked = kVermillion;
    p.wakeArrow = QColor(0x30, 0x36, 0x3D);
    p.printMarker = QColor(0x1F, 0x23, 0x28);
    p.errorMarker = kVermillion;
    p.selection = QColor(0x00, 0x00, 0x00);
    p.cursor = QColor(0xCC, 0x79, 0xA7);
    p.merged = QColor(0x7A, 0x84, 0x90);
    fillWaits(p, QColor(0x9A, 0xA2, 0xAC), QColor(0xC9, 0xCE, 0xD4));
    return p;
}

TimelinePalette TimelinePalette::darkPalette()
{
    TimelinePalette p;
    p.dark = true;
    p.background = QColor(0x1E, 0x20, 0x24);
    p.alternateRow = QColor(0x25, 0x28, 0x2D);
    p.labelBackground = QColor(0x2A, 0x2D, 0x33);
    p.text = QColor(0xE6, 0xE8, 0xEB);
    p.mutedText = QColor(0xA0, 0xA7, 0xB0);
    p.grid = QColor(0x38, 0x3C, 0x43);
    p.rulerBackground = QColor(0x2F, 0x33, 0x39);
    // Okabe-Ito blue is too dark on a dark background; a lighter tint of the same hue.
    p.running = QColor(0x3A, 0x9B, 0xDB);
    p.ready = kOrange;
    p.loopBusy = QColor(0x3A, 0x9B, 0xDB);
    p.loopIdle = QColor(0x5A, 0x61, 0x6A);
    p.job = kYellow;
    p.done = QColor(0x2F, 0xC0, 0x94);
    p.cancelled = QColor(0xA0, 0xA7, 0xB0);
    p.failed = QColor(0xFF, 0x7A, 0x2E);
    p.blocked = QColor(0xFF, 0x7A, 0x2E);
    p.wakeArrow = QColor(0xD0, 0xD4, 0xDA);
    p.printMarker = QColor(0xF0, 0xF2, 0xF5);
    p.errorMarker = QColor(0xFF, 0x7A, 0x2E);
    p.selection = QColor(0xFF, 0xFF, 0xFF);
    p.cursor = kReddishPurple;
    p.merged = QColor(0x8A, 0x93, 0x9E);
    fillWaits(p, QColor(0x7D, 0x85, 0x90), QColor(0x5A, 0x61, 0x6A));
    return p;
}

bool TimelinePalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

TimelinePalette TimelinePalette::forPalette(const QPalette &palette)
{
    return isDark(palette) ? darkPalette() : light();
}

} // namespace Ui
