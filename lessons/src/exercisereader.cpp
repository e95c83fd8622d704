#include "exercisereader.h"

#include "checkengine.h"
#include "jsonfile.h"
#include "lessonreader.h"
#include "regularfile.h"
#include "summaryrules.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Lessons {
namespace {

using Kind = Core::CheckSpec::Kind;

const QStringList topKeys{"id", "title", "statement", "starter", "solution", "requires", "clock",
                          "lab", "timeout_s", "hints", "checks", "wrong"};
const QStringList outputRules{"output", "output_contains", "output_order"};

// Collects the problems of one exercise.json; any fatal one leaves the exercise out.
struct Reader {
    const JsonFile &json;
    QString lessonId;
    QList<CatalogIssue> *issues;
    bool fatal = false;

    void problem(const QString &message, const QString &hint, bool isFatal = true)
    {
        CatalogIssue i = json.issue(message, hint);
        i.lessonId = lessonId;
        i.fatal = isFatal;
        issues->append(i);
        fatal |= isFatal;
    }

    QStringList strings(const QJsonObject &o, const char *key)
    {
        QStringList out;
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            problem(QStringLiteral("\"%1\" must be a list of strings").arg(QLatin1String(key)),
                    QLatin1String(key));
            return out;
        }
        for (const QJsonValue &x : v.toArray()) {
            if (!x.isString()) {
                problem(QStringLiteral("\"%1\" must be a list of strings").arg(QLatin1String(key)),
                        QLatin1String(key));
                return {};
            }
            out << x.toString();
        }
        return out;
    }

    // A file named in exercise.json, relative to the exercise folder; must exist.
    QString file(const QString &folder, const QJsonValue &v, const QString &what, const QString &hint)
    {
        if (!v.isString() || v.toString().isEmpty()) {
            problem(QStringLiteral("needs \"%1\": a file in the exercise folder").arg(what), hint);
            return {};
        }
        const QString rel = v.toString();
        if (rel.startsWith(QLatin1Char('/')) || rel.contains(QLatin1String(".."))) {
            problem(QStringLiteral("\"%1\" must be a path inside the exercise folder").arg(rel), rel);
            return {};
        }
        const QString path = folder + QLatin1Char('/') + rel;
        const QString wrong = Core::RegularFile::problem(path, Core::RegularFile::kMaxTextFile, folder);
        if (!wrong.isEmpty()) {
            problem(QStringLiteral("%1 file \"%2\" %3").arg(what, rel, wrong), rel);
            return {};
        }
        return path;
    }

    std::optional<Core::CheckSpec> check(const QString &folder, const QJsonObject &o, int index)
    {
        const QString where = QStringLiteral("check %1").arg(index + 1);
        Core::CheckSpec c;
        const QString type = o.value(QLatin1String("type")).toString();
        QJsonObject rule = o;
        // "label" names the check for the learner; "name" stays with the rule, where it means
        // a task's name (FORMAT.md), so the two never collide.
        for (const char *k : {"type", "label", "fail", "task"})
            rule.remove(QLatin1String(k));
        if (o.contains(QLatin1String("task")) && !o.value(QLatin1String("task")).isString())
            problem(QStringLiteral("%1: \"task\" must be a string").arg(where), QStringLiteral("task"));
        c.task = o.value(QLatin1String("task")).toString().trimmed();
        if (o.contains(QLatin1String("label")) && !o.value(QLatin1String("label")).isString())
            problem(QStringLiteral("%1: \"label\" must be a string").arg(where), QStringLiteral("label"));
        if (o.contains(QLatin1String("fail")) && !o.value(QLatin1String("fail")).isString())
            problem(QStringLiteral("%1: \"fail\" must be a string").arg(where), QStringLiteral("fail"));
        c.name = o.value(QLatin1String("label")).toString().trimmed();
        c.failTemplate = o.value(QLatin1String("fail")).toString();
        if (type == QLatin1String("output") || type == QLatin1String("trace")) {
            c.kind = type == QLatin1String("output") ? Kind::Output : Kind::Trace;
            const QString ruleName = rule.value(QLatin1String("rule")).toString();
            if (c.kind == Kind::Output && !outputRules.contains(ruleName)) {
                problem(QStringLiteral("%1: an output check uses one of %2, not \"%3\"")
                                .arg(where, outputRules.join(QLatin1String(", ")), ruleName),
                        ruleName.isEmpty() ? QStringLiteral("output") : ruleName);
                return std::nullopt;
            }
            const QString invalid = Core::SummaryRules::validate(rule);
            if (!invalid.isEmpty()) {
                problem(QStringLiteral("%1: %2").arg(where, invalid), ruleName);
                return std::nullopt;
            }
            c.rule = rule;
        } else if (type == QLatin1String("behaviour")) {
            c.kind = Kind::Behaviour;
            c.harness = file(folder, o.value(QLatin1String("harness")), QStringLiteral("harness"),
                             QStringLiteral("harness"));
            if (c.harness.isEmpty())
                return std::nullopt;
            const QJsonValue rules = o.value(QLatin1String("trace_rules"));
            if (!rules.isUndefined() && !rules.isArray()) {
                problem(QStringLiteral("%1: \"trace_rules\" must be a list of rules").arg(where),
                        QStringLiteral("trace_rules"));
                return std::nullopt;
            }
            for (const QJsonValue &r : rules.toArray()) {
                QJsonObject plain = r.toObject();
                plain.remove(QLatin1String("label"));
                plain.remove(QLatin1String("fail"));
                const QString invalid = r.isObject() ? Core::SummaryRules::validate(plain)
                                                     : QStringLiteral("a rule must be a JSON object");
                if (!invalid.isEmpty()) {
                    problem(QStringLiteral("%1: trace_rules: %2").arg(where, invalid),
                            QStringLiteral("trace_rules"));
                    return std::nullopt;
                }
            }
            c.harnessTraceRules = rules.toArray();
        } else if (type == QLatin1String("source")) {
            c.kind = Kind::Source;
            c.pattern = o.value(QLatin1String("pattern")).toString();
            c.absent = o.value(QLatin1String("absent")).toBool();
            if (!o.value(QLatin1String("pattern")).isString() || c.pattern.isEmpty()) {
                problem(QStringLiteral("%1: a source check needs \"pattern\"").arg(where),
                        QStringLiteral("source"));
                return std::nullopt;
            }
            const QRegularExpression re(c.pattern);
            if (!re.isValid()) {
                problem(QStringLiteral("%1: \"pattern\" is not a valid regular expression: %2")
                                .arg(where, re.errorString()),
                        QStringLiteral("pattern"));
                return std::nullopt;
            }
        } else {
            problem(QStringLiteral("%1: \"type\" must be output, trace, behaviour or source, not \"%2\"")
                            .arg(where, type),
                    type.isEmpty() ? QStringLiteral("checks") : type);
            return std::nullopt;
        }
        if (c.name.isEmpty())
            c.name = ExerciseReader::defaultName(c);
        return c;
    }
};

} // namespace

QString ExerciseReader::defaultName(const Core::CheckSpec &c)
{
    switch (c.kind) {
    case Kind::Source:
        return (c.absent ? QStringLiteral("does not use `%1`") : QStringLiteral("uses `%1`")).arg(c.pattern);
    case Kind::Behaviour:
        return QStringLiteral("behaviour (%1)").arg(QFileInfo(c.harness).fileName());
    case Kind::Output:
    case Kind::Trace:
        break;
    }
    const QString rule = c.rule.value(QLatin1String("rule")).toString();
    if (rule == QLatin1String("output_contains"))
        return QStringLiteral("prints \"%1\"").arg(c.rule.value(QLatin1String("text")).toString());
    if (rule == QLatin1String("output"))
        return QStringLiteral("prints exactly the expected lines");
    if (rule == QLatin1String("output_order"))
        return QStringLiteral("prints the lines in the expected order");
    return Core::SummaryRules::check(c.rule, {}).label;
}

std::optional<Exercise> ExerciseReader::read(const QString &folder, const QString &lessonId,
                                             QList<CatalogIssue> *issues)
{
    const QString path = folder + QLatin1String("/exercise.json");
    CatalogIssue broken;
    broken.lessonId = lessonId;
    if (!QFileInfo::exists(path)) {
        broken.file = folder;
        broken.message = QStringLiteral("an exercise folder needs an exercise.json");
        issues->append(broken);
        return std::nullopt;
    }
    const auto json = JsonFile::read(path, &broken);
    if (!json) {
        issues->append(broken);
        return std::nullopt;
    }
    Reader r{*json, lessonId, issues};
    const QJsonObject o = json->object();
    Exercise e;
    e.folder = folder;
    e.lessonId = lessonId;
    e.id = o.value(QLatin1String("id")).toString();
    e.title = o.value(QLatin1String("title")).toString().trimmed();
    if (!o.value(QLatin1String("id")).isString() || !LessonReader::isValidId(e.id))
        r.problem(QStringLiteral("needs an \"id\" of lowercase a-z, 0-9 and '-'"), QStringLiteral("id"));
    else if (QFileInfo(folder).fileName() != e.id)
        r.problem(QStringLiteral("the folder is named \"%1\" but the id is \"%2\"; name the folder "
                                 "after the id").arg(QFileInfo(folder).fileName(), e.id),
                  QStringLiteral("id"), false);
    if (e.title.isEmpty())
        r.problem(QStringLiteral("needs a \"title\""), QStringLiteral("title"));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!topKeys.contains(it.key()))
            r.problem(QStringLiteral("unknown key \"%1\" (known: %2)")
                              .arg(it.key(), topKeys.join(QLatin1String(", "))),
                      it.key(), false);
    e.statementPath = r.file(folder, o.value(QLatin1String("statement")), QStringLiteral("statement"),
                             QStringLiteral("statement"));
    e.starterPath = r.file(folder, o.value(QLatin1String("starter")), QStringLiteral("starter"),
                           QStringLiteral("starter"));
    e.solutionPath = r.file(folder, o.value(QLatin1String("solution")), QStringLiteral("solution"),
                            QStringLiteral("solution"));
    e.hints = r.strings(o, "hints");

    Core::CheckPlan &plan = e.plan;
    plan.exerciseId = e.id;
    plan.requiredModules = r.strings(o, "requires");
    const QString clock = o.value(QLatin1String("clock")).toString(QStringLiteral("real"));
    if (clock != QLatin1String("real") && clock != QLatin1String("virtual"))
        r.problem(QStringLiteral("\"clock\" must be \"real\" or \"virtual\""), QStringLiteral("clock"));
    plan.virtualClock = clock == QLatin1String("virtual");
    if (o.contains(QLatin1String("lab")) && !o.value(QLatin1String("lab")).isBool())
        r.problem(QStringLiteral("\"lab\" must be true or false"), QStringLiteral("lab"));
    plan.lab = o.value(QLatin1String("lab")).toBool();
    const QJsonValue timeout = o.value(QLatin1String("timeout_s"));
    if (!timeout.isUndefined() && (!timeout.isDouble() || timeout.toDouble() < 1 || timeout.toDouble() > 600))
        r.problem(QStringLiteral("\"timeout_s\" must be a number of seconds from 1 to 600"),
                  QStringLiteral("timeout_s"));
    plan.timeoutSeconds = timeout.isDouble() ? qBound(1, timeout.toInt(), 600) : 30;

    const QJsonValue checks = o.value(QLatin1String("checks"));
    if (!checks.isArray() || checks.toArray().isEmpty())
        r.problem(QStringLiteral("needs \"checks\": a non-empty list"), QStringLiteral("checks"));
    QSet<QString> names{Core::CheckEngine::runCheckName()};
    bool hasBehaviour = false;
    const QJsonArray checkList = checks.toArray();
    for (int i = 0; i < checkList.size(); ++i) {
        if (!checkList.at(i).isObject()) {
            r.problem(QStringLiteral("check %1 must be a JSON object").arg(i + 1), QStringLiteral("checks"));
            continue;
        }
        std::optional<Core::CheckSpec> c = r.check(folder, checkList.at(i).toObject(), i);
        if (!c)
            continue;
        if (names.contains(c->name))
            r.problem(QStringLiteral("check %1: the name \"%2\" is used twice; give it its own \"name\"")
                              .arg(i + 1).arg(c->name),
                      c->name);
        names.insert(c->name);
        hasBehaviour |= c->kind == Kind::Behaviour;
        plan.checks << *c;
    }

    const QJsonValue wrong = o.value(QLatin1String("wrong"));
    if (!wrong.isUndefined() && !wrong.isArray())
        r.problem(QStringLiteral("\"wrong\" must be a list of {\"file\", \"fails\", \"message_contains\"}"),
                  QStringLiteral("wrong"));
    for (const QJsonValue &v : wrong.toArray()) {
        const QJsonObject w = v.toObject();
        WrongSolution s;
        s.file = w.value(QLatin1String("file")).toString();
        s.path = r.file(folder, w.value(QLatin1String("file")), QStringLiteral("wrong solution"),
                        s.file.isEmpty() ? QStringLiteral("wrong") : s.file);
        s.fails = w.value(QLatin1String("fails")).toString();
        s.messageContains = w.value(QLatin1String("message_contains")).toString();
        if (s.fails.isEmpty())
            r.problem(QStringLiteral("wrong solution \"%1\" needs \"fails\": the name of the check "
                                     "it must fail").arg(s.file),
                      s.file.isEmpty() ? QStringLiteral("wrong") : s.file);
        // Behaviour checks name their results at run time, so only without them can an
        // unknown name be called a mistake now.
        else if (!names.contains(s.fails) && !hasBehaviour)
            r.problem(QStringLiteral("wrong solution \"%1\" fails \"%2\", but no check has that "
                                     "name").arg(s.file, s.fails),
                      s.fails);
        if (!s.path.isEmpty())
            e.wrong << s;
    }
    if (r.fatal)
        return std::nullopt;
    return e;
}

} // namespace Lessons
