#pragma once
#include "catalog.h"
#include "sectionindex.h"

#include <QString>
#include <optional>

namespace Lessons {

//! Reads a catalog folder (lessons/FORMAT.md layout) from disk or from the built-in resources.
//! Never fails as a whole: each broken file becomes a CatalogIssue and the rest still loads.
class CatalogLoader
{
public:
    //! The lessons built into the app (":/lessons").
    static Catalog loadBuiltIn(const SectionIndex *sections = nullptr);
    //! Any folder with the same layout. With a SectionIndex, `covers` ids are checked against it.
    static Catalog load(const QString &root, const SectionIndex *sections = nullptr);
    static QString builtInRoot() { return QStringLiteral(":/lessons"); }
};

} // namespace Lessons
