#pragma once
#include "idindex.h"
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
    //! Bytes that did not come through the tracer's sealed batches (the program wrote into its
    //! own trace channel), or a batch out of sequence; found live and when a recording of a
    //! sealed run is replayed.
    bool tampered = false;
    std::uint64_t tamperedBytes = 0;
};

//! Incremental, I/O-free decoder of the trace stream (docs/PROTOCOL.md): feed() any split of
//! the bytes; complete records only are delivered to the sink, garbage is skipped and counted.
class TraceDecoder
{
public:
    void feed(QByteArrayView bytes, TraceSink &sink);
    //! A live trace channel carries only what the tracer writes: the records only the host
    //! writes into recordings (PIPE_OUTPUT, RUN_END) were forged there, and count as garbage.
    void setLiveChannel(bool live) { m_live = live; }
    //! The stream ended: whatever incomplete record is left is counted as truncated.
    void finish();
    const DecoderStats &stats() const { return m_stats; }
    //! Heap bytes held: bounded by a small multiple of the bytes fed, whatever they are.
    std::size_t approximateBytes() const;

private:
    qsizetype parse(const unsigned char *data, qsizetype size, TraceSink &sink);
    void dispatch(std::uint8_t type, const unsigned char *p, qsizetype len, TraceSink &sink);
    const QString &string(std::uint32_t id);
    void openSeal(const unsigned char *payload);
    void takeSealed(qsizetype bytes);
    void tamper(std::uint64_t bytes);
    void defineString(std::uint32_t id, QString text);

    QByteArray m_pending; // an incomplete record (at most one header + 64 KiB) between feeds
    // Strings in the order they were defined, found by id through an IdIndex, which bounds
    // what any sequence of ids can make it allocate.
    IdIndex m_stringIndex;
    std::vector<QString> m_strings;
    std::size_t m_stringBytes = 0;
    ChainRecord m_chain; // reused so chains do not reallocate once warmed up
    DecoderStats m_stats;
    bool m_afterGarbage = false; // the magic is only recognised where a record could start
    bool m_live = false;
    // SEAL framing of the live channel (docs/PROTOCOL.md): once the tracer's first SEAL came,
    // every byte must belong to a batch announced by a SEAL with the next sequence number
    // (in a recording, the host's own records excepted).
    bool m_sealed = false;
    std::uint32_t m_sealLeft = 0;
    std::uint32_t m_nextSeal = 0;
    std::uint64_t m_sealToken = 0;
};

} // namespace Core
