// libFuzzer target: arbitrary bytes as a trace stream, through everything that reads one --
// the decoder (fed in two parts, as a live pipe splits it), the model, the run summary, the
// Chrome exporter and the scheduler replay. Built with clang under ASan + UBSan
// (-DLOOPSCOPE_FUZZ=ON, see tests/fuzz/CMakeLists.txt). Beyond crashes it checks the memory
// promise of docs/PROTOCOL.md: nothing held grows faster than a small multiple of the input.
#include "chromeexporter.h"
#include "runsummary.h"
#include "schedulerstate.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QBuffer>
#include <QByteArrayView>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Bytes held per input byte, and a fixed allowance: the model's lanes and tasks cost a few
// hundred bytes per 40-byte record at most (tests/core: spanMemoryStaysSmall).
constexpr std::size_t kBytesPerInputByte = 64;
constexpr std::size_t kFixedBytes = 1 << 20;

void checkBounded(const char *what, std::size_t held, std::size_t size)
{
    if (held > kBytesPerInputByte * size + kFixedBytes) {
        std::fprintf(stderr, "%s holds %zu bytes for %zu input bytes\n", what, held, size);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte picks where the stream is split, so the fuzzer also explores records
    // that straddle two reads.
    const qsizetype split = size ? qsizetype(data[0]) * qsizetype(size) / 256 : 0;
    Core::TraceDecoder decoder;
    Core::TraceModel model;
    decoder.feed(bytes.first(split), model);
    decoder.feed(bytes.sliced(split), model);
    decoder.finish();
    model.setDecoderStats(decoder.stats());
    checkBounded("the decoder", decoder.approximateBytes(), size);
    checkBounded("the model", model.approximateBytes(), size);

    const QJsonObject summary = Core::buildRunSummary(model, {});
    (void)summary;
    QBuffer chrome;
    chrome.open(QIODevice::WriteOnly);
    Core::writeChromeTrace(model, chrome);
    (void)Core::reconstructAt(model, model.endTime() / 2);
    return 0;
}
