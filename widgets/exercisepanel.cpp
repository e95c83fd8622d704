#include "exercisepanel.h"

#include "codeeditor.h"
#include "exercise.h"
#include "exercisechecker.h"
#include "flowlayout.h"
#include "markdowntext.h"
#include "relativefont.h"
#include "programdocument.h"
#include "progressstore.h"
#include "tracemodel.h"

#include <QCoro/QCoroTask>
#include <algorithm>
#include <cmath>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString checkLine(const Core::CheckItem &item)
{
    QString mark;
    switch (item.status) {
    case Core::CheckStatus::Pass:
        mark = QStringLiteral("<span style='color:#278E4F'>✓</span>");
        break;
    case Core::CheckStatus::Fail:
        mark = QStringLiteral("<span style='color:#C0392B'>✗</span>");
        break;
    case Core::CheckStatus::Skipped:
        mark = QStringLiteral("<span style='color:gray'>–</span>");
        break;
    }
    QString line = mark + QStringLiteral("&nbsp;<b>") + item.name.toHtmlEscaped()
            + QStringLiteral("</b>");
    if (!item.message.isEmpty() && !item.passed())
        line += QStringLiteral(": ") + item.message.toHtmlEscaped();
    return line;
}

} // namespace

ExercisePanel::ExercisePanel(ProgramDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_header(new QWidget(this)),
      m_resultsBox(new QWidget(this)), m_title(new QLabel(m_header)),
      m_status(new QLabel(m_resultsBox)), m_toggle(new QToolButton(m_header)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_statement(new QTextBrowser(this)),
      m_check(new QPushButton(tr("Check"), m_resultsBox)),
      m_hint(new QPushButton(tr("Hint"), m_resultsBox)),
      m_solution(new QPushButton(tr("Solution"), m_resultsBox)),
      m_reset(new QPushButton(tr("Reset"), m_resultsBox)), m_results(new QTextBrowser(m_resultsBox))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *head = new QHBoxLayout(m_header);
    head->setContentsMargins(4, 4, 4, 0);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setToolTip(tr("Fold the statement away to give the code the room"));
    RelativeFont::keep(m_title, 1.1, true);
    m_title->setWordWrap(true);
    head->addWidget(m_toggle, 0, Qt::AlignTop);
    head->addWidget(m_title, 1);

    m_statement->setOpenExternalLinks(true);
    m_statement->setFrameShape(QFrame::NoFrame);
    m_results->setOpenExternalLinks(true);
    m_results->setPlaceholderText(tr("Press Check (Ctrl+Enter, or F5) to run your program and "
                                     "see what it does right."));
    m_status->setWordWrap(true);
    m_check->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_check->setToolTip(tr("Run your program and check it (Ctrl+Enter, or F5)"));
    m_check->setDefault(true);
    m_hint->setToolTip(tr("Hints unlock one at a time, after each check that fails"));
    m_solution->setToolTip(
            tr("The reference solution, after %1 honest attempts").arg(attemptsBeforeSolution));
    m_reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reset->setToolTip(tr("Back to the starter code (Ctrl+Z in the editor brings yours back)"));
    auto *results = new QVBoxLayout(m_resultsBox);
    results->setContentsMargins(4, 0, 4, 4);
    auto *buttons = new FlowLayout;
    for (QPushButton *b : {m_check, m_hint, m_solution, m_reset})
        buttons->addWidget(b);
    results->addLayout(buttons);
    results->addWidget(m_status);
    results->addWidget(m_results, 1);

    m_splitter->setObjectName(QStringLiteral("exerciseSplitter"));
    m_splitter->addWidget(m_statement);
    m_splitter->addWidget(m_document->editor());
    m_splitter->addWidget(m_resultsBox);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);

    connect(m_toggle, &QToolButton::toggled, this, &ExercisePanel::setStatementShown);
    connect(m_check, &QPushButton::clicked, this, &ExercisePanel::check);
    connect(m_hint, &QPushButton::clicked, this, &ExercisePanel::showNextHint);
    connect(m_solution, &QPushButton::clicked, this, &ExercisePanel::showSolution);
    connect(m_reset, &QPushButton::clicked, this, &ExercisePanel::resetToStarter);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *s = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, &ExercisePanel::check);
    }
    // Another program in the editor (an example, the learner's file) closes the exercise.
    connect(m_document, &ProgramDocument::replaced, this, [this] {
        if (m_exercise
            && (m_document->kind() != ProgramDocument::Kind::Exercise
                || m_document->exerciseId() != m_exercise->id))
            setExercise(nullptr);
    });
    setExercise(nullptr);
}

ExercisePanel::~ExercisePanel()
{
    *m_alive = false;
}

CodeEditor *ExercisePanel::editor() const
{
    return m_document->editor();
}

void ExercisePanel::setExercise(const Lessons::Exercise *exercise)
{
    if (m_exercise == exercise && exercise)
        return;
    // Its code goes into the editor first: the learner may keep an unsaved file there instead.
    if (exercise
        && !m_document->openExercise(exercise->id, exercise->id + QStringLiteral(".py"),
                                     readText(exercise->starterPath)))
        return;
    m_exercise = exercise;
    m_hintsShown = 0;
    m_shownHints.clear();
    m_solutionText.clear();
    m_results->clear();
    m_status->clear();
    m_header->setVisible(exercise);
    m_statement->setVisible(exercise && m_toggle->isChecked());
    m_resultsBox->setVisible(exercise);
    if (exercise) {
        m_title->setText(tr("Exercise: %1").arg(exercise->title));
        // Headings at the lesson text's sizes (Qt's own h1 took a fifth of the column).
        MarkdownText::render(m_statement->document(), readText(exercise->statementPath),
                             m_statement->font());
        m_statement->moveCursor(QTextCursor::Start);
        const QString status = m_progress ? m_progress->exerciseStatus(exercise->id) : QString();
        if (status == QLatin1String("passed"))
            m_status->setText(tr("<span style='color:#278E4F'>✓ Passed before</span>"));
        // The statement and the checks get room to be read; the code the most.
        const int h = std::max(m_splitter->height(), 600);
        m_splitter->setSizes({h / 4, h / 2, h / 4});
    }
    updateButtons();
}

void ExercisePanel::setStatementShown(bool shown)
{
    if (m_toggle->isChecked() != shown)
        m_toggle->setChecked(shown); // comes back here through toggled()
    m_toggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setToolTip(shown ? tr("Fold the statement away to give the code the room")
                               : tr("Show the statement again"));
    m_statement->setVisible(m_exercise && shown);
}

int ExercisePanel::hintsUnlocked() const
{
    if (!m_exercise)
        return 0;
    const int failed = m_progress ? m_progress->exerciseFailedAttempts(m_exercise->id) : 0;
    return std::min<int>(failed, int(m_exercise->hints.size()));
}

void ExercisePanel::updateButtons()
{
    const bool have = m_exercise;
    m_check->setEnabled(have && !m_checking);
    m_reset->setEnabled(have && !m_checking);
    const int unlocked = hintsUnlocked();
    const int total = have ? int(m_exercise->hints.size()) : 0;
    m_hint->setEnabled(m_hintsShown < unlocked);
    m_hint->setText(total == 0 ? tr("No hints")
                            : m_hintsShown < unlocked
                            ? tr("Hint (%1/%2)").arg(m_hintsShown + 1).arg(total)
                            : tr("Hint"));
    const int failed = have && m_progress ? m_progress->exerciseFailedAttempts(m_exercise->id) : 0;
    const bool passed = have && m_progress
            && m_progress->exerciseStatus(m_exercise->id) == QLatin1String("passed");
    m_solution->setEnabled(have && (failed >= attemptsBeforeSolution || passed)
                           && m_solutionText.isEmpty());
}

void ExercisePanel::check()
{
    if (!m_exercise || m_checking)
        return;
    // Always check what is on screen: the draft file, written now.
    QString error;
    if (!m_document->saveDraft(&error)) {
        m_status->setText(tr("<span style='color:#C0392B'>Your code could not be saved: %1</span>")
                                  .arg(error.toHtmlEscaped()));
        return;
    }
    m_checking = true;
    m_status->setText(tr("<i>Checking…</i>"));
    updateButtons();
    Q_EMIT checkStarted();
    Core::CheckEngine::Options options;
    options.python = m_python;
    const Lessons::Exercise *exercise = m_exercise;
    std::weak_ptr<bool> alive = m_alive;
    QCoro::connect(Lessons::ExerciseChecker::check(*exercise, m_document->draftPath(), options),
                   this, [this, exercise, alive](Core::CheckResult result) {
                       if (alive.expired() || !*alive.lock())
                           return;
                       m_checking = false;
                       if (exercise != m_exercise) { // the learner moved on meanwhile
                           updateButtons();
                           return;
                       }
                       showResult(result);
                       Q_EMIT checkFinished(result);
                   });
}

void ExercisePanel::showResult(const Core::CheckResult &result)
{
    const QString id = m_exercise->id;
    if (m_progress && result.status != Core::CheckResult::Status::Error)
        m_progress->recordExerciseCheck(id, result.passed());
    QStringList lines;
    switch (result.status) {
    case Core::CheckResult::Status::Pass:
        m_status->setText(tr("<span style='color:#278E4F'><b>✓ All checks pass</b></span>"));
        break;
    case Core::CheckResult::Status::Fail: {
        int failed = 0;
        for (const Core::CheckItem &c : result.checks)
            failed += c.status == Core::CheckStatus::Fail;
        m_status->setText(tr("<span style='color:#C0392B'><b>✗ %n check(s) fail</b></span>",
                             nullptr, failed));
        break;
    }
    case Core::CheckResult::Status::Error:
        m_status->setText(tr("<span style='color:#C0392B'><b>Could not check</b></span>"));
        lines << QStringLiteral("<p style='color:#C0392B'>%1</p>")
                         .arg(result.error.toHtmlEscaped());
        break;
    }
    // What needs work first: a failing check at the bottom of a long list was missed.
    QList<Core::CheckItem> checks = result.checks;
    std::stable_sort(checks.begin(), checks.end(), [](const auto &a, const auto &b) {
        auto rank = [](Core::CheckStatus s) {
            return s == Core::CheckStatus::Fail ? 0 : s == Core::CheckStatus::Skipped ? 2 : 1;
        };
        return rank(a.status) < rank(b.status);
    });
    for (const Core::CheckItem &c : checks)
        lines << checkLine(c);
    m_results->setHtml(lines.join(QStringLiteral("<br>")));
    fitResults();
    CodeEditor *editor = m_document->editor();
    editor->clearRunMarkers();
    if (const Core::CheckedRun *run = result.programRun(); run && run->model()) {
        if (const auto &error = run->model()->error())
            editor->setErrorLine(int(error->line),
                                 error->type + QStringLiteral(": ") + error->message);
    }
    updateButtons();
    Q_EMIT statusChanged(id);
}

void ExercisePanel::fitResults()
{
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 3 || !m_resultsBox->isVisible() || m_splitter->height() < 100)
        return;
    // The lines wrap at the results' width: measure them there.
    QTextDocument *doc = m_results->document();
    doc->setTextWidth(m_results->viewport()->width());
    const int text = int(std::ceil(doc->size().height())) + 2 * m_results->frameWidth() + 6;
    const int chrome = m_resultsBox->height() - m_results->height(); // buttons and status
    int need = chrome + text - sizes[2];
    if (need <= 0)
        return;
    // The statement (read already) gives the room first, down to a few lines; then the code,
    // which keeps a dozen lines to work on (at 1280x800 half the pane left it nine).
    const int statementMin = std::min(sizes[0], 4 * m_statement->fontMetrics().lineSpacing());
    const int editorMin = 12 * m_document->editor()->textHeight(0);
    const int fromStatement = std::clamp(sizes[0] - statementMin, 0, need);
    need -= fromStatement;
    const int fromEditor = std::clamp(sizes[1] - editorMin, 0, need);
    m_splitter->setSizes({sizes[0] - fromStatement, sizes[1] - fromEditor,
                          sizes[2] + fromStatement + fromEditor});
}

void ExercisePanel::renderStatement()
{
    QString md = readText(m_exercise->statementPath);
    if (!m_shownHints.isEmpty() || !m_solutionText.isEmpty())
        md += QStringLiteral("\n\n---\n\n");
    for (int i = 0; i < m_shownHints.size(); ++i)
        md += tr("**Hint %1.** %2\n\n").arg(i + 1).arg(m_shownHints[i]);
    if (!m_solutionText.isEmpty())
        md += tr("**Solution**\n\n```python\n%1\n```\n").arg(m_solutionText);
    MarkdownText::render(m_statement->document(), md, m_statement->font());
    setStatementShown(true); // what was just revealed is there
    // What was just revealed is at the end.
    m_statement->verticalScrollBar()->setValue(m_statement->verticalScrollBar()->maximum());
}

void ExercisePanel::showNextHint()
{
    if (!m_exercise || m_hintsShown >= hintsUnlocked())
        return;
    m_shownHints << m_exercise->hints[m_hintsShown];
    ++m_hintsShown;
    renderStatement();
    updateButtons();
}

QString ExercisePanel::hintText() const
{
    return m_shownHints.join(QLatin1Char('\n'));
}

void ExercisePanel::showSolution()
{
    if (!m_exercise)
        return;
    m_solutionText = readText(m_exercise->solutionPath);
    renderStatement();
    updateButtons();
}

void ExercisePanel::resetToStarter()
{
    if (m_exercise)
        m_document->revert();
}

QString ExercisePanel::resultText() const
{
    return m_results->toPlainText();
}

} // namespace Ui
