#pragma once
#include <QString>

namespace Core {

//! The learner's Python source as source checks see it: comments removed (a "# TODO: use a
//! Semaphore" left from the starter must not pass "uses a semaphore"); strings and code kept.
class SourceText
{
public:
    static QString withoutComments(const QString &python);
    //! Whether the regular expression matches the source without comments; an invalid pattern
    //! never matches and sets *error.
    static bool matches(const QString &pattern, const QString &python, QString *error = nullptr);
};

} // namespace Core
