# Synchronous code using an event loop that runs in a background thread.
import asyncio
import threading
import time


class BackgroundLoop:
    """Own an event loop in a daemon thread; submit coroutines from any other thread."""

    def __init__(self):
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, name="asyncio-loop", daemon=True)

    def _run(self):
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()               # until stop() below
        self.loop.close()

    def start(self):
        self.thread.start()

    def submit(self, coro):
        # thread-safe: returns a concurrent.futures.Future, usable from sync code
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    def stop(self):
        self.loop.call_soon_threadsafe(self.loop.stop)   # never call loop.stop() directly
        self.thread.join()


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return f"{name} after {seconds}s"


def note(text):
    print(f"[{threading.current_thread().name}] {text}")


bg = BackgroundLoop()
bg.start()

t0 = time.perf_counter()
futures = [bg.submit(fetch(n, s)) for n, s in [("a", 0.3), ("b", 0.2), ("c", 0.1)]]
note("submitted three coroutines; main thread is free meanwhile")
for f in futures:
    note(f.result(timeout=5))                 # blocks this thread only
note(f"all three took {time.perf_counter() - t0:.1f}s (they overlapped)")

bg.loop.call_soon_threadsafe(note, "a plain callback, run on the loop's thread")
bg.stop()
note(f"loop closed: {bg.loop.is_closed()}")
