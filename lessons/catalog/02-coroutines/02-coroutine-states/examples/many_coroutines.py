# Three devices to charge: one after another, then all plugged in together.
import asyncio


async def charge(device, hours):
    await asyncio.sleep(hours)           # one simulated hour per second
    print(f"{device} is full")
    return f"{device}: 100%"


async def main():
    loop = asyncio.get_running_loop()

    t = loop.time()
    print(await charge("phone", 1.5))
    print(await charge("laptop", 2.5))
    print(await charge("watch", 0.5))
    print(f"one charger, one by one: {loop.time() - t:.1f}s")

    t = loop.time()
    results = await asyncio.gather(charge("phone", 1.5), charge("laptop", 2.5),
                                   charge("watch", 0.5))
    print(results)                       # in argument order, not finishing order
    print(f"three chargers at once:  {loop.time() - t:.1f}s")


asyncio.run(main())
