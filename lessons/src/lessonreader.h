#pragma once
#include "catalogissue.h"
#include "lesson.h"
#include "sectionindex.h"

#include <QList>
#include <optional>

namespace Lessons {

//! Reads and validates one lesson folder's lesson.json against lessons/FORMAT.md.
class LessonReader
{
public:
    //! The lesson, or nullopt when a fatal issue was found. Every issue (fatal or not) is
    //! appended to *issues.
    static std::optional<Lesson> read(const QString &folder, const QString &moduleId,
                                      const SectionIndex *sections, QList<CatalogIssue> *issues);
    //! Lowercase [a-z0-9-], as FORMAT.md asks of module and lesson ids.
    static bool isValidId(const QString &id);
    //! Example ids may also use '_' (they often name a Python file).
    static bool isValidExampleId(const QString &id);
};

} // namespace Lessons
