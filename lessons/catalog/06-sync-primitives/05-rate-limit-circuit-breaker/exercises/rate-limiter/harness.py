"""Behaviour checks for rate-limiter: start times of long-running jobs."""
import asyncio

from loopscope_harness import check, load_learner

learner = load_learner()


def worst_window(starts, rate, per):
    """Largest number of starts inside one `per`-second window (with a little slack)."""
    starts = sorted(starts)
    best = 0
    for i, t in enumerate(starts):
        best = max(best, sum(1 for u in starts[i:] if u - t < per - 0.005))
    return best


def shown(starts, t0):
    return ", ".join(f"{s - t0:.1f}" for s in sorted(starts))


async def run_jobs(limiter, count, hold_s):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    starts = []

    async def job():
        await limiter.acquire()
        starts.append(loop.time())
        await asyncio.sleep(hold_s)              # the job keeps running for a while
        if hasattr(limiter, "release"):          # give a semaphore-style limiter its slot back
            limiter.release()

    await asyncio.wait_for(asyncio.gather(*(job() for _ in range(count))), 60)
    return t0, starts


async def main():
    # 9 jobs that each run 5 s, 3 starts per second allowed
    t0, starts = await run_jobs(learner.RateLimiter(3, per=1.0), 9, 5.0)
    worst = worst_window(starts, 3, 1.0)
    check("at most 3 starts in any second", worst <= 3,
          f"{worst} jobs started within one second (start times: {shown(starts, t0)} s); "
          "the limit is 3 per second")
    last = max(starts) - t0
    check("not slower than needed", last <= 2.2,
          f"the 9th job started after {last:.1f} s (start times: {shown(starts, t0)} s); at 3 "
          "per second it can start at 2.0 s. A new job waited for a running one to finish: "
          "that limits how many run at once, not how many start per second")

    # a second limiter, other numbers: 2 per 0.5 s, short jobs
    t0, starts = await run_jobs(learner.RateLimiter(2, per=0.5), 6, 0.01)
    worst = worst_window(starts, 2, 0.5)
    check("works for other rates (2 per 0.5 s)", worst <= 2 and max(starts) - t0 <= 1.2,
          f"with RateLimiter(2, per=0.5) six jobs started at {shown(starts, t0)} s; expected "
          "0.0, 0.0, 0.5, 0.5, 1.0, 1.0")


asyncio.run(main())
