import asyncio
import threading
import time


def sensor_thread(loop, deliver):
    # A plain thread (think: a hardware driver or a GUI toolkit's callback).
    for reading in (21.5, 21.7, 22.0):
        time.sleep(0.2)
        # Never touch loop objects from here: ask the loop to run `deliver` for us.
        loop.call_soon_threadsafe(deliver, reading)
    loop.call_soon_threadsafe(deliver, None)  # "no more data"


async def main():
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    def deliver(reading):
        # Runs on the loop's thread, so using the queue here is safe.
        queue.put_nowait(reading)

    threading.Thread(target=sensor_thread, args=(loop, deliver), name="sensor").start()

    while (reading := await queue.get()) is not None:
        print(f"got {reading} °C")
    print("sensor finished")


asyncio.run(main())
