#include "exercisecatalog.h"

#include "exercisereader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Lessons {

ExerciseCatalog ExerciseCatalog::load(const Catalog &catalog)
{
    ExerciseCatalog out;
    QSet<QString> ids;
    for (const Lesson *lesson : catalog.lessons()) {
        const QString root = lesson->folder + QLatin1String("/exercises");
        if (!QFileInfo(root).isDir())
            continue;
        const QStringList names = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names) {
            const QString folder = root + QLatin1Char('/') + name;
            if (name.startsWith(QLatin1Char('_')) || name == QLatin1String("__pycache__"))
                continue;
            std::optional<Exercise> e = ExerciseReader::read(folder, lesson->id, &out.m_issues);
            if (!e)
                continue;
            if (ids.contains(e->id)) {
                CatalogIssue i;
                i.file = folder + QLatin1String("/exercise.json");
                i.lessonId = lesson->id;
                i.message = QStringLiteral("duplicate exercise id \"%1\": ids are unique across "
                                           "the catalog; this one is left out").arg(e->id);
                out.m_issues << i;
                continue;
            }
            ids.insert(e->id);
            out.m_exercises << *e;
        }
    }
    return out;
}

const Exercise *ExerciseCatalog::exercise(const QString &id) const
{
    for (const Exercise &e : m_exercises)
        if (e.id == id)
            return &e;
    return nullptr;
}

QList<const Exercise *> ExerciseCatalog::exercisesOf(const QString &lessonId) const
{
    QList<const Exercise *> out;
    for (const Exercise &e : m_exercises)
        if (e.lessonId == lessonId)
            out << &e;
    return out;
}

QString ExerciseCatalog::runnablePath(const QString &path, QString *error)
{
    // Catalog::runnablePath depends only on the path (the built-in catalog is unpacked as a
    // whole), so any Catalog can answer for exercise files too.
    return Catalog().runnablePath(path, error);
}

} // namespace Lessons
