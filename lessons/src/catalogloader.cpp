#include "catalogloader.h"

#include "jsonfile.h"
#include "lessonreader.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace Lessons {
namespace {

QStringList subfolders(const QString &dir)
{
    // Name order: the NN- prefixes order modules and lessons.
    return QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

std::optional<Module> readModule(const QString &folder, QList<CatalogIssue> *issues)
{
    CatalogIssue broken;
    const QString path = folder + QLatin1String("/module.json");
    if (!QFileInfo::exists(path)) {
        broken.file = folder;
        broken.message = QStringLiteral("a module folder needs a module.json "
                                        "{\"id\", \"title\", \"summary\"}");
        issues->append(broken);
        return std::nullopt;
    }
    const auto json = JsonFile::read(path, &broken);
    if (!json) {
        issues->append(broken);
        return std::nullopt;
    }
    const QJsonObject o = json->object();
    Module m;
    m.folder = folder;
    m.id = o.value(QLatin1String("id")).toString();
    m.title = o.value(QLatin1String("title")).toString();
    m.summary = o.value(QLatin1String("summary")).toString();
    QStringList problems;
    if (!o.value(QLatin1String("id")).isString())
        problems << QStringLiteral("needs \"id\"");
    else if (!LessonReader::isValidId(m.id))
        problems << QStringLiteral("id \"%1\" must use only a-z, 0-9 and '-'").arg(m.id);
    if (!o.value(QLatin1String("title")).isString() || m.title.trimmed().isEmpty())
        problems << QStringLiteral("needs a \"title\"");
    for (const QString &p : problems) {
        CatalogIssue i = json->issue(p, QStringLiteral("id"));
        i.lessonId = m.id;
        issues->append(i);
    }
    if (!problems.isEmpty())
        return std::nullopt;
    return m;
}

} // namespace

Catalog CatalogLoader::loadBuiltIn(const SectionIndex *sections)
{
    return load(builtInRoot(), sections);
}

Catalog CatalogLoader::load(const QString &root, const SectionIndex *sections)
{
    Catalog catalog;
    catalog.m_root = root.startsWith(QLatin1Char(':')) ? root : QFileInfo(root).absoluteFilePath();
    if (!QFileInfo(root).isDir()) {
        CatalogIssue i;
        i.file = root;
        i.message = root.startsWith(QLatin1Char(':'))
                ? QStringLiteral("this build has no built-in lessons")
                : QStringLiteral("no such folder");
        catalog.m_issues << i;
        return catalog;
    }
    QSet<QString> moduleIds, lessonIds;
    for (const QString &name : subfolders(catalog.m_root)) {
        const QString folder = catalog.m_root + QLatin1Char('/') + name;
        std::optional<Module> module = readModule(folder, &catalog.m_issues);
        if (!module)
            continue;
        if (moduleIds.contains(module->id)) {
            CatalogIssue i;
            i.file = folder + QLatin1String("/module.json");
            i.message = QStringLiteral("duplicate module id \"%1\": another module folder already "
                                       "uses it; this one is left out").arg(module->id);
            catalog.m_issues << i;
            continue;
        }
        moduleIds.insert(module->id);
        for (const QString &lessonName : subfolders(folder)) {
            const QString lessonFolder = folder + QLatin1Char('/') + lessonName;
            if (!QFileInfo::exists(lessonFolder + QLatin1String("/lesson.json"))) {
                CatalogIssue i;
                i.file = lessonFolder;
                i.message = QStringLiteral("a lesson folder needs a lesson.json");
                catalog.m_issues << i;
                continue;
            }
            std::optional<Lesson> lesson
                    = LessonReader::read(lessonFolder, module->id, sections, &catalog.m_issues);
            if (!lesson)
                continue;
            if (lessonIds.contains(lesson->id)) {
                CatalogIssue i;
                i.file = lessonFolder + QLatin1String("/lesson.json");
                i.lessonId = lesson->id;
                i.message = QStringLiteral("duplicate lesson id \"%1\": another lesson of module "
                                           "\"%2\" already uses it; this one is left out")
                                    .arg(lesson->localId, module->id);
                catalog.m_issues << i;
                continue;
            }
            lessonIds.insert(lesson->id);
            module->lessons << *lesson;
        }
        catalog.m_modules << *module;
    }
    return catalog;
}

} // namespace Lessons
