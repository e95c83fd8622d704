#pragma once
#include "catalogissue.h"
#include "module.h"

#include <QList>
#include <QString>

namespace Lessons {

//! Every lesson of one catalog folder in outline order, and the problems found loading it.
//! Broken lessons are left out and reported; the others load.
class Catalog
{
public:
    QString root() const { return m_root; }
    bool isBuiltIn() const { return m_root.startsWith(QLatin1Char(':')); }
    const QList<Module> &modules() const { return m_modules; }
    const QList<CatalogIssue> &issues() const { return m_issues; }
    //! Every lesson, in outline order.
    QList<const Lesson *> lessons() const;
    const Lesson *lesson(const QString &fullId) const;
    const Module *module(const QString &id) const;

    //! A path Python can run: the file itself, or for built-in lessons the unpacked copy (the
    //! whole catalog is unpacked once, so an example's own folder is next to it and
    //! sys.path[0] finds its sibling modules). Empty with *error set on failure.
    QString runnablePath(const QString &path, QString *error = nullptr) const;

private:
    friend class CatalogLoader;
    QString m_root;
    QList<Module> m_modules;
    QList<CatalogIssue> m_issues;
};

} // namespace Lessons
