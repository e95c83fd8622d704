# The same background jobs, done safely.
import asyncio

background = set()                       # strong references to running tasks


def finished(task):
    background.discard(task)             # let it go once it is done...
    if not task.cancelled() and task.exception() is not None:
        print(f"{task.get_name()} failed: {task.exception()!r}")   # ...and look at its error


def spawn(coro, name):
    task = asyncio.create_task(coro, name=name)
    background.add(task)
    task.add_done_callback(finished)
    return task


async def send_email():
    await asyncio.sleep(1)
    raise ConnectionError("SMTP server refused")


async def save_report():
    await asyncio.sleep(5)
    print("report saved")


async def main():
    spawn(send_email(), "email")
    spawn(save_report(), "report")
    await asyncio.sleep(2)
    print("main: work done, waiting for background jobs")
    await asyncio.gather(*background, return_exceptions=True)   # don't leave them behind
    print("main done")


asyncio.run(main())
