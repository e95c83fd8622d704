# A toy event loop in 20 lines: run coroutines round-robin, resuming each at its await.
from collections import deque


class Yield:
    def __await__(self):
        yield                      # hand control back to whoever drives us


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await Yield()              # let the others run
    return f"{name} done"


def run_all(*coros):
    ready = deque(coros)           # the "ready queue"
    while ready:
        coro = ready.popleft()
        try:
            coro.send(None)        # run it until its next await
            ready.append(coro)     # it paused: put it back at the end
        except StopIteration as stop:
            print("->", stop.value)


run_all(worker("A", 3), worker("B", 2))
