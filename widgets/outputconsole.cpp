#include "outputconsole.h"

#include "outputtablemodel.h"
#include "tracemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

OutputConsole::OutputConsole(QWidget *parent)
    : QWidget(parent), m_notice(new QLabel(this)), m_view(new QTableView(this)),
      m_lines(new OutputTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setContentsMargins(8, 4, 8, 4);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_view);
    m_view->setModel(m_lines);
    m_view->setAccessibleName(QStringLiteral("Program output"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(OutputTableModel::Time, QHeaderView::Interactive);
    m_view->setColumnWidth(OutputTableModel::Time, m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000.000000 s")) + 12);
    m_view->setColumnWidth(OutputTableModel::Task, m_view->fontMetrics().horizontalAdvance(QStringLiteral("Task-10 fetch_user")) + 12);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &i) { activate(i.row()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &i) { activate(i.row()); });
    // Keyboard users move with the arrows; the timeline follows the current line.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && m_view->hasFocus())
                    activate(current.row());
            });
}

void OutputConsole::setModel(const Core::TraceModel *model)
{
    m_model = model;
    m_lines->setTraceModel(model);
    setNotice({}, false);
}

void OutputConsole::refresh()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    m_lines->refresh();
    if (atEnd)
        m_view->scrollToBottom();
}

int OutputConsole::lineCount() const
{
    return m_lines->rowCount();
}

QString OutputConsole::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void OutputConsole::setNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_notice->setStyleSheet(error ? QStringLiteral("QLabel { background: #D55E00; color: white; }")
                                  : QStringLiteral("QLabel { background: palette(alternate-base); }"));
}

void OutputConsole::setDark(bool dark)
{
    if (dark)
        m_lines->setErrorColors(QColor(0xFF, 0x9E, 0x6B), QColor(0x3D, 0x26, 0x1C));
    else
        m_lines->setErrorColors(QColor(0xB0, 0x3A, 0x00), QColor(0xFF, 0xEE, 0xE3));
    m_lines->setCurrentBackground(dark ? QColor(0x4A, 0x40, 0x1E) : QColor(0xFF, 0xF1, 0xC2));
}

void OutputConsole::activate(int row)
{
    if (!m_model || row < 0 || row >= int(m_model->output().size()))
        return;
    const Core::OutputLine &line = m_model->output()[std::size_t(row)];
    int lane = -1;
    if (line.task)
        if (const Core::TaskInfo *task = m_model->task(line.task))
            lane = task->lane;
    Q_EMIT lineActivated(double(line.t), lane);
}

} // namespace Ui

namespace Ui {

void OutputConsole::setWrittenLines(int written)
{
    const bool moved = written != m_lines->writtenLines();
    m_lines->setWrittenLines(written);
    // Playback and scrubbing: the current line stays in view.
    if (moved && written > 0 && written <= m_lines->rowCount())
        m_view->scrollTo(m_lines->index(written - 1, 0));
}

int OutputConsole::currentLine() const
{
    const int written = m_lines->writtenLines();
    return written > 0 && written <= m_lines->rowCount() ? written - 1 : -1;
}

bool OutputConsole::isAfterCursor(int row) const
{
    return m_lines->isAfterCursor(row);
}

} // namespace Ui
