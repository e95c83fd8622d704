# Fire-and-forget: a task fails and nobody ever looks at it.
# asyncio can only complain when the task object is destroyed -- in CPython,
# as soon as the last reference to the finished task goes away.
import asyncio


async def send_email(to):
    await asyncio.sleep(0.5)
    raise ConnectionError(f"SMTP server refused {to}")


async def main():
    asyncio.create_task(send_email("ada@example.test"))   # reference dropped!
    await asyncio.sleep(1)
    print("main: everything looks fine to me")
    print("main: done")


asyncio.run(main())
