import os
import sys
print("LSTRACE1\xea\x0c\x10\x00 not a record")
sys.stdout.flush()
os.write(1, b"LSTRACE1\xea\x02\x40\x00" + bytes(range(0x20, 0x40)) + b"\n")
os.write(2, b"\xea\x21\x14\x00" + b"\x00" * 20 + b"\n")
print("after")
