#include "parsonsreader.h"

#include "exercisereader.h"
#include "lessonreader.h"
#include "summaryrules.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Lessons {
namespace {

const QSet<QString> itemKeys{"kind",  "id",        "question", "lines", "distractors",
                             "answer", "before",   "after",    "clock", "timeout_s",
                             "checks", "wrong",    "explain"};
const QStringList outputRules{"output", "output_contains", "output_order"};

class ItemReader
{
public:
    ItemReader(QString where, QList<ParsonsReader::Problem> *problems)
        : m_where(std::move(where)), m_problems(problems)
    {
    }
    void fail(const QString &message, const QString &hint)
    {
        m_problems->append({m_where + message, hint, true});
    }
    void warn(const QString &message, const QString &hint)
    {
        m_problems->append({m_where + message, hint, false});
    }

    // A list of strings (code lines may be empty only where `allowEmpty`); nullopt when not.
    std::optional<QStringList> lines(const QJsonObject &o, const QString &key, bool allowEmpty)
    {
        const QJsonValue v = o.value(key);
        QStringList out;
        bool ok = v.isArray();
        for (const QJsonValue &x : v.toArray()) {
            ok = ok && x.isString() && (allowEmpty || !x.toString().trimmed().isEmpty());
            out << x.toString();
        }
        if (!ok) {
            fail(QStringLiteral("\"%1\" must be a list of code lines (strings)").arg(key), key);
            return std::nullopt;
        }
        return out;
    }

    // A program built from the pool: each line a pool line, indented by whole levels.
    bool isFromPool(const QStringList &program, const QStringList &pool, const QString &what)
    {
        for (const QString &line : program) {
            if (ParsonsReader::indentLevel(line) < 0) {
                fail(QStringLiteral("%1: \"%2\" is not indented by a multiple of 4 spaces")
                             .arg(what, line.trimmed()),
                     line);
                return false;
            }
            if (!pool.contains(line.trimmed())) {
                fail(QStringLiteral("%1: \"%2\" is not one of \"lines\"").arg(what, line.trimmed()),
                     line);
                return false;
            }
        }
        return true;
    }

private:
    QString m_where;
    QList<ParsonsReader::Problem> *m_problems;
};

QStringList stripped(const QStringList &program)
{
    QStringList out;
    for (const QString &l : program)
        out << l.trimmed();
    return out;
}

void readDistractors(ItemReader &r, const QJsonObject &o, ParsonsItem &item)
{
    const QJsonValue list = o.value(QLatin1String("distractors"));
    if (!list.isUndefined() && !list.isArray())
        r.fail(QStringLiteral("\"distractors\" must be a list of {\"line\", \"why\"}"),
               QStringLiteral("distractors"));
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject d = v.toObject();
        ParsonsDistractor entry{d.value(QLatin1String("line")).toString(),
                                d.value(QLatin1String("why")).toString()};
        if (!item.lines.contains(entry.line))
            r.fail(QStringLiteral("distractor \"%1\" must be one of \"lines\"").arg(entry.line),
                   QStringLiteral("distractors"));
        if (entry.why.trimmed().isEmpty())
            r.fail(QStringLiteral("distractor \"%1\" needs \"why\": what goes wrong when it is "
                                  "used").arg(entry.line),
                   QStringLiteral("distractors"));
        item.distractors << entry;
    }
}

void readChecks(ItemReader &r, const QJsonObject &o, ParsonsItem &item)
{
    const QJsonArray checks = o.value(QLatin1String("checks")).toArray();
    if (checks.isEmpty())
        r.fail(QStringLiteral("\"checks\" must list the output and trace rules the assembled "
                              "program's run must pass"),
               o.contains(QLatin1String("checks")) ? QStringLiteral("checks") : QString());
    QSet<QString> names;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const QString at = QStringLiteral("checks[%1]: ").arg(i);
        QJsonObject rule = checks.at(i).toObject();
        Core::CheckSpec c;
        c.name = rule.take(QLatin1String("label")).toString().trimmed();
        c.failTemplate = rule.take(QLatin1String("fail")).toString();
        rule.remove(QLatin1String("type")); // written as in exercise.json, or left out
        const QString ruleName = rule.value(QLatin1String("rule")).toString();
        c.kind = outputRules.contains(ruleName) ? Core::CheckSpec::Kind::Output
                                                : Core::CheckSpec::Kind::Trace;
        const QString invalid = checks.at(i).isObject()
                ? Core::SummaryRules::validate(rule)
                : QStringLiteral("a check must be an object {\"rule\": …}");
        if (!invalid.isEmpty()) {
            r.fail(at + invalid, ruleName.isEmpty() ? QStringLiteral("checks") : ruleName);
            continue;
        }
        c.rule = rule;
        if (c.name.isEmpty())
            c.name = ExerciseReader::defaultName(c);
        if (names.contains(c.name))
            r.fail(at + QStringLiteral("the name \"%1\" is used twice; give it a \"label\"").arg(c.name),
                   c.name);
        names.insert(c.name);
        item.checks << c;
    }
}

void readWrong(ItemReader &r, const QJsonObject &o, ParsonsItem &item)
{
    const QJsonArray wrong = o.value(QLatin1String("wrong")).toArray();
    if (wrong.isEmpty())
        r.fail(QStringLiteral("\"wrong\" must list plausible wrong programs, each {\"answer\": "
                              "[lines], \"why\": \"…\"}"),
               o.contains(QLatin1String("wrong")) ? QStringLiteral("wrong") : QString());
    for (qsizetype i = 0; i < wrong.size(); ++i) {
        const QString at = QStringLiteral("wrong[%1]").arg(i);
        const QJsonObject w = wrong.at(i).toObject();
        ParsonsWrong entry;
        entry.why = w.value(QLatin1String("why")).toString();
        if (entry.why.trimmed().isEmpty())
            r.fail(at + QStringLiteral(": \"why\" must say what the run shows instead"),
                   QStringLiteral("wrong"));
        const auto program = r.lines(w, QStringLiteral("answer"), false);
        if (program && r.isFromPool(*program, item.lines, at)) {
            entry.program = *program;
            if (entry.program == item.answer)
                r.fail(at + QStringLiteral(": \"answer\" is the right program, not a wrong one"),
                       QStringLiteral("wrong"));
        }
        item.wrong << entry;
    }
}

} // namespace

int ParsonsReader::indentLevel(const QString &line)
{
    int spaces = 0;
    while (spaces < line.size() && line.at(spaces) == QLatin1Char(' '))
        ++spaces;
    if (spaces < line.size() && line.at(spaces) == QLatin1Char('\t'))
        return -1;
    return spaces % 4 == 0 ? spaces / 4 : -1;
}

ParsonsItem ParsonsReader::read(const QJsonValue &value, const QString &where,
                                QList<Problem> *problems)
{
    ItemReader r(where, problems);
    ParsonsItem item;
    if (!value.isObject()) {
        r.fail(QStringLiteral("must be an object {\"question\": …, \"lines\": […], …}"),
               QStringLiteral("parsons"));
        return item;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!itemKeys.contains(it.key()))
            r.warn(QStringLiteral("unknown key \"%1\" is ignored (misspelt?)").arg(it.key()), it.key());
    if (o.contains(QLatin1String("kind")) && o.value(QLatin1String("kind")).toString() != QLatin1String("parsons"))
        r.fail(QStringLiteral("\"kind\" of a \"parsons\" item must be \"parsons\""), QStringLiteral("kind"));
    item.question = o.value(QLatin1String("question")).toString();
    if (item.question.trimmed().isEmpty())
        r.fail(QStringLiteral("\"question\" must be a non-empty string"),
               o.contains(QLatin1String("question")) ? QStringLiteral("question") : QString());
    item.id = o.value(QLatin1String("id")).toString();
    if (o.contains(QLatin1String("id")) && !LessonReader::isValidId(item.id))
        r.fail(QStringLiteral("\"id\" must be lowercase a-z, 0-9 and '-'"), QStringLiteral("id"));
    item.explain = o.value(QLatin1String("explain")).toString();
    item.lines = r.lines(o, QStringLiteral("lines"), false).value_or(QStringList());
    for (const QString &l : std::as_const(item.lines))
        if (l != l.trimmed())
            r.fail(QStringLiteral("\"lines\" are given without indentation: \"%1\"").arg(l),
                   QStringLiteral("lines"));
    if (item.lines.size() < 3)
        r.fail(QStringLiteral("\"lines\" needs at least three code lines"), QStringLiteral("lines"));
    if (QSet<QString>(item.lines.begin(), item.lines.end()).size() != item.lines.size())
        r.fail(QStringLiteral("\"lines\" has a line twice; each line must be told apart"),
               QStringLiteral("lines"));
    readDistractors(r, o, item);
    item.before = r.lines(o, QStringLiteral("before"), true).value_or(QStringList());
    item.after = r.lines(o, QStringLiteral("after"), true).value_or(QStringList());
    if (!o.contains(QLatin1String("before")))
        item.before.clear();
    if (!o.contains(QLatin1String("after")))
        item.after.clear();
    if (const auto answer = r.lines(o, QStringLiteral("answer"), false);
        answer && r.isFromPool(*answer, item.lines, QStringLiteral("answer"))) {
        item.answer = *answer;
        QStringList used = stripped(item.answer), wanted;
        for (const QString &l : std::as_const(item.lines))
            if (!item.isDistractor(l))
                wanted << l;
        for (const QString &l : std::as_const(used))
            if (item.isDistractor(l))
                r.fail(QStringLiteral("\"answer\" uses the distractor \"%1\"").arg(l),
                       QStringLiteral("answer"));
        QStringList a = used, b = wanted;
        a.sort();
        b.sort();
        if (a != b)
            r.fail(QStringLiteral("\"answer\" must use every line of \"lines\" but the "
                                  "distractors, each once"),
                   QStringLiteral("answer"));
        else if (used == wanted && item.answer == used)
            r.fail(QStringLiteral("\"lines\" is already the right program: show them in another "
                                  "order"),
                   QStringLiteral("lines"));
    }
    const QString clock = o.value(QLatin1String("clock")).toString(QStringLiteral("real"));
    if (clock != QLatin1String("real") && clock != QLatin1String("virtual"))
        r.fail(QStringLiteral("\"clock\" must be \"real\" or \"virtual\""), QStringLiteral("clock"));
    item.virtualClock = clock == QLatin1String("virtual");
    const QJsonValue timeout = o.value(QLatin1String("timeout_s"));
    if (!timeout.isUndefined() && (!timeout.isDouble() || timeout.toDouble() < 1 || timeout.toDouble() > 600))
        r.fail(QStringLiteral("\"timeout_s\" must be a number of seconds from 1 to 600"),
               QStringLiteral("timeout_s"));
    item.timeoutSeconds = timeout.isDouble() ? qBound(1, timeout.toInt(), 600) : 20;
    readChecks(r, o, item);
    readWrong(r, o, item);
    return item;
}

} // namespace Lessons
