import asyncio

from loopscope_harness import check, describe_exception, expect_equal, load_learner

learner = load_learner()


async def main() -> None:
    loop = asyncio.get_running_loop()
    expect_equal("a fast lookup returns its result",
                 await learner.lookup_with_timeout("fast", 1.0), "found fast")
    start = loop.time()
    result = await learner.lookup_with_timeout("slow", 0.5)
    took = loop.time() - start
    expect_equal("a slow lookup returns \"timed out\"", result, "timed out")
    check("it gives up when the timeout expires", took < 0.8,
          f"lookup_with_timeout('slow', 0.5) returned after {took:.1f} s; it should give up after 0.5 s")
    try:
        got = await learner.lookup_with_timeout("broken", 1.0)
    except LookupError:
        check("other errors are not hidden", True)
    except Exception as e:
        check("other errors are not hidden", False,
              f"lookup_with_timeout('broken', 1.0) raised {describe_exception(e)}; the LookupError should reach the caller unchanged")
    else:
        check("other errors are not hidden", False,
              f"lookup_with_timeout('broken', 1.0) returned {got!r}; the LookupError of the service "
              "should reach the caller: catch only TimeoutError")


asyncio.run(main())
