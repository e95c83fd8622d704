#pragma once
#include <vector>

namespace Core
{

//! Call before a push_back on a table that grows with the run (tasks, lanes, wakeups): it
//! grows by a quarter, not double, so a huge run leaves about 10 % of the table unused
//! instead of up to half, and a reallocation needs 2.25x the table, not 3x.
template <typename T> void growGently(std::vector<T> &v)
{
    if (v.size() == v.capacity())
        v.reserve(v.size() + v.size() / 4 + 64);
}

} // namespace Core
