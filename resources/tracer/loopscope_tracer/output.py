"""sys.stdout / sys.stderr replacements that send each line as an OUTPUT record with the
task that wrote it. The host prints the lines; raw fd writes still reach the real pipes.

With `--trace-file` (a run by hand, no host to print them) the lines are also written to
the real stream ("tee"). Everything but writing passes through to the real stream.
"""

from __future__ import annotations

import threading
from asyncio import events
from typing import Any

from . import wire
from .session import Session

MAX_LINES = 1_000_000
MAX_BYTES = 100 * 1024 * 1024
_env_limit = __import__("os").environ.get("LOOPSCOPE_TRACER_MAX_LINES")  # tests only
if _env_limit and _env_limit.isdigit():
    MAX_LINES = int(_env_limit)


class OutputBudget:
    """Flood protection shared by both streams: after the limit, lines are only counted."""

    def __init__(self) -> None:
        self.lines = 0
        self.bytes = 0
        self.dropped = 0


class LineRecorder:
    def __init__(self, sess: Session, real: Any, stream: int, budget: OutputBudget,
                 traced_loop_type: type) -> None:
        self._sess = sess
        self._real = real
        self._stream = stream
        self._budget = budget
        self._loop_type = traced_loop_type
        self._pending: list[str] = []
        self._lock = threading.RLock()
        self._tee = sess.tee_output

    # --- writing ----------------------------------------------------------------------------

    def write(self, s: str) -> int:
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        n = len(s)
        with self._lock:
            writer = self._sess.writer
            dead = writer.dead
            if self._tee or dead:
                self._real.write(s)
            if "\n" not in s:
                if s:
                    self._pending.append(s)
                return n
            if self._pending:
                self._pending.append(s)
                s = "".join(self._pending)
                self._pending.clear()
            lines = s.split("\n")
            rest = lines.pop()
            if rest:
                self._pending.append(rest)
            try:
                task = self._current_task()
                recorded = [line for line in lines if self._emit(line, task)]
                writer.flush()
                if writer.dead and not dead and not self._tee and recorded:
                    # The channel broke on this very flush (the program closed it?): the lines
                    # it took must still reach the learner.
                    self._real.write("\n".join(recorded) + "\n")
            except Exception:
                self._sess.hook_failed()
        return n

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        if self._tee or self._sess.writer.dead:
            self._real.flush()

    def finish(self) -> None:
        """At exit: send a last line that had no newline."""
        with self._lock:
            if self._pending:
                text = "".join(self._pending)
                self._pending.clear()
                try:
                    self._emit(text, self._current_task(), newline=False)
                except Exception:
                    self._sess.hook_failed()

    def _current_task(self) -> int:
        loop = events._get_running_loop()
        if loop is not None and type(loop) is self._loop_type:
            cur = loop._ls.cur
            if cur[0] == wire.WK_TASK:
                return cur[1]
        return 0

    def _emit(self, line: str, task: int, newline: bool = True) -> bool:
        """Records one line; False when it went to the real stream instead (flood)."""
        budget = self._budget
        if budget.lines >= MAX_LINES or budget.bytes >= MAX_BYTES:
            # Past the flood limit the line is no longer recorded, but the learner still
            # sees it: it goes to the real stream, which the host shows as raw output.
            budget.dropped += 1
            if not (self._tee or self._sess.writer.dead):
                try:
                    self._real.write(line + "\n" if newline else line)
                    self._real.flush()
                except Exception:
                    pass
            return False
        data = line.encode("utf-8", "replace")
        budget.lines += 1
        budget.bytes += len(data)
        # A long line goes whole, in pieces the host prints back to back: the terminal gets it
        # unchanged and the summary keeps its beginning (saying how much it left out).
        now = self._sess.now()
        last = 0 if newline else wire.OUT_NO_NEWLINE
        emit, flush = self._sess.emit, self._sess.writer.flush
        for flags, piece in wire.output_pieces(data, last):
            emit(wire.pack_output(now, task, self._stream, flags, piece))
            if flags & wire.OUT_CONTINUES:
                flush()  # a 50 MB line must not sit whole in the buffer
        return True

    # --- everything else is the real stream's ---------------------------------------------

    def fileno(self) -> int:
        return self._real.fileno()

    def isatty(self) -> bool:
        return self._real.isatty()

    @property
    def buffer(self) -> Any:
        return self._real.buffer

    @property
    def encoding(self) -> str:
        return self._real.encoding

    @property
    def errors(self) -> str | None:
        return self._real.errors

    def readable(self) -> bool:
        return False

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __repr__(self) -> str:
        return repr(self._real)
