#pragma once
#include <QLayout>
#include <QList>

namespace Ui {

//! Lays widgets out left to right and wraps to a new row when the width runs out, so a row of
//! buttons never makes its card wider than the dock (a QHBoxLayout's minimum width is the sum
//! of its buttons'). Height follows the width (heightForWidth).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    //! Places the items in `rect` (or only measures, when !apply); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace Ui
