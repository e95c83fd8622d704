#pragma once
#include "tracerecords.h"

#include <QHash>
#include <cstdint>
#include <vector>

namespace Core
{

//! Maps tracer ids (u32, dense from 1) to indices: a vector for dense ids, a hash for
//! hostile or sparse ones, so a huge id in a damaged stream can never force a huge allocation.
class IdIndex
{
public:
    static constexpr std::uint32_t npos = 0xffffffffu;

    std::uint32_t find(Id id) const
    {
        if (id < m_dense.size())
            return m_dense[id];
        const auto it = m_sparse.constFind(id);
        return it == m_sparse.cend() ? npos : *it;
    }

    void insert(Id id, std::uint32_t index)
    {
        // Growing the vector is allowed only proportionally to what it already holds.
        if (id < m_dense.size() + kDenseSlack + m_dense.size() / 2) {
            if (id >= m_dense.size())
                m_dense.resize(std::size_t(id) + 1, npos);
            m_dense[id] = index;
        } else {
            m_sparse.insert(id, index);
        }
    }

    void clear()
    {
        m_dense.clear();
        m_sparse.clear();
    }

private:
    static constexpr std::size_t kDenseSlack = 4096;
    std::vector<std::uint32_t> m_dense;
    QHash<Id, std::uint32_t> m_sparse;
};

} // namespace Core
