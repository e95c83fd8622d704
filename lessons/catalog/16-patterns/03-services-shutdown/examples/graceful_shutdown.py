"""A small service: a periodic background job, a queue of work, and a graceful shutdown on SIGTERM."""
import asyncio
import os
import signal


class Periodic:
    """Runs `job` every `interval` seconds until stopped - without drift."""

    def __init__(self, name, interval, job):
        self.name, self.interval, self.job = name, interval, job
        self._task = None

    def start(self):
        self._task = asyncio.create_task(self._run(), name=self.name)

    async def _run(self):
        loop = asyncio.get_running_loop()
        next_run = loop.time()
        try:
            while True:
                await self.job()
                next_run += self.interval             # schedule from the plan, not from "now"
                await asyncio.sleep(max(0, next_run - loop.time()))
        finally:
            print(f"{self.name}: stopped cleanly")

    async def stop(self):
        self._task.cancel()
        try:
            await self._task
        except asyncio.CancelledError:
            pass


async def main():
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)    # runs in the loop, not in a signal frame

    jobs = asyncio.Queue()
    done = []

    async def worker(n):
        while True:
            item = await jobs.get()
            try:
                await asyncio.sleep(0.8)              # process one item
                done.append(item)
            finally:
                jobs.task_done()

    beats = 0

    async def heartbeat():
        nonlocal beats
        beats += 1
        await asyncio.sleep(0.05)                     # e.g. report metrics

    service = Periodic("heartbeat", 1.0, heartbeat)
    service.start()
    workers = [asyncio.create_task(worker(n), name=f"worker-{n}") for n in range(2)]

    async def producer():
        n = 0
        while not stopping.is_set():
            await jobs.put(f"job-{n}")
            n += 1
            await asyncio.sleep(0.3)

    feeding = asyncio.create_task(producer(), name="producer")

    # Pretend an operator runs `kill -TERM <pid>` after 3.1 s.
    loop.call_later(3.1, os.kill, os.getpid(), signal.SIGTERM)

    await stopping.wait()
    print(f"SIGTERM received: {jobs.qsize()} jobs still queued")
    await feeding                                     # 1. stop taking new work
    try:
        async with asyncio.timeout(5):                # 2. drain what was accepted, with a deadline
            await jobs.join()
    except TimeoutError:
        print("drain deadline hit; dropping the rest")
    for w in workers:                                 # 3. cancel idle workers
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    await service.stop()                              # 4. stop background services
    print(f"processed {len(done)} jobs, heartbeat ran {beats} times, nothing lost:",
          "yes" if jobs.qsize() == 0 else "no")


asyncio.run(main())
