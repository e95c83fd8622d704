"""Where does Ctrl+C (SIGINT) show up in an asyncio.run() program? (Python 3.11+)"""
import asyncio
import os
import signal


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, os.kill, os.getpid(), signal.SIGINT)   # as if the user pressed Ctrl+C
    try:
        await asyncio.sleep(10)
    except KeyboardInterrupt:
        print("KeyboardInterrupt inside the coroutine")         # never printed
    except asyncio.CancelledError:
        print("main: got CancelledError - cleaning up")
        await asyncio.sleep(0.2)                                # async cleanup still works here
        print("main: cleanup finished")
        raise


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("asyncio.run raised KeyboardInterrupt afterwards")
