# When one task in a TaskGroup fails, the group cancels its siblings,
# waits for them, and raises the failure(s) as an ExceptionGroup.
import asyncio


def now():
    return f"{asyncio.get_running_loop().time() - START:.1f}s"


async def worker(name, seconds, error=None):
    try:
        await asyncio.sleep(seconds)
        if error:
            raise error
        print(f"{now()}  {name} done")
    except asyncio.CancelledError:
        print(f"{now()}  {name} cancelled by the group")
        raise


async def validate(field, value):
    # Checks that fail at once, before any await.
    if field == "age" and not isinstance(value, int):
        raise TypeError(f"age must be an int, got {value!r}")
    if field == "email" and "@" not in value:
        raise ValueError(f"bad email {value!r}")
    await worker(f"lookup {field}", 1)


async def main():
    global START
    START = asyncio.get_running_loop().time()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("A", 0.5))
            tg.create_task(worker("B", 3))
            tg.create_task(worker("C", 1, ValueError("C: bad input")))
            tg.create_task(worker("D", 3))
    except* ValueError as group:
        print(f"{now()}  {group!r}")

    # Two tasks fail in the same loop iteration: both errors are kept.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(validate("age", "forty"))
            tg.create_task(validate("email", "ada.example.test"))
            tg.create_task(validate("name", "Ada"))
    except* TypeError as group:
        print(f"{now()}  except* TypeError:  {[str(e) for e in group.exceptions]}")
    except* ValueError as group:
        print(f"{now()}  except* ValueError: {[str(e) for e in group.exceptions]}")
    print(f"{now()}  main carries on")


asyncio.run(main())
