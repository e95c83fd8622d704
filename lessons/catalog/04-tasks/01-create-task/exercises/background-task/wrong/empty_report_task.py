"""An empty write_report task beside a sleeping one, and the lines printed by main itself:
the timeline has the right shape, but write_report never does the work."""
import asyncio
HOW = "asyncio.create_task"
async def write_report():
    pass
async def main():
    asyncio.create_task(write_report())
    t = asyncio.ensure_future(asyncio.sleep(1.5))
    for step in range(1, 4):
        await asyncio.sleep(0.4)
        print(f"step {step} done")
    await t
    print("report saved"); print("all done")
if __name__ == "__main__":
    asyncio.run(main())
