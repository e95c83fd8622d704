#pragma once
#include "tracerecords.h"

#include <cstdint>
#include <limits>

namespace Core {

//! Nanoseconds from start to end, 0 when end is not later. Saturated: a corrupt timestamp
//! (a u64 difference past the signed range) must never read as a negative duration, and
//! start + elapsedNs(start, end) never passes end.
constexpr std::int64_t elapsedNs(TimeNs start, TimeNs end)
{
    constexpr auto most = TimeNs(std::numeric_limits<std::int64_t>::max());
    return end > start ? std::int64_t(end - start < most ? end - start : most) : 0;
}

} // namespace Core
