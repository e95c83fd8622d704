import asyncio

async def main():
    await asyncio.sleep(60)
    print("a minute later")

asyncio.run(main())
