"""Which source files are the program's own (not the stdlib, site-packages or the tracer).

Creation sites, blocked lines, error lines and "program callbacks" all need the innermost
frame of the program's own code; the answer is cached per file name.
"""

from __future__ import annotations

import os
import site
import sys
import sysconfig
from types import FrameType

_TRACER_DIR = os.path.dirname(os.path.abspath(__file__))


def _library_prefixes() -> tuple[str, ...]:
    dirs: set[str] = {_TRACER_DIR}
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        p = sysconfig.get_paths().get(key)
        if p:
            dirs.add(p)
    try:
        dirs.update(site.getsitepackages())
        dirs.add(site.getusersitepackages())
    except Exception:
        pass
    for p in sys.path:
        if p.endswith(("site-packages", "dist-packages", ".zip", "lib-dynload")):
            dirs.add(p)
    out = set()
    for d in dirs:
        if d:
            out.add(os.path.join(os.path.abspath(d), ""))
            out.add(os.path.join(os.path.realpath(d), ""))
    return tuple(sorted(out))


_PREFIXES = _library_prefixes()
_cache: dict[str, bool] = {}


def is_program_file(filename: str) -> bool:
    r = _cache.get(filename)
    if r is None:
        if not filename or filename.startswith("<"):
            r = False
        else:
            r = not os.path.abspath(filename).startswith(_PREFIXES)
        _cache[filename] = r
    return r


def innermost_program_frame(frame: FrameType | None) -> FrameType | None:
    """Walk outwards from `frame` to the first frame of the program's own code."""
    while frame is not None:
        if is_program_file(frame.f_code.co_filename):
            return frame
        frame = frame.f_back
    return None


def innermost_program_tb(tb) -> tuple[str, int, str] | None:  # type: ignore[no-untyped-def]
    """(file, line, function) of the last traceback entry in the program's own code."""
    found = None
    while tb is not None:
        code = tb.tb_frame.f_code
        if is_program_file(code.co_filename):
            found = (code.co_filename, tb.tb_lineno, code.co_qualname)
        tb = tb.tb_next
    return found
