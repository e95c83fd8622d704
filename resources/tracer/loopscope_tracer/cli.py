"""Command line: tracer options first, then `-m MODULE` or `PROGRAM`, then the program's
own arguments (which are never looked at)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

USAGE = ("usage: loopscope_tracer [--trace-fd N | --trace-file PATH] [--control-fd N] "
         "[--step] [--virtual-clock] [--block-threshold-ms N] (-m MODULE | PROGRAM) [ARGS...]")


@dataclass
class Options:
    trace_fd: int | None = None
    trace_file: str | None = None
    control_fd: int | None = None
    step: bool = False
    virtual_clock: bool = False
    block_threshold_ms: int = 100
    module: str | None = None
    program: str | None = None
    args: list[str] = field(default_factory=list)


class UsageError(Exception):
    pass


def parse(argv: list[str]) -> Options:
    opts = Options()
    i = 0

    def value(name: str, inline: str | None) -> str:
        nonlocal i
        if inline is not None:
            return inline
        i += 1
        if i >= len(argv):
            raise UsageError(f"option {name} needs a value")
        return argv[i]

    def integer(name: str, text: str) -> int:
        try:
            return int(text)
        except ValueError:
            raise UsageError(f"option {name}: not a number: {text!r}") from None

    while i < len(argv):
        arg = argv[i]
        name, eq, inline = arg.partition("=")
        inline_value = inline if eq else None
        if name == "--trace-fd":
            opts.trace_fd = integer(name, value(name, inline_value))
        elif name == "--trace-file":
            opts.trace_file = value(name, inline_value)
        elif name == "--control-fd":
            opts.control_fd = integer(name, value(name, inline_value))
        elif arg == "--step":
            opts.step = True
        elif arg == "--virtual-clock":
            opts.virtual_clock = True
        elif name == "--block-threshold-ms":
            opts.block_threshold_ms = max(1, integer(name, value(name, inline_value)))
        elif arg == "-m":
            if i + 1 >= len(argv):
                raise UsageError("Argument expected for the -m option")
            opts.module = argv[i + 1]
            opts.args = argv[i + 2:]
            break
        elif arg.startswith("-m") and len(arg) > 2:
            opts.module = arg[2:]
            opts.args = argv[i + 1:]
            break
        elif arg == "--":
            i += 1
            break
        elif arg.startswith("-") and arg != "-":
            raise UsageError(f"unknown option {arg}")
        else:
            break
        i += 1
    if opts.step and opts.control_fd is None:
        raise UsageError("--step needs --control-fd")
    if opts.module is not None:
        return opts
    if i >= len(argv):
        raise UsageError("no program given")
    if opts.trace_fd is not None and opts.trace_file is not None:
        raise UsageError("--trace-fd and --trace-file exclude each other")
    opts.program = argv[i]
    opts.args = argv[i + 1:]
    return opts


def parse_or_exit(argv: list[str]) -> Options:
    try:
        return parse(argv)
    except UsageError as e:
        print(f"loopscope_tracer: {e}\n{USAGE}", file=sys.stderr)
        raise SystemExit(2) from None
