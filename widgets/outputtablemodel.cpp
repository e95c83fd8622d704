#include "outputtablemodel.h"

#include "tracemodel.h"
#include "uizoom.h"

#include <QFont>
#include <QFontDatabase>

namespace Ui {

QString outputTime(std::int64_t ns, std::int64_t runNs)
{
    if (runNs < 100'000'000)
        return QStringLiteral("%1 ms").arg(double(ns) / 1e6, 0, 'f', 2);
    return QStringLiteral("%1 s").arg(double(ns) / 1e9, 0, 'f', 3);
}

OutputTableModel::OutputTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_errorText(0xB0, 0x3A, 0x00),
      m_errorBackground(0xFF, 0xEE, 0xE3), m_currentBackground(0xFF, 0xF1, 0xC2)
{ }

void OutputTableModel::setTraceModel(const Core::TraceModel *model)
{
    beginResetModel();
    m_model = model;
    m_rows = model ? int(model->output().size()) : 0;
    endResetModel();
}

void OutputTableModel::refresh()
{
    const int now = m_model ? int(m_model->output().size()) : 0;
    if (now > m_rows) {
        beginInsertRows({}, m_rows, now - 1);
        m_rows = now;
        endInsertRows();
    } else if (now < m_rows) {
        setTraceModel(m_model);
    }
}

void OutputTableModel::setErrorColors(const QColor &text, const QColor &background)
{
    m_errorText = text;
    m_errorBackground = background;
    if (m_rows)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

void OutputTableModel::setCurrentBackground(const QColor &background)
{
    m_currentBackground = background;
    if (m_written > 0 && m_written <= m_rows)
        Q_EMIT dataChanged(index(m_written - 1, 0), index(m_written - 1, ColumnCount - 1));
}

void OutputTableModel::setWrittenLines(int rows)
{
    if (rows == m_written)
        return;
    m_written = rows;
    if (m_rows)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::BackgroundRole});
}

int OutputTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int OutputTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutputTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_model || !index.isValid() || index.row() >= m_rows)
        return {};
    const Core::OutputLine &line = m_model->output()[std::size_t(index.row())];
    const bool error = line.stream == Core::OutputStream::Stderr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return outputTime(line.t, std::max<std::int64_t>(m_model->endTime(), line.t));
        case Task:
            if (line.task)
                if (const Core::TaskInfo *task = m_model->task(line.task))
                    return task->name;
            return line.fromPipe ? QStringLiteral("(raw)") : QString();
        case Text:
            return line.truncated ? line.text
                            + tr(" … (the rest of this very long line was not "
                                 "kept)")
                                  : line.text;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Text)
            return line.text;
        break;
    case Qt::ForegroundRole:
        if (isAfterCursor(index.row()))
            return QColor(0x9A, 0xA0, 0xA6);
        if (error)
            return m_errorText;
        break;
    case Qt::BackgroundRole:
        if (isCurrent(index.row()))
            return m_currentBackground;
        if (error)
            return m_errorBackground;
        break;
    case Qt::FontRole: {
        QFont font = UiZoom::fixedFont(); // follows View ▸ Zoom
        // The head and the last line of a traceback are what a learner must read first.
        if (error && index.column() == Text
            && (line.text.startsWith(QLatin1String("Traceback"))
                || (!line.text.startsWith(QLatin1Char(' '))
                    && line.text.contains(QLatin1Char(':')))))
            font.setBold(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Time)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QString OutputTableModel::lineText(int row) const
{
    if (!m_model || row < 0 || row >= m_rows)
        return {};
    const auto cell
            = [&](int column) { return data(index(row, column), Qt::DisplayRole).toString(); };
    const QString task = cell(Task);
    return cell(Time) + QStringLiteral(" · ")
            + (task.isEmpty() ? QString() : task + QStringLiteral(" · ")) + cell(Text);
}

QVariant OutputTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Task:
        return tr("Task");
    case Text:
        return tr("Output");
    }
    return {};
}

} // namespace Ui
