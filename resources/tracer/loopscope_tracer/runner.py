"""The tracer's entry point: parse options, open the channel, install the hooks, run the
program, and write EXIT last (from atexit, after the program's own atexit handlers)."""

from __future__ import annotations

import atexit
import os
import platform
import signal
import sys
from typing import Any

from . import channel, cli, diagnostics, loop, output, program, session, threadpools, wire
from .session import Session


def main(argv: list[str], path0_is_ours: bool, keepalive: Any = None) -> None:
    opts = cli.parse_or_exit(argv)
    try:
        fd = channel.open_trace(opts.trace_fd, opts.trace_file)
    except OSError as e:
        print(f"loopscope_tracer: cannot open the trace channel: {e}", file=sys.stderr)
        raise SystemExit(2) from None
    if opts.control_fd is not None:
        try:
            opts.control_fd = channel.move_high(opts.control_fd)
        except OSError:
            opts.control_fd = None
    sess = Session(fd, opts.virtual_clock, opts.block_threshold_ms,
                   tee_output=opts.trace_file is not None,
                   seal=opts.trace_fd is not None and opts.trace_file is None)
    session.start(sess)
    if opts.step and opts.control_fd is not None:
        from .stepper import Stepper
        sess.stepper = Stepper(sess, opts.control_fd)
    exit_state = _ExitState(sess, keepalive)
    _hello(sess, opts)

    loop.install(sess)
    exit_state.loop_watch = diagnostics.LoopWatch(loop.TracedEventLoop)
    exit_state.loop_watch.install()
    diagnostics.install_unawaited_hook(sess)
    threadpools.install(sess)
    budget = output.OutputBudget()
    real_out, real_err = sys.stdout, sys.stderr
    exit_state.recorders = [
        output.LineRecorder(sess, real_out, 1, budget, loop.TracedEventLoop),
        output.LineRecorder(sess, real_err, 2, budget, loop.TracedEventLoop)]
    exit_state.budget = budget
    exit_state.real = (real_out, real_err)
    sys.stdout, sys.stderr = exit_state.recorders  # type: ignore[assignment]
    atexit.register(exit_state.finish)
    os.register_at_fork(after_in_child=sess.writer.drop_in_child)
    _flush_before_os_exit(sess)
    sess.writer.flush()

    try:
        if opts.module is not None:
            program.run_module(opts.module, opts.args, path0_is_ours)
        else:
            assert opts.program is not None
            try:
                code, abspath = program.compile_script(opts.program)
            except program.CannotOpen as e:
                print(e, file=sys.stderr)
                exit_state.status = 2
                raise SystemExit(2) from None
            program.run_script(code, abspath, opts.program, opts.args, path0_is_ours)
        exit_state.status = 0
    except SystemExit as e:
        if exit_state.status is None:
            exit_state.status = program.exit_status(e.code)
        raise
    except BaseException as e:  # the uncaught exception that ends the program
        tb = program.strip_tracer_frames(e.__traceback__)
        e.__traceback__ = tb
        if isinstance(e, SyntaxError) and tb is None:
            diagnostics.error_record(sess, e, (e.filename or "", e.lineno or 0))
        else:
            diagnostics.error_record(sess, e)
        sys.excepthook(type(e), e, tb)
        if isinstance(e, KeyboardInterrupt):
            exit_state.status = 128 + signal.SIGINT
            exit_state.kill_with = signal.SIGINT
        else:
            exit_state.status = 1
        raise SystemExit(exit_state.status) from None


class _ExitState:
    def __init__(self, sess: Session, keepalive: Any) -> None:
        self.sess = sess
        self.keepalive = keepalive  # the tracer's own __main__ module, replaced in sys.modules
        self.status: int | None = None
        self.kill_with: int | None = None
        self.recorders: list[output.LineRecorder] = []
        self.budget: output.OutputBudget | None = None
        self.real: tuple[Any, Any] | None = None
        self.loop_watch: diagnostics.LoopWatch | None = None

    def finish(self) -> None:
        sess = self.sess
        try:
            for r in self.recorders:
                r.finish()
            if self.budget is not None and self.budget.dropped:
                sess.emit(wire.S_DROPPED.pack(wire.SYNC, wire.DROPPED, wire.N_DROPPED, sess.now(),
                                              1, self.budget.dropped))
            if self.loop_watch is not None:
                self.loop_watch.report(sess)
            status = self.status if self.status is not None else 0
            sess.emit(wire.S_EXIT.pack(wire.SYNC, wire.EXIT, wire.N_EXIT, sess.now(), status))
            sess.writer.flush()
        finally:
            if self.real is not None:
                # Late output (interpreter shutdown) goes straight to the real streams.
                sys.stdout, sys.stderr = self.real
            if self.kill_with is not None:
                sys.stdout.flush()
                sys.stderr.flush()
                signal.signal(self.kill_with, signal.SIG_DFL)
                os.kill(os.getpid(), self.kill_with)


def _hello(sess: Session, opts: cli.Options) -> None:
    s = sess.interner.s
    prog = f"-m {opts.module}" if opts.module is not None else (opts.program or "")
    sess.emit(wire.S_HELLO.pack(
        wire.SYNC, wire.HELLO, wire.N_HELLO, 1, 1 if sess.clock.virtual else 0,
        1 if sess.stepper is not None else 0, os.getpid(),
        sess.clock.mono_t0, s(platform.python_version()), s(sys.executable), s(prog),
        sess.block_threshold_ms, sess.clock.wall_t0))


def _flush_before_os_exit(sess: Session) -> None:
    """os._exit skips atexit; flush what was recorded so far first (no EXIT: the protocol
    says EXIT is absent after os._exit)."""
    real_exit = os._exit

    def _exit(status: int) -> None:
        try:
            sess.writer.flush()
        except BaseException:
            pass
        real_exit(status)

    _exit.__doc__ = real_exit.__doc__
    os._exit = _exit  # type: ignore[assignment]
