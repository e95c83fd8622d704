# Many lines on both channels: the raw stdout pipe and the trace pipe (OUTPUT records).
import os
chunk = b"".join(b"raw line %d\n" % i for i in range(10000))
for _ in range(100):
    os.write(1, chunk)
for i in range(50000):
    loopscope_emit(f"traced line {i}")
