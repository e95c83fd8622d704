#pragma once
#include <QMessageBox>

namespace Lessons {
class LessonsFolder;
}

namespace Ui {

//! File ▸ Lessons Folder Problems…: the folder's broken files and id clashes, each with its
//! file (relative to the folder) and reason; a long list goes to the details. Deletes itself
//! when closed; open() it, nothing waits on the learner reading it.
class LessonsFolderIssues : public QMessageBox
{
    Q_OBJECT
public:
    LessonsFolderIssues(const Lessons::LessonsFolder &folder, QWidget *parent);

    static constexpr int shownLines = 12;
};

} // namespace Ui
