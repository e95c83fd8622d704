import asyncio

async def slow():
    await asyncio.sleep(10)

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=1)
    except TimeoutError:
        print("timed out")

asyncio.run(main())
