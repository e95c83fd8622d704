#include "quizcard.h"

#include "lesson.h"
#include "markdowntext.h"
#include "progressstore.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace Ui {

namespace {

// A choice's text beside its radio button: it wraps (a QRadioButton's own text does not, and a
// long choice made the whole examples pane scroll sideways) and a click on it chooses.
class ChoiceLabel : public QLabel
{
public:
    ChoiceLabel(const QString &text, QAbstractButton *button, QWidget *parent)
        : QLabel(text, parent), m_button(button)
    {
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QLabel::mouseReleaseEvent(event);
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())
            && m_button->isEnabled())
            m_button->click();
    }

private:
    QAbstractButton *m_button;
};

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QuizCard::QuizCard(const Lessons::Lesson &lesson, Lessons::ProgressStore *progress, QWidget *parent)
    : QFrame(parent), m_lesson(lesson), m_progress(progress)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(new QLabel(tr("<b>Quiz</b>"), this));
    for (int q = 0; q < lesson.quiz.size(); ++q) {
        const Lessons::QuizQuestion &question = lesson.quiz[q];
        auto *text = wrappingLabel(this);
        MarkdownText::setLabelMarkdown(text, MarkdownText::numbered(q + 1, question.question));
        layout->addWidget(text);
        Question state;
        state.group = new QButtonGroup(this);
        for (int c = 0; c < question.choices.size(); ++c) {
            auto *choice = new QRadioButton(this);
            choice->setAccessibleName(question.choices[c]);
            state.group->addButton(choice, c);
            auto *row = new QHBoxLayout;
            row->addWidget(choice, 0, Qt::AlignTop);
            row->addWidget(new ChoiceLabel(question.choices[c], choice, this), 1);
            layout->addLayout(row);
        }
        state.feedback = wrappingLabel(this);
        state.feedback->setTextFormat(Qt::RichText);
        state.feedback->hide();
        layout->addWidget(state.feedback);
        state.reveal = new QPushButton(tr("Show the answer"), this);
        state.reveal->setToolTip(tr("Reveal the right answer and why"));
        state.reveal->hide();
        layout->addWidget(state.reveal, 0, Qt::AlignLeft);
        m_questions.append(state);
        connect(state.group, &QButtonGroup::idClicked, this,
                [this, q](int choice) { answer(q, choice); });
        connect(state.reveal, &QPushButton::clicked, this, [this, q] { revealAnswer(q); });
        if (const auto saved = progress ? progress->quizAnswer(lesson.id, q) : std::nullopt;
            saved && *saved >= 0 && *saved < question.choices.size()) {
            state.group->button(*saved)->setChecked(true);
            showFeedback(q, *saved);
        }
    }
}

void QuizCard::answer(int question, int choice)
{
    if (question < 0 || question >= m_questions.size())
        return;
    QAbstractButton *button = m_questions[question].group->button(choice);
    if (!button)
        return;
    button->setChecked(true);
    if (m_progress) {
        m_progress->setQuizAnswer(m_lesson.id, question, choice);
        m_progress->recordReview(Lessons::ReviewSchedule::quizKey(m_lesson.id, question), m_lesson.id,
                                 choice == m_lesson.quiz[question].answer, QDateTime::currentDateTimeUtc());
    }
    showFeedback(question, choice);
    Q_EMIT answered();
}

void QuizCard::revealAnswer(int question)
{
    if (question < 0 || question >= m_questions.size())
        return;
    m_questions[question].revealed = true;
    QAbstractButton *checked = m_questions[question].group->checkedButton();
    showFeedback(question, checked ? m_questions[question].group->id(checked) : -1);
}

void QuizCard::showFeedback(int question, int choice)
{
    const Lessons::QuizQuestion &q = m_lesson.quiz[question];
    Question &state = m_questions[question];
    const QString explain = q.explain.toHtmlEscaped();
    const QString answer = q.choices.value(q.answer).toHtmlEscaped();
    QString text;
    if (choice == q.answer) {
        text = tr("<span style='color:#278E4F'><b>✓ Right.</b></span> ") + explain;
        state.reveal->hide();
    } else {
        if (choice >= 0 && !state.revealed && ++state.wrongTries >= 2)
            state.revealed = true; // two tries are enough guessing: now the answer and why
        if (!state.revealed) {
            const QString why = q.whyWrong.value(choice);
            text = tr("<span style='color:#C0392B'><b>✗ Not quite.</b></span> ")
                    + (why.isEmpty() ? tr("That is not what the run showed: look at the timeline "
                                          "and the output again.")
                                     : why.toHtmlEscaped())
                    + tr(" <i>Try another answer.</i>");
            // That choice is settled; the learner picks among the others.
            if (QAbstractButton *b = state.group->button(choice))
                b->setEnabled(false);
            state.reveal->show();
        } else {
            text = (choice >= 0 ? tr("<span style='color:#C0392B'><b>✗ Not quite.</b></span> ")
                                : QString())
                    + tr("The answer is “%1”. ").arg(answer) + explain;
            state.reveal->hide();
            for (QAbstractButton *b : state.group->buttons())
                b->setEnabled(true);
        }
    }
    state.feedback->setText(text);
    state.feedback->show();
}

QString QuizCard::feedback(int question) const
{
    const QLabel *l = question >= 0 && question < m_questions.size()
            ? m_questions[question].feedback
            : nullptr;
    return l && !l->isHidden() ? QTextDocumentFragment::fromHtml(l->text()).toPlainText()
                               : QString();
}

QPushButton *QuizCard::revealButton(int question) const
{
    return question >= 0 && question < m_questions.size() ? m_questions[question].reveal : nullptr;
}

bool QuizCard::isChoiceEnabled(int question, int choice) const
{
    const QAbstractButton *b = question >= 0 && question < m_questions.size()
            ? m_questions[question].group->button(choice)
            : nullptr;
    return b && b->isEnabled();
}

bool QuizCard::allRight(const Lessons::Lesson &lesson, const Lessons::ProgressStore &progress)
{
    for (int q = 0; q < lesson.quiz.size(); ++q)
        if (progress.quizAnswer(lesson.id, q) != std::optional<int>(lesson.quiz[q].answer))
            return false;
    return true;
}

} // namespace Ui
