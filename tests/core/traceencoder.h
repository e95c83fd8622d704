#pragma once
// Test-only encoder for every record of docs/PROTOCOL.md, so fixtures can be built in code.
// Strings are interned on first use like the tracer does (a STR record precedes the use).

#include "tracerecords.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QtEndian>

namespace Core::Test
{

class TraceEncoder
{
public:
    QByteArray bytes;
    int events = 0; //!< records written other than STR (what the model counts)

    TraceEncoder &magic()
    {
        bytes += "LSTRACE1";
        return *this;
    }

    std::uint32_t str(const QString &text)
    {
        if (text.isEmpty())
            return 0;
        if (auto it = m_ids.constFind(text); it != m_ids.cend())
            return *it;
        const auto id = std::uint32_t(m_ids.size() + 1);
        m_ids.insert(text, id);
        Payload p;
        p.u32(id).raw(text.toUtf8());
        record(1, p.b);
        return id;
    }

    struct Payload {
        QByteArray b;
        template <typename T> Payload &put(T v)
        {
            const T le = qToLittleEndian(v);
            b.append(reinterpret_cast<const char *>(&le), sizeof(T));
            return *this;
        }
        Payload &u8(std::uint8_t v) { return put(v); }
        Payload &u16(std::uint16_t v) { return put(v); }
        Payload &u32(std::uint32_t v) { return put(v); }
        Payload &i32(std::int32_t v) { return put(v); }
        Payload &u64(std::uint64_t v) { return put(v); }
        Payload &i64(std::int64_t v) { return put(v); }
        Payload &raw(const QByteArray &v)
        {
            b += v;
            return *this;
        }
    };

    void record(std::uint8_t type, const QByteArray &payload)
    {
        bytes.append(char(0xEA));
        bytes.append(char(type));
        const auto len = qToLittleEndian(std::uint16_t(payload.size()));
        bytes.append(reinterpret_cast<const char *>(&len), 2);
        bytes += payload;
    }

    // Each returns the payload it wrote, so tests can re-frame it (short, long, damaged).
    QByteArray hello(const HelloRecord &r)
    {
        const auto ver = str(r.pythonVersion), exe = str(r.executable), prog = str(r.program);
        Payload p;
        p.u16(r.protoVersion).u8(r.virtualClock).u8(r.stepMode).u32(r.pid).u64(r.monoT0Ns);
        p.u32(ver).u32(exe).u32(prog).u32(r.blockThresholdMs).u64(r.wallT0Ns);
        return write(2, p);
    }
    QByteArray taskNew(const TaskNewRecord &r)
    {
        const auto name = str(r.name), coro = str(r.coro), file = str(r.file);
        const auto coroFile = str(r.coroFile);
        Payload p;
        p.u64(r.t).u32(r.task).u32(r.loop).u32(r.parent).u32(name).u32(coro).u32(file).u32(r.line);
        p.u32(coroFile).raw(r.call.toUtf8());
        return write(3, p);
    }
    //! TASK_NEW as the tracer wrote it before the coroutine's file and call text (36 bytes).
    QByteArray taskNewLegacy(const TaskNewRecord &r)
    {
        const auto name = str(r.name), coro = str(r.coro), file = str(r.file);
        Payload p;
        p.u64(r.t).u32(r.task).u32(r.loop).u32(r.parent).u32(name).u32(coro).u32(file).u32(r.line);
        return write(3, p);
    }
    QByteArray step(const StepRecord &r)
    {
        const auto detail = str(r.detail);
        Payload p;
        p.u64(r.start).u64(r.end).u32(r.task).u8(r.finished).u8(std::uint8_t(r.kind)).u16(0);
        p.u32(detail).u32(r.target).u32(r.chain).u32(r.waitObject);
        return write(4, p);
    }
    //! STEP as protocol version 1 wrote it, before the wait object was added (36 bytes).
    QByteArray stepLegacy(const StepRecord &r)
    {
        const auto detail = str(r.detail);
        Payload p;
        p.u64(r.start).u64(r.end).u32(r.task).u8(r.finished).u8(std::uint8_t(r.kind)).u16(0);
        p.u32(detail).u32(r.target).u32(r.chain);
        return write(4, p);
    }
    QByteArray timer(const TimerRecord &r)
    {
        const auto name = str(r.name);
        Payload p;
        p.u64(r.t).u32(r.timer).u8(std::uint8_t(r.event)).u8(std::uint8_t(r.what)).u16(0);
        p.u64(r.deadline).u32(r.task).u32(r.callback).u32(name);
        return write(21, p);
    }
    QByteArray waitObject(const WaitObjectRecord &r)
    {
        const auto label = str(r.label);
        Payload p;
        p.u32(r.object).u8(std::uint8_t(r.kind)).u32(label);
        return write(22, p);
    }
    QByteArray snapshotReady(const SnapshotReadyRecord &r)
    {
        QList<std::uint32_t> names;
        for (const ReadyEntry &e : r.entries)
            names << str(e.name);
        Payload p;
        p.u32(r.seq);
        for (qsizetype i = 0; i < r.entries.size(); ++i)
            p.u32(r.entries[i].task).u32(r.entries[i].callback).u32(names[i]);
        return write(23, p);
    }
    QByteArray snapshotTimers(const SnapshotTimersRecord &r)
    {
        QList<std::uint32_t> names;
        for (const TimerEntry &e : r.entries)
            names << str(e.name);
        Payload p;
        p.u32(r.seq);
        for (qsizetype i = 0; i < r.entries.size(); ++i) {
            const TimerEntry &e = r.entries[i];
            p.u64(e.deadline).u32(e.timer).u8(std::uint8_t(e.what)).u32(e.task).u32(e.callback);
            p.u32(names[i]);
        }
        return write(24, p);
    }
    QByteArray snapshotWaiters(const SnapshotWaitersRecord &r)
    {
        Payload p;
        p.u32(r.seq).u32(r.object);
        for (Id t : r.tasks)
            p.u32(t);
        return write(25, p);
    }
    QByteArray paused(const PausedRecord &r)
    {
        const auto name = str(r.name), fn = str(r.function), file = str(r.file);
        Payload p;
        p.u64(r.t).u32(r.seq).u8(r.callback).u32(r.task).u32(r.callbackId).u32(name).u32(fn);
        p.u32(file).u32(r.line).u32(r.loop);
        return write(26, p);
    }
    QByteArray wake(const WakeRecord &r)
    {
        const auto name = str(r.wakerName);
        Payload p;
        p.u64(r.t).u32(r.task).u8(std::uint8_t(r.waker)).u8(0).u16(0).u32(r.wakerTask).u32(name);
        return write(5, p);
    }
    QByteArray taskEnd(const TaskEndRecord &r)
    {
        const auto exc = str(r.exception), name = str(r.finalName);
        Payload p;
        p.u64(r.t).u32(r.task).u8(std::uint8_t(r.state)).u8(0).u16(0).u32(exc).u32(name);
        return write(6, p);
    }
    QByteArray loopIter(const LoopIterRecord &r)
    {
        Payload p;
        p.u64(r.selectStart).u64(r.selectEnd).i64(r.timeoutNs).u32(r.ready).u32(r.timers);
        p.u32(r.loop);
        return write(7, p);
    }
    QByteArray loopClose(const LoopCloseRecord &r)
    {
        Payload p;
        p.u64(r.t).u32(r.loop);
        return write(20, p);
    }
    QByteArray callbackScheduled(const CallbackScheduledRecord &r)
    {
        const auto name = str(r.name);
        Payload p;
        p.u64(r.t).u32(r.callback).u32(name).u8(std::uint8_t(r.how));
        return write(8, p);
    }
    QByteArray callbackRun(const CallbackRunRecord &r)
    {
        Payload p;
        p.u64(r.start).u64(r.end).u32(r.callback);
        return write(9, p);
    }
    QByteArray jobStart(const JobStartRecord &r)
    {
        const auto tn = str(r.threadName), fn = str(r.function);
        Payload p;
        p.u64(r.t).u32(r.job).u32(r.thread).u32(tn).u32(fn).u32(r.submittedBy);
        return write(10, p);
    }
    QByteArray jobEnd(const JobEndRecord &r)
    {
        Payload p;
        p.u64(r.t).u32(r.job).u8(r.failed);
        return write(11, p);
    }
    QByteArray output(const OutputRecord &r)
    {
        Payload p;
        if (r.fromPipe) {
            const bool counted = r.cutBytes > 0;
            p.u64(r.t).u8(std::uint8_t(r.stream)).u8(std::uint8_t(r.truncated | counted << 1));
            if (counted)
                p.u64(r.cutBytes);
            p.raw(r.text.toUtf8());
            return write(32, p);
        }
        const auto flags = std::uint8_t(r.truncated | r.continues << 1 | r.continuation << 2
                                        | r.noNewline << 3);
        p.u64(r.t).u32(r.task).u8(std::uint8_t(r.stream)).u8(flags).raw(r.text.toUtf8());
        return write(12, p);
    }
    QByteArray warning(const WarningRecord &r)
    {
        const auto msg = str(r.message), file = str(r.file);
        Payload p;
        p.u64(r.t).u8(std::uint8_t(r.kind)).u32(msg).u32(file).u32(r.line);
        return write(13, p);
    }
    QByteArray blocked(const BlockedRecord &r)
    {
        const auto file = str(r.file), fn = str(r.function);
        Payload p;
        p.u64(r.stepStart).u32(r.task).u32(file).u32(fn).u32(r.line).u32(r.loop);
        return write(14, p);
    }
    QByteArray stepRunning(const StepRunningRecord &r)
    {
        const auto file = str(r.file), fn = str(r.function);
        Payload p;
        p.u64(r.t).u64(r.stepStart).u32(r.task).u32(r.callback).u32(r.loop).u32(file).u32(fn);
        p.u32(r.line);
        return write(27, p);
    }
    QByteArray error(const ErrorRecord &r)
    {
        const auto type = str(r.type), msg = str(r.message), file = str(r.file);
        Payload p;
        p.u64(r.t).u32(type).u32(msg).u32(file).u32(r.line);
        return write(15, p);
    }
    QByteArray exit(const ExitRecord &r)
    {
        Payload p;
        p.u64(r.t).i32(r.status);
        return write(16, p);
    }
    QByteArray frame(const FrameRecord &r)
    {
        const auto file = str(r.file), fn = str(r.function);
        Payload p;
        p.u32(r.frame).u32(file).u32(fn).u32(r.line);
        return write(17, p);
    }
    QByteArray chain(const ChainRecord &r)
    {
        Payload p;
        p.u32(r.chain);
        for (Id f : r.frames)
            p.u32(f);
        return write(18, p);
    }
    QByteArray dropped(const DroppedRecord &r)
    {
        Payload p;
        p.u64(r.t).u32(r.what).u64(r.count);
        return write(19, p);
    }
    QByteArray runEnd(const RunEndRecord &r)
    {
        Payload p;
        p.u64(r.wallNs).u8(std::uint8_t(r.status)).u8(r.hasExitCode).u8(r.hasSignal).u8(0);
        p.i32(r.exitCode).i32(r.signal);
        return write(33, p);
    }

private:
    QByteArray write(std::uint8_t type, const Payload &p)
    {
        ++events;
        record(type, p.b);
        return p.b;
    }
    QHash<QString, std::uint32_t> m_ids;
};

} // namespace Core::Test
