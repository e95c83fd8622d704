#include "lessonsfolderissues.h"

#include "lessonsfolder.h"

#include <QDir>

namespace Ui {

LessonsFolderIssues::LessonsFolderIssues(const Lessons::LessonsFolder &folder, QWidget *parent)
    : QMessageBox(parent)
{
    const QList<Lessons::CatalogIssue> &issues = folder.issues();
    const QString dir = QDir::toNativeSeparators(folder.path());
    QStringList lines;
    for (const Lessons::CatalogIssue &i : issues) {
        // Paths relative to the folder read better; the folder is named above them.
        Lessons::CatalogIssue shown = i;
        shown.file = QDir::toNativeSeparators(QDir(folder.path()).relativeFilePath(i.file));
        lines << (i.fatal ? QString() : tr("warning: ")) + shown.toString();
    }
    setObjectName(QStringLiteral("lessonsFolderIssues"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Lessons folder"));
    const int left = folder.fatalIssueCount();
    const int lessons = int(folder.lessons().size());
    setIcon(left > 0 || lessons == 0 ? QMessageBox::Warning : QMessageBox::Information);
    if (issues.isEmpty())
        setText(tr("%1 has no lessons in the layout of lessons/FORMAT.md (module folders with a "
                   "module.json, lesson folders with a lesson.json).")
                        .arg(dir));
    else
        setText(tr("%1: %n problem(s). %2 lesson(s) loaded; what a problem names was left out "
                   "unless it is only a warning.",
                   nullptr, int(issues.size()))
                        .arg(dir)
                        .arg(lessons));
    // A long list goes to the details, which scroll; a short one is in plain sight.
    setInformativeText(
            lines.mid(0, shownLines).join(u'\n')
            + (lines.size() > shownLines
                       ? tr("\n… and %1 more (Show Details…)").arg(lines.size() - shownLines)
                       : QString()));
    if (lines.size() > shownLines)
        setDetailedText(lines.join(u'\n'));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace Ui
