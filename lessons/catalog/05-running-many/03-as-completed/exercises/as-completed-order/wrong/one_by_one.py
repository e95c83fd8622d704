import asyncio

SIZES = {"large.txt": 1.5, "small.txt": 0.5, "huge.txt": 2.0, "medium.txt": 1.0}


def report(name: str) -> None:
    print(f"done: {name}")


async def download(name: str) -> str:
    await asyncio.sleep(SIZES[name])  # the bigger the file, the longer it takes
    return name


async def download_all(names: list[str]) -> list[str]:
    finished = []
    for name in sorted(names, key=lambda n: SIZES[n]):
        finished.append(await download(name))  # as_completed order, one at a time
        report(name)
    return finished


async def main() -> None:
    order = await download_all(["large.txt", "small.txt", "huge.txt", "medium.txt"])
    print(f"finished in order: {order}")


if __name__ == "__main__":
    asyncio.run(main())
