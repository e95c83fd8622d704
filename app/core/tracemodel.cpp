#include "tracemodel.h"

#include "elapsed.h"
#include "growgently.h"

#include <algorithm>

namespace Core
{

namespace
{

std::int64_t durationBetween(TimeNs start, TimeNs end)
{
    return elapsedNs(start, end);
}

} // namespace

TraceModel::TraceModel()
{
    m_runningType = typeId(SpanKind::Running);
    m_readyType = typeId(SpanKind::Ready);
    m_idleType = typeId(SpanKind::LoopIdle);
    m_busyType = typeId(SpanKind::LoopBusy);
}

// ---------------------------------------------------------------- lanes and spans

TimeNs TraceModel::spanEnd(const Span &span) const
{
    if (span.isOpen())
        return std::max(span.start, m_endTime);
    return span.start + TimeNs(span.duration);
}

int TraceModel::firstIndex(int lane, TimeNs t) const
{
    const auto &spans = m_lanes[lane].spans;
    // Spans are sorted and non-overlapping, so their ends are sorted too; only the last one
    // can be open, and an open span has not ended.
    const auto it = std::partition_point(spans.begin(), spans.end(),
        [t](const Span &s) { return !s.isOpen() && s.start + TimeNs(s.duration) <= t; });
    return int(it - spans.begin());
}

int TraceModel::lastIndex(int lane, TimeNs t) const
{
    const auto &spans = m_lanes[lane].spans;
    const auto it = std::partition_point(
        spans.begin(), spans.end(), [t](const Span &s) { return s.start <= t; });
    return int(it - spans.begin()) - 1;
}

std::uint32_t TraceModel::typeId(SpanKind kind, WaitKind wait, std::uint32_t label)
{
    const std::uint64_t key
        = std::uint64_t(kind) | std::uint64_t(wait) << 8 | std::uint64_t(label) << 16;
    const auto it = m_spanTypeIds.constFind(key);
    if (it != m_spanTypeIds.cend())
        return *it;
    const auto id = std::uint32_t(m_spanTypes.size());
    m_spanTypes.push_back({ kind, wait, label });
    m_spanTypeIds.insert(key, id);
    return id;
}

int TraceModel::addLane(LaneKind kind, Id id, int parent, QString name)
{
    Lane lane;
    lane.info.kind = kind;
    lane.info.id = id;
    lane.info.parent = parent;
    lane.info.depth = parent >= 0 ? m_lanes[parent].info.depth + 1 : 0;
    lane.info.name = std::move(name);
    growGently(m_lanes);
    m_lanes.push_back(std::move(lane));
    return int(m_lanes.size()) - 1;
}

int TraceModel::closeOpen(Lane &lane, TimeNs t)
{
    if (lane.spans.empty() || !lane.spans.back().isOpen())
        return -1;
    Span &s = lane.spans.back();
    s.duration = durationBetween(s.start, t);
    return int(lane.spans.size()) - 1;
}

std::uint32_t TraceModel::append(
    Lane &lane, TimeNs start, std::int64_t duration, std::uint32_t type, std::uint32_t extra)
{
    if (!lane.spans.empty()) {
        const Span &last = lane.spans.back();
        const TimeNs lastEnd = last.isOpen() ? last.start : last.start + TimeNs(last.duration);
        if (start < lastEnd) {
            // Keep the lane non-overlapping: a late record is moved to the lane's end.
            if (duration > 0)
                duration = std::max<std::int64_t>(0, duration - elapsedNs(start, lastEnd));
            start = lastEnd;
        }
    }
    lane.spans.push_back({ start, duration, type, extra });
    return std::uint32_t(lane.spans.size() - 1);
}

// ---------------------------------------------------------------- lookups

std::uint32_t TraceModel::loopIndex(Id loop, TimeNs t)
{
    std::uint32_t index = m_loopIndex.find(loop);
    if (index != IdIndex::npos)
        return index;
    index = std::uint32_t(m_loops.size());
    LoopInfo info;
    info.id = loop;
    info.lane = addLane(LaneKind::Loop, loop, -1, QStringLiteral("Event loop %1").arg(loop));
    m_loops.push_back(info);
    m_loopIndex.insert(loop, index);
    m_activeStart = index == 0 ? t : std::min(m_activeStart, t);
    // The loop is busy from the moment we first hear of it until its first select.
    append(m_lanes[info.lane], t, -1, m_busyType, 0);
    return index;
}

std::uint32_t TraceModel::threadIndex(Id thread, const QString &name)
{
    std::uint32_t index = m_threadIndex.find(thread);
    if (index != IdIndex::npos)
        return index;
    index = std::uint32_t(m_threads.size());
    ThreadInfo info;
    info.id = thread;
    info.name = name.isEmpty() ? QStringLiteral("Thread %1").arg(thread) : name;
    info.lane = addLane(LaneKind::Thread, thread, -1, info.name);
    m_threads.push_back(std::move(info));
    m_threadIndex.insert(thread, index);
    return index;
}

const FrameRecord *TraceModel::frame(Id id) const
{
    const std::uint32_t index = m_frameIndex.find(id);
    return index == IdIndex::npos ? nullptr : &m_frames[index];
}

QList<FrameRecord> TraceModel::chainFrames(Id chain) const
{
    QList<FrameRecord> frames;
    const std::uint32_t index = m_chainIndex.find(chain);
    if (index == IdIndex::npos)
        return frames;
    const auto [offset, count] = m_chains[index];
    frames.reserve(count);
    for (std::uint32_t i = 0; i < count; ++i) {
        const Id id = m_chainFrames[offset + i];
        if (const FrameRecord *f = frame(id))
            frames.append(*f);
        else
            frames.append(FrameRecord { id, {}, {}, 0 });
    }
    return frames;
}

void TraceModel::setOutputLimits(std::size_t maxLines, std::size_t maxTextBytes)
{
    m_maxLines = maxLines;
    m_maxTextBytes = maxTextBytes;
}

std::size_t TraceModel::spanTotal() const
{
    std::size_t n = 0;
    for (const Lane &lane : m_lanes)
        n += lane.spans.size();
    return n;
}

std::size_t TraceModel::spanBytes() const
{
    std::size_t bytes = 0;
    for (const Lane &lane : m_lanes)
        bytes += lane.spans.capacity() * sizeof(Span);
    return bytes;
}

std::size_t TraceModel::approximateBytes() const
{
    std::size_t bytes = spanBytes() + m_lanes.capacity() * sizeof(Lane);
    bytes += m_wakeups.capacity() * sizeof(Wakeup);
    bytes += m_tasks.capacity() * sizeof(TaskInfo);
    for (const TaskInfo &t : m_tasks)
        bytes += t.waits.capacity() * sizeof(WaitInfo);
    bytes += m_spanTypes.capacity() * sizeof(SpanType) + m_strings.approximateBytes();
    bytes += m_output.capacity() * sizeof(OutputLine) + m_textBytes;
    bytes += m_jobs.capacity() * sizeof(JobInfo) + m_callbacks.capacity() * sizeof(CallbackInfo);
    bytes += m_chainFrames.capacity() * sizeof(Id) + m_frames.capacity() * sizeof(FrameRecord);
    bytes += m_timers.capacity() * sizeof(TimerInfo);
    for (const IdIndex *index : { &m_taskIndex, &m_loopIndex, &m_threadIndex, &m_jobIndex,
             &m_callbackIndex, &m_frameIndex, &m_chainIndex, &m_timerIndex, &m_waitObjectIndex })
        bytes += index->approximateBytes();
    for (const LoopInfo &loop : m_loops)
        bytes += loop.selectTimeouts.capacity() * sizeof(std::int64_t);
    return bytes;
}

// ---------------------------------------------------------------- records

void TraceModel::onHello(const HelloRecord &r)
{
    ++m_records;
    if (!m_hello) // the tracer writes one; a later one can only be forged by the program
        m_hello = r;
}

void TraceModel::onLoopIter(const LoopIterRecord &r)
{
    ++m_records;
    seen(r.selectEnd);
    LoopInfo &loop = m_loops[loopIndex(r.loop, r.selectStart)];
    Lane &lane = m_lanes[loop.lane];
    if (!m_running.empty())
        forgetRunning(r.loop, r.selectStart); // whatever ran before this select has ended
    const int closed = closeOpen(lane, r.selectStart);
    if (closed >= 0)
        loop.busy += TimeNs(lane.spans[closed].duration);
    const auto iteration = std::uint32_t(loop.iterations);
    const std::uint32_t span = append(
        lane, r.selectStart, durationBetween(r.selectStart, r.selectEnd), m_idleType, iteration);
    loop.idle += TimeNs(lane.spans[span].duration);
    append(lane, r.selectEnd, -1, m_busyType, iteration + 1);
    loop.selectTimeouts.push_back(r.timeoutNs);
    ++loop.iterations;
}

void TraceModel::onLoopClose(const LoopCloseRecord &r)
{
    ++m_records;
    seen(r.t);
    const std::uint32_t index = m_loopIndex.find(r.loop);
    if (index == IdIndex::npos)
        return;
    // The loop is gone: its last busy span ends here, not at the end of the whole program.
    if (!m_running.empty())
        forgetRunning(r.loop, r.t + 1);
    LoopInfo &loop = m_loops[index];
    Lane &lane = m_lanes[loop.lane];
    const int closed = closeOpen(lane, r.t);
    if (closed >= 0 && m_spanTypes[lane.spans[closed].typeId].kind == SpanKind::LoopBusy)
        loop.busy += TimeNs(lane.spans[closed].duration);
}

void TraceModel::onCallbackScheduled(const CallbackScheduledRecord &r)
{
    ++m_records;
    seen(r.t);
    CallbackInfo info;
    info.id = r.callback;
    info.name = r.name;
    info.how = r.how;
    info.scheduled = r.t;
    m_callbackIndex.insert(r.callback, std::uint32_t(m_callbacks.size()));
    m_callbacks.push_back(std::move(info));
}

void TraceModel::onCallbackRun(const CallbackRunRecord &r)
{
    ++m_records;
    seen(r.end);
    std::uint32_t index = m_callbackIndex.find(r.callback);
    if (index == IdIndex::npos) {
        index = std::uint32_t(m_callbacks.size());
        CallbackInfo info;
        info.id = r.callback;
        info.scheduled = r.start;
        m_callbackIndex.insert(r.callback, index);
        m_callbacks.push_back(std::move(info));
    }
    CallbackInfo &cb = m_callbacks[index];
    if (!m_running.empty())
        std::erase_if(m_running, [&r](const RunningInfo &x) { return x.start == r.start; });
    cb.run = r.start;
    cb.duration = durationBetween(r.start, r.end);
    m_maxStep = std::max(m_maxStep, TimeNs(cb.duration));
    if (m_openBlocked.empty() || !resolveBlocked(0, r.start, r.end, true))
        noteUnsampledBlock(0, 0, r.start, r.end);
}

void TraceModel::onJobStart(const JobStartRecord &r)
{
    ++m_records;
    seen(r.t);
    const std::uint32_t threadIdx = threadIndex(r.thread, r.threadName);
    ThreadInfo &thread = m_threads[threadIdx];
    if (!r.threadName.isEmpty() && thread.name != r.threadName) {
        thread.name = r.threadName;
        m_lanes[thread.lane].info.name = r.threadName;
    }
    const auto jobIndex = std::uint32_t(m_jobs.size());
    JobInfo job;
    job.id = r.job;
    job.thread = r.thread;
    job.submittedBy = r.submittedBy;
    job.function = m_strings.intern(r.function);
    job.start = r.t;
    m_jobs.push_back(job);
    m_jobIndex.insert(r.job, jobIndex);
    thread.jobs.push_back(jobIndex);
    Lane &lane = m_lanes[thread.lane];
    closeOpen(lane, r.t); // a thread runs one job at a time; a missing JOB_END ends here
    append(lane, r.t, -1, typeId(SpanKind::Job, WaitKind::Other, job.function), jobIndex);
}

void TraceModel::onJobEnd(const JobEndRecord &r)
{
    ++m_records;
    seen(r.t);
    const std::uint32_t index = m_jobIndex.find(r.job);
    if (index == IdIndex::npos)
        return;
    JobInfo &job = m_jobs[index];
    job.duration = durationBetween(job.start, r.t);
    job.failed = r.failed;
    Lane &lane = m_lanes[m_threads[m_threadIndex.find(job.thread)].lane];
    if (!lane.spans.empty() && lane.spans.back().isOpen() && lane.spans.back().extra == index)
        closeOpen(lane, r.t);
}

void TraceModel::onOutput(const OutputRecord &r)
{
    ++m_records;
    seen(r.t);
    const int stream = r.stream == OutputStream::Stderr ? 1 : 0;
    if (!r.fromPipe && r.continuation && m_inLongLine[stream]) {
        // More of a long line: the terminal gets it whole, the model keeps its beginning.
        if (m_continuing[stream] != IdIndex::npos) {
            OutputLine &line = m_output[m_continuing[stream]];
            line.truncated = true;
            line.cutBytes += r.textBytes;
        }
        m_inLongLine[stream] = r.continues;
        return;
    }
    const std::size_t bytes = std::size_t(r.text.size()) * sizeof(QChar);
    if (!r.fromPipe) { // raw lines from the host may arrive between the pieces of a long line
        m_inLongLine[stream] = r.continues;
        m_continuing[stream] = IdIndex::npos;
    }
    if (m_output.size() >= m_maxLines || m_textBytes + bytes > m_maxTextBytes) {
        // Keep the beginning: it is what a learner scrolls to and what checks look at.
        ++m_droppedLines;
        return;
    }
    m_textBytes += bytes;
    if (!r.fromPipe && m_inLongLine[stream])
        m_continuing[stream] = std::uint32_t(m_output.size());
    m_output.push_back({ r.t, r.task, r.stream, r.truncated || r.cutBytes > 0, r.fromPipe, r.text,
                         r.cutBytes });
}

void TraceModel::onWarning(const WarningRecord &r)
{
    ++m_records;
    seen(r.t);
    m_warnings.push_back(r);
}

void TraceModel::onError(const ErrorRecord &r)
{
    ++m_records;
    seen(r.t);
    m_error = r;
}

void TraceModel::onExit(const ExitRecord &r)
{
    ++m_records;
    seen(r.t);
    m_exit = r;
}

void TraceModel::onFrame(const FrameRecord &r)
{
    ++m_records;
    m_frameIndex.insert(r.frame, std::uint32_t(m_frames.size()));
    m_frames.push_back(r);
}

void TraceModel::onChain(const ChainRecord &r)
{
    ++m_records;
    m_chainIndex.insert(r.chain, std::uint32_t(m_chains.size()));
    m_chains.emplace_back(std::uint32_t(m_chainFrames.size()), std::uint32_t(r.frames.size()));
    m_chainFrames.insert(m_chainFrames.end(), r.frames.cbegin(), r.frames.cend());
}

void TraceModel::onDropped(const DroppedRecord &r)
{
    ++m_records;
    seen(r.t);
    // Lines past the tracer's limit went to the real stream and reached the host as raw lines,
    // kept or counted there: adding them to what was not recorded would count them twice.
    if (r.what == DroppedRecord::TracerOutputLines)
        m_tracerDroppedLines += r.count;
    else if (r.what == DroppedRecord::HostRawLines)
        m_droppedLines += r.count;
    else
        m_tracerDroppedOther += r.count;
}

void TraceModel::onRunEnd(const RunEndRecord &r)
{
    ++m_records;
    // A program that was killed sent no EXIT: the host's end time (in trace time) is the only
    // end it has, and without it a step that never finished would seem to take no time.
    if (!m_exit)
        seen(r.wallNs);
    m_runEnd = r;
}

} // namespace Core
