#include "nextpickcard.h"

#include "lesson.h"
#include "markdowntext.h"
#include "progressstore.h"

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

NextPickCard::NextPickCard(const Lessons::Lesson &lesson, int step, int index,
                           Lessons::ProgressStore *progress, QWidget *parent)
    : QFrame(parent), m_lesson(lesson), m_stepIndex(step), m_index(index), m_progress(progress)
{
    setFrameShape(QFrame::StyledPanel);
    const Lessons::PredictItem &p = item();
    const Lessons::Example *example = lesson.example(p.example);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *title = wrapping(this);
    title->setText(tr("<b>Predict what runs next</b> <span style='color:gray'>%1</span>")
                           .arg(example ? example->file.toHtmlEscaped() : QString()));
    layout->addWidget(title);
    auto *question = wrapping(this);
    MarkdownText::setLabelMarkdown(question, p.question);
    layout->addWidget(question);
    auto *how = wrapping(this);
    how->setText(tr("<i>Step through the example: at the pause this asks about, the strip above "
                    "the loop machine asks it; pick, then step (F10).</i>"));
    layout->addWidget(how);
    auto *buttons = new QHBoxLayout;
    m_step = new QPushButton(tr("Step through and predict"), this);
    m_step->setToolTip(tr("Run the example paused before each step, with Predict next on"));
    buttons->addWidget(m_step);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_result = wrapping(this);
    m_result->hide();
    layout->addWidget(m_result);
    connect(m_step, &QPushButton::clicked, this,
            [this] { Q_EMIT stepThroughRequested(item().example); });
    refresh();
}

const Lessons::PredictItem &NextPickCard::item() const
{
    return m_lesson.steps[m_stepIndex].predict[m_index];
}

QString NextPickCard::resultText() const
{
    return m_result->isVisibleTo(this) ? m_result->text() : QString();
}

void NextPickCard::refresh()
{
    const auto r = m_progress ? m_progress->predictResult(m_lesson.id, m_stepIndex, m_index)
                              : Lessons::ProgressStore::PredictResult{};
    if (r.tries == 0) {
        m_result->hide();
        return;
    }
    const QString last = r.answer.toString();
    m_result->setText(r.passed ? tr("✓ You picked %1: right. The strip above the loop machine "
                                    "says why.").arg(last)
                               : tr("✗ You picked %1: not what ran next; the strip above the "
                                    "loop machine says why. Step through again to try once "
                                    "more.").arg(last));
    m_result->show();
}

} // namespace Ui
