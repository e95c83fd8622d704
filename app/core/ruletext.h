#pragma once
#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace Core {

//! How the expectation rules word what a run did: counts, durations, quotes, and a rule's
//! bounds ("between 2 and 3").
namespace RuleText {

QString plural(qint64 n, const QString &one, const QString &many);
QString ms(double v);
QString secs(double v);
QString count(double v);
QString quoted(const QString &s);
//! Quoted, cut to 60 characters.
QString shortText(const QString &s);
//! "sleeping", "waiting for a lock"... for a wait kind.
QString waitingPhrase(const QString &kind);
//! " running f() and named "x"" for a rule's task filters; empty without filters.
QString taskFilterText(const QJsonObject &rule);
//! " at line 12 in work()" for a blocked entry of the summary.
QString whereText(const QJsonObject &blocked);

//! What a rule asks for, in short ("at least 3", "under 50 ms", "ok"): RuleResult::expected.
QString expectedText(const QJsonObject &rule);

//! A rule's minimum and maximum.
struct Bounds {
    std::optional<double> min, max;
    bool contains(double v) const { return (!min || v >= *min) && (!max || v <= *max); }
    QString expected(const std::function<QString(double)> &fmt) const
    {
        if (min && max && *min == *max)
            return QStringLiteral("exactly %1").arg(fmt(*min));
        if (min && max)
            return QStringLiteral("between %1 and %2").arg(fmt(*min), fmt(*max));
        if (min)
            return QStringLiteral("at least %1").arg(fmt(*min));
        if (max)
            return QStringLiteral("at most %1").arg(fmt(*max));
        return QStringLiteral("any number");
    }
};

//! The default minimum applies only when the rule gives neither bound.
Bounds bounds(const QJsonObject &rule, const char *minKey, const char *maxKey,
              std::optional<double> defaultMin = {});

} // namespace RuleText
} // namespace Core
