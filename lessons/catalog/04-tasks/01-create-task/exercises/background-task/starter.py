import asyncio


async def write_report() -> None:
    await asyncio.sleep(1.5)  # slow disk
    print("report saved")


async def main() -> None:
    await write_report()  # TODO: let this run in the background
    for step in range(1, 4):
        await asyncio.sleep(0.4)
        print(f"step {step} done")
    print("all done")


if __name__ == "__main__":
    asyncio.run(main())
