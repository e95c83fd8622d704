#pragma once
#include <QAbstractTableModel>
#include <QColor>

#include <cstdint>

namespace Core {
class TraceModel;
}

namespace Ui {

//! A line's time as a learner reads it: milliseconds with two decimals in a run shorter than
//! 0.1 s, else seconds to the millisecond ("1.002 s"); nobody needs microseconds here.
//! `runNs` is how long the run has lasted so far (one unit for all of its lines).
QString outputTime(std::int64_t ns, std::int64_t runNs);

//! The program's output lines straight from TraceModel::output() (no copies): time, task, text.
//! Append-only, so a refresh only announces the new rows.
class OutputTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Task, Text, ColumnCount };

    explicit OutputTableModel(QObject *parent = nullptr);
    void setTraceModel(const Core::TraceModel *model);
    void refresh();
    void setErrorColors(const QColor &text, const QColor &background);
    //! Replay scrubbing: lines from row on were written after the time cursor and are greyed
    //! out; -1 shows every line normally.
    void setWrittenLines(int rows);
    int writtenLines() const { return m_written; }
    bool isAfterCursor(int row) const { return m_written >= 0 && row >= m_written; }
    //! The whole of a line, as "time · task · text" (what a cut-off row does not show).
    QString lineText(int row) const;
    //! The last line written by the time cursor: highlighted, as playback's current line.
    bool isCurrent(int row) const { return m_written > 0 && row == m_written - 1; }
    void setCurrentBackground(const QColor &background);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Core::TraceModel *m_model = nullptr;
    int m_rows = 0;
    int m_written = -1;
    QColor m_errorText, m_errorBackground, m_currentBackground;
};

} // namespace Ui
