# Asks for 3 GiB at once: a checked program gets MemoryError (RLIMIT_DATA), not the machine.
data = b"x" * (3 << 30)
print("done", len(data))
