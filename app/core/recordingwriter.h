#pragma once
#include "tracerecords.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>

namespace Core {

//! Writes a re-openable recording: the tracer's raw stream with the host's own records
//! (PIPE_OUTPUT, RUN_END) spliced in only between complete records, so one decoder reads it.
class RecordingWriter
{
public:
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    //! Raw bytes as they came from the trace pipe, in any split.
    void appendTrace(QByteArrayView bytes);
    //! A host record (TraceWriter output); written at the next record boundary.
    void appendHost(const QByteArray &record);
    //! Writes what is pending and the RUN_END, then closes. An incomplete tracer record at the
    //! end is left out so the file stays decodable.
    void finish(const RunEndRecord &end);

private:
    void writeCompleteFrames();
    void flushHostQueue();

    QFile m_file;
    QByteArray m_tail;      // raw bytes not yet known to end on a record boundary
    QByteArray m_hostQueue; // host records waiting for a boundary
    bool m_magicDone = false;
};

} // namespace Core
