#pragma once
#include <QObject>
#include <QPalette>
#include <QString>
#include <optional>

namespace Ui {

//! The application's light, dark or system look: Fusion with a full palette for Light and
//! Dark (so both look the same on every desktop), the desktop's own style for System. Views
//! that paint their own colours (timeline, editor, console) follow changed().
class AppTheme : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };

    //! Remembers the desktop's palette and style, to go back to them for Theme::System.
    explicit AppTheme(QObject *parent = nullptr);

    void apply(Theme theme);
    Theme theme() const { return m_theme; }
    //! Dark, whether chosen or followed from the desktop's palette.
    bool isDark() const;
    //! nullopt while following the system (views then read the palette themselves).
    std::optional<bool> darkOverride() const;
    static QPalette darkPalette();

Q_SIGNALS:
    void changed();

private:
    Theme m_theme = Theme::System;
    QPalette m_systemPalette;
    QString m_systemStyle;
};

} // namespace Ui
