#pragma once
#include "tracerecords.h"

#include <QHash>
#include <cstdint>
#include <vector>

namespace Core
{

//! Maps tracer ids (u32, dense from 1) to indices: a vector for dense ids, a hash for hostile
//! or sparse ones. The vector holds at most twice as many slots as ids were inserted (plus a
//! fixed slack), so no sequence of ids, however it grows, costs more than a few bytes per
//! record that carried one.
class IdIndex
{
public:
    static constexpr std::uint32_t npos = 0xffffffffu;

    std::uint32_t find(Id id) const
    {
        if (id < m_dense.size()) {
            const std::uint32_t index = m_dense[id];
            if (index != npos || m_sparse.isEmpty())
                return index;
        }
        const auto it = m_sparse.constFind(id);
        return it == m_sparse.cend() ? npos : *it;
    }

    void insert(Id id, std::uint32_t index)
    {
        if (id < m_dense.size()) {
            // An id once too far for the vector may be within it now: keep one entry per id.
            if (m_dense[id] == npos && (m_sparse.isEmpty() || !m_sparse.remove(id)))
                ++m_count;
            m_dense[id] = index;
            return;
        }
        // The bound is the number of ids held, not the vector's size: ids that grow by half
        // each time would otherwise double the vector with every record.
        if (std::size_t(id) < kDenseSlack + 2 * std::size_t(m_count)) {
            if (m_sparse.isEmpty() || !m_sparse.remove(id))
                ++m_count;
            m_dense.resize(std::size_t(id) + 1, npos);
            m_dense[id] = index;
            return;
        }
        if (!m_sparse.contains(id))
            ++m_count;
        m_sparse.insert(id, index);
    }

    void clear()
    {
        m_dense.clear();
        m_sparse.clear();
        m_count = 0;
    }

    std::size_t size() const { return m_count; } //!< distinct ids inserted
    std::size_t approximateBytes() const
    {
        return m_dense.capacity() * sizeof(std::uint32_t)
            + std::size_t(m_sparse.capacity()) * (sizeof(Id) + sizeof(std::uint32_t) + 8);
    }

private:
    static constexpr std::size_t kDenseSlack = 4096;
    std::vector<std::uint32_t> m_dense;
    QHash<Id, std::uint32_t> m_sparse;
    std::size_t m_count = 0;
};

} // namespace Core
