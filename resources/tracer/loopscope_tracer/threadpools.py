"""Worker threads that do not go through run_in_executor: AnyIO's thread pool
(`anyio.to_thread.run_sync`, which Starlette's `run_in_threadpool` and FastAPI's `def`
endpoints and dependencies use) and aiosqlite (each Connection is a Thread running queued
functions). Their jobs are recorded like run_in_executor jobs: JOB_START/JOB_END on the
worker thread with the submitting task, and the awaiting task's wait is kind `executor`.

The hooks are installed when the program imports `anyio._backends._asyncio` /
`aiosqlite.core` (a sys.meta_path finder that patches the module right after it ran), and
do nothing when the internals do not look as expected (checked against anyio 3.6 and
aiosqlite 0.17).
"""

from __future__ import annotations

import sys
from typing import Any

from . import jobs, waits, wire
from .session import Session


def _known(fn: Any, detail: str) -> None:
    """The await-chain walk names the wait `executor` when it reaches this wrapper, with the
    detail string the wrapper keeps in its `_ls_detail` local (mode 2)."""
    waits.KNOWN[id(fn.__code__)] = (wire.W_EXECUTOR, detail, 2)
    _keep.append(fn)


_keep: list[Any] = []  # the wrappers' codes stay alive, so their id()s stay unique


def _loop_of_running_task() -> Any:
    import asyncio
    loop = asyncio.events._get_running_loop()
    return loop if loop is not None and hasattr(loop, "_ls") else None


def _patch_anyio(sess: Session, mod: Any) -> None:
    orig = getattr(mod, "run_sync_in_worker_thread", None)
    code = getattr(orig, "__code__", None)
    if code is None or "func" not in code.co_varnames[:1] or not hasattr(mod, "WorkerThread"):
        return

    async def run_sync_in_worker_thread(func: Any, *args: Any, **kwargs: Any) -> Any:
        loop = _loop_of_running_task()
        if loop is None:
            return await orig(func, *args, **kwargs)
        try:
            job_id, fn_sid, _ls_detail, submitter, pending, state = jobs.begin_job(
                sess, loop, func, "to_thread.run_sync")
            job = jobs.thread_job(sess, func, job_id, fn_sid, submitter, pending, state)
        except Exception:
            sess.hook_failed()
            return await orig(func, *args, **kwargs)
        try:
            return await orig(job, *args, **kwargs)
        finally:
            pending.awaited(state)

    run_sync_in_worker_thread.__wrapped__ = orig  # type: ignore[attr-defined]
    _known(run_sync_in_worker_thread, "to_thread.run_sync")
    mod.run_sync_in_worker_thread = run_sync_in_worker_thread


def _patch_aiosqlite(sess: Session, mod: Any) -> None:
    _patch_aiosqlite_connect(sess, mod)
    conn = getattr(mod, "Connection", None)
    orig = getattr(conn, "_execute", None) if conn is not None else None
    code = getattr(orig, "__code__", None)
    if code is None or code.co_varnames[:2] != ("self", "fn"):
        return

    async def _execute(self: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
        loop = _loop_of_running_task()
        if loop is None:
            return await orig(self, fn, *args, **kwargs)
        try:
            job_id, fn_sid, _ls_detail, submitter, pending, state = jobs.begin_job(
                sess, loop, fn, "aiosqlite")
            job = jobs.thread_job(sess, fn, job_id, fn_sid, submitter, pending, state)
        except Exception:
            sess.hook_failed()
            return await orig(self, fn, *args, **kwargs)
        try:
            return await orig(self, job, *args, **kwargs)
        finally:
            pending.awaited(state)

    _execute.__wrapped__ = orig  # type: ignore[attr-defined]
    _execute.__qualname__ = orig.__qualname__
    _known(_execute, "aiosqlite")
    conn._execute = _execute


def _patch_aiosqlite_connect(sess: Session, mod: Any) -> None:
    """Opening the database: `await aiosqlite.connect(...)` starts the Connection thread and
    `_connect` queues `self._connector` (which calls sqlite3.connect) to it directly, not
    through `_execute`. The wrapper swaps in the job-recording connector for the duration
    of the original `_connect`, which reads the attribute before its first await."""
    conn = getattr(mod, "Connection", None)
    orig = getattr(conn, "_connect", None) if conn is not None else None
    code = getattr(orig, "__code__", None)
    if code is None or code.co_varnames[:1] != ("self",) or \
            not {"_connector", "_connection"} <= set(code.co_names):
        return
    # aiosqlite.connect's own connector is a closure around sqlite3.connect: the job is
    # named after that ("connect"), not "connect.<locals>.connector"
    sqlite_connect = getattr(getattr(mod, "sqlite3", None), "connect", None)

    async def _connect(self: Any) -> Any:
        loop = _loop_of_running_task()
        connector = self.__dict__.get("_connector")
        if loop is None or connector is None or self._connection is not None:
            return await orig(self)  # nothing to run on the thread (or nothing to record)
        try:
            own = getattr(connector, "__module__", None) == mod.__name__ and sqlite_connect
            job_id, fn_sid, _ls_detail, submitter, pending, state = jobs.begin_job(
                sess, loop, sqlite_connect if own else connector, "aiosqlite")
            job = jobs.thread_job(sess, connector, job_id, fn_sid, submitter, pending, state)
        except Exception:
            sess.hook_failed()
            return await orig(self)
        self._connector = job
        try:
            return await orig(self)  # a failed connect raises here exactly as before
        finally:
            self._connector = connector  # the program never sees the wrapper afterwards
            pending.awaited(state)

    _connect.__wrapped__ = orig  # type: ignore[attr-defined]
    _connect.__qualname__ = orig.__qualname__
    _known(_connect, "aiosqlite")
    conn._connect = _connect


_PATCHES = {"anyio._backends._asyncio": _patch_anyio, "aiosqlite.core": _patch_aiosqlite}


class _PostImportFinder:
    """Finds nothing itself: for the watched module names it asks the other finders and
    wraps the loader's exec_module so the patch runs right after the module's code."""

    def __init__(self, sess: Session) -> None:
        self.sess = sess
        self.busy: set[str] = set()

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        patch = _PATCHES.get(name)
        if patch is None or name in self.busy:
            return None
        self.busy.add(name)
        try:
            spec = None
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    break
        finally:
            self.busy.discard(name)
        loader = getattr(spec, "loader", None)
        exec_module = getattr(loader, "exec_module", None)
        if exec_module is None:
            return spec
        sess = self.sess

        def exec_and_patch(module: Any) -> None:
            exec_module(module)
            try:
                patch(sess, module)
            except Exception:
                sess.hook_failed()

        try:
            loader.exec_module = exec_and_patch
        except Exception:
            pass
        return spec

    def invalidate_caches(self) -> None:
        pass


def install(sess: Session) -> None:
    for name, patch in _PATCHES.items():  # already imported (unlikely): patch now
        mod = sys.modules.get(name)
        if mod is not None:
            try:
                patch(sess, mod)
            except Exception:
                sess.hook_failed()
    sys.meta_path.insert(0, _PostImportFinder(sess))
