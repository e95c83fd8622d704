#include "firststartcard.h"

#include "flowlayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

namespace Ui {

namespace {

const QString kDismissed = QStringLiteral("firstStartCardDismissed");

} // namespace

FirstStartCard::FirstStartCard(QWidget *parent)
    : QFrame(parent), m_guide(new QPushButton(tr("How to read the timeline"), this)),
      m_dismiss(new QPushButton(tr("Got it"), this))
{
    setObjectName(QStringLiteral("firstStartCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *text = new QLabel(
            tr("<b>New here?</b> Press <b>F5</b> to run the lesson's example: the timeline draws "
               "it as it runs — the event loop on top, one row per task under it, each bar a "
               "state (running, ready, sleeping, waiting) and arrows for what woke each task."),
            this);
    text->setWordWrap(true);
    m_guide->setIcon(style()->standardIcon(QStyle::SP_MessageBoxQuestion));
    m_guide->setToolTip(tr("A real run explained: lanes, states, arrows and the loop machine "
                           "(Help ▸ How to read the timeline)"));
    m_dismiss->setToolTip(tr("Put this card away (the guide stays in the Help menu)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(text);
    auto *buttons = new FlowLayout;
    buttons->addWidget(m_guide);
    buttons->addWidget(m_dismiss);
    layout->addLayout(buttons);
    connect(m_guide, &QPushButton::clicked, this, &FirstStartCard::guideRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &FirstStartCard::dismiss);
}

bool FirstStartCard::wanted()
{
    return !QSettings().value(kDismissed, false).toBool();
}

void FirstStartCard::dismiss()
{
    QSettings().setValue(kDismissed, true);
    hide();
}

} // namespace Ui
