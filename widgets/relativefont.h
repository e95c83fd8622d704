#pragma once

class QWidget;

namespace Ui {

//! A title a bit larger (and bold) than the text around it that stays so when View ▸ Zoom
//! changes the application font: a font set once with setFont() keeps its point size, so its
//! parent's font changes are followed here.
class RelativeFont
{
public:
    static void keep(QWidget *widget, double scale, bool bold);
};

} // namespace Ui
