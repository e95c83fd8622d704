#pragma once
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Ui {

class CourseOutlineModel;

//! The course outline dock: a filter box over the module → lesson → step tree. Selecting a
//! step (or an exercise) asks the window to open it.
class CourseOutline : public QWidget
{
    Q_OBJECT
public:
    explicit CourseOutline(QWidget *parent = nullptr);

    CourseOutlineModel *model() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    void setFilterText(const QString &text);
    //! Highlights the step on screen without emitting stepActivated.
    void setCurrentStep(const QString &lessonId, int step);
    void setCurrentExercise(const QString &exerciseId);

Q_SIGNALS:
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
};

} // namespace Ui
