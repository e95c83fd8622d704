# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. The judge draws another limit; main() must count the
# primes below it, so a total that was not computed cannot pass.
import asyncio

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()
limit = judge.ask("limit")
learner.LIMIT = limit
learner.CHUNKS = [(int(limit * (i / 4) ** (2 / 3)), int(limit * ((i + 1) / 4) ** (2 / 3))) for i in range(4)]


async def main() -> None:
    await judge.answer("main()", learner.main)


if __name__ == "__main__":   # worker processes may import this file: keep the guard
    asyncio.run(main())
