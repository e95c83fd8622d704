#include "parsonscard.h"

#include "lesson.h"
#include "markdowntext.h"
#include "parsonsgrading.h"
#include "progressstore.h"

#include <QCoro/QCoroTask>
#include <QDateTime>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

const QString right = QStringLiteral("<span style='color:#278E4F'>✓</span>");
const QString wrong = QStringLiteral("<span style='color:#C0392B'>✗</span>");
const QString indentUnit = QStringLiteral("    ");
constexpr int maxLevel = 4;

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Code as the learner reads it: monospace, wrapped where a line is wider than the column
// (plain text keeps the leading spaces of the indentation).
QLabel *codeLabel(const QString &code, QWidget *parent)
{
    QLabel *label = wrappingLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A call chain has few spaces to wrap at: allow a break after ( [ , . as well (a zero-width
    // space), so a long line wraps in a narrow column instead of being cut off.
    QString shown;
    for (const QChar c : code) {
        shown += c;
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char(',') || c == QLatin1Char('.'))
            shown += QChar(0x200B);
    }
    label->setText(shown);
    return label;
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}

// The rows are rebuilt from a click on one of their own buttons: a button deleted inside its
// clicked signal crashes when its mouse release goes on. Out of the card now, deleted later.
void clearGrid(QGridLayout *grid)
{
    while (QLayoutItem *item = grid->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
}

} // namespace

ParsonsCard::ParsonsCard(const Lessons::Lesson &lesson, int step, int index,
                         Lessons::ProgressStore *progress, QWidget *parent)
    : QFrame(parent), m_lesson(lesson), m_step(step), m_index(index), m_progress(progress)
{
    setFrameShape(QFrame::StyledPanel);
    const Lessons::ParsonsItem &p = item();
    m_pool = p.lines;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *title = wrappingLabel(this);
    title->setText(tr("<b>Put the program together</b> <span style='color:gray'>Parsons "
                      "problem</span>"));
    layout->addWidget(title);
    auto *question = wrappingLabel(this);
    MarkdownText::setLabelMarkdown(question, p.question);
    layout->addWidget(question);
    auto *how = wrappingLabel(this);
    how->setText(tr("<i>Add the lines you need from the given lines below (+), put them in "
                    "order (▲ ▼) and indent them (◂ ▸); ✕ sends a line back. Tab to a button "
                    "and press Space.</i>"));
    layout->addWidget(how);
    auto *programTitle = wrappingLabel(this);
    programTitle->setText(tr("<b>Your program</b>"));
    layout->addWidget(programTitle);
    // The fixed lines around the learner's are shown as they run, greyed: part of the program,
    // not of the puzzle.
    auto addFixed = [&](const QStringList &lines) {
        if (lines.join(QString()).trimmed().isEmpty())
            return;
        QLabel *fixed = codeLabel(lines.join(QLatin1Char('\n')).trimmed(), this);
        fixed->setStyleSheet(QStringLiteral("color: gray"));
        fixed->setAccessibleName(tr("Fixed code"));
        layout->addWidget(fixed);
    };
    addFixed(p.before);
    m_emptyProgram = wrappingLabel(this);
    m_emptyProgram->setText(tr("<i>(no lines yet: press + beside a given line below)</i>"));
    layout->addWidget(m_emptyProgram);
    m_programGrid = new QGridLayout;
    m_programGrid->setContentsMargins(0, 0, 0, 0);
    m_programGrid->setColumnStretch(1, 1);
    layout->addLayout(m_programGrid);
    addFixed(p.after);
    auto *poolTitle = wrappingLabel(this);
    poolTitle->setText(tr("<b>Given lines</b>"));
    layout->addWidget(poolTitle);
    m_poolGrid = new QGridLayout;
    m_poolGrid->setContentsMargins(0, 0, 0, 0);
    m_poolGrid->setColumnStretch(0, 1);
    layout->addLayout(m_poolGrid);
    auto *buttons = new QHBoxLayout;
    m_check = new QPushButton(tr("Run and check"), this);
    m_check->setToolTip(tr("Run your program and check what it does, like an exercise"));
    m_reveal = new QPushButton(tr("Show the answer"), this);
    m_reveal->setToolTip(tr("Show the right program and why"));
    m_reveal->hide();
    buttons->addWidget(m_check);
    buttons->addWidget(m_reveal);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_verdict = wrappingLabel(this);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->hide();
    layout->addWidget(m_verdict);
    connect(m_check, &QPushButton::clicked, this, &ParsonsCard::check);
    connect(m_reveal, &QPushButton::clicked, this, &ParsonsCard::revealAnswer);
    restore();
    rebuild();
}

ParsonsCard::~ParsonsCard() = default;

const Lessons::ParsonsItem &ParsonsCard::item() const
{
    return m_lesson.steps[m_step].parsons[m_index];
}

QStringList ParsonsCard::program() const
{
    QStringList out;
    for (const Line &l : m_program)
        out << indentUnit.repeated(l.level) + l.code;
    return out;
}

void ParsonsCard::rebuild()
{
    clearGrid(m_poolGrid);
    clearGrid(m_programGrid);
    m_addButtons.clear();
    m_lineButtons.clear();
    for (int i = 0; i < m_pool.size(); ++i) {
        m_poolGrid->addWidget(codeLabel(m_pool[i], this), i, 0);
        QToolButton *add = toolButton(QStringLiteral("+"), tr("Add “%1” to your program").arg(m_pool[i]), this);
        m_poolGrid->addWidget(add, i, 1, Qt::AlignTop);
        connect(add, &QToolButton::clicked, this, [this, i] {
            addLine(i);
            // The keyboard stays in the pool, on the line that took this one's place.
            if (QToolButton *next = addButton(std::min(i, int(m_pool.size()) - 1)))
                next->setFocus();
            else if (QToolButton *up = lineButton(int(m_program.size()) - 1, 3))
                up->setFocus();
        });
        m_addButtons << add;
    }
    m_emptyProgram->setVisible(m_program.isEmpty());
    const QStringList tips{tr("Move “%1” up"), tr("Move “%1” down"), tr("Indent “%1” less"),
                           tr("Indent “%1” more"), tr("Send “%1” back to the given lines")};
    const QStringList texts{QStringLiteral("▲"), QStringLiteral("▼"), QStringLiteral("◂"),
                            QStringLiteral("▸"), QStringLiteral("✕")};
    for (int i = 0; i < m_program.size(); ++i) {
        const Line &l = m_program[i];
        auto *number = new QLabel(QStringLiteral("%1.").arg(i + 1), this);
        number->setStyleSheet(QStringLiteral("color: gray"));
        m_programGrid->addWidget(number, i, 0, Qt::AlignTop);
        // The indentation as a margin, not as spaces: a wrapped line keeps its indentation
        // (with spaces, its second half showed at the left edge, like a dedented line).
        QLabel *code = codeLabel(l.code, this);
        code->setIndent(code->fontMetrics().horizontalAdvance(indentUnit) * l.level);
        code->setAccessibleName(tr("line %1, indented %2 levels: %3").arg(i + 1).arg(l.level).arg(l.code));
        m_programGrid->addWidget(code, i, 1);
        QList<QToolButton *> row;
        for (int b = 0; b < 5; ++b) {
            QToolButton *button = toolButton(texts[b], tips[b].arg(l.code), this);
            m_programGrid->addWidget(button, i, 2 + b, Qt::AlignTop);
            row << button;
        }
        // The keyboard follows the line it moves: focus goes to the same button on its new
        // row, or to the other arrow once the line reached the top or bottom.
        connect(row[0], &QToolButton::clicked, this, [this, i] {
            moveLine(i, i - 1);
            if (QToolButton *b = lineButton(i - 1, i - 1 > 0 ? 0 : 1))
                b->setFocus();
        });
        connect(row[1], &QToolButton::clicked, this, [this, i] {
            moveLine(i, i + 1);
            if (QToolButton *b = lineButton(i + 1, i + 2 < m_program.size() ? 1 : 0))
                b->setFocus();
        });
        connect(row[2], &QToolButton::clicked, this, [this, i] {
            indentLine(i, -1);
            if (QToolButton *b = lineButton(i, m_program[i].level > 0 ? 2 : 3))
                b->setFocus();
        });
        connect(row[3], &QToolButton::clicked, this, [this, i] {
            indentLine(i, +1);
            if (QToolButton *b = lineButton(i, m_program[i].level < maxLevel ? 3 : 2))
                b->setFocus();
        });
        connect(row[4], &QToolButton::clicked, this, [this, i] {
            removeLine(i);
            if (QToolButton *b = lineButton(std::min(i, int(m_program.size()) - 1), 4))
                b->setFocus();
            else if (QToolButton *add = addButton(int(m_pool.size()) - 1))
                add->setFocus();
        });
        m_lineButtons << row;
    }
    refreshEnabled();
}

void ParsonsCard::refreshEnabled()
{
    const bool editable = !m_done && !m_running;
    for (QToolButton *add : std::as_const(m_addButtons))
        add->setEnabled(editable);
    for (int i = 0; i < m_lineButtons.size(); ++i) {
        const int level = m_program[i].level;
        const bool possible[5] = {i > 0, i + 1 < m_program.size(), level > 0, level < maxLevel, true};
        for (int b = 0; b < 5; ++b)
            m_lineButtons[i][b]->setEnabled(editable && possible[b]);
    }
    // Not disabled while the program runs (check() waits for it): a disabled button hands the
    // keyboard focus on, and the lesson's pane scrolled away to it from the verdict.
    m_check->setEnabled(!m_done && !m_program.isEmpty());
}

void ParsonsCard::addLine(int poolIndex)
{
    if (m_done || m_running || poolIndex < 0 || poolIndex >= m_pool.size())
        return;
    // A new line starts at the indentation of the line above it: most lines of a block do.
    const int level = m_program.isEmpty() ? 0 : m_program.last().level;
    m_program.append({m_pool.takeAt(poolIndex), level});
    rebuild();
    Q_EMIT edited();
}

void ParsonsCard::removeLine(int line)
{
    if (m_done || m_running || line < 0 || line >= m_program.size())
        return;
    // Back where it was first shown, so the pool does not reshuffle under the learner.
    const QString code = m_program.takeAt(line).code;
    const QStringList &all = item().lines;
    int at = 0;
    while (at < m_pool.size() && all.indexOf(m_pool[at]) < all.indexOf(code))
        ++at;
    m_pool.insert(at, code);
    rebuild();
    Q_EMIT edited();
}

void ParsonsCard::moveLine(int from, int to)
{
    if (m_done || m_running || from < 0 || to < 0 || from >= m_program.size() || to >= m_program.size())
        return;
    m_program.move(from, to);
    rebuild();
    Q_EMIT edited();
}

void ParsonsCard::indentLine(int line, int delta)
{
    if (m_done || m_running || line < 0 || line >= m_program.size())
        return;
    m_program[line].level = std::clamp(m_program[line].level + delta, 0, maxLevel);
    rebuild();
    Q_EMIT edited();
}

QToolButton *ParsonsCard::lineButton(int line, int which) const
{
    if (line < 0 || line >= m_lineButtons.size() || which < 0 || which >= 5)
        return nullptr;
    return m_lineButtons[line][which];
}

QToolButton *ParsonsCard::addButton(int poolIndex) const
{
    return poolIndex >= 0 && poolIndex < m_addButtons.size() ? m_addButtons[poolIndex] : nullptr;
}

void ParsonsCard::check()
{
    if (m_done || m_running || m_program.isEmpty())
        return;
    m_running = true;
    refreshEnabled(); // the same rows, only locked: nothing moves under the learner's eyes
    m_reveal->setEnabled(false);
    showVerdict(tr("<i>Running your program…</i>"));
    // The grade comes from a real run of the assembled program, like an exercise's check.
    QCoro::connect(Lessons::ParsonsGrading::grade(item(), program(), {}), this,
                   [this](const Lessons::ParsonsGrading::Verdict &v) { graded(v); });
}

void ParsonsCard::graded(const Lessons::ParsonsGrading::Verdict &v)
{
    m_running = false;
    m_reveal->setEnabled(true);
    if (v.result.status == Core::CheckResult::Status::Error) {
        refreshEnabled();
        showVerdict(tr("%1 Nothing was graded: %2").arg(wrong, v.result.error.toHtmlEscaped()));
        return;
    }
    const Lessons::ParsonsItem &p = item();
    if (m_progress) {
        m_progress->recordParsonsAttempt(m_lesson.id, m_step, m_index,
                                         QJsonArray::fromStringList(program()), v.passed);
        m_progress->recordReview(Lessons::ReviewSchedule::parsonsKey(m_lesson.id, m_step, m_index),
                                 m_lesson.id, v.passed, QDateTime::currentDateTimeUtc());
    }
    // What the run showed, the failed checks first: they are what to fix.
    QStringList failed, passed;
    for (const Core::CheckItem &c : v.result.checks)
        (c.passed() ? passed : failed)
                << QStringLiteral("%1 %2: %3").arg(c.passed() ? right : wrong,
                                                   c.name.toHtmlEscaped(), c.message.toHtmlEscaped());
    const QString checks = (failed + passed).join(QStringLiteral("<br>"));
    if (v.passed) {
        QString text = tr("%1 <b>Right:</b> your program ran and passed every check.").arg(right);
        if (!p.explain.isEmpty())
            text += QLatin1Char(' ') + p.explain.toHtmlEscaped();
        showVerdict(text + QStringLiteral("<br>") + checks);
        lock();
    } else {
        QString text = tr("%1 <b>Not yet:</b> %2").arg(wrong, v.explanation().toHtmlEscaped());
        if (!v.distractorWhy.isEmpty() && v.declaredWhy.isEmpty() && v.result.passed())
            text += tr(" (The run passed its checks, but “%1” does not belong in the program.)")
                            .arg(Lessons::ParsonsGrading::distractorsUsed(p, program()).value(0).toHtmlEscaped());
        if (++m_wrongTries >= 2) {
            showVerdict(text + QStringLiteral("<br>") + checks);
            revealAnswer();
            return;
        }
        m_check->setText(tr("Run and check again"));
        m_reveal->show();
        showVerdict(text + QStringLiteral("<br>") + checks
                    + tr("<br><i>Change your program and run it again.</i>"));
        refreshEnabled();
    }
    Q_EMIT attempted();
}

void ParsonsCard::revealAnswer()
{
    const Lessons::ParsonsItem &p = item();
    QStringList parts;
    if (m_wrongTries >= 2 && !m_verdict->isHidden())
        parts << m_verdict->text();
    QStringList code;
    for (const QString &l : p.answer)
        code << l.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    parts << tr("<b>The right program:</b>")
            + QStringLiteral("<br><span style='font-family:monospace'>%1</span>")
                      .arg(code.join(QStringLiteral("<br>")));
    if (!p.explain.isEmpty())
        parts << p.explain.toHtmlEscaped();
    showVerdict(parts.join(QStringLiteral("<br>")));
    if (m_progress)
        m_progress->setParsonsRevealed(m_lesson.id, m_step, m_index);
    lock();
    Q_EMIT attempted();
}

void ParsonsCard::showVerdict(const QString &html)
{
    m_verdict->setText(html);
    m_verdict->show();
}

void ParsonsCard::lock()
{
    m_done = true;
    m_reveal->hide();
    refreshEnabled();
}

void ParsonsCard::restore()
{
    if (!m_progress)
        return;
    const auto saved = m_progress->parsonsResult(m_lesson.id, m_step, m_index);
    if (saved.tries == 0 && !saved.revealed)
        return;
    const Lessons::ParsonsItem &p = item();
    QStringList lines;
    for (const QJsonValue &v : saved.answer.toArray())
        lines << v.toString();
    // The lesson's lines may have changed since: keep the saved program only if it still fits.
    if (Lessons::ParsonsGrading::malformed(p, lines).isEmpty()) {
        m_program.clear();
        m_pool = p.lines;
        for (const QString &l : std::as_const(lines)) {
            const int level = int(l.size() - l.trimmed().size()) / 4;
            m_program.append({l.trimmed(), level});
            m_pool.removeOne(l.trimmed());
        }
    }
    m_wrongTries = saved.passed ? 0 : std::min(saved.tries, 1);
    if (saved.passed) {
        showVerdict(tr("%1 <b>You put this program together right.</b> %2")
                            .arg(right, p.explain.toHtmlEscaped()));
        m_done = true;
    } else if (saved.revealed) {
        m_done = true;
        revealAnswer();
    } else {
        showVerdict(tr("%1 Your last program did not pass. Change it and press Run and check to "
                       "try again.").arg(wrong));
        m_reveal->show();
    }
}

QString ParsonsCard::verdictText() const
{
    return m_verdict->isHidden() ? QString()
                                 : QTextDocumentFragment::fromHtml(m_verdict->text()).toPlainText();
}

} // namespace Ui
