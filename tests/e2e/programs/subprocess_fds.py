import subprocess
import sys

probe = ("import os\n"
         "fds = []\n"
         "for fd in range(3, 256):\n"
         "    try:\n"
         "        os.fstat(fd)\n"
         "        fds.append(fd)\n"
         "    except OSError:\n"
         "        pass\n"
         "print('inherited', fds)\n")
# close_fds=False: anything not close-on-exec would be inherited
subprocess.run([sys.executable, "-c", probe], check=True, close_fds=False)
