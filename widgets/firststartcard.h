#pragma once
#include <QFrame>

class QPushButton;

namespace Ui {

//! A card above the timeline at a new learner's first start: what the timeline is, with a way
//! to the full guide (Help ▸ How to read the timeline) and "Got it", which puts it away for good.
class FirstStartCard : public QFrame
{
    Q_OBJECT
public:
    explicit FirstStartCard(QWidget *parent = nullptr);

    //! Shown unless the learner dismissed it (remembered in the settings).
    static bool wanted();
    QPushButton *guideButton() const { return m_guide; }
    QPushButton *dismissButton() const { return m_dismiss; }

public Q_SLOTS:
    //! Hides it and remembers not to show it again.
    void dismiss();

Q_SIGNALS:
    void guideRequested();

private:
    QPushButton *m_guide, *m_dismiss;
};

} // namespace Ui
