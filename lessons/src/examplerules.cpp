#include "examplerules.h"

#include "libraryversions.h"

namespace Lessons {

ExampleRules::Selection ExampleRules::select(const Example &example,
                                             const QHash<QString, QString> &versions)
{
    Selection s;
    for (qsizetype i = 0; i < example.expect.size(); ++i) {
        const std::optional<VersionCondition> &when = i < example.expectWhen.size()
                ? example.expectWhen.at(i)
                : std::nullopt;
        if (!when || when->matches(versions).value_or(false)) {
            s.rules << example.expect.at(i);
            continue;
        }
        // The rule's own "why" reads best for a learner; without one, its label (a rule
        // checked on no run at all still names itself).
        QString what = example.expect.at(i).toObject().value(QLatin1String("why")).toString();
        if (what.isEmpty())
            what = Core::SummaryRules::check(example.expect.at(i).toObject(), {}).label;
        s.skipped << QStringLiteral("for %1: %2").arg(when->describe(), what);
    }
    return s;
}

QStringList ExampleRules::librariesNamed(const Example &example)
{
    QStringList out;
    for (const std::optional<VersionCondition> &when : example.expectWhen)
        if (when)
            for (const QString &s : when->subjects())
                if (s != QLatin1String("python") && !out.contains(s))
                    out << s;
    return out;
}

QCoro::Task<QHash<QString, QString>> ExampleRules::versionsOf(QJsonObject summary, QStringList libraries)
{
    const QJsonObject python = summary.value(QLatin1String("python")).toObject();
    QHash<QString, QString> versions;
    if (!libraries.isEmpty()) {
        // A named argument: GCC 12 destroys a temporary of a co_await expression twice.
        const QString executable = python.value(QLatin1String("executable")).toString();
        versions = co_await LibraryVersions::query(executable, libraries);
    }
    versions.insert(QStringLiteral("python"), python.value(QLatin1String("version")).toString());
    co_return versions;
}

QCoro::Task<CheckedRules> ExampleRules::check(Example example, QJsonObject summary)
{
    CheckedRules out;
    const QStringList libraries = librariesNamed(example);
    out.versions = co_await versionsOf(summary, libraries);
    const Selection s = select(example, out.versions);
    out.results = Core::SummaryRules::checkAll(s.rules, summary);
    out.skipped = s.skipped;
    co_return out;
}

} // namespace Lessons
