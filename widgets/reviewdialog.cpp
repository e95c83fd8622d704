#include "reviewdialog.h"

#include "catalog.h"
#include "progressstore.h"
#include "reviewkey.h"
#include "reviewschedule.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

namespace {

enum Column { LessonColumn, QuestionColumn, WhyColumn };
enum Role { LessonRole = Qt::UserRole, StepRole, KeyRole };

// Markdown questions as one plain line for a list row.
QString plainLine(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown);
    return doc.toPlainText().simplified();
}

// Wraps a cell's text at its column's width, so a long question is read whole, on as many
// lines as it takes (the view's own size hint measures one line).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    WrappingDelegate(QHeaderView *header, QObject *parent)
        : QStyledItemDelegate(parent), m_header(header)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const int margin = o.widget ? o.widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, &o, o.widget) + 1 : 3;
        const int width = std::max(40, m_header->sectionSize(index.column()) - 2 * margin);
        const QRect text = o.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20),
                                                      Qt::TextWordWrap, o.text);
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        return {base.width(), std::max(base.height(), text.height() + 2 * margin)};
    }

private:
    QHeaderView *m_header;
};

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
    m_list->header()->setSectionResizeMode(LessonColumn, QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(WhyColumn, QHeaderView::Interactive);
    m_list->setUniformRowHeights(false);
    m_list->setItemDelegate(new WrappingDelegate(m_list->header(), m_list));
    // A narrower question column wraps to more lines: the rows are measured again.
    connect(m_list->header(), &QHeaderView::sectionResized, m_list,
            [this] { m_list->doItemsLayout(); });
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
    // Lesson and why columns wide enough for most of their text, the question the rest; each
    // wraps (WrappingDelegate) rather than cutting off.
    const QFontMetrics fm = m_list->fontMetrics();
    m_list->header()->resizeSection(LessonColumn, fm.horizontalAdvance(QLatin1Char('x')) * 26);
    m_list->header()->resizeSection(WhyColumn, fm.horizontalAdvance(QLatin1Char('x')) * 30);
    // An answer given while the dialog is open (it is not modal) changes what is due; so does
    // the clock: a wrong answer comes back ten minutes later.
    m_listener = m_progress->watchReview([this] { refresh(); });
    auto *minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, &ReviewDialog::refresh);
    minute->start();
    refresh();
}

ReviewDialog::~ReviewDialog() = default;

void ReviewDialog::refresh()
{
    // The row the learner was on stays current, if it is still due.
    const QString current = m_list->currentItem()
            ? m_list->currentItem()->data(LessonColumn, KeyRole).toString()
            : QString();
    QTreeWidgetItem *keep = nullptr;
    m_list->clear();
    const QDateTime now = m_clock();
    const Lessons::ReviewSchedule &schedule = m_progress->review();
    int shown = 0;
    for (const Lessons::ReviewSchedule::Item &item : schedule.due(now)) {
        const std::optional<Lessons::ReviewTarget> at = Lessons::locateReview(*m_catalog, item.key);
        if (!at)
            continue;
        auto *row = new QTreeWidgetItem(m_list, {at->lesson->title, plainLine(at->question),
                                                 Lessons::ReviewSchedule::why(item, now)});
        row->setData(LessonColumn, LessonRole, at->lesson->id);
        row->setData(LessonColumn, StepRole, at->step);
        row->setData(LessonColumn, KeyRole, item.key);
        row->setToolTip(QuestionColumn, plainLine(at->question));
        if (item.key == current)
            keep = row;
        ++shown;
    }
    if (shown > 0) {
        const QString count = shown == 1 ? tr("One answer to recall now.")
                                         : tr("%1 answers to recall now.").arg(shown);
        m_summary->setText(count + QLatin1Char(' ')
                           + tr("Answering again puts each back on its schedule: right answers "
                                "come back later and later, wrong ones soon."));
        m_list->setCurrentItem(keep ? keep : m_list->topLevelItem(0));
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
