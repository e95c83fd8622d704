#include "recordingreader.h"

#include "regularfile.h"
#include "tracedecoder.h"
#include "tracemodel.h"

namespace Core {

RecordingReader::Result RecordingReader::read(const QString &path, TraceModel &model,
                                              QString *error)
{
    QString problem;
    const std::unique_ptr<QFile> file = RegularFile::open(path, kMaxBytes, &problem);
    if (!file) {
        *error = QStringLiteral("%1 %2").arg(path, problem);
        return Result::Unreadable;
    }
    TraceDecoder decoder;
    while (!file->atEnd()) {
        const QByteArray chunk = file->read(1 << 20);
        if (chunk.isEmpty())
            break;
        decoder.feed(chunk, model);
    }
    decoder.finish();
    model.setDecoderStats(decoder.stats());
    if (!decoder.stats().sawMagic) {
        *error = QStringLiteral("%1 is not a Loopscope recording").arg(path);
        return Result::NotARecording;
    }
    return Result::Read;
}

} // namespace Core
