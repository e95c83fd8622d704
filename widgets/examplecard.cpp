#include "examplecard.h"

#include "catalog.h"
#include "elidingbutton.h"
#include "flowlayout.h"
#include "summaryrules.h"
#include "versionedtext.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
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

QString ruleLine(const Core::RuleResult &r)
{
    const QString mark = r.passed ? QStringLiteral("<span style='color:#278E4F'>✓</span>")
                                  : QStringLiteral("<span style='color:#C0392B'>✗</span>");
    QString text = r.message.isEmpty() ? r.label : r.message;
    if (!r.passed && !r.why.isEmpty())
        text += QStringLiteral(" — ") + r.why;
    return mark + QStringLiteral("&nbsp;") + text.toHtmlEscaped();
}

QString plainIfShown(const QLabel *label)
{
    return label->isHidden() ? QString() : QTextDocumentFragment::fromHtml(label->text()).toPlainText();
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

void ExampleCard::setRunning(bool running)
{
    for (QPushButton *b : {m_run, m_step, m_compare})
        if (b)
            b->setEnabled(!running);
    if (running) {
        m_result->setText(tr("<i>Running…</i>"));
        m_result->show();
    }
}

void ExampleCard::setResult(const QList<Core::RuleResult> &rules, const QString &error)
{
    for (QPushButton *b : {m_run, m_step, m_compare})
        if (b)
            b->setEnabled(true);
    QStringList lines;
    if (!error.isEmpty())
        lines << QStringLiteral("<span style='color:#C0392B'>✗</span>&nbsp;") + error.toHtmlEscaped();
    if (!rules.isEmpty())
        lines << tr("<i>What it must show:</i>");
    for (const Core::RuleResult &r : rules)
        if (!r.invalid)
            lines << ruleLine(r);
    m_result->setText(lines.join(QStringLiteral("<br>")));
    m_result->setVisible(!lines.isEmpty());
}

void ExampleCard::setRanOn(const QHash<QString, QString> &versions, const QString &executable,
                           const QStringList &skippedRules)
{
    QStringList libraries;
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
        if (it.key() != QLatin1String("python"))
            libraries << Lessons::VersionCondition::displayName(it.key()) + QLatin1Char(' ') + it.value();
    libraries.sort();
    QString text = tr("Ran on Python %1").arg(versions.value(QStringLiteral("python")).toHtmlEscaped());
    if (!libraries.isEmpty())
        text += QStringLiteral(" with ") + libraries.join(QLatin1String(", ")).toHtmlEscaped();
    if (!executable.isEmpty())
        text += QStringLiteral(" <span style='color:gray'>(%1)</span>").arg(executable.toHtmlEscaped());
    for (const QString &rule : skippedRules)
        text += QStringLiteral("<br><span style='color:gray'>– %1</span>")
                        .arg(tr("not checked on this version, %1").arg(rule).toHtmlEscaped());
    m_ranOn->setText(text);
    m_ranOn->show();
}

QString ExampleCard::resultText() const
{
    return plainIfShown(m_result);
}

QString ExampleCard::ranOnText() const
{
    return plainIfShown(m_ranOn);
}

} // namespace Ui
