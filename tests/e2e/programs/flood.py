import sys
chunk = "".join(f"line {i}\n" for i in range(10000))
for _ in range(200):
    sys.stdout.write(chunk)
print("flood done")
