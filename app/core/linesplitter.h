#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <functional>

namespace Core {

//! Cuts a byte stream into lines without their newline. A line longer than the limit keeps its
//! first maxLine bytes; the rest is counted, not stored (bounded memory), and the line is
//! delivered at its newline with the number of bytes left out.
class LineSplitter
{
public:
    using LineHandler = std::function<void(QByteArrayView line, qint64 cutBytes)>;
    explicit LineSplitter(qsizetype maxLine = 60000) : m_maxLine(maxLine) {}
    void feed(QByteArrayView bytes, const LineHandler &handler);
    //! End of stream: a last line without newline is delivered too.
    void finish(const LineHandler &handler);

private:
    QByteArray m_partial;
    qsizetype m_maxLine;
    qint64 m_cut = 0; // bytes of the current line past the limit
};

} // namespace Core
