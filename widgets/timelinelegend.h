#pragma once
#include "timelinepalette.h"

#include <QWidget>
#include <functional>
#include <vector>

namespace Ui {

//! The key under the timeline: each state's swatch with its pattern and name, and each mark's
//! shape, so the colours are learnt once and never the only cue. Entries wrap onto more lines
//! when the window is narrow (never cut off), and each has a tooltip.
class TimelineLegend : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineLegend(QWidget *parent = nullptr);
    void setTimelinePalette(const TimelinePalette &palette);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    //! Where each entry (swatch and name) sits at a given width, in entry order.
    std::vector<QRect> entryRects(int width) const;
    QStringList entryNames() const;
    QString entryToolTip(int index) const;
    //! Where an entry's swatch is drawn inside its rect (the name follows it).
    static QRect swatchRect(const QRect &entry);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Entry {
        QString name;
        QString tip;
        std::function<void(QPainter &, const QRectF &)> swatch;
    };
    std::vector<Entry> entries() const;
    QFont legendFont() const;

    TimelinePalette m_palette = TimelinePalette::light();
};

} // namespace Ui
