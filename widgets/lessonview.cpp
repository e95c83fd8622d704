#include "lessonview.h"

#include "catalog.h"
#include "progressstore.h"
#include "versionedtext.h"

#include <QButtonGroup>
#include <algorithm>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QResizeEvent>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>
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

// A quiz choice's text beside its radio button: it wraps (a QRadioButton's own text does not,
// and a long choice made the whole examples pane scroll sideways) and a click on it chooses.
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
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            m_button->click();
    }

private:
    QAbstractButton *m_button;
};

QString ruleLine(const Core::RuleResult &r)
{
    const QString mark = r.passed ? QStringLiteral("<span style='color:#278E4F'>✓</span>")
                                  : QStringLiteral("<span style='color:#C0392B'>✗</span>");
    QString text = r.message.isEmpty() ? r.label : r.message;
    if (!r.passed && !r.why.isEmpty())
        text += QStringLiteral(" — ") + r.why;
    return mark + QStringLiteral("&nbsp;") + text.toHtmlEscaped();
}

} // namespace

LessonView::LessonView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_banner(new QLabel(this)),
      m_text(new QTextBrowser(this)), m_extras(new QWidget(this)),
      m_extrasLayout(new QVBoxLayout(m_extras)), m_back(new QPushButton(tr("Back"), this)),
      m_next(new QPushButton(tr("Next"), this)), m_position(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #FFF3CD; color: #5C4400; "
                                           "border: 1px solid #E0C36B; border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
    m_text->setOpenExternalLinks(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_extrasLayout->setContentsMargins(0, 0, 0, 0);
    m_extrasLayout->setSpacing(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_extras);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("lessonSplitter"));
    splitter->addWidget(m_text);
    splitter->addWidget(scroll);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_next->setLayoutDirection(Qt::RightToLeft);
    m_back->setToolTip(tr("Previous step (Alt+Left)"));
    m_next->setToolTip(tr("Next step (Alt+Right)"));
    auto *nav = new QHBoxLayout;
    nav->addWidget(m_back);
    nav->addStretch(1);
    nav->addWidget(m_position);
    nav->addStretch(1);
    nav->addWidget(m_next);

    layout->addWidget(m_title);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(nav);

    connect(m_back, &QPushButton::clicked, this, &LessonView::back);
    connect(m_next, &QPushButton::clicked, this, &LessonView::next);
    auto shortcut = [this](QKeySequence key, Qt::ShortcutContext context, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(context);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), Qt::WindowShortcut, &LessonView::next);
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), Qt::WindowShortcut, &LessonView::back);
    // Page keys turn pages only while the lesson has focus; elsewhere they scroll as usual.
    shortcut(QKeySequence(Qt::Key_PageDown), Qt::WidgetWithChildrenShortcut, &LessonView::next);
    shortcut(QKeySequence(Qt::Key_PageUp), Qt::WidgetWithChildrenShortcut, &LessonView::back);
    setFocusPolicy(Qt::StrongFocus);
}

void LessonView::setCatalog(const Lessons::Catalog *catalog, Lessons::ProgressStore *progress)
{
    m_catalog = catalog;
    m_progress = progress;
    m_lesson = nullptr;
}

QString LessonView::lessonId() const
{
    return m_lesson ? m_lesson->id : QString();
}

std::pair<QString, int> LessonView::startingPoint(const Lessons::Catalog &catalog,
                                                  const Lessons::ProgressStore &progress,
                                                  const QString &lastLesson)
{
    if (const Lessons::Lesson *l = catalog.lesson(lastLesson); l && !l->steps.isEmpty())
        return {l->id, std::clamp(progress.lastStep(l->id).value_or(0), 0, int(l->steps.size()) - 1)};
    for (const Lessons::Lesson *l : catalog.lessons())
        if (!l->steps.isEmpty())
            return {l->id, 0};
    return {};
}

bool LessonView::showStep(const QString &lessonId, int step)
{
    const Lessons::Lesson *lesson = m_catalog ? m_catalog->lesson(lessonId) : nullptr;
    if (!lesson || lesson->steps.isEmpty())
        return false;
    if (step < 0)
        step = m_progress ? m_progress->lastStep(lessonId).value_or(0) : 0;
    step = std::clamp(step, 0, int(lesson->steps.size()) - 1);
    const bool sameLesson = m_lesson == lesson;
    m_lesson = lesson;
    m_step = step;
    m_title->setText(lesson->title);
    if (!sameLesson) {
        setBanner({});
        m_versions.clear();
    }
    showStepText(false);
    m_position->setText(tr("Step %1 of %2").arg(step + 1).arg(lesson->steps.size()));
    rebuildExtras();
    if (m_progress) {
        m_progress->markStepVisited(lesson->id, step);
        m_progress->setLastStep(lesson->id, step);
        updateCompletion();
    }
    // Next and Back cross lesson boundaries, so only the course's ends disable them.
    const QList<const Lessons::Lesson *> all = m_catalog->lessons();
    m_back->setEnabled(step > 0 || all.indexOf(lesson) > 0);
    m_next->setEnabled(step + 1 < lesson->steps.size() || all.indexOf(lesson) + 1 < all.size());
    Q_EMIT stepShown(lesson->id, step);
    Q_EMIT progressChanged();
    return true;
}

void LessonView::showStepText(bool keepScroll)
{
    // Step files open with their own heading; give one only to those that do not.
    const Lessons::Step &step = m_lesson->steps[m_step];
    const QString markdown = Lessons::VersionedText::render(step.markdown, m_versions);
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setMarkdown(markdown.trimmed().startsWith(QLatin1Char('#'))
                                ? markdown
                                : QStringLiteral("## %1\n\n").arg(step.title) + markdown);
    if (keepScroll) // new versions re-render the step the learner is reading: stay in place
        m_text->verticalScrollBar()->setValue(scroll);
}

bool LessonView::next()
{
    if (!m_lesson)
        return false;
    if (m_step + 1 < m_lesson->steps.size())
        return showStep(m_lesson->id, m_step + 1);
    const QList<const Lessons::Lesson *> all = m_catalog->lessons();
    for (qsizetype i = all.indexOf(m_lesson) + 1; i < all.size(); ++i)
        if (!all[i]->steps.isEmpty())
            return showStep(all[i]->id, 0);
    return false;
}

bool LessonView::back()
{
    if (!m_lesson)
        return false;
    if (m_step > 0)
        return showStep(m_lesson->id, m_step - 1);
    const QList<const Lessons::Lesson *> all = m_catalog->lessons();
    for (qsizetype i = all.indexOf(m_lesson) - 1; i >= 0; --i)
        if (!all[i]->steps.isEmpty())
            return showStep(all[i]->id, int(all[i]->steps.size()) - 1);
    return false;
}

void LessonView::rebuildExtras()
{
    m_examples.clear();
    m_quizFeedback.clear();
    m_quizGroups.clear();
    while (QLayoutItem *item = m_extrasLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &id : m_lesson->steps[m_step].examples)
        if (const Lessons::Example *e = m_lesson->example(id))
            addExample(*e);
    if (m_step == m_lesson->steps.size() - 1 && !m_lesson->quiz.isEmpty())
        addQuiz();
    m_extrasLayout->addStretch(1);
    // Word-wrapped labels know their height only once laid out: measure on the next turn.
    QTimer::singleShot(0, this, &LessonView::fitExtras);
}

void LessonView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &LessonView::fitExtras);
}

void LessonView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The splitter would share a new height in proportion and leave a gap under the examples
    // (the window sizes its docks after the first show): fit them to their content again.
    fitExtras();
}

void LessonView::fitExtras()
{
    if (!m_lesson)
        return;
    // The examples and quiz get the height they need, up to 60 %; the prose keeps the rest.
    auto *splitter = findChild<QSplitter *>(QStringLiteral("lessonSplitter"));
    const int total = splitter->height() > 50 ? splitter->height() : 900;
    // Word-wrapped text is as tall as the width it gets, not as its one-line size hint says.
    const int width = splitter->width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int needed = m_extrasLayout->hasHeightForWidth() && width > 50
                               ? m_extrasLayout->totalHeightForWidth(width)
                               : m_extras->sizeHint().height();
    const int wanted = std::min(needed + 6, total * 3 / 5);
    splitter->setSizes({total - wanted, wanted});
}

void LessonView::addExample(const Lessons::Example &example)
{
    auto *box = new QFrame(m_extras);
    box->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *head = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>%1</b> <span style='color:gray'>%2 · %3 clock</span>")
                                     .arg(example.title.toHtmlEscaped(), example.file.toHtmlEscaped(),
                                          example.virtualClock ? tr("virtual") : tr("real")),
                             box);
    title->setWordWrap(true);
    auto *run = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run"), box);
    auto *open = new QPushButton(tr("Open in editor"), box);
    run->setToolTip(tr("Run this example and watch the timeline"));
    head->addWidget(title, 1);
    head->addWidget(run);
    QPushButton *step = nullptr, *compare = nullptr;
    if (example.stepMode) {
        step = new QPushButton(style()->standardIcon(QStyle::SP_MediaSkipForward),
                               tr("Step through"), box);
        step->setToolTip(tr("Start it paused before its first task step: F10 runs one step, "
                            "Shift+F10 runs to the next task switch, F5 runs freely"));
        head->addWidget(step);
    }
    if (const Lessons::Example *other = m_lesson->example(example.compareWith)) {
        compare = new QPushButton(tr("Compare with “%1”").arg(other->title), box);
        compare->setToolTip(tr("Run “%1” and this example one after the other and show both "
                               "timelines on one time axis with their figures")
                                    .arg(other->title));
        layout->addLayout(head);
        auto *pair = new QHBoxLayout;
        pair->addStretch(1);
        pair->addWidget(compare);
        pair->addWidget(open);
        layout->addLayout(pair);
    } else {
        head->addWidget(open);
        layout->addLayout(head);
    }
    if (!example.lookFor.isEmpty()) {
        auto *look = wrappingLabel(tr("<i>What to look for:</i> %1").arg(example.lookFor.toHtmlEscaped()), box);
        layout->addWidget(look);
    }
    auto *result = wrappingLabel({}, box);
    result->setTextFormat(Qt::RichText);
    if (m_progress && m_progress->isExampleCompleted(m_lesson->id, example.id))
        result->setText(tr("<span style='color:#278E4F'>✓</span>&nbsp;You ran this example and it "
                           "showed everything it should."));
    else
        result->hide();
    layout->addWidget(result);
    auto *ranOn = wrappingLabel({}, box);
    ranOn->setTextFormat(Qt::RichText);
    ranOn->hide();
    layout->addWidget(ranOn);
    m_extrasLayout->addWidget(box);
    m_examples.insert(example.id, {run, step, compare, result, ranOn});
    const QString lessonId = m_lesson->id, exampleId = example.id, otherId = example.compareWith;
    connect(run, &QPushButton::clicked, this, [=, this] { Q_EMIT runExampleRequested(lessonId, exampleId); });
    if (step)
        connect(step, &QPushButton::clicked, this,
                [=, this] { Q_EMIT stepThroughRequested(lessonId, exampleId); });
    if (compare)
        connect(compare, &QPushButton::clicked, this,
                [=, this] { Q_EMIT compareRequested(lessonId, exampleId, otherId); });
    connect(open, &QPushButton::clicked, this, [=, this] { Q_EMIT openExampleRequested(lessonId, exampleId); });
}

void LessonView::addQuiz()
{
    auto *box = new QFrame(m_extras);
    box->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(new QLabel(tr("<b>Quiz</b>"), box));
    for (int q = 0; q < m_lesson->quiz.size(); ++q) {
        const Lessons::QuizQuestion &question = m_lesson->quiz[q];
        auto *text = wrappingLabel({}, box);
        text->setTextFormat(Qt::MarkdownText);
        text->setText(QStringLiteral("%1. %2").arg(q + 1).arg(question.question));
        layout->addWidget(text);
        auto *group = new QButtonGroup(box);
        for (int c = 0; c < question.choices.size(); ++c) {
            auto *choice = new QRadioButton(box);
            choice->setAccessibleName(question.choices[c]);
            group->addButton(choice, c);
            auto *row = new QHBoxLayout;
            row->addWidget(choice, 0, Qt::AlignTop);
            row->addWidget(new ChoiceLabel(question.choices[c], choice, box), 1);
            layout->addLayout(row);
        }
        auto *feedback = wrappingLabel({}, box);
        feedback->setTextFormat(Qt::RichText);
        feedback->hide();
        layout->addWidget(feedback);
        m_quizGroups.append(group);
        m_quizFeedback.append(feedback);
        connect(group, &QButtonGroup::idClicked, this, [this, q](int choice) { answerQuiz(q, choice); });
        if (const auto saved = m_progress ? m_progress->quizAnswer(m_lesson->id, q) : std::nullopt;
            saved && *saved >= 0 && *saved < question.choices.size()) {
            group->button(*saved)->setChecked(true);
            showQuizFeedback(q, *saved);
        }
    }
    m_extrasLayout->addWidget(box);
}

void LessonView::answerQuiz(int question, int choice)
{
    if (!m_lesson || question < 0 || question >= m_quizGroups.size())
        return;
    if (QAbstractButton *b = m_quizGroups[question]->button(choice))
        b->setChecked(true);
    if (m_progress) {
        m_progress->setQuizAnswer(m_lesson->id, question, choice);
        updateCompletion();
    }
    showQuizFeedback(question, choice);
    Q_EMIT progressChanged();
}

void LessonView::showQuizFeedback(int question, int choice)
{
    const Lessons::QuizQuestion &q = m_lesson->quiz[question];
    const bool right = choice == q.answer;
    QString text = right ? tr("<span style='color:#278E4F'><b>✓ Right.</b></span> ")
                         : tr("<span style='color:#C0392B'><b>✗ Not quite</b></span> — the answer "
                              "is “%1”. ").arg(q.choices.value(q.answer).toHtmlEscaped());
    text += q.explain.toHtmlEscaped();
    m_quizFeedback[question]->setText(text);
    m_quizFeedback[question]->show();
}

QString LessonView::quizFeedback(int question) const
{
    const QLabel *l = m_quizFeedback.value(question);
    return l && !l->isHidden() ? QTextDocumentFragment::fromHtml(l->text()).toPlainText() : QString();
}

void LessonView::updateCompletion()
{
    // A lesson is complete once every step was read and every quiz question answered.
    if (!m_lesson || !m_progress || m_progress->isLessonCompleted(m_lesson->id))
        return;
    for (int s = 0; s < m_lesson->steps.size(); ++s)
        if (!m_progress->isStepVisited(m_lesson->id, s))
            return;
    for (int q = 0; q < m_lesson->quiz.size(); ++q)
        if (!m_progress->quizAnswer(m_lesson->id, q))
            return;
    m_progress->markLessonCompleted(m_lesson->id);
}

void LessonView::setExampleRunning(const QString &exampleId, bool running)
{
    const auto it = m_examples.constFind(exampleId);
    if (it == m_examples.cend())
        return;
    for (QPushButton *b : {it->run, it->step, it->compare})
        if (b)
            b->setEnabled(!running);
    if (running) {
        it->result->setText(tr("<i>Running…</i>"));
        it->result->show();
    }
}

void LessonView::setExampleResult(const QString &exampleId, const QList<Core::RuleResult> &rules,
                                  const QString &error)
{
    const auto it = m_examples.constFind(exampleId);
    if (it == m_examples.cend())
        return;
    for (QPushButton *b : {it->run, it->step, it->compare})
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
    it->result->setText(lines.join(QStringLiteral("<br>")));
    it->result->setVisible(!lines.isEmpty());
    QTimer::singleShot(0, this, &LessonView::fitExtras);
}

void LessonView::setExampleRanOn(const QString &exampleId, const QHash<QString, QString> &versions,
                                 const QString &executable, const QStringList &skippedRules)
{
    QStringList libraries;
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
        if (it.key() != QLatin1String("python"))
            libraries << Lessons::VersionCondition::displayName(it.key()) + QLatin1Char(' ') + it.value();
    libraries.sort();
    if (const auto it = m_examples.constFind(exampleId); it != m_examples.cend()) {
        QString text = tr("Ran on Python %1").arg(versions.value(QStringLiteral("python")).toHtmlEscaped());
        if (!libraries.isEmpty())
            text += QStringLiteral(" with ") + libraries.join(QLatin1String(", ")).toHtmlEscaped();
        if (!executable.isEmpty())
            text += QStringLiteral(" <span style='color:gray'>(%1)</span>").arg(executable.toHtmlEscaped());
        for (const QString &rule : skippedRules)
            text += QStringLiteral("<br><span style='color:gray'>– %1</span>")
                            .arg(tr("not checked on this version, %1").arg(rule).toHtmlEscaped());
        it->ranOn->setText(text);
        it->ranOn->show();
    }
    if (m_versions != versions) {
        m_versions = versions;
        if (m_lesson)
            showStepText(true);
    }
    QTimer::singleShot(0, this, &LessonView::fitExtras);
}

QString LessonView::exampleResultText(const QString &exampleId) const
{
    const auto it = m_examples.constFind(exampleId);
    return it == m_examples.cend() || it->result->isHidden()
                   ? QString()
                   : QTextDocumentFragment::fromHtml(it->result->text()).toPlainText();
}

QString LessonView::exampleRanOnText(const QString &exampleId) const
{
    const auto it = m_examples.constFind(exampleId);
    return it == m_examples.cend() || it->ranOn->isHidden()
                   ? QString()
                   : QTextDocumentFragment::fromHtml(it->ranOn->text()).toPlainText();
}

QPushButton *LessonView::runButton(const QString &exampleId) const
{
    return m_examples.value(exampleId).run;
}

QPushButton *LessonView::stepButton(const QString &exampleId) const
{
    return m_examples.value(exampleId).step;
}

QPushButton *LessonView::compareButton(const QString &exampleId) const
{
    return m_examples.value(exampleId).compare;
}

void LessonView::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString LessonView::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

} // namespace Ui
