import asyncio


async def write_report() -> None:
    await asyncio.sleep(1.5)  # slow disk
    print("report saved")


async def main() -> None:
    # The variable keeps the task alive (the loop only holds a weak reference) and lets us
    # wait for it before main returns.
    report = asyncio.create_task(write_report())
    for step in range(1, 4):
        await asyncio.sleep(0.4)
        print(f"step {step} done")
    await report
    print("all done")


if __name__ == "__main__":
    asyncio.run(main())
