#include "lessonview.h"

#include "catalog.h"
#include "examplecard.h"
#include "markdowntext.h"
#include "parsonscard.h"
#include "relativefont.h"
#include "nextpickcard.h"
#include "predictcard.h"
#include "progressstore.h"
#include "quizcard.h"
#include "versionedtext.h"

#include <algorithm>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

LessonView::LessonView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_banner(new QLabel(this)),
      m_text(new QTextBrowser(this)), m_extras(new QWidget(this)),
      m_extrasLayout(new QVBoxLayout(m_extras)), m_back(new QPushButton(tr("Back"), this)),
      m_next(new QPushButton(tr("Next"), this)), m_position(new QLabel(this)),
      m_readAnyway(new QPushButton(tr("Read the step"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    RelativeFont::keep(m_title, 1.15, true);
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
    // Once the learner scrolls the cards, the step no longer pulls its question into sight.
    connect(scroll->verticalScrollBar(), &QScrollBar::actionTriggered, this,
            [this] { m_openOnQuestion = false; });
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
    m_readAnyway->setToolTip(tr("Show the step's text now, before you answer the prediction"));
    m_readAnyway->hide();
    layout->addWidget(m_readAnyway, 0, Qt::AlignLeft);
    connect(m_readAnyway, &QPushButton::clicked, this, [this] {
        m_readChosen = true;
        updatePredictFirst();
    });
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
    m_readChosen = sameLesson && m_step == step && m_readChosen;
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
    updateNext();
    Q_EMIT stepShown(lesson->id, step);
    Q_EMIT progressChanged();
    return true;
}

void LessonView::showStepText(bool keepScroll)
{
    // Step files open with their own heading; give one only to those that do not.
    const Lessons::Step &step = m_lesson->steps[m_step];
    QString markdown = Lessons::VersionedText::render(step.markdown, m_versions);
    if (isPredictFirst())
        markdown = QStringLiteral("## %1\n\n").arg(step.title)
                + tr("**Predict first.** This step's text tells what the run below shows, so it "
                     "waits until you have answered the prediction%1 under the example: %2 "
                     "(Or press **Read the step**.)")
                          .arg(step.predict.size() > 1 ? tr("s") : QString(),
                               std::all_of(step.predict.cbegin(), step.predict.cend(),
                                           [](const Lessons::PredictItem &p) {
                                               return p.kind == Lessons::PredictItem::Kind::Next;
                                           })
                                       ? tr("press **Step through and predict** and pick what "
                                            "runs next when the strip above the loop machine asks.")
                                       : tr("make your guess and press **Run and compare**."));
    const int scroll = m_text->verticalScrollBar()->value();
    MarkdownText::render(m_text->document(),
                         markdown.trimmed().startsWith(QLatin1Char('#'))
                                 ? markdown
                                 : QStringLiteral("## %1\n\n").arg(step.title) + markdown,
                         font());
    if (keepScroll) { // new versions re-render the step the learner is reading: stay in place
        m_text->verticalScrollBar()->setValue(scroll);
        // ... with the browser's cursor there too, not at the end of the new text, where the
        // next resize would scroll to it (at 200 % the predict-first note opened mid-text).
        m_text->setTextCursor(m_text->cursorForPosition(QPoint(0, 0)));
        return;
    }
    // A new step reads from its first line. The browser's own cursor went along with the new
    // text, and a resize (the window sizing its docks after the first show) scrolled to it:
    // the opening lesson showed mid-paragraph at 1280x800.
    m_text->moveCursor(QTextCursor::Start);
    m_text->verticalScrollBar()->setValue(0);
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
    m_quiz = nullptr;
    m_predicts.clear();
    m_parsons.clear();
    m_parsonsActive = false;
    m_nextPicks.clear();
    m_lookFor.clear();
    m_inSight = nullptr;
    while (QLayoutItem *item = m_extrasLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &id : m_lesson->steps[m_step].examples)
        if (const Lessons::Example *e = m_lesson->example(id))
            addExample(*e);
    // Predictions come after the examples they are about, before the quiz.
    for (int i = 0; i < m_lesson->steps[m_step].predict.size(); ++i) {
        if (m_lesson->steps[m_step].predict[i].kind == Lessons::PredictItem::Kind::Next) {
            auto *card = new NextPickCard(*m_lesson, m_step, i, m_progress, m_extras);
            m_extrasLayout->addWidget(card);
            m_nextPicks << card;
            connect(card, &NextPickCard::stepThroughRequested, this,
                    [this, id = m_lesson->id](const QString &e) { Q_EMIT stepThroughRequested(id, e); });
            continue;
        }
        auto *card = new PredictCard(*m_lesson, m_step, i, m_progress, m_extras);
        m_extrasLayout->addWidget(card);
        m_predicts << card;
        const QString lessonId = m_lesson->id;
        connect(card, &PredictCard::runRequested, this, [this, lessonId](const QString &example) {
            Q_EMIT runExampleRequested(lessonId, example);
        });
        connect(card, &PredictCard::attempted, this, [this, card] {
            updatePredictFirst();
            QTimer::singleShot(0, this, &LessonView::fitExtras);
            // The verdict appears under the lines, often below the fold of the examples pane
            // (seen at 1400x900): bring it into sight once laid out, and again once the
            // example's own result above it has grown (setExampleResult).
            m_inSight = card;
            QTimer::singleShot(0, this, &LessonView::keepVerdictInSight);
            Q_EMIT progressChanged();
        });
    }
    // Parsons problems run their own program, not an example: after the predictions.
    for (int i = 0; i < m_lesson->steps[m_step].parsons.size(); ++i) {
        auto *card = new ParsonsCard(*m_lesson, m_step, i, m_progress, m_extras);
        m_extrasLayout->addWidget(card);
        m_parsons << card;
        connect(card, &ParsonsCard::edited, this, [this] {
            m_parsonsActive = true;
            fitExtras();
        });
        connect(card, &ParsonsCard::attempted, this, [this, card] {
            QTimer::singleShot(0, this, &LessonView::fitExtras);
            // Once the pane has taken the verdict's new height (a posted layout request).
            QPointer<QLabel> verdict = card->verdictLabel();
            QTimer::singleShot(100, this, [this, verdict] {
                if (auto *scroll = findChild<QScrollArea *>(); scroll && verdict)
                    scroll->ensureWidgetVisible(verdict, 0, 8);
            });
            Q_EMIT progressChanged();
        });
    }
    if (m_step == m_lesson->steps.size() - 1 && !m_lesson->quiz.isEmpty()) {
        m_quiz = new QuizCard(*m_lesson, m_progress, m_extras);
        m_extrasLayout->addWidget(m_quiz);
        connect(m_quiz, &QuizCard::answered, this, [this] {
            updateCompletion();
            updateNext();
            QTimer::singleShot(0, this, &LessonView::fitExtras);
            Q_EMIT progressChanged();
        });
    }
    m_extrasLayout->addStretch(1);
    // A step with no example or quiz gives all its height to the text, not an empty band.
    if (auto *scroll = m_extras->parentWidget() ? m_extras->parentWidget()->parentWidget()
                                                : nullptr)
        scroll->setVisible(m_extrasLayout->count() > 1);
    updatePredictFirst();
    // Word-wrapped labels know their height only once laid out: measure on the next turn.
    QTimer::singleShot(0, this, &LessonView::fitExtras);
    // A step that asks for a prediction first opens on its question: the example cards above
    // it are run from the predict card anyway (at 1400x900 its lines were below the fold).
    // Otherwise a new step's cards start at their top, not where the last step's were left.
    m_openOnQuestion = isPredictFirst() && firstQuestion();
    if (auto *scroll = findChild<QScrollArea *>())
        scroll->verticalScrollBar()->setValue(0);
}

QWidget *LessonView::firstQuestion() const
{
    QWidget *first = m_predicts.isEmpty() ? nullptr : m_predicts.first();
    if (!m_nextPicks.isEmpty() && (!first || m_nextPicks.first()->y() < first->y()))
        first = m_nextPicks.first();
    return first;
}

void LessonView::showQuestion()
{
    QWidget *question = firstQuestion();
    if (!m_openOnQuestion || !question || !isPredictFirst())
        return;
    if (auto *scroll = findChild<QScrollArea *>())
        scroll->verticalScrollBar()->setValue(question->y());
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
    // The examples and quiz get the height they need, up to 45 %; the prose keeps the rest (at
    // 60 % the text of a step with a compare card was five lines at 1280x800), cards scroll.
    auto *splitter = findChild<QSplitter *>(QStringLiteral("lessonSplitter"));
    const int total = splitter->height() > 50 ? splitter->height() : 900;
    // Word-wrapped text is as tall as the width it gets, not as its one-line size hint says.
    const int width = splitter->width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int needed = m_extrasLayout->hasHeightForWidth() && width > 50
                               ? m_extrasLayout->totalHeightForWidth(width)
                               : m_extras->sizeHint().height();
    // While the text waits for a prediction it is a short note, and while the learner puts a
    // Parsons program together the card is what they work on: the cards may have the rest (at
    // 1400x900 the predict card was below the fold under a half-empty text pane).
    const int frame = int(2 * m_text->document()->documentMargin()) + 2 * m_text->frameWidth();
    const int note = m_parsonsActive ? 5 * m_text->fontMetrics().lineSpacing()
                                     : std::min(int(m_text->document()->size().height()) + frame,
                                                8 * m_text->fontMetrics().lineSpacing());
    int wanted = std::min(needed + 6, isPredictFirst() || m_parsonsActive
                                              ? std::max(total * 45 / 100, total - note)
                                              : total * 45 / 100);
    // In a short column (1280x800) 45 % left the prose ~9 lines: it keeps a paragraph's worth
    // (14 lines) as long as the first card's title and buttons stay in sight; the cards scroll.
    const int readable = 14 * m_text->fontMetrics().lineSpacing()
            + int(2 * m_text->document()->documentMargin()) + 2 * m_text->frameWidth();
    const int firstCard = m_extrasLayout->count() > 0 && m_extrasLayout->itemAt(0)->widget()
            ? std::min(m_extrasLayout->itemAt(0)->widget()->sizeHint().height(), 110)
            : 0;
    // (A step waiting for a prediction is about its card: the text waits anyway.)
    if (total - wanted < readable && !isPredictFirst() && !m_parsonsActive)
        wanted = std::min(wanted, std::max(firstCard + 6, total - readable));
    splitter->setSizes({total - wanted, wanted});
    // The cards' scroll range is known once the new sizes are laid out.
    if (m_openOnQuestion)
        QTimer::singleShot(0, this, &LessonView::showQuestion);
}

void LessonView::addExample(const Lessons::Example &example)
{
    auto *card = new ExampleCard(example, m_lesson->example(example.compareWith),
                                 m_progress && m_progress->isExampleCompleted(m_lesson->id, example.id),
                                 m_extras);
    if (card->lookForLabel())
        m_lookFor << card->lookForLabel();
    m_extrasLayout->addWidget(card);
    QPushButton *run = card->runButton(), *step = card->stepButton(),
                *compare = card->compareButton(), *open = card->openButton();
    m_examples.insert(example.id, card);
    const QString lessonId = m_lesson->id, exampleId = example.id, otherId = example.compareWith;
    connect(run, &QPushButton::clicked, this,
            [=, this] { Q_EMIT runExampleRequested(lessonId, exampleId); });
    if (step)
        connect(step, &QPushButton::clicked, this,
                [=, this] { Q_EMIT stepThroughRequested(lessonId, exampleId); });
    if (compare)
        connect(compare, &QPushButton::clicked, this,
                [=, this] { Q_EMIT compareRequested(lessonId, exampleId, otherId); });
    connect(open, &QPushButton::clicked, this,
            [=, this] { Q_EMIT openExampleRequested(lessonId, exampleId); });
}

void LessonView::answerQuiz(int question, int choice)
{
    if (m_quiz)
        m_quiz->answer(question, choice);
}

QString LessonView::quizFeedback(int question) const
{
    return m_quiz ? m_quiz->feedback(question) : QString();
}

bool LessonView::isLessonDone(const Lessons::Lesson &lesson,
                              const Lessons::ProgressStore &progress)
{
    for (int s = 0; s < lesson.steps.size(); ++s)
        if (!progress.isStepVisited(lesson.id, s))
            return false;
    for (const Lessons::Example &e : lesson.examples)
        if (!progress.isExampleCompleted(lesson.id, e.id))
            return false;
    return QuizCard::allRight(lesson, progress);
}

void LessonView::updateCompletion()
{
    // Done means more than visited: the examples ran and showed their point, the quiz is right.
    if (m_lesson && m_progress && !m_progress->isLessonCompleted(m_lesson->id)
        && isLessonDone(*m_lesson, *m_progress))
        m_progress->markLessonCompleted(m_lesson->id);
}

void LessonView::updateNext()
{
    if (!m_lesson)
        return;
    const bool last = m_step + 1 >= m_lesson->steps.size();
    bool ready = m_progress != nullptr;
    if (ready && last) {
        ready = m_progress->isLessonCompleted(m_lesson->id);
    } else if (ready) {
        for (const QString &id : m_lesson->steps[m_step].examples)
            ready = ready && m_progress->isExampleCompleted(m_lesson->id, id);
    }
    const QList<const Lessons::Lesson *> all = m_catalog->lessons();
    const qsizetype at = all.indexOf(m_lesson);
    const Lessons::Lesson *nextLesson = last && at + 1 < all.size() ? all[at + 1] : nullptr;
    m_next->setText(last && nextLesson ? tr("Next lesson") : tr("Next"));
    m_next->setToolTip(nextLesson ? tr("“%1” (Alt+Right)").arg(nextLesson->title)
                                  : tr("Next step (Alt+Right)"));
    // Once the step's point was shown (the lesson's, on its last step) Next is the way on.
    m_next->setDefault(ready);
    QFont font; // only the weight is its own: the size follows View ▸ Zoom
    font.setBold(ready);
    m_next->setFont(font);
}

void LessonView::setExampleRunning(const QString &exampleId, bool running)
{
    for (PredictCard *card : std::as_const(m_predicts))
        if (card->exampleId() == exampleId)
            card->setRunning(running);
    if (ExampleCard *card = m_examples.value(exampleId))
        card->setRunning(running);
}

void LessonView::setExampleResult(const QString &exampleId, const QList<Core::RuleResult> &rules,
                                  const QString &error)
{
    for (PredictCard *card : std::as_const(m_predicts))
        if (card->exampleId() == exampleId) {
            card->setRunning(false);
            if (!error.isEmpty())
                card->runFailed(error);
        }
    ExampleCard *card = m_examples.value(exampleId);
    if (!card)
        return;
    card->setResult(rules, error);
    updateCompletion();
    updateNext();
    QTimer::singleShot(0, this, &LessonView::fitExtras);
    QTimer::singleShot(0, this, &LessonView::keepVerdictInSight);
    // What the run showed is what the learner looks for next: bring it into the cards' view
    // (at 1280x800 it lay under the card's fold). A step with predict items keeps them in
    // sight instead: their verdict (or the question still open) comes first.
    QPointer<QLabel> shown = card->resultLabel();
    QTimer::singleShot(0, this, [this, shown] {
        if (auto *scroll = findChild<QScrollArea *>(); scroll && shown && shown->isVisible()
            && m_predicts.isEmpty())
            scroll->ensureWidgetVisible(shown, 0, 8);
    });
}

void LessonView::keepVerdictInSight()
{
    if (auto *scroll = findChild<QScrollArea *>(); scroll && m_inSight)
        scroll->ensureWidgetVisible(m_inSight->verdictLabel(), 0, 8);
}

bool LessonView::isPredictFirst() const
{
    if (!m_lesson || m_readChosen)
        return false;
    const Lessons::Step &step = m_lesson->steps[m_step];
    for (int i = 0; i < step.predict.size(); ++i) {
        const auto r = m_progress ? m_progress->predictResult(m_lesson->id, m_step, i)
                                  : Lessons::ProgressStore::PredictResult{};
        if (r.tries == 0 && !r.revealed)
            return true;
    }
    return false;
}

void LessonView::refreshPredictions()
{
    for (NextPickCard *card : std::as_const(m_nextPicks))
        card->refresh();
    updatePredictFirst();
    Q_EMIT progressChanged();
}

void LessonView::updatePredictFirst()
{
    const bool first = isPredictFirst();
    const bool changed = m_readAnyway->isHidden() == first;
    m_readAnyway->setVisible(first);
    for (QLabel *look : std::as_const(m_lookFor))
        look->setVisible(!first);
    if (changed || first)
        showStepText(true);
}

void LessonView::setExampleSummary(const QString &exampleId, const QJsonObject &summary)
{
    for (PredictCard *card : std::as_const(m_predicts))
        if (card->exampleId() == exampleId)
            card->runFinished(summary);
    QTimer::singleShot(0, this, &LessonView::fitExtras);
}

void LessonView::setExampleRanOn(const QString &exampleId, const QHash<QString, QString> &versions,
                                 const QString &executable, const QStringList &skippedRules)
{
    if (ExampleCard *card = m_examples.value(exampleId))
        card->setRanOn(versions, executable, skippedRules);
    if (m_versions != versions) {
        m_versions = versions;
        if (m_lesson)
            showStepText(true);
    }
    QTimer::singleShot(0, this, &LessonView::fitExtras);
}

QString LessonView::exampleResultText(const QString &exampleId) const
{
    const ExampleCard *card = m_examples.value(exampleId);
    return card ? card->resultText() : QString();
}

QString LessonView::exampleRanOnText(const QString &exampleId) const
{
    const ExampleCard *card = m_examples.value(exampleId);
    return card ? card->ranOnText() : QString();
}

QPushButton *LessonView::runButton(const QString &exampleId) const
{
    const ExampleCard *card = m_examples.value(exampleId);
    return card ? card->runButton() : nullptr;
}

QPushButton *LessonView::stepButton(const QString &exampleId) const
{
    const ExampleCard *card = m_examples.value(exampleId);
    return card ? card->stepButton() : nullptr;
}

QPushButton *LessonView::compareButton(const QString &exampleId) const
{
    const ExampleCard *card = m_examples.value(exampleId);
    return card ? card->compareButton() : nullptr;
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
