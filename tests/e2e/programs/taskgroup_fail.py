import asyncio

async def boom():
    await asyncio.sleep(0.5)
    raise ValueError("boom")

async def patient():
    await asyncio.sleep(10)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(boom(), name="boom")
            tg.create_task(patient(), name="patient")
    except* ValueError:
        print("caught")

asyncio.run(main())
