"""Drive a coroutine by hand, the way an event loop does."""


class Pause:
    """An awaitable that pauses the coroutine awaiting it once."""

    def __await__(self):
        yield "pause"


async def answer():
    for _ in range(3):
        await Pause()
    return 42


def run(coro):
    """Resume coro until it returns; give back (its result, how many times it paused)."""
    sends = 0
    while True:
        sends += 1                        # counts the last send, the one that returned, too
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value, sends

if __name__ == "__main__":
    result, pauses = run(answer())
    print(f"result: {result} after {pauses} pauses")
