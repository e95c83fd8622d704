#include "lessonscommand.h"

#include "catalogloader.h"
#include "examplebatch.h"
#include "interpreterset.h"
#include "sectionindex.h"

#include <QCoro/QCoroTask>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>

namespace Cli {
namespace {

const char lessonsUsage[] = R"(usage: loopscope lessons [--dir FOLDER]
       loopscope lessons --json [--dir FOLDER]
       loopscope lessons --check [LESSON_ID...] [--dir FOLDER] [--python PATH]... [--all-pythons] [-j N]

Lists the lessons (the built-in ones, or those in FOLDER), prints them as JSON, or runs every
example of the given lessons (default: all) under the tracer and checks its expectations.

options:
  --json          modules -> lessons -> steps -> examples, as JSON on stdout
  --check         run the examples for real and print each rule's verdict
  --dir FOLDER    a lesson folder with the built-in layout instead of the built-in lessons
  --python PATH   the interpreter to run examples with (default: discovered); give it more
                  than once to check every example on each of them
  --all-pythons   check on every Python 3.11+ this machine has (python3 on PATH, python3.1x,
                  /usr/bin/python3, pyenv's versions); an example whose lesson requires
                  modules runs on each interpreter that has them and is skipped on the others
  -j, --jobs N    examples to run at the same time (default 1)
  -h, --help      this text

exit status: 0 when all is well; 1 when an example failed a rule, ran on no interpreter, or a
  lesson has problems; 2 for bad options, unknown lesson ids or an interpreter that does not run.
)";

struct Options {
    bool json = false, check = false, help = false, allPythons = false;
    QString dir, error;
    QStringList pythons;
    int jobs = 1;
    QStringList lessonIds;
};

Options parse(const QStringList &words)
{
    Options o;
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
        QString jobs;
        if (w == QLatin1String("-h") || w == QLatin1String("--help"))
            o.help = true;
        else if (w == QLatin1String("--json"))
            o.json = true;
        else if (w == QLatin1String("--check"))
            o.check = true;
        else if (w == QLatin1String("--dir")) {
            if (!value(&o.dir))
                return o;
        } else if (w == QLatin1String("--python")) {
            QString python;
            if (!value(&python))
                return o;
            o.pythons << python;
        } else if (w == QLatin1String("--all-pythons")) {
            o.allPythons = true;
        } else if (w == QLatin1String("-j") || w == QLatin1String("--jobs")) {
            if (!value(&jobs))
                return o;
            bool ok = false;
            o.jobs = jobs.toInt(&ok);
            if (!ok || o.jobs < 1) {
                o.error = QStringLiteral("%1 needs a positive number").arg(w);
                return o;
            }
        } else if (w.startsWith(QLatin1Char('-'))) {
            o.error = QStringLiteral("unknown option '%1' (see loopscope lessons --help)").arg(w);
            return o;
        } else {
            o.lessonIds << w;
        }
    }
    if (o.json && o.check)
        o.error = QStringLiteral("--json and --check do not go together");
    else if (!o.lessonIds.isEmpty() && !o.check)
        o.error = QStringLiteral("lesson ids are only taken with --check");
    else if ((o.allPythons || !o.pythons.isEmpty()) && !o.check)
        o.error = QStringLiteral("--python and --all-pythons are only taken with --check");
    else if (o.allPythons && !o.pythons.isEmpty())
        o.error = QStringLiteral("--all-pythons checks on every interpreter: give no --python with it");
    return o;
}

void printIssues(const Lessons::Catalog &catalog)
{
    for (const Lessons::CatalogIssue &i : catalog.issues())
        std::fprintf(stderr, "%s: %s\n", i.fatal ? "error" : "warning", qPrintable(i.toString()));
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

// A predict item as lesson.json writes it (FORMAT.md, "Predict, then run").
QJsonObject predictJson(const Lessons::PredictItem &p)
{
    using Kind = Lessons::PredictItem::Kind;
    const bool order = p.kind == Kind::Order;
    QJsonArray wrong;
    for (const Lessons::PredictWrong &w : p.wrong)
        wrong << QJsonObject{{"answer", order              ? QJsonValue(toArray(w.order))
                                        : p.kind == Kind::Next ? QJsonValue(w.name)
                                                               : QJsonValue(w.figure)},
                             {"why", w.why}};
    const char *kind = order ? "predict_order" : p.kind == Kind::Next ? "predict_next" : "predict_figure";
    QJsonObject o{{"kind", kind}, {"example", p.example},
                  {"question", p.question}, {"wrong", wrong}, {"explain", p.explain}};
    if (p.kind == Kind::Next) {
        o.insert(QStringLiteral("answer"), p.answerName);
    } else if (order) {
        o.insert(QStringLiteral("lines"), toArray(p.lines));
        o.insert(QStringLiteral("answer"), toArray(p.answerOrder));
    } else {
        o.insert(QStringLiteral("figure"), p.figure);
        o.insert(QStringLiteral("answer"), p.answerFigure);
        o.insert(QStringLiteral("tolerance"), p.tolerance);
    }
    return o;
}

// A Parsons problem as lesson.json writes it (FORMAT.md, "Parsons problems"); each check
// as its rule with its "label" (the name a check's result carries) and "fail".
QJsonObject parsonsJson(const Lessons::ParsonsItem &p)
{
    QJsonArray distractors, checks, wrong;
    for (const Lessons::ParsonsDistractor &d : p.distractors)
        distractors << QJsonObject{{"line", d.line}, {"why", d.why}};
    for (const Core::CheckSpec &c : p.checks) {
        QJsonObject rule = c.rule;
        rule.insert(QStringLiteral("label"), c.name);
        if (!c.failTemplate.isEmpty())
            rule.insert(QStringLiteral("fail"), c.failTemplate);
        checks << rule;
    }
    for (const Lessons::ParsonsWrong &w : p.wrong)
        wrong << QJsonObject{{"answer", toArray(w.program)}, {"why", w.why}};
    return QJsonObject{{"kind", "parsons"}, {"id", p.id}, {"question", p.question},
                       {"lines", toArray(p.lines)}, {"distractors", distractors},
                       {"answer", toArray(p.answer)}, {"before", toArray(p.before)},
                       {"after", toArray(p.after)},
                       {"clock", p.virtualClock ? "virtual" : "real"},
                       {"timeout_s", p.timeoutSeconds}, {"checks", checks}, {"wrong", wrong},
                       {"explain", p.explain}};
}

QJsonObject lessonJson(const Lessons::Lesson &l)
{
    QJsonArray steps, examples, quiz;
    for (const Lessons::Step &s : l.steps) {
        QJsonArray predict;
        for (const Lessons::PredictItem &p : s.predict)
            predict << predictJson(p);
        QJsonArray parsons;
        for (const Lessons::ParsonsItem &p : s.parsons)
            parsons << parsonsJson(p);
        steps << QJsonObject{{"title", s.title}, {"text", s.textPath},
                             {"examples", toArray(s.examples)}, {"predict", predict},
                             {"parsons", parsons}};
    }
    for (const Lessons::Example &e : l.examples) {
        QJsonArray expect; // as written: each rule with its "when", if it has one
        for (qsizetype i = 0; i < e.expect.size(); ++i) {
            QJsonObject rule = e.expect.at(i).toObject();
            if (i < e.expectWhen.size() && e.expectWhen.at(i))
                rule.insert(QStringLiteral("when"), e.expectWhen.at(i)->text());
            expect << rule;
        }
        examples << QJsonObject{{"id", e.id}, {"title", e.title}, {"file", e.path},
                                {"clock", e.virtualClock ? "virtual" : "real"}, {"lab", e.lab},
                                {"timeout_s", e.timeoutSeconds}, {"args", toArray(e.arguments)},
                                {"look_for", e.lookFor}, {"step", e.stepMode},
                                {"compare", e.compareWith.isEmpty() ? QJsonValue()
                                                                    : QJsonValue(e.compareWith)},
                                {"expect", expect}};
    }
    for (const Lessons::QuizQuestion &q : l.quiz)
        quiz << QJsonObject{{"question", q.question}, {"choices", toArray(q.choices)},
                            {"answer", q.answer}, {"explain", q.explain}};
    return QJsonObject{{"id", l.id}, {"title", l.title}, {"summary", l.summary},
                       {"objectives", toArray(l.objectives)}, {"covers", toArray(l.covers)},
                       {"requires", toArray(l.requiredModules)}, {"folder", l.folder},
                       {"steps", steps}, {"examples", examples}, {"quiz", quiz}};
}

int printJson(const Lessons::Catalog &catalog)
{
    QJsonArray modules, issues;
    for (const Lessons::Module &m : catalog.modules()) {
        QJsonArray lessons;
        for (const Lessons::Lesson &l : m.lessons)
            lessons << lessonJson(l);
        modules << QJsonObject{{"id", m.id}, {"title", m.title}, {"summary", m.summary},
                               {"lessons", lessons}};
    }
    for (const Lessons::CatalogIssue &i : catalog.issues())
        issues << QJsonObject{{"file", i.file}, {"line", i.line}, {"column", i.column},
                              {"message", i.message}, {"lesson", i.lessonId}, {"fatal", i.fatal}};
    const QJsonObject root{{"root", catalog.root()}, {"modules", modules}, {"issues", issues}};
    std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}

int printOutline(const Lessons::Catalog &catalog)
{
    for (const Lessons::Module &m : catalog.modules()) {
        std::printf("%s — %s\n", qPrintable(m.id), qPrintable(m.title));
        for (const Lessons::Lesson &l : m.lessons)
            std::printf("  %-40s %s (%lld examples)\n", qPrintable(l.id), qPrintable(l.title),
                        static_cast<long long>(l.examples.size()));
    }
    printIssues(catalog);
    return catalog.issues().isEmpty() ? 0 : 1;
}

// "3.12.1" for the outcome's interpreter: what the run reported, else what was asked for.
QString versionOf(const Lessons::ExampleOutcome &o, const QHash<QString, QString> &byPath)
{
    if (!o.run.pythonVersion.isEmpty())
        return o.run.pythonVersion;
    return byPath.value(o.python, o.python);
}

void printOutcome(const Lessons::ExampleOutcome &o, const QString &on)
{
    const bool ok = o.passed();
    std::printf("%s %s [%s]%s (%.2f s)\n", ok ? "PASS" : "FAIL", qPrintable(o.lessonId),
                qPrintable(o.exampleId), on.isEmpty() ? "" : qPrintable(QStringLiteral(" on ") + on),
                o.run.wallSeconds);
    if (!o.error.isEmpty())
        std::printf("  could not run: %s\n", qPrintable(o.error));
    for (const Core::RuleResult &r : o.rules) {
        const char *mark = r.invalid ? "!!" : r.passed ? "ok" : "XX";
        std::printf("  %s %s: %s\n", mark, qPrintable(r.label), qPrintable(r.message));
        if (!r.passed && !r.why.isEmpty())
            std::printf("     why it matters: %s\n", qPrintable(r.why));
    }
    for (const QString &skipped : o.skippedRules)
        std::printf("  -- left out: %s\n", qPrintable(skipped));
    std::fflush(stdout);
}

// The interpreters to check on when there are several: every one the machine has, or each
// --python given, which must run.
std::optional<QList<Core::PythonInterpreter>> interpretersFor(const Options &options)
{
    if (!options.allPythons) {
        for (const QString &path : options.pythons) {
            const Core::InterpreterResult r = Core::InterpreterFinder::findBlocking({path, {}});
            if (!r.interpreter) {
                std::fprintf(stderr, "loopscope: %s\n", qPrintable(r.error));
                return std::nullopt;
            }
        }
    }
    const QList<Core::PythonInterpreter> found = QCoro::waitFor(Lessons::InterpreterSet::discover(
            options.allPythons ? Lessons::InterpreterSet::candidatePaths() : options.pythons));
    if (found.isEmpty()) {
        std::fprintf(stderr, "loopscope: no Python 3.%d+ found on this machine\n",
                     Core::InterpreterFinder::minimumMinor);
        return std::nullopt;
    }
    return found;
}

void printSkipped(const QList<Lessons::ExampleBatch::Skipped> &skipped)
{
    // One line per lesson and interpreter: the examples of a lesson share its "requires".
    for (qsizetype i = 0; i < skipped.size();) {
        const Lessons::ExampleBatch::Skipped &s = skipped.at(i);
        qsizetype n = 1;
        while (i + n < skipped.size() && skipped.at(i + n).item.lesson == s.item.lesson
               && skipped.at(i + n).item.python == s.item.python)
            ++n;
        std::printf("SKIP %s (%lld example%s) on %s: lacks %s\n", qPrintable(s.item.lesson->id),
                    static_cast<long long>(n), n == 1 ? "" : "s", qPrintable(s.pythonVersion),
                    qPrintable(s.missingModules.join(QLatin1String(", "))));
        i += n;
    }
}

int check(const Lessons::Catalog &catalog, const Options &options)
{
    QList<const Lessons::Lesson *> lessons;
    if (options.lessonIds.isEmpty()) {
        lessons = catalog.lessons();
    } else {
        for (const QString &id : options.lessonIds) {
            const Lessons::Lesson *l = catalog.lesson(id);
            if (!l) {
                std::fprintf(stderr, "loopscope: no lesson '%s' (ids are module/lesson; see "
                                     "loopscope lessons)\n", qPrintable(id));
                return 2;
            }
            lessons << l;
        }
    }
    printIssues(catalog);
    const bool several = options.allPythons || options.pythons.size() > 1;
    Lessons::ExampleBatch::Plan plan;
    QList<Core::PythonInterpreter> pythons;
    QHash<QString, QString> versionByPath;
    Lessons::ExampleRunner::Options runOptions;
    if (several) {
        const auto found = interpretersFor(options);
        if (!found)
            return 2;
        pythons = *found;
        std::printf("checking on %lld interpreters:\n", static_cast<long long>(pythons.size()));
        for (const Core::PythonInterpreter &py : std::as_const(pythons)) {
            std::printf("  Python %s  %s\n", qPrintable(py.version), qPrintable(py.executable));
            versionByPath.insert(py.executable, py.version);
        }
        plan = QCoro::waitFor(Lessons::ExampleBatch::planOn(lessons, pythons));
        printSkipped(plan.skipped);
    } else {
        plan.items = Lessons::ExampleBatch::itemsOf(lessons);
        runOptions.python = options.pythons.value(0);
    }
    QElapsedTimer clock;
    clock.start();
    const QList<Lessons::ExampleOutcome> outcomes = QCoro::waitFor(Lessons::ExampleBatch::run(
            catalog, plan.items, runOptions, options.jobs, [&](const Lessons::ExampleOutcome &o) {
                printOutcome(o, several ? versionOf(o, versionByPath) : QString());
            }));
    const auto failed = std::count_if(outcomes.begin(), outcomes.end(),
                                      [](const Lessons::ExampleOutcome &o) { return !o.passed(); });
    // An example skipped on every interpreter was checked nowhere: that is a failure too.
    QSet<const Lessons::Example *> ran, nowhere;
    for (const Lessons::ExampleBatch::Item &i : std::as_const(plan.items))
        ran.insert(i.example);
    for (const Lessons::ExampleBatch::Skipped &s : std::as_const(plan.skipped))
        if (!ran.contains(s.item.example) && !nowhere.contains(s.item.example)) {
            nowhere.insert(s.item.example);
            std::printf("FAIL %s [%s]: ran on no interpreter (each lacks a module of %s)\n",
                        qPrintable(s.item.lesson->id), qPrintable(s.item.example->id),
                        qPrintable(s.item.lesson->requiredModules.join(QLatin1String(", "))));
        }
    std::printf("\n");
    for (const Core::PythonInterpreter &py : std::as_const(pythons)) {
        qsizetype runs = 0, passed = 0, skipped = 0;
        for (const Lessons::ExampleOutcome &o : outcomes)
            if (o.python == py.executable) {
                ++runs;
                passed += o.passed() ? 1 : 0;
            }
        for (const Lessons::ExampleBatch::Skipped &s : std::as_const(plan.skipped))
            skipped += s.item.python == py.executable ? 1 : 0;
        std::printf("Python %s: %lld of %lld examples passed, %lld skipped (lacking modules)\n",
                    qPrintable(py.version), static_cast<long long>(passed),
                    static_cast<long long>(runs), static_cast<long long>(skipped));
    }
    std::printf("%lld of %lld example runs passed in %.1f s; %lld examples ran nowhere; "
                "%lld catalog problems\n",
                static_cast<long long>(outcomes.size() - failed),
                static_cast<long long>(outcomes.size()), clock.elapsed() / 1000.0,
                static_cast<long long>(nowhere.size()),
                static_cast<long long>(catalog.issues().size()));
    return failed == 0 && nowhere.isEmpty() && catalog.issues().isEmpty() ? 0 : 1;
}

} // namespace

int LessonsCommand::main(const QStringList &words)
{
    const Options options = parse(words);
    if (options.help) {
        std::fputs(lessonsUsage, stdout);
        return 0;
    }
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "loopscope: %s\n", qPrintable(options.error));
        return 2;
    }
    QString sectionsError;
    std::optional<Lessons::SectionIndex> sections;
    if (const QString path = Lessons::SectionIndex::defaultPath(); !path.isEmpty())
        sections = Lessons::SectionIndex::load(path, &sectionsError);
    const Lessons::SectionIndex *index = sections ? &*sections : nullptr;
    const Lessons::Catalog catalog = options.dir.isEmpty()
            ? Lessons::CatalogLoader::loadBuiltIn(index)
            : Lessons::CatalogLoader::load(options.dir, index);
    if (options.json)
        return printJson(catalog);
    if (options.check)
        return check(catalog, options);
    return printOutline(catalog);
}

} // namespace Cli
