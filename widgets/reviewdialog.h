#pragma once

#include <QDateTime>
#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Lessons {
class Catalog;
class ProgressStore;
} // namespace Lessons

namespace Ui {

//! Review: the quiz questions and predict items that are due again on the learner's spaced
//! schedule (Lessons::ReviewSchedule) — what they got wrong a while ago, what they got right
//! long enough ago to be worth recalling — each with its lesson and why it is due. Open takes
//! the learner to the step that asks it, where answering it again reschedules it.
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    ReviewDialog(const Lessons::Catalog *catalog, const Lessons::ProgressStore *progress,
                 QWidget *parent = nullptr, Clock clock = {});
    ~ReviewDialog() override;

    //! Re-reads the schedule; done on every answer recorded and every minute.
    void refresh();
    QTreeWidget *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    QPushButton *openButton() const { return m_open; }

Q_SIGNALS:
    //! Show this step of this lesson: it asks the chosen question.
    void openRequested(const QString &lessonId, int step);

private:
    void openCurrent();

    const Lessons::Catalog *m_catalog;
    const Lessons::ProgressStore *m_progress;
    Clock m_clock;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_open = nullptr;
    std::shared_ptr<void> m_listener; // ProgressStore::watchReview
};

} // namespace Ui
