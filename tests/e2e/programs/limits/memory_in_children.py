# Four processes of 320 MiB each (written, so resident): none is over the per-process limit
# of 1 GiB, the run together is.
import os
import time

children = []
for _ in range(4):
    pid = os.fork()
    if pid == 0:
        block = b"x" * (320 << 20)  # written, so resident
        time.sleep(30)
        os._exit(len(block) & 1)
    children.append(pid)
time.sleep(30)
print("done")
