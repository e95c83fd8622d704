# Judged (lessons/EXERCISES.md, "Judged harnesses"): judge.py decides, in a process of its own
# that never imports the learner's code. Runs the learner's own tests twice with total_price
# served by the judge (the learner's function still waits, and still raises KeyError): once
# right, so they must pass, and once with the judge's total off by one, so they must notice.
import io
import unittest

from loopscope_harness import judged, load_learner

judge = judged("judge.py")
learner = load_learner()
judge.serve(learner, "total_price")


def run_tests() -> list[int]:
    suite = unittest.TestLoader().loadTestsFromModule(learner)
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    return [result.testsRun, len(result.failures), len(result.errors)]


judge.tell("tests", run_tests())
judge.ask("break total_price")
judge.tell("tests with a wrong total_price", run_tests())
