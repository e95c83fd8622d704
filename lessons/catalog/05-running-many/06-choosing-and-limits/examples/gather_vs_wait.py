# The same three tasks through gather and through wait: what comes back?
import asyncio


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    results = await asyncio.gather(job("a", 0.3), job("b", 0.1), job("c", 0.2))
    print(f"gather -> {results}  (a list of results, in argument order)")

    tasks = [asyncio.create_task(job(n, s), name=n) for n, s in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"wait   -> done={[t.get_name() for t in done]} pending={len(pending)}  (sets of tasks)")
    done, pending = await asyncio.wait(pending)
    print(f"wait   -> done={len(done)} pending={len(pending)}; results via t.result(): "
          f"{[t.result() for t in tasks]}")


asyncio.run(main())
