"""Which runs next? main queues a callback, creates a task, queues another callback and sets a
timer, then awaits. Step through it and predict, at each pause, what the loop runs next."""
import asyncio


def greet():
    print("greet: queued first with call_soon")


def wave():
    print("wave: queued last with call_soon")


def late():
    print("late: its call_later(0.5) timer was due")


async def job():
    print("job: the task's first step")
    await asyncio.sleep(0.2)
    print("job: woke after sleep(0.2)")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, late)
    loop.call_soon(greet)
    asyncio.create_task(job(), name="job")
    loop.call_soon(wave)
    print("main: scheduled everything, now it awaits")
    await asyncio.sleep(1)
    print("main: done")


asyncio.run(main())
