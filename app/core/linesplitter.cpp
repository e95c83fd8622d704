#include "linesplitter.h"

namespace Core {

void LineSplitter::feed(QByteArrayView bytes, const LineHandler &handler)
{
    while (!bytes.isEmpty()) {
        const qsizetype nl = bytes.indexOf('\n');
        const QByteArrayView chunk = nl < 0 ? bytes : bytes.first(nl);
        const qsizetype room = m_maxLine - m_partial.size();
        if (chunk.size() > room) {
            m_partial.append(chunk.first(room));
            m_cut += chunk.size() - room;
        } else {
            m_partial.append(chunk);
        }
        if (nl < 0)
            return;
        QByteArrayView line(m_partial);
        if (!m_cut && line.endsWith('\r'))
            line.chop(1);
        handler(line, m_cut);
        m_partial.clear();
        m_cut = 0;
        bytes = bytes.sliced(nl + 1);
    }
}

void LineSplitter::finish(const LineHandler &handler)
{
    if (!m_partial.isEmpty() || m_cut)
        handler(m_partial, m_cut);
    m_partial.clear();
    m_cut = 0;
}

} // namespace Core
