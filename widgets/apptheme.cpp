#include "apptheme.h"

#include "timelinepalette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace Ui {

AppTheme::AppTheme(QObject *parent)
    : QObject(parent), m_systemPalette(QApplication::palette()),
      m_systemStyle(QApplication::style()->name())
{ }

QPalette AppTheme::darkPalette()
{
    QPalette p;
    const QColor window(0x2A, 0x2D, 0x33), base(0x1E, 0x20, 0x24), text(0xE6, 0xE8, 0xEB);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x28, 0x2D));
    p.setColor(QPalette::ToolTipBase, QColor(0x38, 0x3C, 0x43));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8F, 0x99, 0xA3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3E));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3A, 0x9B, 0xDB));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6F, 0xB7, 0xF0));
    p.setColor(QPalette::LinkVisited, QColor(0xCC, 0x79, 0xA7));
    p.setColor(QPalette::Mid, QColor(0x45, 0x4A, 0x52));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1A, 0x1D));
    p.setColor(QPalette::Light, QColor(0x45, 0x4A, 0x52));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x77, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x77, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x77, 0x80));
    return p;
}

void AppTheme::apply(Theme theme)
{
    m_theme = theme;
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
    } else {
        // Fusion honours every palette role, so both themes look the same on every desktop.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == Theme::Dark ? darkPalette()
                                                      : QApplication::style()->standardPalette());
    }
    Q_EMIT changed();
}

bool AppTheme::isDark() const
{
    return m_theme == Theme::Dark
            || (m_theme == Theme::System && TimelinePalette::isDark(QApplication::palette()));
}

std::optional<bool> AppTheme::darkOverride() const
{
    return m_theme == Theme::System ? std::nullopt : std::optional<bool>(isDark());
}

} // namespace Ui
