#include "recordingwriter.h"

#include "tracewriter.h"

namespace Core {
namespace {
constexpr qsizetype magicSize = 8;
constexpr qsizetype headerSize = 4;
constexpr char syncByte = char(0xEA);
} // namespace

bool RecordingWriter::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void RecordingWriter::appendTrace(QByteArrayView bytes)
{
    if (!m_file.isOpen())
        return;
    m_tail.append(bytes);
    writeCompleteFrames();
    flushHostQueue();
}

void RecordingWriter::appendHost(const QByteArray &record)
{
    if (!m_file.isOpen())
        return;
    m_hostQueue.append(record);
    flushHostQueue();
}

void RecordingWriter::writeCompleteFrames()
{
    qsizetype pos = 0;
    if (!m_magicDone) {
        if (m_tail.size() < magicSize)
            return;
        pos = magicSize;
        m_magicDone = true;
    }
    while (m_tail.size() - pos >= headerSize) {
        if (m_tail.at(pos) != syncByte) {
            ++pos; // garbage: the decoder skips it byte by byte, so each byte is a boundary
            continue;
        }
        const auto lo = quint8(m_tail.at(pos + 2)), hi = quint8(m_tail.at(pos + 3));
        const qsizetype frame = headerSize + (lo | (hi << 8));
        if (m_tail.size() - pos < frame)
            break;
        pos += frame;
    }
    if (pos > 0) {
        m_file.write(m_tail.constData(), pos);
        m_tail.remove(0, pos);
    }
}

void RecordingWriter::flushHostQueue()
{
    if (m_hostQueue.isEmpty() || !m_magicDone || !m_tail.isEmpty())
        return;
    m_file.write(m_hostQueue);
    m_hostQueue.clear();
}

void RecordingWriter::finish(const RunEndRecord &end)
{
    if (!m_file.isOpen())
        return;
    if (!m_magicDone) {
        // The tracer never got going (or wrote less than the magic): a valid empty stream.
        m_file.write(TraceWriter::magic());
        m_magicDone = true;
    }
    m_tail.clear();
    m_file.write(m_hostQueue);
    m_hostQueue.clear();
    m_file.write(TraceWriter::runEnd(end));
    m_file.close();
}

} // namespace Core
