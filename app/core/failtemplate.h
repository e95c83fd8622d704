#pragma once
#include <QJsonObject>
#include <QString>

namespace Core {

//! Fills an exercise check's `fail` template: {observed} is what the run showed for the rule
//! (a count, a duration, a status...), {expected} what the rule asks for, both as short text
//! that reads well inside the author's sentence ("ran {observed} at a time at most").
//! Pure functions of JSON, like SummaryRules.
class FailTemplate
{
public:
    static QString observed(const QJsonObject &rule, const QJsonObject &summary);
    static QString expected(const QJsonObject &rule);
    static QString fill(const QString &text, const QJsonObject &rule, const QJsonObject &summary);
};

} // namespace Core
