#pragma once
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QStaticText>
#include <QString>
#include <memory>
#include <utility>
#include <vector>

class QPainter;
class QRectF;

namespace Ui {

//! Shaped text for the timeline painter. The same strings come back every frame (lane names,
//! "running", "sleep(0.5)", ruler ticks), and shaping them is most of what a frame of text
//! costs, so each (font, string) is shaped once and later frames draw its glyph run
//! (QStaticText). Elided variants are kept per whole-pixel width. Bounded: a font's entries are
//! dropped when there are too many (a long pan through changing tick labels).
class TimelineTextCache
{
public:
    struct Text {
        QStaticText glyphs;
        QString text;
        double width = 0; //!< horizontal advance
    };

    //! The entry for s in font; the font must be the painter's when the entry is drawn.
    const Text &get(const QFont &font, const QString &s);
    //! s elided on the right to fit maxWidth, as QFontMetricsF::elidedText does.
    const Text &elided(const QFont &font, const QString &s, double maxWidth);
    //! Horizontal advance of s in font, from the cache.
    double width(const QFont &font, const QString &s) { return get(font, s).width; }
    //! Line height of font (ascent + descent).
    double height(const QFont &font);

    //! Draws t inside rect like QPainter::drawText(rect, align | Qt::AlignVCenter, text) does
    //! for one line that fits: left, centred or right, vertically centred. Sets the font.
    void draw(QPainter &painter, const QRectF &rect, Qt::Alignment align, const QFont &font,
              const Text &t);

    void clear() { m_fonts.clear(); }

private:
    struct FontSlot {
        QFont font;
        QFontMetricsF metrics;
        QHash<QString, Text> plain;
        QHash<std::pair<int, QString>, Text> elided; // key: whole-pixel width, text
        explicit FontSlot(const QFont &f) : font(f), metrics(f) {}
    };
    FontSlot &slot(const QFont &font);
    static Text make(const QFont &font, const QString &s, const QFontMetricsF &metrics);

    std::vector<std::unique_ptr<FontSlot>> m_fonts;
};

} // namespace Ui
