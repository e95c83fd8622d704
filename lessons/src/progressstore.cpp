#include "progressstore.h"

#include "regularfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Lessons {
namespace {

const QLatin1String keyVisited("visited"), keyExamples("examples"), keyCompleted("completed"),
        keyQuiz("quiz"), keyLastStep("last_step"), keyPredict("predict"),
        keyParsons("parsons");

// "<step>.<item>": a step's items keep their keys when another step gains one.
QString predictKey(int step, int item)
{
    return QString::number(step) + QLatin1Char('.') + QString::number(item);
}

bool arrayContains(const QJsonArray &a, const QJsonValue &v)
{
    return std::find(a.begin(), a.end(), v) != a.end();
}

} // namespace

ProgressStore::ProgressStore(QString filePath) : m_path(std::move(filePath))
{
    if (m_path.isEmpty())
        m_path = defaultPath();
    load();
}

QString ProgressStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QLatin1String("/progress.json");
}

void ProgressStore::load()
{
    QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink())
        return; // a first start: nothing to recover
    // A regular file of bounded size only: a FIFO or /dev/zero must not freeze or end the app.
    QString problem;
    const std::optional<QByteArray> bytes = Core::RegularFile::read(m_path, maxFileBytes, &problem);
    if (!bytes) {
        m_message = QStringLiteral("Your progress could not be read (the file %1); it is not "
                                   "shown, and the file is left as it is.").arg(problem);
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        moveAside(QStringLiteral("it is not valid JSON (%1 at byte %2)")
                          .arg(error.errorString()).arg(error.offset));
        return;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("schema")).toString() != QLatin1String(schema)
        || !root.value(QLatin1String("lessons")).isObject()) {
        moveAside(QStringLiteral("it is not a Loopscope progress file"));
        return;
    }
    m_lessons = root.value(QLatin1String("lessons")).toObject();
    m_exercises = root.value(QLatin1String("exercises")).toObject();
    m_review = ReviewSchedule::fromJson(root.value(QLatin1String("review")).toObject());
}

void ProgressStore::moveAside(const QString &why)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = m_path + QLatin1String(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + QLatin1String(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (QFile::rename(m_path, target)) {
        m_movedAside = target;
        m_message = QStringLiteral("Your progress file was damaged (%1). It was kept as %2 and "
                                   "progress starts fresh.").arg(why, target);
    } else {
        m_message = QStringLiteral("Your progress file was damaged (%1) and could not be moved "
                                   "aside; progress starts fresh and will overwrite it.").arg(why);
    }
}

bool ProgressStore::save()
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_message = QStringLiteral("Cannot create the folder for %1; progress is not saved.").arg(m_path);
        return false;
    }
    QJsonObject root;
    root.insert(QLatin1String("schema"), QLatin1String(schema));
    root.insert(QLatin1String("lessons"), m_lessons);
    if (!m_exercises.isEmpty())
        root.insert(QLatin1String("exercises"), m_exercises);
    if (m_review.size() > 0)
        root.insert(QLatin1String("review"), m_review.toJson());
    // QSaveFile writes a temporary file and renames it over the old one: a crash or a full
    // disk mid-write leaves the previous progress intact.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        m_message = QStringLiteral("Progress could not be saved to %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QJsonObject ProgressStore::lessonObject(const QString &lessonId) const
{
    return m_lessons.value(lessonId).toObject();
}

bool ProgressStore::updateLesson(const QString &lessonId, const QJsonObject &value)
{
    if (m_lessons.value(lessonId).toObject() == value)
        return true;
    m_lessons.insert(lessonId, value);
    return save();
}

bool ProgressStore::isStepVisited(const QString &lessonId, int step) const
{
    return arrayContains(lessonObject(lessonId).value(keyVisited).toArray(), step);
}

bool ProgressStore::markStepVisited(const QString &lessonId, int step)
{
    QJsonObject l = lessonObject(lessonId);
    QJsonArray visited = l.value(keyVisited).toArray();
    if (!arrayContains(visited, step))
        visited.append(step);
    l.insert(keyVisited, visited);
    return updateLesson(lessonId, l);
}

bool ProgressStore::isExampleCompleted(const QString &lessonId, const QString &exampleId) const
{
    return arrayContains(lessonObject(lessonId).value(keyExamples).toArray(), exampleId);
}

bool ProgressStore::markExampleCompleted(const QString &lessonId, const QString &exampleId)
{
    QJsonObject l = lessonObject(lessonId);
    QJsonArray examples = l.value(keyExamples).toArray();
    if (!arrayContains(examples, exampleId))
        examples.append(exampleId);
    l.insert(keyExamples, examples);
    return updateLesson(lessonId, l);
}

bool ProgressStore::isLessonCompleted(const QString &lessonId) const
{
    return lessonObject(lessonId).value(keyCompleted).toBool();
}

bool ProgressStore::markLessonCompleted(const QString &lessonId, bool completed)
{
    QJsonObject l = lessonObject(lessonId);
    l.insert(keyCompleted, completed);
    return updateLesson(lessonId, l);
}

std::optional<int> ProgressStore::quizAnswer(const QString &lessonId, int question) const
{
    const QJsonValue v = lessonObject(lessonId).value(keyQuiz).toObject().value(QString::number(question));
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

bool ProgressStore::setQuizAnswer(const QString &lessonId, int question, int choice)
{
    QJsonObject l = lessonObject(lessonId);
    QJsonObject quiz = l.value(keyQuiz).toObject();
    quiz.insert(QString::number(question), choice);
    l.insert(keyQuiz, quiz);
    return updateLesson(lessonId, l);
}

ProgressStore::PredictResult ProgressStore::itemResult(const QString &group,
                                                      const QString &lessonId, int step,
                                                      int item) const
{
    const QJsonObject o = lessonObject(lessonId).value(group).toObject().value(
            predictKey(step, item)).toObject();
    PredictResult r;
    r.answer = o.value(QLatin1String("answer"));
    r.passed = o.value(QLatin1String("passed")).toBool();
    r.tries = std::max(0, o.value(QLatin1String("tries")).toInt());
    r.revealed = o.value(QLatin1String("revealed")).toBool();
    return r;
}

bool ProgressStore::updateItem(const QString &group, const QString &lessonId, int step, int item,
                               const QJsonObject &value)
{
    QJsonObject l = lessonObject(lessonId);
    QJsonObject items = l.value(group).toObject();
    items.insert(predictKey(step, item), value);
    l.insert(group, items);
    return updateLesson(lessonId, l);
}

bool ProgressStore::recordItemAttempt(const QString &group, const QString &lessonId, int step,
                                      int item, const QJsonValue &answer, bool passed)
{
    QJsonObject o = lessonObject(lessonId).value(group).toObject().value(
            predictKey(step, item)).toObject();
    o.insert(QLatin1String("answer"), answer);
    o.insert(QLatin1String("tries"), o.value(QLatin1String("tries")).toInt() + 1);
    o.insert(QLatin1String("passed"), passed || o.value(QLatin1String("passed")).toBool());
    return updateItem(group, lessonId, step, item, o);
}

bool ProgressStore::setItemRevealed(const QString &group, const QString &lessonId, int step,
                                    int item)
{
    QJsonObject o = lessonObject(lessonId).value(group).toObject().value(
            predictKey(step, item)).toObject();
    o.insert(QLatin1String("revealed"), true);
    return updateItem(group, lessonId, step, item, o);
}

ProgressStore::PredictResult ProgressStore::predictResult(const QString &lessonId, int step,
                                                         int item) const
{
    return itemResult(keyPredict, lessonId, step, item);
}

bool ProgressStore::recordPredictAttempt(const QString &lessonId, int step, int item,
                                         const QJsonValue &answer, bool passed)
{
    return recordItemAttempt(keyPredict, lessonId, step, item, answer, passed);
}

bool ProgressStore::setPredictRevealed(const QString &lessonId, int step, int item)
{
    return setItemRevealed(keyPredict, lessonId, step, item);
}

ProgressStore::PredictResult ProgressStore::parsonsResult(const QString &lessonId, int step,
                                                         int item) const
{
    return itemResult(keyParsons, lessonId, step, item);
}

bool ProgressStore::recordParsonsAttempt(const QString &lessonId, int step, int item,
                                         const QJsonValue &answer, bool passed)
{
    return recordItemAttempt(keyParsons, lessonId, step, item, answer, passed);
}

bool ProgressStore::setParsonsRevealed(const QString &lessonId, int step, int item)
{
    return setItemRevealed(keyParsons, lessonId, step, item);
}

std::optional<int> ProgressStore::lastStep(const QString &lessonId) const
{
    const QJsonValue v = lessonObject(lessonId).value(keyLastStep);
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

bool ProgressStore::setLastStep(const QString &lessonId, int step)
{
    QJsonObject l = lessonObject(lessonId);
    l.insert(keyLastStep, step);
    return updateLesson(lessonId, l);
}

QString ProgressStore::exerciseStatus(const QString &exerciseId) const
{
    return m_exercises.value(exerciseId).toObject().value(QLatin1String("status")).toString();
}

int ProgressStore::exerciseFailedAttempts(const QString &exerciseId) const
{
    return m_exercises.value(exerciseId).toObject().value(QLatin1String("failed")).toInt();
}

bool ProgressStore::recordExerciseCheck(const QString &exerciseId, bool passed)
{
    QJsonObject e = m_exercises.value(exerciseId).toObject();
    if (passed)
        e.insert(QLatin1String("status"), QLatin1String("passed"));
    else {
        e.insert(QLatin1String("failed"), e.value(QLatin1String("failed")).toInt() + 1);
        if (e.value(QLatin1String("status")).toString() != QLatin1String("passed"))
            e.insert(QLatin1String("status"), QLatin1String("failed"));
    }
    m_exercises.insert(exerciseId, e);
    return save();
}

bool ProgressStore::resetLesson(const QString &lessonId)
{
    if (!m_lessons.contains(lessonId))
        return true;
    m_lessons.remove(lessonId);
    return save();
}

bool ProgressStore::recordReview(const QString &key, const QString &lessonId, bool right,
                                 const QDateTime &now)
{
    m_review.record(key, lessonId, right, now);
    const bool saved = save();
    // A copy: a listener may remove itself (a dialog closing) while being told.
    const Listeners listeners = *m_reviewListeners;
    for (const auto &[id, listener] : listeners)
        listener();
    return saved;
}

std::shared_ptr<void> ProgressStore::watchReview(std::function<void()> listener) const
{
    const int id = ++m_nextListener;
    m_reviewListeners->emplace(id, std::move(listener));
    std::weak_ptr<Listeners> weak = m_reviewListeners;
    return std::shared_ptr<void>(nullptr, [weak, id](void *) {
        if (const auto listeners = weak.lock())
            listeners->erase(id);
    });
}

} // namespace Lessons
