#pragma once
#include <QHash>
#include <QString>
#include <cstdint>
#include <vector>

namespace Core
{

//! Interns strings once so that spans and records carry a u32 instead of a QString.
//! Id 0 is always the empty string.
class StringTable
{
public:
    StringTable();

    std::uint32_t intern(const QString &text);
    const QString &at(std::uint32_t id) const
    {
        return id < m_strings.size() ? m_strings[id] : m_strings.front();
    }
    std::size_t size() const { return m_strings.size(); }
    std::size_t approximateBytes() const;

private:
    std::vector<QString> m_strings;
    QHash<QString, std::uint32_t> m_ids;
    // The decoder hands over the same shared QString for each use of an id, so comparing
    // data pointers first skips hashing for the common repeated detail string.
    const QChar *m_lastData = nullptr;
    std::uint32_t m_lastId = 0;
};

} // namespace Core
