#include "catalogloader.h"
#include "parsonsgrading.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lessons;

//! Parsons problems as the loader reads them (FORMAT.md, "Parsons problems"): a good item loads
//! with its pool, distractors, answer and checks; a broken one leaves its lesson out with a
//! clear issue at the item's line. And the pure parts of grading: assembling the program,
//! spotting a distractor, a malformed answer, a declared wrong program.
class TestParsonsReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodItemLoads();
    void brokenItem_data();
    void brokenItem();
    void assemblesAndSpotsMistakes();
};

namespace {

const QString goodItem = QStringLiteral(R"j({"id": "p1", "question": "Q?",
   "lines": ["print(x)", "x = 1", "async def main():", "time.sleep(1)"],
   "distractors": [{"line": "time.sleep(1)", "why": "blocks"}],
   "before": ["import asyncio"], "after": ["asyncio.run(main())"],
   "answer": ["async def main():", "    x = 1", "    print(x)"],
   "clock": "virtual",
   "checks": [{"rule": "output", "lines": ["1"], "label": "prints 1"},
              {"rule": "not_blocked", "ms": 200}],
   "wrong": [{"answer": ["async def main():", "    print(x)", "    x = 1"], "why": "W"}],
   "explain": "E"})j");

// A module with one lesson whose step has `item` (lines marked "@" are where the issue must
// point) as its only Parsons problem; returns the marked line (0: none).
int writeLesson(const QString &root, const QString &item)
{
    QDir(root).mkpath(QStringLiteral("mod/01-p/steps"));
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(root + QLatin1Char('/') + name);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    write(QStringLiteral("mod/module.json"), R"({"id": "mod", "title": "Mod"})");
    write(QStringLiteral("mod/01-p/steps/s.md"), "# S\n");
    QStringList lines{R"({"id": "p", "title": "P", "examples": [],)",
                      R"( "steps": [{"title": "S", "text": "steps/s.md", "parsons": [)"};
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

void TestParsonsReader::goodItemLoads()
{
    QTemporaryDir dir;
    writeLesson(dir.path(), goodItem);
    const Catalog catalog = CatalogLoader::load(dir.path());
    const Lesson *lesson = catalog.lesson(QStringLiteral("mod/p"));
    QVERIFY2(lesson, qPrintable(catalog.issues().value(0).toString()));
    QCOMPARE(lesson->steps.at(0).parsons.size(), 1);
    const ParsonsItem &p = lesson->steps.at(0).parsons.at(0);
    QCOMPARE(p.id, QStringLiteral("p1"));
    QCOMPARE(p.lines.size(), 4);
    QVERIFY(p.isDistractor(QStringLiteral("time.sleep(1)")));
    QVERIFY(!p.isDistractor(QStringLiteral("x = 1")));
    QCOMPARE(p.answer.at(1), QStringLiteral("    x = 1"));
    QCOMPARE(p.before, QStringList{QStringLiteral("import asyncio")});
    QVERIFY(p.virtualClock);
    QCOMPARE(p.checks.size(), 2);
    QCOMPARE(p.checks.at(0).name, QStringLiteral("prints 1"));
    QCOMPARE(p.checks.at(0).kind, Core::CheckSpec::Kind::Output);
    QCOMPARE(p.checks.at(1).kind, Core::CheckSpec::Kind::Trace);
    QVERIFY(!p.checks.at(1).name.isEmpty()); // a name derived from the rule
    QCOMPARE(p.wrong.at(0).why, QStringLiteral("W"));
    QCOMPARE(p.explain, QStringLiteral("E"));
}

void TestParsonsReader::brokenItem_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("message");
    QString item = goodItem;
    QTest::newRow("answer line not in the pool")
            << QString(item).replace(R"j("    x = 1", "    print(x)"],)j", R"j("    x = 2",@ "    print(x)"],)j")
            << "answer: \"x = 2\" is not one of \"lines\"";
    QTest::newRow("answer uses a distractor")
            << QString(item).replace(R"j("answer": ["async def main():", "    x = 1", "    print(x)"],)j",
                                     R"j("answer": ["async def main():", "    x = 1", "    print(x)", "    time.sleep(1)"],@)j")
            << "\"answer\" uses the distractor \"time.sleep(1)\"";
    QTest::newRow("ragged indentation")
            << QString(item).replace(R"j("    x = 1", "    print(x)"],)j", R"j("  x = 1",@ "    print(x)"],)j")
            << "\"x = 1\" is not indented by a multiple of 4 spaces";
    QTest::newRow("distractor without why")
            << QString(item).replace(R"j("why": "blocks"}],)j", R"j("why": ""}],@)j")
            << "distractor \"time.sleep(1)\" needs \"why\"";
    QTest::newRow("no checks")
            << QString(item).replace(R"j("checks": [)j", R"j("checks": [],@ "x": [)j")
            << "\"checks\" must list the output and trace rules";
    QTest::newRow("a misspelt rule")
            << QString(item).replace(R"j({"rule": "not_blocked", "ms": 200})j", R"j({"rule": "not_blockd",@ "ms": 200})j")
            << "checks[1]: ";
    QTest::newRow("a wrong program that is right")
            << QString(item).replace(R"j(["async def main():", "    print(x)", "    x = 1"], "why": "W"}],)j",
                                     R"j(["async def main():", "    x = 1", "    print(x)"], "why": "W"}],@)j")
            << "wrong[0]: \"answer\" is the right program";
    QTest::newRow("lines given indented")
            << QString(item).replace(R"j("lines": ["print(x)",)j", R"j("lines": ["    print(x)",@)j")
            << "\"lines\" are given without indentation";
}

void TestParsonsReader::brokenItem()
{
    QFETCH(QString, item);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const int line = writeLesson(dir.path(), item);
    const Catalog catalog = CatalogLoader::load(dir.path());
    QVERIFY(!catalog.lesson(QStringLiteral("mod/p"))); // a broken item leaves its lesson out
    QStringList all;
    for (const CatalogIssue &i : catalog.issues()) {
        all << i.toString();
        if (!i.message.contains(message) || !i.fatal)
            continue;
        QCOMPARE(i.lessonId, QStringLiteral("mod/p"));
        QVERIFY2(i.message.startsWith(QLatin1String("steps[0]: parsons[0]: ")), qPrintable(i.message));
        if (line)
            QCOMPARE(i.line, line);
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no issue '%1'; issues:\n%2").arg(message, all.join('\n'))));
}

void TestParsonsReader::assemblesAndSpotsMistakes()
{
    QTemporaryDir dir;
    writeLesson(dir.path(), goodItem);
    const Catalog catalog = CatalogLoader::load(dir.path());
    QVERIFY(catalog.lesson(QStringLiteral("mod/p")));
    const ParsonsItem &p = catalog.lesson(QStringLiteral("mod/p"))->steps.at(0).parsons.at(0);
    QCOMPARE(ParsonsGrading::assemble(p, p.answer),
             QStringLiteral("import asyncio\nasync def main():\n    x = 1\n    print(x)\n"
                            "asyncio.run(main())\n"));
    QVERIFY(ParsonsGrading::malformed(p, p.answer).isEmpty());
    QVERIFY(ParsonsGrading::malformed(p, {}).contains(QLatin1String("no lines")));
    QVERIFY(ParsonsGrading::malformed(p, {"x = 1", "x = 1"}).contains(QLatin1String("used twice")));
    QVERIFY(ParsonsGrading::malformed(p, {"y = 1"}).contains(QLatin1String("not one of the given")));
    QVERIFY(ParsonsGrading::malformed(p, {"   x = 1"}).contains(QLatin1String("4 spaces")));
    const QStringList withDistractor{"async def main():", "    time.sleep(1)", "    x = 1"};
    QCOMPARE(ParsonsGrading::distractorsUsed(p, withDistractor), QStringList{"time.sleep(1)"});
    QCOMPARE(ParsonsGrading::declaredWhy(p, {"async def main():", "    print(x)  ", "    x = 1"}),
             QStringLiteral("W"));
    QVERIFY(ParsonsGrading::declaredWhy(p, p.answer).isEmpty());
    const Core::CheckPlan plan = ParsonsGrading::plan(p, QStringLiteral("p1"));
    QVERIFY(plan.virtualClock);
    QCOMPARE(plan.checks.size(), 2);
}

QTEST_GUILESS_MAIN(TestParsonsReader)
#include "tst_parsonsreader.moc"
