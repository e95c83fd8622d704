"""Reading three sensors through a blocking driver, without freezing the loop."""
import asyncio
import time


def read_sensor(sensor_id: int) -> float:
    """The vendor's driver: blocking, about 0.4 s per reading. Don't change it."""
    time.sleep(0.4)
    return 20 + sensor_id * 1.5


async def heartbeat() -> None:
    """Must keep ticking every 50 ms, whatever else is going on."""
    while True:
        await asyncio.sleep(0.05)


async def read_all(sensor_ids: list[int]) -> list[float]:
    # TODO: run the blocking reads in worker threads, all at the same time,
    #       and return the readings in the order of sensor_ids.
    return [read_sensor(sensor_id) for sensor_id in sensor_ids]


async def main():
    ticker = asyncio.create_task(heartbeat())
    start = time.perf_counter()
    readings = await read_all([1, 2, 3])
    ticker.cancel()
    print("readings:", readings)
    print(f"took {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
