"""Helpers for tracer tests: write a program to a temp dir, run it under the tracer with
the interpreter running the tests, decode the trace."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass

import lsdecode

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TRACER = os.path.join(ROOT, "resources", "tracer", "loopscope_tracer", "__main__.py")
PYTHON = sys.executable


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str
    trace: lsdecode.Trace
    program: str
    dir: str


def write_program(src: str, name: str = "prog.py") -> str:
    d = tempfile.mkdtemp(prefix="lstest-")
    path = os.path.join(d, name)
    with open(path, "w") as f:
        f.write(textwrap.dedent(src))
    return path


def trace_program(path: str, *args: str, options: tuple[str, ...] = (), module: str | None = None,
                  cwd: str | None = None, timeout: float = 60, env: dict | None = None) -> Run:
    fd, trace_path = tempfile.mkstemp(suffix=".lstrace")
    os.close(fd)
    target = ["-m", module] if module else [path]
    cmd = [PYTHON, TRACER, "--trace-file", trace_path, *options, *target, *args]
    e = dict(os.environ, PYTHONUNBUFFERED="1")
    if env:
        e.update(env)
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                       cwd=cwd or os.path.dirname(path), env=e)
    with open(trace_path, "rb") as f:
        data = f.read()
    os.unlink(trace_path)
    return Run(p.returncode, p.stdout, p.stderr, lsdecode.decode(data), path,
               os.path.dirname(path))


def trace(src: str, *args: str, **kw) -> Run:  # type: ignore[no-untyped-def]
    return trace_program(write_program(src), *args, **kw)


def plain(path: str, *args: str, module: str | None = None, cwd: str | None = None) -> subprocess.CompletedProcess:
    target = ["-m", module] if module else [path]
    return subprocess.run([PYTHON, *target, *args], capture_output=True, text=True, timeout=60,
                          cwd=cwd or os.path.dirname(path))


def step_program(src: str, commands: list[str | float], options: tuple[str, ...] = (),
                 timeout: float = 60, close: bool = True) -> Run:
    """Runs `src` in step mode with a control pipe. `commands` are written in order: a str
    is one command line, a float sleeps that long first (the tracer is paused meanwhile).
    The pipe is closed at the end (EOF = continue) unless `close` is false, in which case it
    stays open until the program ends."""
    path = write_program(src)
    fd, trace_path = tempfile.mkstemp(suffix=".lstrace")
    os.close(fd)
    r, w = os.pipe()
    cmd = [PYTHON, TRACER, "--trace-file", trace_path, "--control-fd", str(r), "--step",
           *options, path]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         cwd=os.path.dirname(path), pass_fds=(r,),
                         env=dict(os.environ, PYTHONUNBUFFERED="1"))
    os.close(r)
    try:
        for c in commands:
            if isinstance(c, float):
                import time
                time.sleep(c)
            else:
                try:
                    os.write(w, (c + "\n").encode())
                except BrokenPipeError:
                    break
        if close:
            os.close(w)
            w = -1
        out, err = p.communicate(timeout=timeout)
    finally:
        if w >= 0:
            os.close(w)
        if p.poll() is None:
            p.kill()
    with open(trace_path, "rb") as f:
        data = f.read()
    os.unlink(trace_path)
    return Run(p.returncode, out, err, lsdecode.decode(data), path, os.path.dirname(path))
