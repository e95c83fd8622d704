#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <functional>

namespace Core {

//! Cuts a byte stream into lines without its newline; a line longer than the limit is cut and
//! flagged as truncated, and the rest of it up to the next newline is dropped (bounded memory).
class LineSplitter
{
public:
    using LineHandler = std::function<void(QByteArrayView line, bool truncated)>;
    explicit LineSplitter(qsizetype maxLine = 60000) : m_maxLine(maxLine) {}
    void feed(QByteArrayView bytes, const LineHandler &handler);
    //! End of stream: a last line without newline is delivered too.
    void finish(const LineHandler &handler);

private:
    QByteArray m_partial;
    qsizetype m_maxLine;
    bool m_skipping = false; // inside an over-long line already delivered
};

} // namespace Core
