# The pre-2015 way to write a coroutine, run on today's Python. It crashes at line 9.
import asyncio
import sys

print("Python", sys.version.split()[0])


# how Python 3.4 tutorials wrote a coroutine:
@asyncio.coroutine
def old_style():
    yield from asyncio.sleep(1)
    return "old"


print(asyncio.run(old_style()))
