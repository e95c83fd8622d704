#include "lessonscommand.h"

#include "catalogloader.h"
#include "examplebatch.h"
#include "sectionindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace Cli {
namespace {

const char lessonsUsage[] = R"(usage: loopscope lessons [--dir FOLDER]
       loopscope lessons --json [--dir FOLDER]
       loopscope lessons --check [LESSON_ID...] [--dir FOLDER] [--python PATH] [-j N]

Lists the lessons (the built-in ones, or those in FOLDER), prints them as JSON, or runs every
example of the given lessons (default: all) under the tracer and checks its expectations.

options:
  --json          modules -> lessons -> steps -> examples, as JSON on stdout
  --check         run the examples for real and print each rule's verdict
  --dir FOLDER    a lesson folder with the built-in layout instead of the built-in lessons
  --python PATH   the interpreter to run examples with (default: discovered)
  -j, --jobs N    examples to run at the same time (default 1)
  -h, --help      this text

exit status: 0 when all is well; 1 when an example failed a rule or a lesson has problems;
  2 for bad options or unknown lesson ids.
)";

struct Options {
    bool json = false, check = false, help = false;
    QString dir, python, error;
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
            if (!value(&o.python))
                return o;
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

QJsonObject lessonJson(const Lessons::Lesson &l)
{
    QJsonArray steps, examples, quiz;
    for (const Lessons::Step &s : l.steps)
        steps << QJsonObject{{"title", s.title}, {"text", s.textPath}, {"examples", toArray(s.examples)}};
    for (const Lessons::Example &e : l.examples)
        examples << QJsonObject{{"id", e.id}, {"title", e.title}, {"file", e.path},
                                {"clock", e.virtualClock ? "virtual" : "real"}, {"lab", e.lab},
                                {"timeout_s", e.timeoutSeconds}, {"args", toArray(e.arguments)},
                                {"look_for", e.lookFor}, {"step", e.stepMode},
                                {"compare", e.compareWith.isEmpty() ? QJsonValue()
                                                                    : QJsonValue(e.compareWith)},
                                {"expect", e.expect}};
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

void printOutcome(const Lessons::ExampleOutcome &o)
{
    const bool ok = o.passed();
    std::printf("%s %s [%s] (%.2f s)\n", ok ? "PASS" : "FAIL", qPrintable(o.lessonId),
                qPrintable(o.exampleId), o.run.wallSeconds);
    if (!o.error.isEmpty())
        std::printf("  could not run: %s\n", qPrintable(o.error));
    for (const Core::RuleResult &r : o.rules) {
        const char *mark = r.invalid ? "!!" : r.passed ? "ok" : "XX";
        std::printf("  %s %s: %s\n", mark, qPrintable(r.label), qPrintable(r.message));
        if (!r.passed && !r.why.isEmpty())
            std::printf("     why it matters: %s\n", qPrintable(r.why));
    }
    std::fflush(stdout);
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
    const QList<Lessons::ExampleBatch::Item> items = Lessons::ExampleBatch::itemsOf(lessons);
    Lessons::ExampleRunner::Options runOptions;
    runOptions.python = options.python;
    QList<Lessons::ExampleOutcome> outcomes;
    QElapsedTimer clock;
    clock.start();
    QTimer::singleShot(0, qApp, [&] {
        QCoro::connect(Lessons::ExampleBatch::run(catalog, items, runOptions, options.jobs, printOutcome),
                       qApp, [&](const QList<Lessons::ExampleOutcome> &all) {
                           outcomes = all;
                           QCoreApplication::quit();
                       });
    });
    QCoreApplication::exec();
    const auto failed = std::count_if(outcomes.begin(), outcomes.end(),
                                      [](const Lessons::ExampleOutcome &o) { return !o.passed(); });
    std::printf("\n%lld of %lld examples passed in %.1f s; %lld catalog problems\n",
                static_cast<long long>(outcomes.size() - failed),
                static_cast<long long>(outcomes.size()), clock.elapsed() / 1000.0,
                static_cast<long long>(catalog.issues().size()));
    return failed == 0 && catalog.issues().isEmpty() ? 0 : 1;
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
