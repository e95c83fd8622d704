// A trace recorded with the real tracer (fixtures/gather.py, see fixtures/README.md): the
// decoder, model and summary must agree with what the program visibly did.

#include "chromeexporter.h"
#include "recordingsink.h"
#include "runsummary.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

class tst_RecordedTrace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decodesCleanly();
    void anySplitDecodesTheSame();
    void modelMatchesTheProgram();
    void summaryValidatesAndTellsTheStory();
    void exportsToChromeTrace();

private:
    QByteArray m_bytes;
    TraceModel m_model;
    DecoderStats m_stats;
};

void tst_RecordedTrace::initTestCase()
{
    QFile file(QStringLiteral(LOOPSCOPE_TEST_DATA "/fixtures/gather.lstrace"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_bytes = file.readAll();
    TraceDecoder decoder;
    decoder.feed(m_bytes, m_model);
    decoder.finish();
    m_stats = decoder.stats();
    m_model.setDecoderStats(m_stats);
}

void tst_RecordedTrace::decodesCleanly()
{
    QVERIFY(m_stats.sawMagic);
    QCOMPARE(m_stats.garbageBytes, 0u);
    QCOMPARE(m_stats.truncatedBytes, 0u);
    QCOMPARE(m_stats.unknownStrings, 0u);
    QVERIFY(m_stats.records > 40);
    QVERIFY(m_model.hello());
    QCOMPARE(m_model.hello()->protoVersion, 1);
    QVERIFY(m_model.exit());
}

void tst_RecordedTrace::anySplitDecodesTheSame()
{
    Test::RecordingSink whole, bytewise;
    TraceDecoder a, b;
    a.feed(m_bytes, whole);
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        b.feed(QByteArrayView(m_bytes).sliced(i, 1), bytewise);
    QCOMPARE(bytewise.lines, whole.lines);
}

void tst_RecordedTrace::modelMatchesTheProgram()
{
    QCOMPARE(m_model.tasks().size(), 3u);
    const TaskInfo &main = m_model.tasks()[0];
    QCOMPARE(main.coro, QStringLiteral("main"));
    QCOMPARE(main.state, TaskState::Done);
    QCOMPARE(main.waits.size(), 2u);
    QCOMPARE(m_model.wait(main, 0).kind, WaitKind::Gather);
    QCOMPARE(m_model.wait(main, 1).kind, WaitKind::Executor);
    QCOMPARE(m_model.wait(main, 1).wakeup->kind, WakerKind::Thread);
    const QList<FrameRecord> chain = m_model.chainFrames(m_model.wait(main, 0).chain);
    QVERIFY(!chain.isEmpty());
    QVERIFY(chain.front().file.endsWith(QStringLiteral("gather.py")));
    for (int i : { 1, 2 }) {
        const TaskInfo &fetch = m_model.tasks()[i];
        QCOMPARE(fetch.parent, main.id);
        QCOMPARE(m_model.lane(fetch.lane).parent, main.lane);
        QCOMPARE(m_model.wait(fetch, 0).kind, WaitKind::Sleep);
        QCOMPARE(m_model.wait(fetch, 0).wakeup->kind, WakerKind::Timer);
    }
    QCOMPARE(m_model.tasks()[2].state, TaskState::Failed);
    QCOMPARE(m_model.tasks()[2].exception, QStringLiteral("ValueError: bad"));
    QCOMPARE(m_model.threads().size(), 1u);
    QCOMPARE(m_model.string(m_model.jobs()[0].function), QStringLiteral("sum"));
    QCOMPARE(m_model.output().size(), 3u);
    // The sleeps really happened: 10 and 20 ms on the real clock.
    const WaitView a = m_model.wait(m_model.tasks()[1], 0);
    QVERIFY(*a.end - a.start >= 10'000'000);
}

void tst_RecordedTrace::summaryValidatesAndTellsTheStory()
{
    const QJsonObject s = buildRunSummary(m_model, {});
    QCOMPARE(s[QStringLiteral("status")].toString(), QStringLiteral("ok"));
    QCOMPARE(s[QStringLiteral("exit_code")].toInt(-1), 0);
    QCOMPARE(s[QStringLiteral("python")][QStringLiteral("version")].toString().left(2),
        QStringLiteral("3."));
    QCOMPARE(s[QStringLiteral("output")][2][QStringLiteral("text")].toString(),
        QStringLiteral("results ['a', ValueError('bad')]"));
    QCOMPARE(s[QStringLiteral("tasks")][0][QStringLiteral("waits")][0][QStringLiteral("woken_by")]
                 .toString(),
        QStringLiteral("task:3"));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("summary.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(s).toJson());
    out.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(LOOPSCOPE_TEST_DATA "/../tools/validate_summary.py"),
            QStringLiteral(LOOPSCOPE_SCHEMA), file });
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
}

void tst_RecordedTrace::exportsToChromeTrace()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeChromeTrace(m_model, buffer));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.object()[QStringLiteral("traceEvents")].toArray().size() > 50);
}

QTEST_GUILESS_MAIN(tst_RecordedTrace)
#include "tst_recordedtrace.moc"
