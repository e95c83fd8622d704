#include "linesplitter.h"

namespace Core {

void LineSplitter::feed(QByteArrayView bytes, const LineHandler &handler)
{
    while (!bytes.isEmpty()) {
        const qsizetype nl = bytes.indexOf('\n');
        const QByteArrayView chunk = nl < 0 ? bytes : bytes.first(nl);
        if (!m_skipping) {
            const qsizetype room = m_maxLine - m_partial.size();
            if (chunk.size() > room) {
                m_partial.append(chunk.first(room));
                handler(m_partial, true);
                m_partial.clear();
                m_skipping = true;
            } else {
                m_partial.append(chunk);
            }
        }
        if (nl < 0)
            return;
        if (!m_skipping) {
            QByteArrayView line(m_partial);
            if (line.endsWith('\r'))
                line.chop(1);
            handler(line, false);
        }
        m_partial.clear();
        m_skipping = false;
        bytes = bytes.sliced(nl + 1);
    }
}

void LineSplitter::finish(const LineHandler &handler)
{
    if (!m_skipping && !m_partial.isEmpty())
        handler(m_partial, false);
    m_partial.clear();
    m_skipping = false;
}

} // namespace Core
