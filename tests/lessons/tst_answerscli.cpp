// `loopscope check --answers`: a teacher grades a learner's predictions and Parsons programs
// from a file, each against a real run; and `loopscope check`'s JSON names the task of the
// exercise each check belongs to. Run as a teacher's script would.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run loopscope(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(LOOPSCOPE_BINARY), args);
    Run r;
    if (!p.waitForFinished(240000))
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString writeAnswers(const QTemporaryDir &dir, const QJsonArray &answers)
{
    const QString path = dir.filePath(QStringLiteral("answers.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(QJsonObject{{"answers", answers}}).toJson());
    return path;
}

const QStringList rightGather{
        "async def main():", "    names = [\"tea\", \"milk\", \"bread\"]",
        "    prices = await asyncio.gather(*[fetch_price(n) for n in names])",
        "    print(\"total:\", sum(prices))"};

} // namespace

class TestAnswersCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gradesEachAnswerAgainstARealRun()
    {
        QTemporaryDir dir;
        QStringList sequential = rightGather;
        sequential[2] = QStringLiteral("    prices = [await fetch_price(n) for n in names]");
        const QJsonArray answers{
                QJsonObject{{"lesson", "running-many/gather"}, {"step", 1}, {"item", 1},
                            {"answer", QJsonArray{"orders finished", "prices finished", "users finished",
                                                  "results: ['users-data', 'orders-data', 'prices-data']"}}},
                QJsonObject{{"lesson", "running-many/gather"}, {"step", 2}, {"item", 1}, {"answer", 1}},
                QJsonObject{{"lesson", "running-many/gather"}, {"step", 1}, {"item", "gather-three-prices"},
                            {"answer", QJsonArray::fromStringList(rightGather)}},
                QJsonObject{{"lesson", "running-many/gather"}, {"step", 1}, {"item", 1}, {"kind", "parsons"},
                            {"answer", QJsonArray::fromStringList(sequential)}}};
        const QString out = dir.filePath(QStringLiteral("result.json"));
        const Run r = loopscope({"check", "--answers", writeAnswers(dir, answers), "--json", out});
        QVERIFY2(r.exitCode == 1, r.out + r.err); // some answer is wrong
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value("status").toString(), QStringLiteral("fail"));
        const QJsonArray graded = json.value("answers").toArray();
        QCOMPARE(graded.size(), 4);
        QCOMPARE(graded[0].toObject().value("status").toString(), QStringLiteral("pass"));
        QCOMPARE(graded[0].toObject().value("kind").toString(), QStringLiteral("predict_order"));
        const QJsonObject figure = graded[1].toObject();
        QCOMPARE(figure.value("status").toString(), QStringLiteral("fail"));
        QVERIFY2(figure.value("why").toString().contains(QLatin1String("need the user")),
                 qPrintable(figure.value("why").toString())); // the lesson's why for 1 s
        const QJsonObject right = graded[2].toObject();
        QCOMPARE(right.value("status").toString(), QStringLiteral("pass"));
        QCOMPARE(right.value("kind").toString(), QStringLiteral("parsons"));
        for (const QJsonValue &c : right.value("checks").toArray())
            QCOMPARE(c.toObject().value("task").toString(), QStringLiteral("gather-three-prices"));
        const QJsonObject wrong = graded[3].toObject();
        QCOMPARE(wrong.value("status").toString(), QStringLiteral("fail"));
        QVERIFY2(wrong.value("why").toString().startsWith(QLatin1String("Each await waits for one price")),
                 qPrintable(wrong.value("why").toString()));
        bool concurrencyFailed = false; // the grade is the real run's
        for (const QJsonValue &c : wrong.value("checks").toArray())
            concurrencyFailed |= c.toObject().value("name").toString()
                            == QLatin1String("the three fetches wait at the same time")
                    && c.toObject().value("status").toString() == QLatin1String("fail");
        QVERIFY(concurrencyFailed);
        QVERIFY2(r.out.contains("FAIL"), r.out);
    }

    void anUnknownItemCannotBeGraded()
    {
        QTemporaryDir dir;
        const QJsonArray answers{QJsonObject{{"lesson", "running-many/gather"}, {"step", 1},
                                             {"item", "no-such-problem"}, {"answer", QJsonArray{}}}};
        const Run r = loopscope({"check", "--answers", writeAnswers(dir, answers), "--json", "-"});
        QCOMPARE(r.exitCode, 2);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value("status").toString(), QStringLiteral("error"));
        QVERIFY(json.value("answers").toArray().at(0).toObject().value("error").toString()
                        .contains(QLatin1String("no Parsons problem \"no-such-problem\"")));
        QCOMPARE(loopscope({"check", "--answers", dir.filePath("missing.json")}).exitCode, 2);
        QCOMPARE(loopscope({"check", "--answers", "x.json", "some-exercise", "file.py"}).exitCode, 2);
    }

    // Each check of an exercise names its task: the one exercise.json gives it, else the
    // exercise as a whole (its title).
    void exerciseChecksNameTheirTask()
    {
        const QString solution = QStringLiteral(LOOPSCOPE_CATALOG_SOURCE_DIR
                "/06-sync-primitives/04-queues/exercises/producer-consumer/solution.py");
        const Run r = loopscope({"check", "producer-consumer", solution, "--json", "-"});
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        QHash<QString, QString> taskOf;
        for (const QJsonValue &c : QJsonDocument::fromJson(r.out).object().value("checks").toArray())
            taskOf.insert(c.toObject().value("name").toString(), c.toObject().value("task").toString());
        QCOMPARE(taskOf.value("three worker tasks"), QStringLiteral("2. start the worker tasks"));
        // The judge's checks belong to the behaviour check's task.
        QCOMPARE(taskOf.value("each job is handled by handle()"),
                 QStringLiteral("4. stop the workers cleanly"));
        QCOMPARE(taskOf.value("your program runs to the end"),
                 QStringLiteral("Three workers on one queue, stopped cleanly"));

        // A failure the harness itself records (it is listed only when it fails) names it too.
        const Run wrong = loopscope({"check", "producer-consumer",
                QStringLiteral(LOOPSCOPE_CATALOG_SOURCE_DIR "/06-sync-primitives/04-queues/"
                               "exercises/producer-consumer/wrong/workers_left_running.py"),
                "--json", "-"});
        QVERIFY2(wrong.exitCode == 1, wrong.out + wrong.err);
        bool found = false;
        for (const QJsonValue &c : QJsonDocument::fromJson(wrong.out).object().value("checks").toArray()) {
            if (c.toObject().value("name").toString() == "the workers are stopped when run_pipeline returns") {
                found = true;
                QCOMPARE(c.toObject().value("task").toString(), QStringLiteral("4. stop the workers cleanly"));
            }
        }
        QVERIFY2(found, wrong.out);
    }
};

QTEST_GUILESS_MAIN(TestAnswersCli)
#include "tst_answerscli.moc"
