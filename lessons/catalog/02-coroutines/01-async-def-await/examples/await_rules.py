# The rules of await, each one checked for real.
import asyncio
import time


# 1. await only works inside async def. The compiler refuses anything else.
for source in ["def f():\n    await asyncio.sleep(1)\n",
               "await asyncio.sleep(1)\n"]:
    try:
        compile(source, "<snippet>", "exec")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg}")


# 2. You can await only awaitables: coroutines, Tasks, Futures, or objects with __await__.
async def main():
    try:
        await time.sleep(0.01)      # time.sleep returns None, not an awaitable
    except TypeError as e:
        print(f"TypeError: {e}")

    await asyncio.sleep(0.1)                       # a coroutine
    await asyncio.create_task(asyncio.sleep(0.1))  # a Task
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print("future gave", await fut)                # a Future

asyncio.run(main())


# 3. Top-level await works only where a loop is already running for you, such as the
#    asyncio REPL (python -m asyncio) or Jupyter - never in a plain script.
import subprocess, sys
repl = subprocess.run([sys.executable, "-m", "asyncio"], capture_output=True, text=True,
                      input="await asyncio.sleep(0.1)\nprint('top-level await ran')\n")
print("in the asyncio REPL:", "top-level await ran" in repl.stdout)
