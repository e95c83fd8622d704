#include "predictreader.h"

#include "predictgrading.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Lessons {
namespace {

const QSet<QString> itemKeys{"kind",   "example",   "question", "lines", "answer",
                             "figure", "tolerance", "wrong",    "explain"};
const QString nextKind = QStringLiteral("predict_next");
const QSet<QString> wrongKeys{"answer", "why"};

class ItemReader
{
public:
    ItemReader(QString where, QList<PredictReader::Problem> *problems)
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

    QString text(const QJsonObject &o, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            // A missing key has no line of its own: the item's question locates it.
            fail(QStringLiteral("\"%1\" must be a non-empty string").arg(key),
                 v.isUndefined() ? QString() : key);
            return {};
        }
        return v.toString();
    }

    // A list of non-empty strings; nullopt (with the problem said) otherwise.
    std::optional<QStringList> lines(const QJsonValue &v, const QString &key)
    {
        QStringList out;
        bool ok = v.isArray();
        for (const QJsonValue &x : v.toArray()) {
            ok = ok && x.isString() && !x.toString().trimmed().isEmpty();
            out << x.toString();
        }
        if (!ok) {
            fail(QStringLiteral("\"%1\" must be a list of output lines (non-empty strings)").arg(key),
                 key);
            return std::nullopt;
        }
        return out;
    }

    // An order the learner could make: the item's lines, each once.
    bool isPermutation(const QStringList &order, const QStringList &lines)
    {
        QStringList a = order, b = lines;
        a.sort();
        b.sort();
        return a == b;
    }

private:
    QString m_where;
    QList<PredictReader::Problem> *m_problems;
};

void readOrder(ItemReader &r, const QJsonObject &o, PredictItem &item)
{
    if (o.contains(QLatin1String("figure")) || o.contains(QLatin1String("tolerance")))
        r.fail(QStringLiteral("\"figure\" and \"tolerance\" belong to predict_figure items"),
               QStringLiteral("figure"));
    item.lines = r.lines(o.value(QLatin1String("lines")), QStringLiteral("lines")).value_or(QStringList());
    if (item.lines.size() < 2)
        r.fail(QStringLiteral("\"lines\" needs at least two output lines to put in order"),
               QStringLiteral("lines"));
    if (QSet<QString>(item.lines.begin(), item.lines.end()).size() != item.lines.size())
        r.fail(QStringLiteral("\"lines\" has a line twice; each line must be told apart"),
               QStringLiteral("lines"));
    const auto answer = r.lines(o.value(QLatin1String("answer")), QStringLiteral("answer"));
    if (!answer)
        return;
    item.answerOrder = *answer;
    if (!r.isPermutation(item.answerOrder, item.lines))
        r.fail(QStringLiteral("\"answer\" must list the same lines as \"lines\", in the right "
                              "order"), QStringLiteral("answer"));
    else if (item.answerOrder == item.lines)
        r.fail(QStringLiteral("\"lines\" is already the right order: show the lines in another "
                              "order, or the learner only has to press Run"),
               QStringLiteral("lines"));
}

void readFigure(ItemReader &r, const QJsonObject &o, PredictItem &item)
{
    if (o.contains(QLatin1String("lines")))
        r.fail(QStringLiteral("\"lines\" belongs to predict_order items"), QStringLiteral("lines"));
    item.figure = r.text(o, QStringLiteral("figure"), true);
    if (!item.figure.isEmpty() && !PredictGrading::figureNames().contains(item.figure))
        r.fail(QStringLiteral("\"figure\" must be one of %1, not \"%2\"")
                       .arg(PredictGrading::figureNames().join(QLatin1String(", ")), item.figure),
               item.figure);
    const QJsonValue answer = o.value(QLatin1String("answer"));
    if (!answer.isDouble())
        r.fail(QStringLiteral("\"answer\" must be a number (the figure the run shows)"),
               QStringLiteral("answer"));
    item.answerFigure = answer.toDouble();
    const QJsonValue tolerance = o.value(QLatin1String("tolerance"));
    if (!tolerance.isDouble() || tolerance.toDouble() < 0)
        r.fail(QStringLiteral("\"tolerance\" must be a number >= 0: how far from the run's "
                              "figure an answer may be and still pass"),
               tolerance.isUndefined() ? QString() : QStringLiteral("tolerance"));
    item.tolerance = std::max(0.0, tolerance.toDouble());
}

void readNext(ItemReader &r, const QJsonObject &o, PredictItem &item)
{
    for (const char *key : {"lines", "figure", "tolerance"})
        if (o.contains(QLatin1String(key)))
            r.fail(QStringLiteral("\"%1\" does not belong to a predict_next item").arg(key),
                   QLatin1String(key));
    item.answerName = r.text(o, QStringLiteral("answer"), true);
}

void readWrong(ItemReader &r, const QJsonObject &o, PredictItem &item)
{
    const QJsonValue wrong = o.value(QLatin1String("wrong"));
    if (!wrong.isArray() || wrong.toArray().isEmpty()) {
        r.fail(QStringLiteral("\"wrong\" must list the plausible wrong answers, each "
                              "{\"answer\": …, \"why\": \"…\"}"),
               wrong.isUndefined() ? QString() : QStringLiteral("wrong"));
        return;
    }
    const QJsonArray list = wrong.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("wrong[%1]: ").arg(i);
        const QJsonObject w = list.at(i).toObject();
        if (!list.at(i).isObject()) {
            r.fail(at + QStringLiteral("must be an object {\"answer\": …, \"why\": \"…\"}"),
                   QStringLiteral("wrong"));
            continue;
        }
        for (auto it = w.begin(); it != w.end(); ++it)
            if (!wrongKeys.contains(it.key()))
                r.warn(at + QStringLiteral("unknown key \"%1\" is ignored (misspelt?)").arg(it.key()),
                       it.key());
        PredictWrong entry;
        const QJsonValue why = w.value(QLatin1String("why"));
        if (!why.isString() || why.toString().trimmed().isEmpty())
            r.fail(at + QStringLiteral("\"why\" must say what the run showed instead (a "
                                       "non-empty string)"),
                   QStringLiteral("wrong"));
        entry.why = why.toString();
        if (item.kind == PredictItem::Kind::Order) {
            const auto order = r.lines(w.value(QLatin1String("answer")), QStringLiteral("answer"));
            entry.order = order.value_or(QStringList());
            if (order && !r.isPermutation(entry.order, item.lines))
                r.fail(at + QStringLiteral("\"answer\" must list the same lines as \"lines\""),
                       entry.order.value(0, QStringLiteral("wrong")));
            else if (order && entry.order == item.answerOrder)
                r.fail(at + QStringLiteral("\"answer\" is the right order, not a wrong one"),
                       QStringLiteral("wrong"));
        } else if (item.kind == PredictItem::Kind::Next) {
            const QJsonValue name = w.value(QLatin1String("answer"));
            entry.name = name.toString();
            if (!name.isString() || entry.name.trimmed().isEmpty())
                r.fail(at + QStringLiteral("\"answer\" must name a task or callback"),
                       QStringLiteral("wrong"));
            else if (entry.name == item.answerName)
                r.fail(at + QStringLiteral("\"answer\" is the right pick, not a wrong one"),
                       entry.name);
        } else {
            const QJsonValue number = w.value(QLatin1String("answer"));
            entry.figure = number.toDouble();
            if (!number.isDouble())
                r.fail(at + QStringLiteral("\"answer\" must be a number"), QStringLiteral("wrong"));
            else if (std::abs(entry.figure - item.answerFigure) <= item.tolerance)
                r.fail(at + QStringLiteral("%1 is within the tolerance of the answer, so it would "
                                           "pass").arg(entry.figure),
                       QStringLiteral("wrong"));
        }
        item.wrong << entry;
    }
}

} // namespace

PredictItem PredictReader::read(const QJsonValue &value, const QString &where,
                                QList<Problem> *problems)
{
    ItemReader r(where, problems);
    PredictItem item;
    if (!value.isObject()) {
        r.fail(QStringLiteral("must be an object {\"kind\": \"predict_order\", …}"),
               QStringLiteral("predict"));
        return item;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!itemKeys.contains(it.key()))
            r.warn(QStringLiteral("unknown key \"%1\" is ignored (misspelt?)").arg(it.key()),
                   it.key());
    const QString kind = r.text(o, QStringLiteral("kind"), true);
    if (kind == QLatin1String("predict_figure"))
        item.kind = PredictItem::Kind::Figure;
    else if (kind == nextKind)
        item.kind = PredictItem::Kind::Next;
    else if (kind != QLatin1String("predict_order") && !kind.isEmpty())
        r.fail(QStringLiteral("\"kind\" must be \"predict_order\", \"predict_figure\" or "
                              "\"predict_next\", not \"%1\"").arg(kind),
               kind);
    item.example = r.text(o, QStringLiteral("example"), true);
    item.question = r.text(o, QStringLiteral("question"), true);
    item.explain = r.text(o, QStringLiteral("explain"), false);
    if (item.kind == PredictItem::Kind::Order)
        readOrder(r, o, item);
    else if (item.kind == PredictItem::Kind::Next)
        readNext(r, o, item);
    else
        readFigure(r, o, item);
    readWrong(r, o, item);
    return item;
}

} // namespace Lessons
