"""`python3 <root>/loopscope_tracer/__main__.py [tracer options] PROGRAM [ARGS...]`.

Run as a file, Python put this package's own directory at sys.path[0]; the package is
imported from its parent directory, and sys.path[0] is then handed to the program (the
runner sets it to what python3 would have used for the program).
"""

import os
import sys


def _entry() -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    path0_is_ours = bool(sys.path) and not sys.flags.safe_path and (
        os.path.abspath(sys.path[0] or os.curdir) in (here, os.getcwd()))
    if __package__:
        from .runner import main
    else:
        sys.path.insert(0, os.path.dirname(here))
        try:
            from loopscope_tracer.runner import main
        finally:
            del sys.path[0]
    main(sys.argv[1:], path0_is_ours, keepalive=sys.modules[__name__])


_entry()
