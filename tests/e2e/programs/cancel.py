import asyncio

async def forever():
    await asyncio.sleep(3600)

async def main():
    t = asyncio.create_task(forever(), name="victim")
    await asyncio.sleep(1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")

asyncio.run(main())
