"""Loopscope tracer: runs a Python program under an instrumented asyncio event loop and
writes what happened as a binary record stream (docs/PROTOCOL.md).

Standard library only, so it runs on any CPython 3.11+ the learner has installed.
"""

PROTOCOL_VERSION = 1
