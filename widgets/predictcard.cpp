#include "predictcard.h"

#include "lesson.h"
#include "markdowntext.h"
#include "predictgrading.h"
#include "progressstore.h"

#include <QDateTime>
#include <QDoubleValidator>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

const QString right = QStringLiteral("<span style='color:#278E4F'>✓</span>");
const QString wrong = QStringLiteral("<span style='color:#C0392B'>✗</span>");

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Statuses after which a run says nothing about the program's order or figures.
bool isUnfinished(const QJsonObject &summary)
{
    const QString status = summary.value(QLatin1String("status")).toString();
    return status == QLatin1String("stopped") || status == QLatin1String("timeout")
            || status == QLatin1String("crashed");
}

} // namespace

PredictCard::PredictCard(const Lessons::Lesson &lesson, int step, int index,
                         Lessons::ProgressStore *progress, QWidget *parent)
    : QFrame(parent), m_lesson(lesson), m_step(step), m_index(index), m_progress(progress)
{
    setFrameShape(QFrame::StyledPanel);
    const Lessons::PredictItem &p = item();
    const bool isOrder = p.kind == Lessons::PredictItem::Kind::Order;
    m_order = p.lines;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    const Lessons::Example *example = lesson.example(p.example);
    auto *title = wrappingLabel(this);
    title->setText(tr("<b>Predict, then run</b> <span style='color:gray'>%1</span>")
                           .arg(example ? example->file.toHtmlEscaped() : QString()));
    layout->addWidget(title);
    auto *question = wrappingLabel(this);
    MarkdownText::setLabelMarkdown(question, p.question);
    layout->addWidget(question);
    if (isOrder) {
        auto *how = wrappingLabel(this);
        how->setText(tr("<i>Put the lines in the order you expect them to print (▲ ▼, or Tab "
                        "to a button and Space).</i>"));
        layout->addWidget(how);
        m_grid = new QGridLayout;
        m_grid->setContentsMargins(0, 0, 0, 0);
        layout->addLayout(m_grid);
        buildOrderRows();
    } else {
        auto *row = new QHBoxLayout;
        m_figure = new QLineEdit(this);
        auto *validator = new QDoubleValidator(0, 1e9, 3, m_figure);
        validator->setLocale(QLocale::c()); // "1.5" whatever the desktop's locale
        validator->setNotation(QDoubleValidator::StandardNotation);
        m_figure->setValidator(validator);
        m_figure->setPlaceholderText(tr("your number"));
        m_figure->setAccessibleName(tr("Your prediction, in %1")
                                            .arg(Lessons::PredictGrading::figureUnit(p.figure)));
        m_figure->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
        row->addWidget(m_figure);
        row->addWidget(new QLabel(Lessons::PredictGrading::figureUnit(p.figure), this));
        row->addStretch(1);
        layout->addLayout(row);
        connect(m_figure, &QLineEdit::returnPressed, this, &PredictCard::compare);
        connect(m_figure, &QLineEdit::textChanged, this,
                [this] { m_compare->setEnabled(!m_done && m_figure->hasAcceptableInput()); });
    }
    auto *buttons = new QHBoxLayout;
    m_compare = new QPushButton(tr("Run and compare"), this);
    m_compare->setToolTip(tr("Run the example and grade your prediction against what it really "
                             "did"));
    m_reveal = new QPushButton(tr("Show the answer"), this);
    m_reveal->setToolTip(tr("Show what the run did and why"));
    m_reveal->hide();
    buttons->addWidget(m_compare);
    buttons->addWidget(m_reveal);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_verdict = wrappingLabel(this);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->hide();
    layout->addWidget(m_verdict);
    connect(m_compare, &QPushButton::clicked, this, &PredictCard::compare);
    connect(m_reveal, &QPushButton::clicked, this, &PredictCard::revealAnswer);
    if (m_figure)
        m_compare->setEnabled(false); // until there is a number
    restore();
}

const Lessons::PredictItem &PredictCard::item() const
{
    return m_lesson.steps[m_step].predict[m_index];
}

QString PredictCard::exampleId() const
{
    return item().example;
}

void PredictCard::buildOrderRows()
{
    QGridLayout *grid = m_grid;
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < m_order.size(); ++i) {
        Row row;
        row.mark = new QLabel(this);
        row.mark->setTextFormat(Qt::RichText);
        row.mark->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("✓ 9.")));
        row.text = wrappingLabel(this);
        row.text->setTextFormat(Qt::PlainText);
        row.up = new QToolButton(this);
        row.up->setText(QStringLiteral("▲"));
        row.down = new QToolButton(this);
        row.down->setText(QStringLiteral("▼"));
        for (QToolButton *b : {row.up, row.down}) {
            b->setFocusPolicy(Qt::StrongFocus);
            b->setAutoRaise(true);
        }
        grid->addWidget(row.mark, i, 0, Qt::AlignTop);
        grid->addWidget(row.text, i, 1);
        grid->addWidget(row.up, i, 2, Qt::AlignTop);
        grid->addWidget(row.down, i, 3, Qt::AlignTop);
        // The line keeps the keyboard as it moves: focus goes to its new row, to the other
        // arrow once it reached the top or bottom (a disabled arrow cannot hold focus).
        connect(row.up, &QToolButton::clicked, this, [this, i] {
            moveLine(i, i - 1);
            if (i > 0)
                (i - 1 > 0 ? m_rows[i - 1].up : m_rows[i - 1].down)->setFocus();
        });
        connect(row.down, &QToolButton::clicked, this, [this, i] {
            moveLine(i, i + 1);
            if (i + 1 < m_rows.size())
                (i + 2 < m_rows.size() ? m_rows[i + 1].down : m_rows[i + 1].up)->setFocus();
        });
        m_rows.append(row);
    }
    refreshRows();
}

void PredictCard::refreshRows()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        r.text->setText(m_order.value(i));
        if (r.mark->text().isEmpty() || !r.mark->text().contains(QLatin1String("span")))
            r.mark->setText(QStringLiteral("%1.").arg(i + 1));
        r.up->setEnabled(!m_done && i > 0);
        r.down->setEnabled(!m_done && i + 1 < m_rows.size());
        r.up->setToolTip(tr("Move “%1” up").arg(m_order.value(i)));
        r.down->setToolTip(tr("Move “%1” down").arg(m_order.value(i)));
        r.up->setAccessibleName(r.up->toolTip());
        r.down->setAccessibleName(r.down->toolTip());
    }
}

void PredictCard::moveLine(int from, int to)
{
    if (m_done || from < 0 || to < 0 || from >= m_order.size() || to >= m_order.size())
        return;
    m_order.move(from, to);
    // A moved line is a new prediction: the marks of the last one no longer apply.
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].mark->setText(QStringLiteral("%1.").arg(i + 1));
    refreshRows();
}

QToolButton *PredictCard::moveButton(int line, bool up) const
{
    if (line < 0 || line >= m_rows.size())
        return nullptr;
    return up ? m_rows[line].up : m_rows[line].down;
}

void PredictCard::compare()
{
    if (m_done || (m_figure && !m_figure->hasAcceptableInput()))
        return;
    if (m_summary.isEmpty()) {
        // The first answer is made before the run it is graded on: run it now.
        m_waiting = true;
        Q_EMIT runRequested(exampleId()); // setRunning(true) follows once it really starts
        return;
    }
    grade();
}

void PredictCard::setRunning(bool running)
{
    m_compare->setEnabled(!running && !m_done && (!m_figure || m_figure->hasAcceptableInput()));
    m_reveal->setEnabled(!running);
    if (running && m_waiting) {
        m_verdict->setText(tr("<i>Running the example…</i>"));
        m_verdict->show();
    }
}

void PredictCard::runFinished(const QJsonObject &summary)
{
    if (!m_waiting)
        return; // a run the learner started otherwise: it grades nothing here
    if (isUnfinished(summary)) {
        runFailed(tr("The run ended early (%1), so it cannot grade your prediction.")
                          .arg(summary.value(QLatin1String("status")).toString()));
        return;
    }
    m_waiting = false;
    m_summary = summary;
    grade();
}

void PredictCard::runFailed(const QString &error)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    showVerdict(false, tr("%1 Nothing was graded: %2 Press Run and compare to try again.")
                               .arg(wrong, error.toHtmlEscaped()));
}

void PredictCard::grade()
{
    const Lessons::PredictItem &p = item();
    bool passed = false;
    QString text, declared;
    QJsonValue answer;
    if (p.kind == Lessons::PredictItem::Kind::Order) {
        const auto v = Lessons::PredictGrading::gradeOrder(p, m_order, m_summary);
        passed = v.passed;
        declared = v.declaredWhy;
        answer = QJsonArray::fromStringList(m_order);
        for (int i = 0; i < m_rows.size() && i < v.lines.size(); ++i)
            m_rows[i].mark->setText(QStringLiteral("%1 %2.").arg(v.lines[i].right ? right : wrong)
                                            .arg(i + 1));
        const int inPlace = int(std::count_if(v.lines.begin(), v.lines.end(),
                                              [](const auto &l) { return l.right; }));
        text = passed ? tr("%1 <b>Right:</b> the run printed them in this order.").arg(right)
                      : tr("%1 <b>Not quite:</b> %2 of %3 lines are where the run printed them.")
                                .arg(wrong).arg(inPlace).arg(v.lines.size());
    } else {
        const double guess = QLocale::c().toDouble(m_figure->text());
        const auto v = Lessons::PredictGrading::gradeFigure(p, guess, m_summary);
        passed = v.passed;
        declared = v.declaredWhy;
        answer = guess;
        if (passed)
            text = tr("%1 <b>Right:</b> the run showed %2.")
                           .arg(right, Lessons::PredictGrading::figureText(p.figure, *v.real)
                                               .toHtmlEscaped());
        else if (v.real)
            text = tr("%1 <b>Not quite:</b> %2 is too %3.")
                           .arg(wrong, Lessons::PredictGrading::figureText(p.figure, guess)
                                               .toHtmlEscaped(),
                                guess > *v.real ? tr("high") : tr("low"));
        else
            text = tr("%1 The run's summary has no %2 to compare with.").arg(wrong, p.figure);
    }
    if (m_progress) {
        m_progress->recordPredictAttempt(m_lesson.id, m_step, m_index, answer, passed);
        m_progress->recordReview(Lessons::ReviewSchedule::predictKey(m_lesson.id, m_step, m_index),
                                 m_lesson.id, passed, QDateTime::currentDateTimeUtc());
    }
    if (passed) {
        if (!p.explain.isEmpty())
            text += QLatin1Char(' ') + p.explain.toHtmlEscaped();
        showVerdict(true, text);
        lock();
    } else if (++m_wrongTries >= 2) {
        // Two honest tries: now the run's answer and why.
        showVerdict(false, text + (declared.isEmpty() ? QString() : QLatin1Char(' ') + declared.toHtmlEscaped()));
        revealAnswer();
    } else {
        text += QLatin1Char(' ')
                + (declared.isEmpty() ? tr("Look at the output and the timeline of the run, "
                                           "then try again.")
                                      : declared.toHtmlEscaped())
                + tr(" <i>Change your answer and press Check again.</i>");
        m_compare->setText(tr("Check again"));
        m_compare->setToolTip(tr("Grade your new answer against the same run"));
        showVerdict(false, text);
        m_reveal->show();
    }
    Q_EMIT attempted();
}

void PredictCard::revealAnswer()
{
    const Lessons::PredictItem &p = item();
    QStringList parts;
    if (!m_verdict->isHidden() && !m_verdict->text().isEmpty() && m_wrongTries >= 2)
        parts << m_verdict->text();
    if (p.kind == Lessons::PredictItem::Kind::Order) {
        const bool ran = !m_summary.isEmpty();
        const auto v = Lessons::PredictGrading::gradeOrder(p, m_order, m_summary);
        const QStringList real = ran ? v.realOrder : p.answerOrder;
        QStringList lines;
        for (int i = 0; i < real.size(); ++i)
            lines << QStringLiteral("%1. %2").arg(i + 1).arg(real[i].toHtmlEscaped());
        parts << (ran ? tr("<b>The run printed:</b>") : tr("<b>The answer:</b>"))
                         + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
        if (ran && !v.differenceWhy.isEmpty())
            parts << v.differenceWhy.toHtmlEscaped();
    } else {
        const auto real = m_summary.isEmpty()
                ? std::nullopt
                : Lessons::PredictGrading::figureValue(m_summary, p.figure);
        parts << tr("<b>The run showed %1</b> (right within ± %2).")
                         .arg(Lessons::PredictGrading::figureText(p.figure, real.value_or(p.answerFigure))
                                      .toHtmlEscaped(),
                              QString::number(p.tolerance));
    }
    if (!p.explain.isEmpty())
        parts << p.explain.toHtmlEscaped();
    showVerdict(false, parts.join(QStringLiteral("<br>")));
    if (m_progress)
        m_progress->setPredictRevealed(m_lesson.id, m_step, m_index);
    lock();
    Q_EMIT attempted();
}

void PredictCard::showVerdict(bool passed, const QString &text)
{
    Q_UNUSED(passed)
    m_verdict->setText(text);
    m_verdict->show();
}

void PredictCard::lock()
{
    m_done = true;
    m_compare->setEnabled(false);
    m_reveal->hide();
    if (m_figure)
        m_figure->setReadOnly(true);
    refreshRows();
}

void PredictCard::restore()
{
    if (!m_progress)
        return;
    const Lessons::ProgressStore::PredictResult saved
            = m_progress->predictResult(m_lesson.id, m_step, m_index);
    if (saved.tries == 0 && !saved.revealed)
        return;
    const Lessons::PredictItem &p = item();
    if (p.kind == Lessons::PredictItem::Kind::Order) {
        QStringList order;
        for (const QJsonValue &v : saved.answer.toArray())
            order << v.toString();
        QStringList a = order, b = p.lines;
        a.sort();
        b.sort();
        if (a == b) { // the lesson's lines may have changed since
            m_order = order;
            refreshRows();
        }
    } else if (saved.answer.isDouble()) {
        m_figure->setText(QLocale::c().toString(saved.answer.toDouble()));
    }
    m_wrongTries = saved.passed ? 0 : std::min(saved.tries, 1);
    if (saved.passed) {
        showVerdict(true, tr("%1 <b>You predicted this right.</b> %2")
                                  .arg(right, p.explain.toHtmlEscaped()));
        lock();
    } else if (saved.revealed) {
        revealAnswer();
    } else {
        showVerdict(false, tr("%1 Your last prediction did not match the run. Change it and "
                              "press Run and compare to try again.").arg(wrong));
        m_reveal->show();
    }
}

QString PredictCard::verdictText() const
{
    return m_verdict->isHidden() ? QString()
                                 : QTextDocumentFragment::fromHtml(m_verdict->text()).toPlainText();
}

QStringList PredictCard::lineMarks() const
{
    QStringList marks;
    for (const Row &r : m_rows) {
        const QString plain = QTextDocumentFragment::fromHtml(r.mark->text()).toPlainText();
        marks << (plain.contains(QStringLiteral("✓")) ? QStringLiteral("✓")
                  : plain.contains(QStringLiteral("✗")) ? QStringLiteral("✗")
                                                           : QString());
    }
    return marks;
}

} // namespace Ui
