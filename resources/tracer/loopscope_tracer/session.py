"""The one tracing session of this process: channel, clock, interned strings, counters.

Hooks in other modules reach the session through `current()`; it is created once by the
runner before the program starts.
"""

from __future__ import annotations

import itertools
import threading
from typing import Any

from . import wire
from .clock import Clock
from .interner import Interner
from .waitobjects import WaitObjects
from .waits import make_analyzer
from .writer import Writer


class Session:
    def __init__(self, fd: int | None, virtual_clock: bool, block_threshold_ms: int,
                 tee_output: bool, seal: bool = False) -> None:
        self.writer = Writer(fd, seal)
        self.writer.append(wire.MAGIC)
        self.clock = Clock(virtual_clock)
        self.interner = Interner(self.writer.append)
        self.analyze = make_analyzer(self.interner)
        self.wait_objects = WaitObjects(self.writer.append, self.interner.s)
        self.block_threshold_ns = block_threshold_ms * 1_000_000
        self.block_threshold_ms = block_threshold_ms
        self.tee_output = tee_output
        self.next_task_id = itertools.count(1).__next__
        self.next_loop_id = itertools.count(1).__next__
        self.next_callback_id = itertools.count(1).__next__
        self.next_job_id = itertools.count(1).__next__
        self._next_thread_id = itertools.count(1).__next__
        self.next_timer_id = itertools.count(1).__next__
        self.callback_names: dict[int, int] = {}  # callback id -> name string id
        # task id -> chain id of its last wait, while it is suspended: names the line of a
        # task destroyed while pending whose coroutine is already closed.
        self.wait_chains: dict[int, int] = {}
        self.stepper: Any = None  # step mode: a stepper.Stepper, set before the program runs
        self.running_loops: list[Any] = []  # LoopState of loops inside run_forever
        self.run_code: Any = None  # code of the traced Handle._run (set by loop.install)
        self.hook_errors = 0
        self.exit_status: int | None = None
        self.enabled = True

    # --- helpers for records that are not on the hot path ---------------------------------

    def now(self) -> int:
        return self.clock.now()

    def emit(self, record: bytes) -> None:
        self.writer.append(record)

    def thread_id(self) -> tuple[int, int]:
        """(tracer thread id, name string id) of the calling thread."""
        # Keyed on the Thread object, not threading.get_ident(): the OS reuses thread ids,
        # so a thread started after another one ended can get the same ident.
        th = threading.current_thread()
        d = th.__dict__
        tid = d.get("_ls_tid")
        if tid is None:
            tid = d["_ls_tid"] = self._next_thread_id()
        return tid, self.interner.s(th.name)

    def lane_id(self) -> int:
        """A fresh thread-lane id for something that is not a thread of this process (a
        process-pool worker slot)."""
        return self._next_thread_id()

    def warning(self, kind: int, message: str, file: str = "", line: int = 0) -> None:
        s = self.interner.s
        self.emit(wire.S_WARNING.pack(wire.SYNC, wire.WARNING, wire.N_WARNING, self.now(), kind,
                                      s(message), s(file), line))

    def hook_failed(self) -> None:
        """A tracer hook raised: count it, never let it reach the program."""
        self.hook_errors += 1


_session: Session | None = None


def start(session: Session) -> None:
    global _session
    _session = session


def current() -> Session | None:
    return _session
