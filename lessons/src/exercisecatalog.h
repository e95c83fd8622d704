#pragma once
#include "catalog.h"
#include "catalogissue.h"
#include "exercise.h"

#include <QList>
#include <QString>

namespace Lessons {

//! Every exercise of a lesson catalog (the `exercises/<id>/` folders of its lessons), in
//! outline order, and the problems found loading them: a broken exercise is left out and
//! reported, the others load.
class ExerciseCatalog
{
public:
    static ExerciseCatalog load(const Catalog &catalog);

    const QList<Exercise> &exercises() const { return m_exercises; }
    const QList<CatalogIssue> &issues() const { return m_issues; }
    const Exercise *exercise(const QString &id) const;
    QList<const Exercise *> exercisesOf(const QString &lessonId) const;
    //! A path Python (or an editor) can open: the file itself, or the unpacked copy of a
    //! built-in one. Empty with *error set on failure.
    static QString runnablePath(const QString &path, QString *error = nullptr);

private:
    QList<Exercise> m_exercises;
    QList<CatalogIssue> m_issues;
};

} // namespace Lessons
