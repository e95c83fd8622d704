#pragma once
#include <QAbstractListModel>
#include <QString>

namespace Core {
class TraceModel;
}

namespace Ui {

class StepAxis;
struct AxisStep;

//! One sentence for a step the loop ran (a task step or a callback), the story the timeline
//! draws: "the loop runs download('b.zip'), woken by its timer at 1.00 s; then it waits:
//! sleep(1)". Shared by the event log and the timeline's accessible description of a step.
QString stepSentence(const Core::TraceModel &model, const AxisStep &step);
//! The same for a task's Running span (lane, span index), or empty when it is not a step.
QString stepSentence(const Core::TraceModel &model, int lane, int span);

//! The run as a text log, one row per task step or callback in the order the loop ran them
//! ("12: the loop runs download('b.zip'), woken by its timer at 1.00 s"). Rows are the
//! timeline's step axis (no copy of the run) and their text is made only when a view asks
//! for a row, so a million events cost nothing until they scroll into sight.
class EventLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TimeRole = Qt::UserRole + 1, //!< the step's start (double, ns)
        LaneRole, //!< the task's lane, -1 for a callback
        SpanRole //!< the Running span's index in its lane, -1 for a callback
    };

    explicit EventLogModel(QObject *parent = nullptr);
    //! Shows the steps of `steps` (not owned) from `model` (not owned); nullptrs for none.
    void setSource(const Core::TraceModel *model, const StepAxis *steps);
    //! The step axis was rebuilt (the run grew): rows are added at the end, the rest kept.
    void refresh();
    const Core::TraceModel *traceModel() const { return m_model; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    //! The row of the step that runs at t, or else the last one begun before t; -1 if none.
    int rowAt(double t) const;
    //! The Running span of a row's task step ({lane, span}), {-1, -1} for a callback.
    std::pair<int, int> spanOf(int row) const;
    //! The row of a task's Running span, or -1.
    int rowOfSpan(int lane, int span) const;

private:
    const Core::TraceModel *m_model = nullptr;
    const StepAxis *m_steps = nullptr;
    int m_rows = 0; // rows the views know about
};

} // namespace Ui
