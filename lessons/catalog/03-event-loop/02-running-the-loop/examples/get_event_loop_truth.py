# asyncio.get_event_loop() outside a running loop, on this Python.
import asyncio
import sys
import threading
import warnings

warnings.simplefilter("always")          # make every DeprecationWarning visible
print("Python", sys.version.split()[0])


async def hello():
    await asyncio.sleep(1)
    return "done"

# 1. Main thread, nothing set up yet: the policy quietly creates a loop.
loop = asyncio.get_event_loop()
print("1. main thread:", type(loop).__name__, loop.run_until_complete(hello()))
loop.close()


# 2. Any other thread: there is no implicit loop.
def in_thread():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("2. worker thread: RuntimeError:", e)

t = threading.Thread(target=in_thread, name="worker")
t.start()
t.join()

# 3. After asyncio.run(), the main thread has no current loop either.
print("3. asyncio.run:", asyncio.run(hello()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("   then get_event_loop(): RuntimeError:", e)
