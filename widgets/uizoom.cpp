#include "uizoom.h"

#include <QAction>
#include <QApplication>
#include <QFontDatabase>
#include <QSettings>
#include <QWidget>

#include <algorithm>
#include <array>
#include <cmath>

namespace Ui {

namespace {

// A browser's steps: small ones near 100 %, bigger ones toward a projector's sizes.
constexpr std::array<int, 13> kSteps = {50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};

double g_factor = 1.0;

// The application font before any zoom, taken once: every later size is a multiple of it, so
// zooming in and out never drifts.
const QFont &baseFont()
{
    static const QFont base = QApplication::font();
    return base;
}

} // namespace

UiZoom::UiZoom(QWidget *owner) : QObject(owner)
{
    baseFont();
    auto action = [owner](const QString &text, const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, owner);
        a->setShortcuts(keys);
        return a;
    };
    // Ctrl+= is where Ctrl++ is on most keyboards, without Shift; both zoom in.
    zoomInAction = action(tr("Zoom &In"), {QKeySequence(Qt::CTRL | Qt::Key_Equal),
                                            QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    zoomOutAction = action(tr("Zoom &Out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    resetAction = action(tr("&Actual Size"), {QKeySequence(Qt::CTRL | Qt::Key_0)});
    const QString what = tr("text, code, the timeline and the panels together");
    zoomInAction->setToolTip(tr("Larger %1").arg(what));
    zoomOutAction->setToolTip(tr("Smaller %1").arg(what));
    resetAction->setToolTip(tr("Back to 100 %"));
    connect(zoomInAction, &QAction::triggered, this, &UiZoom::zoomIn);
    connect(zoomOutAction, &QAction::triggered, this, &UiZoom::zoomOut);
    connect(resetAction, &QAction::triggered, this, &UiZoom::reset);
    useSettingsKey(m_key);
}

void UiZoom::useSettingsKey(const QString &key, int fallback)
{
    m_key = key;
    m_percent = std::clamp(QSettings().value(key, fallback).toInt(), kMinPercent, kMaxPercent);
    apply();
    updateActions();
    Q_EMIT changed(m_percent);
}

void UiZoom::setPercent(int percent)
{
    percent = std::clamp(percent, kMinPercent, kMaxPercent);
    QSettings().setValue(m_key, percent);
    if (percent == m_percent && std::abs(g_factor - percent / 100.0) < 1e-9)
        return;
    m_percent = percent;
    apply();
    updateActions();
    Q_EMIT changed(m_percent);
}

void UiZoom::zoomIn()
{
    const auto next = std::upper_bound(kSteps.begin(), kSteps.end(), m_percent);
    setPercent(next == kSteps.end() ? kMaxPercent : *next);
}

void UiZoom::zoomOut()
{
    const auto below = std::lower_bound(kSteps.begin(), kSteps.end(), m_percent);
    setPercent(below == kSteps.begin() ? kMinPercent : *(below - 1));
}

void UiZoom::apply()
{
    g_factor = m_percent / 100.0;
    QFont font = baseFont();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(baseFont().pointSizeF() * g_factor);
    else
        font.setPixelSize(std::max(1, int(std::lround(baseFont().pixelSize() * g_factor))));
    // Every widget without a font of its own gets a FontChange: labels, prose, menus,
    // dialogs, and the views that size themselves by factor().
    if (font != QApplication::font())
        QApplication::setFont(font);
    // A window already shown does not always take a new application font (the main window
    // and its docks' titles kept theirs): hand it to every window, its children follow.
    for (QWidget *window : QApplication::topLevelWidgets())
        if (window->font() != font)
            window->setFont(font);
    Q_EMIT notifier()->factorChanged(g_factor);
}

UiZoomNotifier *UiZoom::notifier()
{
    static auto *notifier = new UiZoomNotifier; // lives as long as the process, like the font
    return notifier;
}

void UiZoom::updateActions()
{
    zoomInAction->setEnabled(m_percent < kMaxPercent);
    zoomOutAction->setEnabled(m_percent > kMinPercent);
    resetAction->setEnabled(m_percent != 100);
}

double UiZoom::factor()
{
    return g_factor;
}

QFont UiZoom::fixedFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * g_factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * g_factor))));
    return font;
}

int UiZoom::scaled(int pixels)
{
    return int(std::lround(pixels * g_factor));
}

} // namespace Ui
