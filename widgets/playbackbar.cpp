#include "playbackbar.h"

#include "flowlayout.h"
#include "playbackcontroller.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

namespace Ui
{

namespace
{

using Speed = PlaybackController::Speed;

struct SpeedChoice {
    const char *text;
    Speed unit;
    double value;
};

// Events per second for order (which runs next), the run's own clock for durations.
const SpeedChoice kSpeeds[] = {
    { QT_TRANSLATE_NOOP("Ui::PlaybackBar", "1 event/s"), Speed::EventsPerSecond, 1 },
    { QT_TRANSLATE_NOOP("Ui::PlaybackBar", "3 events/s"), Speed::EventsPerSecond, 3 },
    { QT_TRANSLATE_NOOP("Ui::PlaybackBar", "10 events/s"), Speed::EventsPerSecond, 10 },
    { QT_TRANSLATE_NOOP("Ui::PlaybackBar", "30 events/s"), Speed::EventsPerSecond, 30 },
    { QT_TRANSLATE_NOOP("Ui::PlaybackBar", "100 events/s"), Speed::EventsPerSecond, 100 },
    { QT_TRANSLATE_NOOP("Ui::PlaybackBar", "run's clock ×0.1"), Speed::TimeFactor, 0.1 },
    { QT_TRANSLATE_NOOP("Ui::PlaybackBar", "run's clock ×1"), Speed::TimeFactor, 1 },
};
constexpr int kDefaultSpeed = 1; // 3 events a second: each change can be read as it happens

enum class Glyph { Start, Back, Play, Pause, Forward, End };

// Drawn in the palette's text colour: the style's media icons are dark glyphs that vanish on
// the dark theme's buttons.
QPixmap glyphPixmap(Glyph glyph, const QColor &colour, qreal dpr)
{
    constexpr int kSize = 20;
    QPixmap pixmap(QSize(kSize, kSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    auto triangle = [&](double x, double w, bool right) {
        QPainterPath path;
        path.moveTo(right ? x : x + w, 4);
        path.lineTo(right ? x + w : x, 10);
        path.lineTo(right ? x : x + w, 16);
        path.closeSubpath();
        p.drawPath(path);
    };
    switch (glyph) {
    case Glyph::Start:
        p.drawRect(QRectF(4, 4, 2, 12));
        triangle(6, 5, false);
        triangle(11, 5, false);
        break;
    case Glyph::Back:
        triangle(4, 6, false);
        triangle(10, 6, false);
        break;
    case Glyph::Play:
        triangle(6, 9, true);
        break;
    case Glyph::Pause:
        p.drawRect(QRectF(5, 4, 3.5, 12));
        p.drawRect(QRectF(11.5, 4, 3.5, 12));
        break;
    case Glyph::Forward:
        triangle(4, 6, true);
        triangle(10, 6, true);
        break;
    case Glyph::End:
        triangle(4, 5, true);
        triangle(9, 5, true);
        p.drawRect(QRectF(14, 4, 2, 12));
        break;
    }
    return pixmap;
}

QIcon glyphIcon(Glyph glyph, const QPalette &palette, qreal dpr)
{
    QIcon icon;
    icon.addPixmap(glyphPixmap(glyph, palette.color(QPalette::Active, QPalette::ButtonText), dpr));
    icon.addPixmap(glyphPixmap(glyph, palette.color(QPalette::Disabled, QPalette::ButtonText), dpr),
        QIcon::Disabled);
    return icon;
}

} // namespace

PlaybackBar::PlaybackBar(PlaybackController *controller, QWidget *window, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("playbackBar"));
    auto action = [&](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, window);
        a->setShortcut(key);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        window->addAction(a);
        return a;
    };
    m_start = action(tr("To the &start"), QKeySequence(Qt::CTRL | Qt::Key_F7),
        tr("To the first event of the run"));
    m_back = action(tr("One event &back"), QKeySequence(Qt::Key_F7),
        tr("The moment before: the scheduler rebuilt from the trace"));
    m_play = action(tr("&Play"), QKeySequence(Qt::Key_F8),
        tr("Play the finished run or recording: the time cursor, the loop machine, "
           "the output and the editor follow"));
    m_forward = action(tr("One event &forward"), QKeySequence(Qt::Key_F9),
        tr("The next moment the scheduler changed"));
    m_end = action(
        tr("To the &end"), QKeySequence(Qt::CTRL | Qt::Key_F9), tr("To the last event of the run"));
    connect(m_start, &QAction::triggered, controller, &PlaybackController::toStart);
    connect(m_back, &QAction::triggered, controller, &PlaybackController::stepBack);
    connect(m_play, &QAction::triggered, controller, &PlaybackController::togglePlay);
    connect(m_forward, &QAction::triggered, controller, &PlaybackController::stepForward);
    connect(m_end, &QAction::triggered, controller, &PlaybackController::toEnd);

    // Wraps in a narrow dock rather than pushing it wider.
    auto *layout = new FlowLayout(this, 2);
    layout->setContentsMargins(4, 2, 4, 2);
    for (QAction *a : { m_start, m_back, m_play, m_forward, m_end }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setAutoRaise(true);
        layout->addWidget(button);
    }
    m_speed = new QComboBox(this);
    m_speed->setToolTip(tr("Playback speed: events a second (for the order of steps), or the "
                           "run's own clock slowed down (for durations)"));
    for (const SpeedChoice &s : kSpeeds)
        m_speed->addItem(tr(s.text));
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < int(std::size(kSpeeds)))
            m_controller->setSpeed(kSpeeds[i].unit, kSpeeds[i].value);
    });
    m_speed->setCurrentIndex(kDefaultSpeed);
    m_controller->setSpeed(kSpeeds[kDefaultSpeed].unit, kSpeeds[kDefaultSpeed].value);
    layout->addWidget(m_speed);
    m_position = new QLabel(this);
    layout->addWidget(m_position);

    connect(controller, &PlaybackController::positionChanged, this, &PlaybackBar::updateState);
    connect(controller, &PlaybackController::playingChanged, this, &PlaybackBar::updateState);
    connect(controller, &PlaybackController::availabilityChanged, this, &PlaybackBar::updateState);
    connect(controller, &PlaybackController::eventsReady, this, &PlaybackBar::updateState);
    updateState();
}

void PlaybackBar::updateIcons()
{
    const qreal dpr = devicePixelRatioF();
    const QPalette pal = palette();
    m_start->setIcon(glyphIcon(Glyph::Start, pal, dpr));
    m_back->setIcon(glyphIcon(Glyph::Back, pal, dpr));
    m_play->setIcon(glyphIcon(m_controller->isPlaying() ? Glyph::Pause : Glyph::Play, pal, dpr));
    m_forward->setIcon(glyphIcon(Glyph::Forward, pal, dpr));
    m_end->setIcon(glyphIcon(Glyph::End, pal, dpr));
}

void PlaybackBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcons();
}

QList<QAction *> PlaybackBar::menuActions() const
{
    return { m_play, m_back, m_forward, m_start, m_end };
}

QString PlaybackBar::positionText() const
{
    return m_position->text();
}

void PlaybackBar::updateState()
{
    const bool available = m_controller->isAvailable();
    for (QAction *a : { m_start, m_back, m_play, m_forward, m_end })
        a->setEnabled(available);
    m_speed->setEnabled(available);
    const bool playing = m_controller->isPlaying();
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
    updateIcons();
    if (!available) {
        m_position->setText(tr("plays once the run has ended"));
        m_position->setToolTip(tr("A finished run or an opened recording can be played"));
        return;
    }
    if (!m_controller->hasEvents()) {
        m_position->setText(tr("indexing the run…"));
        return;
    }
    const long long index = m_controller->eventIndex();
    const auto count = (long long)m_controller->events().size();
    m_position->setText(
        index < 0 ? tr("%1 events").arg(count) : tr("event %1 of %2").arg(index + 1).arg(count));
    m_position->setToolTip(m_position->text());
}

} // namespace Ui
