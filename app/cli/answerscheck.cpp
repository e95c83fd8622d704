#include "answerscheck.h"

#include "catalogloader.h"
#include "examplebatch.h"
#include "parsonsgrading.h"
#include "predictgrading.h"
#include "regularfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

namespace Cli {
namespace {

// One answer of the file, found in the catalog.
struct Answer {
    QJsonObject written;       //!< as the file has it
    const Lessons::Lesson *lesson = nullptr;
    int step = -1;             //!< 0-based
    const Lessons::PredictItem *predict = nullptr;
    const Lessons::ParsonsItem *parsons = nullptr;
    int index = -1;            //!< 0-based, in its list
    QString error;             //!< could not be graded
    // The verdict.
    bool passed = false;
    QString why;
    QJsonArray checks;
};

QString where(const QJsonObject &o, int n)
{
    return QStringLiteral("answer %1 (%2 step %3 item %4)")
            .arg(n + 1)
            .arg(o.value(QLatin1String("lesson")).toString(),
                 o.value(QLatin1String("step")).toVariant().toString(),
                 o.value(QLatin1String("item")).toVariant().toString());
}

// Finds the item an answer is about: "step" counts from 1 as the lesson view shows it;
// "item" is a Parsons problem's "id", or a number counting from 1 in the step's "predict"
// list ("kind": "parsons": in its "parsons" list).
void locate(const Lessons::Catalog &catalog, Answer &a)
{
    const QJsonObject &o = a.written;
    a.lesson = catalog.lesson(o.value(QLatin1String("lesson")).toString());
    if (!a.lesson) {
        a.error = QStringLiteral("no lesson \"%1\" (see loopscope lessons)")
                          .arg(o.value(QLatin1String("lesson")).toString());
        return;
    }
    a.step = o.value(QLatin1String("step")).toInt() - 1;
    if (a.step < 0 || a.step >= a.lesson->steps.size()) {
        a.error = QStringLiteral("\"step\" must be 1 to %1").arg(a.lesson->steps.size());
        return;
    }
    const Lessons::Step &step = a.lesson->steps[a.step];
    const QJsonValue item = o.value(QLatin1String("item"));
    if (item.isString()) {
        for (int i = 0; i < step.parsons.size(); ++i)
            if (step.parsons[i].id == item.toString())
                a.index = i;
        if (a.index < 0)
            a.error = QStringLiteral("the step has no Parsons problem \"%1\"").arg(item.toString());
        else
            a.parsons = &step.parsons[a.index];
        return;
    }
    const bool isParsons = o.value(QLatin1String("kind")).toString() == QLatin1String("parsons");
    a.index = item.toInt() - 1;
    const qsizetype count = isParsons ? step.parsons.size() : step.predict.size();
    if (!item.isDouble() || a.index < 0 || a.index >= count) {
        a.error = count == 0 ? QStringLiteral("the step has no %1 items").arg(isParsons ? "parsons" : "predict")
                             : QStringLiteral("\"item\" must be 1 to %1 (or a Parsons problem's id)").arg(count);
        return;
    }
    if (isParsons)
        a.parsons = &step.parsons[a.index];
    else
        a.predict = &step.predict[a.index];
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

void gradePredict(Answer &a, const QJsonObject &summary)
{
    const QJsonValue answer = a.written.value(QLatin1String("answer"));
    if (a.predict->kind == Lessons::PredictItem::Kind::Order) {
        if (!answer.isArray()) {
            a.error = QStringLiteral("\"answer\" must be the item's lines in the predicted order");
            return;
        }
        const auto v = Lessons::PredictGrading::gradeOrder(*a.predict, strings(answer), summary);
        a.passed = v.passed;
        a.why = v.passed ? QString() : (v.declaredWhy.isEmpty() ? v.differenceWhy : v.declaredWhy);
    } else {
        if (!answer.isDouble()) {
            a.error = QStringLiteral("\"answer\" must be a number");
            return;
        }
        const auto v = Lessons::PredictGrading::gradeFigure(*a.predict, answer.toDouble(), summary);
        a.passed = v.passed;
        if (!v.passed)
            a.why = !v.declaredWhy.isEmpty() ? v.declaredWhy
                    : v.real ? QStringLiteral("the run showed %1")
                                       .arg(Lessons::PredictGrading::figureText(a.predict->figure, *v.real))
                             : QStringLiteral("the run's summary has no %1").arg(a.predict->figure);
    }
}

QCoro::Task<QList<Answer>> gradeAll(const Lessons::Catalog &catalog, QList<Answer> answers,
                                    QString python)
{
    // Each example a predict item is about runs once, as in the lesson view.
    QList<Lessons::ExampleBatch::Item> runs;
    QStringList keys;
    for (const Answer &a : answers)
        if (a.error.isEmpty() && a.predict) {
            const QString key = a.lesson->id + QLatin1Char('#') + a.predict->example;
            if (!keys.contains(key) && a.lesson->example(a.predict->example)) {
                keys << key;
                runs.append({a.lesson, a.lesson->example(a.predict->example), {}});
            }
        }
    Lessons::ExampleRunner::Options runOptions;
    runOptions.python = python;
    const QList<Lessons::ExampleOutcome> outcomes
            = co_await Lessons::ExampleBatch::run(catalog, runs, runOptions, 2);
    for (Answer &a : answers) {
        if (!a.error.isEmpty())
            continue;
        if (a.predict) {
            const int at = int(keys.indexOf(a.lesson->id + QLatin1Char('#') + a.predict->example));
            const Lessons::ExampleOutcome &o = outcomes.at(at);
            const QString status = o.summary.value(QLatin1String("status")).toString();
            if (!o.error.isEmpty())
                a.error = QStringLiteral("the example did not run: %1").arg(o.error);
            else if (status == QLatin1String("stopped") || status == QLatin1String("timeout")
                     || status == QLatin1String("crashed"))
                a.error = QStringLiteral("the example's run ended early (%1)").arg(status);
            else
                gradePredict(a, o.summary);
            continue;
        }
        const QStringList program = strings(a.written.value(QLatin1String("answer")));
        Core::CheckEngine::Options options;
        options.python = python;
        const Lessons::ParsonsItem item = *a.parsons; // named: see ParsonsGrading::grade
        const Lessons::ParsonsGrading::Verdict v
                = co_await Lessons::ParsonsGrading::grade(item, program, options);
        if (const QString wrong = Lessons::ParsonsGrading::malformed(*a.parsons, program);
            !wrong.isEmpty()) {
            a.why = wrong; // the learner's mistake, not one of grading: a failed answer
            continue;
        }
        if (v.result.status == Core::CheckResult::Status::Error) {
            a.error = v.result.error;
            continue;
        }
        a.passed = v.passed;
        a.why = v.passed ? QString() : v.explanation();
        // Each check names the task it belongs to: the problem, by its id (else its number).
        const QString task = a.parsons->id.isEmpty() ? QStringLiteral("parsons %1").arg(a.index + 1)
                                                     : a.parsons->id;
        for (QJsonValue c : v.result.toJson().value(QLatin1String("checks")).toArray()) {
            QJsonObject check = c.toObject();
            check.insert(QStringLiteral("task"), task);
            a.checks << check;
        }
    }
    co_return answers;
}

bool writeJson(const QString &path, const QJsonObject &json)
{
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (path == QLatin1String("-"))
        return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

int AnswersCheck::run(const Options &options)
{
    QString problem;
    const std::optional<QByteArray> bytes
            = Core::RegularFile::read(options.file, Core::RegularFile::kMaxTextFile, &problem);
    QJsonParseError parseError;
    const QJsonDocument doc = bytes ? QJsonDocument::fromJson(*bytes, &parseError) : QJsonDocument();
    const QJsonArray list = doc.isArray() ? doc.array()
                                          : doc.object().value(QLatin1String("answers")).toArray();
    if (!bytes || doc.isNull() || list.isEmpty()) {
        std::fprintf(stderr, "loopscope: cannot grade %s: %s\n", qPrintable(options.file),
                     !bytes          ? qPrintable(QStringLiteral("it %1").arg(problem))
                     : doc.isNull()  ? qPrintable(parseError.errorString())
                                     : "it lists no answers ({\"answers\": [{\"lesson\", \"step\", \"item\", \"answer\"}]})");
        return 2;
    }
    const Lessons::Catalog catalog = options.dir.isEmpty() ? Lessons::CatalogLoader::loadBuiltIn()
                                                           : Lessons::CatalogLoader::load(options.dir);
    QList<Answer> answers;
    for (const QJsonValue &v : list) {
        Answer a;
        a.written = v.toObject();
        if (!v.isObject())
            a.error = QStringLiteral("an answer must be an object {\"lesson\", \"step\", \"item\", \"answer\"}");
        else
            locate(catalog, a);
        answers << a;
    }
    QTimer::singleShot(0, qApp, [&] {
        QCoro::connect(gradeAll(catalog, answers, options.python), qApp, [&](const QList<Answer> &graded) {
            answers = graded;
            QCoreApplication::quit();
        });
    });
    QCoreApplication::exec();

    bool anyError = false, allPassed = true;
    QJsonArray out;
    for (int i = 0; i < answers.size(); ++i) {
        const Answer &a = answers[i];
        const QString status = !a.error.isEmpty() ? QStringLiteral("error")
                : a.passed                         ? QStringLiteral("pass")
                                                   : QStringLiteral("fail");
        anyError |= !a.error.isEmpty();
        allPassed &= a.passed;
        QJsonObject o{{"lesson", a.written.value(QLatin1String("lesson"))},
                      {"step", a.written.value(QLatin1String("step"))},
                      {"item", a.written.value(QLatin1String("item"))},
                      {"kind", a.parsons   ? QStringLiteral("parsons")
                               : a.predict ? (a.predict->kind == Lessons::PredictItem::Kind::Order
                                                      ? QStringLiteral("predict_order")
                                                      : QStringLiteral("predict_figure"))
                                           : QString()},
                      {"status", status}};
        if (!a.error.isEmpty())
            o.insert(QStringLiteral("error"), a.error);
        if (!a.why.isEmpty())
            o.insert(QStringLiteral("why"), a.why);
        if (a.parsons)
            o.insert(QStringLiteral("checks"), a.checks);
        out << o;
        if (options.json != QLatin1String("-"))
            std::printf("%s %s: %s\n", status == QLatin1String("pass") ? "\u2713" : "\u2717",
                        qPrintable(where(a.written, i)),
                        qPrintable(!a.error.isEmpty() ? QStringLiteral("could not grade: ") + a.error
                                   : a.passed         ? QStringLiteral("right")
                                                      : a.why));
    }
    const QString overall = anyError ? QStringLiteral("error") : allPassed ? QStringLiteral("pass")
                                                                          : QStringLiteral("fail");
    if (options.json != QLatin1String("-"))
        std::printf("%s\n", anyError ? "ERROR: some answers could not be graded"
                            : allPassed ? "PASS: every answer is right"
                                        : "FAIL");
    if (!options.json.isEmpty()
        && !writeJson(options.json, QJsonObject{{"status", overall}, {"answers", out}})) {
        std::fprintf(stderr, "loopscope: cannot write %s\n", qPrintable(options.json));
        return 2;
    }
    std::fflush(stdout);
    return anyError ? 2 : allPassed ? 0 : 1;
}

} // namespace Cli
