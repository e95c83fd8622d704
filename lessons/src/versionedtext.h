#pragma once
#include <QHash>
#include <QString>
#include <QStringList>

namespace Lessons {

//! The version-specific parts of a step's Markdown: a block that holds from a version on,
//!
//!     ::: python >= 3.12
//!     Since 3.12, ...
//!     :::
//!
//! (lessons/FORMAT.md). Pure functions of text.
class VersionedText
{
public:
    //! Empty when every block is well formed; else the problem, with *line (1-based) set.
    static QString validate(const QString &markdown, int *line);
    //! Every subject the blocks name ("python", "fastapi"), each once.
    static QStringList subjects(const QString &markdown);
    //! The Markdown as a learner on these versions ("python" -> "3.13.0") reads it: a block
    //! whose condition holds becomes a quote headed by the versions it is for and the one it
    //! ran on; a block that does not hold is left out; a block whose versions are not known
    //! yet (nothing ran) stays, headed by the versions it is for, so every variant is read
    //! with its label. Malformed blocks are left as written (validate() reports them).
    static QString render(const QString &markdown, const QHash<QString, QString> &versions);
};

} // namespace Lessons
