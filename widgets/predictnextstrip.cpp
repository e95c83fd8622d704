#include "predictnextstrip.h"

#include "flowlayout.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

QLabel *wrapping(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PredictNextStrip::PredictNextStrip(QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_score(new QLabel(this)),
      m_verdict(wrapping(this)), m_question(wrapping(this)), m_hint(wrapping(this)),
      m_choices(new QWidget(this)), m_flow(new FlowLayout(m_choices)),
      m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("predictNextStrip"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    m_title->setText(tr("<b>Predict next</b>"));
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_score);
    layout->addLayout(top);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setToolTip(tr("Your last pick, and why it was or was not what ran next"));
    m_verdict->hide();
    layout->addWidget(m_verdict);
    // The question stands apart from the verdict on the last pick above it.
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);
    layout->addWidget(m_question);
    m_flow->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choices);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { Q_EMIT picked(id); });
    setScore(0, 0);
}

void PredictNextStrip::ask(const QString &question, const QStringList &names,
                           const QStringList &toolTips)
{
    for (QPushButton *b : std::as_const(m_buttons)) {
        m_group->removeButton(b);
        delete b;
    }
    m_buttons.clear();
    for (int i = 0; i < names.size(); ++i) {
        auto *b = new QPushButton(names[i], m_choices);
        b->setCheckable(true);
        b->setToolTip(toolTips.value(i));
        b->setAccessibleName(tr("Runs next: %1").arg(names[i]));
        m_flow->addWidget(b);
        m_group->addButton(b, i);
        m_buttons << b;
    }
    m_question->setText(question);
    m_question->show();
    m_choices->setVisible(!m_buttons.isEmpty());
    setPicked(-1);
}

void PredictNextStrip::noQuestion(const QString &note)
{
    ask({}, {}, {});
    m_question->setText(note);
    m_question->setVisible(!note.isEmpty());
    m_hint->clear();
    m_hint->hide();
}

void PredictNextStrip::setPicked(int index)
{
    if (index >= 0 && index < m_buttons.size()) {
        m_buttons[index]->setChecked(true);
        m_hint->setText(tr("Your pick: %1. Step (F10) to see whether it runs next.")
                                .arg(m_buttons[index]->text()));
    } else {
        // An exclusive group keeps one button checked: lift it to clear the pick.
        m_group->setExclusive(false);
        for (QPushButton *b : std::as_const(m_buttons))
            b->setChecked(false);
        m_group->setExclusive(true);
        m_hint->setText(m_buttons.isEmpty() ? QString()
                                            : tr("Pick one (or click its chip in the loop "
                                                 "machine), then step (F10)."));
    }
    m_hint->setVisible(!m_hint->text().isEmpty());
}

int PredictNextStrip::pickedIndex() const
{
    return m_group->checkedId();
}

void PredictNextStrip::showVerdict(bool right, const QString &text)
{
    m_verdictPlain = text.isEmpty() ? QString()
                                    : (right ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + text;
    const QString mark = right ? QStringLiteral("<span style='color:#278E4F'>✓</span>")
                               : QStringLiteral("<span style='color:#C0392B'>✗</span>");
    m_verdict->setText(mark + QStringLiteral("&nbsp;")
                       + text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_verdict->setVisible(!text.isEmpty());
}

void PredictNextStrip::setScore(int right, int asked)
{
    m_score->setText(asked == 0 ? QString() : tr("%1 of %2 right").arg(right).arg(asked));
}

QString PredictNextStrip::question() const
{
    return m_question->isVisibleTo(this) ? m_question->text() : QString();
}

QString PredictNextStrip::verdict() const
{
    return m_verdict->isVisibleTo(this) ? m_verdictPlain : QString();
}

QString PredictNextStrip::score() const
{
    return m_score->text();
}

QString PredictNextStrip::hint() const
{
    return m_hint->isVisibleTo(this) ? m_hint->text() : QString();
}

} // namespace Ui
