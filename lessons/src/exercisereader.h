#pragma once
#include "catalogissue.h"
#include "exercise.h"

#include <QList>
#include <optional>

namespace Lessons {

//! Reads and validates one exercise folder's exercise.json against lessons/EXERCISES.md.
class ExerciseReader
{
public:
    //! The exercise, or nullopt when a fatal issue was found; every issue is appended to
    //! *issues, pointing at the line of exercise.json it is about.
    static std::optional<Exercise> read(const QString &folder, const QString &lessonId,
                                        QList<CatalogIssue> *issues);
    //! The name a check gets when exercise.json gives none.
    static QString defaultName(const Core::CheckSpec &check);
};

} // namespace Lessons
