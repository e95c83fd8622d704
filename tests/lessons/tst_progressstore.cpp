#include "progressstore.h"

#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Lessons;

class TestProgressStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshStartHasNothing();
    void everythingSurvivesARestart();
    void damagedFileIsMovedAside_data();
    void damagedFileIsMovedAside();
    void writeIsAtomic();
    void unwritableFolderIsAMessageNotACrash();
    void specialFileIsAMessageNotAHang_data();
    void specialFileIsAMessageNotAHang();
    void resetForgetsOneLesson();
    void predictAttemptsSurviveARestart();
    void defaultPathIsInAppData();
};

void TestProgressStore::freshStartHasNothing()
{
    QTemporaryDir dir;
    ProgressStore store(dir.filePath(QStringLiteral("progress.json")));
    QVERIFY(store.message().isEmpty());
    QVERIFY(!store.isStepVisited(QStringLiteral("m/l"), 0));
    QVERIFY(!store.isLessonCompleted(QStringLiteral("m/l")));
    QVERIFY(!store.lastStep(QStringLiteral("m/l")));
    QVERIFY(!store.quizAnswer(QStringLiteral("m/l"), 0));
    QVERIFY(!QFile::exists(store.filePath())); // nothing written until something happens
}

void TestProgressStore::everythingSurvivesARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/progress.json"));
    {
        ProgressStore store(path);
        QVERIFY(store.markStepVisited(QStringLiteral("m/l"), 0));
        QVERIFY(store.markStepVisited(QStringLiteral("m/l"), 2));
        QVERIFY(store.markStepVisited(QStringLiteral("m/l"), 2));
        QVERIFY(store.markExampleCompleted(QStringLiteral("m/l"), QStringLiteral("call_soon")));
        QVERIFY(store.markLessonCompleted(QStringLiteral("m/l")));
        QVERIFY(store.setQuizAnswer(QStringLiteral("m/l"), 1, 2));
        QVERIFY(store.setLastStep(QStringLiteral("m/l"), 2));
        QVERIFY(store.setLastStep(QStringLiteral("m/other"), 0));
    }
    ProgressStore again(path);
    QVERIFY(again.message().isEmpty());
    QVERIFY(again.isStepVisited(QStringLiteral("m/l"), 0));
    QVERIFY(!again.isStepVisited(QStringLiteral("m/l"), 1));
    QVERIFY(again.isStepVisited(QStringLiteral("m/l"), 2));
    QVERIFY(again.isExampleCompleted(QStringLiteral("m/l"), QStringLiteral("call_soon")));
    QVERIFY(!again.isExampleCompleted(QStringLiteral("m/l"), QStringLiteral("other")));
    QVERIFY(again.isLessonCompleted(QStringLiteral("m/l")));
    QCOMPARE(again.quizAnswer(QStringLiteral("m/l"), 1), std::optional<int>(2));
    QVERIFY(!again.quizAnswer(QStringLiteral("m/l"), 0));
    QCOMPARE(again.lastStep(QStringLiteral("m/l")), std::optional<int>(2));
    QCOMPARE(again.lastStep(QStringLiteral("m/other")), std::optional<int>(0));
}

void TestProgressStore::damagedFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    QTest::newRow("truncated JSON") << QByteArray("{\"schema\": \"loopscope.progress/1\", \"less") << "not valid JSON";
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 11) << "not valid JSON";
    QTest::newRow("another file") << QByteArray("{\"hello\": 1}") << "not a Loopscope progress file";
    QTest::newRow("a list") << QByteArray("[1, 2]") << "not a Loopscope progress file";
    QTest::newRow("empty") << QByteArray("") << "not valid JSON";
}

void TestProgressStore::damagedFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();

    ProgressStore store(path);
    QVERIFY2(store.message().contains(why), qPrintable(store.message()));
    QVERIFY(store.message().contains(QLatin1String("starts fresh")));
    QVERIFY(store.movedAsideTo().startsWith(path + QLatin1String(".corrupt-")));
    QVERIFY(store.message().contains(store.movedAsideTo()));
    QFile kept(store.movedAsideTo());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content); // the learner's data is kept, byte for byte
    QVERIFY(!QFile::exists(path));
    QVERIFY(!store.isLessonCompleted(QStringLiteral("m/l")));
    QVERIFY(store.markLessonCompleted(QStringLiteral("m/l")));
    QVERIFY(ProgressStore(path).isLessonCompleted(QStringLiteral("m/l")));
}

void TestProgressStore::writeIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.json"));
    ProgressStore store(path);
    QVERIFY(store.markStepVisited(QStringLiteral("m/l"), 0));
    // QSaveFile leaves no temporary file behind and the result is always a whole document.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"progress.json"});
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("loopscope.progress/1"));
}

void TestProgressStore::unwritableFolderIsAMessageNotACrash()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ProgressStore store(dir.filePath(QStringLiteral("file/progress.json"))); // a file as folder
    QVERIFY(!store.markStepVisited(QStringLiteral("m/l"), 0));
    QVERIFY(!store.message().isEmpty());
    QVERIFY(store.isStepVisited(QStringLiteral("m/l"), 0)); // still known for this session
}

void TestProgressStore::specialFileIsAMessageNotAHang_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("why");
    QTest::newRow("FIFO") << "fifo" << "is a named pipe (FIFO)";
    QTest::newRow("/dev/zero") << "zero" << "is a device";
    QTest::newRow("huge") << "huge" << "is too large";
}

void TestProgressStore::specialFileIsAMessageNotAHang()
{
    // Once froze (a FIFO) or ended (/dev/zero: bad_alloc) the app at start-up.
    QFETCH(QString, kind);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.json"));
    if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == QLatin1String("zero")) {
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    } else {
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(qint64(1) << 30)); // sparse
    }
    ProgressStore store(path);
    QVERIFY2(store.message().contains(why), qPrintable(store.message()));
    QVERIFY(store.message().contains(QLatin1String("could not be read")));
    QVERIFY(!store.isLessonCompleted(QStringLiteral("m/l")));
}

void TestProgressStore::resetForgetsOneLesson()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.json"));
    ProgressStore store(path);
    store.markLessonCompleted(QStringLiteral("m/a"));
    store.markLessonCompleted(QStringLiteral("m/b"));
    QVERIFY(store.resetLesson(QStringLiteral("m/a")));
    ProgressStore again(path);
    QVERIFY(!again.isLessonCompleted(QStringLiteral("m/a")));
    QVERIFY(again.isLessonCompleted(QStringLiteral("m/b")));
}

void TestProgressStore::defaultPathIsInAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(ProgressStore::defaultPath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                     + QLatin1String("/progress.json"));
}

void TestProgressStore::predictAttemptsSurviveARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.json"));
    const QString lesson = QStringLiteral("m/l");
    {
        ProgressStore store(path);
        QCOMPARE(store.predictResult(lesson, 1, 0).tries, 0);
        QVERIFY(store.predictResult(lesson, 1, 0).answer.isUndefined());
        QVERIFY(store.recordPredictAttempt(lesson, 1, 0, QJsonArray{"b", "a"}, false));
        QVERIFY(store.recordPredictAttempt(lesson, 1, 0, QJsonArray{"a", "b"}, true));
        QVERIFY(store.recordPredictAttempt(lesson, 1, 1, 3.5, false));
        QVERIFY(store.setPredictRevealed(lesson, 1, 1));
        QVERIFY(store.setQuizAnswer(lesson, 0, 2)); // beside the quiz, not instead of it
    }
    ProgressStore again(path);
    const ProgressStore::PredictResult order = again.predictResult(lesson, 1, 0);
    QCOMPARE(order.tries, 2);
    QVERIFY(order.passed);
    QVERIFY(!order.revealed);
    QCOMPARE(order.answer, QJsonValue(QJsonArray{"a", "b"}));
    const ProgressStore::PredictResult figure = again.predictResult(lesson, 1, 1);
    QCOMPARE(figure.tries, 1);
    QVERIFY(!figure.passed);
    QVERIFY(figure.revealed);
    QCOMPARE(figure.answer.toDouble(), 3.5);
    QCOMPARE(again.quizAnswer(lesson, 0), std::optional<int>(2));
    // A later wrong attempt does not take back a prediction that matched the run.
    QVERIFY(again.recordPredictAttempt(lesson, 1, 0, QJsonArray{"b", "a"}, false));
    QVERIFY(ProgressStore(path).predictResult(lesson, 1, 0).passed);
    QCOMPARE(ProgressStore(path).predictResult(lesson, 2, 0).tries, 0);
}

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
