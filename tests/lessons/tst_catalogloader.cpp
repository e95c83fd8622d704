#include "catalogloader.h"
#include "jsonfile.h"
#include "sectionindex.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Lessons;

class TestCatalogLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validCatalogLoadsInOutlineOrder();
    void validLessonHasEverything();
    void brokenFilesAreReported_data();
    void brokenFilesAreReported();
    void goodLessonsLoadBesideBrokenOnes();
    void brokenPairIsAFatalIssueOfItsLessonOnly();
    void unknownKeyIsOnlyAWarning();
    void missingFolderIsAnIssueNotACrash();
    void specialFilesAreIssuesNotHangs_data();
    void specialFilesAreIssuesNotHangs();
    void predictItemsLoad();
    void brokenPredictItem_data();
    void brokenPredictItem();
    void lineColumnOfOffsets_data();
    void lineColumnOfOffsets();

private:
    std::optional<SectionIndex> m_sections;
    Catalog m_broken;
};

static QString fixture(const char *name)
{
    return QStringLiteral(LOOPSCOPE_TEST_DATA "/fixtures/") + QLatin1String(name);
}

void TestCatalogLoader::initTestCase()
{
    QString error;
    m_sections = SectionIndex::load(QStringLiteral(LOOPSCOPE_GUIDES_DIR "/sections.json"), &error);
    QVERIFY2(m_sections, qPrintable(error));
    QVERIFY(m_sections->contains(QStringLiteral("G0-2")));
    m_broken = CatalogLoader::load(fixture("broken"), &*m_sections);
}

void TestCatalogLoader::validCatalogLoadsInOutlineOrder()
{
    const Catalog c = CatalogLoader::load(fixture("valid"), &*m_sections);
    for (const CatalogIssue &i : c.issues())
        qWarning().noquote() << i.toString();
    QVERIFY(c.issues().isEmpty());
    QCOMPARE(c.modules().size(), 2);
    QCOMPARE(c.modules().at(0).id, QStringLiteral("basics"));
    QCOMPARE(c.modules().at(1).id, QStringLiteral("network"));
    QCOMPARE(c.lessons().size(), 2);
    QVERIFY(c.lesson(QStringLiteral("basics/sleeps")));
    QVERIFY(c.lesson(QStringLiteral("network/lab")));
    QVERIFY(!c.lesson(QStringLiteral("sleeps")));
}

void TestCatalogLoader::validLessonHasEverything()
{
    const Catalog c = CatalogLoader::load(fixture("valid"), &*m_sections);
    const Lesson *l = c.lesson(QStringLiteral("basics/sleeps"));
    QVERIFY(l);
    QCOMPARE(l->title, QStringLiteral("Three sleeps at once"));
    QCOMPARE(l->covers, (QStringList{"G0-22", "G0-26"}));
    QCOMPARE(l->steps.size(), 2);
    QVERIFY(l->steps.at(0).markdown.contains(QLatin1String("gather")));
    QCOMPARE(l->steps.at(0).examples, QStringList{"gather_sleeps"});
    QCOMPARE(l->examples.size(), 2);
    const Example *e = l->example(QStringLiteral("gather_sleeps"));
    QVERIFY(e);
    QVERIFY(e->virtualClock);
    QVERIFY(!e->lab);
    QCOMPARE(e->timeoutSeconds, 20);
    QCOMPARE(e->expect.size(), 5);
    QCOMPARE(e->expectWhen.size(), 5);
    QVERIFY(!e->expectWhen.at(0)); // no "when": every version
    // A rule's "when" is kept beside it, and taken out of the rule the checker sees.
    const Example *serial = l->example(QStringLiteral("serial_sleeps"));
    QCOMPARE(serial->expectWhen.size(), serial->expect.size());
    QCOMPARE(serial->expectWhen.at(4)->text(), QStringLiteral("python >= 3.11"));
    QVERIFY(!serial->expect.at(4).toObject().contains(QLatin1String("when")));
    QVERIFY(l->steps.at(1).markdown.contains(QLatin1String("::: python < 3")));
    QVERIFY(QFileInfo(e->path).isAbsolute() && QFileInfo::exists(e->path));
    QCOMPARE(l->example(QStringLiteral("serial_sleeps"))->timeoutSeconds, 30); // the default
    // A pair for the compare view, and an example best watched in step mode.
    QVERIFY(e->stepMode);
    QCOMPARE(e->compareWith, QStringLiteral("serial_sleeps"));
    QVERIFY(!l->example(QStringLiteral("serial_sleeps"))->stepMode); // the default
    QVERIFY(l->example(QStringLiteral("serial_sleeps"))->compareWith.isEmpty());
    // The timeline's axis and frame rows: "step" implies the step axis, "axis" asks for it.
    QVERIFY(e->stepAxis);
    QVERIFY(!e->showFrames);
    QVERIFY(l->example(QStringLiteral("serial_sleeps"))->stepAxis);
    QVERIFY(l->example(QStringLiteral("serial_sleeps"))->showFrames);
    QVERIFY(!c.lesson(QStringLiteral("network/lab"))->examples.at(0).stepAxis); // time
    QCOMPARE(l->quiz.size(), 1);
    QCOMPARE(l->quiz.at(0).answer, 0);
    QVERIFY(c.lesson(QStringLiteral("network/lab"))->examples.at(0).lab);
}

void TestCatalogLoader::brokenFilesAreReported_data()
{
    QTest::addColumn<QString>("file");      // path suffix of the file at fault
    QTest::addColumn<QString>("message");   // part of the message
    QTest::addColumn<int>("line");          // 0: not checked

    QTest::newRow("bad JSON, with line and column")
            << "02-bad-json/lesson.json" << "invalid JSON" << 4;
    QTest::newRow("missing title") << "03-missing-fields/lesson.json" << "needs \"title\"" << 0;
    QTest::newRow("missing steps") << "03-missing-fields/lesson.json" << "needs \"steps\"" << 0;
    QTest::newRow("unknown section id")
            << "04-unknown-section/lesson.json" << "unknown section id \"G9-999\"" << 1;
    QTest::newRow("missing step text")
            << "05-missing-files/lesson.json" << "text \"steps/99-gone.md\" does not exist" << 2;
    QTest::newRow("missing example file")
            << "05-missing-files/lesson.json" << "file \"examples/gone.py\" does not exist" << 3;
    QTest::newRow("step shows an undefined example")
            << "05-missing-files/lesson.json" << "example \"undefined\", which" << 0;
    QTest::newRow("duplicate lesson id") << "06-duplicate-id/lesson.json" << "duplicate lesson id" << 0;
    QTest::newRow("unknown rule") << "07-bad-rule/lesson.json" << "unknown rule 'sparkles'" << 0;
    QTest::newRow("duplicate example id")
            << "08-duplicate-example/lesson.json" << "duplicate example id \"ok\"" << 0;
    QTest::newRow("compare names an undefined example")
            << "11-bad-compare/lesson.json"
            << "compares with example \"missing_pair\", which \"examples\" does not define" << 4;
    QTest::newRow("step is not a boolean")
            << "12-bad-step/lesson.json" << "\"step\" must be true or false" << 0;
    QTest::newRow("no such axis")
            << "12-bad-step/lesson.json" << "\"axis\" must be \"time\" or \"steps\", not \"sideways\""
            << 0;
    QTest::newRow("frames is not a boolean")
            << "12-bad-step/lesson.json" << "\"frames\" must be true or false" << 0;
    QTest::newRow("compare names the example itself")
            << "12-bad-step/lesson.json" << "\"compare\" names the example itself" << 0;
    QTest::newRow("timeout too large (once rounded into one second)")
            << "15-huge-timeout/lesson.json" << "\"timeout_s\" must be a number of seconds from 1 to 600"
            << 0;
    QTest::newRow("misspelt version condition of a rule")
            << "13-bad-when/lesson.json"
            << "expect[1]: \"when\" must be a version condition: \"python 3.12\" is not" << 0;
    QTest::newRow("version block never closed")
            << "14-bad-block/lesson.json"
            << "text \"steps/01.md\" line 5: the version block \"::: python >= 3.12\" is never closed"
            << 0;
    QTest::newRow("lesson folder without lesson.json")
            << "10-no-lesson-json" << "needs a lesson.json" << 0;
    QTest::newRow("module folder without module.json")
            << "02-no-module-json" << "needs a module.json" << 0;
    QTest::newRow("duplicate module id")
            << "03-duplicate-module/module.json" << "duplicate module id \"mod\"" << 0;
    QTest::newRow("bad module id") << "04-bad-module-json/module.json" << "must use only a-z" << 0;
    QTest::newRow("empty module title") << "04-bad-module-json/module.json" << "needs a \"title\"" << 0;
}

void TestCatalogLoader::brokenFilesAreReported()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(int, line);
    QStringList all;
    for (const CatalogIssue &i : m_broken.issues()) {
        all << i.toString();
        if (i.file.endsWith(file) && i.message.contains(message)) {
            if (line)
                QCOMPARE(i.line, line);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no issue '%1' in %2; issues:\n%3")
                             .arg(message, file, all.join(QLatin1Char('\n')))));
}

void TestCatalogLoader::goodLessonsLoadBesideBrokenOnes()
{
    QCOMPARE(m_broken.modules().size(), 1);
    QStringList ids;
    for (const Lesson *l : m_broken.lessons())
        ids << l->id;
    QCOMPARE(ids, (QStringList{"mod/good", "mod/unknown-key"}));
}

void TestCatalogLoader::brokenPairIsAFatalIssueOfItsLessonOnly()
{
    // The lesson with the broken pair is left out, and says so; the others still load.
    bool found = false;
    for (const CatalogIssue &i : m_broken.issues())
        if (i.message.contains(QLatin1String("missing_pair"))) {
            found = true;
            QVERIFY(i.fatal);
            QCOMPARE(i.lessonId, QStringLiteral("mod/bad-compare"));
        }
    QVERIFY(found);
    QVERIFY(!m_broken.lesson(QStringLiteral("mod/bad-compare")));
    QVERIFY(!m_broken.lesson(QStringLiteral("mod/bad-step")));
    QVERIFY(!m_broken.lesson(QStringLiteral("mod/bad-when")));
    QVERIFY(!m_broken.lesson(QStringLiteral("mod/bad-block")));
    QVERIFY(m_broken.lesson(QStringLiteral("mod/good")));
}

void TestCatalogLoader::unknownKeyIsOnlyAWarning()
{
    bool found = false;
    for (const CatalogIssue &i : m_broken.issues())
        if (i.message.contains(QLatin1String("\"sumary\""))) {
            found = true;
            QVERIFY(!i.fatal);
            QCOMPARE(i.lessonId, QStringLiteral("mod/unknown-key"));
        }
    QVERIFY(found);
}

void TestCatalogLoader::missingFolderIsAnIssueNotACrash()
{
    const Catalog c = CatalogLoader::load(QStringLiteral("/nonexistent/lessons"));
    QVERIFY(c.modules().isEmpty());
    QCOMPARE(c.issues().size(), 1);
    QVERIFY(c.issues().at(0).message.contains(QLatin1String("no such folder")));
}

void TestCatalogLoader::specialFilesAreIssuesNotHangs_data()
{
    QTest::addColumn<QString>("file"); // in 01-basics/01-sleeps of a copy of fixtures/valid
    QTest::addColumn<QString>("kind"); // what it becomes
    QTest::addColumn<QString>("message");
    const QString lesson = QStringLiteral("lesson.json"), step = QStringLiteral("steps/01-overlap.md"),
                  example = QStringLiteral("examples/gather_sleeps.py");
    QTest::newRow("lesson.json is a FIFO") << lesson << "fifo" << "this file is a named pipe (FIFO)";
    QTest::newRow("lesson.json is /dev/zero") << lesson << "zero" << "this file leads outside its folder";
    QTest::newRow("lesson.json is huge") << lesson << "huge" << "this file is too large";
    QTest::newRow("step is a FIFO") << step << "fifo" << "is a named pipe (FIFO)";
    QTest::newRow("step is /dev/zero") << step << "zero" << "leads outside its folder (to /dev/zero)";
    QTest::newRow("step links outside") << step << "outside" << "leads outside its folder";
    QTest::newRow("step is huge") << step << "huge" << "is too large";
    QTest::newRow("example is a FIFO") << example << "fifo" << "is a named pipe (FIFO)";
    QTest::newRow("example links outside") << example << "outside" << "leads outside its folder";
}

void TestCatalogLoader::specialFilesAreIssuesNotHangs()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("lessons"));
    QDirIterator it(fixture("valid"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = root + from.mid(fixture("valid").size());
        QVERIFY(QDir().mkpath(QFileInfo(to).path()) && QFile::copy(from, to));
    }
    const QString secret = dir.filePath(QStringLiteral("secret.md"));
    QFile s(secret);
    QVERIFY(s.open(QIODevice::WriteOnly) && s.write("# not part of the lessons\n") > 0);
    s.close();
    const QString path = root + QStringLiteral("/01-basics/01-sleeps/") + file;
    QVERIFY(QFile::remove(path));
    if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("zero")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    } else if (kind == QLatin1String("outside")) {
        QVERIFY(QFile::link(secret, path));
    } else {
        QFile huge(path); // sparse: claims 64 MB without using the disk
        QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(qint64(64) << 20));
    }

    const Catalog c = CatalogLoader::load(root, &*m_sections);
    QStringList all;
    bool found = false;
    for (const CatalogIssue &i : c.issues()) {
        all << i.toString();
        found = found || (i.message.contains(message) && i.fatal);
    }
    QVERIFY2(found, qPrintable(all.join(QLatin1Char('\n'))));
    QVERIFY(!c.lesson(QStringLiteral("basics/sleeps")));
    QVERIFY(c.lesson(QStringLiteral("network/lab"))); // the others still load
}

namespace {

// A module with one lesson whose step has a good predict item and then `item` (a JSON object
// over several lines, one of them marked with "@" where the issue must point). Returns the
// marked line's number (0: unmarked) and writes the folder under `root`.
int writePredictLesson(const QString &root, QString item)
{
    QDir(root).mkpath(QStringLiteral("mod/01-p/steps"));
    QDir(root).mkpath(QStringLiteral("mod/01-p/examples"));
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(root + QLatin1Char('/') + name);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    write(QStringLiteral("mod/module.json"), R"({"id": "mod", "title": "Mod"})");
    write(QStringLiteral("mod/01-p/steps/s.md"), "# S\n");
    write(QStringLiteral("mod/01-p/examples/ex.py"), "print('a')\n");
    const QStringList head{
            R"({"id": "p", "title": "P",)",
            R"( "examples": [{"id": "ex", "title": "E", "file": "examples/ex.py"}],)",
            R"( "steps": [{"title": "S", "text": "steps/s.md", "examples": ["ex"], "predict": [)",
            R"(  {"kind": "predict_order", "example": "ex", "question": "Q1?",)",
            R"(   "lines": ["a", "b"], "answer": ["b", "a"],)",
            R"(   "wrong": [{"answer": ["a", "b"], "why": "W"}], "tolerance": 1},)"};
    QStringList lines = head;
    int marked = 0;
    for (QString l : item.split(QLatin1Char('\n'))) {
        if (l.contains(QLatin1Char('@'))) {
            marked = int(lines.size()) + 1;
            l.remove(QLatin1Char('@'));
        }
        lines << l;
    }
    lines << QStringLiteral("]}]}");
    write(QStringLiteral("mod/01-p/lesson.json"), lines.join(QLatin1Char('\n')).toUtf8());
    return marked;
}

} // namespace

void TestCatalogLoader::predictItemsLoad()
{
    QTemporaryDir dir;
    writePredictLesson(dir.path(), QStringLiteral(
            R"({"kind": "predict_figure", "example": "ex", "question": "How long?",
                "figure": "wall_s", "answer": 1, "tolerance": 0.2, "explain": "Together.",
                "wrong": [{"answer": 3, "why": "One after another."}]})"));
    // The first item carries "tolerance", which an order item has no use for: an error.
    Catalog broken = CatalogLoader::load(dir.path());
    QVERIFY(!broken.lesson(QStringLiteral("mod/p")));
    QFile f(dir.filePath(QStringLiteral("mod/01-p/lesson.json")));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray text = f.readAll().replace(", \"tolerance\": 1},", "},");
    f.resize(0);
    f.write(text);
    f.close();
    const Catalog catalog = CatalogLoader::load(dir.path());
    const Lesson *lesson = catalog.lesson(QStringLiteral("mod/p"));
    QVERIFY2(lesson, qPrintable(catalog.issues().value(0).toString()));
    const QList<PredictItem> &items = lesson->steps.at(0).predict;
    QCOMPARE(items.size(), 2);
    QCOMPARE(items[0].kind, PredictItem::Kind::Order);
    QCOMPARE(items[0].lines, (QStringList{"a", "b"}));
    QCOMPARE(items[0].answerOrder, (QStringList{"b", "a"}));
    QCOMPARE(items[0].wrong.at(0).order, (QStringList{"a", "b"}));
    QCOMPARE(items[0].wrong.at(0).why, QStringLiteral("W"));
    QCOMPARE(items[1].kind, PredictItem::Kind::Figure);
    QCOMPARE(items[1].figure, QStringLiteral("wall_s"));
    QCOMPARE(items[1].answerFigure, 1.0);
    QCOMPARE(items[1].tolerance, 0.2);
    QCOMPARE(items[1].wrong.at(0).figure, 3.0);
    QCOMPARE(items[1].explain, QStringLiteral("Together."));
}

void TestCatalogLoader::brokenPredictItem_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("message");
    const QString wrongOrder = QStringLiteral(R"("wrong": [{"answer": ["a", "b"], "why": "W"}]})");
    QTest::newRow("answer is not the lines")
            << R"({"kind": "predict_order", "example": "ex", "question": "Q2?",
   "lines": ["a", "b"],
   "answer": ["b", "c"],@
   )" + wrongOrder << "predict[1]: \"answer\" must list the same lines as \"lines\"";
    QTest::newRow("misspelt kind")
            << R"({"kind": "predict_ordr",@ "example": "ex", "question": "Q2?",
   "lines": ["a", "b"], "answer": ["b", "a"],
   )" + wrongOrder << "\"kind\" must be \"predict_order\", \"predict_figure\" or \"predict_next\"";
    QTest::newRow("lines already in the right order")
            << R"({"kind": "predict_order", "example": "ex", "question": "Q2?",
   "lines": ["b", "a"],@
   "answer": ["b", "a"],
   )" + wrongOrder << "\"lines\" is already the right order";
    QTest::newRow("a wrong answer that is right")
            << R"({"kind": "predict_order", "example": "ex", "question": "Q2?",
   "lines": ["a", "b"], "answer": ["b", "a"],
   "wrong": [{"answer": ["b", "a"], "why": "W"}]}@)"
            << "wrong[0]: \"answer\" is the right order";
    QTest::newRow("no such example")
            << R"({"kind": "predict_order", "example": "exx",@ "question": "Q2?",
   "lines": ["a", "b"], "answer": ["b", "a"],
   )" + wrongOrder << "predicts a run of example \"exx\", which \"examples\" does not define";
    QTest::newRow("figure without tolerance")
            << R"({"kind": "predict_figure", "example": "ex", "question": "Q2?",@
   "figure": "wall_s", "answer": 1,
   "wrong": [{"answer": 3, "why": "W"}]})" << "\"tolerance\" must be a number >= 0";
    QTest::newRow("unknown figure")
            << R"({"kind": "predict_figure", "example": "ex", "question": "Q2?",
   "figure": "speed",@ "answer": 1, "tolerance": 0.1,
   "wrong": [{"answer": 3, "why": "W"}]})" << "\"figure\" must be one of wall_s, tasks";
    QTest::newRow("wrong number within the tolerance")
            << R"({"kind": "predict_figure", "example": "ex", "question": "Q2?",
   "figure": "wall_s", "answer": 1, "tolerance": 0.1,
   "wrong": [{"answer": 1.05, "why": "W"}]})"
               "@"
            << "wrong[0]: 1.05 is within the tolerance of the answer";
    QTest::newRow("no wrong answers")
            << R"({"kind": "predict_figure", "example": "ex", "question": "Q2?",@
   "figure": "tasks", "answer": 4, "tolerance": 0})"
            << "\"wrong\" must list the plausible wrong answers";
    QTest::newRow("predict_next on an example that is not stepped through")
            << R"({"kind": "predict_next", "example": "ex",@ "question": "Q2?",
   "answer": "ping", "wrong": [{"answer": "pong", "why": "W"}]})"
            << "a predict_next item is answered at a pause: its example \"ex\" needs \"step\": true";
    QTest::newRow("predict_next with a wrong answer that is right")
            << R"({"kind": "predict_next", "example": "ex", "question": "Q2?",
   "answer": "ping", "wrong": [{"answer": "ping",@ "why": "W"}]})"
            << "wrong[0]: \"answer\" is the right pick, not a wrong one";
    QTest::newRow("predict_next with lines")
            << R"({"kind": "predict_next", "example": "ex", "question": "Q2?",
   "lines": ["a", "b"],@ "answer": "ping", "wrong": [{"answer": "pong", "why": "W"}]})"
            << "\"lines\" does not belong to a predict_next item";
    QTest::newRow("a wrong answer without why")
            << R"({"kind": "predict_figure", "example": "ex", "question": "Q2?",
   "figure": "tasks", "answer": 4, "tolerance": 0,
   "wrong": [{"answer": 3}]})" << "wrong[0]: \"why\" must say what the run showed instead";
}

void TestCatalogLoader::brokenPredictItem()
{
    QFETCH(QString, item);
    QFETCH(QString, message);
    QTemporaryDir dir;
    // Drop the first item's stray "tolerance": only the item under test is broken.
    const int line = writePredictLesson(dir.path(), item);
    QFile f(dir.filePath(QStringLiteral("mod/01-p/lesson.json")));
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QByteArray text = f.readAll().replace(", \"tolerance\": 1},", "},");
    f.resize(0);
    f.write(text);
    f.close();
    const Catalog catalog = CatalogLoader::load(dir.path());
    QVERIFY(!catalog.lesson(QStringLiteral("mod/p"))); // a broken item leaves its lesson out
    QStringList all;
    for (const CatalogIssue &i : catalog.issues()) {
        all << i.toString();
        if (!i.message.contains(message))
            continue;
        QVERIFY(i.fatal);
        QCOMPARE(i.lessonId, QStringLiteral("mod/p"));
        QVERIFY2(i.message.startsWith(QLatin1String("steps[0]: predict[1]: ")), qPrintable(i.message));
        if (line)
            QCOMPARE(i.line, line);
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no issue '%1'; issues:\n%2").arg(message, all.join('\n'))));
}

void TestCatalogLoader::lineColumnOfOffsets_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("start") << QByteArray("{}") << 0 << 1 << 1;
    QTest::newRow("second line") << QByteArray("{\n  \"a\"") << 4 << 2 << 3;
    QTest::newRow("after newline") << QByteArray("a\nb") << 2 << 2 << 1;
    QTest::newRow("non-ASCII counts characters") << QByteArray("\"é\" x") << 5 << 1 << 5;
    QTest::newRow("past the end is clamped") << QByteArray("ab") << 99 << 1 << 3;
}

void TestCatalogLoader::lineColumnOfOffsets()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto [l, c] = JsonFile::lineColumn(raw, offset);
    QCOMPARE(l, line);
    QCOMPARE(c, column);
}

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
