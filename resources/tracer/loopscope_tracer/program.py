"""Running the program exactly as `python3 PROGRAM` / `python3 -m MODULE` would: argv,
a fresh `__main__`, sys.path[0], `__file__`, `__spec__`, and tracebacks without the
tracer's own frames."""

from __future__ import annotations

import os
import runpy
import sys
import types
from importlib.machinery import SourceFileLoader
from typing import Any

_TRACER_DIR = os.path.dirname(os.path.abspath(__file__))


class CannotOpen(Exception):
    """The script could not be read; python3 says so and exits with status 2."""


def fresh_main() -> types.ModuleType:
    main = types.ModuleType("__main__")
    main.__dict__.update(__annotations__={}, __builtins__=__builtins__, __loader__=None,
                         __spec__=None, __package__=None, __doc__=None)
    sys.modules["__main__"] = main
    return main


def compile_script(path: str) -> tuple[Any, str]:
    """(code, absolute path); CannotOpen if unreadable, SyntaxError like python3."""
    abspath = os.path.abspath(path)
    try:
        with open(abspath, "rb") as f:
            source = f.read()
    except OSError as e:
        raise CannotOpen(f"{sys.executable}: can't open file {abspath!r}: "
                         f"[Errno {e.errno}] {e.strerror}") from None
    return compile(source, abspath, "exec", dont_inherit=True), abspath


def set_path0(value: str, replace_ours: bool) -> None:
    if sys.flags.safe_path:
        return
    if replace_ours and sys.path:
        sys.path[0] = value
    else:
        sys.path.insert(0, value)


def run_script(code: Any, abspath: str, argv0: str, args: list[str], replace_path0: bool) -> None:
    sys.argv[:] = [argv0, *args]
    set_path0(os.path.dirname(os.path.realpath(abspath)), replace_path0)
    main = fresh_main()
    main.__dict__.update(__file__=abspath, __cached__=None,
                         __loader__=SourceFileLoader("__main__", abspath))
    exec(code, main.__dict__)


def run_module(name: str, args: list[str], replace_path0: bool) -> None:
    sys.argv[:] = ["-m", *args]
    set_path0(os.getcwd(), replace_path0)
    fresh_main()
    runpy._run_module_as_main(name, alter_argv=True)  # type: ignore[attr-defined]


def strip_tracer_frames(tb: Any) -> Any:
    """Drop the leading traceback entries that belong to the tracer, so the program's
    traceback starts where python3's would (its module, or `<frozen runpy>` for -m)."""
    while tb is not None and tb.tb_frame.f_code.co_filename.startswith(_TRACER_DIR):
        tb = tb.tb_next
    return tb


def exit_status(code: Any) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    return 1
