# Leaves a daemon behind: a double fork with setsid(), the grandchild sleeps a minute. The
# program itself ends at once (and passes), after the grandchild wrote its pid.
import os
import time

child = os.fork()
if child == 0:
    os.setsid()
    if os.fork() == 0:
        with open("grandchild.tmp", "w") as f:
            f.write(str(os.getpid()))
        os.rename("grandchild.tmp", "grandchild.pid")
        time.sleep(60)
        os._exit(0)
    os._exit(0)
os.waitpid(child, 0)
for _ in range(200):
    if os.path.exists("grandchild.pid"):
        break
    time.sleep(0.01)
print("done")
