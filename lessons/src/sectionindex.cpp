#include "sectionindex.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace Lessons {

std::optional<SectionIndex> SectionIndex::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    SectionIndex index;
    const QJsonObject all = doc.object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject o = it->toObject();
        Section s;
        s.id = it.key();
        s.title = o.value(QLatin1String("title")).toString();
        s.guide = o.value(QLatin1String("guide")).toString();
        s.line = o.value(QLatin1String("line")).toInt();
        s.skip = o.value(QLatin1String("skip")).toBool();
        index.m_sections.insert(s.id, s);
    }
    return index;
}

QString SectionIndex::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("LOOPSCOPE_SECTIONS");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef LOOPSCOPE_SOURCE_SECTIONS
    if (QFileInfo::exists(QStringLiteral(LOOPSCOPE_SOURCE_SECTIONS)))
        return QStringLiteral(LOOPSCOPE_SOURCE_SECTIONS);
#endif
    return {};
}

const SectionIndex::Section *SectionIndex::section(const QString &id) const
{
    auto it = m_sections.constFind(id);
    return it == m_sections.constEnd() ? nullptr : &*it;
}

QStringList SectionIndex::ids() const
{
    static const QRegularExpression idPattern(QStringLiteral("^G(\\d+)-(\\d+)$"));
    QStringList ids = m_sections.keys();
    auto key = [](const QString &id) {
        const auto m = idPattern.match(id);
        return m.hasMatch() ? std::pair{m.captured(1).toInt(), m.captured(2).toInt()}
                            : std::pair{INT_MAX, INT_MAX};
    };
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        return key(a) != key(b) ? key(a) < key(b) : a < b;
    });
    return ids;
}

} // namespace Lessons
