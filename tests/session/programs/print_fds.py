# Which fds did the program's own subprocess inherit? Only 0, 1, 2 (and the listing's own).
import subprocess
out = subprocess.run(["ls", "/proc/self/fd"], capture_output=True, text=True).stdout.split()
print("child fds", " ".join(sorted(out, key=int)))
