#include "rulevalidator.h"

#include <QJsonArray>
#include <QJsonValue>
#include <algorithm>
#include <cmath>
#include <utility>

namespace Core {
namespace {

enum class FieldType { Number, Integer, String, StringList, Bool };

struct Field {
    const char *name;
    FieldType type;
    bool required;
};

struct RuleSpec {
    const char *name;
    QList<Field> fields;
    //! at least one of these must be present (bounds); empty: no such constraint
    QStringList oneOf;
};

const QList<RuleSpec> &specs()
{
    using T = FieldType;
    static const QList<RuleSpec> all{
        {"status", {{"is", T::String, true}}, {}},
        {"exit_code", {{"is", T::Integer, true}}, {}},
        {"error", {{"type", T::String, true}}, {}},
        {"wall_time", {{"min_s", T::Number, false}, {"max_s", T::Number, false}},
         {"min_s", "max_s"}},
        {"concurrency", {{"kind", T::String, true}, {"min", T::Integer, false},
                         {"max", T::Integer, false}, {"detail_contains", T::String, false}},
         {"min", "max"}},
        {"tasks", {{"min", T::Integer, false}, {"max", T::Integer, false},
                   {"coro", T::String, false}, {"name", T::String, false}},
         {"min", "max"}},
        {"task_state", {{"state", T::String, true}, {"coro", T::String, false},
                        {"name", T::String, false}, {"min", T::Integer, false},
                        {"max", T::Integer, false}},
         {}},
        {"waits", {{"kind", T::String, true}, {"min", T::Integer, false},
                   {"max", T::Integer, false}, {"detail_contains", T::String, false},
                   {"woken_by", T::String, false}},
         {"min", "max"}},
        {"blocked", {{"min_ms", T::Number, true}, {"max_ms", T::Number, false},
                     {"line", T::Integer, false}},
         {}},
        {"not_blocked", {{"ms", T::Number, true}}, {}},
        {"output", {{"lines", T::StringList, true}, {"stream", T::String, false}}, {}},
        {"output_contains", {{"text", T::String, true}, {"stream", T::String, false}}, {}},
        {"output_order", {{"lines", T::StringList, true}, {"stream", T::String, false}}, {}},
        {"warning", {{"kind", T::String, true}, {"min", T::Integer, false},
                     {"max", T::Integer, false}},
         {}},
        {"threads", {{"jobs_min", T::Integer, false}, {"jobs_max", T::Integer, false},
                     {"function", T::String, false}},
         {"jobs_min", "jobs_max"}},
        {"callbacks", {{"min", T::Integer, false}, {"max", T::Integer, false},
                       {"name", T::String, false}},
         {"min", "max"}},
    };
    return all;
}

const RuleSpec *findSpec(const QString &name)
{
    for (const RuleSpec &s : specs())
        if (name == QLatin1String(s.name))
            return &s;
    return nullptr;
}

const QStringList statuses{"ok", "error", "timeout", "crashed", "stopped"};
const QStringList waitKinds{"sleep", "task", "gather", "future", "lock", "semaphore",
                            "condition", "event", "queue", "io", "executor", "timeout",
                            "yield", "other"};
const QStringList taskStates{"done", "cancelled", "failed", "pending"};
const QStringList warningKinds{"never_awaited", "task_destroyed_pending",
                               "exception_never_retrieved", "loop_blocked", "slow_callback",
                               "other"};
const QStringList streams{"stdout", "stderr"};

bool hasType(const QJsonValue &v, FieldType type)
{
    switch (type) {
    case FieldType::Number:
        return v.isDouble();
    case FieldType::Integer:
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    case FieldType::String:
        return v.isString();
    case FieldType::Bool:
        return v.isBool();
    case FieldType::StringList: {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return x.isString(); });
    }
    }
    return false;
}

const char *typeName(FieldType type)
{
    switch (type) {
    case FieldType::Number: return "a number";
    case FieldType::Integer: return "an integer";
    case FieldType::String: return "a string";
    case FieldType::Bool: return "true or false";
    case FieldType::StringList: return "a list of strings";
    }
    return "?";
}

QString enumProblem(const QJsonObject &rule, const char *field, const QStringList &allowed)
{
    if (!rule.contains(QLatin1String(field)))
        return {};
    const QString v = rule.value(QLatin1String(field)).toString();
    if (allowed.contains(v))
        return {};
    return QStringLiteral("'%1' must be one of %2, not '%3'")
            .arg(QLatin1String(field), allowed.join(QLatin1String(", ")), v);
}

} // namespace

QStringList RuleValidator::ruleNames()
{
    QStringList names;
    for (const RuleSpec &s : specs())
        names << QLatin1String(s.name);
    return names;
}

QString RuleValidator::validate(const QJsonObject &rule)
{
    const QJsonValue nameValue = rule.value(QLatin1String("rule"));
    if (!nameValue.isString())
        return QStringLiteral("a rule needs a \"rule\" name (one of %1)")
                .arg(ruleNames().join(QLatin1String(", ")));
    const QString name = nameValue.toString();
    const RuleSpec *spec = findSpec(name);
    if (!spec)
        return QStringLiteral("unknown rule '%1' (known rules: %2)")
                .arg(name, ruleNames().join(QLatin1String(", ")));
    if (rule.contains(QLatin1String("why")) && !rule.value(QLatin1String("why")).isString())
        return QStringLiteral("rule '%1': 'why' must be a string").arg(name);
    for (auto it = rule.begin(); it != rule.end(); ++it) {
        if (it.key() == QLatin1String("rule") || it.key() == QLatin1String("why"))
            continue;
        const auto field = std::find_if(spec->fields.begin(), spec->fields.end(),
                                        [&](const Field &f) { return it.key() == QLatin1String(f.name); });
        if (field == spec->fields.end()) {
            QStringList allowed;
            for (const Field &f : spec->fields)
                allowed << QLatin1String(f.name);
            return QStringLiteral("rule '%1' has no field '%2' (its fields: %3)")
                    .arg(name, it.key(), allowed.join(QLatin1String(", ")));
        }
        if (!hasType(*it, field->type))
            return QStringLiteral("rule '%1': '%2' must be %3")
                    .arg(name, it.key(), QLatin1String(typeName(field->type)));
    }
    for (const Field &f : spec->fields)
        if (f.required && !rule.contains(QLatin1String(f.name)))
            return QStringLiteral("rule '%1' needs '%2'").arg(name, QLatin1String(f.name));
    if (!spec->oneOf.isEmpty()
        && std::none_of(spec->oneOf.begin(), spec->oneOf.end(),
                        [&](const QString &k) { return rule.contains(k); }))
        return QStringLiteral("rule '%1' needs %2").arg(name, spec->oneOf.join(QLatin1String(" or ")));
    QString problem;
    if (name == QLatin1String("status"))
        problem = enumProblem(rule, "is", statuses);
    else if (name == QLatin1String("concurrency") || name == QLatin1String("waits"))
        problem = enumProblem(rule, "kind", waitKinds + QStringList{QStringLiteral("any")});
    else if (name == QLatin1String("task_state"))
        problem = enumProblem(rule, "state", taskStates);
    else if (name == QLatin1String("warning"))
        problem = enumProblem(rule, "kind", warningKinds + QStringList{QStringLiteral("any")});
    if (problem.isEmpty())
        problem = enumProblem(rule, "stream", streams);
    if (!problem.isEmpty())
        return QStringLiteral("rule '%1': %2").arg(name, problem);
    for (const auto &[lo, hi] : {std::pair{"min", "max"}, std::pair{"min_s", "max_s"},
                                 std::pair{"min_ms", "max_ms"}, std::pair{"jobs_min", "jobs_max"}}) {
        if (rule.contains(QLatin1String(lo)) && rule.contains(QLatin1String(hi))
            && rule.value(QLatin1String(lo)).toDouble() > rule.value(QLatin1String(hi)).toDouble())
            return QStringLiteral("rule '%1': '%2' is larger than '%3'")
                    .arg(name, QLatin1String(lo), QLatin1String(hi));
    }
    return {};
}

} // namespace Core
