# Spawns a long-lived child, says its pid on the raw pipe, then waits: stop() must end both.
import os, subprocess, sys, time
child = subprocess.Popen(["sleep", "60"])
os.write(1, f"child {child.pid}\n".encode())
time.sleep(60)
