"""run_in_executor / to_thread jobs: JOB_START/JOB_END on the worker thread, the
submitting task, and the count of unfinished jobs the virtual clock must wait for.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from . import wire
from .session import Session
from .steps import callable_name
from .waits import TAG


class PendingJobs:
    """Jobs whose result has not reached the loop yet. A job counts until both its function
    returned on the worker *and* its asyncio future is done (or was cancelled first), so the
    virtual clock never jumps while a result is still on its way."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def add(self) -> list[bool]:
        with self._lock:
            self.count += 1
        return [False, False]  # [function returned, future done]

    def mark(self, state: list[bool], which: int) -> None:
        with self._lock:
            if state[which]:
                return
            state[which] = True
            if state[0] and state[1]:
                self.count -= 1

    def awaited(self, state: list[bool]) -> None:
        """The awaiting side is done with a job; one that never started (cancelled before a
        worker took it) never will, so it is no longer pending either."""
        self.mark(state, 1)
        if not state[0]:
            self.mark(state, 0)


def thread_job(sess: Session, func: Any, job_id: int, fn_sid: int, submitter: int,
               pending: PendingJobs, state: list[bool]) -> Any:
    """`func` wrapped to record JOB_START/JOB_END on the worker thread that runs it."""
    append = sess.writer.append
    pack_start = wire.S_JOB_START.pack
    pack_end = wire.S_JOB_END.pack

    def job(*a: Any, **kw: Any) -> Any:
        try:
            thread, thread_name = sess.thread_id()
            append(pack_start(wire.SYNC, wire.JOB_START, wire.N_JOB_START, sess.now(), job_id,
                              thread, thread_name, fn_sid, submitter))
            sess.writer.flush()  # the loop may be idle in select() until this job ends
        except Exception:
            sess.hook_failed()
        failed = 1
        try:
            result = func(*a, **kw)
            failed = 0
            return result
        finally:
            try:
                append(pack_end(wire.SYNC, wire.JOB_END, wire.N_JOB_END, sess.now(), job_id, failed))
                pending.mark(state, 0)
            except Exception:
                sess.hook_failed()

    return job


def begin_job(sess: Session, loop: Any, func: Any, label: str
              ) -> tuple[int, int, int, int, PendingJobs, list[bool]]:
    """(job id, function sid, wait-detail sid, submitting task, pending, state) for a job the
    running task submits now."""
    st = loop._ls
    job_id = sess.next_job_id()
    cur = st.cur
    submitter = cur[1] if cur[0] == wire.WK_TASK else 0
    name = callable_name(func)
    fn_sid = sess.interner.s(name)
    detail_sid = sess.interner.s(f"{label}({name})")
    pending = st.jobs
    return job_id, fn_sid, detail_sid, submitter, pending, pending.add()


def run_in_executor(sess: Session, base: Any, loop: Any, executor: Any, func: Any,
                    args: tuple[Any, ...], via_to_thread: bool) -> Any:
    if executor is not None and isinstance(executor, _process_pool_type()):
        return _run_in_process_pool(sess, base, loop, executor, func, args)
    try:
        if loop._debug:
            loop._check_callback(func, "run_in_executor")  # same error as plain asyncio
        job_id, fn_sid, detail_sid, submitter, pending, state = begin_job(
            sess, loop, func, "to_thread" if via_to_thread else "run_in_executor")
    except TypeError:
        raise
    except Exception:
        sess.hook_failed()
        return base.run_in_executor(loop, executor, func, *args)

    job = thread_job(sess, func, job_id, fn_sid, submitter, pending, state)
    try:
        fut = base.run_in_executor(loop, executor, job, *args)
    except BaseException:
        pending.mark(state, 0)
        pending.mark(state, 1)
        raise
    try:
        fut.__setattr__(TAG, (wire.W_EXECUTOR, detail_sid))
        fut.add_done_callback(lambda _f: pending.mark(state, 1))
    except Exception:
        sess.hook_failed()
    return fut


_pool_numbers = __import__('itertools').count(1)


def _process_pool_type() -> type:
    import concurrent.futures
    return concurrent.futures.ProcessPoolExecutor


class _ProcessLanes:
    """Lanes for one process pool's jobs: the tracer cannot see inside the worker
    processes, so a job is drawn on the first free lane of its pool from submission
    (queued or running) until its result is back."""

    def __init__(self, sess: Session, executor: Any) -> None:
        self.sess = sess
        self.busy: list[bool] = []
        self.ids: list[int] = []
        self.name = f"{type(executor).__name__}-{next(_pool_numbers)}"
        self.lock = threading.Lock()

    def take(self) -> tuple[int, int, int]:
        with self.lock:
            for i, b in enumerate(self.busy):
                if not b:
                    break
            else:
                i = len(self.busy)
                self.busy.append(False)
                self.ids.append(self.sess.lane_id())
            self.busy[i] = True
            return i, self.ids[i], self.sess.interner.s(f"{self.name} worker {i}")

    def give(self, i: int) -> None:
        with self.lock:
            self.busy[i] = False


def _run_in_process_pool(sess: Session, base: Any, loop: Any, executor: Any, func: Any,
                         args: tuple[Any, ...]) -> Any:
    """A process pool gets the program's function itself (a wrapper could not be pickled);
    the job is recorded from this side: JOB_START at submission, JOB_END when the worker's
    result arrives."""
    try:
        if loop._debug:
            loop._check_callback(func, "run_in_executor")
        job_id, fn_sid, detail_sid, submitter, pending, state = begin_job(
            sess, loop, func, "run_in_executor")
        lanes = executor.__dict__.get("_ls_lanes")
        if lanes is None:
            lanes = executor.__dict__.setdefault("_ls_lanes", _ProcessLanes(sess, executor))
        slot, lane, lane_name = lanes.take()
    except TypeError:
        raise
    except Exception:
        sess.hook_failed()
        return base.run_in_executor(loop, executor, func, *args)
    append = sess.writer.append
    append(wire.S_JOB_START.pack(wire.SYNC, wire.JOB_START, wire.N_JOB_START, sess.now(), job_id,
                                 lane, lane_name, fn_sid, submitter))
    try:
        # BaseEventLoop.run_in_executor for an explicit executor, with the concurrent
        # future kept so its completion (in the pool's management thread) ends the job.
        loop._check_closed()
        cf = executor.submit(func, *args)
        fut = asyncio.futures.wrap_future(cf, loop=loop)
    except BaseException:
        append(wire.S_JOB_END.pack(wire.SYNC, wire.JOB_END, wire.N_JOB_END, sess.now(), job_id, 1))
        lanes.give(slot)
        pending.mark(state, 0)
        pending.mark(state, 1)
        raise

    def ended(cf: Any) -> None:
        try:
            failed = 1 if cf.cancelled() or cf.exception() is not None else 0
            append(wire.S_JOB_END.pack(wire.SYNC, wire.JOB_END, wire.N_JOB_END, sess.now(),
                                       job_id, failed))
            lanes.give(slot)
            pending.mark(state, 0)
        except Exception:
            sess.hook_failed()

    try:
        cf.add_done_callback(ended)
        fut.__setattr__(TAG, (wire.W_EXECUTOR, detail_sid))
        fut.add_done_callback(lambda _f: pending.mark(state, 1))
    except Exception:
        sess.hook_failed()
    return fut
