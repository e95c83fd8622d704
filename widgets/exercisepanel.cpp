#include "exercisepanel.h"

#include "codeeditor.h"
#include "exercise.h"
#include "exercisechecker.h"
#include "progressstore.h"
#include "tracemodel.h"

#include <QCoro/QCoroTask>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <memory>

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
    case Core::CheckStatus::Pass: mark = QStringLiteral("<span style='color:#278E4F'>✓</span>"); break;
    case Core::CheckStatus::Fail: mark = QStringLiteral("<span style='color:#C0392B'>✗</span>"); break;
    case Core::CheckStatus::Skipped: mark = QStringLiteral("<span style='color:gray'>–</span>"); break;
    }
    QString line = mark + QStringLiteral("&nbsp;<b>") + item.name.toHtmlEscaped() + QStringLiteral("</b>");
    if (!item.message.isEmpty() && !item.passed())
        line += QStringLiteral(": ") + item.message.toHtmlEscaped();
    return line;
}

} // namespace

ExercisePanel::ExercisePanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_statement(new QTextBrowser(this)), m_editor(new CodeEditor(this)),
      m_check(new QPushButton(tr("Check"), this)), m_hint(new QPushButton(tr("Hint"), this)),
      m_solution(new QPushButton(tr("Solution"), this)),
      m_reset(new QPushButton(tr("Reset"), this)), m_results(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_statement->setOpenExternalLinks(true);
    m_results->setOpenExternalLinks(true);
    m_results->setPlaceholderText(tr("Press Check (Ctrl+Enter) to run your program and see what "
                                     "it does right."));
    m_check->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    m_check->setToolTip(tr("Run your program and check it (Ctrl+Enter)"));
    m_check->setDefault(true);
    m_hint->setToolTip(tr("Hints unlock one at a time, after each check that fails"));
    m_solution->setToolTip(tr("The reference solution, after %1 honest attempts").arg(attemptsBeforeSolution));
    m_reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_reset->setToolTip(tr("Back to the starter code (Ctrl+Z in the editor brings yours back)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_hint);
    buttons->addWidget(m_solution);
    buttons->addWidget(m_reset);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_statement);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &ExercisePanel::saveDraft);
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        if (m_loading || !m_exercise)
            return;
        m_dirty = true;
        m_autosave.start();
        Q_EMIT edited();
    });
    connect(m_check, &QPushButton::clicked, this, &ExercisePanel::check);
    connect(m_hint, &QPushButton::clicked, this, &ExercisePanel::showNextHint);
    connect(m_solution, &QPushButton::clicked, this, &ExercisePanel::showSolution);
    connect(m_reset, &QPushButton::clicked, this, &ExercisePanel::resetToStarter);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *s = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, &ExercisePanel::check);
    }
    setExercise(nullptr);
}

ExercisePanel::~ExercisePanel()
{
    *m_alive = false;
    saveDraft();
}

QString ExercisePanel::starterText() const
{
    return m_exercise ? readText(m_exercise->starterPath) : QString();
}

void ExercisePanel::setExercise(const Lessons::Exercise *exercise)
{
    if (m_exercise == exercise && exercise)
        return;
    saveDraft();
    m_autosave.stop();
    m_exercise = exercise;
    m_hintsShown = 0;
    m_shownHints.clear();
    m_solutionText.clear();
    m_results->clear();
    m_status->clear();
    m_loading = true;
    if (exercise) {
        m_title->setText(tr("Exercise: %1").arg(exercise->title));
        m_statement->setMarkdown(readText(exercise->statementPath));
        m_editor->setText(m_drafts.load(exercise->id).value_or(starterText()));
        // The draft on disk is where the learner starts: nothing to undo before it.
        m_editor->SendScintilla(QsciScintillaBase::SCI_EMPTYUNDOBUFFER);
        const QString status = m_progress ? m_progress->exerciseStatus(exercise->id) : QString();
        if (status == QLatin1String("passed"))
            m_status->setText(tr("<span style='color:#278E4F'>✓ Passed before</span>"));
    } else {
        m_title->setText(tr("No exercise open"));
        m_statement->setMarkdown(tr("Pick an exercise in the course outline."));
        m_editor->setText({});
    }
    m_editor->clearRunMarkers();
    m_loading = false;
    m_dirty = false;
    setEnabled(true);
    m_editor->setEnabled(exercise);
    updateButtons();
}

bool ExercisePanel::saveDraft()
{
    m_autosave.stop();
    if (!m_exercise || !m_dirty)
        return true;
    QString error;
    if (!m_drafts.save(m_exercise->id, m_editor->text(), &error)) {
        m_status->setText(tr("<span style='color:#C0392B'>Your code could not be saved: %1</span>")
                                  .arg(error.toHtmlEscaped()));
        return false;
    }
    m_dirty = false;
    return true;
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
                               : m_hintsShown < unlocked ? tr("Hint (%1/%2)").arg(m_hintsShown + 1).arg(total)
                                                         : tr("Hint"));
    const int failed = have && m_progress ? m_progress->exerciseFailedAttempts(m_exercise->id) : 0;
    const bool passed = have && m_progress && m_progress->exerciseStatus(m_exercise->id) == QLatin1String("passed");
    m_solution->setEnabled(have && (failed >= attemptsBeforeSolution || passed) && m_solutionText.isEmpty());
}

void ExercisePanel::check()
{
    if (!m_exercise || m_checking)
        return;
    m_dirty = true; // always check what is on screen, written to the draft file
    if (!saveDraft())
        return;
    m_checking = true;
    m_status->setText(tr("<i>Checking…</i>"));
    updateButtons();
    Q_EMIT checkStarted();
    Core::CheckEngine::Options options;
    options.python = m_python;
    const QString file = m_drafts.path(m_exercise->id);
    const Lessons::Exercise *exercise = m_exercise;
    std::weak_ptr<bool> alive = m_alive;
    QCoro::connect(Lessons::ExerciseChecker::check(*exercise, file, options), this,
                   [this, exercise, alive](Core::CheckResult result) {
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
        m_status->setText(tr("<span style='color:#C0392B'><b>✗ %n check(s) fail</b></span>", nullptr, failed));
        break;
    }
    case Core::CheckResult::Status::Error:
        m_status->setText(tr("<span style='color:#C0392B'><b>Could not check</b></span>"));
        lines << QStringLiteral("<p style='color:#C0392B'>%1</p>").arg(result.error.toHtmlEscaped());
        break;
    }
    for (const Core::CheckItem &c : result.checks)
        lines << checkLine(c);
    m_results->setHtml(lines.join(QStringLiteral("<br>")));
    if (m_editor) {
        m_editor->clearRunMarkers();
        if (const Core::CheckedRun *run = result.programRun(); run && run->model()) {
            if (const auto &error = run->model()->error())
                m_editor->setErrorLine(int(error->line), error->type + QStringLiteral(": ") + error->message);
        }
    }
    updateButtons();
    Q_EMIT statusChanged(id);
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
    m_statement->setMarkdown(md);
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
    if (!m_exercise)
        return;
    // One undoable replacement, so Ctrl+Z in the editor brings the learner's code back.
    m_editor->beginUndoAction();
    m_editor->selectAll();
    m_editor->replaceSelectedText(starterText());
    m_editor->endUndoAction();
    m_editor->setCursorPosition(0, 0);
    m_editor->clearRunMarkers();
}

QString ExercisePanel::resultText() const
{
    return m_results->toPlainText();
}

} // namespace Ui
