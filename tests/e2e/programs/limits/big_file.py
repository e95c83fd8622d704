# Writes 80 MiB to one file, 1 MiB at a time.
chunk = b"x" * (1 << 20)
with open("big.bin", "wb") as f:
    for _ in range(80):
        f.write(chunk)
print("done")
