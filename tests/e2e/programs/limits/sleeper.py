# Says who it is, then waits a minute: for killing the host under it.
import asyncio
import os

with open("pid.tmp", "w") as f:
    f.write(str(os.getpid()))
os.rename("pid.tmp", "pid.txt")
asyncio.run(asyncio.sleep(60))
print("done")
