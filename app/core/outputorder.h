#pragma once
#include "tracerecords.h"

#include <QByteArray>
#include <QByteArrayView>
#include <deque>
#include <functional>

namespace Core {

//! Passes on what a program writes to one terminal stream through two pipes -- traced lines
//! (the trace channel) and raw bytes (the stdout/stderr pipe) -- without either cutting into a
//! line of the other: while one source is inside a line, output of the other waits until that
//! line ends. At a line boundary, whatever arrived first goes first. release() gives up
//! waiting (a raw line that never ends must not hold traced output for ever).
class OutputOrder
{
public:
    enum class Source { Traced, Raw };
    using Sink = std::function<void(OutputStream stream, const QByteArray &bytes)>;

    explicit OutputOrder(Sink sink) : m_sink(std::move(sink)) {}
    void write(OutputStream stream, Source source, QByteArrayView bytes);
    //! Passes on everything held, in arrival order.
    void release();
    //! Output is waiting for a line of the other source to end.
    bool holding() const;

private:
    struct Chunk {
        quint64 seq;
        QByteArray bytes;
    };
    struct Stream {
        int open = -1; // the source inside a line, or -1
        std::deque<Chunk> queued[2]; // per source, in arrival order
    };
    void drain(OutputStream stream);
    void pass(OutputStream stream, int source, QByteArray bytes);

    Sink m_sink;
    Stream m_streams[2]; // stdout, stderr
    quint64 m_seq = 0;
};

} // namespace Core
