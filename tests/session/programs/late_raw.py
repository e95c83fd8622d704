import os, time
time.sleep(0.2)
os.write(2, b"late raw line")
