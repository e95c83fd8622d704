# Starts 200 processes that sleep (a slow fork bomb): more than a checked program may have.
import os
import time

for _ in range(200):
    if os.fork() == 0:
        time.sleep(30)
        os._exit(0)
    time.sleep(0.01)
time.sleep(30)
print("done")
