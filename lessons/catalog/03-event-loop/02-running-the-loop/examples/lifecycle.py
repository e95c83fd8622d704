# A loop's life by hand: new -> running -> stopped -> closed.
import asyncio

loop = asyncio.new_event_loop()
print("created: running =", loop.is_running(), "closed =", loop.is_closed())


def tick(n):
    print(f"tick {n} at {loop.time() - start:.1f}s, running = {loop.is_running()}")
    if n == 3:
        loop.stop()                  # run_forever returns after this iteration
    else:
        loop.call_later(1, tick, n + 1)


start = loop.time()
loop.call_soon(tick, 1)
loop.run_forever()                   # how servers run: until someone calls stop()
print("stopped: running =", loop.is_running(), "closed =", loop.is_closed())

loop.close()                         # release the selector; the loop cannot restart
print("closed:  closed =", loop.is_closed())
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError:", e)
