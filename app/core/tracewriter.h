#pragma once
#include "tracerecords.h"

#include <QByteArray>

namespace Core {

//! Host-side encoder for the records the host adds to a recording (PIPE_OUTPUT, DROPPED of
//! raw lines, RUN_END) and
//! for building test fixtures. Produces exactly the framing of docs/PROTOCOL.md.
namespace TraceWriter {
QByteArray magic();
QByteArray pipeOutput(const OutputRecord &record);
QByteArray runEnd(const RunEndRecord &record);
QByteArray dropped(const DroppedRecord &record);
} // namespace TraceWriter

} // namespace Core
