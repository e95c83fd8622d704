import asyncio

def soon():
    print("soon")

def later():
    print("later")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(soon)
    loop.call_later(0.2, later)
    await asyncio.sleep(0.5)

asyncio.run(main())
