"""The judge of a judged harness (lessons/EXERCISES.md, "Judged harnesses").

Started by `loopscope_harness.judged()` in the harness's process before the learner's module is
imported, as a fresh interpreter (`python -I -S judge.py ...`) that never imports the learner's
code. It makes itself non-dumpable (no ptrace, no /proc/<pid>/mem or fd access by other
processes of the same user), takes the results key out of its file, loads the exercise's judge
file, and then only listens: the harness's process asks it for the values of the functions it
serves (`judge.serve(learner, "fetch_price")`), tells it when each call ends, and hands it the
learner's answers. The verdict is computed here, from what the judge itself handed out, and
signed with the key, which the learner's process never had.

Standard library only; argv: judge_file socket_fd results_path key_path.
"""

from __future__ import annotations

import ctypes
import hashlib
import hmac
import importlib.util
import json
import os
import socket
import sys
import traceback
from typing import Any

SCHEMA = "loopscope.harness-results/1"
SIGNED_SCHEMA = "loopscope.harness-results/2"
MAX_MESSAGES = 100_000   # a learner flooding the socket gets a failed verdict, not a hung judge


def make_not_dumpable() -> bool:
    """PR_SET_DUMPABLE 0: processes of the same user (the learner's, our parent) can no longer
    attach to this one or read its memory and fds; only root can."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(4, 0, 0, 0, 0) == 0  # PR_SET_DUMPABLE
    except (OSError, AttributeError):
        return False


class Call:
    def __init__(self, number: int, fn: str, args: list, kwargs: dict, value: Any) -> None:
        self.number, self.fn, self.args, self.kwargs, self.value = number, fn, args, kwargs, value
        self.ended = False       # the call is over, however it ended
        self.returned = False    # ... and it returned (was not cancelled, raised nothing)
        self.started_at = 0      # the judge's message count when the call began / ended:
        self.ended_at = 0        # two calls overlapped when each began before the other ended

    def overlaps(self, other: "Call") -> bool:
        end_self = self.ended_at if self.ended else float("inf")
        end_other = other.ended_at if other.ended else float("inf")
        return self.started_at < end_other and other.started_at < end_self

    def arg(self, index: int, keyword: str) -> Any:
        """The argument at `index`, or the keyword `keyword`: how the learner passed it."""
        return self.args[index] if len(self.args) > index else self.kwargs.get(keyword)


class Seen:
    """What the judge saw: the calls of the functions it served (with the values it handed
    out), how many of each were running at once, and the learner's answers."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.running: dict[str, int] = {}
        self.most: dict[str, int] = {}
        self.answers: dict[str, dict[str, Any]] = {}
        self.missing: set[str] = set()       # served names the learner's module did not have
        self.ended = False                   # the harness reached its end
        self.import_failed = False           # nothing of the learner's could be called
        self.dumpable_off = False

    def calls_of(self, fn: str) -> list[Call]:
        return [c for c in self.calls if c.fn == fn]

    def most_at_once(self, fn: str) -> int:
        return self.most.get(fn, 0)

    def answer(self, name: str) -> dict[str, Any]:
        """{"value": ..., "type": "list"} or {"error": "ValueError: ... (your line 3)"}, with
        "printed" (the lines printed meanwhile) when the harness asked; {} when the harness
        never got that far."""
        return self.answers.get(name, {})


class Verdict:
    """The results the judge records, in the order recorded (one per name; a failure wins)."""

    def __init__(self) -> None:
        self.results: list[dict[str, Any]] = []
        self.tampered = ""

    def check(self, name: str, ok: Any, message_if_failed: str = "",
              message_if_passed: str = "") -> bool:
        passed = bool(ok)
        self.results.append({"name": str(name), "ok": passed, "message": str(
            (message_if_passed or "as expected") if passed else (message_if_failed or "failed"))})
        return passed

    def expect_equal(self, name: str, actual: Any, expected: Any,
                     message_if_failed: str = "") -> bool:
        if actual == expected:
            return self.check(name, True, "", f"got {short(actual)}")
        return self.check(name, False,
                          message_if_failed or f"got {short(actual)}; expected {short(expected)}")


def short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 120 else text[:117] + "..."


def write_results(path: str, key: bytes | None, verdict: Verdict, finished: bool) -> None:
    body: dict[str, Any] = {"schema": SCHEMA, "finished": finished, "results": verdict.results,
                            "judged": True}
    if verdict.tampered:
        body["tampered"] = verdict.tampered
    text = json.dumps(body)
    if not path or key is None:
        print(text, file=sys.stderr)   # run by hand: show the verdict
        return
    mac = hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()
    tmp = f"{path}.judge{os.getpid()}"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(json.dumps({"schema": SIGNED_SCHEMA, "body": text, "mac": mac}))
    os.replace(tmp, path)


def take_key(key_path: str) -> bytes | None:
    if not key_path:
        return None
    try:
        with open(key_path, "rb") as f:
            key = f.read().strip()
        os.unlink(key_path)
        return key
    except OSError as e:
        print(f"loopscope_harness judge: cannot read the results key: {e}", file=sys.stderr)
        return None


def load_judge_file(path: str) -> Any:
    spec = importlib.util.spec_from_file_location("exercise_judge", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load the judge file {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def listen(sock: socket.socket, judge: Any, seen: Seen, verdict: Verdict) -> None:
    """Answers the harness's process until it says "end" or goes away."""
    served = getattr(judge, "SERVES", {})
    rfile = sock.makefile("rb")
    for count, line in enumerate(rfile):
        if count >= MAX_MESSAGES:
            verdict.check("the checks ran to the end", False,
                          "the checks received more messages than any honest run sends")
            return
        try:
            message = json.loads(line)
            op = message.get("op")
        except (ValueError, AttributeError):
            verdict.tampered = verdict.tampered or "the judge received a message its checks never send"
            continue
        if op == "call":
            fn = str(message.get("fn"))
            args, kwargs = message.get("args") or [], message.get("kwargs") or {}
            if fn not in served or not isinstance(args, list) or not isinstance(kwargs, dict):
                sock.sendall(b'{"error": "not served"}\n')
                continue
            try:
                value = served[fn](*args, **kwargs)
                reply: dict[str, Any] = {"id": len(seen.calls), "value": value}
            except Exception as e:  # the served function refused those arguments
                value, reply = None, {"id": len(seen.calls), "raise": f"{type(e).__name__}: {e}"}
            seen.calls.append(Call(len(seen.calls), fn, args, kwargs, value))
            seen.calls[-1].started_at = count
            seen.running[fn] = seen.running.get(fn, 0) + 1
            seen.most[fn] = max(seen.most.get(fn, 0), seen.running[fn])
            sock.sendall(json.dumps(reply).encode("utf-8") + b"\n")
        elif op == "done":
            number = message.get("id")
            if isinstance(number, int) and 0 <= number < len(seen.calls) \
                    and not seen.calls[number].ended:
                call = seen.calls[number]
                call.ended = True
                call.ended_at = count
                call.returned = message.get("returned") is True
                seen.running[call.fn] -= 1
        elif op == "answer":
            name = str(message.get("name"))[:200]
            if name not in seen.answers:   # the first answer counts
                seen.answers[name] = {k: message[k] for k in ("value", "type", "error", "printed")
                                      if k in message}
                seen.answers[name]["at"] = count   # compare with Call.ended_at
        elif op == "missing":
            seen.missing.add(str(message.get("fn")))
        elif op == "fail":
            # The harness's process may report failures (an import error, an exception, its
            # own functions found replaced); a pass is only ever the judge's.
            name = str(message.get("name"))[:200]
            verdict.check(name, False, str(message.get("message"))[:2000])
            seen.import_failed |= name == "your file imports"
        elif op == "tampered":
            verdict.tampered = verdict.tampered or str(message.get("reason"))[:500]
        elif op == "end":
            seen.ended = True
            return


def main(argv: list[str]) -> int:
    judge_file, fd, results_path, key_path = argv[1], int(argv[2]), argv[3], argv[4]
    sys.dont_write_bytecode = True   # -I ignores PYTHONDONTWRITEBYTECODE: no __pycache__ by judge.py
    seen, verdict = Seen(), Verdict()
    seen.dumpable_off = make_not_dumpable()
    key = take_key(key_path)
    sock = socket.socket(fileno=fd)
    # Until the harness ends, the signed results say "not finished": a run whose judge is
    # killed, or whose harness never says "end", fails.
    write_results(results_path, key, verdict, finished=False)
    try:
        judge = load_judge_file(judge_file)
    except Exception:
        traceback.print_exc()
        verdict.check("the checks ran to the end", False, "this exercise's judge file is broken")
        write_results(results_path, key, verdict, finished=True)
        sock.sendall(b"broken\n")
        return 1
    sock.sendall(b"ready\n")
    try:
        listen(sock, judge, seen, verdict)
    except OSError:
        pass
    if seen.ended and not seen.import_failed:
        try:
            judge.verdict(seen, verdict)
        except Exception:
            traceback.print_exc()
            verdict.check("the checks ran to the end", False, "this exercise's judge failed")
    write_results(results_path, key, verdict, finished=seen.ended)
    try:
        sock.sendall(b"written\n")
    except OSError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
