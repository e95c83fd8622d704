#include "reviewdialog.h"

#include "catalog.h"
#include "progressstore.h"
#include "reviewschedule.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

enum Column { LessonColumn, QuestionColumn, WhyColumn };
enum Role { LessonRole = Qt::UserRole, StepRole };

// Markdown questions as one plain line for a list row.
QString plainLine(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown);
    return doc.toPlainText().simplified();
}

struct Located {
    const Lessons::Lesson *lesson = nullptr;
    int step = -1;
    QString question;
};

// A schedule key back to the lesson, the step that asks it and its question; nothing if the
// lesson or the item is gone (a lessons folder closed, a course update).
Located locate(const Lessons::Catalog &catalog, const QString &key)
{
    const int hash = key.lastIndexOf(QLatin1Char('#'));
    const int colon = key.indexOf(QLatin1Char(':'));
    if (hash < 0 || colon < 0 || colon > hash)
        return {};
    Located out;
    out.lesson = catalog.lesson(key.mid(colon + 1, hash - colon - 1));
    if (!out.lesson)
        return {};
    const QString kind = key.left(colon);
    const QString where = key.mid(hash + 1);
    if (kind == QLatin1String("quiz")) {
        const int q = where.toInt();
        if (q < 0 || q >= out.lesson->quiz.size() || out.lesson->steps.isEmpty())
            return {};
        out.step = int(out.lesson->steps.size()) - 1; // the quiz is under the last step
        out.question = out.lesson->quiz[q].question;
    } else if (kind == QLatin1String("predict")) {
        const int s = where.section(QLatin1Char('.'), 0, 0).toInt();
        const int i = where.section(QLatin1Char('.'), 1, 1).toInt();
        if (s < 0 || s >= out.lesson->steps.size() || i < 0 || i >= out.lesson->steps[s].predict.size())
            return {};
        out.step = s;
        out.question = out.lesson->steps[s].predict[i].question;
    } else if (kind == QLatin1String("parsons")) {
        const int s = where.section(QLatin1Char('.'), 0, 0).toInt();
        const int i = where.section(QLatin1Char('.'), 1, 1).toInt();
        if (s < 0 || s >= out.lesson->steps.size() || i < 0 || i >= out.lesson->steps[s].parsons.size())
            return {};
        out.step = s;
        out.question = out.lesson->steps[s].parsons[i].question;
    } else {
        return {};
    }
    return out;
}

} // namespace

ReviewDialog::ReviewDialog(const Lessons::Catalog *catalog, const Lessons::ProgressStore *progress,
                           QWidget *parent, Clock clock)
    : QDialog(parent), m_catalog(catalog), m_progress(progress),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
    setWindowTitle(tr("Review"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Lesson"), tr("Question"), tr("Why now")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->header()->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(LessonColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(WhyColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open the question"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &ReviewDialog::openCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &ReviewDialog::openCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_open->setEnabled(current); });
    resize(860, 420);
    refresh();
}

void ReviewDialog::refresh()
{
    m_list->clear();
    const QDateTime now = m_clock();
    const Lessons::ReviewSchedule &schedule = m_progress->review();
    int shown = 0;
    for (const Lessons::ReviewSchedule::Item &item : schedule.due(now)) {
        const Located at = locate(*m_catalog, item.key);
        if (!at.lesson)
            continue;
        auto *row = new QTreeWidgetItem(m_list, {at.lesson->title, plainLine(at.question),
                                                 Lessons::ReviewSchedule::why(item, now)});
        row->setData(LessonColumn, LessonRole, at.lesson->id);
        row->setData(LessonColumn, StepRole, at.step);
        row->setToolTip(QuestionColumn, plainLine(at.question));
        ++shown;
    }
    if (shown > 0) {
        const QString count = shown == 1 ? tr("One answer to recall now.")
                                         : tr("%1 answers to recall now.").arg(shown);
        m_summary->setText(count + QLatin1Char(' ')
                           + tr("Answering again puts each back on its schedule: right answers "
                                "come back later and later, wrong ones soon."));
        m_list->setCurrentItem(m_list->topLevelItem(0));
    } else if (schedule.size() == 0) {
        m_summary->setText(tr("Nothing to review yet. Quiz questions and predictions you answer "
                              "come back here on a spaced schedule."));
    } else {
        m_summary->setText(tr("Nothing is due now: every answer you gave is scheduled for later."));
    }
    m_open->setEnabled(shown > 0);
}

void ReviewDialog::openCurrent()
{
    const QTreeWidgetItem *row = m_list->currentItem();
    if (!row)
        return;
    Q_EMIT openRequested(row->data(LessonColumn, LessonRole).toString(),
                         row->data(LessonColumn, StepRole).toInt());
}

} // namespace Ui
