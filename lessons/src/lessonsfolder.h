#pragma once
#include "catalog.h"
#include "catalogissue.h"
#include "exercisecatalog.h"

#include <QList>
#include <QSet>
#include <QString>

namespace Lessons {

//! A folder of extra lessons opened beside the built-in ones. Progress is kept by lesson and
//! exercise id, so a lesson or exercise whose id a built-in one already uses is left out and
//! reported beside the loader's issues; everything else loads.
class LessonsFolder
{
public:
    static LessonsFolder load(const QString &path, const Catalog &builtIn,
                              const ExerciseCatalog &builtInExercises);

    //! Absolute path of the folder.
    QString path() const { return m_catalog.root(); }
    //! The folder's own name, to mark its modules in the outline.
    QString name() const;
    //! Everything the loader read, the left-out lessons included: use lesson() and
    //! isLeftOut() to see what is on offer.
    const Catalog &catalog() const { return m_catalog; }
    const ExerciseCatalog &exercises() const { return m_exercises; }
    //! Broken lesson and exercise files, and id clashes with the built-in lessons.
    const QList<CatalogIssue> &issues() const { return m_issues; }
    //! The issues that left something out (not the warnings).
    int fatalIssueCount() const;

    bool isLeftOut(const QString &lessonId) const { return m_leftOutLessons.contains(lessonId); }
    //! A lesson the folder offers; null for unknown and left-out ids.
    const Lesson *lesson(const QString &id) const;
    const Exercise *exercise(const QString &id) const;
    //! The lessons on offer, in outline order.
    QList<const Lesson *> lessons() const;

private:
    Catalog m_catalog;
    ExerciseCatalog m_exercises;
    QList<CatalogIssue> m_issues;
    QSet<QString> m_leftOutLessons, m_leftOutExercises;
};

} // namespace Lessons
