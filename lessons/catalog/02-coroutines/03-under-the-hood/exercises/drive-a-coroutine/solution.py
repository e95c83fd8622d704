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
    pauses = 0
    while True:
        try:
            coro.send(None)               # runs the coroutine up to its next pause
        except StopIteration as stop:     # it returned: the value rides on the exception
            return stop.value, pauses
        pauses += 1

if __name__ == "__main__":
    result, pauses = run(answer())
    print(f"result: {result} after {pauses} pauses")
