"""asyncio's debug mode: slow-step warnings and where a lost coroutine was created."""
import asyncio
import logging
import time

# Debug mode reports through the 'asyncio' logger.
logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


async def save(record):
    await asyncio.sleep(0.1)
    print("saved", record)


def checksum(data):
    time.sleep(0.3)                     # blocking work inside the loop!
    return sum(data) % 256


async def handler():
    print("checksum", checksum(range(1000)))
    save("order-1")                     # bug: missing await
    await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    print("debug mode:", loop.get_debug())
    loop.slow_callback_duration = 0.2   # warn about steps over 200 ms (default 100 ms)
    await handler()


asyncio.run(main(), debug=True)
