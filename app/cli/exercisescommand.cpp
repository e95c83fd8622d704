#include "exercisescommand.h"

#include "catalogloader.h"
#include "exercisecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Cli {
namespace {

const char exercisesUsage[] = R"(usage: loopscope exercises [--json] [--dir FOLDER]

Lists the exercises of the built-in lessons (or of the lessons in FOLDER). Problems in an
exercise's files are printed on stderr; the broken exercise is left out, the others listed.

options:
  --json          a JSON array of {"id", "title", "lesson", "starter", "solution",
                  "statement", "hints"}; file paths are absolute (built-in files are
                  unpacked into a cache folder first)
  --dir FOLDER    a lesson folder with the built-in layout instead of the built-in lessons
  -h, --help      this text

exit status: 0; 1 when an exercise has problems; 2 for bad options.
)";

QString absolute(const QString &path, bool *ok)
{
    QString error;
    const QString out = Lessons::ExerciseCatalog::runnablePath(path, &error);
    if (out.isEmpty()) {
        std::fprintf(stderr, "loopscope: %s\n", qPrintable(error));
        *ok = false;
    }
    return out;
}

} // namespace

int ExercisesCommand::main(const QStringList &words)
{
    bool json = false;
    QString dir;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w == QLatin1String("-h") || w == QLatin1String("--help")) {
            std::fputs(exercisesUsage, stdout);
            return 0;
        }
        if (w == QLatin1String("--json")) {
            json = true;
        } else if (w == QLatin1String("--dir") && i + 1 < words.size()) {
            dir = words.at(++i);
        } else {
            std::fprintf(stderr, "loopscope: unexpected '%s' (see loopscope exercises --help)\n",
                         qPrintable(w));
            return 2;
        }
    }
    const Lessons::Catalog catalog = dir.isEmpty() ? Lessons::CatalogLoader::loadBuiltIn()
                                                   : Lessons::CatalogLoader::load(dir);
    const Lessons::ExerciseCatalog exercises = Lessons::ExerciseCatalog::load(catalog);
    bool ok = exercises.issues().isEmpty();
    for (const Lessons::CatalogIssue &i : exercises.issues())
        std::fprintf(stderr, "%s: %s\n", i.fatal ? "error" : "warning", qPrintable(i.toString()));
    if (!json) {
        for (const Lessons::Exercise &e : exercises.exercises())
            std::printf("%-24s %-40s %s\n", qPrintable(e.id), qPrintable(e.lessonId), qPrintable(e.title));
        return ok ? 0 : 1;
    }
    QJsonArray out;
    for (const Lessons::Exercise &e : exercises.exercises())
        out << QJsonObject{{"id", e.id},
                           {"title", e.title},
                           {"lesson", e.lessonId},
                           {"starter", absolute(e.starterPath, &ok)},
                           {"solution", absolute(e.solutionPath, &ok)},
                           {"statement", absolute(e.statementPath, &ok)},
                           {"hints", QJsonArray::fromStringList(e.hints)}};
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Indented).constData(), stdout);
    return ok ? 0 : 1;
}

} // namespace Cli
