"""Errors nobody looks at: 'never retrieved' exceptions and tasks destroyed while pending."""
import asyncio
import gc


async def send_email(to):
    await asyncio.sleep(0.2)
    raise ConnectionError(f"SMTP server refused {to}")


async def poll_forever():
    while True:
        await asyncio.sleep(1)


async def main():
    # Fire-and-forget: the task fails, and nobody awaits it or asks for .exception().
    asyncio.create_task(send_email("ada@example.com"), name="email")
    await asyncio.sleep(0.5)
    print("main: carrying on, unaware the e-mail failed")
    gc.collect()                        # the failed task is garbage now -> warning is logged


asyncio.run(main())
print("after asyncio.run")

# A second program: the loop is closed while a task is still pending.
loop = asyncio.new_event_loop()
loop.create_task(poll_forever(), name="poller")
loop.run_until_complete(asyncio.sleep(0.1))
loop.close()                            # poller never finished and was never cancelled
del loop
gc.collect()
print("done")
