#pragma once
#include <QFrame>
#include <QHash>
#include <QList>

class QLabel;
class QPushButton;

namespace Core {
struct RuleResult;
} // namespace Core
namespace Lessons {
struct Example;
} // namespace Lessons

namespace Ui {

//! One example of a lesson step as a card: its title, file and clock; Run, Step through (for an
//! example best watched in step mode), Compare with … (for one paired with another) and Open
//! in editor, wrapping to more rows in a narrow column; what to look for; and, hidden until
//! there is something to say, what the last run showed and the Python it ran on. The lesson
//! view wires the buttons and fills the lines.
class ExampleCard : public QFrame
{
    Q_OBJECT
public:
    //! `compareWith` is the paired example (null: no Compare button); `completed` shows the
    //! line saying an earlier run showed everything it should.
    ExampleCard(const Lessons::Example &example, const Lessons::Example *compareWith,
                bool completed, QWidget *parent);

    QPushButton *runButton() const { return m_run; }
    QPushButton *stepButton() const { return m_step; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *openButton() const { return m_open; }
    QLabel *lookForLabel() const { return m_lookFor; } //!< null without a what-to-look-for
    QLabel *resultLabel() const { return m_result; }
    QLabel *ranOnLabel() const { return m_ranOn; }

    //! While the example runs its buttons wait and the result line says so.
    void setRunning(bool running);
    //! What the run showed: an error, then each of the example's rules passed or not.
    void setResult(const QList<Core::RuleResult> &rules, const QString &error);
    //! The Python (and the lesson's libraries) the run used, and the rules not checked there.
    void setRanOn(const QHash<QString, QString> &versions, const QString &executable,
                  const QStringList &skippedRules);
    //! The result and ran-on lines as plain text; empty while hidden.
    QString resultText() const;
    QString ranOnText() const;

private:
    QPushButton *m_run, *m_step = nullptr, *m_compare = nullptr, *m_open;
    QLabel *m_lookFor = nullptr, *m_result, *m_ranOn;
};

} // namespace Ui
