# A coroutine driven by hand: no event loop, just send().
import inspect


class Pause:
    """The smallest awaitable: __await__ is a generator that yields once."""
    def __init__(self, why):
        self.why = why

    def __await__(self):
        answer = yield self.why   # this value travels all the way out to the driver
        return answer             # ...and this becomes the value of `await Pause(...)`


async def fetch():
    print("  fetch: asking for data")
    data = await Pause("need data")
    print(f"  fetch: got {data!r}, saving it")
    ok = await Pause("need disk")
    return f"saved {data!r}: {ok}"


coro = fetch()
print(inspect.getcoroutinestate(coro), "at line", coro.cr_frame.f_lineno)

request = coro.send(None)         # start it: runs until the first yield
print("driver got request:", request, "| paused at line", coro.cr_frame.f_lineno)

request = coro.send({"id": 7})    # resume with the answer to the first request
print("driver got request:", request, "| paused at line", coro.cr_frame.f_lineno)

try:
    coro.send(True)               # resume again; this time it returns
except StopIteration as stop:
    print("coroutine returned:", stop.value)
print(inspect.getcoroutinestate(coro))
