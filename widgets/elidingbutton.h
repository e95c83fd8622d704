#pragma once
#include <QPushButton>

namespace Ui {

//! A push button whose long text ("Compare with “Three downloads, one after another”") gives
//! way in a narrow column or at a large zoom: it asks for its whole text's width but accepts
//! less, and then shows the text shortened in the middle (the tool tip should say it whole).
class ElidingButton : public QPushButton
{
    Q_OBJECT
public:
    ElidingButton(const QString &text, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    //! The text as drawn at the current width.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Ui
