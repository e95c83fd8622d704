import asyncio

from loopscope_harness import check, describe_exception, load_learner

learner = load_learner()


async def main() -> None:
    conn = learner.Connection()
    task = asyncio.create_task(learner.worker(conn))
    await asyncio.sleep(0.7)
    # The worker works until it is cancelled: a connection closed already did no polling.
    check("the worker keeps its connection open while it works", not conn.closed and not task.done(),
          "0.7 s after it started, the worker had " + ("closed its connection" if conn.closed else "ended")
          + "; it should poll until it is cancelled, and close the connection only then")
    task.cancel()
    try:
        async with asyncio.timeout(1):
            await task
    except asyncio.CancelledError:
        pass
    except TimeoutError:
        check("the worker stops when cancelled", False, "the worker was still running 1 s after task.cancel()")
        return
    except Exception as e:
        check("the worker stops when cancelled", False, f"the worker raised {describe_exception(e)}")
        return
    check("the worker closes its connection when cancelled", conn.closed,
          "after task.cancel() the connection was still open: close it in a finally block")
    check("the cancelled worker task reports cancelled()", task.cancelled(),
          "the worker caught CancelledError and returned normally; re-raise it after cleaning up")


asyncio.run(main())
