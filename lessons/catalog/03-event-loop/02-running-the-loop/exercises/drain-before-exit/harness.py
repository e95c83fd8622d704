# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. Runs the learner's main() with the checks' own writer
# in place of writer(): the same slow disk, but each line it writes is the judge's, so the list
# main() returns can only hold lines that really went through the writer before main returned.
import asyncio

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()


async def judged_writer(queue: asyncio.Queue, written: list) -> None:
    while True:
        line = await queue.get()
        await asyncio.sleep(0.2)              # the slow disk
        written.append(judge.ask("write", line))
        queue.task_done()


learner.writer = judged_writer   # main() looks writer up when it starts the task


async def main() -> None:
    await judge.answer("main()", learner.main)


asyncio.run(main())
