#include "examplecard.h"

#include "catalog.h"
#include "elidingbutton.h"
#include "flowlayout.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Ui {

namespace {

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ExampleCard::ExampleCard(const Lessons::Example &example, const Lessons::Example *compareWith,
                         bool completed, QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *title = new QLabel(QStringLiteral("<b>%1</b> <span style='color:gray'>%2 · %3</span>")
                                 .arg(example.title.toHtmlEscaped(), example.file.toHtmlEscaped(),
                                     example.virtualClock ? tr("virtual clock") : tr("real clock")),
        this);
    title->setWordWrap(true);
    layout->addWidget(title);
    // The buttons wrap to a second row in a narrow column rather than push the card wider
    // than the dock (its buttons went off its edge).
    auto *buttons = new FlowLayout;
    m_run = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run"), this);
    m_run->setToolTip(tr("Run this example (the editor's text, your edits included) and watch "
                         "the timeline"));
    buttons->addWidget(m_run);
    if (example.stepMode) {
        m_step = new QPushButton(style()->standardIcon(QStyle::SP_MediaSkipForward),
                                 tr("Step through"), this);
        m_step->setToolTip(tr("Start it paused before its first task step: F10 runs one step, "
                              "Shift+F10 runs to the next task switch, F5 runs freely"));
        buttons->addWidget(m_step);
    }
    if (compareWith) {
        // The other example's title can be long: the button shortens it rather than push the
        // card wider than the column (at 200 % zoom it did).
        m_compare = new ElidingButton(tr("Compare with “%1”").arg(compareWith->title), this);
        m_compare->setToolTip(tr("Run “%1” and this example one after the other and show both "
                                 "timelines on one time axis with their figures")
                                      .arg(compareWith->title));
        buttons->addWidget(m_compare);
    }
    m_open = new QPushButton(tr("Open in editor"), this);
    m_open->setToolTip(tr("Put this example in the editor (your edits to it come back too)"));
    buttons->addWidget(m_open);
    layout->addLayout(buttons);
    if (!example.lookFor.isEmpty()) {
        m_lookFor = wrappingLabel(
                tr("<i>What to look for:</i> %1").arg(example.lookFor.toHtmlEscaped()), this);
        layout->addWidget(m_lookFor);
    }
    m_result = wrappingLabel({}, this);
    m_result->setTextFormat(Qt::RichText);
    if (completed)
        m_result->setText(tr("<span style='color:#278E4F'>✓</span>&nbsp;You ran this example and "
                             "it showed everything it should."));
    else
        m_result->hide();
    layout->addWidget(m_result);
    m_ranOn = wrappingLabel({}, this);
    m_ranOn->setTextFormat(Qt::RichText);
    m_ranOn->hide();
    layout->addWidget(m_ranOn);
}

} // namespace Ui
