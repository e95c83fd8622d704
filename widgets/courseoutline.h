#pragma once
#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Lessons {
class ProgressStore;
}

namespace Ui {

class CourseOutlineModel;

//! The course outline dock: a filter box over the module → lesson → step tree. Selecting a
//! step (or an exercise) asks the window to open it.
class CourseOutline : public QWidget
{
    Q_OBJECT
public:
    explicit CourseOutline(QWidget *parent = nullptr);
    ~CourseOutline() override;

    CourseOutlineModel *model() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    void setFilterText(const QString &text);
    //! Highlights the step on screen without emitting stepActivated.
    void setCurrentStep(const QString &lessonId, int step);
    void setCurrentExercise(const QString &exerciseId);

    using Clock = std::function<QDateTime()>;
    //! The review schedule whose due answers the "Review — N due" row at the top counts; it
    //! counts again on every answer recorded and every minute (`clock`: tests' fake time).
    void setReviewSource(const Lessons::ProgressStore *progress, Clock clock = {});
    void refreshReviewCount();
    //! The row that opens View ▸ Review Answers…; hidden until something was answered.
    QPushButton *reviewButton() const { return m_review; }
    int dueCount() const { return m_due; }

Q_SIGNALS:
    //! The review row was clicked: open the Review dialog.
    void reviewRequested();
    void stepActivated(const QString &lessonId, int step);
    void exerciseActivated(const QString &exerciseId);

private:
    void activate(const QModelIndex &proxyIndex);
    void select(const QModelIndex &sourceIndex);

    QLineEdit *m_filter;
    QTreeView *m_view;
    CourseOutlineModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_selecting = false;
    QPushButton *m_review;
    const Lessons::ProgressStore *m_progress = nullptr;
    std::shared_ptr<void> m_listener; // ProgressStore::watchReview
    Clock m_clock;
    int m_due = 0;
};

} // namespace Ui
