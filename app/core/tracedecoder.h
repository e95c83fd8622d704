#pragma once
#include "tracesink.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <cstdint>
#include <vector>

namespace Core
{

struct DecoderStats {
    std::uint64_t records = 0; //!< complete, valid records delivered
    std::uint64_t garbageBytes = 0; //!< bytes skipped while looking for a record
    std::uint64_t truncatedBytes = 0; //!< bytes of an incomplete record left at finish()
    std::uint64_t unknownStrings = 0; //!< string ids used before they were defined
    bool sawMagic = false;
};

//! Incremental, I/O-free decoder of the trace stream (docs/PROTOCOL.md): feed() any split of
//! the bytes; complete records only are delivered to the sink, garbage is skipped and counted.
class TraceDecoder
{
public:
    void feed(QByteArrayView bytes, TraceSink &sink);
    //! The stream ended: whatever incomplete record is left is counted as truncated.
    void finish();
    const DecoderStats &stats() const { return m_stats; }

private:
    qsizetype parse(const unsigned char *data, qsizetype size, TraceSink &sink);
    void dispatch(std::uint8_t type, const unsigned char *p, qsizetype len, TraceSink &sink);
    const QString &string(std::uint32_t id);
    void defineString(std::uint32_t id, QString text);

    QByteArray m_pending; // an incomplete record (at most one header + 64 KiB) between feeds
    // String ids are dense from 1, so a vector indexed by id; hostile ids go to a hash so
    // they cannot force a large allocation.
    std::vector<QString> m_strings;
    std::vector<bool> m_defined;
    QHash<std::uint32_t, QString> m_sparseStrings;
    ChainRecord m_chain; // reused so chains do not reallocate once warmed up
    DecoderStats m_stats;
    bool m_afterGarbage = false; // the magic is only recognised where a record could start
};

} // namespace Core
