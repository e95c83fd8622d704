# A 50 MB line through print(), a raw 200 KB line through os.write, and a last line without
# a newline: the terminal must get all of it, byte for byte.
import os
import sys

print("x" * 50_000_000)
sys.stdout.flush()
os.write(1, b"y" * 200_000 + b"\n")
print("tail", end="")
