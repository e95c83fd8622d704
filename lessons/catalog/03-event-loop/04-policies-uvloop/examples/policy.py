# The loop policy decides which loop class asyncio.run and new_event_loop create.
import asyncio
import sys

policy = asyncio.get_event_loop_policy()
print("policy:", type(policy).__name__)

loop = policy.new_event_loop()            # what asyncio.new_event_loop() calls
print("it makes loops of class:", type(loop).__name__)
loop.close()

if sys.platform == "win32":               # Windows: Proactor is the default since 3.8
    print("Windows default is", type(policy).__name__)


async def main():
    loop = asyncio.get_running_loop()
    print("asyncio.run got its loop from the policy:", isinstance(loop, asyncio.AbstractEventLoop))
    await asyncio.sleep(1)

asyncio.run(main())
