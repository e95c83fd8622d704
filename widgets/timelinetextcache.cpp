#include "timelinetextcache.h"

#include <QPainter>
#include <QRectF>
#include <cmath>

namespace Ui {

namespace {

constexpr qsizetype kMaxEntriesPerFont = 4096;
constexpr std::size_t kMaxFonts = 16;

} // namespace

TimelineTextCache::FontSlot &TimelineTextCache::slot(const QFont &font)
{
    // A frame uses a handful of fonts (regular, bold, italic, small): a linear scan wins.
    for (const auto &s : m_fonts)
        if (s->font == font)
            return *s;
    if (m_fonts.size() >= kMaxFonts)
        m_fonts.erase(m_fonts.begin());
    m_fonts.push_back(std::make_unique<FontSlot>(font));
    return *m_fonts.back();
}

TimelineTextCache::Text TimelineTextCache::make(const QFont &font, const QString &s,
                                                const QFontMetricsF &metrics)
{
    Text t;
    t.text = s;
    t.width = metrics.horizontalAdvance(s);
    t.glyphs.setTextFormat(Qt::PlainText);
    t.glyphs.setPerformanceHint(QStaticText::AggressiveCaching);
    t.glyphs.setText(s);
    t.glyphs.prepare(QTransform(), font);
    return t;
}

const TimelineTextCache::Text &TimelineTextCache::get(const QFont &font, const QString &s)
{
    FontSlot &f = slot(font);
    auto it = f.plain.constFind(s);
    if (it != f.plain.cend())
        return *it;
    if (f.plain.size() >= kMaxEntriesPerFont)
        f.plain.clear();
    return *f.plain.insert(s, make(font, s, f.metrics));
}

const TimelineTextCache::Text &TimelineTextCache::elided(const QFont &font, const QString &s,
                                                         double maxWidth)
{
    FontSlot &f = slot(font);
    const std::pair<int, QString> key(int(std::floor(std::max(0.0, maxWidth))), s);
    auto it = f.elided.constFind(key);
    if (it != f.elided.cend())
        return *it;
    if (f.elided.size() >= kMaxEntriesPerFont)
        f.elided.clear();
    const QString text = f.metrics.elidedText(s, Qt::ElideRight, key.first);
    return *f.elided.insert(key, make(font, text, f.metrics));
}

double TimelineTextCache::height(const QFont &font)
{
    return slot(font).metrics.height();
}

void TimelineTextCache::draw(QPainter &painter, const QRectF &rect, Qt::Alignment align,
                             const QFont &font, const Text &t)
{
    if (t.text.isEmpty())
        return;
    double x = rect.left();
    if (align & Qt::AlignHCenter)
        x += (rect.width() - t.width) / 2;
    else if (align & Qt::AlignRight)
        x = rect.right() - t.width;
    // Where QPainter::drawText puts a vertically centred line: its box of ascent + descent.
    const double y = rect.top() + (rect.height() - height(font)) / 2;
    if (painter.font() != font)
        painter.setFont(font);
    painter.drawStaticText(QPointF(x, y), t.glyphs);
}

} // namespace Ui
