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
//! tracebacks stand out. Activating a line moves the timeline to that moment.
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

Q_SIGNALS:
    //! t is the line's trace time; lane is its task's lane or -1.
    void lineActivated(double t, int lane);

private:
    void activate(int row);

    QLabel *m_notice;
    QTableView *m_view;
    OutputTableModel *m_lines;
    const Core::TraceModel *m_model = nullptr;
};

} // namespace Ui
