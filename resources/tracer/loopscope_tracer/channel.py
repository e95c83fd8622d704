"""Opening the trace channel and moving it (and the control fd) out of the program's way:
high, close-on-exec fds, originals closed, so subprocesses never inherit them and nothing
the program writes to low fds can land in the trace."""

from __future__ import annotations

import fcntl
import os

HIGH_FD = 200


def move_high(fd: int) -> int:
    new = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, HIGH_FD)
    os.close(fd)
    return new


def open_trace(trace_fd: int | None, trace_file: str | None) -> int | None:
    if trace_file is not None:
        fd = os.open(trace_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o644)
        return move_high(fd)
    if trace_fd is not None:
        fd = move_high(trace_fd)
        try:  # a bigger pipe: fewer blocking writes while the host catches up
            fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
        except OSError:
            pass
        return fd
    return None
