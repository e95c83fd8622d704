#include "relativefont.h"

#include <QEvent>
#include <QWidget>

namespace Ui {

namespace {

class Follower : public QObject
{
public:
    Follower(QWidget *widget, double scale, bool bold)
        : QObject(widget), m_widget(widget), m_scale(scale), m_bold(bold)
    {
        if (QWidget *parent = widget->parentWidget())
            parent->installEventFilter(this);
        apply();
    }

    void apply()
    {
        const QWidget *parent = m_widget->parentWidget();
        QFont font = parent ? parent->font() : m_widget->font();
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * m_scale);
        font.setBold(m_bold);
        m_widget->setFont(font);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget->parentWidget() && event->type() == QEvent::FontChange)
            apply();
        return false;
    }

private:
    QWidget *m_widget;
    double m_scale;
    bool m_bold;
};

} // namespace

void RelativeFont::keep(QWidget *widget, double scale, bool bold)
{
    new Follower(widget, scale, bold);
}

} // namespace Ui
