#include "recordingsink.h"
#include "tracedecoder.h"
#include "traceencoder.h"
#include "tracewriter.h"

#include <QTest>

using namespace Core;
using namespace Core::Test;

class tst_TraceWriter : public QObject
{
    Q_OBJECT

private slots:
    void magicIsTheProtocolHeader();
    void pipeOutputBytes();
    void runEndBytes();
    void longTextIsCutAtACharacter();
    void writtenRecordsDecode();
};

void tst_TraceWriter::magicIsTheProtocolHeader()
{
    QCOMPARE(TraceWriter::magic(), QByteArray("LSTRACE1"));
}

void tst_TraceWriter::pipeOutputBytes()
{
    const QByteArray bytes = TraceWriter::pipeOutput(
        { 0x0102030405060708ull, 0, OutputStream::Stderr, false, true, QStringLiteral("hé") });
    const QByteArray expected = QByteArray::fromHex("ea200d00"
                                                    "0807060504030201"
                                                    "02"
                                                    "00")
        + QByteArray("h\xC3\xA9");
    QCOMPARE(bytes.toHex(), expected.toHex());
}

void tst_TraceWriter::runEndBytes()
{
    const QByteArray bytes
        = TraceWriter::runEnd({ 1000000000ull, RunStatus::Timeout, true, true, -1, 9 });
    const QByteArray expected = QByteArray::fromHex("ea211400"
                                                    "00ca9a3b00000000"
                                                    "02"
                                                    "01"
                                                    "01"
                                                    "00"
                                                    "ffffffff"
                                                    "09000000");
    QCOMPARE(bytes.toHex(), expected.toHex());
}

void tst_TraceWriter::longTextIsCutAtACharacter()
{
    // 30001 two-byte characters = 60002 bytes: cut to 60000 without splitting one.
    const QString text(30001, QChar(0xE9));
    const QByteArray bytes
        = TraceWriter::pipeOutput({ 1, 0, OutputStream::Stdout, false, true, text });
    QCOMPARE(bytes.size(), 4 + 10 + 60000);
    QCOMPARE(int(bytes[13]), 1); // truncated flag
    TraceDecoder decoder;
    RecordingSink sink;
    decoder.feed(bytes, sink);
    QCOMPARE(sink.lines.size(), 1);
    QVERIFY(!sink.lines[0].contains(QChar(QChar::ReplacementCharacter)));
}

void tst_TraceWriter::writtenRecordsDecode()
{
    // A recording = tracer stream + host records; the one decoder reads both.
    TraceEncoder tracer;
    tracer.magic();
    tracer.exit({ 5, 0 });
    QByteArray recording = tracer.bytes;
    recording += TraceWriter::pipeOutput({ 6, 0, OutputStream::Stdout, false, true, "raw line" });
    recording += TraceWriter::runEnd({ 7, RunStatus::Ok, true, false, 0, 0 });
    TraceDecoder decoder;
    RecordingSink sink;
    decoder.feed(recording, sink);
    decoder.finish();
    QCOMPARE(sink.lines,
        (QStringList { "EXIT t=5 status=0",
            "OUTPUT t=6 task=0 stream=1 trunc=0 pipe=1 text=raw line",
            "RUN_END wall=7 status=0 hasExit=1 hasSig=0 exit=0 sig=0" }));
    QCOMPARE(decoder.stats().garbageBytes, 0u);
}

QTEST_GUILESS_MAIN(tst_TraceWriter)
#include "tst_tracewriter.moc"
