#include "reviewschedule.h"

#include "reviewkey.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace Lessons {

namespace {

QString agoText(const QDateTime &then, const QDateTime &now)
{
    const qint64 s = std::max<qint64>(0, then.secsTo(now));
    // One and many as two strings, not %n: English needs no translator file to read right, and
    // the translations so far (German) pick their form by the same rule.
    const auto counted = [](const char *one, const char *many, qint64 n) {
        return QCoreApplication::translate("ReviewSchedule", n == 1 ? one : many).arg(n);
    };
    if (s < 60)
        return QCoreApplication::translate("ReviewSchedule", "just now");
    if (s < 3600)
        return counted(QT_TRANSLATE_NOOP("ReviewSchedule", "%1 minute ago"),
            QT_TRANSLATE_NOOP("ReviewSchedule", "%1 minutes ago"), s / 60);
    if (s < 86400)
        return counted(QT_TRANSLATE_NOOP("ReviewSchedule", "%1 hour ago"),
            QT_TRANSLATE_NOOP("ReviewSchedule", "%1 hours ago"), s / 3600);
    return counted(QT_TRANSLATE_NOOP("ReviewSchedule", "%1 day ago"),
        QT_TRANSLATE_NOOP("ReviewSchedule", "%1 days ago"), s / 86400);
}

} // namespace

QString ReviewSchedule::quizKey(const QString &lessonId, int question)
{
    return ReviewKey::quiz(lessonId, question);
}

QString ReviewSchedule::predictKey(const QString &lessonId, int step, int item)
{
    return ReviewKey::predict(lessonId, step, item);
}

QString ReviewSchedule::parsonsKey(const QString &lessonId, int step, int item)
{
    return ReviewKey::parsons(lessonId, step, item);
}

qint64 ReviewSchedule::intervalSeconds(int box)
{
    // Box 1 is "not yet known": soon, but not at once, so the answer is recalled, not echoed.
    static constexpr qint64 waits[boxes] = {10 * 60, 86400, 3 * 86400, 7 * 86400, 21 * 86400};
    return waits[std::clamp(box, 1, boxes) - 1];
}

void ReviewSchedule::record(const QString &key, const QString &lessonId, bool right,
                            const QDateTime &now)
{
    auto it = std::find_if(m_items.begin(), m_items.end(), [&](const Item &i) { return i.key == key; });
    if (it == m_items.end()) {
        m_items.append({key, lessonId, 1, {}, {}, false, 0}); // unknown until answered right
        it = std::prev(m_items.end());
    }
    it->lessonId = lessonId;
    // Right on the second try, just after a wrong answer, is not yet known: it stays in box 1
    // and still comes back when the wrong answer asked for.
    const bool retry = right && !it->lastRight && it->last.isValid()
            && it->last.secsTo(now) < intervalSeconds(1);
    if (retry) {
        it->lastRight = true;
        it->last = now;
        return;
    }
    it->box = right ? std::min(it->box + 1, int(boxes)) : 1;
    if (!right)
        ++it->wrongCount;
    it->lastRight = right;
    it->last = now;
    it->due = now.addSecs(intervalSeconds(it->box));
}

QList<ReviewSchedule::Item> ReviewSchedule::due(const QDateTime &now) const
{
    QList<Item> out;
    for (const Item &i : m_items)
        if (i.due <= now)
            out.append(i);
    std::stable_sort(out.begin(), out.end(), [](const Item &a, const Item &b) { return a.due < b.due; });
    return out;
}

int ReviewSchedule::dueCount(const QDateTime &now, const QString &lessonPrefix) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [&](const Item &i) {
        return i.due <= now && (lessonPrefix.isEmpty() || i.lessonId == lessonPrefix
                                || i.lessonId.startsWith(lessonPrefix));
    }));
}

const ReviewSchedule::Item *ReviewSchedule::item(const QString &key) const
{
    for (const Item &i : m_items)
        if (i.key == key)
            return &i;
    return nullptr;
}

QString ReviewSchedule::why(const Item &item, const QDateTime &now)
{
    if (!item.lastRight)
        return QCoreApplication::translate("ReviewSchedule", "answered wrong %1").arg(agoText(item.last, now));
    return QCoreApplication::translate("ReviewSchedule", "answered right %1 (box %2 of %3)")
            .arg(agoText(item.last, now))
            .arg(item.box)
            .arg(boxes);
}

QJsonObject ReviewSchedule::toJson() const
{
    QJsonObject out;
    for (const Item &i : m_items)
        out.insert(i.key, QJsonObject{{QStringLiteral("lesson"), i.lessonId},
                                      {QStringLiteral("box"), i.box},
                                      {QStringLiteral("due"), i.due.toMSecsSinceEpoch()},
                                      {QStringLiteral("last"), i.last.toMSecsSinceEpoch()},
                                      {QStringLiteral("right"), i.lastRight},
                                      {QStringLiteral("wrong"), i.wrongCount}});
    return out;
}

ReviewSchedule ReviewSchedule::fromJson(const QJsonObject &json)
{
    ReviewSchedule s;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const int box = o.value(QLatin1String("box")).toInt(0);
        const QJsonValue due = o.value(QLatin1String("due"));
        const QString lesson = o.value(QLatin1String("lesson")).toString();
        if (it.key().isEmpty() || lesson.isEmpty() || box < 1 || box > boxes || !due.isDouble())
            continue;
        Item i;
        i.key = it.key();
        i.lessonId = lesson;
        i.box = box;
        i.due = QDateTime::fromMSecsSinceEpoch(qint64(due.toDouble()), Qt::UTC);
        i.last = QDateTime::fromMSecsSinceEpoch(qint64(o.value(QLatin1String("last")).toDouble()), Qt::UTC);
        i.lastRight = o.value(QLatin1String("right")).toBool();
        i.wrongCount = std::max(0, o.value(QLatin1String("wrong")).toInt());
        s.m_items.append(i);
    }
    return s;
}

} // namespace Lessons
