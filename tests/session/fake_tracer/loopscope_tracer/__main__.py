"""A stand-in for the real tracer in the session tests: same command line, writes a minimal
valid trace (HELLO, one OUTPUT per `emit()` call, EXIT) and runs the program with runpy, so the
host's process plumbing can be tested without depending on the tracer's behaviour."""
import argparse
import os
import runpy
import struct
import sys
import time

parser = argparse.ArgumentParser()
parser.add_argument("--trace-fd", type=int)
parser.add_argument("--trace-file")
parser.add_argument("--control-fd", type=int)
parser.add_argument("--virtual-clock", action="store_true")
parser.add_argument("--block-threshold-ms", type=int, default=100)
parser.add_argument("-m", dest="module")
parser.add_argument("program", nargs="?")
parser.add_argument("args", nargs=argparse.REMAINDER)
opts = parser.parse_args()

fd = os.open(opts.trace_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC) if opts.trace_file else opts.trace_fd
fd = __import__("fcntl").fcntl(fd, __import__("fcntl").F_DUPFD_CLOEXEC, 100)
if opts.trace_fd is not None:
    os.close(opts.trace_fd)
t0 = time.perf_counter_ns()


def record(kind: int, payload: bytes) -> None:
    os.write(fd, struct.pack("<BBH", 0xEA, kind, len(payload)) + payload)


def now() -> int:
    return time.perf_counter_ns() - t0


os.write(fd, b"LSTRACE1")
for i, text in enumerate(["%d.%d.%d" % sys.version_info[:3], sys.executable,
                          opts.program or "-m " + opts.module], start=1):
    record(1, struct.pack("<I", i) + text.encode())
record(2, struct.pack("<HBBIQIIIIQ", 1, 1 if opts.virtual_clock else 0, 0, os.getpid(), t0,
                      1, 2, 3, opts.block_threshold_ms, time.time_ns()))


def emit(text: str, stream: int = 1) -> None:
    """What the real tracer does for print(): an OUTPUT record instead of fd 1."""
    record(12, struct.pack("<QIBB", now(), 0, stream, 0) + text.encode())


import builtins
builtins.loopscope_emit = emit
status = 0
sys.argv = [opts.program or opts.module] + opts.args
try:
    if opts.module:
        runpy.run_module(opts.module, run_name="__main__", alter_sys=True)
    else:
        runpy.run_path(opts.program, run_name="__main__")
except SystemExit as e:
    status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
record(16, struct.pack("<Qi", now(), status))
sys.exit(status)
