#include "stringtable.h"

namespace Core
{

StringTable::StringTable()
{
    m_strings.emplace_back();
}

std::uint32_t StringTable::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    if (text.constData() == m_lastData && m_strings[m_lastId].size() == text.size())
        return m_lastId;
    auto it = m_ids.constFind(text);
    std::uint32_t id;
    if (it != m_ids.cend()) {
        id = *it;
    } else {
        id = std::uint32_t(m_strings.size());
        m_strings.push_back(text);
        m_ids.insert(text, id);
    }
    // Only remember the pointer of the stored copy: it stays alive as long as the table, so
    // a later string cannot reuse the address while it is cached.
    if (m_strings[id].constData() == text.constData()) {
        m_lastData = text.constData();
        m_lastId = id;
    }
    return id;
}

std::size_t StringTable::approximateBytes() const
{
    std::size_t bytes = m_strings.capacity() * sizeof(QString);
    for (const QString &s : m_strings)
        bytes += std::size_t(s.capacity()) * sizeof(QChar);
    return bytes + std::size_t(m_ids.capacity()) * (sizeof(QString) + 8);
}

} // namespace Core
