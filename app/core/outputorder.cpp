#include "outputorder.h"

namespace Core {
namespace {

int index(OutputStream stream)
{
    return stream == OutputStream::Stderr ? 1 : 0;
}

} // namespace

void OutputOrder::write(OutputStream stream, Source source, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    m_streams[index(stream)].queued[int(source)].push_back({m_seq++, bytes.toByteArray()});
    drain(stream);
}

void OutputOrder::drain(OutputStream stream)
{
    Stream &s = m_streams[index(stream)];
    for (;;) {
        int source = s.open;
        if (source < 0) { // at a line boundary: the earliest waiting chunk goes
            const bool traced = !s.queued[0].empty(), raw = !s.queued[1].empty();
            if (!traced && !raw)
                return;
            source = traced && (!raw || s.queued[0].front().seq < s.queued[1].front().seq) ? 0 : 1;
        }
        auto &queue = s.queued[source];
        if (queue.empty())
            return; // the other source waits for this one's line to end
        Chunk &chunk = queue.front();
        // The other source is waiting: pass this one only to the end of its line, then switch.
        const qsizetype nl = s.queued[1 - source].empty() ? -1 : chunk.bytes.indexOf('\n');
        if (nl >= 0 && nl + 1 < chunk.bytes.size()) {
            pass(stream, source, chunk.bytes.left(nl + 1));
            chunk.bytes.remove(0, nl + 1);
        } else {
            pass(stream, source, std::move(chunk.bytes));
            queue.pop_front();
        }
    }
}

void OutputOrder::pass(OutputStream stream, int source, QByteArray bytes)
{
    Stream &s = m_streams[index(stream)];
    s.open = bytes.endsWith('\n') ? -1 : source;
    m_sink(stream, bytes);
}

void OutputOrder::release()
{
    for (OutputStream stream : {OutputStream::Stdout, OutputStream::Stderr}) {
        Stream &s = m_streams[index(stream)];
        while (!s.queued[0].empty() || !s.queued[1].empty()) {
            const bool traced = !s.queued[0].empty(), raw = !s.queued[1].empty();
            const int source
                    = traced && (!raw || s.queued[0].front().seq < s.queued[1].front().seq) ? 0 : 1;
            pass(stream, source, std::move(s.queued[source].front().bytes));
            s.queued[source].pop_front();
        }
        s.open = -1;
    }
}

bool OutputOrder::holding() const
{
    for (const Stream &s : m_streams)
        if (!s.queued[0].empty() || !s.queued[1].empty())
            return true;
    return false;
}

} // namespace Core
