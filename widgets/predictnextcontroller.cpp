#include "predictnextcontroller.h"

#include "codeeditor.h"
#include "lesson.h"
#include "loopmachineview.h"
#include "nextpickitem.h"
#include "predictnextstrip.h"
#include "progressstore.h"
#include "reviewschedule.h"
#include "runcontroller.h"
#include "runsession.h"
#include "schedulerpanel.h"
#include "tracemodel.h"

#include <QAction>
#include <QSettings>
#include <QTextDocument>

namespace Ui {

namespace {

const QString settingKey = QStringLiteral("predictNext");

QString plainText(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown);
    return doc.toPlainText().simplified();
}

// What the learner may know of a choice before picking: where it is on screen.
QString placeText(const Core::NextChoice &c)
{
    using Place = Core::NextChoice::Place;
    switch (c.place) {
    case Place::Next:
    case Place::Ready:
        return PredictNextController::tr("%1: in the ready queue").arg(c.name);
    case Place::Timer:
        return PredictNextController::tr("%1: on a timer, due at %2")
                .arg(c.name, Core::NextPick::secondsText(c.due));
    case Place::Waiter:
        return PredictNextController::tr("%1: waiting on %2").arg(c.name, c.detail);
    case Place::Waiting:
        return c.detail.isEmpty() ? PredictNextController::tr("%1: suspended").arg(c.name)
                                  : PredictNextController::tr("%1: waiting on %2").arg(c.name, c.detail);
    }
    return c.name;
}

} // namespace

PredictNextController::PredictNextController(const Parts &parts, QObject *parent, Clock clock)
    : QObject(parent), m_parts(parts),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })),
      m_toggle(new QAction(tr("Predict &Next"), this))
{
    m_toggle->setCheckable(true);
    m_toggle->setChecked(QSettings().value(settingKey, false).toBool());
    m_toggle->setToolTip(tr("Predict next: at each step-mode pause, pick the task or callback "
                            "you expect to run next; stepping shows whether it did, and why"));
    connect(m_toggle, &QAction::triggered, this,
            [](bool on) { QSettings().setValue(settingKey, on); }); // the learner's own choice
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        if (!on) {
            reveal();
            m_parts.strip->hide();
        } else if (m_parts.runs->isPaused() && m_parts.runs->session()) {
            const auto &pauses = m_parts.runs->session()->model().pauses();
            if (!pauses.empty())
                onPaused(pauses.back());
        }
    });
    m_parts.strip->hide();
    connect(m_parts.strip, &PredictNextStrip::picked, this, &PredictNextController::choose);
    connect(m_parts.runs, &RunController::runStarted, this, &PredictNextController::onRunStarted);
    connect(m_parts.runs, &RunController::paused, this, &PredictNextController::onPaused);
    connect(m_parts.runs, &RunController::runFinished, this, &PredictNextController::onFinished);
}

bool PredictNextController::isOn() const
{
    return m_toggle->isChecked();
}

void PredictNextController::setOn(bool on)
{
    m_toggle->setChecked(on);
}

void PredictNextController::armForExample(const Lessons::Lesson *lesson, const QString &exampleId)
{
    m_armed.reset();
    if (!lesson)
        return;
    for (int s = 0; s < lesson->steps.size(); ++s)
        for (int i = 0; i < lesson->steps[s].predict.size(); ++i) {
            const Lessons::PredictItem &item = lesson->steps[s].predict[i];
            if (item.kind == Lessons::PredictItem::Kind::Next && item.example == exampleId) {
                m_armed = Item{lesson->id, s, i, item};
                setOn(true); // the step asks it: on for this run, without changing the setting
                return;
            }
        }
}

void PredictNextController::onRunStarted()
{
    m_item = std::exchange(m_armed, std::nullopt);
    m_itemAsked = false;
    m_open.reset();
    m_picked = -1;
    m_right = m_asked = 0;
    m_parts.strip->setScore(0, 0);
    m_parts.strip->showVerdict(false, {});
    m_parts.strip->noQuestion(tr("Waiting for the first pause…"));
    m_parts.strip->setVisible(isOn());
}

void PredictNextController::onPaused(const Core::PausedInfo &info)
{
    gradePick();
    m_open.reset();
    if (!isOn() || !m_parts.runs->session())
        return;
    m_parts.strip->show();
    const Core::TraceModel &model = m_parts.runs->session()->model();
    Core::NextPick pick(model, info);
    if (!pick.worthAsking()) {
        m_parts.strip->noQuestion(tr("Only %1 can run next: nothing to predict at this pause. "
                                     "Step (F10).").arg(pick.next().name));
        return;
    }
    m_openIsItem = m_item && !m_itemAsked && Lessons::NextPickItem::asksAt(m_item->item, pick);
    QStringList names, tips;
    for (const Core::NextChoice &c : pick.choices()) {
        names << (c.task ? c.name : tr("callback %1").arg(c.name));
        tips << placeText(c);
    }
    m_open.emplace(std::move(pick));
    m_picked = -1;
    // Hold back what runs next everywhere it shows.
    m_parts.machine->showPrediction(model, *m_open);
    m_parts.scheduler->showPause(model, info, true);
    m_parts.editor->setNextLine(0);
    m_parts.runs->setStateText(tr("Paused — which runs next? Pick it, then step (F10)"));
    m_parts.strip->ask(m_openIsItem ? plainText(m_item->item.question)
                                    : tr("Which runs next? Pick one of what is on screen."),
                       names, tips);
}

void PredictNextController::choose(int index)
{
    if (!m_open || index < 0 || index >= m_open->choices().size())
        return;
    m_picked = index;
    m_parts.strip->setPicked(index);
}

bool PredictNextController::pick(const QString &name)
{
    if (!m_open)
        return false;
    const Core::NextChoice *c = m_open->find(name);
    if (!c)
        return false;
    choose(int(c - m_open->choices().constData()));
    return true;
}

bool PredictNextController::pickTask(Core::Id task)
{
    if (!m_open || !task)
        return false;
    const Core::NextChoice *c = m_open->find(task, 0);
    if (!c)
        return false;
    choose(int(c - m_open->choices().constData()));
    return true;
}

void PredictNextController::gradePick()
{
    if (!m_open || m_picked < 0)
        return;
    const Core::NextChoice &picked = m_open->choices()[m_picked];
    bool right = false;
    QString text;
    if (m_openIsItem) {
        const auto v = Lessons::NextPickItem::grade(m_item->item, *m_open, picked);
        right = v.right;
        text = v.text;
        m_itemAsked = true;
        if (Lessons::ProgressStore *progress = m_parts.progress) {
            const QString lessonId = m_item->lessonId;
            progress->recordPredictAttempt(lessonId, m_item->step, m_item->index, picked.label, right);
            progress->recordReview(Lessons::ReviewSchedule::predictKey(lessonId, m_item->step,
                                                                       m_item->index),
                                   lessonId, right, m_clock());
            Q_EMIT lessonItemAnswered(lessonId, m_item->step, m_item->index);
        }
    } else {
        const auto v = m_open->grade(picked);
        right = v.right;
        text = v.text;
    }
    ++m_asked;
    m_right += right;
    m_parts.strip->showVerdict(right, text);
    m_parts.strip->setScore(m_right, m_asked);
    m_open.reset();
    m_picked = -1;
}

void PredictNextController::onFinished(const Core::RunResult &result)
{
    // A stopped run never ran the picked handle: nothing to grade.
    if (result.status != Core::RunStatus::Stopped)
        gradePick();
    m_open.reset();
    if (!isOn() || m_parts.strip->isHidden())
        return;
    m_parts.strip->noQuestion(m_asked == 0
                                      ? tr("The run has ended.")
                                      : tr("The run has ended: %1 of %2 picks right.")
                                                .arg(m_right)
                                                .arg(m_asked));
}

void PredictNextController::reveal()
{
    if (!m_open || !m_parts.runs->session())
        return;
    const Core::TraceModel &model = m_parts.runs->session()->model();
    m_parts.machine->showPause(model, m_open->pause());
    m_parts.scheduler->showPause(model, m_open->pause());
    m_open.reset();
    m_picked = -1;
}

} // namespace Ui
