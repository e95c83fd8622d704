#include "tracedecoder.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace Core
{

namespace
{

constexpr char kMagic[] = "LSTRACE1";
constexpr qsizetype kMagicSize = 8;
constexpr unsigned char kSync = 0xEA;
constexpr qsizetype kHeaderSize = 4;
constexpr qsizetype kMaxRecord = kHeaderSize + 0xffff;
constexpr std::uint16_t kUnknown = 0xffff;
// OUTPUT / PIPE_OUTPUT flags (docs/PROTOCOL.md)
constexpr std::uint8_t kOutTruncated = 1, kOutContinues = 2, kOutContinuation = 4,
                       kOutNoNewline = 8, kPipeCutCount = 2;

enum RecordType : std::uint8_t {
    Str = 1,
    Hello,
    TaskNew,
    Step,
    Wake,
    TaskEnd,
    LoopIter,
    CbSched,
    CbRun,
    JobStart,
    JobEnd,
    Output,
    Warning,
    Blocked,
    Error,
    Exit,
    Frame,
    Chain,
    Dropped,
    LoopClose,
    Timer,
    WaitObj,
    SnapReady,
    SnapTimers,
    SnapWaiters,
    Paused,
    StepRunning,
    Seal,
    PipeOutput = 32,
    RunEnd = 33
};

// Fixed payload sizes from the struct formats in docs/PROTOCOL.md; longer payloads are
// accepted (forward compatibility), shorter ones are garbage.
constexpr std::array<std::uint16_t, 34> kMinPayload = [] {
    std::array<std::uint16_t, 34> a {};
    a.fill(kUnknown);
    a[Str] = 4;
    a[Hello] = 40;
    a[TaskNew] = 36;
    a[Step] = 36;
    a[Wake] = 24;
    a[TaskEnd] = 24;
    a[LoopIter] = 36;
    a[CbSched] = 17;
    a[CbRun] = 20;
    a[JobStart] = 28;
    a[JobEnd] = 13;
    a[Output] = 14;
    a[Warning] = 21;
    a[Blocked] = 28;
    a[Error] = 24;
    a[Exit] = 12;
    a[Frame] = 16;
    a[Chain] = 4;
    a[Dropped] = 20;
    a[LoopClose] = 12;
    a[Timer] = 36;
    a[WaitObj] = 9;
    a[SnapReady] = 4;
    a[SnapTimers] = 4;
    a[SnapWaiters] = 8;
    a[Paused] = 41;
    a[StepRunning] = 40;
    a[Seal] = 16;
    a[PipeOutput] = 10;
    a[RunEnd] = 20;
    return a;
}();

template <typename T> inline T rd(const unsigned char *p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v; // the protocol is little-endian, as is every platform Loopscope targets
}
static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the decoder assumes a little-endian host");

template <typename E> inline E clampEnum(std::uint8_t v, E maxValue, E fallback)
{
    return v <= std::uint8_t(maxValue) ? E(v) : fallback;
}

inline OutputStream toStream(std::uint8_t v)
{
    return v == 2 ? OutputStream::Stderr : OutputStream::Stdout;
}

inline QString utf8(const unsigned char *p, qsizetype len)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(p), len);
}

} // namespace

void TraceDecoder::feed(QByteArrayView bytes, TraceSink &sink)
{
    if (bytes.isEmpty())
        return;
    if (!m_pending.isEmpty()) {
        // Complete the pending record with just enough of the new bytes (one record at most
        // 64 KiB), then go on in the caller's buffer instead of copying all of it.
        const qsizetype before = m_pending.size();
        const qsizetype take = std::min(bytes.size(), kMaxRecord + kMagicSize);
        m_pending.append(bytes.data(), take);
        const auto *data = reinterpret_cast<const unsigned char *>(m_pending.constData());
        const qsizetype used = parse(data, m_pending.size(), sink);
        if (used < before) {
            // Still incomplete, which means all of the new bytes were taken.
            m_pending.remove(0, used);
            return;
        }
        m_pending.clear();
        bytes = bytes.sliced(used - before);
        if (bytes.isEmpty())
            return;
    }
    // Common case: parse straight from the caller's buffer, keep only the incomplete tail.
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype used = parse(data, bytes.size(), sink);
    if (used < bytes.size())
        m_pending.append(bytes.data() + used, bytes.size() - used);
}

void TraceDecoder::finish()
{
    m_stats.truncatedBytes += std::uint64_t(m_pending.size());
    m_pending.clear();
}

qsizetype TraceDecoder::parse(const unsigned char *data, qsizetype size, TraceSink &sink)
{
    qsizetype pos = 0;
    while (pos < size) {
        const unsigned char b = data[pos];
        if (b != kSync) {
            if (!m_afterGarbage && b == 'L') {
                const qsizetype avail = std::min(size - pos, kMagicSize);
                if (std::memcmp(data + pos, kMagic, size_t(avail)) == 0) {
                    if (avail < kMagicSize)
                        break; // could still be the magic: wait for more bytes
                    if (m_sealed)
                        takeSealed(kMagicSize); // a second magic: not the tracer's
                    pos += kMagicSize;
                    m_stats.sawMagic = true;
                    continue;
                }
            }
            const void *next = std::memchr(data + pos + 1, kSync, size_t(size - pos - 1));
            const qsizetype skip
                = next ? static_cast<const unsigned char *>(next) - (data + pos) : size - pos;
            m_stats.garbageBytes += std::uint64_t(skip);
            if (m_sealed)
                takeSealed(skip);
            m_afterGarbage = true;
            pos += skip;
            continue;
        }
        if (size - pos < kHeaderSize)
            break;
        const std::uint8_t type = data[pos + 1];
        const std::uint16_t len = rd<std::uint16_t>(data + pos + 2);
        const bool forged = m_live && (type == PipeOutput || type == RunEnd);
        const std::uint16_t minLen
            = type < kMinPayload.size() && !forged ? kMinPayload[type] : kUnknown;
        if (minLen == kUnknown || len < minLen) {
            ++m_stats.garbageBytes;
            if (m_sealed)
                takeSealed(1);
            m_afterGarbage = true;
            ++pos;
            continue;
        }
        if (size - pos - kHeaderSize < len)
            break;
        m_afterGarbage = false;
        if (type == Seal) {
            openSeal(data + pos + kHeaderSize);
            pos += kHeaderSize + len;
            continue;
        }
        // A recording splices the host's own records in between the tracer's records, inside
        // its batches; on a live channel those types never get here (they are garbage).
        if (m_sealed && type != PipeOutput && type != RunEnd)
            takeSealed(kHeaderSize + len);
        ++m_stats.records;
        dispatch(type, data + pos + kHeaderSize, len, sink);
        pos += kHeaderSize + len;
    }
    return pos;
}

void TraceDecoder::openSeal(const unsigned char *p)
{
    const auto seq = rd<std::uint32_t>(p);
    const auto length = rd<std::uint32_t>(p + 4);
    const auto token = rd<std::uint64_t>(p + 8);
    if (m_stats.tampered)
        return; // once broken, the framing proves nothing more
    if (!m_sealed) {
        // The tracer's first write comes before any of the program's code runs: it sets the
        // token and the sequence every later batch must continue.
        if (seq != 0) {
            tamper(1);
            return;
        }
        m_sealed = true;
        m_sealToken = token;
    } else if (m_sealLeft != 0 || seq != m_nextSeal || token != m_sealToken) {
        tamper(1);
        return;
    }
    m_nextSeal = seq + 1;
    m_sealLeft = length;
}

void TraceDecoder::takeSealed(qsizetype bytes)
{
    if (m_stats.tampered)
        return;
    if (std::uint64_t(bytes) > m_sealLeft) {
        tamper(std::uint64_t(bytes) - m_sealLeft);
        return;
    }
    m_sealLeft -= std::uint32_t(bytes);
}

void TraceDecoder::tamper(std::uint64_t bytes)
{
    m_stats.tampered = true;
    m_stats.tamperedBytes += bytes;
    m_sealLeft = 0;
}

const QString &TraceDecoder::string(std::uint32_t id)
{
    static const QString empty;
    if (id == 0)
        return empty;
    const std::uint32_t index = m_stringIndex.find(id);
    if (index != IdIndex::npos)
        return m_strings[index];
    ++m_stats.unknownStrings;
    return empty;
}

void TraceDecoder::defineString(std::uint32_t id, QString text)
{
    if (id == 0)
        return;
    m_stringBytes += std::size_t(text.size()) * sizeof(QChar);
    const std::uint32_t index = m_stringIndex.find(id);
    if (index != IdIndex::npos) {
        m_stringBytes -= std::size_t(m_strings[index].size()) * sizeof(QChar);
        m_strings[index] = std::move(text); // a redefinition replaces the text
        return;
    }
    m_stringIndex.insert(id, std::uint32_t(m_strings.size()));
    m_strings.push_back(std::move(text));
}

std::size_t TraceDecoder::approximateBytes() const
{
    return std::size_t(m_pending.capacity()) + m_stringIndex.approximateBytes()
        + m_strings.capacity() * sizeof(QString) + m_stringBytes
        + std::size_t(m_chain.frames.capacity()) * sizeof(Id);
}

void TraceDecoder::dispatch(
    std::uint8_t type, const unsigned char *p, qsizetype len, TraceSink &sink)
{
    switch (type) {
    case Str:
        defineString(rd<std::uint32_t>(p), utf8(p + 4, len - 4));
        break;
    case Hello: {
        HelloRecord r;
        r.protoVersion = rd<std::uint16_t>(p);
        r.virtualClock = p[2] == 1;
        r.stepMode = p[3] & 1;
        r.pid = rd<std::uint32_t>(p + 4);
        r.monoT0Ns = rd<std::uint64_t>(p + 8);
        r.pythonVersion = string(rd<std::uint32_t>(p + 16));
        r.executable = string(rd<std::uint32_t>(p + 20));
        r.program = string(rd<std::uint32_t>(p + 24));
        r.blockThresholdMs = rd<std::uint32_t>(p + 28);
        r.wallT0Ns = rd<std::uint64_t>(p + 32);
        sink.onHello(r);
        break;
    }
    case TaskNew: {
        TaskNewRecord r;
        r.t = rd<std::uint64_t>(p);
        r.task = rd<std::uint32_t>(p + 8);
        r.loop = rd<std::uint32_t>(p + 12);
        r.parent = rd<std::uint32_t>(p + 16);
        r.name = string(rd<std::uint32_t>(p + 20));
        r.coro = string(rd<std::uint32_t>(p + 24));
        r.file = string(rd<std::uint32_t>(p + 28));
        r.line = rd<std::uint32_t>(p + 32);
        if (len >= 40) { // added later: the coroutine's file, then the call's text
            r.coroFile = string(rd<std::uint32_t>(p + 36));
            r.call = utf8(p + 40, len - 40);
        }
        sink.onTaskNew(r);
        break;
    }
    case Step: {
        StepRecord r;
        r.start = rd<std::uint64_t>(p);
        r.end = rd<std::uint64_t>(p + 8);
        r.task = rd<std::uint32_t>(p + 16);
        r.finished = p[20] == 1;
        r.kind = clampEnum(p[21], WaitKind::Other, WaitKind::Other);
        r.detail = string(rd<std::uint32_t>(p + 24));
        r.target = rd<std::uint32_t>(p + 28);
        r.chain = rd<std::uint32_t>(p + 32);
        if (len >= 40)
            r.waitObject = rd<std::uint32_t>(p + 36);
        sink.onStep(r);
        break;
    }
    case Wake: {
        WakeRecord r;
        r.t = rd<std::uint64_t>(p);
        r.task = rd<std::uint32_t>(p + 8);
        r.waker = clampEnum(p[12], WakerKind::Callback, WakerKind::Unknown);
        r.wakerTask = rd<std::uint32_t>(p + 16);
        r.wakerName = string(rd<std::uint32_t>(p + 20));
        sink.onWake(r);
        break;
    }
    case TaskEnd: {
        TaskEndRecord r;
        r.t = rd<std::uint64_t>(p);
        r.task = rd<std::uint32_t>(p + 8);
        r.state = clampEnum(p[12], TaskEndState::Failed, TaskEndState::Failed);
        r.exception = string(rd<std::uint32_t>(p + 16));
        r.finalName = string(rd<std::uint32_t>(p + 20));
        sink.onTaskEnd(r);
        break;
    }
    case LoopIter: {
        LoopIterRecord r;
        r.selectStart = rd<std::uint64_t>(p);
        r.selectEnd = rd<std::uint64_t>(p + 8);
        r.timeoutNs = rd<std::int64_t>(p + 16);
        r.ready = rd<std::uint32_t>(p + 24);
        r.timers = rd<std::uint32_t>(p + 28);
        r.loop = rd<std::uint32_t>(p + 32);
        sink.onLoopIter(r);
        break;
    }
    case LoopClose: {
        LoopCloseRecord r;
        r.t = rd<std::uint64_t>(p);
        r.loop = rd<std::uint32_t>(p + 8);
        sink.onLoopClose(r);
        break;
    }
    case CbSched: {
        CallbackScheduledRecord r;
        r.t = rd<std::uint64_t>(p);
        r.callback = rd<std::uint32_t>(p + 8);
        r.name = string(rd<std::uint32_t>(p + 12));
        r.how = clampEnum(p[16], CallbackHow::CallSoonThreadsafe, CallbackHow::CallSoon);
        sink.onCallbackScheduled(r);
        break;
    }
    case CbRun: {
        CallbackRunRecord r;
        r.start = rd<std::uint64_t>(p);
        r.end = rd<std::uint64_t>(p + 8);
        r.callback = rd<std::uint32_t>(p + 16);
        sink.onCallbackRun(r);
        break;
    }
    case JobStart: {
        JobStartRecord r;
        r.t = rd<std::uint64_t>(p);
        r.job = rd<std::uint32_t>(p + 8);
        r.thread = rd<std::uint32_t>(p + 12);
        r.threadName = string(rd<std::uint32_t>(p + 16));
        r.function = string(rd<std::uint32_t>(p + 20));
        r.submittedBy = rd<std::uint32_t>(p + 24);
        sink.onJobStart(r);
        break;
    }
    case JobEnd: {
        JobEndRecord r;
        r.t = rd<std::uint64_t>(p);
        r.job = rd<std::uint32_t>(p + 8);
        r.failed = p[12] != 0;
        sink.onJobEnd(r);
        break;
    }
    case Output: {
        OutputRecord r;
        r.t = rd<std::uint64_t>(p);
        r.task = rd<std::uint32_t>(p + 8);
        r.stream = toStream(p[12]);
        r.truncated = p[13] & kOutTruncated;
        r.continues = p[13] & kOutContinues;
        r.continuation = p[13] & kOutContinuation;
        r.noNewline = p[13] & kOutNoNewline;
        r.textBytes = std::uint32_t(len - 14);
        r.text = utf8(p + 14, len - 14);
        sink.onOutput(r);
        break;
    }
    case Warning: {
        WarningRecord r;
        r.t = rd<std::uint64_t>(p);
        r.kind = clampEnum(p[8], WarningKind::Other, WarningKind::Other);
        r.message = string(rd<std::uint32_t>(p + 9));
        r.file = string(rd<std::uint32_t>(p + 13));
        r.line = rd<std::uint32_t>(p + 17);
        sink.onWarning(r);
        break;
    }
    case Blocked: {
        BlockedRecord r;
        r.stepStart = rd<std::uint64_t>(p);
        r.task = rd<std::uint32_t>(p + 8);
        r.file = string(rd<std::uint32_t>(p + 12));
        r.function = string(rd<std::uint32_t>(p + 16));
        r.line = rd<std::uint32_t>(p + 20);
        r.loop = rd<std::uint32_t>(p + 24);
        sink.onBlocked(r);
        break;
    }
    case StepRunning: {
        StepRunningRecord r;
        r.t = rd<std::uint64_t>(p);
        r.stepStart = rd<std::uint64_t>(p + 8);
        r.task = rd<std::uint32_t>(p + 16);
        r.callback = rd<std::uint32_t>(p + 20);
        r.loop = rd<std::uint32_t>(p + 24);
        r.file = string(rd<std::uint32_t>(p + 28));
        r.function = string(rd<std::uint32_t>(p + 32));
        r.line = rd<std::uint32_t>(p + 36);
        sink.onStepRunning(r);
        break;
    }
    case Error: {
        ErrorRecord r;
        r.t = rd<std::uint64_t>(p);
        r.type = string(rd<std::uint32_t>(p + 8));
        r.message = string(rd<std::uint32_t>(p + 12));
        r.file = string(rd<std::uint32_t>(p + 16));
        r.line = rd<std::uint32_t>(p + 20);
        sink.onError(r);
        break;
    }
    case Exit: {
        ExitRecord r;
        r.t = rd<std::uint64_t>(p);
        r.status = rd<std::int32_t>(p + 8);
        sink.onExit(r);
        break;
    }
    case Frame: {
        FrameRecord r;
        r.frame = rd<std::uint32_t>(p);
        r.file = string(rd<std::uint32_t>(p + 4));
        r.function = string(rd<std::uint32_t>(p + 8));
        r.line = rd<std::uint32_t>(p + 12);
        sink.onFrame(r);
        break;
    }
    case Chain: {
        m_chain.chain = rd<std::uint32_t>(p);
        const qsizetype n = (len - 4) / 4; // a partial trailing id is ignored
        m_chain.frames.resize(n);
        for (qsizetype i = 0; i < n; ++i)
            m_chain.frames[i] = rd<std::uint32_t>(p + 4 + 4 * i);
        sink.onChain(m_chain);
        break;
    }
    case Dropped: {
        DroppedRecord r;
        r.t = rd<std::uint64_t>(p);
        r.what = rd<std::uint32_t>(p + 8);
        r.count = rd<std::uint64_t>(p + 12);
        sink.onDropped(r);
        break;
    }
    case Timer: {
        TimerRecord r;
        r.t = rd<std::uint64_t>(p);
        r.timer = rd<std::uint32_t>(p + 8);
        r.event = clampEnum(p[12], TimerEvent::Fired, TimerEvent::Fired);
        r.what = clampEnum(p[13], TimerWhat::Callback, TimerWhat::Other);
        r.deadline = rd<std::uint64_t>(p + 16);
        r.task = rd<std::uint32_t>(p + 24);
        r.callback = rd<std::uint32_t>(p + 28);
        r.name = string(rd<std::uint32_t>(p + 32));
        sink.onTimer(r);
        break;
    }
    case WaitObj: {
        WaitObjectRecord r;
        r.object = rd<std::uint32_t>(p);
        r.kind = clampEnum(p[4], WaitKind::Other, WaitKind::Other);
        r.label = string(rd<std::uint32_t>(p + 5));
        sink.onWaitObject(r);
        break;
    }
    case SnapReady: {
        SnapshotReadyRecord r;
        r.seq = rd<std::uint32_t>(p);
        constexpr qsizetype entry = 12; // a partial trailing entry is ignored
        r.entries.reserve((len - 4) / entry);
        for (qsizetype off = 4; off + entry <= len; off += entry) {
            ReadyEntry e;
            e.task = rd<std::uint32_t>(p + off);
            e.callback = rd<std::uint32_t>(p + off + 4);
            e.name = string(rd<std::uint32_t>(p + off + 8));
            r.entries.append(e);
        }
        sink.onSnapshotReady(r);
        break;
    }
    case SnapTimers: {
        SnapshotTimersRecord r;
        r.seq = rd<std::uint32_t>(p);
        constexpr qsizetype entry = 25;
        r.entries.reserve((len - 4) / entry);
        for (qsizetype off = 4; off + entry <= len; off += entry) {
            TimerEntry e;
            e.deadline = rd<std::uint64_t>(p + off);
            e.timer = rd<std::uint32_t>(p + off + 8);
            e.what = clampEnum(p[off + 12], TimerWhat::Callback, TimerWhat::Other);
            e.task = rd<std::uint32_t>(p + off + 13);
            e.callback = rd<std::uint32_t>(p + off + 17);
            e.name = string(rd<std::uint32_t>(p + off + 21));
            r.entries.append(e);
        }
        sink.onSnapshotTimers(r);
        break;
    }
    case SnapWaiters: {
        SnapshotWaitersRecord r;
        r.seq = rd<std::uint32_t>(p);
        r.object = rd<std::uint32_t>(p + 4);
        const qsizetype n = (len - 8) / 4;
        r.tasks.resize(n);
        for (qsizetype i = 0; i < n; ++i)
            r.tasks[i] = rd<std::uint32_t>(p + 8 + 4 * i);
        sink.onSnapshotWaiters(r);
        break;
    }
    case Paused: {
        PausedRecord r;
        r.t = rd<std::uint64_t>(p);
        r.seq = rd<std::uint32_t>(p + 8);
        r.callback = p[12] == 1;
        r.task = rd<std::uint32_t>(p + 13);
        r.callbackId = rd<std::uint32_t>(p + 17);
        r.name = string(rd<std::uint32_t>(p + 21));
        r.function = string(rd<std::uint32_t>(p + 25));
        r.file = string(rd<std::uint32_t>(p + 29));
        r.line = rd<std::uint32_t>(p + 33);
        r.loop = rd<std::uint32_t>(p + 37);
        sink.onPaused(r);
        break;
    }
    case PipeOutput: {
        OutputRecord r;
        r.t = rd<std::uint64_t>(p);
        r.stream = toStream(p[8]);
        r.truncated = p[9] & kOutTruncated;
        r.fromPipe = true;
        qsizetype text = 10;
        if ((p[9] & kPipeCutCount) && len >= 18) { // how much of the line was left out
            r.cutBytes = rd<std::uint64_t>(p + 10);
            text = 18;
        }
        r.textBytes = std::uint32_t(len - text);
        r.text = utf8(p + text, len - text);
        sink.onOutput(r);
        break;
    }
    case RunEnd: {
        RunEndRecord r;
        r.wallNs = rd<std::uint64_t>(p);
        r.status = clampEnum(p[8], RunStatus::Stopped, RunStatus::Crashed);
        r.hasExitCode = p[9] != 0;
        r.hasSignal = p[10] != 0;
        r.exitCode = rd<std::int32_t>(p + 12);
        r.signal = rd<std::int32_t>(p + 16);
        sink.onRunEnd(r);
        break;
    }
    default:
        break;
    }
}

} // namespace Core
