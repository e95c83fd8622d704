#include "failtemplate.h"

namespace Core {

QString FailTemplate::fill(const QString &text, const RuleResult &result)
{
    QString out = text;
    out.replace(QLatin1String("{observed}"), result.observed);
    out.replace(QLatin1String("{expected}"), result.expected);
    return out;
}

} // namespace Core
