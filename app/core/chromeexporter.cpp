#include "chromeexporter.h"

#include "tracemodel.h"

#include <QByteArray>

namespace Core
{

namespace
{

const char *const kWaitNames[] = { "sleep", "task", "gather", "future", "lock", "semaphore",
    "condition", "event", "queue", "io", "executor", "timeout", "yield", "other" };

constexpr int kPid = 1;

// Written by hand rather than through QJsonDocument: a long run has millions of slices and
// building the whole document in memory first would double the peak.
class EventWriter
{
public:
    explicit EventWriter(QIODevice &out)
        : m_out(out)
    {
        m_buf.reserve(kFlushAt + 4096);
    }

    void begin() { m_buf += "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n"; }
    bool end()
    {
        m_buf += "\n]}\n";
        return flush();
    }

    void meta(const char *name, int tid, const QString &value)
    {
        open();
        m_buf += "{\"ph\":\"M\",\"pid\":";
        m_buf += QByteArray::number(kPid);
        m_buf += ",\"tid\":";
        m_buf += QByteArray::number(tid);
        m_buf += ",\"name\":\"";
        m_buf += name;
        m_buf += "\",\"args\":{\"name\":";
        string(value);
        m_buf += "}}";
    }

    void sortIndex(int tid, int index)
    {
        open();
        m_buf += "{\"ph\":\"M\",\"pid\":1,\"tid\":";
        m_buf += QByteArray::number(tid);
        m_buf += ",\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":";
        m_buf += QByteArray::number(index);
        m_buf += "}}";
    }

    void complete(int tid, const QString &name, const char *cat, TimeNs start, TimeNs duration)
    {
        head("X", tid, name, cat, start);
        m_buf += ",\"dur\":";
        micros(duration);
        m_buf += '}';
    }

    void flow(const char *ph, int tid, std::uint32_t id, TimeNs t)
    {
        head(ph, tid, QStringLiteral("wake"), "wake", t);
        m_buf += ",\"id\":";
        m_buf += QByteArray::number(id);
        // A flow end without "bp" binds to the next slice starting at or after t on that
        // thread: the woken task's ready slice, which starts exactly at the wakeup.
        m_buf += '}';
    }

    void instant(int tid, const QString &name, const char *cat, TimeNs t)
    {
        head("i", tid, name, cat, t);
        m_buf += ",\"s\":\"t\"}";
    }

    bool ok() const { return m_ok; }

private:
    static constexpr qsizetype kFlushAt = 1 << 20;

    void open()
    {
        if (m_first)
            m_first = false;
        else
            m_buf += ",\n";
        if (m_buf.size() >= kFlushAt)
            flush();
    }

    void head(const char *ph, int tid, const QString &name, const char *cat, TimeNs t)
    {
        open();
        m_buf += "{\"ph\":\"";
        m_buf += ph;
        m_buf += "\",\"pid\":1,\"tid\":";
        m_buf += QByteArray::number(tid);
        m_buf += ",\"cat\":\"";
        m_buf += cat;
        m_buf += "\",\"name\":";
        string(name);
        m_buf += ",\"ts\":";
        micros(t);
    }

    void micros(TimeNs ns)
    {
        // Exact: whole microseconds, then three decimals for the nanoseconds.
        m_buf += QByteArray::number(qulonglong(ns / 1000));
        const auto frac = unsigned(ns % 1000);
        if (frac) {
            char digits[5] = { '.', char('0' + frac / 100), char('0' + frac / 10 % 10),
                char('0' + frac % 10), 0 };
            m_buf += digits;
        }
    }

    void string(const QString &s)
    {
        m_buf += '"';
        const QByteArray utf8 = s.toUtf8();
        for (char c : utf8) {
            switch (c) {
            case '"':
                m_buf += "\\\"";
                break;
            case '\\':
                m_buf += "\\\\";
                break;
            case '\n':
                m_buf += "\\n";
                break;
            case '\r':
                m_buf += "\\r";
                break;
            case '\t':
                m_buf += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    m_buf += "\\u00";
                    m_buf += hex[(c >> 4) & 0xf];
                    m_buf += hex[c & 0xf];
                } else {
                    m_buf += c;
                }
            }
        }
        m_buf += '"';
    }

    bool flush()
    {
        if (m_ok && !m_buf.isEmpty())
            m_ok = m_out.write(m_buf) == m_buf.size();
        m_buf.clear();
        return m_ok;
    }

    QIODevice &m_out;
    QByteArray m_buf;
    bool m_first = true;
    bool m_ok = true;
};

// Chrome wants tid > 0; lane i becomes tid i + 1.
int tidOf(int lane)
{
    return lane + 1;
}

QString spanName(const TraceModel &model, const LaneInfo &lane, const Span &span, const char **cat)
{
    const SpanType &type = model.spanType(span.typeId);
    switch (type.kind) {
    case SpanKind::Running:
        *cat = "step";
        if (const TaskInfo *task = model.task(lane.id); task && !task->coro.isEmpty())
            return task->coro;
        return QStringLiteral("step");
    case SpanKind::Suspended: {
        *cat = "wait";
        const QString kind = QString::fromLatin1(kWaitNames[int(type.wait)]);
        const QString &detail = model.string(type.label);
        return detail.isEmpty() ? QStringLiteral("wait: %1").arg(kind)
                                : QStringLiteral("wait %1: %2").arg(kind, detail);
    }
    case SpanKind::Ready:
        *cat = "ready";
        return QStringLiteral("ready");
    case SpanKind::LoopBusy:
        *cat = "loop";
        return QStringLiteral("busy");
    case SpanKind::LoopIdle:
        *cat = "loop";
        return QStringLiteral("select");
    case SpanKind::Job:
        *cat = "job";
        return model.string(type.label);
    case SpanKind::Done:
    case SpanKind::Cancelled:
    case SpanKind::Failed:
        break;
    }
    *cat = "end";
    return {};
}

QString endName(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Cancelled:
        return QStringLiteral("cancelled");
    case SpanKind::Failed:
        return QStringLiteral("failed");
    default:
        break;
    }
    return QStringLiteral("done");
}

} // namespace

bool writeChromeTrace(const TraceModel &model, QIODevice &out)
{
    EventWriter w(out);
    w.begin();
    QString process = QStringLiteral("python");
    if (const auto &hello = model.hello(); hello && !hello->program.isEmpty())
        process = hello->program;
    w.meta("process_name", 0, process);

    for (int lane = 0; lane < model.laneCount(); ++lane) {
        const LaneInfo &info = model.lane(lane);
        QString name = info.name;
        if (info.kind == LaneKind::Thread)
            name = QStringLiteral("thread: %1").arg(info.name);
        w.meta("thread_name", tidOf(lane), name);
        w.sortIndex(tidOf(lane), lane);
        for (const Span &span : model.spans(lane)) {
            const SpanKind kind = model.spanType(span.typeId).kind;
            if (kind == SpanKind::Done || kind == SpanKind::Cancelled || kind == SpanKind::Failed) {
                w.instant(tidOf(lane), endName(kind), "end", span.start);
                continue;
            }
            const char *cat = "";
            const QString name = spanName(model, info, span, &cat);
            w.complete(tidOf(lane), name, cat, span.start, model.spanEnd(span) - span.start);
        }
    }

    // Arrows from the waker to the woken task. Timer, I/O and thread wakeups come from the
    // loop itself, so they start on the woken task's loop lane.
    const auto &wakeups = model.wakeups();
    for (std::size_t i = 0; i < wakeups.size(); ++i) {
        const Wakeup &wake = wakeups[i];
        const TaskInfo *woken = model.task(wake.task);
        if (!woken)
            continue;
        int from = -1;
        if (wake.kind == WakerKind::Task) {
            if (const TaskInfo *waker = model.task(wake.wakerTask))
                from = waker->lane;
        }
        if (from < 0) {
            for (const LoopInfo &loop : model.loops())
                if (loop.id == woken->loop)
                    from = loop.lane;
        }
        if (from < 0)
            continue;
        const auto id = std::uint32_t(i + 1);
        w.flow("s", tidOf(from), id, wake.t);
        w.flow("f", tidOf(woken->lane), id, wake.t);
    }

    for (const OutputLine &line : model.output()) {
        int lane = 0;
        if (const TaskInfo *task = line.task ? model.task(line.task) : nullptr)
            lane = task->lane;
        if (model.laneCount() == 0)
            lane = -1; // no lanes at all: put output on a tid of its own
        w.instant(tidOf(lane), line.text, line.stream == OutputStream::Stderr ? "stderr" : "stdout",
            line.t);
    }
    return w.end();
}

} // namespace Core
