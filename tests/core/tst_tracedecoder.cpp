#include "fixtures.h"
#include "recordingsink.h"
#include "tracedecoder.h"

#include <QRandomGenerator>
#include <QTest>
#include <cstring>

using namespace Core;
using namespace Core::Test;

namespace
{

struct Decoded {
    QStringList lines;
    DecoderStats stats;
};

Decoded decodeInChunks(const QByteArray &bytes, const QList<qsizetype> &chunkSizes)
{
    TraceDecoder decoder;
    RecordingSink sink;
    qsizetype pos = 0;
    int i = 0;
    while (pos < bytes.size()) {
        const qsizetype n
            = chunkSizes.isEmpty() ? bytes.size() : chunkSizes[i++ % chunkSizes.size()];
        decoder.feed(QByteArrayView(bytes).sliced(pos, std::min(n, bytes.size() - pos)), sink);
        pos += n;
    }
    decoder.finish();
    return { sink.lines, decoder.stats() };
}

Decoded decode(const QByteArray &bytes)
{
    return decodeInChunks(bytes, {});
}

QByteArray frame(std::uint8_t type, const QByteArray &payload)
{
    TraceEncoder e;
    e.record(type, payload);
    return e.bytes;
}

} // namespace

class tst_TraceDecoder : public QObject
{
    Q_OBJECT

private slots:
    void everyRecordRoundTrips_data();
    void everyRecordRoundTrips();
    void magicIsOptionalAndNotGarbage();
    void garbageBeforeAndBetweenRecordsIsSkipped();
    void truncatedTailIsCounted();
    void unknownTypeIsGarbage();
    void shortPayloadIsGarbage();
    void longerPayloadIsTolerated();
    void unknownStringIdDecodesEmpty();
    void byteByByteGivesIdenticalRecords();
    void randomChunksGiveIdenticalRecords();
    void hostileLengthsStayBounded();
    void growingStringIdsStayBounded();
    void redefinedAndLateDenseStringIdsResolve();
    void hostRecordsOnALiveChannelAreGarbage();
    void sealedLiveChannelDecodesLikeUnsealed();
    void bytesOutsideTheSealsAreTampering_data();
    void bytesOutsideTheSealsAreTampering();
    void randomBytesNeverCrash();
    void invalidUtf8IsReplaced();
    void outOfRangeEnumsAreClamped();
};

void tst_TraceDecoder::everyRecordRoundTrips_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    auto row = [](const char *name, auto build, const char *expected) {
        TraceEncoder e;
        e.magic();
        build(e);
        QTest::newRow(name) << e.bytes << QString::fromUtf8(expected);
    };
    row(
        "hello",
        [](TraceEncoder &e) {
            e.hello({ 1, true, true, 4242, 77, "3.12.1", "/bin/py", "-m pkg", 250, 1700000000 });
        },
        "HELLO v1 clock=1 step=1 pid=4242 mono=77 py=3.12.1 exe=/bin/py prog=-m pkg block=250 "
        "wall=1700000000");
    row(
        "task_new",
        [](TraceEncoder &e) {
            e.taskNew({ 10, 7, 1, 3, "Task-7", "Worker.run", "w.py", 12 });
        },
        "TASK_NEW t=10 task=7 loop=1 parent=3 name=Task-7 coro=Worker.run at=w.py:12");
    row(
        "task_new_call",
        [](TraceEncoder &e) {
            e.taskNew({ 10, 8, 1, 3, "Task-8", "download", "w.py", 12, "/srv/dl.py",
                        QStringLiteral("download('a.zip', \u00e9t\u00e9=1)") });
        },
        "TASK_NEW t=10 task=8 loop=1 parent=3 name=Task-8 coro=download at=w.py:12 "
        "coro_file=/srv/dl.py call=download('a.zip', \u00e9t\u00e9=1)");
    row(
        "task_new_legacy",
        [](TraceEncoder &e) {
            e.taskNewLegacy({ 10, 9, 1, 0, "Task-9", "main", "m.py", 3, "ignored", "ignored" });
        },
        "TASK_NEW t=10 task=9 loop=1 parent=0 name=Task-9 coro=main at=m.py:3");
    row(
        "loop_close", [](TraceEncoder &e) { e.loopClose({ 123, 2 }); }, "LOOP_CLOSE t=123 loop=2");
    row(
        "step",
        [](TraceEncoder &e) {
            e.step({ 100, 250, 7, false, WaitKind::Queue, "Queue.get", 0, 9 });
        },
        "STEP 100-250 task=7 fin=0 kind=8 detail=Queue.get target=0 chain=9");
    row(
        "step_finished",
        [](TraceEncoder &e) {
            e.step({ 0xFFFFFFFF0ull, 0xFFFFFFFF1ull, 1, true, WaitKind::Sleep, {}, 0, 0 });
        },
        "STEP 68719476720-68719476721 task=1 fin=1 kind=0 detail= target=0 chain=0");
    row(
        "step_wait_object",
        [](TraceEncoder &e) {
            e.step({ 100, 250, 7, false, WaitKind::Lock, "Lock.acquire", 0, 9, 4 });
        },
        "STEP 100-250 task=7 fin=0 kind=4 detail=Lock.acquire target=0 chain=9 obj=4");
    row(
        "step_legacy_36_bytes",
        [](TraceEncoder &e) {
            e.stepLegacy({ 100, 250, 7, false, WaitKind::Lock, "Lock.acquire", 0, 9, 4 });
        },
        "STEP 100-250 task=7 fin=0 kind=4 detail=Lock.acquire target=0 chain=9");
    row(
        "timer",
        [](TraceEncoder &e) {
            e.timer({ 5, 3, TimerEvent::Added, TimerWhat::Sleep, 500, 2, 0, "sleep(0.5)" });
        },
        "TIMER t=5 timer=3 event=0 what=1 deadline=500 task=2 cb=0 name=sleep(0.5)");
    row(
        "wait_obj",
        [](TraceEncoder &e) { e.waitObject({ 4, WaitKind::Queue, "q (Queue@m.py:3)" }); },
        "WAIT_OBJ 4 kind=8 label=q (Queue@m.py:3)");
    row(
        "snap_ready",
        [](TraceEncoder &e) {
            e.snapshotReady({ 2, { { 3, 0, "Task-3" }, { 0, 7, "tick" } } });
        },
        "SNAP_READY 2 [3/0/Task-3,0/7/tick]");
    row(
        "snap_timers",
        [](TraceEncoder &e) {
            e.snapshotTimers({ 2, { { 900, 1, TimerWhat::Callback, 0, 7, "tick" } } });
        },
        "SNAP_TIMERS 2 [1@900/2/0/7/tick]");
    row(
        "snap_waiters",
        [](TraceEncoder &e) { e.snapshotWaiters({ 2, 4, { 3, 5 } }); },
        "SNAP_WAITERS 2 obj=4 [3,5]");
    row(
        "paused",
        [](TraceEncoder &e) {
            e.paused({ 77, 2, false, 3, 0, "Task-3", "worker", "m.py", 12, 1 });
        },
        "PAUSED t=77 seq=2 cb=0 task=3 cbid=0 name=Task-3 fn=worker at=m.py:12 loop=1");
    row(
        "wake",
        [](TraceEncoder &e) {
            e.wake({ 5, 2, WakerKind::Callback, 0, "Foo.on_done" });
        },
        "WAKE t=5 task=2 waker=5 wtask=0 wname=Foo.on_done");
    row(
        "task_end",
        [](TraceEncoder &e) {
            e.taskEnd({ 9, 2, TaskEndState::Failed, "KeyError: 'x'", "renamed" });
        },
        "TASK_END t=9 task=2 state=2 exc=KeyError: 'x' name=renamed");
    row(
        "loop_iter",
        [](TraceEncoder &e) {
            e.loopIter({ 1, 2, -1, 3, 4, 5 });
        },
        "LOOP_ITER 1-2 timeout=-1 ready=3 timers=4 loop=5");
    row(
        "cb_sched",
        [](TraceEncoder &e) {
            e.callbackScheduled({ 3, 11, "tick", CallbackHow::CallSoonThreadsafe });
        },
        "CB_SCHED t=3 cb=11 name=tick how=3");
    row(
        "cb_run",
        [](TraceEncoder &e) {
            e.callbackRun({ 4, 6, 11 });
        },
        "CB_RUN 4-6 cb=11");
    row(
        "job_start",
        [](TraceEncoder &e) {
            e.jobStart({ 8, 1, 2, "asyncio_0", "read_file", 4 });
        },
        "JOB_START t=8 job=1 thread=2 tname=asyncio_0 fn=read_file by=4");
    row(
        "job_end",
        [](TraceEncoder &e) {
            e.jobEnd({ 9, 1, true });
        },
        "JOB_END t=9 job=1 failed=1");
    row(
        "output",
        [](TraceEncoder &e) {
            e.output({ 12, 3, OutputStream::Stderr, true, false, "héllo wörld" });
        },
        "OUTPUT t=12 task=3 stream=2 trunc=1 pipe=0 text=héllo wörld");
    row(
        "pipe_output",
        [](TraceEncoder &e) {
            e.output({ 13, 0, OutputStream::Stdout, false, true, "from os.write" });
        },
        "OUTPUT t=13 task=0 stream=1 trunc=0 pipe=1 text=from os.write");
    row(
        "empty_output",
        [](TraceEncoder &e) {
            e.output({ 14, 1, OutputStream::Stdout, false, false, {} });
        },
        "OUTPUT t=14 task=1 stream=1 trunc=0 pipe=0 text=");
    row(
        "warning",
        [](TraceEncoder &e) {
            e.warning({ 15, WarningKind::SlowCallback, "slow", "a.py", 3 });
        },
        "WARNING t=15 kind=4 msg=slow at=a.py:3");
    row(
        "blocked",
        [](TraceEncoder &e) {
            e.blocked({ 16, 2, "a.py", "crunch", 40, 1 });
        },
        "BLOCKED start=16 task=2 at=a.py:40 fn=crunch loop=1");
    row(
        "step_running",
        [](TraceEncoder &e) {
            e.stepRunning({ 90, 16, 2, 5, 1, "a.py", "crunch", 41 });
        },
        "STEP_RUNNING t=90 start=16 task=2 cb=5 loop=1 at=a.py:41 fn=crunch");
    row(
        "error",
        [](TraceEncoder &e) {
            e.error({ 17, "ZeroDivisionError", "division by zero", "a.py", 9 });
        },
        "ERROR t=17 ZeroDivisionError: division by zero at=a.py:9");
    row(
        "exit",
        [](TraceEncoder &e) {
            e.exit({ 18, -3 });
        },
        "EXIT t=18 status=-3");
    row(
        "frame",
        [](TraceEncoder &e) {
            e.frame({ 4, "a.py", "main", 77 });
        },
        "FRAME 4 a.py:77 fn=main");
    row(
        "chain",
        [](TraceEncoder &e) {
            e.chain({ 6, { 4, 5, 9 } });
        },
        "CHAIN 6 [4,5,9]");
    row(
        "empty_chain",
        [](TraceEncoder &e) {
            e.chain({ 7, {} });
        },
        "CHAIN 7 []");
    row(
        "dropped",
        [](TraceEncoder &e) {
            e.dropped({ 19, 1, 12345678901ull });
        },
        "DROPPED t=19 what=1 count=12345678901");
    row(
        "run_end",
        [](TraceEncoder &e) {
            e.runEnd({ 20, RunStatus::Crashed, false, true, 0, 11 });
        },
        "RUN_END wall=20 status=3 hasExit=0 hasSig=1 exit=0 sig=11");
}

void tst_TraceDecoder::everyRecordRoundTrips()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Decoded d = decode(bytes);
    QCOMPARE(d.lines, QStringList { expected });
    QVERIFY(d.stats.sawMagic);
    QCOMPARE(d.stats.garbageBytes, 0u);
    QCOMPARE(d.stats.truncatedBytes, 0u);
    QCOMPARE(d.stats.unknownStrings, 0u);
}

void tst_TraceDecoder::magicIsOptionalAndNotGarbage()
{
    TraceEncoder e;
    e.exit({ 1, 0 });
    Decoded d = decode(e.bytes);
    QCOMPARE(d.lines, QStringList { "EXIT t=1 status=0" });
    QVERIFY(!d.stats.sawMagic);

    // Two recordings back to back (e.g. appended files): the second magic is not garbage.
    const QByteArray twice = gatherTrace().bytes + gatherTrace().bytes;
    d = decode(twice);
    QVERIFY(d.stats.sawMagic);
    QCOMPARE(d.stats.garbageBytes, 0u);
}

void tst_TraceDecoder::garbageBeforeAndBetweenRecordsIsSkipped()
{
    TraceEncoder e;
    e.magic();
    e.bytes += QByteArray("noise\xEA\x7F", 7); // includes a false sync byte with a bad type
    e.exit({ 1, 0 });
    e.bytes += QByteArray(100, 'x');
    e.exit({ 2, 5 });
    const Decoded d = decode(e.bytes);
    QCOMPARE(d.lines, (QStringList { "EXIT t=1 status=0", "EXIT t=2 status=5" }));
    QCOMPARE(d.stats.garbageBytes, 107u);
    QCOMPARE(d.stats.records, 2u);
}

void tst_TraceDecoder::truncatedTailIsCounted()
{
    const QByteArray full = gatherTrace().bytes;
    const Decoded whole = decode(full);
    for (qsizetype cut : { qsizetype(3), qsizetype(10), qsizetype(23) }) {
        const Decoded d = decode(full.left(full.size() - cut));
        QCOMPARE(d.lines, whole.lines.mid(0, whole.lines.size() - 1)); // RUN_END is 24 bytes
        QCOMPARE(d.stats.truncatedBytes, std::uint64_t(24 - cut));
        QCOMPARE(d.stats.garbageBytes, 0u);
    }
}

void tst_TraceDecoder::unknownTypeIsGarbage()
{
    TraceEncoder e;
    e.record(77, QByteArray(8, '\0'));
    e.record(0, QByteArray(2, '\0'));
    e.exit({ 3, 0 });
    const Decoded d = decode(e.bytes);
    QCOMPARE(d.lines, QStringList { "EXIT t=3 status=0" });
    QCOMPARE(d.stats.garbageBytes, 12u + 6u);
}

void tst_TraceDecoder::shortPayloadIsGarbage()
{
    TraceEncoder e;
    const QByteArray step = e.step({ 1, 2, 3, false, WaitKind::Sleep, {}, 0, 0 });
    QByteArray bytes = frame(4, step.left(35)); // one byte short of a STEP
    bytes += frame(16, QByteArray(11, '\0')); // one byte short of an EXIT
    bytes += e.bytes; // a good STEP
    const Decoded d = decode(bytes);
    QCOMPARE(d.lines, QStringList { "STEP 1-2 task=3 fin=0 kind=0 detail= target=0 chain=0" });
    QCOMPARE(d.stats.garbageBytes, std::uint64_t(4 + 35 + 4 + 11));
}

void tst_TraceDecoder::longerPayloadIsTolerated()
{
    TraceEncoder e;
    QByteArray payload = e.exit({ 7, 1 });
    e.bytes.clear();
    payload += QByteArray("future fields");
    QByteArray bytes = frame(16, payload);
    e.chain({ 2, { 1, 2 } });
    bytes += frame(18, e.bytes.mid(4) + QByteArray("\x01\x02", 2)); // half an id is ignored
    const Decoded d = decode(bytes);
    QCOMPARE(d.lines, (QStringList { "EXIT t=7 status=1", "CHAIN 2 [1,2]" }));
    QCOMPARE(d.stats.garbageBytes, 0u);
}

void tst_TraceDecoder::unknownStringIdDecodesEmpty()
{
    TraceEncoder e;
    TraceEncoder::Payload p;
    p.u64(1).u32(5).u32(1).u32(0).u32(999).u32(0xFFFFFFF0u).u32(0).u32(0);
    e.record(3, p.b);
    const Decoded d = decode(e.bytes);
    QCOMPARE(d.lines, QStringList { "TASK_NEW t=1 task=5 loop=1 parent=0 name= coro= at=:0" });
    QCOMPARE(d.stats.unknownStrings, 2u);
}

void tst_TraceDecoder::byteByByteGivesIdenticalRecords()
{
    const QByteArray bytes
        = gatherTrace().bytes + QByteArray("\xEA\x04junk", 6) + gatherTrace().bytes.mid(8, 200);
    const Decoded whole = decode(bytes);
    const Decoded bytewise = decodeInChunks(bytes, { 1 });
    QCOMPARE(bytewise.lines, whole.lines);
    QCOMPARE(bytewise.stats.garbageBytes, whole.stats.garbageBytes);
    QCOMPARE(bytewise.stats.truncatedBytes, whole.stats.truncatedBytes);
    QCOMPARE(bytewise.stats.records, whole.stats.records);
    QVERIFY(whole.lines.size() > 30);
}

void tst_TraceDecoder::randomChunksGiveIdenticalRecords()
{
    QByteArray bytes = QByteArray("LSTR") + gatherTrace().bytes;
    bytes.insert(300, QByteArray("\xEA\xEA\x01", 3));
    const Decoded whole = decode(bytes);
    QRandomGenerator rng(12345);
    for (int round = 0; round < 50; ++round) {
        QList<qsizetype> sizes;
        for (int i = 0; i < 64; ++i)
            sizes << qsizetype(rng.bounded(1, 80));
        const Decoded d = decodeInChunks(bytes, sizes);
        QCOMPARE(d.lines, whole.lines);
        QCOMPARE(d.stats.garbageBytes, whole.stats.garbageBytes);
        QCOMPARE(d.stats.truncatedBytes, whole.stats.truncatedBytes);
    }
}

void tst_TraceDecoder::hostileLengthsStayBounded()
{
    // A sync byte claiming a 64 KiB STR swallows what follows: the decoder waits for it and,
    // when the stream ends first, reports the bytes as truncated; nothing is allocated beyond
    // what was fed.
    QByteArray bytes("\xEA\x01\xFF\xFF", 4);
    bytes += gatherTrace().bytes;
    Decoded d = decode(bytes);
    QVERIFY(d.lines.isEmpty());
    QCOMPARE(d.stats.truncatedBytes, std::uint64_t(bytes.size()));

    // Huge ids in STR/FRAME/CHAIN must not allocate by id.
    TraceEncoder e;
    TraceEncoder::Payload p;
    p.u32(0xFFFFFFFEu).raw("far away");
    e.record(1, p.b);
    TraceEncoder::Payload task;
    task.u64(1).u32(0xFFFFFFFFu).u32(0xFFFFFFFFu).u32(0).u32(0xFFFFFFFEu).u32(0).u32(0).u32(0);
    e.record(3, task.b);
    d = decode(e.bytes);
    QCOMPARE(d.lines,
        QStringList { "TASK_NEW t=1 task=4294967295 loop=4294967295 parent=0 "
                      "name=far away coro= at=:0" });
}

void tst_TraceDecoder::growingStringIdsStayBounded()
{
    // Each id just inside what a "grow by half" rule allows: 30 such records once made the
    // decoder's string table reach billions of entries from 300 bytes. Fourteen are enough to
    // show the growth (tens of MB) without hurting the machine when it comes back.
    TraceEncoder e;
    e.magic();
    std::uint64_t size = 0, id = 0; // a table indexed by id needs size > id
    for (int i = 0; i < 14; ++i) {
        id = size + 4096 + size / 2 - 1;
        size = id + 1;
        TraceEncoder::Payload p;
        p.u32(std::uint32_t(id)).raw("x");
        e.record(1, p.b);
    }
    TraceEncoder::Payload task;
    task.u64(1).u32(7).u32(1).u32(0).u32(std::uint32_t(id)).u32(0).u32(0).u32(0);
    e.record(3, task.b);

    TraceDecoder decoder;
    RecordingSink sink;
    decoder.feed(e.bytes, sink);
    decoder.finish();
    const std::size_t bound = 64 * std::size_t(e.bytes.size()) + (64 << 10);
    QVERIFY2(decoder.approximateBytes() <= bound,
        qPrintable(QStringLiteral("%1 bytes held for %2 bytes fed")
                       .arg(decoder.approximateBytes())
                       .arg(e.bytes.size())));
    QCOMPARE(decoder.stats().unknownStrings, std::uint64_t(0));
    QVERIFY2(sink.lines.last().contains(QStringLiteral("name=x ")), qPrintable(sink.lines.last()));
}

void tst_TraceDecoder::redefinedAndLateDenseStringIdsResolve()
{
    // An id first seen far away (kept aside), then reached by dense ids, then redefined: every
    // use sees the latest text, and nothing is counted unknown.
    TraceEncoder e;
    auto str = [&e](std::uint32_t id, const char *text) {
        TraceEncoder::Payload p;
        p.u32(id).raw(text);
        e.record(1, p.b);
    };
    auto taskNamed = [&e](std::uint32_t task, std::uint32_t name) {
        TraceEncoder::Payload p;
        p.u64(1).u32(task).u32(1).u32(0).u32(name).u32(0).u32(0).u32(0);
        e.record(3, p.b);
    };
    str(9000, "far");
    for (std::uint32_t id = 1; id <= 8000; ++id)
        str(id, "dense");
    taskNamed(1, 9000);
    str(9000, "redefined");
    taskNamed(2, 9000);
    taskNamed(3, 8000);
    const Decoded d = decode(e.bytes);
    QCOMPARE(d.stats.unknownStrings, std::uint64_t(0));
    QVERIFY(d.lines.at(d.lines.size() - 3).contains(QStringLiteral("name=far ")));
    QVERIFY(d.lines.at(d.lines.size() - 2).contains(QStringLiteral("name=redefined ")));
    QVERIFY(d.lines.last().contains(QStringLiteral("name=dense ")));
}

void tst_TraceDecoder::hostRecordsOnALiveChannelAreGarbage()
{
    // Only the host writes PIPE_OUTPUT and RUN_END (into recordings); on the live channel they
    // can only come from the program, e.g. a RUN_END claiming it ended well.
    TraceEncoder e;
    e.magic();
    e.output({ 1, 0, OutputStream::Stdout, false, true, "forged raw line" });
    e.runEnd({ 2, RunStatus::Ok, true, false, 0, 0 });
    e.exit({ 3, 0 });
    const Decoded recording = decode(e.bytes);
    QCOMPARE(recording.lines.size(), 3);

    TraceDecoder live;
    live.setLiveChannel(true);
    RecordingSink sink;
    live.feed(e.bytes, sink);
    live.finish();
    QCOMPARE(sink.lines, QStringList { "EXIT t=3 status=0" });
    QVERIFY(live.stats().garbageBytes > 0);
}

namespace
{

// A live stream as the tracer writes it: the magic, then each batch behind a SEAL (28).
QByteArray sealed(const QList<QByteArray> &batches, std::uint64_t token = 0x1234,
                  std::uint32_t firstSeq = 0)
{
    QByteArray out("LSTRACE1");
    std::uint32_t seq = firstSeq;
    for (const QByteArray &b : batches) {
        QByteArray p(16, '\0');
        const std::uint32_t length = std::uint32_t(b.size());
        std::memcpy(p.data(), &seq, 4);
        std::memcpy(p.data() + 4, &length, 4);
        std::memcpy(p.data() + 8, &token, 8);
        out += frame(28, p) + b;
        ++seq;
    }
    return out;
}

QByteArray exitRecord(std::uint64_t t)
{
    TraceEncoder e;
    e.exit({ t, 0 });
    return e.bytes;
}

Decoded decodeLive(const QByteArray &bytes, qsizetype chunk = 0)
{
    TraceDecoder decoder;
    decoder.setLiveChannel(true);
    RecordingSink sink;
    for (qsizetype pos = 0; pos < bytes.size(); pos += chunk ? chunk : bytes.size())
        decoder.feed(QByteArrayView(bytes).sliced(pos, std::min(chunk ? chunk : bytes.size(),
                                                                bytes.size() - pos)), sink);
    decoder.finish();
    return { sink.lines, decoder.stats() };
}

} // namespace

void tst_TraceDecoder::sealedLiveChannelDecodesLikeUnsealed()
{
    const QByteArray two = exitRecord(1) + exitRecord(2);
    const QByteArray stream = sealed({ two, exitRecord(3), QByteArray() });
    for (qsizetype chunk : { qsizetype(0), qsizetype(1), qsizetype(7) }) {
        const Decoded live = decodeLive(stream, chunk);
        QVERIFY2(!live.stats.tampered, qPrintable(QString::number(chunk)));
        QCOMPARE(live.stats.garbageBytes, 0u);
        QCOMPARE(live.lines.size(), 3);
    }
    // A recording keeps the seals, with the host's own records spliced in anywhere between
    // the tracer's records, inside batches too: replay checks the seals without them.
    TraceEncoder host;
    host.runEnd({ 4, RunStatus::Ok, true, false, 0, 0 });
    QByteArray recording = sealed({ two, exitRecord(3) }) + host.bytes;
    recording.insert(8 + 20 + exitRecord(1).size(), host.bytes); // between records 1 and 2
    const Decoded replay = decode(recording);
    QCOMPARE(replay.lines.size(), 5);
    QCOMPARE(replay.stats.garbageBytes, 0u);
    QVERIFY(!replay.stats.tampered);
}

void tst_TraceDecoder::bytesOutsideTheSealsAreTampering_data()
{
    QTest::addColumn<QByteArray>("stream");
    const QByteArray forged = exitRecord(9);
    const QByteArray a = exitRecord(1), b = exitRecord(2);
    QTest::newRow("record between batches") << sealed({ a }) + forged + sealed({ b }, 0x1234, 1).mid(8);
    QTest::newRow("record after the last batch") << sealed({ a, b }) + forged;
    QTest::newRow("garbage between batches") << sealed({ a }) + QByteArray("hello") + sealed({ b }, 0x1234, 1).mid(8);
    QTest::newRow("record inside a batch") << sealed({ a + forged.left(4) }) + forged.mid(4);
    QTest::newRow("batch out of sequence") << sealed({ a }) + sealed({ b }, 0x1234, 5).mid(8);
    QTest::newRow("replayed batch") << sealed({ a }) + sealed({ b }, 0x1234, 0).mid(8);
    QTest::newRow("another token") << sealed({ a }) + sealed({ b }, 0x9999, 1).mid(8);
    QTest::newRow("second magic") << sealed({ a }) + QByteArray("LSTRACE1") + sealed({ b }, 0x1234, 1).mid(8);
}

void tst_TraceDecoder::bytesOutsideTheSealsAreTampering()
{
    QFETCH(QByteArray, stream);
    for (qsizetype chunk : { qsizetype(0), qsizetype(1), qsizetype(5) })
        QVERIFY2(decodeLive(stream, chunk).stats.tampered, qPrintable(QString::number(chunk)));
    QVERIFY(decode(stream).stats.tampered); // replaying the recording finds it too
}

void tst_TraceDecoder::randomBytesNeverCrash()
{
    QRandomGenerator rng(7);
    QByteArray bytes(1 << 20, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    // Make sync bytes and valid types frequent so that plenty of records get through.
    for (qsizetype i = 0; i < bytes.size(); i += 37) {
        bytes[i] = char(0xEA);
        bytes[i + 1 < bytes.size() ? i + 1 : i] = char(rng.bounded(1, 20));
        if (i + 3 < bytes.size()) {
            bytes[i + 2] = char(rng.bounded(64));
            bytes[i + 3] = 0;
        }
    }
    const Decoded d = decodeInChunks(bytes, { 4093 });
    QVERIFY(d.stats.records > 0);
    QVERIFY(d.stats.garbageBytes > 0);
    QVERIFY(d.stats.garbageBytes + d.stats.truncatedBytes <= std::uint64_t(bytes.size()));
}

void tst_TraceDecoder::invalidUtf8IsReplaced()
{
    TraceEncoder e;
    TraceEncoder::Payload p;
    p.u64(1).u32(0).u8(1).u8(0).raw(QByteArray("ok \xFF\xFE end", 9));
    e.record(12, p.b);
    const Decoded d = decode(e.bytes);
    QCOMPARE(d.lines.size(), 1);
    QVERIFY(d.lines[0].contains(QChar(QChar::ReplacementCharacter)));
    QVERIFY(d.lines[0].endsWith(QStringLiteral(" end")));
}

void tst_TraceDecoder::outOfRangeEnumsAreClamped()
{
    TraceEncoder e;
    TraceEncoder::Payload p;
    p.u64(1).u64(2).u32(1).u8(0).u8(200).u16(0).u32(0).u32(0).u32(0);
    e.record(4, p.b);
    const Decoded d = decode(e.bytes);
    QCOMPARE(d.lines, QStringList { "STEP 1-2 task=1 fin=0 kind=13 detail= target=0 chain=0" });
}

QTEST_GUILESS_MAIN(tst_TraceDecoder)
#include "tst_tracedecoder.moc"
