import asyncio
import time


def count_primes(limit):
    # Pure Python CPU work: no await anywhere inside.
    found = 0
    for n in range(2, limit):
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            found += 1
    return found


async def ping_server():
    # Stands in for a request handler that should answer quickly.
    for i in range(3):
        started = time.perf_counter()
        await asyncio.sleep(0.05)
        late = (time.perf_counter() - started - 0.05) * 1000
        print(f"ping {i} answered {late:.0f} ms late")


async def crunch():
    await asyncio.sleep(0.06)
    print("primes below 300000:", count_primes(300_000))


async def main():
    await asyncio.gather(ping_server(), crunch())


asyncio.run(main())
