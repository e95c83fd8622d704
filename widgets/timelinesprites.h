#pragma once
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPointF>
#include <QSizeF>
#include <cmath>
#include <cstdint>

namespace Ui {

//! Small antialiased shapes the timeline draws many times per frame (end markers, arrow heads,
//! output flags, state pills, disclosure triangles): each look is rendered once per device
//! pixel ratio and then blitted. Filling a path per shape was most of a dense frame's cost.
//! The caller names each look with a key and clears the cache when colours or fonts change.
class TimelineSprites
{
public:
    //! Draws the sprite of key with its top-left corner at topLeft (logical pixels, snapped to
    //! the device pixel grid). The first time, render paints it into a transparent image of
    //! size (logical pixels) with antialiasing on.
    template<typename Render>
    void draw(QPainter &painter, QPointF topLeft, std::uint64_t key, QSizeF size, Render &&render)
    {
        const double dpr = painter.device() ? painter.device()->devicePixelRatio() : 1.0;
        const std::uint64_t k = key ^ (std::uint64_t(std::lround(dpr * 16)) << 52);
        auto it = m_images.constFind(k);
        if (it == m_images.cend()) {
            QImage image = blank(size, dpr);
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setFont(painter.font());
            render(p);
            p.end();
            it = m_images.insert(k, image);
        }
        painter.drawImage(snap(topLeft, dpr), *it);
    }
    void clear() { m_images.clear(); }
    int count() const { return int(m_images.size()); }

    static QPointF snap(QPointF p, double dpr)
    {
        return {std::round(p.x() * dpr) / dpr, std::round(p.y() * dpr) / dpr};
    }

private:
    static QImage blank(QSizeF size, double dpr);

    QHash<std::uint64_t, QImage> m_images;
};

} // namespace Ui
