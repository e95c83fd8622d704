#include "courseoutline.h"

#include "courseoutlinemodel.h"
#include "progressstore.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

CourseOutline::CourseOutline(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_model(new CourseOutlineModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_review(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    m_review->setObjectName(QStringLiteral("reviewDue"));
    m_review->setToolTip(tr("Answers due again on your review schedule: open View ▸ Review "
                            "Answers… (Ctrl+Alt+R)"));
    m_review->hide();
    layout->addWidget(m_review);
    connect(m_review, &QPushButton::clicked, this, &CourseOutline::reviewRequested);
    // Minute by minute: a wrong answer comes back ten minutes after it was given.
    auto *minute = new QTimer(this);
    minute->setInterval(60 * 1000);
    connect(minute, &QTimer::timeout, this, &CourseOutline::refreshReviewCount);
    minute->start();
    m_filter->setPlaceholderText(tr("Filter: title, objective or section (G2-3)"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(CourseOutlineModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // A matching lesson keeps its steps; a matching step keeps its lesson and module.
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, &CourseOutline::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_selecting)
                    activate(current);
            });
    connect(m_view, &QTreeView::activated, this, &CourseOutline::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_view->collapseAll(); });
}

CourseOutline::~CourseOutline() = default;

void CourseOutline::setReviewSource(const Lessons::ProgressStore *progress, Clock clock)
{
    m_listener.reset();
    m_progress = progress;
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
    if (m_progress)
        m_listener = m_progress->watchReview([this] { refreshReviewCount(); });
    refreshReviewCount();
}

void CourseOutline::refreshReviewCount()
{
    const bool any = m_progress && m_progress->review().size() > 0;
    m_due = any ? m_progress->review().dueCount(m_clock()) : 0;
    m_review->setVisible(any);
    m_review->setText(m_due == 0 ? tr("Review — nothing due now")
                      : m_due == 1 ? tr("Review — 1 answer due")
                                   : tr("Review — %1 answers due").arg(m_due));
    QFont font = m_review->font();
    font.setBold(m_due > 0); // something to do now stands out; nothing due stays quiet
    m_review->setFont(font);
}

void CourseOutline::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text.trimmed());
    if (text.trimmed().isEmpty())
        m_view->collapseAll();
    else
        m_view->expandAll();
    if (m_view->currentIndex().isValid())
        m_view->scrollTo(m_view->currentIndex());
}

void CourseOutline::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex).siblingAtColumn(0);
    if (!index.isValid())
        return;
    const auto kind = CourseOutlineModel::Kind(index.data(CourseOutlineModel::KindRole).toInt());
    const QString lesson = index.data(CourseOutlineModel::LessonIdRole).toString();
    switch (kind) {
    case CourseOutlineModel::Kind::Step:
        Q_EMIT stepActivated(lesson, index.data(CourseOutlineModel::StepRole).toInt());
        break;
    case CourseOutlineModel::Kind::Lesson:
        // A lesson opens at its first step; its steps show under it.
        m_view->expand(proxyIndex.siblingAtColumn(0));
        Q_EMIT stepActivated(lesson, -1);
        break;
    case CourseOutlineModel::Kind::Quiz:
        Q_EMIT stepActivated(lesson, index.data(CourseOutlineModel::StepRole).toInt());
        break;
    case CourseOutlineModel::Kind::Exercise:
        Q_EMIT exerciseActivated(index.data(CourseOutlineModel::ExerciseIdRole).toString());
        break;
    case CourseOutlineModel::Kind::Module:
        break;
    }
}

void CourseOutline::select(const QModelIndex &sourceIndex)
{
    const QModelIndex proxy = m_proxy->mapFromSource(sourceIndex);
    if (!proxy.isValid())
        return;
    m_selecting = true;
    for (QModelIndex p = proxy.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(proxy);
    m_view->scrollTo(proxy);
    m_selecting = false;
}

void CourseOutline::setCurrentStep(const QString &lessonId, int step)
{
    select(m_model->stepIndex(lessonId, step));
}

void CourseOutline::setCurrentExercise(const QString &exerciseId)
{
    select(m_model->exerciseIndex(exerciseId));
}

} // namespace Ui
