# Closes its own trace channel, then ends normally: the trace has no exit record.
import os

import forge

os.close(forge.trace_fd())
print("done")
