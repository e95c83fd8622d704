#include "outputconsole.h"

#include "outputtablemodel.h"
#include "tracemodel.h"
#include "uizoom.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

OutputConsole::OutputConsole(QWidget *parent)
    : QWidget(parent), m_notice(new QLabel(this)), m_dropNotice(new QLabel(this)),
      m_line(new QLabel(this)), m_view(new QTableView(this)), m_lines(new OutputTableModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setContentsMargins(8, 4, 8, 4);
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    for (QLabel *label : {m_dropNotice, m_line}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setContentsMargins(8, 3, 8, 3);
        label->setTextFormat(Qt::PlainText);
        label->hide();
        layout->addWidget(label);
    }
    m_dropNotice->setObjectName(QStringLiteral("dropNotice"));
    m_dropNotice->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); }"));
    m_line->setObjectName(QStringLiteral("wholeLine"));
    m_view->setModel(m_lines);
    m_view->setAccessibleName(QStringLiteral("Program output"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    // Long lines wrap instead of ending in "…" (the point of a lesson is often its last line).
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(OutputTableModel::Time,
                                                     QHeaderView::Interactive);
    // A new column width re-wraps the rows.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { wrapRows(0, m_lines->rowCount()); });
    m_view->viewport()->installEventFilter(this);
    applyFonts();
    connect(m_view, &QTableView::clicked, this,
            [this](const QModelIndex &i) { activate(i.row()); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &i) { activate(i.row()); });
    // Keyboard users move with the arrows; the timeline follows the current line.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_line->setText(current.isValid() ? m_lines->lineText(current.row()) : QString());
                // Rows past the wrap limit stay one line high: the selected one is shown whole.
                m_line->setVisible(current.isValid() && m_lines->rowCount() > wrapRowLimit);
                if (current.isValid() && m_view->hasFocus())
                    activate(current.row());
            });
}

void OutputConsole::applyFonts()
{
    // The lines are in the monospace font at the UI zoom (OutputTableModel), the columns as
    // wide as their widest usual text in the window's font: both follow View ▸ Zoom.
    m_line->setFont(UiZoom::fixedFont());
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->verticalHeader()->setDefaultSectionSize(
            std::max(fm.height(), QFontMetrics(UiZoom::fixedFont()).height()) + 4);
    m_view->setColumnWidth(OutputTableModel::Time,
                           fm.horizontalAdvance(QStringLiteral("000.000 s")) + 16);
    m_view->setColumnWidth(OutputTableModel::Task,
                           fm.horizontalAdvance(QStringLiteral("Task-10 fetch_user")) + 12);
    wrapRows(0, m_lines->rowCount());
    m_view->viewport()->update();
}

void OutputConsole::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFonts();
}

bool OutputConsole::eventFilter(QObject *watched, QEvent *event)
{
    // The stretched text column follows the dock's width: re-wrap when it changes.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, [this] { wrapRows(0, m_lines->rowCount()); });
    return QWidget::eventFilter(watched, event);
}

void OutputConsole::wrapRows(int from, int to)
{
    // Each row as tall as its wrapped text: measured row by row, and only up to the limit, so
    // a program that prints 200,000 lines does not stall the window measuring them.
    for (int row = from; row < std::min(to, wrapRowLimit); ++row)
        m_view->resizeRowToContents(row);
}

void OutputConsole::updateDropNotice()
{
    const QString text = dropNotice();
    m_dropNotice->setText(text);
    m_dropNotice->setVisible(!text.isEmpty());
}

QString OutputConsole::dropNotice() const
{
    if (!m_model)
        return {};
    QStringList parts;
    const auto &output = m_model->output();
    if (const std::uint64_t dropped = m_model->droppedOutputLines()) {
        const QString at = output.empty()
                ? QString()
                : tr(" (at %1)").arg(outputTime(output.back().t, m_model->endTime()));
        parts << tr("Output stopped at line %L1%2: %L3 more lines were not kept (the program ran "
                    "on; the timeline shows the whole run).")
                         .arg(qulonglong(output.size()))
                         .arg(at)
                         .arg(qulonglong(dropped));
    }
    if (const std::uint64_t lost = m_model->tracerDroppedOutputLines())
        parts << tr("%L1 lines the program wrote were lost on the way here (the trace channel was "
                    "full).")
                         .arg(qulonglong(lost));
    return parts.join(QLatin1Char(' '));
}

QString OutputConsole::shownLine() const
{
    return m_line->text();
}

void OutputConsole::setModel(const Core::TraceModel *model)
{
    m_model = model;
    m_lines->setTraceModel(model);
    setNotice({}, false);
    m_line->clear();
    m_line->hide();
    wrapRows(0, m_lines->rowCount());
    updateDropNotice();
}

void OutputConsole::refresh()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    const int before = m_lines->rowCount();
    m_lines->refresh();
    wrapRows(before, m_lines->rowCount());
    updateDropNotice();
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
    m_notice->setStyleSheet(
            error ? QStringLiteral("QLabel { background: #D55E00; color: white; }")
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
