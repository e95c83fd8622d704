# The loop policy decides which loop class asyncio.run and new_event_loop create.
import asyncio
import sys

policy = asyncio.get_event_loop_policy()
print("policy:", type(policy).__name__)

loop = policy.new_event_loop()            # what asyncio.new_event_loop() calls
made = type(loop)
print("it makes loops of class:", made.__name__)
loop.close()

if sys.platform == "win32":               # Windows: Proactor is the default since 3.8
    print("Windows default is", type(policy).__name__)


async def main():
    running = type(asyncio.get_running_loop())
    # The same class the policy made above: asyncio.run asked the policy for its loop.
    print(f"asyncio.run's loop is a {running.__name__}; the policy's class: {running is made}")
    await asyncio.sleep(1)

asyncio.run(main())

# A loop factory bypasses the policy: asyncio.Runner takes one (3.11+), asyncio.run too (3.12+).
with asyncio.Runner(loop_factory=asyncio.SelectorEventLoop) as runner:
    print("with a loop factory:", type(runner.get_loop()).__name__)
