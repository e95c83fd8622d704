#include "elidingbutton.h"

#include <QStyleOptionButton>
#include <QStylePainter>

namespace Ui {

ElidingButton::ElidingButton(const QString &text, QWidget *parent) : QPushButton(text, parent)
{
    // A push button's size hint is its minimum (QSizePolicy::Minimum); this one may shrink.
    setSizePolicy(QSizePolicy::Preferred, sizePolicy().verticalPolicy());
}

QSize ElidingButton::minimumSizeHint() const
{
    // Room for a few letters and the ellipsis around the style's padding.
    const QSize full = QPushButton::minimumSizeHint();
    const int whole = fontMetrics().horizontalAdvance(text());
    const int few = fontMetrics().horizontalAdvance(QStringLiteral("Compare…"));
    return {std::min(full.width(), full.width() - whole + few), full.height()};
}

QString ElidingButton::shownText() const
{
    const int padding = sizeHint().width() - fontMetrics().horizontalAdvance(text());
    return fontMetrics().elidedText(text(), Qt::ElideMiddle, std::max(0, width() - padding));
}

void ElidingButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    option.text = shownText();
    painter.drawControl(QStyle::CE_PushButton, option);
}

} // namespace Ui
