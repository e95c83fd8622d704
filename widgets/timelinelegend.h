#pragma once
#include "timelinepalette.h"

#include <QWidget>

namespace Ui {

//! A one-line key under the timeline: each state's swatch with its pattern and name, so the
//! colours are learnt once and never the only cue.
class TimelineLegend : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineLegend(QWidget *parent = nullptr);
    void setTimelinePalette(const TimelinePalette &palette);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    TimelinePalette m_palette = TimelinePalette::light();
};

} // namespace Ui
