"""The run's clock: nanoseconds since t0, real or virtual.

Virtual time is real time plus the sum of all jumps so far, so it never goes backwards.
The loop's own `time()` uses the same offset (in seconds), so timers and event timestamps
agree. The jump itself is decided in the loop's select wrapper (loop.jump_to): to the next
timer, or to the latest one due within 1 ms of it, so near-simultaneous timers fire in one
iteration as they do after a real select().
"""

from __future__ import annotations

import time


class Clock:
    def __init__(self, virtual: bool) -> None:
        self.virtual = virtual
        self.mono_t0 = time.perf_counter_ns()
        self.wall_t0 = time.time_ns()
        # now() == perf_counter_ns() - base; a virtual jump lowers base.
        self.base = self.mono_t0
        self.offset_ns = 0
        self.offset_s = 0.0

    def now(self) -> int:
        return time.perf_counter_ns() - self.base

    def exclude(self, ns: int) -> None:
        """Step mode: leave `ns` of paused time out of the run's clock (real or virtual) and
        out of the loop's time, so timestamps stay continuous and timers keep their
        distance from the code that runs."""
        self.offset_ns -= ns
        self.offset_s = self.offset_ns / 1e9
        self.base += ns

    def jump(self, seconds: float) -> None:
        ns = int(seconds * 1e9)
        if ns <= 0:
            return
        self.offset_ns += ns
        self.offset_s = self.offset_ns / 1e9
        self.base -= ns
