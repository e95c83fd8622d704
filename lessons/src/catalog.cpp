#include "catalog.h"

#include "resourcepackage.h"

namespace Lessons {

QList<const Lesson *> Catalog::lessons() const
{
    QList<const Lesson *> out;
    for (const Module &m : m_modules)
        for (const Lesson &l : m.lessons)
            out << &l;
    return out;
}

const Lesson *Catalog::lesson(const QString &fullId) const
{
    for (const Module &m : m_modules)
        for (const Lesson &l : m.lessons)
            if (l.id == fullId)
                return &l;
    return nullptr;
}

const Module *Catalog::module(const QString &id) const
{
    for (const Module &m : m_modules)
        if (m.id == id)
            return &m;
    return nullptr;
}

QString Catalog::runnablePath(const QString &path, QString *error) const
{
    if (!path.startsWith(QLatin1String(":/")))
        return path;
    // ":/lessons/<module>/<lesson>/examples/x.py" -> "<unpacked>/lessons/<module>/..."
    Core::ResourcePackage package;
    package.resourceRoot = QStringLiteral(":");
    package.package = QStringLiteral("lessons");
    package.cacheName = QStringLiteral("lessons");
    const QString root = package.root(error);
    if (root.isEmpty())
        return {};
    return root + path.mid(1);
}

} // namespace Lessons
