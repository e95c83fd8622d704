import os
print("leaving hard")
os._exit(5)
