#include "tracewriter.h"

#include <QtEndian>

namespace Core
{

namespace
{

constexpr int kMaxText = 60000; // docs/PROTOCOL.md: longer text is cut and flagged

void header(QByteArray &out, std::uint8_t type, qsizetype payload)
{
    out.append(char(0xEA));
    out.append(char(type));
    const auto len = qToLittleEndian(std::uint16_t(payload));
    out.append(reinterpret_cast<const char *>(&len), 2);
}

template <typename T> void put(QByteArray &out, T value)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof(T));
}

// Cuts UTF-8 at a character boundary so the decoder never sees half a character.
QByteArray limitedUtf8(const QString &text, bool *truncated)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() <= kMaxText)
        return utf8;
    qsizetype cut = kMaxText;
    while (cut > 0 && (static_cast<unsigned char>(utf8[cut]) & 0xC0) == 0x80)
        --cut;
    utf8.truncate(cut);
    *truncated = true;
    return utf8;
}

} // namespace

namespace TraceWriter
{

QByteArray magic()
{
    return QByteArrayLiteral("LSTRACE1");
}

QByteArray pipeOutput(const OutputRecord &record)
{
    bool truncated = record.truncated;
    const QByteArray text = limitedUtf8(record.text, &truncated);
    // How much of the line the host left out, when it knows: flag bit 1 and a u64 before
    // the text.
    const bool counted = record.cutBytes > 0;
    const qsizetype payload = 10 + (counted ? 8 : 0) + text.size();
    QByteArray out;
    out.reserve(4 + payload);
    header(out, 32, payload);
    put<std::uint64_t>(out, record.t);
    put<std::uint8_t>(out, std::uint8_t(record.stream));
    put<std::uint8_t>(out, std::uint8_t((truncated || counted ? 1 : 0) | (counted ? 2 : 0)));
    if (counted)
        put<std::uint64_t>(out, record.cutBytes);
    out.append(text);
    return out;
}

QByteArray runEnd(const RunEndRecord &record)
{
    QByteArray out;
    out.reserve(24);
    header(out, 33, 20);
    put<std::uint64_t>(out, record.wallNs);
    put<std::uint8_t>(out, std::uint8_t(record.status));
    put<std::uint8_t>(out, record.hasExitCode ? 1 : 0);
    put<std::uint8_t>(out, record.hasSignal ? 1 : 0);
    put<std::uint8_t>(out, 0);
    put<std::int32_t>(out, record.exitCode);
    put<std::int32_t>(out, record.signal);
    return out;
}

QByteArray dropped(const DroppedRecord &record)
{
    QByteArray out;
    out.reserve(24);
    header(out, 19, 20);
    put<std::uint64_t>(out, record.t);
    put<std::uint32_t>(out, record.what);
    put<std::uint64_t>(out, record.count);
    return out;
}

} // namespace TraceWriter

} // namespace Core
