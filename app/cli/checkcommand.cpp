#include "checkcommand.h"

#include "answerscheck.h"
#include "catalogloader.h"
#include "exercisecatalog.h"
#include "exercisechecker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

#include <cstdio>

namespace Cli {
namespace {

const char checkUsage[] = R"(usage: loopscope check [OPTIONS] EXERCISE_ID FILE
       loopscope check [OPTIONS] --answers ANSWERS.json

Checks FILE (your solution) against an exercise: runs it under the tracer, runs the
exercise's behaviour checks on it, and prints each check with its verdict.

With --answers, grades a learner's answers to the lessons' predict items and Parsons
problems instead, each against a real run: ANSWERS.json is
  {"answers": [{"lesson": "MODULE/LESSON", "step": N, "item": N or PARSONS_ID,
                "kind": "parsons" (with a numbered Parsons item), "answer": ...}]}
where "answer" is the lines in order (predict_order), a number (predict_figure) or the
program's lines with 4 spaces per indentation level (parsons); steps and items count from 1.

options:
  --json OUT      also write {"status", "checks": [{"name", "status", "message", "kind",
                  "task"}]} to OUT (- = stdout, instead of the text); "task" names the task
                  of the exercise a check belongs to; "tampered" says why when the
                  program wrote into Loopscope's trace channel or forged the checks' results.
                  With --answers: {"status", "answers": [{"lesson", "step", "item", "kind",
                  "status", "why", "checks"}]}
  --answers FILE  grade the answers in FILE (see above)
  --dir FOLDER    take the exercise from the lessons in FOLDER instead of the built-in ones
  --python PATH   the interpreter to use (default: discovered)
  -h, --help      this text

Your program runs with limits: 1 GiB of memory, files of at most 64 MiB, at most 64
processes at once, CPU time, and no network but its own loopback (unless the exercise uses
the lab); a limit it hits is a failed check. What check can and cannot guarantee:
docs/LIMITS.md.

exit status: 0 every check passed; 1 some check failed (including a syntax error, a crash,
  a timeout, too much output or a run that was tampered with); 2 could not check (unknown exercise, unreadable FILE, no
  usable Python, bad options).
)";

struct Options {
    QString id, file, json, dir, python, answers, error;
    bool help = false;
};

Options parse(const QStringList &words)
{
    Options o;
    QStringList positional;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= words.size()) {
                o.error = QStringLiteral("%1 needs a value").arg(w);
                return false;
            }
            *out = words.at(++i);
            return true;
        };
        QString *target = w == QLatin1String("--json") ? &o.json
                : w == QLatin1String("--dir")              ? &o.dir
                : w == QLatin1String("--python")           ? &o.python
                : w == QLatin1String("--answers")          ? &o.answers
                                                           : nullptr;
        if (w == QLatin1String("-h") || w == QLatin1String("--help"))
            o.help = true;
        else if (target) {
            if (!value(target))
                return o;
        } else if (w.startsWith(QLatin1Char('-')))
            o.error = QStringLiteral("unknown option '%1' (see loopscope check --help)").arg(w);
        else
            positional << w;
    }
    if (o.error.isEmpty() && !o.help && !o.answers.isEmpty() && !positional.isEmpty())
        o.error = QStringLiteral("--answers takes no exercise or file (see loopscope check --help)");
    else if (o.error.isEmpty() && !o.help && o.answers.isEmpty() && positional.size() != 2)
        o.error = QStringLiteral("expected an exercise id and a file (see loopscope check --help)");
    if (positional.size() == 2) {
        o.id = positional.at(0);
        o.file = positional.at(1);
    }
    return o;
}

const char *mark(Core::CheckStatus s)
{
    switch (s) {
    case Core::CheckStatus::Pass: return "\u2713";
    case Core::CheckStatus::Fail: return "\u2717";
    case Core::CheckStatus::Skipped: return "-";
    }
    return "?";
}

// What the checks could not hold to on this machine (a network namespace not allowed), once
// each: docs/LIMITS.md.
QStringList notes(const Core::CheckResult &r)
{
    QStringList out;
    for (const Core::CheckedRun &run : r.runs)
        if (!run.result.networkNote.isEmpty() && !out.contains(run.result.networkNote))
            out << run.result.networkNote;
    return out;
}

void printText(const Core::CheckResult &r, const QString &id)
{
    for (const Core::CheckItem &c : r.checks)
        std::printf("%s %s: %s\n", mark(c.status), qPrintable(c.name), qPrintable(c.message));
    for (const QString &note : notes(r))
        std::printf("note: %s\n", qPrintable(note));
    if (r.status == Core::CheckResult::Status::Error)
        std::printf("could not check %s: %s\n", qPrintable(id), qPrintable(r.error));
    else
        std::printf("%s\n", r.passed()                ? "PASS: every check passed"
                           : !r.tampered.isEmpty() ? "FAIL: the run was tampered with"
                                                   : "FAIL");
}

bool writeJson(const QString &path, const QJsonObject &json)
{
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (path == QLatin1String("-"))
        return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

int exitStatus(const Core::CheckResult &r)
{
    switch (r.status) {
    case Core::CheckResult::Status::Pass: return 0;
    case Core::CheckResult::Status::Fail: return 1;
    case Core::CheckResult::Status::Error: return 2;
    }
    return 2;
}

} // namespace

int CheckCommand::main(const QStringList &words)
{
    const Options options = parse(words);
    if (options.help) {
        std::fputs(checkUsage, stdout);
        return 0;
    }
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "loopscope: %s\n", qPrintable(options.error));
        return 2;
    }
    if (!options.answers.isEmpty())
        return AnswersCheck::run({options.answers, options.json, options.dir, options.python});
    const Lessons::Catalog catalog = options.dir.isEmpty()
            ? Lessons::CatalogLoader::loadBuiltIn()
            : Lessons::CatalogLoader::load(options.dir);
    const Lessons::ExerciseCatalog exercises = Lessons::ExerciseCatalog::load(catalog);
    Core::CheckResult result;
    const Lessons::Exercise *exercise = exercises.exercise(options.id);
    if (!exercise) {
        result.error = QStringLiteral("no exercise '%1' (see loopscope exercises)").arg(options.id);
        for (const Lessons::CatalogIssue &i : exercises.issues())
            if (i.file.contains(QLatin1Char('/') + options.id + QLatin1Char('/')))
                result.error += QStringLiteral("; it has a problem: %1").arg(i.toString());
    } else {
        Core::CheckEngine::Options engineOptions;
        engineOptions.python = options.python;
        QTimer::singleShot(0, qApp, [&] {
            QCoro::connect(Lessons::ExerciseChecker::check(*exercise, options.file, engineOptions),
                           qApp, [&](const Core::CheckResult &r) {
                               result = r;
                               QCoreApplication::quit();
                           });
        });
        QCoreApplication::exec();
    }
    if (options.json != QLatin1String("-"))
        printText(result, options.id);
    QJsonObject json = result.toJson();
    if (const QStringList n = notes(result); !n.isEmpty())
        json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(n));
    if (!options.json.isEmpty() && !writeJson(options.json, json)) {
        std::fprintf(stderr, "loopscope: cannot write %s\n", qPrintable(options.json));
        return 2;
    }
    std::fflush(stdout);
    return exitStatus(result);
}

} // namespace Cli
