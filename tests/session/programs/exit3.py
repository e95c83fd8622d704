import sys
loopscope_emit("before exit")
sys.exit(3)
