import asyncio
import threading
import time


def sensor_thread(loop, queue):
    # A plain thread (think: a hardware driver or a GUI toolkit's callback).
    for reading in (21.5, 21.7, 22.0):
        time.sleep(0.2)
        # Never touch the queue from here: ask the loop to call put_nowait for us.
        loop.call_soon_threadsafe(queue.put_nowait, reading)
    loop.call_soon_threadsafe(queue.put_nowait, None)  # "no more data"


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()
    threading.Thread(target=sensor_thread, args=(loop, queue), name="sensor").start()

    while (reading := await queue.get()) is not None:
        print(f"got {reading} °C")
    print("sensor finished")


asyncio.run(main())
