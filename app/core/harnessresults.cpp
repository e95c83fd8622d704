#include "harnessresults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace Core {

HarnessResults HarnessResults::parse(QByteArrayView bytes, const QString &token)
{
    HarnessResults out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        out.problem = QStringLiteral("the results file is not a JSON object");
        return out;
    }
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("schema")).toString() != QLatin1String("loopscope.harness-results/1")
        || !o.value(QLatin1String("results")).isArray()) {
        out.problem = QStringLiteral("the results file has no loopscope.harness-results/1 results");
        return out;
    }
    if (!token.isEmpty() && o.value(QLatin1String("token")).toString() != token) {
        out.problem = QStringLiteral("the results file does not carry this run's token");
        out.tampered = QStringLiteral("the results file was not written by Loopscope's checks "
                                      "(it lacks this run's secret token)");
        return out;
    }
    const QString harnessSaw = o.value(QLatin1String("tampered")).toString().left(500);
    if (!harnessSaw.isEmpty())
        out.tampered = QStringLiteral("the checks' own functions were changed while they ran (%1)")
                               .arg(harnessSaw);
    out.valid = true;
    out.finished = o.value(QLatin1String("finished")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("results")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString name = r.value(QLatin1String("name")).toString().trimmed();
        if (!r.value(QLatin1String("ok")).isBool() || name.isEmpty())
            continue;
        if (out.items.size() == maxItems) {
            out.problem = QStringLiteral("more than %1 results; the rest were left out").arg(maxItems);
            break;
        }
        // A harness that checks in a loop may record one name many times: one verdict per
        // name, failed if any of them failed, with the first failure's message.
        const bool ok = r.value(QLatin1String("ok")).toBool();
        const QString message = r.value(QLatin1String("message")).toString().left(2000);
        auto same = std::find_if(out.items.begin(), out.items.end(),
                                 [&](const CheckItem &i) { return i.name == name.left(200); });
        if (same != out.items.end()) {
            if (!ok && same->status == CheckStatus::Pass) {
                same->status = CheckStatus::Fail;
                same->message = message;
            }
            continue;
        }
        CheckItem item;
        item.name = name.left(200);
        item.kind = QStringLiteral("behaviour");
        item.status = ok ? CheckStatus::Pass : CheckStatus::Fail;
        item.message = message;
        out.items << item;
    }
    return out;
}

} // namespace Core
