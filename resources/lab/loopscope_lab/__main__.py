"""`python3 <root>/loopscope_lab/__main__.py --port 0`.

Prints `LOOPSCOPE_LAB_URL=http://127.0.0.1:PORT` once listening, then serves until its stdin
closes (the app that started it went away) or SIGTERM/SIGINT arrives.
"""

import os
import sys


def _entry() -> None:
    if __package__:
        from .server import main
    else:
        sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        try:
            from loopscope_lab.server import main
        finally:
            del sys.path[0]
    sys.exit(main(sys.argv[1:]))


_entry()
