#include "harnessresults.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <algorithm>

namespace Core {

namespace {

QJsonObject object(QByteArrayView bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject{};
}

// The signed document's body when its MAC is the key's, else empty (and `*forged` set when
// the document was signed, but not with this key).
QByteArray signedBody(const QJsonObject &outer, const QByteArray &key, bool *forged)
{
    const QByteArray body = outer.value(QLatin1String("body")).toString().toUtf8();
    const QByteArray mac = QByteArray::fromHex(outer.value(QLatin1String("mac")).toString().toLatin1());
    const QByteArray expected = QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256);
    // Every byte compared, whatever differs first: the learner's process cannot time it anyway
    // (the host checks after the run), but there is no reason to leak.
    unsigned char diff = mac.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(mac.size(), expected.size()); ++i)
        diff |= static_cast<unsigned char>(mac[i] ^ expected[i]);
    *forged = diff != 0;
    return diff == 0 ? body : QByteArray{};
}

} // namespace

HarnessResults HarnessResults::parse(QByteArrayView bytes, const QByteArray &key)
{
    HarnessResults out;
    QJsonObject o = object(bytes);
    if (o.isEmpty()) {
        out.problem = QStringLiteral("the results file is not a JSON object");
        return out;
    }
    const QString schema = o.value(QLatin1String("schema")).toString();
    if (schema == QLatin1String("loopscope.harness-results/2")) {
        bool forged = false;
        const QByteArray body = signedBody(o, key, &forged);
        if (forged) {
            out.problem = QStringLiteral("the results file is not signed with this run's key");
            out.tampered = QStringLiteral("the results file was not written by Loopscope's checks "
                                          "(it is not signed with this run's secret key)");
            return out;
        }
        o = object(body);
    } else if (!key.isEmpty()) {
        out.problem = QStringLiteral("the results file is not signed");
        out.tampered = QStringLiteral("the results file was not written by Loopscope's checks "
                                      "(it is not signed with this run's secret key)");
        return out;
    }
    if (o.value(QLatin1String("schema")).toString() != QLatin1String("loopscope.harness-results/1")
        || !o.value(QLatin1String("results")).isArray()) {
        out.problem = QStringLiteral("the results file has no loopscope.harness-results/1 results");
        return out;
    }
    out.judged = o.value(QLatin1String("judged")).toBool();
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
