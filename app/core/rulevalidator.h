#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Core {

//! Checks that an expectation rule of lessons/FORMAT.md is well formed before any run: a known
//! name, known fields of the right types, allowed values, bounds in order.
class RuleValidator
{
public:
    //! Empty when the rule is well formed, else why not.
    static QString validate(const QJsonObject &rule);
    static QStringList ruleNames();
};

} // namespace Core
