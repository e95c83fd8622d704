# Claims to be paused in step mode (it is not), then never ends: its timeout must still end it.
import os
import time

import forge

pidfile = os.environ.get("LOOPSCOPE_TEST_PIDFILE")
if pidfile:
    with open(pidfile, "w") as f:
        f.write(str(os.getpid()))
forge.send(forge.paused())
print("done", flush=True)
while True:
    time.sleep(0.05)
