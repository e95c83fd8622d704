"""The trace channel: a thread-safe record buffer in front of a file descriptor.

Records come from the loop thread (hot), worker threads and the watchdog. Appending a bytes
object to a list is atomic under the GIL, and `flush` only removes the first n chunks it
took, so appenders never need the lock; only flushers serialise among themselves. Because
everything goes through one list, a STR/FRAME/CHAIN definition appended before its first
use is also written before it.

On the host's live channel every flush is *sealed*: one SEAL record (docs/PROTOCOL.md) carrying
a sequence number, the length of the records after it and a per-run token comes first, so bytes
the program writes to the channel itself (it is only another fd of its own process) break the
sequence and the host fails the run as tampered with. This detects writes that do not go
through this writer; code in the same process that drives this writer itself can still lie
(lessons/EXERCISES.md, "What check can guarantee").
"""

from __future__ import annotations

import os
import threading

from . import wire


class Writer:
    def __init__(self, fd: int | None, seal: bool = False) -> None:
        self.fd = fd
        # The magic goes first, outside any seal; then each flush is one sealed batch.
        self._seal = seal
        self._seq = 0
        self._token = int.from_bytes(os.urandom(8), "little") if seal else 0
        self.chunks: list[bytes] = []
        self.append = self.chunks.append  # bound once: the hot path calls it directly
        self._flush_lock = threading.Lock()
        self.dead = fd is None  # set when the host has gone (EPIPE) or tracing is off

    def flush(self) -> None:
        chunks = self.chunks
        if not chunks:
            return
        with self._flush_lock:
            n = len(chunks)
            if n == 0:
                return
            data = b"".join(chunks[:n])
            del chunks[:n]
            if self.dead:
                return
            if self._seal:
                head = wire.MAGIC if self._seq == 0 else b""
                body = data[len(wire.MAGIC):] if head and data.startswith(wire.MAGIC) else data
                data = head + wire.S_SEAL.pack(wire.SYNC, wire.SEAL, wire.S_SEAL.size - 4,
                                               self._seq, len(body), self._token) + body
                self._seq += 1
            self._write_all(data)

    def _write_all(self, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                written = os.write(self.fd, view)  # type: ignore[arg-type]
                view = view[written:]
        except InterruptedError:
            self._write_all(bytes(view))
        except OSError:
            # The host is gone (EPIPE) or the fd is unusable: keep the program running,
            # stop tracing output quietly.
            self.dead = True

    def drop_in_child(self) -> None:
        """After fork: the child must never write into the parent's trace stream."""
        self.dead = True
        self.chunks.clear()
        self._flush_lock = threading.Lock()
        if self.fd is not None:
            try:
                os.close(self.fd)
            except OSError:
                pass
            self.fd = None
