#pragma once
#include <QWidget>

class QTableView;
class QLabel;

namespace Core {
class TraceModel;
}

namespace Ui {

class OutputTableModel;

//! The program's stdout and stderr with the time and task of every line; stderr and
//! tracebacks stand out. Activating a line moves the timeline to that moment. Long lines wrap
//! (up to wrapRowLimit lines; past that the selected line is shown whole under the table), and
//! when lines were not kept (the model's limit, or lost on the way) a notice says how many and
//! after which line.
class OutputConsole : public QWidget
{
    Q_OBJECT
public:
    explicit OutputConsole(QWidget *parent = nullptr);

    void setModel(const Core::TraceModel *model);
    //! New lines arrived: append them, keep following the end if the user was at the end.
    void refresh();
    //! A message from the app itself (a run that could not start, a stop), shown above the lines.
    void setNotice(const QString &text, bool error);
    QString notice() const;
    void setDark(bool dark);
    QTableView *view() const { return m_view; }
    //! Greys out the lines from index `written` on (written after the time cursor); -1: none.
    void setWrittenLines(int written);
    //! Whether line `row` is shown greyed as written after the time cursor.
    bool isAfterCursor(int row) const;
    //! The last line written by the time cursor, highlighted and kept in view; -1 none.
    int currentLine() const;
    int lineCount() const;
    //! "Output stopped at line N (t): M more lines were not kept…"; empty when none were lost.
    QString dropNotice() const;
    //! The selected line, whole, under the table; empty with no selection.
    QString shownLine() const;
    static constexpr int wrapRowLimit = 5000;

Q_SIGNALS:
    //! t is the line's trace time; lane is its task's lane or -1.
    void lineActivated(double t, int lane);

private:
    void activate(int row);
    void updateDropNotice();
    void wrapRows(int from, int to);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void applyFonts();

    QLabel *m_notice, *m_dropNotice, *m_line;
    QTableView *m_view;
    OutputTableModel *m_lines;
    const Core::TraceModel *m_model = nullptr;
};

} // namespace Ui
