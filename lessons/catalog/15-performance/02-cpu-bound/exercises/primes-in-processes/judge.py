# The verdict on main(), made where the learner's code never runs: the count of primes below a
# limit drawn for this run, computed here with a sieve.
import random

LIMIT = random.randint(30_000, 60_000)


def primes_below(n):
    sieve = bytearray([1]) * n
    sieve[0:2] = b"\0\0"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
    return sum(sieve)


SERVES = {"limit": lambda: LIMIT}


def verdict(seen, v):
    answer = seen.answer("main()")
    got = answer.get("value", answer.get("error"))
    v.expect_equal("main counts the primes below any LIMIT", got, primes_below(LIMIT),
                   f"with LIMIT = {LIMIT} (and CHUNKS made from it), main() returned {got!r}; "
                   f"there are {primes_below(LIMIT)} primes below {LIMIT}: count them with count_primes")
