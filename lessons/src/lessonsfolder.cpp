#include "lessonsfolder.h"

#include "catalogloader.h"

#include <QFileInfo>

#include <algorithm>

namespace Lessons {

LessonsFolder LessonsFolder::load(const QString &path, const Catalog &builtIn,
                                  const ExerciseCatalog &builtInExercises)
{
    LessonsFolder f;
    f.m_catalog = CatalogLoader::load(path);
    f.m_exercises = ExerciseCatalog::load(f.m_catalog);
    f.m_issues = f.m_catalog.issues() + f.m_exercises.issues();
    for (const Lesson *l : f.m_catalog.lessons()) {
        if (!builtIn.lesson(l->id))
            continue;
        f.m_leftOutLessons.insert(l->id);
        CatalogIssue i;
        i.file = l->folder + QLatin1String("/lesson.json");
        i.lessonId = l->id;
        i.message = QStringLiteral("lesson id \"%1\" is a built-in lesson's: progress is kept by "
                                   "id, so this one is left out; change its module or lesson id")
                            .arg(l->id);
        f.m_issues << i;
    }
    for (const Exercise &e : f.m_exercises.exercises()) {
        if (f.m_leftOutLessons.contains(e.lessonId)) {
            f.m_leftOutExercises.insert(e.id); // its lesson is out, and so reported
            continue;
        }
        if (!builtInExercises.exercise(e.id))
            continue;
        f.m_leftOutExercises.insert(e.id);
        CatalogIssue i;
        i.file = e.folder + QLatin1String("/exercise.json");
        i.lessonId = e.lessonId;
        i.message = QStringLiteral("exercise id \"%1\" is a built-in exercise's: progress is "
                                   "kept by id, so this one is left out; change its id")
                            .arg(e.id);
        f.m_issues << i;
    }
    return f;
}

QString LessonsFolder::name() const
{
    return QFileInfo(m_catalog.root()).fileName();
}

int LessonsFolder::fatalIssueCount() const
{
    return int(std::count_if(m_issues.cbegin(), m_issues.cend(),
                             [](const CatalogIssue &i) { return i.fatal; }));
}

const Lesson *LessonsFolder::lesson(const QString &id) const
{
    return isLeftOut(id) ? nullptr : m_catalog.lesson(id);
}

const Exercise *LessonsFolder::exercise(const QString &id) const
{
    return m_leftOutExercises.contains(id) ? nullptr : m_exercises.exercise(id);
}

QList<const Lesson *> LessonsFolder::lessons() const
{
    QList<const Lesson *> out = m_catalog.lessons();
    out.removeIf([this](const Lesson *l) { return isLeftOut(l->id); });
    return out;
}

} // namespace Lessons
