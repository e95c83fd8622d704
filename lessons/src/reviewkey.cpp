#include "reviewkey.h"

#include "catalog.h"

namespace Lessons {

namespace {

const QString quizPrefix = QStringLiteral("quiz");
const QString predictPrefix = QStringLiteral("predict");
const QString parsonsPrefix = QStringLiteral("parsons");

// A non-negative decimal number, all of `text`; -1 otherwise.
int index(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n >= 0 && !text.startsWith(QLatin1Char('+')) ? n : -1;
}

} // namespace

QString ReviewKey::quiz(const QString &lessonId, int question)
{
    return QStringLiteral("%1:%2#%3").arg(quizPrefix, lessonId).arg(question);
}

QString ReviewKey::predict(const QString &lessonId, int step, int item)
{
    return QStringLiteral("%1:%2#%3.%4").arg(predictPrefix, lessonId).arg(step).arg(item);
}

QString ReviewKey::parsons(const QString &lessonId, int step, int item)
{
    return QStringLiteral("%1:%2#%3.%4").arg(parsonsPrefix, lessonId).arg(step).arg(item);
}

QString ReviewKey::toString() const
{
    switch (kind) {
    case Kind::Quiz: return quiz(lessonId, question);
    case Kind::Predict: return predict(lessonId, step, item);
    case Kind::Parsons: return parsons(lessonId, step, item);
    }
    return {};
}

std::optional<ReviewKey> ReviewKey::parse(const QString &key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    const qsizetype hash = key.lastIndexOf(QLatin1Char('#'));
    if (colon <= 0 || hash <= colon + 1)
        return std::nullopt;
    ReviewKey k;
    k.lessonId = key.mid(colon + 1, hash - colon - 1);
    const QString kind = key.left(colon), where = key.mid(hash + 1);
    if (kind == quizPrefix) {
        k.kind = Kind::Quiz;
        k.question = index(where);
        if (k.question < 0)
            return std::nullopt;
    } else if (kind == predictPrefix || kind == parsonsPrefix) {
        k.kind = kind == predictPrefix ? Kind::Predict : Kind::Parsons;
        const QStringList parts = where.split(QLatin1Char('.'));
        if (parts.size() != 2)
            return std::nullopt;
        k.step = index(parts[0]);
        k.item = index(parts[1]);
        if (k.step < 0 || k.item < 0)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    return k;
}

std::optional<ReviewTarget> locateReview(const Catalog &catalog, const QString &key)
{
    const std::optional<ReviewKey> k = ReviewKey::parse(key);
    if (!k)
        return std::nullopt;
    ReviewTarget out;
    out.lesson = catalog.lesson(k->lessonId);
    if (!out.lesson)
        return std::nullopt;
    if (k->kind == ReviewKey::Kind::Quiz) {
        if (k->question >= out.lesson->quiz.size() || out.lesson->steps.isEmpty())
            return std::nullopt;
        out.step = int(out.lesson->steps.size()) - 1; // the quiz is under the last step
        out.question = out.lesson->quiz[k->question].question;
    } else {
        if (k->step >= out.lesson->steps.size())
            return std::nullopt;
        const Step &step = out.lesson->steps[k->step];
        if (k->kind == ReviewKey::Kind::Predict) {
            if (k->item >= step.predict.size())
                return std::nullopt;
            out.question = step.predict[k->item].question;
        } else {
            if (k->item >= step.parsons.size())
                return std::nullopt;
            out.question = step.parsons[k->item].question;
        }
        out.step = k->step;
    }
    return out;
}

} // namespace Lessons
