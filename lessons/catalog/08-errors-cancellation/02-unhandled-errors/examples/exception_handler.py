# Two fixes for fire-and-forget tasks: keep a reference and read the result in a
# done-callback, and install a loop exception handler as a safety net.
import asyncio

background = set()


def report(task):
    background.discard(task)
    if not task.cancelled() and task.exception() is not None:
        print(f"callback: {task.get_name()} failed: {task.exception()}")


def safety_net(loop, context):
    # Called for errors nobody handled: never-retrieved task exceptions,
    # exceptions in callbacks, and so on.
    print(f"handler: {context['message']}: {context.get('exception')!r}")


async def send_email(to):
    await asyncio.sleep(0.5)
    raise ConnectionError(f"SMTP server refused {to}")


async def main():
    asyncio.get_running_loop().set_exception_handler(safety_net)

    task = asyncio.create_task(send_email("ada@example.test"), name="email-ada")
    background.add(task)                   # keep it alive until it is done
    task.add_done_callback(report)         # and read its outcome

    asyncio.create_task(send_email("bob@example.test"), name="email-bob")  # forgotten
    await asyncio.sleep(1)
    print("main: done")


asyncio.run(main())
