# return_exceptions=True: a failure becomes a value in the result list
# instead of being raised out of gather.
import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.5)
    if user_id == 999:
        raise LookupError(f"no user {user_id}")
    return {"id": user_id}


async def main():
    results = await asyncio.gather(
        fetch_user(1),
        fetch_user(999),
        fetch_user(3),
        return_exceptions=True,
    )
    for user_id, result in zip([1, 999, 3], results):
        if isinstance(result, Exception):
            print(f"user {user_id}: failed with {type(result).__name__}: {result}")
        else:
            print(f"user {user_id}: ok {result}")

    # Without return_exceptions, the first failure is raised out of gather.
    try:
        await asyncio.gather(fetch_user(1), fetch_user(999), fetch_user(3))
    except LookupError as exc:
        print(f"gather raised: {exc}")


asyncio.run(main())
