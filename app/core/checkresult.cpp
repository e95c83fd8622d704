#include "checkresult.h"

#include "runsession.h"

#include <QJsonArray>
#include <algorithm>

namespace Core {

QString CheckItem::statusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Fail: return QStringLiteral("fail");
    case CheckStatus::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

const TraceModel *CheckedRun::model() const
{
    return session ? &session->model() : nullptr;
}

const CheckItem *CheckResult::item(const QString &name) const
{
    const auto it = std::find_if(checks.begin(), checks.end(),
                                 [&](const CheckItem &c) { return c.name == name; });
    return it == checks.end() ? nullptr : &*it;
}

const CheckedRun *CheckResult::programRun() const
{
    for (const CheckedRun &r : runs)
        if (r.role == CheckedRun::Role::Program)
            return &r;
    return nullptr;
}

QString CheckResult::statusName(Status status)
{
    switch (status) {
    case Status::Pass: return QStringLiteral("pass");
    case Status::Fail: return QStringLiteral("fail");
    case Status::Error: return QStringLiteral("error");
    }
    return {};
}

QJsonObject CheckResult::toJson() const
{
    QJsonArray items;
    for (const CheckItem &c : checks) {
        QJsonObject o{{QStringLiteral("name"), c.name},
                      {QStringLiteral("status"), CheckItem::statusName(c.status)},
                      {QStringLiteral("message"), c.message},
                      {QStringLiteral("kind"), c.kind}};
        if (!c.task.isEmpty())
            o.insert(QStringLiteral("task"), c.task);
        items.append(o);
    }
    QJsonObject out{{QStringLiteral("status"), statusName(status)},
                    {QStringLiteral("checks"), items}};
    if (!error.isEmpty())
        out.insert(QStringLiteral("error"), error);
    if (!tampered.isEmpty())
        out.insert(QStringLiteral("tampered"), tampered);
    return out;
}

} // namespace Core
