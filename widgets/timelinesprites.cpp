#include "timelinesprites.h"

namespace Ui {

QImage TimelineSprites::blank(QSizeF size, double dpr)
{
    QImage image(QSize(int(std::ceil(size.width() * dpr)), int(std::ceil(size.height() * dpr))),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    return image;
}

} // namespace Ui
