#include "lessonreader.h"

#include "jsonfile.h"
#include "parsonsreader.h"
#include "predictreader.h"
#include "regularfile.h"
#include "steptranslation.h"
#include "summaryrules.h"
#include "versionedtext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Lessons {
namespace {

const QSet<QString> lessonKeys{"id", "title", "summary", "objectives", "covers", "requires",
                               "steps", "examples", "quiz"};
const QSet<QString> stepKeys{"title", "text", "examples", "predict", "parsons"};
const QSet<QString> exampleKeys{"id", "title", "file", "clock", "lab", "timeout_s", "args",
                                "look_for", "step", "axis", "frames", "compare", "expect"};
const QSet<QString> quizKeys{"question", "choices", "answer", "explain", "why"};
constexpr int maxTimeoutSeconds = 600; // as for exercises (EXERCISES.md)

// Collects the issues of one lesson.json; any fatal one leaves the lesson out.
class Reader
{
public:
    Reader(const JsonFile &json, QList<CatalogIssue> *issues, QString lessonId)
        : m_json(json), m_issues(issues), m_lessonId(std::move(lessonId))
    {
    }

    void fail(const QString &message, const QString &hint = {})
    {
        add(message, hint, true);
    }
    void warn(const QString &message, const QString &hint = {})
    {
        add(message, hint, false);
    }
    //! A predict item's problem, located near the item's question (its own line, not the
    //! first item's).
    void report(const PredictReader::Problem &p, const QString &near)
    {
        CatalogIssue i = m_json.issue(p.message, p.hint, near);
        if (i.line == 0 && !near.isEmpty()) // a missing key: point at the item's question
            i = m_json.issue(p.message, near);
        i.lessonId = m_lessonId;
        i.fatal = p.fatal;
        m_issues->append(i);
        m_failed = m_failed || p.fatal;
    }
    bool failed() const { return m_failed; }
    void setLessonId(const QString &id) { m_lessonId = id; }

    QString string(const QJsonObject &o, const QString &key, const QString &where, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(QStringLiteral("%1needs \"%2\"").arg(where, key));
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            fail(QStringLiteral("%1\"%2\" must be a non-empty string").arg(where, key), key);
            return {};
        }
        return v.toString();
    }

    QStringList strings(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        QStringList out;
        bool ok = v.isArray();
        for (const QJsonValue &x : v.toArray()) {
            ok = ok && x.isString();
            out << x.toString();
        }
        if (!ok) {
            fail(QStringLiteral("%1\"%2\" must be a list of strings").arg(where, key), key);
            return {};
        }
        return out;
    }

    QJsonArray array(const QJsonObject &o, const QString &key, const QString &where, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(QStringLiteral("%1needs \"%2\"").arg(where, key));
            return {};
        }
        if (!v.isArray()) {
            fail(QStringLiteral("%1\"%2\" must be a list [...]").arg(where, key), key);
            return {};
        }
        return v.toArray();
    }

    void unknownKeys(const QJsonObject &o, const QSet<QString> &known, const QString &where)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                warn(QStringLiteral("%1unknown key \"%2\" is ignored (misspelt?)").arg(where, it.key()),
                     it.key());
    }

private:
    void add(const QString &message, const QString &hint, bool fatal)
    {
        CatalogIssue i = m_json.issue(message, hint);
        i.lessonId = m_lessonId;
        i.fatal = fatal;
        m_issues->append(i);
        m_failed = m_failed || fatal;
    }

    const JsonFile &m_json;
    QList<CatalogIssue> *m_issues;
    QString m_lessonId;
    bool m_failed = false;
};

QString join(const QString &folder, const QString &relative)
{
    return folder + QLatin1Char('/') + relative;
}

// Relative, inside the lesson folder: lessons are shared as folders, and a path out of the
// folder would break as soon as it is copied elsewhere.
bool isContained(const QString &relative)
{
    if (relative.isEmpty() || relative.startsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = relative.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".."));
}

Example readExample(Reader &r, const QJsonObject &o, const QString &where, const QString &folder)
{
    r.unknownKeys(o, exampleKeys, where);
    Example e;
    e.id = r.string(o, QStringLiteral("id"), where, true);
    if (!e.id.isEmpty() && !LessonReader::isValidExampleId(e.id))
        r.fail(QStringLiteral("%1id \"%2\" must use only a-z, 0-9, '-' and '_'").arg(where, e.id), e.id);
    e.title = r.string(o, QStringLiteral("title"), where, true);
    e.file = r.string(o, QStringLiteral("file"), where, true);
    if (!e.file.isEmpty()) {
        e.path = join(folder, e.file);
        if (!isContained(e.file))
            r.fail(QStringLiteral("%1file \"%2\" must be a relative path inside the lesson folder")
                           .arg(where, e.file), e.file);
        else if (const QString problem
                 = Core::RegularFile::problem(e.path, Core::RegularFile::kMaxTextFile, folder);
                 !problem.isEmpty())
            r.fail(QStringLiteral("%1file \"%2\" %3").arg(where, e.file, problem), e.file);
    }
    const QString clock = o.contains(QLatin1String("clock"))
            ? r.string(o, QStringLiteral("clock"), where, true)
            : QStringLiteral("real");
    if (clock != QLatin1String("real") && clock != QLatin1String("virtual"))
        r.fail(QStringLiteral("%1clock must be \"virtual\" or \"real\", not \"%2\"").arg(where, clock),
               QStringLiteral("clock"));
    e.virtualClock = clock == QLatin1String("virtual");
    const QJsonValue lab = o.value(QLatin1String("lab"));
    if (!lab.isUndefined() && !lab.isBool())
        r.fail(QStringLiteral("%1\"lab\" must be true or false").arg(where), QStringLiteral("lab"));
    e.lab = lab.toBool(false);
    const QJsonValue timeout = o.value(QLatin1String("timeout_s"));
    // Bounded before rounding: 1e10 once overflowed qRound into a one-second timeout.
    const bool timeoutOk = timeout.isDouble() && timeout.toDouble() >= 1
            && timeout.toDouble() <= maxTimeoutSeconds;
    if (!timeout.isUndefined() && !timeoutOk)
        r.fail(QStringLiteral("%1\"timeout_s\" must be a number of seconds from 1 to %2")
                       .arg(where).arg(maxTimeoutSeconds),
               QStringLiteral("timeout_s"));
    e.timeoutSeconds = timeoutOk ? qRound(timeout.toDouble()) : 30;
    e.arguments = r.strings(o, QStringLiteral("args"), where);
    if (o.contains(QLatin1String("look_for")))
        e.lookFor = r.string(o, QStringLiteral("look_for"), where, false);
    const QJsonValue step = o.value(QLatin1String("step"));
    if (!step.isUndefined() && !step.isBool())
        r.fail(QStringLiteral("%1\"step\" must be true or false").arg(where), QStringLiteral("step"));
    e.stepMode = step.toBool(false);
    // Lessons about order open on the step axis; "step": true implies it unless "axis" says.
    e.stepAxis = e.stepMode;
    if (o.contains(QLatin1String("axis"))) {
        const QString axis = r.string(o, QStringLiteral("axis"), where, true);
        if (axis != QLatin1String("time") && axis != QLatin1String("steps"))
            r.fail(QStringLiteral("%1\"axis\" must be \"time\" or \"steps\", not \"%2\"")
                           .arg(where, axis),
                   QStringLiteral("axis"));
        e.stepAxis = axis == QLatin1String("steps");
    }
    const QJsonValue frames = o.value(QLatin1String("frames"));
    if (!frames.isUndefined() && !frames.isBool())
        r.fail(QStringLiteral("%1\"frames\" must be true or false").arg(where),
               QStringLiteral("frames"));
    e.showFrames = frames.toBool(false);
    if (o.contains(QLatin1String("compare")))
        e.compareWith = r.string(o, QStringLiteral("compare"), where, true);
    const QJsonArray expect = r.array(o, QStringLiteral("expect"), where, false);
    for (qsizetype i = 0; i < expect.size(); ++i) {
        QJsonObject rule = expect.at(i).toObject();
        // "when" belongs to the lesson, not to the rule: the rule is checked without it, and
        // only on runs whose versions it names.
        std::optional<VersionCondition> when;
        if (rule.contains(QLatin1String("when"))) {
            QString error;
            const QJsonValue text = rule.take(QLatin1String("when"));
            when = text.isString() ? VersionCondition::parse(text.toString(), &error) : std::nullopt;
            if (!when)
                r.fail(QStringLiteral("%1expect[%2]: \"when\" must be a version condition: %3")
                               .arg(where).arg(i)
                               .arg(text.isString() ? error : QStringLiteral("a string like \"python >= 3.12\"")),
                       QStringLiteral("when"));
        }
        const QString problem = expect.at(i).isObject()
                ? Core::SummaryRules::validate(rule)
                : QStringLiteral("must be an object like {\"rule\": \"status\", \"is\": \"ok\"}");
        if (!problem.isEmpty())
            r.fail(QStringLiteral("%1expect[%2]: %3").arg(where).arg(i).arg(problem),
                   rule.value(QLatin1String("rule")).toString());
        e.expect << rule;
        e.expectWhen << when;
    }
    return e;
}

// The step's text in the locale's language when the lesson has it (steps/01-intro.de.md beside
// steps/01-intro.md); the English text stays when it has none. A translation that cannot be
// read or whose version markers are wrong is a warning, and the learner reads the English.
void readTranslation(Reader &r, Step &s, const QString &where, const QString &folder)
{
    for (const StepTranslation &t : stepTranslations(s.textFile)) {
        const QString path = join(folder, t.textFile);
        if (!QFileInfo::exists(path))
            continue;
        QString problem;
        const std::optional<QByteArray> text
                = Core::RegularFile::read(path, Core::RegularFile::kMaxTextFile, &problem, folder);
        const QString markdown = text ? QString::fromUtf8(*text) : QString();
        int line = 0;
        if (text)
            problem = VersionedText::validate(markdown, &line);
        if (!problem.isEmpty()) {
            const QString at = line > 0 ? QStringLiteral(" line %1").arg(line) : QString();
            r.warn(QStringLiteral("%1text \"%2\"%3: %4; the English text is shown")
                           .arg(where, t.textFile, at, problem),
                   t.textFile);
            return;
        }
        s.markdown = markdown;
        s.language = t.language;
        return;
    }
}

Step readStep(Reader &r, const QJsonObject &o, const QString &where, const QString &folder)
{
    r.unknownKeys(o, stepKeys, where);
    Step s;
    s.title = r.string(o, QStringLiteral("title"), where, true);
    s.textFile = r.string(o, QStringLiteral("text"), where, true);
    s.examples = r.strings(o, QStringLiteral("examples"), where);
    const QJsonArray predict = r.array(o, QStringLiteral("predict"), where, false);
    for (qsizetype i = 0; i < predict.size(); ++i) {
        QList<PredictReader::Problem> problems;
        const QString at = QStringLiteral("%1predict[%2]: ").arg(where).arg(i);
        s.predict << PredictReader::read(predict.at(i), at, &problems);
        for (const PredictReader::Problem &p : std::as_const(problems))
            r.report(p, s.predict.last().question);
    }
    const QJsonArray parsons = r.array(o, QStringLiteral("parsons"), where, false);
    for (qsizetype i = 0; i < parsons.size(); ++i) {
        QList<ParsonsReader::Problem> problems;
        const QString at = QStringLiteral("%1parsons[%2]: ").arg(where).arg(i);
        s.parsons << ParsonsReader::read(parsons.at(i), at, &problems);
        for (const ParsonsReader::Problem &p : std::as_const(problems))
            r.report(p, s.parsons.last().question);
    }
    if (s.textFile.isEmpty())
        return s;
    s.textPath = join(folder, s.textFile);
    if (!isContained(s.textFile)) {
        r.fail(QStringLiteral("%1text \"%2\" must be a relative path inside the lesson folder")
                       .arg(where, s.textFile), s.textFile);
        return s;
    }
    QString problem;
    const std::optional<QByteArray> text
            = Core::RegularFile::read(s.textPath, Core::RegularFile::kMaxTextFile, &problem, folder);
    if (text)
        s.markdown = QString::fromUtf8(*text);
    else
        r.fail(QStringLiteral("%1text \"%2\" %3").arg(where, s.textFile, problem), s.textFile);
    int line = 0;
    if (const QString invalid = VersionedText::validate(s.markdown, &line); !invalid.isEmpty())
        r.fail(QStringLiteral("%1text \"%2\" line %3: %4")
                       .arg(where, s.textFile).arg(line).arg(invalid),
               s.textFile);
    else if (text)
        readTranslation(r, s, where, folder);
    return s;
}

QuizQuestion readQuiz(Reader &r, const QJsonObject &o, const QString &where)
{
    r.unknownKeys(o, quizKeys, where);
    QuizQuestion q;
    q.question = r.string(o, QStringLiteral("question"), where, true);
    q.choices = r.strings(o, QStringLiteral("choices"), where);
    if (q.choices.size() < 2)
        r.fail(QStringLiteral("%1needs at least two \"choices\"").arg(where), QStringLiteral("choices"));
    const QJsonValue answer = o.value(QLatin1String("answer"));
    q.answer = answer.toInt(-1);
    if (!answer.isDouble() || q.answer < 0 || q.answer >= q.choices.size())
        r.fail(QStringLiteral("%1\"answer\" must be the index of one of the %2 choices (0-based)")
                       .arg(where).arg(q.choices.size()), QStringLiteral("answer"));
    if (o.contains(QLatin1String("explain")))
        q.explain = r.string(o, QStringLiteral("explain"), where, false);
    if (o.contains(QLatin1String("why"))) {
        q.whyWrong = r.strings(o, QStringLiteral("why"), where);
        if (q.whyWrong.size() != q.choices.size())
            r.fail(QStringLiteral("%1\"why\" needs one entry per choice (%2), \"\" for the "
                                  "right one")
                           .arg(where)
                           .arg(q.choices.size()),
                   QStringLiteral("why"));
    }
    return q;
}

} // namespace

bool LessonReader::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return pattern.match(id).hasMatch();
}

bool LessonReader::isValidExampleId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    return pattern.match(id).hasMatch();
}

std::optional<Lesson> LessonReader::read(const QString &folder, const QString &moduleId,
                                         const SectionIndex *sections, QList<CatalogIssue> *issues)
{
    CatalogIssue broken;
    const auto json = JsonFile::read(join(folder, QStringLiteral("lesson.json")), &broken);
    if (!json) {
        broken.lessonId = moduleId + QLatin1Char('/') + QFileInfo(folder).fileName();
        issues->append(broken);
        return std::nullopt;
    }
    const QJsonObject o = json->object();
    Reader r(*json, issues, moduleId + QLatin1Char('/') + QFileInfo(folder).fileName());
    Lesson lesson;
    lesson.folder = folder;
    lesson.moduleId = moduleId;
    lesson.localId = r.string(o, QStringLiteral("id"), {}, true);
    if (!lesson.localId.isEmpty() && !isValidId(lesson.localId))
        r.fail(QStringLiteral("id \"%1\" must use only a-z, 0-9 and '-'").arg(lesson.localId),
               lesson.localId);
    lesson.id = moduleId + QLatin1Char('/') + lesson.localId;
    if (!lesson.localId.isEmpty())
        r.setLessonId(lesson.id);
    r.unknownKeys(o, lessonKeys, {});
    lesson.title = r.string(o, QStringLiteral("title"), {}, true);
    lesson.summary = r.string(o, QStringLiteral("summary"), {}, false);
    lesson.objectives = r.strings(o, QStringLiteral("objectives"), {});
    lesson.covers = r.strings(o, QStringLiteral("covers"), {});
    lesson.requiredModules = r.strings(o, QStringLiteral("requires"), {});

    static const QRegularExpression sectionPattern(QStringLiteral("^G\\d+-\\d+$"));
    for (const QString &id : std::as_const(lesson.covers)) {
        if (!sectionPattern.match(id).hasMatch())
            r.fail(QStringLiteral("covers: \"%1\" is not a section id like \"G0-12\"").arg(id), id);
        else if (sections && !sections->isEmpty() && !sections->contains(id))
            r.fail(QStringLiteral("covers: unknown section id \"%1\" (see SECTIONS.md)").arg(id), id);
    }

    const QJsonArray examples = r.array(o, QStringLiteral("examples"), {}, false);
    QSet<QString> exampleIds;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        const QString where = QStringLiteral("examples[%1]: ").arg(i);
        if (!examples.at(i).isObject()) {
            r.fail(where + QStringLiteral("must be an object {...}"));
            continue;
        }
        Example e = readExample(r, examples.at(i).toObject(), where, folder);
        if (!e.id.isEmpty() && exampleIds.contains(e.id))
            r.fail(QStringLiteral("%1duplicate example id \"%2\"").arg(where, e.id), e.id);
        exampleIds.insert(e.id);
        lesson.examples << e;
    }
    // Once every example is known: a pair may name an example defined after it.
    for (qsizetype i = 0; i < lesson.examples.size(); ++i) {
        const Example &e = lesson.examples.at(i);
        const QString where = QStringLiteral("examples[%1]: ").arg(i);
        if (e.compareWith.isEmpty())
            continue;
        if (e.compareWith == e.id)
            r.fail(QStringLiteral("%1\"compare\" names the example itself; name the other example "
                                  "of the pair").arg(where), QStringLiteral("compare"));
        else if (!exampleIds.contains(e.compareWith))
            r.fail(QStringLiteral("%1compares with example \"%2\", which \"examples\" does not "
                                  "define (\"compare\" names another example of this lesson)")
                           .arg(where, e.compareWith), e.compareWith);
    }

    const QJsonArray steps = r.array(o, QStringLiteral("steps"), {}, true);
    if (o.contains(QLatin1String("steps")) && steps.isEmpty() && o.value(QLatin1String("steps")).isArray())
        r.fail(QStringLiteral("\"steps\" must list at least one step"), QStringLiteral("steps"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString where = QStringLiteral("steps[%1]: ").arg(i);
        if (!steps.at(i).isObject()) {
            r.fail(where + QStringLiteral("must be an object {...}"));
            continue;
        }
        Step s = readStep(r, steps.at(i).toObject(), where, folder);
        for (const QString &id : std::as_const(s.examples))
            if (!exampleIds.contains(id))
                r.fail(QStringLiteral("%1shows example \"%2\", which \"examples\" does not define")
                               .arg(where, id), id);
        for (qsizetype p = 0; p < s.predict.size(); ++p)
            if (const QString &id = s.predict[p].example; !id.isEmpty() && !exampleIds.contains(id))
                r.report({QStringLiteral("%1predict[%2]: predicts a run of example \"%3\", which "
                                         "\"examples\" does not define")
                                  .arg(where).arg(p).arg(id),
                          id, true},
                         s.predict[p].question);
            else if (const Lessons::Example *e = lesson.example(id);
                     e && s.predict[p].kind == PredictItem::Kind::Next && !e->stepMode)
                r.report({QStringLiteral("%1predict[%2]: a predict_next item is answered at a "
                                         "pause: its example \"%3\" needs \"step\": true")
                                  .arg(where).arg(p).arg(id),
                          id, true},
                         s.predict[p].question);
        lesson.steps << s;
    }

    const QJsonArray quiz = r.array(o, QStringLiteral("quiz"), {}, false);
    for (qsizetype i = 0; i < quiz.size(); ++i) {
        const QString where = QStringLiteral("quiz[%1]: ").arg(i);
        if (!quiz.at(i).isObject()) {
            r.fail(where + QStringLiteral("must be an object {...}"));
            continue;
        }
        lesson.quiz << readQuiz(r, quiz.at(i).toObject(), where);
    }
    if (r.failed())
        return std::nullopt;
    return lesson;
}

} // namespace Lessons
