#pragma once
#include <QWidget>

class QLabel;
class QListView;

namespace Ui {

class EventLogModel;
class TimelineView;

//! The Event log dock: the run as text, one line per step the loop ran, in order ("12: the
//! loop runs download('b.zip'), woken by its timer at 1.00 s; then it waits: sleep(1)") —
//! the timeline's story for a screen reader, or for reading instead of looking. It follows
//! the timeline both ways: selecting a line puts the time cursor on that step and selects its
//! span; moving the time cursor (or playing the run back) selects the line of the step
//! running there. The selected line is repeated whole, wrapped, under the list.
class EventLog : public QWidget
{
    Q_OBJECT
public:
    explicit EventLog(QWidget *parent = nullptr);
    //! Follows this timeline (its model and step axis, its cursor and selection).
    void setTimeline(TimelineView *timeline);

    QListView *list() const { return m_list; }
    const EventLogModel *model() const { return m_model; }
    //! The selected row, -1 for none.
    int currentRow() const;
    //! The selected line in full, as shown under the list.
    QString detailText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void stepsChanged();
    void rowChosen(int row);
    void selectRow(int row);
    void showDetail(int row);

    TimelineView *m_timeline = nullptr;
    EventLogModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_detail = nullptr;
    bool m_syncing = false; // a change this log made is coming back from the timeline
};

} // namespace Ui
