#pragma once
#include <QString>

namespace Core {

class TraceModel;

//! Reads a recording (`loopscope trace --record`) into a model, for `trace --replay` and the
//! window's Open Recording alike: only a regular file (a FIFO or /dev/zero would never end),
//! streamed through the decoder, its damage counted in the model's decoder stats.
class RecordingReader
{
public:
    static constexpr qint64 kMaxBytes = qint64(64) << 30;

    enum class Result { Read, Unreadable, NotARecording };
    //! Unless Read, *error says why ("… is a named pipe (FIFO), not a regular file", "… is not
    //! a Loopscope recording"); the model then holds whatever was read.
    static Result read(const QString &path, TraceModel &model, QString *error);
};

} // namespace Core
